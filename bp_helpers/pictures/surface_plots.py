"""The error surface as a map: where the gradient points, and the walks down it.

An :class:`~bp_helpers.error_surface.ErrorSurface` is ``E`` over two
parameters, every other one fixed.  These pictures draw it as a map seen
from above: shaded from light (low ``E``, the valley) to dark (high ``E``),
with contour lines equal steps of ``E`` apart (close lines: steep), both
parameters to the same scale (so that the way downhill is at right angles
to the contour lines), and its floor: the
line where the output equals the target (``E = 0``) for one example, the
bottom of the bowl (``minimum``) for several.  On it:

- ``plot_surface``: the current point, the negative gradient (the way
  downhill, drawn to a fixed length), the step ``-alpha * dE/dw`` the update
  rule takes from there (drawn to scale) and, if given, a path of updates;
- ``plot_paths``: several paths on one map (plain gradient descent,
  momentum, Adam; or batch sizes), or shared out over maps side by side,
  and their error curves;
- ``plot_example_gradients``: each example's negative gradient as a thin
  line ending in a dot and their mean, the batch's, as a thick arrow, all
  to one scale.

A path that leaves the map is drawn up to the map's edge, wider than the
others and over them, ending in an arrowhead there, and its legend says at
which update it left; no NaN or inf is ever drawn.  Any other path ends in
its marker, drawn over every path, so that none hides where another stopped.
An arrow shorter than its head is drawn without one (a head would stick out
the wrong way); a step too short to see at the map's scale is ringed instead.
The legends name things in a few words; the numbers are for the notebook to
print.  Each kind of path has
a colour, a line style and a marker of its own, the same in every picture
(``path_style``: plain gradient descent on all the examples by its rate),
and the legend names them all, so that no reader has to tell two paths
apart by colour alone.  Each function returns a ``canvas.CourseFigure``
laid out by ``plot_layout.py``.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from matplotlib.colors import ListedColormap
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch
from numpy.typing import ArrayLike

from ..checks import check_array, check_positive_number
from ..error_surface import ErrorSurface, Path
from ..formatting import format_number, format_rate
from ..language import tr
from ..optimisers import Adam, GradientDescent, Momentum
from . import canvas, colors
from .plot_layout import MARKER_SIZE, course_style, legend_below, log_scale, new_plot, x_ticks_apart

SHADE_LEVELS = 48              # shades of the map (E split at its quantiles: as many points in each)
CONTOUR_LINES = 12             # about this many contour lines, a round step of E apart, ...
CONTOUR_TOP = 0.75             # ... over the lowest 75 % of the map
MARGIN = 0.04                  # the axes reach this part of the map's width past its edges
ARROW_PART = 0.3               # a direction arrow is this part of the map's width long
EXAMPLE_ARROW_PART = 0.45      # the longest example's arrow: long, so that their heads part
SHORT_STEP_PART = 0.05         # a step shorter than this part of the map's width is ringed
MARKERS = 10                   # a path's error curve gets about this many markers ...
MARKER_GAP_PART = 0.035        # ... and its map the same ones, this part of its width apart
HEAD_LENGTH = 0.4              # an arrowhead's length, a part of its mutation scale ("-|>")
# The map's shades: greys from white (the lowest E) to a mid grey, lightness alone, so that
# they read the same to every eye and every path's colour stands out on them.
SHADES = ListedColormap([f"#{v:02X}{v:02X}{v:02X}" for v in np.linspace(255, 170, 256).astype(int)])
CONTOUR_COLOR = "#8C8C8C"      # the contour lines, on every shade
FLOOR_COLOR = colors.BLACK     # the floor: the line E = 0, or the bowl's minimum
DOWNHILL_LAYER, POINT_LAYER, RING_LAYER, ARROW_LAYER, MINIMUM_LAYER, END_LAYER, PATH_LAYER, \
    STEP_LAYER, FLOOR_LAYER = 7, 6, 5.5, 5, 4.5, 4.2, 4, 3.5, 3
# The step (to scale) is a wide, lighter arrow under the path, the way downhill (a direction)
# a thin dashed one over both: the two point the same way, each shows where the other is
# shorter, and the path's first update, the same step, runs visibly inside the wide one.
STEP_WIDTH, DOWNHILL_WIDTH = 5.0, 2.0
STEP_COLOR = colors.REDDISH_PURPLE   # lighter than colors.W; 3:1 on white (WCAG for graphics)
# A path's line; one that left the map is wider: its few long steps stand out over a zigzag.
PATH_WIDTH, LEFT_MAP_WIDTH = 2.0, 3.0
# A path's style, (colour, line style, marker), the same in every picture of the course:
# plain gradient descent on all the examples by its learning rate (the sliders' rates;
# the five of the notebook's rate picture, 0.03 to 1.7, in five colours) ...
RATE_STYLES = {
    0.03: (colors.BLACK, ":", "o"),
    0.1: (colors.BLACK, "-", "h"),
    0.3: (colors.BLUE, "-", "s"),
    0.6: (colors.BLUE, ":", "p"),
    1.0: (colors.DARK_BLUISH_GREEN, "--", "D"),
    1.5: (colors.VERMILLION, "-.", "^"),
    1.7: (colors.REDDISH_PURPLE, ":", "v"),
    2.5: (colors.ORANGE, "-", "<"),
}
# ... any other walk by its kind, whatever its rate (a kind shares a colour only with
# rates it is never drawn beside in the notebook, and differs from them in line and marker) ...
KIND_STYLES = {
    "batch size 1": (colors.VERMILLION, ":", ">"),
    "batch size 3": (colors.DARK_BLUISH_GREEN, "-.", "P"),
    "momentum": (colors.VERMILLION, "--", "X"),
    "Adam": (colors.DARK_BLUISH_GREEN, ":", "d"),
}
# ... and a path of none of these, or a second of the same kind in one picture, the
# first of these that the picture does not use yet.
SPARE_STYLES = [
    (colors.BLACK, "-", "o"),
    (colors.BLUE, "--", "s"),
    (colors.VERMILLION, "-.", "^"),
    (colors.DARK_BLUISH_GREEN, ":", "D"),
    (colors.ORANGE, "-", "v"),
    (colors.SKY_BLUE, "--", "h"),
]
MAX_PATHS = len(SPARE_STYLES)  # paths on one map at most


# --- the map -------------------------------------------------------------------

def draw_map(ax, surface, title=True):
    """The map of ``surface`` on ``ax``: shades, contour lines, its floor
    (``draw_floor``), the axes named after the two parameters, both to the
    same scale, and (if ``title``) a title that says so (``map_title``).

    The shades split ``E`` at its quantiles, as many grid points in each, so
    that the valley floor shows its shape however deep the map's corners go.
    The contour lines are equal steps of ``E`` apart (``contour_lines``), so
    that where they are close together ``E`` is steep.
    """
    levels = np.unique(np.quantile(surface.E, np.linspace(0, 1, SHADE_LEVELS + 1)))
    shaded = ax.contourf(surface.first, surface.second, surface.E, levels=levels, cmap=SHADES)
    lines = contour_lines(surface.E)[1]
    if len(lines):
        ax.contour(surface.first, surface.second, surface.E, levels=lines,
                   colors=CONTOUR_COLOR, linewidths=0.8)
    low, high = surface.bounds
    margin = MARGIN * (high - low)
    ax.set_xlim(low[0] - margin[0], high[0] + margin[0])
    ax.set_ylim(low[1] - margin[1], high[1] + margin[1])
    ax.set_aspect("equal")
    ax.set_xlabel(surface.names[0], color=colors.W)
    ax.set_ylabel(surface.names[1], color=colors.W)
    if title:
        ax.set_title(map_title(surface))
    draw_floor(ax, surface)
    return shaded


def contour_lines(E):
    """``(step, levels)``: contour lines every ``step`` of ``E`` over the lowest
    ``CONTOUR_TOP`` of the map, ``step`` 1, 2 or 5 times a power of ten, the least that
    draws at most ``CONTOUR_LINES`` lines: so the low part of the map, where the paths
    go, has its lines however steep its corners are (there, the shades show ``E``)."""
    low, top = E.min(), np.quantile(E, CONTOUR_TOP)
    rough = max(top - low, np.finfo(float).tiny) / CONTOUR_LINES
    power = 10.0 ** np.floor(np.log10(rough))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= rough)
    return step, np.arange(np.floor(low / step) + 1, np.floor(top / step) + 1) * step


def map_title(surface):
    """``"E over w_46 and b_6 (all else fixed)"`` and how the map is drawn."""
    step, levels = contour_lines(surface.E)
    lines = (tr("a line every {step} of E, up to {top}", step=format_number(step, 1),
                top=format_number(levels[-1], 2))
             if len(levels) else tr("E is the same all over"))
    return (tr("E over {first} and {second} (all else fixed)", first=surface.names[0],
               second=surface.names[1]) + "\n" + tr("{lines}; darker: higher E", lines=lines))


def draw_floor(ax, surface):
    """Where ``E`` is lowest, written on the map.  For one example with one output,
    ``E = (y - t)^2 / 2`` is 0 wherever the output ``y`` equals the target ``t``: that
    line, labelled, if it crosses the map.  Otherwise the bottom of the bowl
    (``surface.minimum()``), marked with a star and labelled "minimum", if the map holds it."""
    label_box = dict(boxstyle="round,pad=0.15", facecolor="white", edgecolor="none", alpha=0.85)
    if surface.y.shape[2:] == (1, 1):
        below = surface.y[:, :, 0, 0] - surface.T[0, 0]         # y - t: 0 on the floor
        if below.min() < 0 < below.max():
            floor = ax.contour(surface.first, surface.second, below, levels=[0.0],
                               colors=FLOOR_COLOR, linewidths=2.5, zorder=FLOOR_LAYER)
            labels = ax.clabel(floor, fmt={0.0: tr("E = 0: output = target")},
                               fontsize=canvas.font_size(), inline=True, inline_spacing=4)
            for label in labels:
                label.set_bbox(label_box)
        return
    bottom = surface.minimum()
    if bottom is not None:
        ax.plot(*bottom, "*", color=FLOOR_COLOR, markeredgecolor="white",
                markersize=MARKER_SIZE + 6, zorder=MINIMUM_LAYER)
        ax.annotate(tr("minimum"), bottom, xytext=(0, -1.1), textcoords="offset fontsize",
                    ha="center", va="top", bbox=label_box, zorder=MINIMUM_LAYER)


class Arrow(FancyArrowPatch):
    """An arrow whose head is left off when the arrow, as drawn, is shorter than
    its head: such a head would stick out past the tail, pointing the wrong way."""

    def draw(self, renderer):
        tail, head = self.get_transform().transform(self._posA_posB)
        head_px = renderer.points_to_pixels(self.get_mutation_scale() * HEAD_LENGTH)
        self.set_arrowstyle("-|>" if np.hypot(*(head - tail)) > head_px else "-")
        super().draw(renderer)


def draw_arrow(ax, tail, head, color, dashed=False, width=2.0, zorder=ARROW_LAYER):
    """An arrow from ``tail`` to ``head`` (data coordinates), clipped to ``ax``, its
    head in proportion to its width, or none if it is too short."""
    arrow = Arrow(tail, head, arrowstyle="-|>", mutation_scale=10 + 3 * width,
                  color=color, linewidth=width, linestyle="--" if dashed else "-",
                  shrinkA=0, shrinkB=0, zorder=zorder)
    ax.add_patch(arrow)
    return arrow


def arrow_key(color, dashed=False, width=2.0, label=""):
    """A legend's handle for an arrow: a line in its style with an arrowhead."""
    return Line2D([], [], color=color, linestyle="--" if dashed else "-", linewidth=width,
                  marker=">", markersize=MARKER_SIZE, label=label)


def draw_point(ax, point, label):
    """The current point: a black dot outlined in white, over everything."""
    return ax.plot(*point, "o", color=colors.BLACK, markeredgecolor="white",
                   markersize=MARKER_SIZE + 2, zorder=POINT_LAYER, label=label)[0]


# --- one point, its gradient and its step --------------------------------------------

@course_style
def plot_surface(surface: ErrorSurface, point: ArrayLike | None = None,
                 learning_rate: float | None = None, path: Path | None = None) -> Figure:
    """The map of ``surface`` with the point ``point`` (the surface's centre if ``None``).

    From the point: the negative gradient ``-(dE/dp1, dE/dp2)``, the way
    downhill, dashed and drawn to a fixed length, over everything else;
    with a ``learning_rate`` ``alpha``, the step of the update rule, drawn to
    scale, solid (or ringed, if too short to see at the map's scale):

        (p1, p2)  <-  (p1, p2) - alpha * (dE/dp1, dE/dp2)

    and, if given, the :class:`~bp_helpers.error_surface.Path` ``path``.
    The legend names each thing in a few words; the numbers are the
    notebook's to print.  Returns the figure.
    """
    surface = check_surface(surface)
    point = surface.centre if point is None else check_array("point", point, (2,))
    figure, ax = new_plot(640, 600)
    draw_map(ax, surface)
    E, gradient = surface.gradient_at(point)
    handles = [draw_point(ax, point, tr("now: E = {E}", E=format_number(E)))]
    handles.append(draw_downhill(ax, surface, point, gradient))
    if learning_rate is not None:
        alpha = check_positive_number("learning_rate", learning_rate)
        handles.append(draw_step(ax, surface, point, alpha * gradient, alpha))
    if path is not None:
        path = check_path(path)
        handles.append(draw_path(ax, surface, path, path_styles([path])[0],
                                 path_key(path, tr("the path: {updates} updates", updates=path.updates))))
    legend_below(ax, handles)
    return figure


def map_width(surface):
    """The map's width, in the units of its first parameter."""
    return surface.first[-1] - surface.first[0]


def draw_downhill(ax, surface, point, gradient):
    """The negative gradient from ``point``, ``ARROW_PART`` of the map long, over the
    paths and the step, so that a path along it does not hide it; its key."""
    label = tr("downhill: −gradient, not to scale")
    length = np.hypot(*gradient)
    if length == 0:
        return arrow_key(colors.DE_DW, dashed=True, width=DOWNHILL_WIDTH,
                         label=tr("flat here: no way down"))
    draw_arrow(ax, point, point - ARROW_PART * map_width(surface) * gradient / length,
               colors.DE_DW, dashed=True, width=DOWNHILL_WIDTH, zorder=DOWNHILL_LAYER)
    return arrow_key(colors.DE_DW, dashed=True, width=DOWNHILL_WIDTH, label=label)


def draw_step(ax, surface, point, step, alpha):
    """The step ``-alpha * gradient`` from ``point``, to scale (``step`` is
    ``alpha * gradient``); its key.  A step shorter than ``SHORT_STEP_PART`` of the
    map's width would hide under the point: a small ring around its end, under the
    point, shows where it goes instead."""
    head = point - step
    label = tr("first step −α·gradient, α = {alpha}", alpha=format_rate(alpha))
    if np.hypot(*step) < SHORT_STEP_PART * map_width(surface):
        ring = dict(marker="o", markersize=MARKER_SIZE + 5, markerfacecolor="none",
                    markeredgecolor=colors.W, markeredgewidth=2.0, linestyle="none")
        ax.plot(*head, zorder=RING_LAYER, **ring)
        return Line2D([], [], label=label + tr(": too short to see, ends in the ring"), **ring)
    label += tr(", to scale")
    if not surface.contains(head):
        head = edge_crossing(surface, point, head)
        label += tr(": it leaves the map")
    draw_arrow(ax, point, head, STEP_COLOR, width=STEP_WIDTH, zorder=STEP_LAYER)
    return arrow_key(STEP_COLOR, width=STEP_WIDTH, label=label)


# --- paths ------------------------------------------------------------------------

def path_style(path):
    """The style of ``path`` in every picture, or ``None`` if it has none of its own:
    plain gradient descent on all the examples by its learning rate (``RATE_STYLES``),
    any other walk by its kind (``KIND_STYLES``: the batch size, momentum, Adam)."""
    optimiser = path.optimiser
    if isinstance(optimiser, GradientDescent):
        if path.batch_size is None:
            return RATE_STYLES.get(optimiser.learning_rate)
        return KIND_STYLES.get(f"batch size {path.batch_size}")
    return KIND_STYLES.get({Momentum: "momentum", Adam: "Adam"}[type(optimiser)])


def path_styles(paths):
    """The styles of ``paths`` in one picture: each its own (``path_style``), but for a
    path without one or whose style an earlier path took, the first spare style unused."""
    styles = []
    for path in paths:
        style = path_style(path)
        if style is None or style in styles:
            style = next(spare for spare in SPARE_STYLES if spare not in styles)
        styles.append(style)
    return styles


def edge_crossing(surface, inside, outside):
    """Where the straight line from ``inside`` to ``outside`` crosses the map's edge."""
    low, high = surface.bounds
    direction = outside - inside
    with np.errstate(divide="ignore", invalid="ignore"):
        room = np.where(direction > 0, (high - inside) / direction,
                        np.where(direction < 0, (low - inside) / direction, np.inf))
    return inside + min(1.0, room.min()) * direction


def marked_updates(path):
    """Every how many updates ``path`` gets a marker on its error curve: about ten
    markers in all, so that the curves of long and short paths read alike."""
    return max(1, len(path.points) // MARKERS)


def map_markers(points, every, gap):
    """The indices of the ``points`` marked on the map: every ``every``-th (the updates
    marked on the error curve), but for one closer than ``gap`` to one marked before,
    so that a crawl or a zigzag on the spot does not pile markers up (its line shows it)."""
    marked = [0]
    for k in range(every, len(points), every):
        if np.hypot(*(points[k] - points[marked]).T).min() >= gap:
            marked.append(k)
    return marked


def draw_path(ax, surface, path, style, label, zorder=PATH_LAYER):
    """``path`` on the map of ``ax`` in ``style`` (colour, line style, marker): a line
    through every point, markers at the updates its error curve marks, none on top of
    another (``map_markers``); a path that left the map runs to its edge and ends there
    in an arrowhead, any other ends in its marker drawn over every path (``END_LAYER``),
    so that no other path hides where it stopped.  Returns its line, labelled ``label``."""
    color, linestyle, marker = style
    points = path.points
    markers = dict(marker=marker, markersize=MARKER_SIZE, markeredgecolor="white",
                   markeredgewidth=0.8)
    width = LEFT_MAP_WIDTH if path.left_map else PATH_WIDTH
    if path.left_map:
        points = points[:-1]
        exit_point = edge_crossing(surface, points[-1], path.points[-1])
        draw_arrow(ax, points[-1], exit_point, color, width=width, zorder=zorder)
        ax.plot(*np.vstack([points, exit_point]).T, color=color, linestyle=linestyle,
                linewidth=width, zorder=zorder)
    else:
        ax.plot(*points[-1], color=color, zorder=END_LAYER, **markers)
    line = ax.plot(*points.T, color=color, linestyle=linestyle, linewidth=width,
                   markevery=map_markers(points, marked_updates(path),
                                         MARKER_GAP_PART * map_width(surface)),
                   zorder=zorder, **markers)[0]
    line.set_label(label)
    return line


@course_style
def plot_paths(surface: ErrorSurface, paths: Sequence[Path],
               labels: Sequence[str] | None = None,
               panels: Sequence[Sequence[int]] | None = None) -> Figure:
    """Several ``paths`` on the map of ``surface``, and their error curves.

    Each path gets its style (``path_styles``: colour, line style and
    marker) in both panels; its key is ``labels[k]`` (or the path's own
    label), and where it stopped if it left the map or diverged.  Where
    paths cross, one that left the map (a few long steps, easily lost in
    another's zigzag) is drawn over those that did not, and otherwise the
    earlier one in ``paths`` on top.  The error
    curve is ``E`` on the whole data set at each point of the path, on a log
    scale from the decade below its lowest value to the decade above its
    highest (so that every decade it reaches is labelled), against the
    updates, or against the examples seen if the paths differ in batch size.

    ``panels``: the paths shared out over several maps side by side, a list
    of lists of indices into ``paths`` (``[[0, 1, 2], [3, 4]]``), so that
    paths that would hide each other get a map each; the error curves of
    all of them are then drawn under the maps.  Returns the figure.
    """
    surface = check_surface(surface)
    paths = check_paths(paths)
    labels = [None] * len(paths) if labels is None else check_labels(labels, len(paths))
    keys = [path_key(path, label) for path, label in zip(paths, labels)]
    styles = path_styles(paths)
    layers = [PATH_LAYER + (len(paths) * path.left_map + len(paths) - k) / 100
              for k, path in enumerate(paths)]
    if panels is None:
        figure, (map_ax, curve_ax) = new_plot(800, 560, 1, 2, width_ratios=[1.4, 1])
        maps = [(map_ax, range(len(paths)))]
        draw_map(map_ax, surface)
    else:
        panels = check_panels(panels, len(paths))
        figure, map_axes, curve_ax = maps_over_curves(len(panels))
        maps = list(zip(map_axes, panels))
        figure.suptitle(map_title(surface))
        for ax, panel in maps:
            draw_map(ax, surface, title=False)
            ax.set_title(", ".join(tr(labels[k] or paths[k].label) for k in panel))
    handles = [None] * len(paths)
    for ax, panel in maps:
        draw_point(ax, paths[0].points[0], tr("start"))
        for k in panel:
            handles[k] = draw_path(ax, surface, paths[k], styles[k], keys[k], layers[k])
    seen = len({tuple(np.diff(path.examples_seen[:2])) for path in paths}) > 1
    for path, (color, linestyle, marker), layer in zip(paths, styles, layers):
        steps = path.examples_seen if seen else np.arange(len(path.points))
        curve_ax.plot(steps, path.errors, color=color, linestyle=linestyle, marker=marker,
                      markevery=marked_updates(path), markersize=MARKER_SIZE, zorder=layer)
    curve_ax.set_xlabel(tr("examples seen" if seen else "updates"))
    curve_ax.set_ylabel(tr("E on all examples"))
    log_scale(curve_ax, "y")
    curve_ax.set_ylim(decade_below(min(path.errors.min() for path in paths)),
                      decade_above(max(path.errors.max() for path in paths)))
    curve_ax.grid(True, alpha=0.3)
    curve_ax.set_title(tr("error curves"))
    figure.legend(handles=handles, loc="outside lower center", frameon=False,
                  ncols=1 if panels is None else min(3, len(paths)))
    return figure


def maps_over_curves(count):
    """A picture 800 x 600 px (``canvas.MAX_WIDTH_PX`` x ``MAX_HEIGHT_PX``, so that it fits
    the notebook panel at 1024 x 768): ``count`` maps side by side, sharing their axes,
    over a panel of error curves as wide as all of them; ``(figure, maps, curves)``."""
    figure = canvas.new_figure(canvas.MAX_WIDTH_PX, canvas.MAX_HEIGHT_PX)
    figure.set_layout_engine("constrained")
    grid = figure.add_gridspec(2, count, height_ratios=[2.2, 1])
    maps = [figure.add_subplot(grid[0, 0])]
    maps += [figure.add_subplot(grid[0, k], sharex=maps[0], sharey=maps[0])
             for k in range(1, count)]
    for ax in maps[1:]:
        ax.tick_params(labelleft=False)
    curves = figure.add_subplot(grid[1, :])
    for ax in maps + [curves]:
        x_ticks_apart(ax)
    return figure, maps, curves


def decade_below(value):
    """The power of ten at or below ``value`` (> 0): where a log axis that holds it starts."""
    return 10.0 ** np.floor(np.log10(value))


def decade_above(value):
    """The power of ten above ``value`` (> 0): where a log axis that holds it ends, labelled."""
    return 10.0 ** (np.floor(np.log10(value)) + 1)


def path_key(path, label):
    """``label`` (the path's own if ``None``), and ``": left the map at update 7"`` or
    how it diverged if it stopped early (how ``E`` fell, its curve shows); in the
    learner's language (a notebook's label is translated here too)."""
    label = tr(path.label if label is None else label)
    return f"{label}: {tr(path.message)}" if path.left_map or path.diverged else label


# --- the examples' gradients and their mean ----------------------------------------

@course_style
def plot_example_gradients(surface: ErrorSurface, point: ArrayLike | None = None) -> Figure:
    """Each example's negative gradient at ``point`` as a thin arrow, and their mean as a thick one.

    The map is ``surface``'s: ``E`` on all its examples, the mean of the
    examples' errors.  Every arrow is ``-scale * gradient``, one ``scale``
    for all (the longest example's arrow is ``EXAMPLE_ARROW_PART`` of the
    map long; the legend gives it), so the thick arrow is the thin ones'
    mean as drawn too: for a batch,

        dE/dw = mean over the examples of each example's own dE/dw

    The thin arrows end in a dot instead of a head, so that ten tips close
    together stay apart.  Returns the figure.
    """
    surface = check_surface(surface)
    point = surface.centre if point is None else check_array("point", point, (2,))
    gradients = surface.example_gradients(point)
    mean = gradients.mean(axis=0)
    figure, ax = new_plot(640, 600)
    draw_map(ax, surface)
    longest = np.hypot(*gradients.T).max()
    scale = 0.0 if longest == 0 else EXAMPLE_ARROW_PART * map_width(surface) / longest
    for tip in point - scale * gradients:
        ax.plot(*np.vstack([point, tip]).T, color=colors.QUIET_TEXT, linewidth=1.2,
                marker="o", markevery=[1], markeredgecolor="white",
                markersize=MARKER_SIZE - 2, zorder=ARROW_LAYER)
    draw_arrow(ax, point, point - scale * mean, colors.DE_DW, width=4.0)
    handles = [draw_point(ax, point, tr("the point")),
               Line2D([], [], color=colors.QUIET_TEXT, linewidth=1.2, marker="o",
                      markeredgecolor="white", markersize=MARKER_SIZE - 2,
                      label=tr("each example's −gradient ({count})", count=len(gradients))),
               arrow_key(colors.DE_DW, width=4.0, label=tr("their mean: the batch's −gradient")),
               Line2D([], [], linestyle="none", label=tr("all drawn to one scale"))]
    legend_below(ax, handles)
    return figure


# --- checks ------------------------------------------------------------------------

def check_surface(surface):
    """``surface`` itself, if it is an ``ErrorSurface``."""
    if not isinstance(surface, ErrorSurface):
        raise TypeError(tr("surface must be an ErrorSurface (error_surface.error_surface), got {type}",
                           type=type(surface).__name__))
    return surface


def check_path(path, name="path"):
    """``path`` itself, if it is a ``Path`` (error_surface.descent_path)."""
    if not isinstance(path, Path):
        raise TypeError(tr("{name} must be a Path (error_surface.descent_path), got {type}",
                           name=name, type=type(path).__name__))
    return path


def check_paths(paths):
    """``paths`` as a list of 1 to ``MAX_PATHS`` paths."""
    if isinstance(paths, Path) or not isinstance(paths, (list, tuple)):
        raise TypeError(tr("paths must be a list of Paths, got {type}", type=type(paths).__name__))
    if not 1 <= len(paths) <= MAX_PATHS:
        raise ValueError(tr("paths must hold 1 to {max_paths} paths, got {n_paths}",
                            max_paths=MAX_PATHS, n_paths=len(paths)))
    return [check_path(path, f"paths[{k}]") for k, path in enumerate(paths)]


def check_panels(panels, count):
    """``panels`` as a list of lists of indices, each of the ``count`` paths in exactly one."""
    if isinstance(panels, str) or not isinstance(panels, (list, tuple)) or not all(
            isinstance(panel, (list, tuple)) and panel for panel in panels):
        raise TypeError(tr("panels must be a list of lists of path indices, got {panels!r}", panels=panels))
    if sorted(k for panel in panels for k in panel) != list(range(count)):
        raise ValueError(tr("panels must hold each index of the {count} paths once, got {panels!r}",
                            count=count, panels=panels))
    return [list(panel) for panel in panels]


def check_labels(labels, count):
    """``labels`` as ``count`` strings, one per path."""
    if isinstance(labels, str) or not isinstance(labels, (list, tuple)) \
            or not all(isinstance(label, str) for label in labels):
        raise TypeError(tr("labels must be a list of {count} texts, got {labels!r}",
                           count=count, labels=labels))
    if len(labels) != count:
        raise ValueError(tr("labels must hold one text per path ({count}), got {n_labels}",
                            count=count, n_labels=len(labels)))
    return list(labels)
