"""The notebooks' pictures, and the way every plot of the course is laid out.

Every plot is a ``pictures.CourseFigure`` (a notebook shows it as the
cell's value, crisp and at most a notebook column wide) whose text is at
the course's size: ``new_plot`` makes its axes, and every function that
draws runs under ``pictures.plot_style()`` (``@course_style``).  Tick
labels keep a few text widths apart (``x_ticks_apart``), and a legend of
several lines goes under its axes (``legend_below``), where it covers no
data, in as many columns as the figure's width holds.

The pictures: ``plot_activation`` shows an activation function ``f`` with
its derivative ``f'`` (lesson, section 2; notebooks 1 and 5, through
``experiments.plot_activations``), and ``plot_error_against_weight`` shows
``E`` as one weight moves, with the tangent whose slope is ``dE/dw`` and
the move the update rule gives that weight, drawn to scale (sections 3 and
5; notebook 2).  The widgets' figures are in ``figures.py``.
"""

import functools
import math
import numbers
import re

import matplotlib
import numpy as np
from matplotlib.font_manager import FontProperties
from matplotlib.lines import Line2D
from matplotlib.ticker import FuncFormatter, LogLocator, MaxNLocator, NullLocator

from . import colors, formulas, pictures
from .activations import get_activation
from .checks import check_array, check_example, check_positive_number, check_whole_number
from .formatting import format_number, format_rate
from .names import edge_label
from .network import check_network
from .steps import is_part

LEGEND_GAP = 3.2               # text heights between an axes and a legend under it (ticks, label)
LEGEND_PAD = 0.2               # text heights between a legend (its own border pad, 0.4, besides) and the edge
WRAPPED_LINES = 3              # a legend's label is wrapped onto at most this many lines
TICK_ROOM = 3.5                # text heights of an x axis per tick label ("-0.75" takes about 3)
LOG_TICK_ROOM_Y = 2.0          # text heights of a log y axis per tick label (one line of text)
ACTIVATION_POINTS = 241        # points of the curves f(x) and f'(x)
WEIGHT_POINTS = 201            # points of the curve E(w)
TANGENT_PART = 1 / 3           # the tangent runs this part of ``span`` either side
VISIBLE_PART = 0.15            # a step shorter than this part of the plot's width is zoomed on
MARK_SIZE = 9                  # the dot and the diamond, in points (12 px)
TANGENT_LAYER, MARK_LAYER = 3, 5    # z-order: curve (2), tangent, arrow (4), dot and diamond
ROOM_ABOVE = 1.1               # with a zoom, the plot's height grows by this part, for the inset
INSET_LEFT = (0.03, 0.5, 0.46, 0.3)     # where the zoom goes (axes fractions), for a step
INSET_RIGHT = (0.51, 0.5, 0.46, 0.3)    # down and for a step up
# The activations' names as the lesson writes them (the code's names are lower case).
DISPLAY_NAMES = {"sigmoid": "sigmoid", "tanh": "tanh", "relu": "ReLU", "linear": "linear"}
MAX_HEIGHT_PX = 600           # the tallest default picture: JupyterLab at 1024 x 768 shows 647 px
MIN_PANEL = 24                 # text heights: side-by-side panels narrower than this are stacked
MARKER_PX = 11                 # the least size of a marker (a dot of data), in CSS pixels ...
MARKER_SIZE = MARKER_PX * 72 / pictures.PX_PER_INCH     # ... in points, as matplotlib takes it
MARKER_EDGE = 1.0              # the dark outline of a marker, in points


# --- the layout of every plot ------------------------------------------------------

def course_style(draw):
    """``draw``, run under ``pictures.plot_style()``: every text it makes has the course's
    size (holding ``pictures.DRAWING``, as every drawing does)."""
    @functools.wraps(draw)
    def styled(*args, **kwargs):
        with pictures.DRAWING, matplotlib.rc_context(pictures.plot_style()):
            return draw(*args, **kwargs)
    return styled


@course_style
def new_plot(width_px, height_px, rows=1, columns=1, **options):
    """A picture of ``rows`` x ``columns`` axes, ``width_px`` x ``height_px`` CSS pixels.

    Returns ``(figure, axes)`` as ``plt.subplots`` does: ``axes`` is one
    Axes, or an array of them (``options`` go to ``Figure.subplots``, e.g.
    ``sharey=True``).  The figure is a ``pictures.CourseFigure`` at most
    ``pictures.MAX_WIDTH_PX`` wide; matplotlib's constrained layout places
    the axes so that every label and legend fits in it.

    One row of panels each narrower than ``MIN_PANEL`` text heights (two
    side by side in presentation mode, where the text is bigger) becomes
    one column, each panel as tall as asked, so that titles and legends
    keep the room to be read; ``axes`` then holds the same number of axes,
    in the same order (left to right becomes top to bottom).
    """
    rows = check_whole_number("rows", rows, 1)
    columns = check_whole_number("columns", columns, 1)
    if rows == 1 and columns > 1 and width_px / columns < MIN_PANEL * pictures.text_px():
        rows, columns, height_px = columns, 1, height_px * columns
        squeeze = options.get("squeeze", True)
        options = {key: value for key, value in options.items() if key != "width_ratios"}
        figure, axes = new_plot(width_px, height_px, rows, 1, **options)
        return figure, (axes if squeeze else axes.reshape(1, rows))
    figure = pictures.new_figure(width_px, height_px)
    figure.set_layout_engine("constrained")
    axes = figure.subplots(rows, columns, **options)
    for ax in np.ravel(axes):
        x_ticks_apart(ax)
    return figure, axes


def axes_or_new(ax, width_px, height_px):
    """``ax``, or the one Axes of a new plot of ``width_px`` x ``height_px`` (``new_plot``)."""
    return new_plot(width_px, height_px)[1] if ax is None else ax


def x_ticks_apart(ax, integer=False):
    """At most one tick per ``TICK_ROOM`` text heights along the x axis of ``ax``, at
    1, 2 or 5 times a power of ten (whole numbers if ``integer``), so that labels never touch."""
    width_px = ax.get_position().width * ax.figure.get_figwidth() * pictures.PX_PER_INCH
    labels = max(2, int(width_px / (TICK_ROOM * pictures.text_px())))
    ax.xaxis.set_major_locator(MaxNLocator(nbins=labels, steps=[1, 2, 5, 10], integer=integer))


def log_scale(ax, which):
    """Put the ``which`` axis ("x" or "y") of ``ax`` on a log scale, every tick labelled
    the same way (``log_tick``: 1e-4, 2e-3, 1e0, 1e2), never as a power whose exponent is
    smaller than the text, and the labels apart (``LogTicksApart``).  No minor ticks:
    eight a decade take a widget more time to redraw than the rest of the plot."""
    getattr(ax, f"set_{which}scale")("log")
    axis = getattr(ax, f"{which}axis")
    axis.set_major_locator(LogTicksApart(TICK_ROOM if which == "x" else LOG_TICK_ROOM_Y))
    axis.set_major_formatter(FuncFormatter(lambda value, _: log_tick(value)))
    axis.set_minor_locator(NullLocator())


class LogTicksApart(LogLocator):
    """Powers of ten on a log axis, at most one per ``room`` text heights of its length
    (measured at each drawing: a figure's axes may have been resized), skipping decades
    where the axis is short, so that no two labels touch."""

    def __init__(self, room):
        super().__init__(base=10.0)
        self.room_px = room * pictures.text_px()

    def tick_values(self, vmin, vmax):
        if self.axis is not None:
            box = self.axis.axes.bbox
            length = box.width if self.axis.axis_name == "x" else box.height
            css_px = length * pictures.PX_PER_INCH / self.axis.axes.figure.dpi
            self.set_params(numticks=max(2, int(css_px / self.room_px)))
        return super().tick_values(vmin, vmax)


def log_tick(value):
    """The label of a tick on a log axis, in one format for every value: ``1e-4``,
    ``2e-3``, ``1e0``, ``5e1``: a mantissa and the power of ten, at full text size."""
    exponent = math.floor(math.log10(value) + 1e-9)
    return f"{value / 10.0 ** exponent:.2g}e{exponent}"


def legend_below(ax, handles=None, columns=1, **options):
    """A legend of ``handles`` (all labelled lines if ``None``) under ``ax``, below its x
    label, in ``columns`` columns or fewer (``legend_that_fits``; ``options`` go to
    ``ax.legend``, e.g. ``labels``)."""
    return legend_that_fits(ax, columns, handles=handles, loc="upper center",
                            bbox_to_anchor=(0.5, 0.0), borderaxespad=LEGEND_GAP, **options)


@course_style
def legend_that_fits(ax, columns, **options):
    """A frameless legend of ``ax`` (``options`` go to ``ax.legend``) within the room of
    ``ax`` (``_width_for``), as short as it can be: in ``columns`` columns or fewer, its
    labels wrapped at spaces where they do not fit (``_wrapped``), never in smaller text.

    An axes placed on its own (not in a grid) has the figure's whole width: its
    legend is centred under it, or moved aside just enough to stay inside.
    """
    renderer = ax.figure.canvas.get_renderer()
    room = _width_for(ax)
    handles, labels = options.pop("handles", None), options.pop("labels", None)
    if handles is None:
        handles = ax.get_legend_handles_labels()[0]
    labels = [handle.get_label() for handle in handles] if labels is None else list(labels)
    options["handlelength"] = handle_length(handles, options.get("handlelength"),
                                            options.get("fontsize"))

    def legend(count, texts):
        drawn = ax.legend(handles, texts, ncol=count, frameon=False, **options)
        return drawn, drawn.get_window_extent(renderer)

    layouts = []         # (height, wrapped, count, texts) of each layout within the room
    for count in range(min(columns, max(len(labels), 1)), 0, -1):
        drawn, extent = legend(count, labels)
        if extent.width <= room:
            layouts.append((extent.height, False, count, labels))
            break        # fewer columns of the same labels can only be taller
        texts = _wrapped_to_fit(drawn, labels, count, room, renderer)
        if texts is not None:
            drawn, extent = legend(count, texts)
            if extent.width <= room:
                layouts.append((extent.height, True, count, texts))
    if not layouts:      # not even one column fits: the narrowest, one column, wrapped
        texts = _wrapped_to_fit(drawn, labels, 1, room, renderer) or labels
        return _inside(ax, legend(1, texts)[0], renderer)
    _, _, count, texts = min(layouts, key=lambda layout: (round(layout[0]), layout[1]))
    return _inside(ax, legend(count, texts)[0], renderer)


def handle_length(handles, least=None, fontsize=None):
    """The handle length (in font sizes, as ``ax.legend`` takes it) at which every line of
    ``handles`` shows its own style: ``least`` (matplotlib's 2 if ``None``), or longer, so
    that a dashed line's handle holds a whole period of its dashes and the next dash
    ("— · —"), at the line's width (matplotlib scales a pattern with the width: a thick
    dash-dot line's first dash alone is longer than the usual handle, which then lies)."""
    least = matplotlib.rcParams["legend.handlelength"] if least is None else least
    points = FontProperties(size=fontsize or matplotlib.rcParams["legend.fontsize"])
    needed = max([_dashes_shown(line) for line in _lines_of(handles)] + [0.0])
    return max(least, math.ceil(10 * needed / points.get_size_in_points()) / 10)


def _lines_of(handles):
    """The lines among ``handles`` (a tuple handle, e.g. a swatch and a mark, opened)."""
    for handle in handles:
        if isinstance(handle, tuple):
            yield from _lines_of(handle)
        elif isinstance(handle, Line2D):
            yield handle


def _dashes_shown(line):
    """The length in points that shows ``line``'s dash pattern: a period and the first
    dash again (0 for a solid line, or none drawn)."""
    offset, dashes = line._dash_pattern         # in points, scaled with the line's width
    if not dashes or line.get_linestyle() in ("None", "", " ", "none"):
        return 0.0
    return sum(dashes) + dashes[0]


def _wrapped_to_fit(legend, labels, count, room, renderer):
    """``labels`` wrapped (``_wrapped``) so that ``legend`` (drawn with them, in ``count``
    columns) would fit in ``room`` pixels; ``None`` if a label would take more than
    ``WRAPPED_LINES`` lines, or a single word is too wide."""
    texts = legend.get_texts()
    if not texts:
        return None
    extents = [text.get_window_extent(renderer) for text in texts]
    widest = {}                 # the widest text of each column, by its left edge
    for extent in extents:
        column = round(extent.x0)
        widest[column] = max(widest.get(column, 0.0), extent.width)
    frame = legend.get_window_extent(renderer).width - sum(widest.values())
    width = (room - frame) / count - 1          # each column's text, in pixels
    font = texts[0].get_fontproperties()

    def measure(line):
        return renderer.get_text_width_height_descent(line, font, ismath=False)[0]

    wrapped = [_wrapped(label, width, measure) for label in labels]
    if any(text is None or text.count("\n") >= WRAPPED_LINES for text in wrapped):
        return None
    return wrapped


def _wrapped(label, width, measure):
    """``label`` in lines at most ``width`` wide (``measure(line)`` gives a line's width),
    broken at spaces: before its "(" if that takes no more lines, "α = 10 (diverged at
    update 12)" as "α = 10" over "(diverged at update 12)"; ``None`` if a word is wider."""
    def greedy(text):
        words = text.split(" ")
        lines = [words[0]]
        for word in words[1:]:
            if measure(lines[-1] + " " + word) <= width:
                lines[-1] += " " + word
            else:
                lines.append(word)
        return None if any(measure(line) > width for line in lines) else lines

    plain = greedy(label)
    head, bracket, tail = label.partition(" (")
    if bracket:
        first, rest = greedy(head), greedy("(" + tail)
        if first and rest and (plain is None or len(first) + len(rest) <= len(plain)):
            return "\n".join(first + rest)
    return None if plain is None else "\n".join(plain)


def _inside(ax, legend, renderer):
    """``legend`` of an axes placed on its own moved aside, if need be, so that it lies
    ``LEGEND_PAD`` text heights or more inside the figure's left and right edges."""
    if ax.get_subplotspec() is not None:
        return legend
    frame, extent = ax.figure.bbox, legend.get_window_extent(renderer)
    pad = _pad_px(ax.figure)
    shift = max(frame.x0 + pad - extent.x0, 0.0) or min(frame.x1 - pad - extent.x1, 0.0)
    if shift:
        anchor = legend.get_bbox_to_anchor().transformed(ax.transAxes.inverted())
        legend.set_bbox_to_anchor((anchor.x0 + shift / ax.bbox.width, anchor.y0),
                                  transform=ax.transAxes)
    return legend


def _pad_px(figure):
    """``LEGEND_PAD`` text heights, in the pixels of ``figure`` as drawn now."""
    return LEGEND_PAD * pictures.text_px() * figure.dpi / pictures.PX_PER_INCH


def _width_for(ax):
    """The width in pixels that a legend of ``ax`` may take: its column (or columns) of
    the figure's grid; for an axes placed on its own, the figure's width but
    ``LEGEND_PAD`` text heights either side (``_inside`` keeps the legend there)."""
    spec = ax.get_subplotspec()
    if spec is None:
        return ax.figure.bbox.width - 2 * _pad_px(ax.figure)
    ratios = spec.get_gridspec().get_width_ratios() or [1] * spec.get_gridspec().ncols
    return ax.figure.bbox.width * sum(ratios[k] for k in spec.colspan) / sum(ratios)


# --- an activation function ----------------------------------------------------------

@course_style
def plot_activation(name, ax=None, span=6.0):
    """Draw the activation function ``f`` called ``name`` and its derivative ``f'``.

    ``f`` (which turns a node's total input ``x`` into its output
    ``y = f(x)``) is drawn solid, ``f'`` dashed, each named in the legend with
    its formula in plain text (``plain_formula``), for ``x`` from ``-span`` to
    ``span``; above them, room for the legend.  Draws on ``ax`` (a new plot
    if ``None``); returns its figure.
    """
    activation = get_activation(name)
    span = check_positive_number("span", span)
    ax = axes_or_new(ax, 560, 360)
    x = np.linspace(-span, span, ACTIVATION_POINTS)
    y = activation.f(x)
    ax.plot(x, y, color=colors.Y, linewidth=2.5, label=plain_formula(activation.formula))
    ax.plot(x, activation.df(x, y), color=colors.TEXT, linestyle="--",
            label=plain_formula(activation.derivative_formula))
    ax.axhline(0, color=colors.UNKNOWN, linewidth=0.8)
    ax.axvline(0, color=colors.UNKNOWN, linewidth=0.8)
    low, high = min(y.min(), 0.0), max(y.max(), 1.0)
    ax.set_ylim(low - 0.1 * (high - low), high + 0.4 * (high - low))    # room for the legend
    ax.set_xlabel("total input x", color=colors.X)
    ax.set_ylabel("y = f(x), and f'(x)")
    ax.set_title(display_name(name))
    ax.legend(loc="upper left", handlelength=handle_length(ax.get_lines()))
    ax.grid(True, alpha=0.3)
    return ax.figure


def display_name(name):
    """An activation's name as the lesson writes it: ``"relu"`` is ``"ReLU"``; any other
    text is given back as it is."""
    return DISPLAY_NAMES.get(name, name)


def plain_formula(latex):
    """An activation's LaTeX formula as plain text, every character at the text's size
    (no raised exponent): ``e^{-x}`` becomes ``e^(-x)``, ``\\tanh`` ``tanh``."""
    text = re.sub(r"\^\{([^}]*)\}", r"^(\1)", latex)
    text = re.sub(r"\\text\{([^}]*)\}", r"\1", text)
    text = re.sub(r"\\[,;!]", " ", text).replace("\\", "")
    return re.sub(r" +", " ", text)


# --- the error against one weight ------------------------------------------------------

@course_style
def plot_error_against_weight(net, x_input, y_target, edge, span=3.0, learning_rate=1.0,
                              ax=None):
    """Draw ``E`` as one weight ``w_ij`` changes, its tangent, and the move the update rule gives it.

    ``edge`` is ``(l, i, j)``: the weight ``net.weights[l][i, j]``, from node
    ``i`` of layer ``l`` to node ``j`` of layer ``l + 1``.  The curve is
    ``E`` on ``(x_input, y_target)`` for ``w_ij`` from ``w - span`` to
    ``w + span``, every other weight and bias kept as they are.  At the
    network's own ``w_ij``: a dot and the tangent (slope ``dE/dw_ij`` from
    backpropagation).  An arrow, drawn to scale, runs from the dot to a
    diamond on the curve where the update rule (``alpha`` is
    ``learning_rate``) moves ``w_ij``, every other weight kept as it is (so
    its ``E`` is not the ``E`` after a whole update, which moves them all):

        w_ij  <-  w_ij - alpha * dE/dw_ij

    The legend, under the plot, gives the move in numbers.  A move shorter
    than ``VISIBLE_PART`` of the plot's width is drawn in a zoomed inset
    instead; ``span`` grows if needed so that the updated weight is on the
    plot.  The title says which way the weight moves.  ``net`` is not
    changed.  Draws on ``ax`` (a new plot if ``None``); returns its figure.
    """
    check_network(net)
    x_input = check_example("x_input", x_input, net.sizes[0])
    y_target = check_array("y_target", y_target, x_input.shape[:-1] + (net.sizes[-1],))
    l, i, j = _check_edge(net, edge)
    span = check_positive_number("span", span)
    learning_rate = check_positive_number("learning_rate", learning_rate)
    probe = net.copy()
    probe.forward(x_input)
    E = probe.backward(y_target)
    slope = probe.dE_dw[l][i, j]
    w = probe.weights[l][i, j]

    def error_of(value):
        return _error_with_weight(probe, (l, i, j), value, x_input, y_target)

    w_new = formulas.update(w, learning_rate, slope)
    now, after = (w, E), (w_new, error_of(w_new))
    step = w_new - w
    span = max(span, 1.2 * abs(step))      # the updated weight stays on the plot
    w_ij = edge_label(net.sizes, l, i, j)            # "w_46", as the diagram writes it
    ax = axes_or_new(ax, 640, 600)
    curve = ax.plot(*_curve(error_of, w - span, w + span), color=colors.TEXT, linewidth=2.5,
                    label=f"E as {w_ij} changes")[0]
    tangent = _draw_tangent(ax, now, slope, w - TANGENT_PART * span, w + TANGENT_PART * span)
    tangent.set_label(f"tangent: slope dE/d{w_ij} = {format_number(slope)}")
    dot = _draw_dot(ax, now)
    dot.set_label(f"now: {w_ij} = {format_number(w)}, E = {format_number(E)}")
    handles = [curve, tangent, dot]
    if step != 0:
        visible = abs(step) >= VISIBLE_PART * 2 * span
        where = ax if visible else _zoom_on_step(ax, error_of, now, after, slope, span)
        diamond = _draw_step(where, now, after)
        diamond.set_label(f"{w_ij} moved alone: {w_ij} = {format_number(w_new)}, "
                          f"E = {format_number(after[1])}")
        signed = ("+" if step > 0 else "") + format_number(step)
        arrow = ax.plot([], [], color=colors.W, marker=r"$\rightarrow$", markersize=18,
                        linestyle="none", label=f"its move -α·dE/d{w_ij} = {signed} "
                                                f"(α = {format_rate(learning_rate)})")[0]
        handles += [diamond, arrow]
    ax.set_xlabel(f"weight {w_ij}", color=colors.W)
    ax.set_ylabel("error E")
    ax.set_title(f"E against {w_ij}, all else fixed\n"
                 + _update_direction(w_ij, slope))
    legend_below(ax, handles)
    ax.grid(True, alpha=0.3)
    return ax.figure


def _curve(error_of, low, high):
    """``WEIGHT_POINTS`` weights from ``low`` to ``high`` and ``E`` at each."""
    weights = np.linspace(low, high, WEIGHT_POINTS)
    return weights, [error_of(value) for value in weights]


def _draw_tangent(ax, now, slope, low, high):
    """The straight line through ``now = (w, E)`` with slope ``dE/dw``, from ``low`` to
    ``high``: drawn over the curve, where the two touch."""
    w, E = now
    ends = np.array([low, high])
    return ax.plot(ends, E + slope * (ends - w), color=colors.DE_DW, linestyle="--",
                   zorder=TANGENT_LAYER)[0]


def _draw_dot(ax, now):
    """The dot where the network is now, ``now = (w, E)``, over the tangent and the arrow."""
    w, E = now
    return ax.plot([w], [E], "o", color=colors.TEXT, markeredgecolor=colors.TEXT,
                   markersize=MARK_SIZE, zorder=MARK_LAYER)[0]


def _draw_step(ax, now, after):
    """The update as an arrow from ``now`` to ``after`` (each ``(w, E)``); returns the diamond.

    The arrow has the colour of ``w`` (it is a change of ``w``), so that it
    stands out where it runs along the black curve.  It starts and ends a
    point clear of the dot and the diamond, which are drawn over it: all
    three stay in view.
    """
    clear = MARK_SIZE / 2 + 1                   # points from a mark's centre
    ax.annotate("", xy=after, xytext=now, zorder=MARK_LAYER - 1,
                arrowprops={"arrowstyle": "-|>", "color": colors.W, "linewidth": 3,
                            "mutation_scale": 16, "shrinkA": clear, "shrinkB": clear})
    w_new, E_new = after
    return ax.plot([w_new], [E_new], "D", color="white", markeredgecolor=colors.TEXT,
                   markeredgewidth=2, markersize=MARK_SIZE, zorder=MARK_LAYER)[0]


def _zoom_on_step(ax, error_of, now, after, slope, span):
    """An inset of ``ax`` zoomed on a step too short to see; returns the inset's axes.

    The inset shows the curve and the tangent from half a step before the
    dot to half a step after the update, with ticks at the two weights.  The
    plot grows upwards to make room for it, on the side the step goes.
    """
    (w, _), (w_new, _) = now, after
    step = w_new - w
    low, high = min(w, w_new) - abs(step) / 2, max(w, w_new) + abs(step) / 2
    bottom, top = ax.get_ylim()
    ax.set_ylim(bottom, top + ROOM_ABOVE * (top - bottom))
    inset = ax.inset_axes(INSET_RIGHT if step > 0 else INSET_LEFT)
    inset.plot(*_curve(error_of, low, high), color=colors.TEXT, linewidth=2.5)
    _draw_tangent(inset, now, slope, low, high)
    _draw_dot(inset, now)
    inset.set_xlim(low, high)
    inset.set_xticks([w, w_new], [format_number(w), format_number(w_new)])
    inset.set_yticks([])
    inset.set_title(f"zoomed in {span / abs(step):.0f} times along w")
    inset.spines[["top", "right"]].set_visible(True)      # a frame of its own, on the plot
    ax.indicate_inset_zoom(inset, edgecolor=colors.UNKNOWN)
    return inset


def _error_with_weight(probe, edge, value, x_input, y_target):
    """``E`` with the weight ``edge`` set to ``value`` (then put back)."""
    l, i, j = edge
    old = probe.weights[l][i, j]
    probe.weights[l][i, j] = value
    E = probe.error(x_input, y_target)
    probe.weights[l][i, j] = old
    return E


def _update_direction(w_ij, slope):
    """The sign rule in words: which way the update rule moves the weight ``w_ij`` ("w_46")."""
    if slope < 0:
        return f"dE/d{w_ij} < 0: the update raises {w_ij}"
    if slope > 0:
        return f"dE/d{w_ij} > 0: the update lowers {w_ij}"
    return f"dE/d{w_ij} = 0: the update leaves {w_ij} as it is"


def _check_edge(net, edge):
    """``edge`` as ``(l, i, j)``, a weight of ``net`` (the id ``("edge", l, i, j)``
    of ``steps.py`` without its kind)."""
    well_formed = (isinstance(edge, tuple) and len(edge) == 3
                   and all(isinstance(k, numbers.Integral) and not isinstance(k, bool)
                           for k in edge))
    if not well_formed:
        raise TypeError(f"edge must be (l, i, j) for the weight net.weights[l][i, j], got {edge!r}")
    if not is_part("edge", edge, net.sizes):
        raise ValueError(f"edge must be (l, i, j) for a weight net.weights[l][i, j] of a "
                         f"network of sizes {net.sizes}, got {edge!r}")
    return tuple(int(k) for k in edge)
