"""The experiments the notebooks run, each a function, grouped by idea.

- One update seen from its outcome: ``after_one_update``, ``plot_one_update``.
- Learning rates compared on one problem: ``compare_learning_rates``, whose
  picture is also the first state of the learning-rate explorer
  (``explorer_first_state``); every rate of the explorer's slider at once
  (``plot_rate_sweep``); a classifier's share of points right (``accuracy``).
- Several examples: the curve a network fits through them (``plot_fits``).
- Matt Mazur's worked example against his published numbers
  (``mazur_numbers``, ``mazur_table``) and the update-order trap
  (``update_in_the_wrong_order``).
- A deep network for the chapter of failures (``deep_network``); its
  tables are in ``failures.py``, its picture in ``pictures/gradient_bars.py``.

Each function's docstring ends with the notebook that uses it.

Every experiment works on copies: a network passed in is never changed.
Plotting functions return their figure, a ``canvas.CourseFigure`` that a
notebook shows as the cell's value; given ``ax`` (an axes of
``plot_layout.new_plot``), they draw there instead.  A learning rate's curve has
the colour of its decade (``colors.rate_style``, the same in every figure
of the course) and a line style no other rate of the same figure has
(``widget_plots.ErrorCurve``).  Every dot of data is at least
``plot_layout.MARKER_PX`` wide with a dark outline; series are told apart by
marker and line style, never by colour alone.

Left out on purpose: anything a widget does (``widgets.py``) and the plots
the widgets share (``widget_plots.py``, used here as they are).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from numpy.typing import ArrayLike

from . import formulas
from .checks import (
    check_array,
    check_example,
    check_learning_rate,
    check_learning_rates,
    check_positive_number,
    check_whole_number,
)
from .formatting import columns, format_number, format_rate, pad
from .language import tr
from .network import Network, check_network, update_overflow_raises
from .pictures import colors
from .pictures.plot_layout import (
    MARKER_EDGE,
    MARKER_SIZE,
    axes_or_new,
    course_style,
    legend_below,
    log_scale,
    new_plot,
)
from .pictures.widget_plots import (
    KEPT_RUNS,
    ErrorCurve,
    RateSweepPlot,
    check_compare,
    plane_picture,
    run_label,
    shows_plane,
)
from .presets import MAZUR_EXAMPLE, MAZUR_LEARNING_RATE, MAZUR_PUBLISHED, mazur_network
from .rate_sweep import RATE_STOPS, train_rates
from .training import TrainingResult, Verdict, train, verdict

# Series that must be told apart (activations, networks): greys from light to
# black, none of them a quantity's or a learning rate's colour, each at least
# 3:1 on white; marker (outlined in black) and line style differ too, so that
# the shade is never the only clue.
SERIES_STYLES = [
    ("#8C8C8C", "D", ":"), ("#666666", "^", "-."),
    ("#404040", "s", "--"), (colors.BLACK, "o", "-"),
]


FIT_POINTS = 200               # points of each fitted curve ...
FIT_MARK_EVERY = 40            # ... a marker on every 40th, the series' markers staggered


def _outlined(color):
    """A marker of ``color`` at least ``plot_layout.MARKER_PX`` wide, outlined in black."""
    return {"markersize": MARKER_SIZE, "markerfacecolor": color,
            "markeredgecolor": colors.TEXT, "markeredgewidth": MARKER_EDGE}


def _series_styles(count):
    """The styles of ``count`` series: the last ``count`` of ``SERIES_STYLES``, so that
    the last series (e.g. the longest trained network) is black."""
    return SERIES_STYLES[len(SERIES_STYLES) - count:]


# --- one update ----------------------------------------------------------------

def after_one_update(net: Network, x_input: ArrayLike, y_target: ArrayLike,
                     learning_rate: float) -> Network:
    """A copy of ``net`` after one round of the lesson's loop on ``(x_input, y_target)``.

        forward(x_input);  backward(y_target);  w_ij <- w_ij - alpha * dE/dw_ij

    Every derivative is computed before any weight changes (``Network.update``).
    ``net`` itself is not changed.
    Notebook 4.
    """
    copy = check_network(net).copy()
    copy.forward(x_input)
    copy.backward(y_target)
    copy.update(learning_rate)
    return copy


@course_style
def plot_one_update(net: Network, x_input: ArrayLike, y_target: ArrayLike,
                    learning_rates: Sequence[float]) -> Figure:
    """What one update does, for each of ``learning_rates`` (log scale): a figure.

    Left: the output ``y`` after the update, with the target.  Right: ``E``
    after the update, with ``E`` before it.  The x axis is the rate, so a
    dot per rate, all alike (no colour per rate to decode).  One example;
    ``net`` must have one output node.
    Notebook 4.
    """
    rates = check_learning_rates("learning_rates", learning_rates)
    if check_network(net).sizes[-1] != 1:
        raise ValueError(tr("net must have one output node, got sizes {sizes}", sizes=net.sizes))
    x_input = check_array("x_input", x_input, (net.sizes[0],))
    updated = [after_one_update(net, x_input, y_target, rate) for rate in rates]
    y_after = [float(n.predict(x_input)[0]) for n in updated]
    E_after = [n.error(x_input, y_target) for n in updated]
    y_before, E_before = float(net.predict(x_input)[0]), net.error(x_input, y_target)
    target = float(np.asarray(y_target)[0])

    figure, (ax_y, ax_E) = new_plot(800, 460, columns=2)
    _dots(ax_y, rates, y_after, colors.Y, tr("y after the update"))
    ax_y.axhline(target, color=colors.Y, linestyle="--",
                 label=tr("the target, {target}", target=format_number(target)))
    ax_y.axhline(y_before, color=colors.UNKNOWN, linestyle=":",
                 label=tr("y before it, {y}", y=format_number(y_before)))
    ax_y.set_ylabel(tr("output y"))
    _dots(ax_E, rates, E_after, colors.TEXT, tr("E after the update"))
    ax_E.axhline(E_before, color=colors.UNKNOWN, linestyle=":",
                 label=tr("E before it, {E}", E=format_number(E_before)))
    log_scale(ax_E, "y")
    ax_E.set_ylabel(tr("error E"))
    for ax in (ax_y, ax_E):
        log_scale(ax, "x")
        ax.set_xlabel(tr("learning rate α"))
        ax.grid(True, alpha=0.3)
        legend_below(ax)
    return figure


def _dots(ax, rates, values, color, label):
    """``values`` against ``rates``: a line of ``color`` named ``label``, through a dot per
    rate, white inside and outlined in ``color`` (the line shows through no dot)."""
    ax.plot(rates, values, color=color, marker="o", markersize=MARKER_SIZE,
            markerfacecolor="white", markeredgecolor=color, markeredgewidth=1.5,
            linewidth=1.5, label=label, zorder=3)


# --- learning rates compared ------------------------------------------------------

@dataclass(frozen=True)
class Run:
    """One training run: its learning rate, what ``train`` returned, the
    verdict, and the trained network (a copy)."""

    learning_rate: float
    result: TrainingResult
    verdict: Verdict
    net: Network

    @property
    def label(self) -> str:
        """The label of its curve: the rate and the verdict, e.g. "α = 0.3 (converging)";
        a diverged run says where, "α = 3 (diverged at update 12)"."""
        outcome = self.verdict.label
        if self.result.diverged:
            outcome = tr("diverged at update {k}", k=self.result.diverged_at)
        return run_label(self.learning_rate, outcome)


@dataclass(frozen=True, eq=False)
class Comparison:
    """The runs of ``compare_learning_rates`` and the figure of their error curves.

    ``print`` it for each run's verdict, which says how ``E`` went.
    """

    runs: list[Run]
    figure: Figure

    def __str__(self) -> str:
        return "\n".join(f"α = {format_rate(run.learning_rate)}: {run.verdict.text}"
                         for run in self.runs)


@course_style
def compare_learning_rates(net: Network, X: ArrayLike, T: ArrayLike, learning_rates: Sequence[float],
                           updates: int, batch_size: int | None = None, ax: Axes | None = None,
                           title: str | None = None) -> Comparison:
    """Train a fresh copy of ``net`` for each learning rate; return a :class:`Comparison`.

    Each run is ``train(copy, X, T, alpha, updates, batch_size)`` followed by
    ``verdict``.  The error curves are drawn on ``ax`` (a new plot if
    ``None``) the way the learning-rate explorer draws them
    (``widget_plots.ErrorCurve``): the earlier rates as kept curves, the last one
    as the current curve, each in its decade's colour and a line style of
    its own within the figure (a run whose ``E`` jumps up and down faint,
    under the others).  Every
    run that diverged rises to a ✕ at the update where it blew up, and its
    label says which.  The legend, under the plot, lists the runs in the
    order of ``learning_rates``, at most 6 (as many as the explorer draws:
    5 kept curves and the current one).
    Notebook 4.
    """
    check_network(net)
    rates = check_learning_rates("learning_rates", learning_rates)
    if len(rates) > KEPT_RUNS + 1:
        raise ValueError(tr("learning_rates can hold at most {most} rates, got {n_rates} (as many curves "
                            "as the explorer draws)", most=KEPT_RUNS + 1, n_rates=len(rates)))
    runs = []
    for rate in rates:
        copy = net.copy()
        result = train(copy, X, T, rate, updates, batch_size=batch_size)
        runs.append(Run(rate, result, verdict(result), copy))
    curve = ErrorCurve(axes_or_new(ax, 700, 480))
    for k, run in enumerate(runs):
        if k > 0:
            curve.keep()
        curve.show(run.result.errors, run.label, run.result.diverged_at,
                   learning_rate=run.learning_rate)
    if title is not None:
        curve.ax.set_title(tr(title))          # a notebook's title, in the learner's language
    return Comparison(runs, curve.figure)


def explorer_first_state(net: Network, X: ArrayLike, T: ArrayLike, learning_rate: float = 1.0,
                         updates: int = 100, batch_size: int | None = None,
                         compare: Sequence[float] = ()) -> Comparison:
    """What ``LearningRateExplorer(net, X, T, ...)`` with the same arguments shows
    first, as a static figure; returns the :class:`Comparison`.

    The explorer trains a copy for each of ``compare`` (kept curves), then
    for ``learning_rate`` (the current curve).  So does this, and it refuses
    what the explorer refuses (``widget_plots.check_compare``).  For two
    inputs and one output (or a softmax output), what the last run predicts
    over the plane is drawn on the right, as in the explorer
    (``widget_plots.plane_picture``).  Notebooks 4, 6 and 8.
    """
    check_network(net)
    rates = check_compare(compare) + [check_learning_rate("learning_rate", learning_rate)]
    boundary = shows_plane(net)
    ax_curve = ax_boundary = None       # the curve alone: a plot of its own
    if boundary:        # side by side, as wide as in the explorer
        _, (ax_curve, ax_boundary) = new_plot(800, 480, columns=2, width_ratios=[450, 350])
    comparison = compare_learning_rates(net, X, T, rates, updates, batch_size, ax=ax_curve)
    if boundary:
        X = np.atleast_2d(check_array("X", X))
        T = np.atleast_2d(check_array("T", T))
        plane_picture(X, T, ax=ax_boundary).show(comparison.runs[-1].net)
    return comparison


def plot_rate_sweep(net: Network, X: ArrayLike, T: ArrayLike, updates: int,
                    batch_size: int | None = None, learning_rate: float | None = None) -> Figure:
    """The final error against the learning rate, for every rate of the explorer's slider.

    A copy of ``net`` is trained for ``updates`` updates with each rate of
    ``rate_sweep.RATE_STOPS`` (0.001 to 100), all at once (``rate_sweep.train_rates``);
    the picture (``widget_plots.RateSweepPlot``, as beside each explorer) shows each
    final error, a ✕ for the rates that diverged, and the regions of the
    verdicts.  ``learning_rate`` (one of the rates) is marked, if given.
    Returns the figure.
    Notebook 4.
    """
    check_network(net)
    X = np.atleast_2d(check_array("X", X))
    T = np.atleast_2d(check_array("T", T))
    sweep = train_rates(net, X, T, RATE_STOPS, updates, batch_size=batch_size)
    picture = RateSweepPlot()
    picture.show(sweep.learning_rates, sweep.results, [verdict(r) for r in sweep.results])
    if learning_rate is not None:
        picture.mark(check_learning_rate("learning_rate", learning_rate))
    return picture.figure


def accuracy(net: Network, X: ArrayLike, T: ArrayLike) -> float:
    """The fraction of examples on the right side of the decision boundary: with one
    output node, output ``y > 0.5`` where the target is 1, ``y < 0.5`` where it is 0
    (targets in ``[0, 1]``); with several (one per class), the largest output ``y_k``
    is the target's largest.  Notebooks 6 and 8."""
    n_out = check_network(net).sizes[-1]
    X = np.atleast_2d(check_example("X", X, net.sizes[0]))
    T = check_array("T", T, (len(X), n_out))
    y = net.predict(X)
    if n_out == 1:
        return float(np.mean((y > 0.5) == (T > 0.5)))
    return float(np.mean(y.argmax(axis=1) == T.argmax(axis=1)))


# --- several examples -------------------------------------------------------------

@course_style
def plot_fits(nets: Mapping[str, Network], X: ArrayLike, T: ArrayLike,
              ax: Axes | None = None) -> Figure:
    """The targets of a data set with one input and one output, and the curve
    each network of ``nets`` (a dict: label -> Network, at most 4) draws
    through them, in greys from light (the first) to black (the last), each
    with a line style and outlined markers of its own (``SERIES_STYLES``).
    Returns the figure.  Notebook 4."""
    if not isinstance(nets, dict) or not nets:
        raise TypeError(tr("nets must be a dict of label -> Network, got {nets!r}", nets=nets))
    if len(nets) > len(SERIES_STYLES):
        raise ValueError(tr("nets can hold at most {n_series_styles} networks, got {n_nets} (each curve is "
                            "drawn in a style of its own)",
                            n_series_styles=len(SERIES_STYLES), n_nets=len(nets)))
    X = check_array("X", X, (None, 1))
    T = check_array("T", T, (len(X), 1))
    ax = axes_or_new(ax, 700, 520)
    ax.plot(X[:, 0], T[:, 0], "o", color=colors.Y, markersize=MARKER_SIZE,
            markerfacecolor="white", markeredgewidth=1.5, label=tr("the examples' y_target"))
    inputs = np.linspace(X.min(), X.max(), FIT_POINTS).reshape(-1, 1)
    for k, ((label, net), (color, marker, style)) in enumerate(
            zip(nets.items(), _series_styles(len(nets)))):
        ax.plot(inputs[:, 0], check_network(net).predict(inputs)[:, 0], color=color,
                linestyle=style, marker=marker, markevery=slice(k * FIT_MARK_EVERY // len(nets) + 2, None,
                                                                FIT_MARK_EVERY),
                **_outlined(color), label=tr("the network's y_output: {label}", label=tr(label)))
    ax.set_xlabel(tr("x_input"))        # the network's input (a node's x is its total input)
    ax.set_ylabel(tr("y_target, y_output"))
    ax.grid(True, alpha=0.3)
    legend_below(ax, columns=2)
    return ax.figure


# --- Mazur's worked example and the update-order trap -----------------------------



def mazur_numbers() -> dict[str, float]:
    """Our values of the quantities in ``MAZUR_PUBLISHED``, by the same names.

    One update of ``mazur_network()`` on ``MAZUR_EXAMPLE`` with
    ``MAZUR_LEARNING_RATE`` (his biases stay fixed).
    Notebook 4.
    """
    x_input, y_target = MAZUR_EXAMPLE
    net = mazur_network()
    net.forward(x_input)
    ours = {"E before the update": net.backward(y_target), "out_o1": net.y[2][0],
            "dE/dw5": net.dE_dw[1][0, 0], "dE/dw1": net.dE_dw[0][0, 0]}
    net.update(MAZUR_LEARNING_RATE)
    ours["w5 after one update"] = net.weights[1][0, 0]
    ours["w1 after one update"] = net.weights[0][0, 0]
    ours["E after one update"] = net.error(x_input, y_target)
    return {name: float(value) for name, value in ours.items()}


def mazur_table() -> str:
    """Mazur's published numbers next to ours, ours to as many decimals as his,
    and a note: "same", or the first decimal where the two differ.  Notebook 4."""
    ours = mazur_numbers()
    names = {name: tr(name) for name in MAZUR_PUBLISHED}
    width = max(22, *(columns(name) for name in names.values()))
    lines = [f"{pad(tr('quantity'), width)} {pad(tr('published'), 12, False)} "
             f"{pad(tr('ours'), 12, False)}  {tr('note')}"]
    for name, published in MAZUR_PUBLISHED.items():
        decimals = len(published.split(".")[1])
        ours_text = f"{ours[name]:.{decimals}f}"
        lines.append(f"{pad(names[name], width)} {published:>12} {ours_text:>12}  "
                     f"{_difference_note(published, ours_text)}")
    return "\n".join(lines)


def _difference_note(published, ours):
    """'same', or e.g. 'differs from the 7th decimal on' (both with the same decimals)."""
    if published == ours:
        return tr("same")
    point = published.index(".")
    first = next(k for k, (a, b) in enumerate(zip(published, ours)) if a != b)
    place = first - point
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(place, "th")
    return tr(f"differs from the {{place}}{suffix} decimal on", place=place)


def update_in_the_wrong_order(net: Network, x_input: ArrayLike, y_target: ArrayLike,
                              learning_rate: float) -> Network:
    """A copy of ``net`` after one update done in the WRONG order; for the trap.

    Backpropagation here updates each layer's weights as soon as their
    ``dE/dw`` is known, and then computes the previous layer's

        dE/dy_i = sum over j in out(i) of  w_ij * dE/dx_j

    with the weights it has just changed.  The lesson (and ``Network``)
    computes every derivative first and updates afterwards; this copy shows
    what the shortcut costs: the output layer gets the same new weights, the
    layers before it slightly different ones.  (On ``mazur_network()`` it
    gives the error after one update that Mazur's post prints, 0.291027924.)
    ``net`` is not changed; the copy keeps no recorded pass, and a step past
    the largest float raises :class:`~bp_helpers.network.Overflow`, as
    ``Network.update`` does.
    Notebook 4.
    """
    wrong = check_network(net).copy()
    learning_rate = check_positive_number("learning_rate", learning_rate)
    wrong.forward(check_example("x_input", x_input, net.sizes[0]))
    y_target = check_array("y_target", y_target, wrong.y[-1].shape)
    # The formulas work on a batch: one example is a batch of one.
    x, y = [np.atleast_2d(a) for a in wrong.x], [np.atleast_2d(a) for a in wrong.y]
    weights, biases = list(wrong.weights), list(wrong.biases)
    with update_overflow_raises(learning_rate):
        dE_dy = formulas.output_dE_dy(y[-1], np.atleast_2d(y_target))
        for l in range(len(net.sizes) - 1, 0, -1):
            f_prime = wrong.activations[l - 1].df(x[l], y[l])
            dE_dx = formulas.dE_dx(f_prime, dE_dy)
            dE_dw = formulas.dE_dw(y[l - 1], dE_dx)
            weights[l - 1] = formulas.update(weights[l - 1], learning_rate, dE_dw)
            if wrong.learn_biases:
                dE_db = formulas.dE_db(dE_dx)
                biases[l - 1] = formulas.update(biases[l - 1], learning_rate, dE_db)
            # The mistake: these weights were updated one line above.
            dE_dy = formulas.hidden_dE_dy(weights[l - 1], dE_dx)
    wrong.weights, wrong.biases = weights, biases
    wrong.forget_pass()     # the pass of the old weights does not describe the new ones
    return wrong


# --- a deep network ----------------------------------------------------------

def deep_network(hidden_activation: str, depth: int = 8, width: int = 8, seed: int = 0,
                 output_activation: str = "sigmoid", weight_scale: float = 1.0) -> Network:
    """``Network([1] + [width] * depth + [1])``: ``depth`` hidden layers with
    ``hidden_activation`` and one output node with ``output_activation`` (a
    sigmoid keeps the output in ``(0, 1)``, like the targets of
    ``datasets.curve``).  The weights are those of ``seed`` times
    ``weight_scale`` (a positive number): 10 starts them 10 times too large.
    Notebook 7.
    """
    depth = check_whole_number("depth", depth, 1)
    width = check_whole_number("width", width, 1)
    weight_scale = check_positive_number("weight_scale", weight_scale)
    net = Network([1] + [width] * depth + [1], [hidden_activation] * depth + [output_activation],
                  seed=seed)
    net.weights = [weight_scale * w for w in net.weights]
    return net
