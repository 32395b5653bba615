"""The widgets of the course: the step-through player and the learning-rate explorer.

``Stepper`` plays the step record of ``steps.trace`` one number at a time:
the diagram with the current step highlighted and every value known so far
filled in, and under it the step's formula in symbols and with the numbers
(drawn as a picture, so that it reads the same where widgets typeset no LaTeX:
Colab, VS Code).
``LearningRateExplorer`` trains a fresh copy of a network for a chosen
learning rate and number of updates and shows the error curve, the trained
network and a verdict.

Both are built from standard ipywidgets controls and matplotlib images only
(no custom JavaScript), so they run in JupyterLab, Notebook 7, VS Code and
Colab alike.  Each control carries a CSS class (``bp-next``, ``bp-lr-slider``,
...) so that the browser tests can find it.  Both redraw by changing the
artists of figures built once, so that a slider move is answered quickly.
Nothing a learner does makes them raise in a callback: what fails, in the
background or in answering a control, is shown in the widget (``bp-problem``),
and the widget keeps working.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import html
import math
import numbers
import threading
import time
from collections.abc import Sequence
from typing import NamedTuple

import ipywidgets as widgets
import numpy as np
from matplotlib.figure import Figure
from numpy.typing import ArrayLike

from . import class_answers
from .checks import check_learning_rate, check_whole_number
from .formatting import digits_to_tell_apart, format_number, format_rate
from .language import tr
from .names import edge_label
from .network import Network, Overflow, check_network
from .pictures import canvas
from .pictures.diagram import DEFAULT_SHOW, MAX_PRECISION, WHY_MAX_PRECISION, NetworkDiagram
from .pictures.formula_images import formula_figure
from .pictures.widget_plots import (
    ErrorCurve,
    RateSweepPlot,
    check_compare,
    plane_picture,
    run_label,
    shows_plane,
)
from .quantities import BIAS_QUANTITIES
from .rate_sweep import RATE_STOPS, RateSweep, train_rates
from .steps import trace
from .training import MAX_UPDATES, WHY_MAX_UPDATES, check_data, train, verdict, whole_set_error

DEFAULT_MAX_UPDATES = 2000        # the explorer's updates slider goes at least this far
# The explorer's background work trains first the slider's rate, the slider's
# two ends and the rate's nearest, this many in all, then every other rate at once.
RATES_AT_ONCE = 9
# A run of this many updates or more shows its progress; when a learner moves
# the slider to such a run and it is not trained yet, the explorer answers at
# once with the run's start and its progress, and trains it in a thread.
LONG_RUN_UPDATES = 500
PICTURES_KEPT = 128             # the player keeps the pictures of the last 128 steps drawn
# Work in the background pauses this long after each picture, so that the
# learner's click, waiting for the drawing lock, is served first.
YIELD_SECONDS = 0.01
# ... and waits until the learner's last answer is this old: a learner going
# on at once (Next, Next; a slider's arrow keys) has the machine to themselves,
# and the work goes on while they read.  A widget being built is an answer too.
QUIET_SECONDS = 1.0
STOP_TIMEOUT = 30               # seconds the end of the program waits for background work to stop
MAX_STEPPER_WEIGHTS = 40        # the player's network: at most this many weights (see Stepper)
MAX_STEPPER_NODES = 12          # and at most this many nodes a layer
QUIZ_TOLERANCE = 0.02           # a prediction within 2 % of the value is right
# The explorer's pictures share an output column of 844 px (JupyterLab at
# 1024x768, left sidebar collapsed) under two rows of controls and the
# verdict, in a notebook panel 647 px tall.
PICTURES_WIDTH = canvas.MAX_WIDTH_PX   # px: the pictures of a tab, side by side, and their gaps
PICTURE_GAP = 8                 # px between two pictures side by side
PICTURES_HEIGHT = 420           # px: the height of each plot
# The whole widget keeps within the panel (647 px), less a margin: its
# pictures get what its controls leave.  The controls' heights are as
# JupyterLab lays them out at 1024x768 (tests/browser/test_projector.py
# measures the whole widget): the player's two rows of controls; the
# explorer's two rows, its verdict and the tab bar.
WIDGET_HEIGHT_PX = 630
STEPPER_CONTROLS_PX = 90
EXPLORER_CONTROLS_PX = 170
PROGRESS_WIDTH = "230px"
SPEEDS = {"slow": 1500, "normal": 800, "fast": 300}  # milliseconds per step
PHASE_NAMES = {"forward": "forward propagation", "error": "the error",
               "backward": "backpropagation", "update": "the update rule"}
STEPPER_PANELS = ("diagram", "formula")     # the player's pictures, top to bottom
# The player shows every quantity of the record, biases included.
STEPPER_SHOW = DEFAULT_SHOW + BIAS_QUANTITIES


class Stepper(widgets.VBox):
    """Step through forward propagation, backpropagation and the update, one number at a time.

    ``Stepper(net, x_input, y_target, learning_rate)`` records the whole
    algorithm for this one example (``steps.trace``; ``net`` itself is not
    changed) and shows step ``k``: the diagram with the step highlighted and
    every value computed so far, the formula in symbols and with numbers.
    ``formula`` is the LaTeX of the formula shown, in symbols and with numbers.
    Buttons go to the first, previous, next and last step; Play walks
    through them at the chosen speed; the learning-rate slider recomputes the
    update at once.  After the last step a summary compares the error before
    and after the update.

    ``quiz=True`` starts in quiz mode: each value stays hidden until the
    learner types a prediction that is right (``close_enough``: the right
    sign and within 2 %) or presses "Reveal".

    ``net`` has at most ``MAX_STEPPER_NODES`` (12) nodes a layer and
    ``MAX_STEPPER_WEIGHTS`` (40) weights: the player measures and draws every
    step's formula, and a bigger network has hundreds of steps, some of them
    sums too tall for its picture (``draw_network`` draws a network of any size).

    Once shown, the player draws every step's picture in the background, the
    steps after the one shown first, while the learner is quiet
    (``LEARNER_WAITING``), and each answer draws the next step's picture right
    after it has gone out, so that Next, Play and the step slider only show
    what is already drawn (``background=False``: each picture when it is first
    asked for).

    Laid out for a projector (JupyterLab at 1024 x 768): two rows of
    controls, then the diagram and the formula.  ``panels`` names the
    pictures shown, ``("diagram", "formula")`` by default: in presentation
    mode, or for a network whose diagram is tall, ``panels=("diagram",)``
    leaves the formula out (the step's title still names it).
    """

    def __init__(self, net: Network, x_input: ArrayLike, y_target: ArrayLike,
                 learning_rate: float = 1.0, quiz: bool = False, precision: int = 3,
                 background: bool = True, panels: Sequence[str] = STEPPER_PANELS) -> None:
        self.net = check_stepper_network(net).copy()   # training net later does not change it
        self.panels = check_stepper_panels(panels)
        self.background = check_switch("background", background)
        quiz = check_switch("quiz", quiz)
        self._work = 0                  # which background drawing is the current one
        learning_rate = check_learning_rate("learning_rate", learning_rate)
        self.record = record_of(self.net, x_input, y_target, learning_rate)   # checks the rest
        self.x_input, self.y_target = self.record.x_input, self.record.y_target
        precision = check_whole_number("precision", precision, 1, MAX_PRECISION, WHY_MAX_PRECISION)
        self.diagram = NetworkDiagram(net.sizes, show=STEPPER_SHOW, precision=precision,
                                      max_height_px=self.diagram_height_px())
        self.pictures = {}              # (step, hidden) -> _StepPictures, the last PICTURES_KEPT drawn
        self.revealed = set()
        self._build_controls(learning_rate, quiz)
        pictures_shown = [self.diagram_image, self.formula_image]
        for name, image in zip(STEPPER_PANELS, pictures_shown):
            image.layout.display = "" if name in self.panels else "none"
        super().__init__([self.controls, self.step_row, self.problem, *pictures_shown,
                          self.quiz_box, self.summary])
        self.add_class("bp-stepper")
        self.show_step()
        self._draw_ahead()

    def diagram_height_px(self) -> int:
        """The diagram's height limit: what the controls and the formula (the
        tallest of the record's, if shown) leave of ``WIDGET_HEIGHT_PX``."""
        room = WIDGET_HEIGHT_PX - STEPPER_CONTROLS_PX
        if "formula" in self.panels:
            room -= tallest_formula_px(self.record)
        return max(room, 100)

    # --- the controls -----------------------------------------------------

    def _build_controls(self, learning_rate, quiz):
        last = len(self.record) - 1
        self.first_button = _button(tr("First"), "step-backward", "bp-first", lambda _: self.go(0))
        self.previous_button = _button(tr("Previous"), "chevron-left", "bp-prev",
                                       lambda _: self.go(self.step - 1))
        self.next_button = _button(tr("Next"), "chevron-right", "bp-next",
                                   lambda _: self.go(self.step + 1))
        self.last_button = _button(tr("Last"), "step-forward", "bp-last", lambda _: self.go(last))
        self.step_slider = widgets.IntSlider(0, min=0, max=last, description=tr("step"),
                                             continuous_update=True, readout=False,
                                             style={"description_width": "initial"})
        self.step_slider.add_class("bp-step-slider")
        self.play = widgets.Play(0, min=0, max=last, interval=SPEEDS["normal"],
                                 description=tr("Play"), show_repeat=False)
        self.play.add_class("bp-play")
        widgets.jslink((self.play, "value"), (self.step_slider, "value"))
        self.speed = widgets.Dropdown(options=[(tr(speed), speed) for speed in SPEEDS],
                                      value="normal", description=tr("speed"),
                                      style={"description_width": "initial"},
                                      layout=widgets.Layout(width="150px"))
        self.speed.add_class("bp-speed")
        self.speed.observe(lambda change: setattr(self.play, "interval", SPEEDS[change.new]),
                           "value")
        self.step_slider.layout.width = "200px"
        self.controls = widgets.HBox([self.first_button, self.previous_button, self.next_button,
                                      self.last_button, self.play, self.step_slider, self.speed],
                                     layout=_row())
        self.step_label = widgets.HTML(layout=widgets.Layout(flex="1 1 auto"))
        self.step_label.add_class("bp-step-label")
        self.diagram_image = _picture_widget("bp-diagram")
        self.formula_image = _picture_widget("bp-formula")
        self.learning_rate_slider, self.learning_rate_label = _learning_rate_controls(learning_rate)
        self.quiz_toggle = widgets.Checkbox(quiz, description=tr("quiz me"), indent=False,
                                            layout=widgets.Layout(width="auto"))
        # ipywidgets 8 calls it tooltip, 7 (Colab's) description_tooltip
        tooltip = "tooltip" if self.quiz_toggle.has_trait("tooltip") else "description_tooltip"
        setattr(self.quiz_toggle, tooltip, tr("hide each value until I predict it"))
        self.learning_rate_slider.layout.width = "250px"
        self.settings = widgets.HBox([self.learning_rate_slider, self.learning_rate_label,
                                      self.quiz_toggle], layout=widgets.Layout(align_items="center"))
        self.step_row = widgets.HBox([self.step_label, self.settings], layout=_row())
        # Sent to the kernel once, when the box loses the focus (to Check), not at every
        # key: ipywidgets holds back a box's later values while its first one is on its
        # way, but not the click, which then overtakes them; a slow kernel would check
        # "-0." for "-0.25" and send that to the teacher.
        self.guess = widgets.Text(description=tr("your prediction"),
                                  placeholder=tr("a number, e.g. -0.25"),
                                  continuous_update=False, style={"description_width": "initial"})
        self.check_button = _button(tr("Check"), "check", "bp-check", lambda _: self.check_guess())
        self.reveal_button = _button(tr("Reveal"), "eye", "bp-reveal", lambda _: self.reveal())
        self.quiz_feedback = widgets.HTML()
        consent = class_answers.consent_control()      # in the classroom only
        self.quiz_box = widgets.VBox([widgets.HBox([self.guess, self.check_button, self.reveal_button]),
                                      self.quiz_feedback, *([consent] if consent else [])])
        self.summary = widgets.HTML()
        self.summary.add_class("bp-summary")
        self.problem = _problem_widget()
        self.step_slider.observe(lambda _: self._new_step(), "value")
        self._check_when_typed = False      # Check was pressed on a box still empty here
        self.guess.observe(lambda change: self._typed(change.new), "value")
        self.learning_rate_slider.observe(lambda change: self._record_again(change.new), "value")
        self.quiz_toggle.observe(lambda _: self.show_step(), "value")

    # --- what the buttons do ----------------------------------------------

    @property
    def step(self) -> int:
        """Index of the step shown (0 = the first step)."""
        return self.step_slider.value

    def go(self, k: int) -> None:
        """Show step ``k``, a whole number (clipped to the record)."""
        if isinstance(k, bool) or not isinstance(k, numbers.Integral):
            raise TypeError(tr("k must be a whole number (the index of a step), got {k!r}", k=k))
        self.step_slider.value = min(max(k, 0), len(self.record) - 1)

    def set_learning_rate(self, learning_rate: float) -> None:
        """Move the learning-rate slider to ``learning_rate``, one of its rates;
        the algorithm is recorded again with it.  A rate whose update overflows
        is not taken: the widget says so and the slider goes back."""
        self.learning_rate_slider.value = check_slider_rate(self.learning_rate_slider,
                                                            learning_rate)

    def _record_again(self, learning_rate):
        """Record the algorithm again with another learning rate; stay on the same step.

        A value revealed in quiz mode stays revealed only if it did not change.
        A rate whose numbers overflow leaves the record as it was: the widget
        shows why and moves the slider back to the record's rate.
        """
        before = self.record
        if learning_rate == before.learning_rate:
            return
        try:
            self.record = record_of(self.net, self.x_input, self.y_target, learning_rate)
        except Overflow as overflow:
            show_problem(self.problem, str(overflow))
            self.learning_rate_slider.value = before.learning_rate
            return
        show_problem(self.problem, "")
        self.revealed = {k for k in self.revealed if self.record[k].value == before[k].value}
        with canvas.DRAWING:
            self.pictures = {}
        self.show_step()
        self._draw_ahead()

    def _draw_ahead(self):
        """Draw every step's picture in the background, the next steps first, so that
        Next, Play and the step slider only show what is drawn (unless
        ``background`` is False); a new record stops the old drawing."""
        if not self.background:
            return
        self._work += 1
        work = self._work
        self._thread = _start_background_work(
            "every step", lambda message: show_problem(self.problem, message),
            _draw_in_turn, self._steps_to_draw(), lambda k: self._picture(k, hidden=False),
            lambda: work != self._work)

    def _steps_to_draw(self):
        """The steps of the record, each once, whose pictures are not drawn yet: the
        nearest after the step shown first, then those before it, each chosen once the
        learner is quiet (``LEARNER_WAITING.pause``), so that a learner who went on
        meanwhile finds their next steps drawn first."""
        left = set(range(len(self.record)))
        while left:
            LEARNER_WAITING.pause()
            shown = self.step
            k = min(left, key=lambda k: (k < shown, abs(k - shown)))
            left.discard(k)
            if (k, False) not in self.pictures:
                yield k

    def _new_step(self):
        """Another step: an empty prediction box, and the step drawn."""
        self._check_when_typed = False
        self.guess.value = ""
        self.quiz_feedback.value = ""
        self.show_step()

    def check_guess(self) -> None:
        """Compare the learner's prediction with the hidden value of this step (and,
        in the classroom with the learner's consent, send it to the teacher:
        ``class_answers``)."""
        step = self.record[self.step]
        typed = self.guess.value.strip()
        self._check_when_typed = not typed
        if not typed:
            self.quiz_feedback.value = tr("Type your prediction in the box first, then press Check.")
            return
        try:
            guess = float(typed)
        except ValueError:
            self.quiz_feedback.value = tr("“{typed}” is not a number: type one such as 0.25, "
                                          "-1.5 or 2e-3.", typed=html.escape(typed))
            return
        right = close_enough(guess, step.value)
        class_answers.record(self.question(), f"{guess:g}", right)
        if right:
            self.quiz_feedback.value = tr("<b>✓ Right.</b> {title} = {value} (you said {typed}).",
                                          title=html.escape(step.title),
                                          value=format_number(step.value), typed=html.escape(typed))
            self.reveal(keep_feedback=True)
        else:
            sign = tr(" The sign is wrong.") if guess * step.value < 0 else ""
            self.quiz_feedback.value = tr("<b>✗ Not yet.</b> You said {typed}.{sign} Use the "
                                          "formula above with the numbers in the diagram, then "
                                          "check again or press Reveal.",
                                          typed=html.escape(typed), sign=sign)

    def _typed(self, typed):
        """A prediction reached the kernel: check it if Check was pressed while the box
        was empty here.  The box's value and Check's click are two messages, and under
        load the click may arrive first (seen with five learners on two cores): the
        learner, who typed and then pressed Check, gets the answer to what they typed."""
        if self._check_when_typed and typed.strip():
            self.check_guess()

    def question(self) -> str:
        """The step shown, as the teacher's class view names it: its number, the learning
        rate (the update's values depend on it, so answers at two rates are counted
        apart) and its title: ``player step 39 (α = 1): update of w from node 1 to node 2``."""
        rate = format_rate(self.record.learning_rate)
        return f"player step {self.step + 1} (α = {rate}): {self.record[self.step].title}"

    def reveal(self, keep_feedback: bool = False) -> None:
        """Show the value of this step (quiz mode)."""
        self.revealed.add(self.step)
        if not keep_feedback:
            self.quiz_feedback.value = ""
        self.show_step()

    # --- drawing ----------------------------------------------------------

    @property
    def hidden(self) -> bool:
        """True when quiz mode hides the value of the current step."""
        return self.quiz_toggle.value and self.step not in self.revealed

    def show_step(self) -> None:
        """Redraw the diagram, the formula and the labels for the current step."""
        with LEARNER_WAITING:       # the answer, its messages sent, before any background work
            self._show_step()
            self._draw_next_step()

    def _draw_next_step(self):
        """Draw the next step's picture, if not drawn yet, right after the answer has gone
        out (unless ``background`` is False), so that Next finds it drawn even while
        a learner goes on faster than the background work can draw ahead."""
        k = self.step + 1
        if self.background and k < len(self.record):
            self._picture(k, self.quiz_toggle.value and k not in self.revealed)

    def _show_step(self):
        k, n = self.step, len(self.record)
        step = self.record[k]
        self.highlight = step.highlight
        drawn = self._picture(k, self.hidden)
        canvas.show_in(self.diagram_image, self.diagram.figure, drawn.diagram)
        canvas.show_in(self.formula_image, drawn.formula, drawn.formula_svg)
        self.formula = step.formula + r"\qquad " + _numbers(step, self.hidden)
        self.step_label.value = tr("<b>step {k} of {n}</b> · {phase} · {title}", k=k + 1, n=n,
                                   phase=tr(PHASE_NAMES[step.phase]), title=html.escape(step.title))
        self.first_button.disabled = self.previous_button.disabled = k == 0
        self.next_button.disabled = self.last_button.disabled = k == n - 1
        self.quiz_box.layout.display = "" if self.quiz_toggle.value else "none"
        self.check_button.disabled = self.reveal_button.disabled = not self.hidden
        # The summary gives every new weight: in quiz mode, the last one only once revealed.
        self.summary.value = self._summary_html() if k == n - 1 and not self.hidden else ""

    def _picture(self, k, hidden):
        """The pictures of step ``k``, drawn once and kept while among the last
        ``PICTURES_KEPT`` drawn: the diagram as SVG, the formula as a figure and SVG."""
        with canvas.DRAWING:      # the background drawing uses the same diagram
            if (k, hidden) not in self.pictures:
                step = self.record[k]
                state = self.record.snapshot(k if hidden else k + 1)
                self.diagram.update(state, step.highlight)
                formula = formula_figure(step.formula, _numbers(step, hidden))
                self.pictures[k, hidden] = _StepPictures(
                    self.diagram.to_svg().encode(), formula, canvas.svg(formula).encode())
                if len(self.pictures) > PICTURES_KEPT:
                    del self.pictures[next(iter(self.pictures))]    # the oldest (dicts keep order)
            return self.pictures[k, hidden]

    def _summary_html(self):
        record = self.record
        went_down = record.E_after < record.E
        rows = []
        for l, w in enumerate(record.after.weights):
            for (i, j), new in np.ndenumerate(w):
                old = record.before.weights[l][i, j]
                digits = digits_to_tell_apart(old, new)
                rows.append(f"{edge_label(record.sizes, l, i, j)}: {format_number(old, digits)} → "
                            f"{format_number(new, digits)}")
        verdict_text = tr("it went down ✓") if went_down else tr("it did NOT go down ✗")
        return tr("<b>After one update</b> with α = {rate}: E = {E} before, E = {E_after} "
                  "after: {verdict}.", rate=format_rate(record.learning_rate),
                  E=format_number(record.E), E_after=format_number(record.E_after),
                  verdict=verdict_text) + "<br><small>" + " · ".join(rows) + "</small>"


class LearningRateExplorer(widgets.VBox):
    """Train a fresh copy of a network with a learning rate you choose, and see what happens.

    ``LearningRateExplorer(net, X, T, learning_rate=1.0, updates=100)``: a
    learning-rate slider (0.001 to 100, log scale), a slider for the number
    of updates (up to ``max_updates``, by default 2000 or ``updates`` if more;
    both at most ``training.MAX_UPDATES``, a million)
    and a reset button.  It shows, for the rate on the slider, the error
    curve (log scale), the trained network and a verdict: converging, too
    slow, stalled, oscillating, or diverged at update k; and, for every rate
    of the slider at once, the final error against the rate, the regions of
    the verdicts shaded (``widget_plots.RateSweepPlot``).  "Keep this curve" leaves
    the curve on the plot to compare with the next learning rates (at most
    5, the oldest goes first); ``compare=[0.01, 1, 100]`` starts with those
    curves kept.  For a network with two inputs it also shades what the
    network predicts over the plane: for one output the decision boundary,
    for a softmax output the regions of its classes (``widget_plots.plane_picture``).

    Instant answers: once shown, the explorer trains a copy for every rate
    of the slider (``rate_sweep.train_rates``) in the background, with a
    progress bar: first the slider's rate, the slider's two ends (where End
    and Home go) and the rate's nearest (``RATES_AT_ONCE`` in all,
    :func:`rates_to_train_next`), then all the others at once; then it draws
    every rate's pictures of the tab in view, in the same order.  A
    slider move to a rate already trained only draws the pictures not drawn yet,
    of the tab in view only (another tab's are drawn when it is chosen).  Until then,
    or for a rate off the grid, it trains that one rate when asked; a long
    run (``LONG_RUN_UPDATES``) is then answered at once with its start and a
    progress bar, and shown when trained (in a thread: ``wait_for_answer()``
    waits for it).  A run trained on the spot is kept with the background
    work's, so that a move back to it is answered at once and it is not
    trained again.  While it answers a learner, and until the learner has been
    quiet for ``QUIET_SECONDS``, the background work of every widget pauses
    (``LEARNER_WAITING``), and the answer waits for one background picture at
    most (the one being drawn).  A new number of updates starts the
    background work again (the old work stops).  ``wait()`` waits for it.
    With ``background=False`` there is no such work (and no sweep picture):
    each move trains its rate.  ``net`` itself is never changed.

    Everything fits a projector (JupyterLab at 1024 x 768: 844 x 647 pixels):
    the controls on top, and under them the pictures, two side by side,
    each sized to its place, with tabs for the others.  ``panels`` says which
    pictures to show and how: a list of tabs, each a picture's name or a
    tuple of two names side by side: ``"curve"`` (the error curve),
    ``"boundary"`` (2 inputs only), ``"sweep"`` (every rate; not with
    ``background=False``) and ``"network"`` (the trained network, always in
    a tab of its own).  By default ``[("curve", "boundary"), "sweep",
    "network"]`` for 2-D data, else ``[("curve", "sweep"), "network"]``;
    in presentation mode a teacher may show fewer, larger pictures, for
    example ``panels=["curve"]`` or ``panels=[("curve", "boundary")]``.
    """

    def __init__(self, net: Network, X: ArrayLike, T: ArrayLike, learning_rate: float = 1.0,
                 updates: int = 100, batch_size: int | None = None, compare: Sequence[float] = (),
                 max_updates: int | None = None, background: bool = True,
                 panels: Sequence | None = None) -> None:
        check_network(net)
        self.background = check_switch("background", background)
        self.start = net.copy()
        self.X, self.T = check_data(net, X, T)      # before any picture is built from them
        self.batch_size = batch_size
        learning_rate = check_learning_rate("learning_rate", learning_rate)
        updates = check_whole_number("updates", updates, 1, MAX_UPDATES, WHY_MAX_UPDATES)
        compare = check_compare(compare)
        if max_updates is None:
            max_updates = max(DEFAULT_MAX_UPDATES, updates)
        elif check_whole_number("max_updates", max_updates, 1, MAX_UPDATES,
                                WHY_MAX_UPDATES) < updates:
            raise ValueError(tr("max_updates must be at least updates ({updates}), got {max_updates!r}",
                                updates=updates, max_updates=max_updates))
        self.defaults = (learning_rate, updates)
        self._moving_sliders = False    # True while run() moves the sliders itself
        has_boundary = shows_plane(net)
        self.panels = check_panels(panels, has_boundary, background)
        sizes = _picture_sizes(self.panels)
        self.curve = ErrorCurve(**sizes.get("curve", {}))
        self.sweep_picture = RateSweepPlot(**sizes.get("sweep", {}))
        self.boundary = (plane_picture(self.X, self.T, **sizes.get("boundary", {}))
                         if has_boundary else None)
        self.diagram = NetworkDiagram(net.sizes, show=("x", "y", "w", "b"), highlights=False,
                                      max_height_px=WIDGET_HEIGHT_PX - EXPLORER_CONTROLS_PX)
        self.sweep = None               # every rate's run, once the background work is done
        self._sweep_updates = None      # ... for this number of updates
        self._runs = {}                 # rate -> (result, net, verdict), as the background trains them
        self._runs_updates = None       # ... for this number of updates
        self._drawn = {}                # rate -> its pictures by name (_picture), once the sweep is done
        self._work = 0                  # which background work is the current one
        self._thread = None
        self.start_error = whole_set_error(self.start, self.X, self.T)   # E before any update
        self._shown = None              # (rate, updates) of the run the pictures show
        self._answering = False         # True while a thread trains the sliders' run
        self._answer_lock = threading.Lock()
        self._answer_thread = None
        self._build_controls(learning_rate, updates, max_updates)
        images = {"curve": self.curve_image, "boundary": self.boundary_image,
                  "sweep": self.sweep_image, "network": self.diagram_image}
        self.pages = _pages(self.panels, images)
        super().__init__([widgets.HBox([self.learning_rate_slider, self.learning_rate_label,
                                        self.updates_slider], layout=_row()),
                          widgets.HBox([self.keep_button, self.clear_button, self.reset_button,
                                        self.progress, self.sweep_progress], layout=_row()),
                          self.verdict, self.problem, self.pages])
        self.add_class("bp-explorer")
        for rate in compare:            # kept curves: trained and drawn, not shown alone
            self._show_curve(rate, self._run_of(rate, updates))
            self.curve.keep()
        self.run()
        self._show_tabs(every_tab=True)     # a saved notebook, a static copy show every tab
        if isinstance(self.pages, widgets.Tab):
            self.pages.observe(self._tab_chosen, "selected_index")

    def _build_controls(self, learning_rate, updates, max_updates):
        self.learning_rate_slider, self.learning_rate_label = _learning_rate_controls(learning_rate)
        self.updates_slider = widgets.IntSlider(updates, min=1, max=max_updates, step=1,
                                                description=tr("updates"), continuous_update=False,
                                                style={"description_width": "initial"})
        self.updates_slider.add_class("bp-updates-slider")
        self.keep_button = _button(tr("Keep this curve"), "thumb-tack", "bp-keep",
                                   lambda _: self.keep())
        self.clear_button = _button(tr("Clear kept curves"), "eraser", "bp-clear",
                                    lambda _: self.clear())
        self.reset_button = _button(tr("Reset"), "undo", "bp-reset", lambda _: self.reset())
        self.progress = widgets.IntProgress(0, min=0, max=1, description=tr("training"),
                                            style={"description_width": "initial"},
                                            layout=widgets.Layout(visibility="hidden",
                                                                  width=PROGRESS_WIDTH))
        self.sweep_progress = widgets.IntProgress(0, min=0, max=1, description=tr("every rate"),
                                                  style={"description_width": "initial"},
                                                  layout=widgets.Layout(visibility="hidden",
                                                                        width=PROGRESS_WIDTH))
        self.sweep_progress.add_class("bp-sweep-progress")
        self.verdict = widgets.HTML()
        self.verdict.add_class("bp-verdict")
        self.problem = _problem_widget()
        self._problems = {"background": "", "answer": ""}
        self.curve_image = _picture_widget("bp-curve")
        self.boundary_image = _picture_widget("bp-boundary")
        self.sweep_image = _picture_widget("bp-sweep")
        self.diagram_image = _picture_widget("bp-diagram")
        self.learning_rate_slider.observe(self._slider_moved, "value")
        self.updates_slider.observe(self._slider_moved, "value")

    def _slider_moved(self, _change):
        """A learner moved a slider: show its run; what fails is shown, and the widget keeps
        working.  A long run not trained yet is answered at once with its start and its
        progress, and shown when trained (``_answer_later``)."""
        if self._moving_sliders:
            return
        self._show_problem("answer", "")
        try:
            if self._long_to_train(*self._wanted()):
                self._answer_later()
            else:
                self.run()
        except Exception as problem:        # shown to the learner instead
            self._show_problem("answer", _what_failed(tr("this learning rate"), problem))

    def _wanted(self):
        """The (rate, updates) the sliders show."""
        return self.learning_rate_slider.value, self.updates_slider.value

    def _trained(self, learning_rate, updates):
        """True if the background work (or an earlier answer) has this run."""
        return self._runs_updates == updates and learning_rate in self._runs

    def _long_to_train(self, learning_rate, updates):
        """True if the run must be trained and has ``LONG_RUN_UPDATES`` or more."""
        return updates >= LONG_RUN_UPDATES and not self._trained(learning_rate, updates)

    def run(self, learning_rate: float | None = None, updates: int | None = None) -> None:
        """Show the run of the sliders' rate and number of updates, and redraw everything.

        ``run(learning_rate=0.3, updates=500)`` first moves the sliders there
        (``learning_rate`` must be one of the slider's rates), so that what is
        shown always agrees.  Returns the ``TrainingResult``.
        """
        if learning_rate is not None:
            learning_rate = check_slider_rate(self.learning_rate_slider, learning_rate)
        if updates is not None and check_whole_number("updates", updates, 1) > self.updates_slider.max:
            raise ValueError(tr("updates must be at most {max} (max_updates), got {updates!r}",
                                max=self.updates_slider.max, updates=updates))
        self._moving_sliders = True     # one run below, not one for each slider moved
        try:
            if learning_rate is not None:
                self.learning_rate_slider.value = learning_rate
            if updates is not None:
                self.updates_slider.value = updates
        finally:
            self._moving_sliders = False
        rate, updates = self._wanted()
        with LEARNER_WAITING:
            run = self._run_of(rate, updates)
            with canvas.DRAWING:
                self._show_run(rate, updates, run)
        self._start_sweep_if_new(updates)
        return self.result

    def _start_sweep_if_new(self, updates):
        if self.background and self._runs_updates != updates:
            self._start_sweep(updates)

    def _answer_later(self):
        """Show at once that the sliders' run is being trained (the curve's start, the
        progress bar; the other pictures hidden), and train it in a thread of its own,
        which then shows it.  Moves that come meanwhile are answered in turn by the same
        thread, the latest only; the background work pauses meanwhile."""
        rate, updates = self._wanted()
        with LEARNER_WAITING, canvas.DRAWING:
            self._shown = None
            # The verdict first: the start's picture never shows beside the last run's verdict.
            self.verdict.value = tr("<b>Verdict:</b> training α = {rate} for {updates} updates …",
                                    rate=format_rate(rate), updates=updates)
            self.curve.show([self.start_error], f"α = {format_rate(rate)} ({tr('training')})",
                            learning_rate=rate)
            canvas.show_in(self.curve_image, self.curve.figure)
            for image in (self.diagram_image, self.boundary_image):
                image.layout.visibility = "hidden"
        self._start_sweep_if_new(updates)
        with self._answer_lock:
            if self._answering:
                return
            self._answering = True

        def report(message):
            self._show_problem("answer", message)
        self._answer_thread = _start_background_work("this learning rate", report,
                                                     self._answer_latest)

    def _answer_latest(self):
        """Train and show the sliders' run, until the pictures show the sliders' latest run."""
        try:
            while True:
                with self._answer_lock:
                    wanted = self._wanted()
                    if self._shown == wanted:
                        self._answering = False
                        return
                with LEARNER_WAITING:
                    run = self._run_of(*wanted)
                    # Drawn first, one picture at a time, so that a newer move is
                    # answered between two of them rather than after them all.
                    drawn = self._draw_pictures(wanted[0], run[1])
                    with canvas.DRAWING:
                        if self._wanted() == wanted:
                            self._show_run(*wanted, run, drawn)
        except BaseException:
            with self._answer_lock:
                self._answering = False
            raise

    def wait_for_answer(self, timeout: float | None = None) -> bool:
        """Wait until the pictures show the sliders' run (a long run is trained in a
        thread when a learner moves a slider); return True once they do."""
        if self._answer_thread is not None:
            self._answer_thread.join(timeout)
        return self._shown == self._wanted()

    def _show_run(self, learning_rate, updates, run, drawn=None):
        """Show ``run``: its curve and verdict, and its other pictures (those of ``drawn``,
        by name, as they are), drawn when first needed and kept once the sweep is done
        (its picture is then final)."""
        self._show_curve(learning_rate, run)
        canvas.show_in(self.curve_image, self.curve.figure)
        self.verdict.value = tr("<b>Verdict:</b> {verdict}", verdict=html.escape(self.verdict_result.text))
        self._show_pictures(learning_rate, updates,
                            self._draw_pictures(learning_rate, self.net, drawn))
        for image in (self.diagram_image, self.boundary_image):
            image.layout.visibility = "visible"
        self._shown = (learning_rate, updates)

    def _tab_chosen(self, _change):
        """A learner chose another tab: show its pictures; what fails is shown."""
        self._show_problem("answer", "")
        try:
            self._show_tabs()
        except Exception as problem:        # shown to the learner instead
            self._show_problem("answer", _what_failed(tr("this tab"), problem))

    def _show_tabs(self, every_tab=False):
        """Show the pictures of the run shown in the tab in view (in every tab), drawn now
        if they were not drawn before; while a long run is being trained, nothing (its
        pictures are shown once it is trained)."""
        with LEARNER_WAITING, canvas.DRAWING:
            if self._shown is not None:
                learning_rate, updates = self._shown
                self._show_pictures(learning_rate, updates, self._draw_pictures(
                    learning_rate, self.net, every_tab=every_tab))

    def _show_pictures(self, learning_rate, updates, drawn):
        """Show ``drawn``, pictures of the run of ``learning_rate`` (SVG bytes by name), in
        their images; keep them once the sweep is done (its picture is then final)."""
        if self._sweep_updates == updates:
            self._drawn.setdefault(learning_rate, {}).update(drawn)
        places = {"diagram": (self.diagram_image, self.diagram),
                  "boundary": (self.boundary_image, self.boundary),
                  "sweep": (self.sweep_image, self.sweep_picture)}
        for name, picture in drawn.items():
            image, plot = places[name]
            canvas.show_in(image, plot.figure, picture)

    def _pictures(self, every_tab=False):
        """The names of a rate's pictures that kept curves do not change: its trained
        network, its boundary (2-D data), the sweep marked there (once it is done);
        unless ``every_tab``, only those of the tab in view.  A move draws and sends only
        what the learner sees; another tab's pictures are drawn when it is chosen."""
        names = (["diagram"] + (["boundary"] if self.boundary else [])
                 + (["sweep"] if self.sweep is not None else []))
        if every_tab:
            return names
        tab = self.pages.selected_index if isinstance(self.pages, widgets.Tab) else 0
        in_view = [PICTURE_OF_PANEL.get(panel, panel) for panel in self.panels[tab or 0]]
        return [name for name in names if name in in_view]

    def _draw_pictures(self, learning_rate, net, drawn=None, every_tab=False):
        """The pictures that ``_pictures(every_tab)`` names of the run of ``learning_rate``,
        whose trained network is ``net``, by name: those of ``drawn`` as they are, the
        others drawn now (``_picture``), each holding the drawing lock on its own."""
        drawn = drawn or {}
        return {name: drawn[name] if name in drawn else self._picture(name, learning_rate, net)
                for name in self._pictures(every_tab)}

    def _picture(self, name, learning_rate, net):
        """The picture ``name`` of the run of ``learning_rate``, whose trained network is
        ``net``, as SVG bytes: drawn before (``_drawn``), or now."""
        drawn = self._drawn.get(learning_rate, {})
        if name in drawn:
            return drawn[name]
        with canvas.DRAWING:
            if name == "diagram":
                net.forward(self.X[0])      # the trained network on the first example,
                net.backward(self.T[0])     # with its error E
                self.diagram.update(net, y_target=self.T[0])
                return canvas.svg(self.diagram.figure).encode()
            if name == "boundary":
                self.boundary.show(net)
                return canvas.svg(self.boundary.figure).encode()
            self.sweep_picture.mark(learning_rate)
            return canvas.svg(self.sweep_picture.figure).encode()

    def _run_of(self, learning_rate, updates):
        """The run of ``learning_rate`` for ``updates`` updates, as (result, trained
        network, verdict): from the background work if it has it, else trained now
        (and kept with the background work's runs)."""
        if self._trained(learning_rate, updates):
            result, net, run_verdict = self._runs[learning_rate]
            return result, net.copy(), run_verdict
        net = self.start.copy()
        result = train(net, self.X, self.T, learning_rate, updates,
                       batch_size=self.batch_size, progress=self._show_progress)
        self.progress.layout.visibility = "hidden"
        run = (result, net, verdict(result))
        self._keep_run(learning_rate, updates, run)
        return run

    def _keep_run(self, learning_rate, updates, run):
        """Keep ``run``, trained on the spot, with the background work's runs (if they
        are of ``updates`` updates), so that a move back to it is answered at once
        and the background work does not train it again."""
        result, net, run_verdict = run
        if self._runs_updates == updates and not self._trained(learning_rate, updates):
            self._runs[learning_rate] = (result, net.copy(), run_verdict)

    def _show_curve(self, learning_rate, run):
        """Make ``run`` the current one, and draw its curve."""
        self.result, self.net, self.verdict_result = run
        label = run_label(learning_rate, self.verdict_result.label)
        self.curve.show(self.result.errors, label, self.result.diverged_at,
                        learning_rate=learning_rate)

    def _show_progress(self, done, total):
        if total >= LONG_RUN_UPDATES:
            self.progress.max, self.progress.value = total, done
            self.progress.layout.visibility = "visible"

    def _start_sweep(self, updates):
        """Train every rate of the slider for ``updates`` updates, in a thread of its own,
        first the slider's rate, its two ends and the rate's nearest
        (:func:`rates_to_train_next`), then all the others at once; any earlier such
        work stops at its next update.  Each rate's run can be shown as soon as its
        group is trained; the sweep picture once every rate is."""
        self._work += 1
        work = self._work
        rates = [rate for _, rate in self.learning_rate_slider.options]
        total = len(rates) * updates
        with canvas.DRAWING:
            self.sweep, self._sweep_updates, self._drawn = None, None, {}
            self._runs, self._runs_updates = {}, updates
            if self._shown == (self.learning_rate_slider.value, updates):   # trained already
                self._keep_run(*self._shown, (self.result, self.net, self.verdict_result))
            self.sweep_picture.waiting(rates)
            canvas.show_in(self.sweep_image, self.sweep_picture.figure)

        def stale():
            return work != self._work or _STOPPING.is_set()

        def pause_then_stale():
            LEARNER_WAITING.pause()
            return stale()

        def show_progress(done):
            if not stale():
                self.sweep_progress.max, self.sweep_progress.value = total, done
                self.sweep_progress.layout.visibility = "visible"

        def train_group(group):
            """Train the rates of ``group`` and keep their runs; False if the work went stale."""
            trained = len(self._runs) * updates
            sweep = train_rates(self.start, self.X, self.T, group, updates,
                                batch_size=self.batch_size,
                                progress=lambda done, _: show_progress(trained + done * len(group)),
                                should_stop=pause_then_stale)
            with canvas.DRAWING:
                if sweep is None or stale():
                    return False
                for rate, result, net in zip(group, sweep.results, sweep.nets):
                    self._runs[rate] = (result, net, verdict(result))
            return True

        def train_every_rate():
            count = RATES_AT_ONCE               # first the slider's rate, its ends, its nearest,
            while len(self._runs) < len(rates):
                if not train_group(rates_to_train_next(rates, self._runs,
                                                       self.learning_rate_slider.value, count)):
                    return
                count = len(rates)              # then all the others at once
            with LEARNER_WAITING.drawing():
                if stale():
                    return
                results, nets, verdicts = zip(*(self._runs[rate] for rate in rates))
                self.sweep_picture.show(rates, results, verdicts)
                self.sweep_picture.mark(self.learning_rate_slider.value)
                canvas.show_in(self.sweep_image, self.sweep_picture.figure)
                self.sweep_progress.layout.visibility = "hidden"
                # Only a sweep whose picture is drawn counts as done.
                self.sweep = RateSweep(tuple(rates), results, nets)
                self._sweep_updates = updates
            self._draw_every_rate(rates, stale)

        def report(message):
            if not stale():
                self.sweep_progress.layout.visibility = "hidden"
                self._show_problem("background", message)
        self._show_problem("background", "")
        self._thread = _start_background_work("every learning rate", report, train_every_rate)

    def _draw_every_rate(self, rates, stale):
        """Draw the pictures in view (``_pictures``) of every rate of the sweep, one at a
        time, in the order of :func:`rates_in_turn`, so that a move to any rate only shows
        them (``_show_run``)."""
        def draw(picture):
            rate, name = picture
            drawn = self._drawn.setdefault(rate, {})
            if name not in drawn:
                drawn[name] = self._picture(name, rate, self._runs[rate][1].copy())
        _draw_in_turn([(rate, name) for rate in rates_in_turn(rates, self.learning_rate_slider.value)
                       for name in self._pictures()],
                      draw, stale)

    def _show_problem(self, source, message):
        """Show what went wrong in the background work or in answering a slider
        (``source``), or that it went right this time (``message`` empty)."""
        self._problems[source] = message
        show_problem(self.problem, " ".join(text for text in self._problems.values() if text))

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the background work on every rate (its runs and their pictures);
        return True once it is done."""
        self.wait_for_answer(timeout)
        if self._thread is not None:
            self._thread.join(timeout)
        return self.sweep is not None

    def keep(self) -> None:
        """Keep the current curve on the plot."""
        with canvas.DRAWING:
            self.curve.keep()
            canvas.show_in(self.curve_image, self.curve.figure)

    def clear(self) -> None:
        """Remove the kept curves."""
        with canvas.DRAWING:
            self.curve.clear()
            canvas.show_in(self.curve_image, self.curve.figure)

    def reset(self) -> None:
        """Back to the starting learning rate and number of updates, no kept curves."""
        with canvas.DRAWING:
            self.curve.clear()
        self.run(*self.defaults)


def tallest_formula_px(record):
    """Height in CSS pixels of the tallest formula picture of the steps of ``record``
    (each in symbols and with its numbers, as the player draws it)."""
    return _tallest_formula_px(tuple((step.formula, _numbers(step, False)) for step in record),
                               canvas.text_px())


@functools.lru_cache(maxsize=16)
def _tallest_formula_px(formulas, text_px):
    with canvas.DRAWING:
        return max(canvas.shown_size(formula_figure(*pair))[1] for pair in formulas)


def record_of(net, x_input, y_target, learning_rate):
    """``steps.trace(net, x_input, y_target, learning_rate)``; where a number overflows,
    an :class:`Overflow` that says what to change: the example or weights (if the
    pass before the update overflows), else the learning rate."""
    try:
        return trace(net, x_input, y_target, learning_rate)
    except Overflow as overflow:
        try:
            net.error(x_input, y_target)
        except Overflow:
            raise Overflow(tr("{overflow}, before any update: the player needs a smaller "
                              "x_input, y_target or smaller weights", overflow=overflow)) from None
        raise Overflow(tr("{overflow} after one update with learning rate {rate}: choose a "
                          "smaller learning_rate (or a smaller x_input or smaller weights)",
                          overflow=overflow, rate=format_rate(learning_rate))) from None


def check_switch(name, value):
    """``value`` as a bool, if it is True or False (a Python or numpy bool)."""
    if not isinstance(value, (bool, np.bool_)):
        raise TypeError(tr("{name} must be True or False, got {value!r}", name=name, value=value))
    return bool(value)


def show_problem(widget, text):
    """Show ``text`` in the ``widget`` made by ``_problem_widget``, or hide it if empty."""
    widget.value = f"<b>⚠ {html.escape(text)}</b>" if text else ""
    widget.layout.display = "" if text else "none"


def check_stepper_network(net):
    """``net``, if it is a network the player can step through: at most
    ``MAX_STEPPER_NODES`` nodes a layer and ``MAX_STEPPER_WEIGHTS`` weights."""
    sizes = check_network(net).sizes
    weights = sum(a * b for a, b in zip(sizes[:-1], sizes[1:]))
    if weights > MAX_STEPPER_WEIGHTS or max(sizes) > MAX_STEPPER_NODES:
        raise ValueError(tr("net is too big for the player: it takes a network of at most "
                            "{max_stepper_nodes} nodes a layer and {max_stepper_weights} weights (one "
                            "formula and picture a step; a bigger network has hundreds of steps and sums "
                            "too tall to draw), got sizes {sizes} with {weights} weights: draw_network(net) "
                            "draws it whole, or step through a smaller network such as [2, 3, 1]",
                            max_stepper_nodes=MAX_STEPPER_NODES, max_stepper_weights=MAX_STEPPER_WEIGHTS,
                            sizes=list(sizes), weights=weights))
    return net


def check_stepper_panels(panels):
    """The player's ``panels``: a non-empty selection of ``STEPPER_PANELS``, as a tuple."""
    if isinstance(panels, str) or not hasattr(panels, "__iter__"):
        raise TypeError(tr("panels must be a tuple of picture names, such as ('diagram',), got {panels!r}",
                           panels=panels))
    panels = tuple(panels)
    wrong = [name for name in panels if name not in STEPPER_PANELS]
    if wrong or not panels:
        raise ValueError(tr("panels must name one or both of {stepper_panels}, got {panels!r}",
                            stepper_panels=STEPPER_PANELS, panels=panels))
    return panels


# Short: ipywidgets cuts a tab's title at about 140 px.
PANEL_TITLES = {"curve": "error", "boundary": "boundary", "sweep": "every rate",
                "network": "network"}
PICTURE_OF_PANEL = {"network": "diagram"}     # the explorer's picture shown in a panel, by name


def check_panels(panels, has_boundary=True, background=True):
    """The explorer's ``panels`` as a tuple of tabs, each a tuple of one or two picture
    names (``None``: the default for the data); a clear error for anything else."""
    if panels is None:
        first = "boundary" if has_boundary else ("sweep" if background else None)
        panels = [("curve", first) if first else "curve"]
        panels += ["sweep"] if has_boundary and background else []
        panels += ["network"]
    if isinstance(panels, str) or not hasattr(panels, "__iter__"):
        raise TypeError(tr("panels must be a list of tabs, such as [('curve', 'boundary'), 'network'], got "
                           "{panels!r}", panels=panels))
    tabs, seen = [], set()
    for tab in panels:
        names = (tab,) if isinstance(tab, str) else tuple(tab)
        if not 1 <= len(names) <= 2:
            raise ValueError(tr("each tab of panels shows one or two pictures, got {tab!r}", tab=tab))
        for name in names:
            if name not in PANEL_TITLES:
                raise ValueError(tr("panels can show {titles}, got {name!r}",
                                    titles=', '.join(map(repr, PANEL_TITLES)), name=name))
            if name in seen:
                raise ValueError(tr("panels shows {name!r} twice", name=name))
            if name == "boundary" and not has_boundary:
                raise ValueError(tr("panels: 'boundary' needs a network with 2 inputs and one output or a "
                                    "softmax output"))
            if name == "sweep" and not background:
                raise ValueError(tr("panels: 'sweep' needs background=True (the work on every rate)"))
            if name == "network" and len(names) > 1:
                raise ValueError(tr("panels: 'network' is shown in a tab of its own, got {tab!r}", tab=tab))
            seen.add(name)
        tabs.append(names)
    if not tabs:
        raise ValueError(tr("panels must show at least one picture, got an empty list"))
    return tuple(tabs)


def _picture_sizes(tabs):
    """``{name: {"width_px": ..., "height_px": ...}}`` of every plot in ``tabs``: side by
    side, they share the column's width (the network diagram has its own size)."""
    sizes = {}
    for names in tabs:
        width = (PICTURES_WIDTH - PICTURE_GAP * (len(names) - 1)) // len(names)
        for name in names:
            if name != "network":
                sizes[name] = {"width_px": width, "height_px": PICTURES_HEIGHT}
    return sizes


def _pages(tabs, images):
    """The pictures of ``tabs`` (names of ``images``), side by side in each tab; one tab
    shows without a tab bar.  Pictures never shrink: a picture wider than the column
    scrolls, which the browser tests catch, rather than being shown smaller."""
    boxes = []
    for names in tabs:
        for name in names:
            images[name].layout.flex = "0 0 auto"
        boxes.append(widgets.HBox([images[name] for name in names],
                                  layout=widgets.Layout(justify_content="space-between"
                                                        if len(names) > 1 else "flex-start")))
    if len(boxes) == 1:
        return boxes[0]
    pages = widgets.Tab(children=boxes)
    for k, names in enumerate(tabs):
        pages.set_title(k, " · ".join(tr(PANEL_TITLES[name]) for name in names))
    pages.add_class("bp-pages")
    return pages


def close_enough(guess, value):
    """True if a quiz prediction ``guess`` counts as ``value``: within 2 % of it
    (``QUIZ_TOLERANCE``), and so of the same sign; for a value of exactly 0, only 0."""
    return abs(guess - value) <= QUIZ_TOLERANCE * abs(value)


def rates_to_train_next(rates, trained, learning_rate, count=RATES_AT_ONCE):
    """The first ``count`` rates of ``rates`` not in ``trained``, in the order of
    :func:`rates_in_turn`, returned in the order of ``rates``: what the explorer's
    background work trains next, so that the learner's rate, the slider's two ends and
    the rate's neighbours are ready first."""
    first = [rate for rate in rates_in_turn(rates, learning_rate) if rate not in trained][:count]
    return [rate for rate in rates if rate in first]


def rates_in_turn(rates, learning_rate):
    """``rates`` in the order the explorer prepares them: ``learning_rate``, then the
    slider's two ends (where the End and Home keys, or a drag to the end, go first: the
    rate too small and the rate that diverges; the nearer first), then the others, the
    nearest to ``learning_rate`` first (on the slider's log scale; of two as near, the
    lower first)."""
    def turn(rate):
        distance = abs(math.log(rate / learning_rate))
        return (distance > 0, rate not in (rates[0], rates[-1]), distance, rate)
    return sorted(rates, key=turn)


def check_slider_rate(slider, value):
    """``value`` if it is one of the rates of the learning-rate ``slider``."""
    rate = check_learning_rate("learning_rate", value)
    rates = [stop for _, stop in slider.options]
    if rate not in rates:
        above = next(stop for stop in rates if stop > rate)
        below = rates[rates.index(above) - 1]
        raise ValueError(tr("learning_rate must be one of the slider's rates, such as {below} or {above}, "
                            "got {value!r}", below=format_rate(below), above=format_rate(above), value=value))
    return rate


def _learning_rate_controls(learning_rate):
    """A learning-rate slider (0.001 to 100, log scale) and the label of its value.

    The slider stops at ``rate_sweep.RATE_STOPS`` and at ``learning_rate``, the rate it
    starts at, each labelled as ``format_rate`` writes it.  (A slider of
    numbers only takes the values of its grid, and the browser would move 3
    to the nearest of them.)  The label shows the rate in use.
    """
    rates = sorted(set(RATE_STOPS) | {learning_rate})
    slider = widgets.SelectionSlider(options=[(format_rate(rate), rate) for rate in rates],
                                     value=learning_rate, description=tr("learning rate α"),
                                     readout=False, style={"description_width": "initial"})
    slider.add_class("bp-lr-slider")
    label = widgets.HTML(layout=widgets.Layout(margin="0 16px 0 4px"))
    label.add_class("bp-lr-value")

    def show(value):
        label.value = f"α = {format_rate(value)}"
    slider.observe(lambda change: show(change.new), "value")
    show(learning_rate)
    return slider, label


# --- background work, and the end of the program ------------------------
#
# The player draws ahead and the explorer trains every rate in threads of
# their own.  A thread still drawing when Python ends is cut off inside
# matplotlib's C++ code, and the process aborts ("terminate called without
# an active exception").  So every such thread is recorded here, checks
# _STOPPING between two pictures (and the sweep before every update), and
# the end of the program (a script's last line, a kernel shut down or
# restarted) sets _STOPPING and waits for each of them.

_STOPPING = threading.Event()       # set once the program is ending: no more background work
_WORKERS = set()                    # the background threads not known to have finished
_WORKERS_LOCK = threading.Lock()


def _start_background_work(name, report, target, *args):
    """Run ``target(*args)`` in a daemon thread that the end of the program waits for;
    whatever it raises is given to ``report(message)`` (the widget shows it) rather
    than ending the thread unseen."""
    def work():
        try:
            with canvas.private_style():      # matplotlib's settings of its own
                target(*args)
        except Exception as problem:        # reported to the learner instead
            report(_what_failed(tr("the background work on {name}", name=tr(name)), problem))
    thread = threading.Thread(target=work, daemon=True, name=name)
    with _WORKERS_LOCK:
        _WORKERS.difference_update([done for done in _WORKERS if not done.is_alive()])
        _WORKERS.add(thread)
    thread.start()
    return thread


def stop_background_work(timeout=STOP_TIMEOUT):
    """Stop every widget's background work for good and wait for it (at most ``timeout``
    seconds in all); return True if every thread stopped.

    Called when Python ends (before it waits for its threads), so that no
    drawing is cut off half way; a program need not call it itself.
    """
    _STOPPING.set()
    deadline = time.monotonic() + timeout
    with _WORKERS_LOCK:
        workers = list(_WORKERS)
    for thread in workers:
        if thread is not threading.current_thread():
            thread.join(max(0.0, deadline - time.monotonic()))
    return not any(thread.is_alive() for thread in workers)


def finish_background_work(timeout: float = STOP_TIMEOUT) -> bool:
    """Stop the background work of every widget made so far and wait for it (at most
    ``timeout`` seconds); return True if every thread stopped.  Widgets made afterwards
    work in the background as usual; those made before draw and train what they
    show when it is asked for.

    The tests call it after each test, so that one test's widgets do not slow the next.
    """
    stopped = stop_background_work(timeout)
    _STOPPING.clear()
    return stopped


# threading's own end-of-program hook runs before Python waits for its
# threads and before atexit's; atexit is the fallback where it is missing.
try:
    threading._register_atexit(stop_background_work)
except (AttributeError, RuntimeError):
    atexit.register(stop_background_work)


class _LearnerWaiting:
    """``with LEARNER_WAITING:`` around the answer to a learner's input; meanwhile, and
    for ``QUIET_SECONDS`` after the last answer, the background work of every widget
    pauses at its next ``LEARNER_WAITING.pause()`` (between two updates, before a
    picture), so that the answer has the machine, and so has the learner's next
    input if it follows at once.  Background work shares the interpreter with the
    answers (one thread runs Python at a time), so an answer is quick only while
    the background work waits."""

    def __init__(self):
        self._answers = 0           # answers being computed now
        self._quiet_from = 0.0      # time.monotonic() when the learner has been quiet long enough
        self._condition = threading.Condition()

    def __enter__(self):
        with self._condition:
            self._answers += 1

    def __exit__(self, *exception):
        with self._condition:
            self._answers -= 1
            self._quiet_from = time.monotonic() + QUIET_SECONDS
            self._condition.notify_all()

    def _quiet(self):
        """True if no answer is being computed and the last ended ``QUIET_SECONDS`` ago."""
        return self._answers == 0 and time.monotonic() >= self._quiet_from

    def pause(self):
        """Wait until no answer is being computed and the last one ended ``QUIET_SECONDS``
        ago (at once if so)."""
        with self._condition:
            while not self._quiet():
                self._condition.wait(None if self._answers else
                                     self._quiet_from - time.monotonic())

    @contextlib.contextmanager
    def drawing(self):
        """``with LEARNER_WAITING.drawing():`` around a picture drawn in the background:
        holds ``canvas.DRAWING`` once the learner is quiet (``pause``).  An answer
        that began while this thread waited for the lock gets it first: this thread
        lets the lock go at once and pauses again, so that an answer waits for one
        background picture at most (the one being drawn when it began), not for the
        pictures of every other widget waiting for the lock too."""
        while True:
            self.pause()
            canvas.DRAWING.acquire()
            with self._condition:
                if self._quiet():
                    break
            canvas.DRAWING.release()
        try:
            yield
        finally:
            canvas.DRAWING.release()


LEARNER_WAITING = _LearnerWaiting()


def _draw_in_turn(items, draw, stale):
    """``draw(item)`` for each of ``items``, in order, each holding the drawing lock,
    until ``stale()``; return True if every item was drawn.

    Before each, it lets the answers to the learner go first
    (``LEARNER_WAITING.drawing``); after each, the lock is left free a moment
    (``YIELD_SECONDS``), so that a learner's click, waiting for it, is served
    before the next item.
    """
    for item in items:
        with LEARNER_WAITING.drawing():
            if stale() or _STOPPING.is_set():
                return False
            draw(item)
        time.sleep(YIELD_SECONDS)
    return True


class _StepPictures(NamedTuple):
    """What the player shows of one step: the diagram (SVG bytes), the formula
    (its figure, for its size, and its SVG bytes)."""
    diagram: bytes
    formula: Figure
    formula_svg: bytes


def _numbers(step, hidden):
    """The step's formula with its numbers; in quiz mode, its value hidden: ``... = ?``."""
    if hidden:
        return step.substituted.rsplit("=", 1)[0] + r"= \;?"
    return step.substituted


def _row():
    """The layout of a row of controls: on one line, wrapped only where it must."""
    return widgets.Layout(flex_flow="row wrap", align_items="center")


def _picture_widget(css_class):
    """An empty ``Image`` for a picture that ``canvas.show_in`` fills."""
    image = widgets.Image(format="svg+xml")
    image.add_class(css_class)
    return image


def _what_failed(work, problem):
    """A sentence for the learner: ``work`` (in the learner's words) failed with the
    exception ``problem``."""
    return tr("{work} failed ({kind}: {problem}).", work=work[0].upper() + work[1:],
              kind=type(problem).__name__, problem=problem)


def _problem_widget():
    """An empty, hidden ``HTML`` for what went wrong (``show_problem``)."""
    widget = widgets.HTML(layout=widgets.Layout(display="none"))
    widget.add_class("bp-problem")
    return widget


def _button(description, icon, css_class, on_click):
    button = widgets.Button(description=description, icon=icon,
                            layout=widgets.Layout(width="auto"))
    button.add_class(css_class)
    button.on_click(on_click)
    return button
