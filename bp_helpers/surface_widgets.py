"""The widgets of the error surface: tune two weights by hand, then watch the update rule walk.

``HandTuner``: two sliders move two parameters of a network (``w_46`` and
``b_6`` of the demo, say); the diagram, the output and ``E`` follow at once,
and the tuner remembers the lowest ``E`` the learner found.
``LearningRatePaths``: the map of ``E`` over the two parameters
(``error_surface.py``) with the point, the way downhill, the step
``-alpha * dE/dw`` and the path of the updates for the rate on a slider.
``BatchSizePaths``: the same start and the same number of examples seen,
with batches of 1, a few or all the examples.
``OptimiserPaths``: plain gradient descent, momentum and Adam from the same
start with the same ``alpha`` (``beta`` for momentum), paths and error curves.

A slider move is answered quickly because nothing is computed or laid out
again but what moves: every path is walked when the widget is made, the
map (its shades, contour lines, axes and title) is drawn once as a picture
(``SurfaceView``), and a move draws only the path, the arrows, the error
curves and the legend, as SVG, over that picture.  Built from standard
ipywidgets controls and one ``Image`` each (no custom JavaScript), like
``widgets.py``; each control carries a CSS class (``bp-surface-rate``, ...)
for the browser tests.
"""

import base64
import html

import ipywidgets as widgets
import numpy as np

from .checks import check_learning_rate, check_whole_number
from .error_surface import (
    ErrorSurface,
    check_parameters,
    check_start,
    descent_path,
    network_at,
    parameter_name,
    value_of,
)
from .formatting import format_number, format_rate
from .language import tr
from .network import check_network
from .optimisers import Adam, GradientDescent, Momentum, format_beta
from .pictures import canvas
from .pictures.diagram import NetworkDiagram
from .pictures.plot_layout import course_style, course_tick_labels, legend_below, log_scale
from .pictures.surface_plots import (
    MAX_PATHS,
    decade_below,
    draw_downhill,
    draw_map,
    draw_path,
    draw_point,
    draw_step,
    marked_updates,
    path_styles,
)
from .training import check_data

# The pictures fit JupyterLab at 1024 x 768 (an output column 844 px wide, a
# notebook panel 647 px tall) under one or two rows of controls.
# Margins in text heights (``canvas.text_px``: 14 px, 20 in presentation mode):
LEFT, TOP = 5.0, 3.7               # room for the y tick labels; for the two-line title
BELOW = 12.5                       # under the map: its tick labels, its x label and a 5-line legend
CURVE_LEFT = 5.7                   # between the map and the error curves: their tick labels
RIGHT = 1.5                        # right of the error curves: half their last tick label
MAP_PX = 330                       # the map's side in CSS pixels, or less where the width is short
CURVE_SHARE = 0.9                  # the error curves' panel is this part of the map's width
# The notebook panel (647 px) less the row of controls above the picture (32 px for a
# slider, 60 px for the batch switch's buttons, as JupyterLab lays them out) and a margin:
PICTURE_HEIGHT_PX = 570
EPOCHS = 30                        # each path sees every example this many times
RATES = (0.03, 0.1, 0.3, 0.6, 1.0, 1.5, 1.7, 2.5)   # the learning rates of the sliders
MOMENTA = (0.0, 0.5, 0.8, 0.9, 0.95)                # the momentum (beta) slider's stops
SLIDER_STEP = 0.05                 # the hand tuner's sliders move by this much


# --- the picture: the map drawn once, what moves drawn over it ---------------------

class SurfaceView:
    """The map of ``surface`` drawn once, and over it the artists that change.

    Two figures of the same size: ``background`` holds the map (shades,
    contour lines, axes, title) and, given ``curves``, a panel of error
    curves to its right, its axes fixed once (``curves``: ``(x_label,
    x_max, E_low, E_high)``, a log scale for ``E``); its PNG is made once.
    ``overlay`` holds transparent copies of those axes (same place, same
    limits, no frame) for the paths, arrows, curves and legend.
    ``show(draw)`` clears the overlay, calls ``draw(map_ax, curve_ax)``
    (which returns the legend's handles) and returns the SVG of the overlay
    with the background's PNG inside it, behind everything.
    """

    @course_style
    def __init__(self, surface, curves=None):
        text = canvas.text_px()
        left, top, below, gap, right = (round(share * text) for share in
                                        (LEFT, TOP, BELOW, CURVE_LEFT, RIGHT))
        side = min(MAP_PX, (canvas.MAX_WIDTH_PX - left - gap - right) / (1 + CURVE_SHARE),
                   PICTURE_HEIGHT_PX - top - below)
        width = round(left + side + (gap + CURVE_SHARE * side + right if curves else 3 * text))
        height = round(top + side + below)
        self.size = (width, height)
        self.background = canvas.new_figure(width, height)
        self.overlay = canvas.new_figure(width, height)
        self.overlay.patch.set_alpha(0.0)
        box = [left / width, below / height, side / width, side / height]
        ax = self.background.add_axes(box)
        course_tick_labels(ax)
        draw_map(ax, surface)
        ax.apply_aspect()               # the square the map takes, once and for all
        self.map_ax = self.overlay_of(ax)
        self.curve_ax = None
        if curves:
            ax = self.background.add_axes([(left + side + gap) / width, box[1],
                                           CURVE_SHARE * side / width, box[3]])
            course_tick_labels(ax)
            frame_curves(ax, *curves)
            self.curve_ax = self.overlay_of(ax)
        self.picture = base64.b64encode(canvas.png(self.background)).decode()

    def overlay_of(self, ax):
        """An invisible copy of ``ax`` on the overlay: its place, its scales, its limits."""
        copy = self.overlay.add_axes(ax.get_position())
        copy.set(xscale=ax.get_xscale(), yscale=ax.get_yscale(),
                 xlim=ax.get_xlim(), ylim=ax.get_ylim())
        copy.set_axis_off()
        return copy

    @course_style
    def show(self, draw):
        """The SVG text of the map with what ``draw(map_ax, curve_ax)`` draws over it."""
        for ax in (self.map_ax, self.curve_ax):
            if ax is not None:
                for artist in ax.lines + ax.patches:
                    artist.remove()
                if ax.get_legend():
                    ax.get_legend().remove()
        handles = draw(self.map_ax, self.curve_ax)
        legend_below(self.map_ax, handles)
        return self.with_map(canvas.svg(self.overlay))

    def with_map(self, svg):
        """``svg`` (the overlay's) with the background's PNG put in behind everything."""
        width, height = (72 * px / canvas.PX_PER_INCH for px in self.size)   # SVG units: points
        picture = (f'<image x="0" y="0" width="{width:g}" height="{height:g}" '
                   f'preserveAspectRatio="none" href="data:image/png;base64,{self.picture}"/>')
        start = svg.index(">", svg.index("<svg")) + 1
        return svg[:start] + picture + svg[start:]


def frame_curves(ax, x_label, x_max, E_low, E_high):
    """The fixed axes of the error curves: ``x_label`` from 0 to ``x_max``, ``E`` on a log
    scale from the decade below ``E_low`` (so that every decade reached is labelled) to
    ``E_high`` (with a margin)."""
    log_scale(ax, "y")
    ax.set_xlim(0, x_max * 1.04)
    ax.set_ylim(decade_below(E_low), E_high * 1.5)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.grid(True, alpha=0.3)
    ax.set_xlabel(tr(x_label))
    ax.set_ylabel(tr("E on all examples"))
    ax.set_title(tr("error curves"))


def curve_frame(paths, against_examples):
    """``frame_curves``'s settings that hold every one of ``paths``."""
    errors = np.concatenate([path.errors for path in paths])
    if against_examples:
        return "examples seen", max(path.examples_seen[-1] for path in paths), \
            errors.min(), errors.max()
    return "updates", max(path.updates for path in paths), errors.min(), errors.max()


def draw_curves(ax, paths, styles, against_examples):
    """The error curves of ``paths`` on ``ax``: ``E`` on all examples against the updates
    or the examples seen."""
    for path, (color, linestyle, marker) in zip(paths, styles):
        steps = path.examples_seen if against_examples else np.arange(len(path.points))
        ax.plot(steps, path.errors, color=color, linestyle=linestyle, marker=marker,
                markevery=marked_updates(path), markersize=7, clip_on=False)


# --- 1. by hand --------------------------------------------------------------------

class HandTuner(widgets.VBox):
    """Move two parameters of ``net`` by hand; the diagram, the output and ``E`` follow.

    ``HandTuner(net, X, T, parameters=("w_46", "b_6"))``: a slider for each
    of the two (from its value minus ``span`` to plus ``span``), the
    network's diagram with every ``x``, ``y``, ``w`` and ``b`` for the first
    example, and a line with ``E`` on all of ``(X, T)`` now and the lowest
    ``E`` found so far (``best``, at ``best_point``).  ``net`` is not changed.
    ``move(p1, p2)`` moves the sliders from Python.
    """

    def __init__(self, net, X, T, parameters=("w_46", "b_6"), span=2.0):
        self.net = check_network(net).copy()
        self.X, self.T = check_data(self.net, X, T)
        self.parameters = check_parameters(self.net, parameters)
        self.names = tuple(parameter_name(self.net.sizes, p) for p in self.parameters)
        self.start = np.array([value_of(self.net, p) for p in self.parameters])
        self.diagram = NetworkDiagram(self.net.sizes, show=("x", "y", "w", "b"), highlights=False,
                                      max_height_px=420)
        self.sliders = [widgets.FloatSlider(value, min=round(value - span, 2),
                                            max=round(value + span, 2), step=SLIDER_STEP,
                                            description=name, readout_format=".2f",
                                            continuous_update=True,
                                            style={"description_width": "initial"},
                                            layout=widgets.Layout(width="300px"))
                        for value, name in zip(self.start, self.names)]
        for slider in self.sliders:
            slider.add_class("bp-hand-slider")
            slider.observe(lambda _: self._moving or self.show(), "value")
        self.reading = widgets.HTML()
        self.reading.add_class("bp-hand-reading")
        self.diagram_image = widgets.Image(format="svg+xml")
        self.diagram_image.add_class("bp-diagram")
        self.best, self.best_point = np.inf, self.start
        self._moving = False
        super().__init__([widgets.HBox(self.sliders), self.reading, self.diagram_image])
        self.add_class("bp-hand-tuner")
        self.show()

    @property
    def point(self):
        """The two parameters as the sliders have them."""
        return np.array([slider.value for slider in self.sliders])

    def move(self, first, second):
        """Move the two sliders to ``first`` and ``second`` (clipped to their ranges)."""
        self._moving = True             # one redraw below, not one per slider
        try:
            self.sliders[0].value, self.sliders[1].value = first, second
        finally:
            self._moving = False
        return self.show()

    def show(self):
        """Redraw the diagram and ``E`` for the sliders' values."""
        moved = network_at(self.net, self.parameters, self.point)
        E = moved.error(self.X, self.T)
        if E < self.best:
            self.best, self.best_point = E, self.point
        moved.forward(self.X[0])
        moved.backward(self.T[0])
        with canvas.DRAWING:
            self.diagram.update(moved, y_target=self.T[0])
            canvas.show_in(self.diagram_image, self.diagram.figure, self.diagram.to_svg().encode())
        names = ", ".join(f"{n} = {format_number(v)}" for n, v in zip(self.names, self.point))
        self.reading.value = tr("{names}: <b>E = {E}</b> (at the start {start}; your lowest so "
                                "far {best})", names=html.escape(names), E=format_number(E),
                                start=format_number(self.net.error(self.X, self.T)),
                                best=format_number(self.best))
        return E


# --- 2 to 4. paths on the map ----------------------------------------------------------

class _PathsOnMap(widgets.VBox):
    """A row of ``controls`` over the map of ``surface`` with paths from ``start`` (the
    map's centre if ``None``) and their error curves.

    Every setting the controls can take (``_every_setting``) is walked once,
    when the widget is made (``_walk``), so that the error curves share one
    frame and a move only draws (``_draw``).
    """

    against_examples = False

    def __init__(self, surface, start, controls, css_class):
        if not isinstance(surface, ErrorSurface):
            raise TypeError(tr("surface must be an ErrorSurface (error_surface.error_surface), got {type}",
                               type=type(surface).__name__))
        self.surface = surface
        self.start = surface.centre if start is None else check_start(surface, start)
        self.walked = {settings: self._walk(*settings) for settings in self._every_setting()}
        every = [path for paths in self.walked.values() for path in paths]
        self.view = SurfaceView(surface, curves=curve_frame(every, self.against_examples))
        self.image = widgets.Image(format="svg+xml")
        self.image.add_class("bp-surface")
        for control in controls:
            control.observe(lambda _: self.redraw(), "value")
        super().__init__([widgets.HBox(controls, layout=widgets.Layout(
            flex_flow="row wrap", align_items="center")), self.image])
        self.add_class(css_class)
        self.redraw()

    def paths(self):
        """The paths of the controls' settings."""
        return self.walked[self._settings()]

    def redraw(self):
        """Draw the paths of the controls' settings over the map; return them."""
        paths = self.paths()
        svg = self.view.show(lambda map_ax, curve_ax: self._draw(map_ax, curve_ax, paths))
        width, height = self.view.size
        self.image.value = svg.encode()
        self.image.width, self.image.height = str(width), str(height)
        return paths

    def _walk_with(self, optimiser):
        return descent_path(self.surface, optimiser, self.epochs, start=self.start)


def _rate_slider(learning_rate, rates, css_class):
    """A slider over ``rates`` (and ``learning_rate``), starting at ``learning_rate``."""
    learning_rate = check_learning_rate("learning_rate", learning_rate)
    rates = sorted(set(rates) | {learning_rate})
    slider = widgets.SelectionSlider(options=[(format_rate(rate), rate) for rate in rates],
                                     value=learning_rate, description=tr("learning rate α"),
                                     style={"description_width": "initial"},
                                     layout=widgets.Layout(width="330px"))
    slider.add_class(css_class)
    return slider


class LearningRatePaths(_PathsOnMap):
    """The map of ``surface`` with the update rule's path for the rate on a slider.

    From ``start`` (the map's centre if ``None``): the way downhill (the
    negative gradient, to a fixed length), the first step ``-alpha *
    (dE/dp1, dE/dp2)`` to scale, and the path of plain gradient descent on
    all the examples for ``epochs`` updates, with its error curve beside
    the map.  A path that leaves the map ends in an arrow at its edge, and
    the legend says at which update.  ``rates``: the slider's stops.
    """

    def __init__(self, surface, start=None, learning_rate=0.6, epochs=EPOCHS, rates=RATES):
        self.epochs = check_whole_number("epochs", epochs, 1)
        self.rate_slider = _rate_slider(learning_rate, rates, "bp-surface-rate")
        super().__init__(surface, start, [self.rate_slider], "bp-rate-paths")

    def _settings(self):
        return (self.rate_slider.value,)

    def _every_setting(self):
        return [(rate,) for _, rate in self.rate_slider.options]

    def _walk(self, alpha):
        return [self._walk_with(GradientDescent(alpha))]

    def _draw(self, map_ax, curve_ax, paths):
        alpha, (path,) = self.rate_slider.value, paths
        E, gradient = self.surface.gradient_at(self.start)
        styles = path_styles(paths)
        handles = [draw_point(map_ax, self.start, f"start: E = {format_number(E)}"),
                   draw_downhill(map_ax, self.surface, self.start, gradient),
                   draw_step(map_ax, self.surface, self.start, alpha * gradient, alpha),
                   draw_path(map_ax, self.surface, path, styles[0], f"the path: {path.message}")]
        draw_curves(curve_ax, paths, styles, against_examples=False)
        return handles


class BatchSizePaths(_PathsOnMap):
    """Gradient descent on batches of 1, a few or all the examples, one switch apart.

    Every path starts at ``start`` with the same ``learning_rate`` and sees
    every example ``epochs`` times (so a batch of 1 makes ``N`` times more
    updates than the whole data set); the error curve (``E`` on all the
    examples) is drawn against the examples seen, on the same axes for
    every batch size, so that their noise can be compared.
    """

    def __init__(self, surface, start=None, learning_rate=0.3, epochs=EPOCHS,
                 batch_sizes=(1, 3, None), seed=0):
        self.learning_rate = check_learning_rate("learning_rate", learning_rate)
        self.epochs = check_whole_number("epochs", epochs, 1)
        self.seed = check_whole_number("seed", seed, 0)
        self.batch_sizes = check_batch_sizes(batch_sizes)
        self.switch = widgets.ToggleButtons(
            options=[(tr("all") if size is None else str(size), size) for size in self.batch_sizes],
            value=self.batch_sizes[0], description=tr("batch size"),
            style={"description_width": "initial", "button_width": "70px"})
        self.switch.add_class("bp-batch-size")
        super().__init__(surface, start, [self.switch], "bp-batch-paths")

    against_examples = True

    def _settings(self):
        return (self.switch.value,)

    def _every_setting(self):
        return [(size,) for size in self.batch_sizes]

    def _walk(self, batch_size):
        return [descent_path(self.surface, GradientDescent(self.learning_rate), self.epochs,
                             batch_size=batch_size, seed=self.seed, start=self.start)]

    def _draw(self, map_ax, curve_ax, paths):
        (path,) = paths
        every = [self.walked[size, ][0] for size in self.batch_sizes]   # one style each, kept
        style = path_styles(every)[self.batch_sizes.index(self.switch.value)]
        batch = path.label.rsplit(", ", 1)[-1]       # "batch size 3", "all examples"
        handles = [draw_point(map_ax, self.start, "start"),
                   draw_path(map_ax, self.surface, path, style, f"{batch}: {path.message}")]
        draw_curves(curve_ax, paths, [style], against_examples=True)
        return handles


class OptimiserPaths(_PathsOnMap):
    """Plain gradient descent, momentum and Adam from the same start, side by side.

    The same ``alpha`` (the learning-rate slider) for the three, ``beta``
    (the momentum slider) for momentum; Adam keeps its usual betas (0.9,
    0.999).  Their paths on the map, and their error curves beside it.
    """

    def __init__(self, surface, start=None, learning_rate=0.1, momentum=0.9, epochs=EPOCHS,
                 rates=RATES, momenta=MOMENTA):
        self.epochs = check_whole_number("epochs", epochs, 1)
        self.rate_slider = _rate_slider(learning_rate, rates, "bp-surface-rate")
        momenta = sorted(set(momenta) | {momentum})
        self.momentum_slider = widgets.SelectionSlider(
            options=[(format_beta(beta), beta) for beta in momenta], value=momentum,
            description=tr("momentum β"), style={"description_width": "initial"},
            layout=widgets.Layout(width="280px"))
        self.momentum_slider.add_class("bp-surface-momentum")
        super().__init__(surface, start, [self.rate_slider, self.momentum_slider],
                         "bp-optimiser-paths")

    def _settings(self):
        return (self.rate_slider.value, self.momentum_slider.value)

    def _every_setting(self):
        return [(rate, beta) for _, rate in self.rate_slider.options
                for _, beta in self.momentum_slider.options]

    def _walk(self, alpha, beta):
        return [self._walk_with(optimiser) for optimiser in
                (GradientDescent(alpha), Momentum(alpha, beta), Adam(alpha))]

    def _draw(self, map_ax, curve_ax, paths):
        names = ["gradient descent", f"momentum (β = {format_beta(self.momentum_slider.value)})", "Adam"]
        handles = [draw_point(map_ax, self.start, f"start; α = {self.rate_slider.label} for all three")]
        styles = path_styles(paths)
        handles += [draw_path(map_ax, self.surface, path, style, f"{name}: {path.message}")
                    for path, style, name in zip(paths, styles, names)]
        draw_curves(curve_ax, paths, styles, against_examples=False)
        return handles


def check_batch_sizes(batch_sizes):
    """``batch_sizes`` as a tuple of 1 to ``MAX_PATHS`` different sizes, each a
    whole number of at least 1 or ``None`` (all the examples)."""
    if isinstance(batch_sizes, str) or not isinstance(batch_sizes, (tuple, list)) \
            or not 1 <= len(batch_sizes) <= MAX_PATHS \
            or len(set(batch_sizes)) != len(batch_sizes):
        raise ValueError(tr("batch_sizes must be 1 to {max_paths} different batch sizes, such as (1, 3, "
                            "None), got {batch_sizes!r}", max_paths=MAX_PATHS, batch_sizes=batch_sizes))
    return tuple(None if size is None else check_whole_number("batch_sizes", size, 1)
                 for size in batch_sizes)
