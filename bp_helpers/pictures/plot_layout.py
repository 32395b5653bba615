"""The layout of every plot of the course: its size, its ticks, its legend.

Every plot is a ``canvas.CourseFigure`` (a notebook shows it as the
cell's value, crisp and at most a notebook column wide) whose text is at
the course's size: ``new_plot`` makes its axes, and every function that
draws runs under ``canvas.plot_style()`` (``@course_style``).  Tick
labels keep a few text widths apart (``x_ticks_apart``), and a legend of
several lines goes under its axes (``legend_below``), where it covers no
data, in as many columns as the figure's width holds.

The notebooks' one-off plots are in ``lesson_plots.py``, the widgets' in
``widget_plots.py``.
"""

from __future__ import annotations

import functools
import math
from typing import Any

import matplotlib
import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.lines import Line2D
from matplotlib.ticker import (
    Formatter,
    FuncFormatter,
    LogLocator,
    MaxNLocator,
    NullLocator,
    ScalarFormatter,
)

from ..checks import check_whole_number
from ..formatting import MAX_SIGNIFICANT, format_rate
from . import canvas

LEGEND_GAP = 3.2               # text heights between an axes and a legend under it (ticks, label)
LEGEND_PAD = 0.2               # text heights between a legend (its own border pad, 0.4, besides) and the edge
WRAPPED_LINES = 3              # a legend's label is wrapped onto at most this many lines
TICK_ROOM = 3.5                # text heights of an x axis per tick label ("-0.75" takes about 3)
LOG_TICK_ROOM_Y = 2.0          # text heights of a log y axis per tick label (one line of text)
# The activations' names as the lesson writes them (the code's names are lower case).
MAX_HEIGHT_PX = 600           # the tallest default picture: JupyterLab at 1024 x 768 shows 647 px
MIN_PANEL = 24                 # text heights: side-by-side panels narrower than this are stacked
MARKER_PX = 11                 # the least size of a marker (a dot of data), in CSS pixels ...
MARKER_SIZE = MARKER_PX * 72 / canvas.PX_PER_INCH     # ... in points, as matplotlib takes it
MARKER_EDGE = 1.0              # the dark outline of a marker, in points


# --- the layout of every plot ------------------------------------------------------

def course_style(draw):
    """``draw``, run under ``canvas.plot_style()``: every text it makes has the course's
    size (holding ``canvas.DRAWING``, as every drawing does)."""
    @functools.wraps(draw)
    def styled(*args, **kwargs):
        with canvas.DRAWING, canvas.private_style(canvas.plot_style()):
            return draw(*args, **kwargs)
    return styled


@course_style
def new_plot(width_px: float, height_px: float, rows: int = 1, columns: int = 1,
             **options: Any) -> tuple[Figure, Axes | np.ndarray]:
    """A picture of ``rows`` x ``columns`` axes, ``width_px`` x ``height_px`` CSS pixels.

    Returns ``(figure, axes)`` as ``plt.subplots`` does: ``axes`` is one
    Axes, or an array of them (``options`` go to ``Figure.subplots``, e.g.
    ``sharey=True``).  The figure is a ``canvas.CourseFigure`` at most
    ``canvas.MAX_WIDTH_PX`` wide; matplotlib's constrained layout places
    the axes so that every label and legend fits in it.

    One row of panels each narrower than ``MIN_PANEL`` text heights (two
    side by side in presentation mode, where the text is bigger) becomes
    one column, each panel as tall as asked, so that titles and legends
    keep the room to be read; ``axes`` then holds the same number of axes,
    in the same order (left to right becomes top to bottom).
    """
    rows = check_whole_number("rows", rows, 1)
    columns = check_whole_number("columns", columns, 1)
    if rows == 1 and columns > 1 and width_px / columns < MIN_PANEL * canvas.text_px():
        rows, columns, height_px = columns, 1, height_px * columns
        squeeze = options.get("squeeze", True)
        options = {key: value for key, value in options.items() if key != "width_ratios"}
        figure, axes = new_plot(width_px, height_px, rows, 1, **options)
        return figure, (axes if squeeze else axes.reshape(1, rows))
    figure = canvas.new_figure(width_px, height_px)
    figure.set_layout_engine("constrained")
    axes = figure.subplots(rows, columns, **options)
    for ax in np.ravel(axes):
        x_ticks_apart(ax)
        course_tick_labels(ax)
    return figure, axes


def axes_or_new(ax, width_px, height_px):
    """``ax`` (its tick labels by the course's rule), or the one Axes of a new plot of
    ``width_px`` x ``height_px`` (``new_plot``)."""
    if ax is None:
        return new_plot(width_px, height_px)[1]
    course_tick_labels(ax)
    return ax


def course_tick_labels(ax):
    """The tick labels of ``ax``'s number axes by the course's one rule (``TickLabels``)
    in place of matplotlib's default (``ScalarFormatter``); an axis labelled otherwise
    (a log axis, ``log_scale``; dates, names) keeps its labels."""
    for axis in (ax.xaxis, ax.yaxis):
        if type(axis.get_major_formatter()) is ScalarFormatter:
            axis.set_major_formatter(TickLabels())


class TickLabels(Formatter):
    """Labels of the ticks of a linear axis by the course's one rule, as ``format_rate``
    writes them (``-0.5``, ``0``, ``1.25``, ``1e-05``), with more significant digits
    only where 3 would write two ticks alike (an axis that spans 1e-9 around 0.5:
    ``0.4999999995``, ``0.5``, ``0.5000000005``), and no offset label
    (matplotlib's "1e-9 +0.5" above the axis): each label reads on its own."""

    digits, step, ticks = 3, 0.0, ()

    def set_locs(self, locs):
        self.ticks = tuple(locs)        # the ticks being labelled
        self.step = float(np.min(np.abs(np.diff(locs)))) if len(locs) > 1 else 0.0
        self.digits = next((digits for digits in range(3, MAX_SIGNIFICANT + 1)
                            if len({self._label(loc, digits) for loc in locs}) == len(set(locs))),
                           MAX_SIGNIFICANT)

    def __call__(self, value, pos=None):
        return self._label(value, self.digits)

    def _label(self, value, digits):
        if abs(value) < 1e-9 * self.step:
            value = 0.0         # 0, computed as 1e-17 by adding up steps
        return format_rate(value, digits)


def x_ticks_apart(ax, integer=False):
    """At most one tick per ``TICK_ROOM`` text heights along the x axis of ``ax``, at
    1, 2 or 5 times a power of ten (whole numbers if ``integer``), so that labels never touch."""
    width_px = ax.get_position().width * ax.figure.get_figwidth() * canvas.PX_PER_INCH
    labels = max(2, int(width_px / (TICK_ROOM * canvas.text_px())))
    ax.xaxis.set_major_locator(MaxNLocator(nbins=labels, steps=[1, 2, 5, 10], integer=integer))


def log_scale(ax, which):
    """Put the ``which`` axis ("x" or "y") of ``ax`` on a log scale, every tick labelled
    by the one rule (``log_tick``: 1e-05, 0.0001, 0.002, 1, 100, 1e+04), never as a power
    whose exponent is smaller than the text, and the labels apart (``LogTicksApart``).  No minor ticks:
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
        self.room_px = room * canvas.text_px()

    def tick_values(self, vmin, vmax):
        if self.axis is not None:
            box = self.axis.axes.bbox
            length = box.width if self.axis.axis_name == "x" else box.height
            css_px = length * canvas.PX_PER_INCH / self.axis.axes.figure.dpi
            self.set_params(numticks=max(2, int(css_px / self.room_px)))
        with np.errstate(over="ignore"):    # near the largest float, a decade past it is inf
            ticks = super().tick_values(vmin, vmax)
        return ticks[np.isfinite(ticks)]


def log_tick(value):
    """The label of a tick on a log axis, by the course's one rule for numbers, trailing
    zeros dropped as for a learning rate (``formatting.format_rate``): ``1e-05``,
    ``0.0001``, ``0.002``, ``1``, ``50``, ``1000``, ``1e+04``: plain text at full size."""
    return format_rate(value)


def legend_below(ax, handles=None, columns=1, **options):
    """A legend of ``handles`` (all labelled lines if ``None``) under ``ax``, below its x
    label, in ``columns`` columns or fewer (``legend_that_fits``; ``options`` go to
    ``ax.legend``, e.g. ``labels``)."""
    return legend_that_fits(ax, columns, handles=handles, loc="upper center",
                            bbox_to_anchor=(0.5, 0.0), borderaxespad=LEGEND_GAP, **options)


@course_style
def legend_that_fits(ax, columns, by_rows=False, **options):
    """A frameless legend of ``ax`` (``options`` go to ``ax.legend``) within the room of
    ``ax`` (``_width_for``), as short as it can be: in ``columns`` columns or fewer, its
    labels wrapped at spaces where they do not fit (``_wrapped``), never in smaller text.
    Its entries are in order down each column, or, ``by_rows``, along each row.

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
        order = _by_rows(len(handles), count) if by_rows else range(len(handles))
        drawn = ax.legend([handles[k] for k in order], [texts[k] for k in order], ncol=count,
                          frameon=False, **options)
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


def _by_rows(count, columns):
    """The order in which to give ``count`` entries to ``ax.legend`` (which fills its
    ``columns`` columns one after another, the longer ones first) so that they read in
    order along the rows: column ``j`` holds entries ``j``, ``j + columns``, ..."""
    return [k for j in range(columns) for k in range(j, count, columns)]


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
    return LEGEND_PAD * canvas.text_px() * figure.dpi / canvas.PX_PER_INCH


def _width_for(ax):
    """The width in pixels that a legend of ``ax`` may take: its column (or columns) of
    the figure's grid; for an axes placed on its own, the figure's width but
    ``LEGEND_PAD`` text heights either side (``_inside`` keeps the legend there)."""
    spec = ax.get_subplotspec()
    if spec is None:
        return ax.figure.bbox.width - 2 * _pad_px(ax.figure)
    ratios = spec.get_gridspec().get_width_ratios() or [1] * spec.get_gridspec().ncols
    return ax.figure.bbox.width * sum(ratios[k] for k in spec.colspan) / sum(ratios)
