"""The learning figures of the widgets: the error curve and, for 2-D data, what a network predicts.

``ErrorCurve`` draws ``E`` against the number of updates on a log scale,
for the current run and for a few kept runs to compare, each in the
colour of its learning rate's decade (``colors.rate_style``, the same in
every figure of the course) and in a line style no other rate of the
figure has (``LINESTYLES``), named in the legend.  A run whose ``E``
jumps up and down is drawn faint, under the others, so that it hides
none of them.  A run that diverged ends in a ✕ at the update where ``E``
blew up: its line rises to it, into a grey band above every value drawn,
and the legend says so.  ``DecisionBoundary`` shades what a network
with two inputs and one output predicts over the plane, a light tint of
each class's hue (the two tints differ in lightness too), with the data on
top in a dark shade of that hue, outlined in black, and in a shape of
their own per class.  ``ClassRegions`` does the same for a softmax output of
several classes: each class's region (where its output is the largest) in a
tint and a hatch of its own, the boundaries between them in black
(``plane_picture`` picks the one for the data).  ``RateSweepPlot`` draws the
final error of every rate of a slider over the regions of their verdicts.

Both draw at the course's text size (``canvas.plot_style``) and make
their PNG with ``canvas.png``.  Both build their figure once and then
only change the data of their artists, so that a widget can redraw them
many times a second.  On a figure of their own (no ``ax`` given) the
figure and its margins are measured in text heights (``canvas.text_px``),
so that nothing is laid out again at each redraw and presentation mode
shows the same picture, larger.  The learning-rate explorer (``widgets.py``) shows them,
and notebooks 4, 6 and 8 draw the explorer's first state with them
(``experiments.py``).
"""

import math
import sys
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
from matplotlib.colors import LinearSegmentedColormap, to_hex, to_rgb
from matplotlib.legend_handler import HandlerTuple
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FixedLocator, LogLocator, MaxNLocator
from matplotlib.transforms import Bbox

from ..checks import check_array, check_learning_rate, check_positive_number
from ..formatting import format_number, format_rate
from ..language import tr
from ..network import Overflow
from ..training import OSCILLATION_FRACTION, RISE
from . import canvas, colors
from .plot_layout import (
    LEGEND_PAD,
    LOG_TICK_ROOM_Y,
    MARKER_SIZE,
    TickLabels,
    course_style,
    course_tick_labels,
    legend_below,
    legend_that_fits,
    log_scale,
    log_tick,
    x_ticks_apart,
)

KEPT_RUNS = 5                  # the explorer keeps at most 5 curves besides the current one
CURRENT_WIDTH, KEPT_WIDTH = 3.0, 2.0     # line widths (points): the current run stands out
# One line style per rate of a figure, as many as it draws runs (KEPT_RUNS + 1):
# solid, dashed, dash-dot, dotted, long dashes, dash-dot-dot.  The patterns are in
# line widths (matplotlib scales them with the line), short enough that a legend's
# handle shows a whole period and the next dash without growing too long
# (``plot_layout.handle_length``): matplotlib's own "-." is 32 points long at 3 points wide.
LINESTYLES = ["-", "--", (0, (4, 1.5, 1, 1.5)), ":", (0, (7, 2)), (0, (4, 1.5, 1, 1.5, 1, 1.5))]
JUMPY_ALPHA = 0.45             # a run whose E jumps up and down: faint, under the others
CROSS_BAND = 0.12              # the top part of the axes kept for the ✕s of diverged runs,
BAND_COLOR = "#EEEEEE"         # shaded light grey: there E went off the chart
BLEW_UP = "✕ in the grey band: E blew up"      # their key ...
BLEW_UP_SHORT = "E blew up"                    # ... where room is short (beside a ✕ on grey)
# Where a legend leaves its axes less than this part of a fixed figure's height, it
# gets closer rows, then fewer words (``_fit_key``).
MIN_AXES_SHARE = 0.4
CLOSER = {"labelspacing": 0.3, "columnspacing": 1.0}      # rows and columns of a crowded key
LOG_MARGIN = math.log10(1.5)   # the E axis runs a factor 1.5 past the lowest and highest E
LOG10_TOP = math.log10(sys.float_info.max) - 1e-12   # the E axis ends at the largest float
X_ROOM = 1.04                  # the updates axis runs 4 % past the last point, or ✕
RATE_MARGIN = 1.3              # the rate axis runs a factor 1.3 past the first and last rates
CLASS_HUES = {1: colors.BLUE, 0: colors.VERMILLION}        # the classes' Okabe-Ito hues ...
CLASS_COLORS = {1: colors.DARK_BLUE, 0: colors.DARK_VERMILLION}   # ... their points, darker,
CLASS_MARKERS = {1: "o", 0: "X"}                           # ... in shapes of their own
# A class's region: its hue mixed with white, class 0's lighter than class 1's, so
# that the two regions differ in lightness too (12 L*), not in hue alone; light
# enough that every point, even one on the other class's side, stands out from
# it at 3.3:1 or more (WCAG's 3:1 for graphics), besides its black outline.
REGION_TINTS = {0: 0.15, 1: 0.35}
BOUNDARY_WIDTH = 2.0
# The largest input the decision boundary draws: its axes run 20 % past the data,
# and matplotlib computes their length, which must stay below the largest float.
LARGEST_INPUT = 1e307
OVERFLOW_NOTE = "The prediction overflows here:\nthe weights are too large to shade."


def run_label(learning_rate, outcome):
    """The key of a run's error curve, in the learner's language: its rate and how it
    went (a verdict's label, or where it diverged), "α = 0.3 (converging)"; the words
    in brackets are left out where room is short (``ErrorCurve``)."""
    return tr("α = {rate} ({outcome})", rate=format_rate(learning_rate), outcome=tr(outcome))


def _rate_alone(label):
    """A run's key without its words: "α = 0.3 (converging)" is "α = 0.3" (and so in Chinese,
    whose brackets are full-width)."""
    return label.partition(" (")[0].partition("（")[0]


def _tint(color, strength):
    """``color`` mixed with white: ``strength`` 1 is the colour itself, 0 white."""
    return to_hex([1 - strength * (1 - c) for c in to_rgb(color)])


# The predicted y from 0 to 1: class 0's tint, white at the boundary y = 0.5, class 1's tint.
CLASS_REGIONS = LinearSegmentedColormap.from_list(
    "class regions", [_tint(CLASS_HUES[0], REGION_TINTS[0]), colors.BACKGROUND,
                      _tint(CLASS_HUES[1], REGION_TINTS[1])])


def _size(default, width_px, height_px):
    """``(width, height)`` in text heights: ``width_px`` x ``height_px`` CSS pixels,
    or ``default`` (in text heights) for each one that is ``None``."""
    width, height = default
    if width_px is not None:
        width = check_positive_number("width_px", width_px) / canvas.text_px()
    if height_px is not None:
        height = check_positive_number("height_px", height_px) / canvas.text_px()
    return width, height


@course_style
def _own_axes(size, margins):
    """A new ``CourseFigure`` of ``size`` (width, height) and one Axes in it, ``margins``
    (left, right, bottom, top) from its edges: all in text heights (``canvas.text_px``)."""
    width, height = size
    figure = canvas.new_figure(width * canvas.text_px(), height * canvas.text_px())
    left, right, bottom, top = margins
    ax = figure.add_axes([left / width, bottom / height,
                          1 - (left + right) / width, 1 - (bottom + top) / height])
    x_ticks_apart(ax)
    course_tick_labels(ax)
    return figure, ax


def _axes(ax, size, margins):
    """``(figure, ax)``: the given ``ax`` and its figure, or a figure of its own (``_own_axes``)."""
    if ax is None:
        return _own_axes(size, margins)
    course_tick_labels(ax)
    return ax.figure, ax


def _axes_with_key(ax, size, margins, width_px, height_px):
    """``(figure, ax, layout)``: the given ``ax`` and its figure, or a figure of its
    own (``size`` in text heights, or ``width_px`` x ``height_px``) with the layout
    that keeps its key inside it (``_Layout.fit``; ``None`` on a figure not its own)."""
    own_figure = ax is None
    figure, ax = _axes(ax, _size(size, width_px, height_px), margins)
    layout = _Layout.of(figure, [ax], height_px is None) if own_figure else None
    return figure, ax, layout


@dataclass
class _Layout:
    """The place of a figure's own axes as first laid out: the figure's size (inches),
    each axes' box (figure fractions, the main axes first), and whether the figure may
    grow taller (``False`` when a widget gave it its height)."""

    size: tuple
    boxes: list
    grow: bool

    @classmethod
    def of(cls, figure, axes, grow):
        return cls(tuple(figure.get_size_inches()), [(ax, ax.get_position().frozen())
                                                     for ax in axes], grow)

    def fit(self, legend):
        """Place the axes so that ``legend`` (under or above the main axes, anchored to it)
        lies inside the figure, ``LEGEND_PAD`` text heights from its edges.  A figure that
        may grow grows taller by what the legend needs, its axes keeping their size in
        pixels; one of a fixed height keeps it, and its axes give up the room instead
        (all of them alike: a colour bar stays as tall as the plot beside it)."""
        figure = self.boxes[0][0].figure
        width, height = self.size
        figure.set_size_inches(width, height)
        for ax, box in self.boxes:
            ax.set_position(box)
        if legend is None:
            return
        extent = legend.get_window_extent(figure.canvas.get_renderer())
        pad = LEGEND_PAD * canvas.text_px() * figure.dpi / canvas.PX_PER_INCH
        below = max(pad - extent.y0, 0.0)                       # pixels past the bottom
        above = max(extent.y1 - (figure.bbox.height - pad), 0.0)  # ... and past the top
        if not below and not above:
            return
        old = figure.bbox.height
        new = old + below + above if self.grow else old
        if self.grow:
            figure.set_size_inches(width, new / figure.dpi)
        for ax, box in self.boxes:
            y0, top = box.y0 * old + below, box.y1 * old + (below if self.grow else -above)
            ax.set_position(Bbox.from_extents(box.x0, y0 / new, box.x1, top / new))

    def crowded(self):
        """Whether the main axes have less than ``MIN_AXES_SHARE`` of a fixed figure's height."""
        ax = self.boxes[0][0]
        return not self.grow and ax.get_position().height < MIN_AXES_SHARE


def _fit_key(layout, draw, levels=3):
    """The legend ``draw(level)`` makes, fitted in ``layout`` (``None``: not a figure of its
    own): level 0 as it is, and, as long as it crowds the axes (``_Layout.crowded``), the
    next ones: closer rows (1), then fewer words (2)."""
    for level in range(levels):
        legend = draw(level)
        if layout is None:
            return legend
        layout.fit(legend)
        if not layout.crowded():
            break
    return legend


@dataclass
class _DrawnRun:
    """A run on the error curve: its line, the line that rises from its last
    point to its ✕ (empty unless it diverged), the update where it diverged,
    its learning rate and its line style."""

    line: Line2D
    cross: Line2D
    diverged_at: int | None
    rate: float
    linestyle: object

    @property
    def end(self):
        """Where the run ends on the updates axis: at its ✕, or one past its last E."""
        return len(self.line.get_xdata()) if self.diverged_at is None else self.diverged_at


def _jumps(errors):
    """Whether ``E`` jumps up and down: it rose in more than ``OSCILLATION_FRACTION`` of
    the updates (as in ``training.verdict``'s "oscillating") and fell in as many; its
    zigzag would hide the others.  (A run that only climbs, on its way to diverging, is
    one line, drawn in full.)"""
    changes = max(len(errors) - 1, 1)
    change, before = np.diff(errors), errors[:-1]   # (not E * 1.01, which may overflow)
    rising = np.count_nonzero(change > RISE * before)
    falling = np.count_nonzero(change < -RISE * before)
    return min(rising, falling) > OSCILLATION_FRACTION * changes


def _marker_px(line):
    """The size of the markers of ``line`` (outline included), in the figure's pixels."""
    return (line.get_markersize() + line.get_markeredgewidth()) * line.figure.dpi / 72


def _band_share(ax, cross):
    """The part of ``ax``'s height for the grey band of the ✕s: ``CROSS_BAND``, or more
    on short axes, so that a ✕ (``cross``'s markers) fits in it with room to spare."""
    return min(max(CROSS_BAND, 1.3 * _marker_px(cross) / ax.bbox.height), 0.5)


def _under_the_top(data_top, band):
    """``(data_top, band)`` (log10 of E: the top of the data drawn and the grey band's
    height above it) lowered, if need be, so that the axis ends at ``LOG10_TOP`` at most:
    an E near the largest float still gets finite limits and ticks."""
    return min(data_top, LOG10_TOP - band), band


def _solid(style):
    """``style`` at full strength: a ✕ is never faint, even at the end of a faint line."""
    return {**style, "alpha": 1.0}


class ErrorCurve:
    """``E`` against updates, log scale: the current run and kept runs.

    ``show(errors, label, diverged_at, learning_rate=...)`` draws the
    current run in the colour of its learning rate's decade
    (``colors.rate_style``) and in a line style of its own within the
    figure (``LINESTYLES``: that of a kept run of the same rate, else the
    first one no kept run has); a run whose ``E`` jumps up and down is
    drawn faint, under the others.  ``keep()`` moves it into
    the kept runs (at most ``KEPT_RUNS``, oldest dropped), drawn thinner;
    ``clear()`` forgets them.  ``line`` is the current run's line, ``kept``
    the kept runs' lines.  Draws on ``ax``, or on a figure of its own
    (``SIZE``, 560 x 400 pixels at 14 px text) with room under the axes for
    the legend of ``KEPT_RUNS + 1`` runs, in two columns; ``width_px``,
    ``height_px`` (CSS pixels) change its size.
    """

    SIZE = (40.0, 28.6)                   # width, height, in text heights
    MARGINS = (6.4, 1.4, 8.8, 1.0)        # left, right, bottom, top, in text heights

    @course_style
    def __init__(self, ax=None, width_px=None, height_px=None):
        self.figure, ax, self.layout = _axes_with_key(ax, self.SIZE, self.MARGINS, width_px,
                                                      height_px)
        self.ax = ax
        log_scale(ax, "y")
        x_ticks_apart(ax, integer=True)         # updates are counted
        ax.set_xlabel(tr("updates"))
        ax.set_ylabel(tr("error E"))
        ax.grid(True, which="major", alpha=0.3)
        self.line = ax.plot([], [], linewidth=CURRENT_WIDTH)[0]
        self.cross = self._new_cross(CURRENT_WIDTH)
        # Above every E drawn, a grey band for the ✕s of the runs that blew up (none: no band).
        self.band = ax.axhspan(1, 1, color=BAND_COLOR, linewidth=0, zorder=0)
        # The key of the band and the ✕s: a ✕ on a grey swatch.
        self.blew_up = (Patch(color=BAND_COLOR), Line2D([], [], color=colors.TEXT, marker="x",
                                                        markersize=10, markeredgewidth=2.5,
                                                        linestyle="none"))
        self.current = None         # the current run, a _DrawnRun of line and cross
        self.kept_runs = []         # the kept runs, oldest first

    @property
    def kept(self):
        """The kept runs' lines, oldest first."""
        return [run.line for run in self.kept_runs]

    def _new_cross(self, width):
        """An empty line for a ✕: it will run from a curve's last point up to the ✕."""
        return self.ax.plot([], [], marker="x", markevery=[-1], markersize=14,
                            markeredgewidth=3, linewidth=width, label="_nolegend_")[0]

    @course_style
    def show(self, errors, label, diverged_at=None, *, learning_rate):
        """Draw ``errors`` (E before each update) as the current run, named ``label``
        (in the learner's language: ``tr(label)``).

        ``diverged_at`` is the update at which the run blew up (``None`` if
        it did not); ``learning_rate`` gives the line's colour and style.
        """
        learning_rate = check_positive_number("learning_rate", learning_rate)
        errors = np.asarray(errors, dtype=float)
        style = self._style(learning_rate, _jumps(errors))
        self.line.set(data=(np.arange(len(errors)), errors), label=tr(label), **style)
        self.cross.set(**_solid(style))
        diverged = diverged_at is not None and len(errors) > 0
        self.current = _DrawnRun(self.line, self.cross, diverged_at if diverged else None,
                            learning_rate, style["linestyle"])
        self._rescale()

    def _style(self, learning_rate, jumpy):
        """The line's look: its rate's colour; the line style of a kept run of the same
        rate, else the first one no kept run has; faint and under the others if ``jumpy``."""
        kept = {run.rate: run.linestyle for run in self.kept_runs}
        taken = [style for rate, style in kept.items() if rate != learning_rate]
        free = [style for style in LINESTYLES if style not in taken]
        linestyle = kept.get(learning_rate, free[0])
        return {"color": colors.rate_style(learning_rate)["color"], "linestyle": linestyle,
                "alpha": JUMPY_ALPHA if jumpy else 1.0, "zorder": 1.5 if jumpy else 2.0}

    @course_style
    def keep(self):
        """Keep the current run on the plot, drawn thinner, to compare with the next ones."""
        if self.current is None:
            return
        if len(self.kept_runs) == KEPT_RUNS:
            oldest = self.kept_runs.pop(0)
            oldest.line.remove()
            oldest.cross.remove()
        run = self.current
        style = {"color": self.line.get_color(), "linestyle": run.linestyle,
                 "alpha": self.line.get_alpha(), "zorder": self.line.get_zorder()}
        line = self.ax.plot(self.line.get_xdata(), self.line.get_ydata(), linewidth=KEPT_WIDTH,
                            label=self.line.get_label(), **style)[0]
        cross = self._new_cross(KEPT_WIDTH)
        cross.set(**_solid(style))
        self.kept_runs.append(_DrawnRun(line, cross, run.diverged_at, run.rate, run.linestyle))
        self.current = None
        self.line.set_data([], [])
        self._rescale()

    @course_style
    def clear(self):
        """Forget the kept runs."""
        for run in self.kept_runs:
            run.line.remove()
            run.cross.remove()
        self.kept_runs = []
        self._rescale()

    def _rescale(self):
        """Limits that show every run and its ✕ inside the axes; ticks; the legend."""
        runs = self.kept_runs + ([self.current] if self.current else [])
        self.cross.set_data([], [])     # the current run's ✕: drawn again below if it has one
        if not runs:
            return
        diverged = [run for run in runs if run.diverged_at is not None]
        key = [run.line for run in runs] + ([self.blew_up] if diverged else [])

        def legend(level):      # fewer words: the rate alone, "α = 30"
            labels = [line.get_label() for line in key[:len(runs)]]
            labels = [_rate_alone(label) for label in labels] if level == 2 else labels
            labels += [tr(BLEW_UP_SHORT if level == 2 else BLEW_UP)] if diverged else []
            return legend_below(self.ax, key, columns=2, labels=labels,
                                handler_map={tuple: HandlerTuple(ndivide=1)},
                                **(CLOSER if level else {}))

        _fit_key(self.layout, legend)   # the axes' size is known from here on
        values = np.concatenate([run.line.get_ydata() for run in runs])
        positive = values[values > 0]
        low, high = (positive.min(), positive.max()) if len(positive) else (1e-3, 1.0)
        bottom, data_top = math.log10(low) - LOG_MARGIN, math.log10(high) + LOG_MARGIN
        share = _band_share(self.ax, self.cross) if diverged else 0.0
        data_top, band = _under_the_top(data_top, share / (1 - share) * (data_top - bottom))
        self.ax.set_ylim(10 ** bottom, 10 ** (data_top + band))
        self.band.set(y=10 ** data_top, height=10 ** (data_top + band) - 10 ** data_top)
        for run in diverged:            # each ✕ in the middle of the band, at its update
            run.cross.set_data([len(run.line.get_xdata()) - 1, run.diverged_at],
                               [run.line.get_ydata()[-1], 10 ** (data_top + band / 2)])
        right = X_ROOM * max(run.end for run in runs)
        # A ✕ near either end keeps its half width inside the axes.
        half = _marker_px(self.cross) / 2 / self.ax.bbox.width * right * 1.1    # in updates
        crosses = [run.diverged_at for run in diverged]
        self.ax.set_xlim(min([0.0] + [x - half for x in crosses]),
                         max([right] + [x + half for x in crosses]))
        self._label_errors(10 ** bottom, 10 ** data_top,
                           few_decades=math.log10(high) - math.log10(low) < 2)

    def _label_errors(self, low, high, few_decades):
        """Ticks on the error axis from ``low`` to ``high``, none in the band of the ✕s.

        For errors within two decades (``few_decades``), ticks at 1, 2 and 5
        times each power of ten (at 1 and 3 where the axes are too short for
        that; linear ticks where fewer than two of those fall in the range), so
        that even a flat curve has several labelled ticks; beyond,
        powers of ten only (and not all of them).  Two labels are always
        ``LOG_TICK_ROOM_Y`` text heights apart or more, so that they never collide.
        """
        text = canvas.text_px() * self.figure.dpi / canvas.PX_PER_INCH   # in pixels
        bottom, top = self.ax.get_ylim()
        decade = self.ax.bbox.height / (math.log10(top) - math.log10(bottom))   # px per decade
        room = LOG_TICK_ROOM_Y * text
        subs = (1.0,)
        if few_decades:         # the richest that keeps its closest two ticks apart
            subs = next((subs for subs, closest in (((1.0, 2.0, 5.0), 2.0), ((1.0, 3.0), 3.0))
                         if decade * math.log10(closest) >= room), (1.0,))
        numticks = max(2, min(6, int(self.ax.bbox.height / room)))
        ticks = (_ticks_within(low, high, subs, numticks) if few_decades else
                 _powers_of_ten(low, high, numticks))
        self.ax.yaxis.set_major_locator(FixedLocator(ticks[(ticks >= low) & (ticks <= high)]))

    def to_png(self):
        """The figure as PNG bytes (``canvas.png``)."""
        return canvas.png(self.figure)


def _powers_of_ten(low, high, numticks):
    """At most ``numticks`` powers of ten from ``low`` to ``high`` (matplotlib's
    ``LogLocator`` picks which), and a few just outside."""
    with np.errstate(over="ignore"):    # near the largest float, a decade past it is inf
        return LogLocator(base=10, numticks=numticks).tick_values(low, high)


def _ticks_within(low, high, subs, numticks):
    """The ticks ``subs`` times each power of ten from ``low`` to ``high``; where fewer than
    two fall in that range (a flat curve), at most ``numticks`` linear ones at 1, 2 or 5
    times a power of ten instead, found between ``low`` and ``high`` divided by a power of
    ten (near the largest float, matplotlib before 3.11 cannot find them where they are)."""
    decades = range(math.floor(math.log10(low)), math.floor(math.log10(high)) + 1)
    with np.errstate(over="ignore"):
        ticks = np.array([sub * 10.0**decade for decade in decades for sub in subs])
    if ((ticks >= low) & (ticks <= high)).sum() >= 2:
        return ticks
    scale = 10.0 ** math.floor(math.log10(high))
    locator = MaxNLocator(nbins=numticks - 1, steps=[1, 2, 5, 10])
    with np.errstate(over="ignore"):    # (np.unique: below 1e-308 floats are few, and two
        return np.unique(locator.tick_values(low / scale, high / scale) * scale)  # ticks one)


class DecisionBoundary:
    """What a network with 2 inputs and 1 output predicts over the plane.

    The shading is the output ``y`` (0 to 1) on a grid: a light tint of
    class 0's colour where ``y`` is near 0, white at ``y = 0.5``, a light
    tint of class 1's colour near 1 (``REGION_TINTS``: 12 L* apart); the
    black line ``y = 0.5`` is the boundary.  The data points are drawn on
    top in a dark shade of their class's hue (``CLASS_COLORS``: 3:1 or more
    on either region), outlined in black, class 1 as circles and class 0 as
    crosses (shape as well as colour).  Draws on ``ax``, or on a figure of its own (``SIZE``, 440 x
    400 pixels at 14 px text; ``width_px``, ``height_px`` change it).  ``X`` has shape (N, 2),
    at most ``LARGEST_INPUT`` (1e307) in size, and ``T`` shape (N, 1).
    """

    SIZE = (31.4, 28.6)                   # width, height, in text heights
    MARGINS = (5.2, 6.4, 3.4, 2.4)        # left, right (the colour bar), bottom, top (legend)
    COLORBAR = (0.9, 1.2)                 # its width and its gap from the axes, in text heights

    @course_style
    def __init__(self, X, T, ax=None, resolution=60, width_px=None, height_px=None):
        X, T = check_plane_data(X, T)
        own_figure = ax is None
        if own_figure:
            size = _size(self.SIZE, width_px, height_px)
            self.figure, ax = _own_axes(size, self.MARGINS)
            colorbar_axes = self._colorbar_axes(ax)
        else:       # in a figure's grid: the bar beside the box as drawn (an inset)
            self.figure = ax.figure
            box_px = ax.get_position().width * self.figure.get_figwidth() * canvas.PX_PER_INCH
            bar_width, gap = (canvas.text_px() * size / box_px for size in self.COLORBAR)
            colorbar_axes = ax.inset_axes([1 + gap, 0, bar_width, 1])
        self.ax = ax
        self.g0, self.g1, low, high = _plane_grid(X, resolution)
        self.extent = (low[0], high[0], low[1], high[1])
        self.grid = np.column_stack([self.g0.ravel(), self.g1.ravel()])
        self.shape = self.g0.shape
        # Equal scales on both axes (a circle looks round, XOR's square square): the axes'
        # box shrinks to the data's shape within its place (the colour bar follows it).
        self.image = ax.imshow(np.full(self.shape, 0.5), origin="lower", extent=self.extent,
                               cmap=CLASS_REGIONS, vmin=0, vmax=1, interpolation="bilinear")
        ax.set_aspect("equal", adjustable="box")
        colorbar = self.figure.colorbar(self.image, ax=ax, cax=colorbar_axes, ticks=[0, 0.5, 1],
                                     format=TickLabels())
        colorbar.set_label(tr("prediction y"))
        self.boundary = None
        self.note = _overflow_note(ax)
        ones = T[:, 0] > 0.5
        for target, where in ((1, ones), (0, ~ones)):
            _points(ax, X[where], CLASS_MARKERS[target], CLASS_COLORS[target], tr("class {k}", k=target),
                    len(X))
        ax.plot([], [], color=colors.TEXT, linewidth=BOUNDARY_WIDTH, label=tr("boundary y = 0.5"))
        # Above the plot, so that it never covers a point; on the widget's own figure,
        # the plot and its colour bar give up the height the legend needs.
        legend = legend_that_fits(ax, 3, **LEGEND_ABOVE)
        if own_figure:
            _Layout.of(self.figure, [ax, colorbar_axes], height_px is None).fit(legend)
        _label_plane(ax, low, high)

    def _colorbar_axes(self, ax):
        """An axes for the colour bar, right of ``ax`` (on the widget's own figure), as
        tall as ``ax``'s box as drawn (made square to the data: ``_beside``)."""
        x0, y0, width, height = ax.get_position().bounds
        figure_px = self.figure.get_figwidth() * canvas.PX_PER_INCH
        bar_width, gap = (canvas.text_px() * size / figure_px for size in self.COLORBAR)
        bar = self.figure.add_axes([x0 + width + gap, y0, bar_width, height])
        bar.set_axes_locator(lambda _, renderer: self._beside(ax, bar_width, gap))
        return bar

    @staticmethod
    def _beside(ax, bar_width, gap):
        """The colour bar's box (figure fractions): ``gap`` right of ``ax`` as drawn,
        ``bar_width`` wide, as tall as it."""
        ax.apply_aspect()
        x0, y0, width, height = ax.get_position(original=False).bounds
        return Bbox.from_bounds(x0 + width + gap, y0, bar_width, height)

    @course_style
    def show(self, net):
        """Shade the prediction of ``net`` (which must have 2 inputs, 1 output); return
        True.  Where the prediction overflows (huge weights), no shading and no
        boundary but a note that says so; return False."""
        if self.boundary is not None:
            self.boundary.remove()
            self.boundary = None
        try:
            y = net.predict(self.grid).reshape(self.shape)
        except Overflow:
            self.image.set_data(np.full(self.shape, 0.5))
            self.note.set_text(tr(OVERFLOW_NOTE))
            return False
        self.note.set_text("")
        self.image.set_data(y)
        self.boundary = self.ax.contour(self.g0, self.g1, y, levels=[0.5], colors=colors.TEXT,
                                        linewidths=BOUNDARY_WIDTH, linestyles="solid")
        return True

    def to_png(self):
        """The figure as PNG bytes (``canvas.png``)."""
        return canvas.png(self.figure)


# The legend of a plane picture: above the plot, so that it never covers a point.
LEGEND_ABOVE = {"loc": "lower center", "bbox_to_anchor": (0.5, 1.0), "borderaxespad": 0.2,
                "handletextpad": 0.3, "columnspacing": 1.0}


def _plane_grid(X, resolution):
    """``(g0, g1, low, high)``: a ``resolution`` x ``resolution`` grid over the plane of
    the points ``X`` and 20 % past them (``np.meshgrid``), and its lowest and highest corner."""
    margin = 0.2 * (X.max(axis=0) - X.min(axis=0)) + 1e-9
    low, high = X.min(axis=0) - margin, X.max(axis=0) + margin
    g0, g1 = np.meshgrid(np.linspace(low[0], high[0], resolution),
                         np.linspace(low[1], high[1], resolution))
    return g0, g1, low, high


POINTS_ZORDER = 3       # the data points, over the regions (0) and the boundaries (1)


def _points(ax, X, marker, color, label, count, zorder=POINTS_ZORDER):
    """The points ``X`` of one class: ``marker`` in ``color``, outlined in black; larger
    when the data set (``count`` points) is small, as XOR's 4.  Returns the artist."""
    return ax.scatter(X[:, 0], X[:, 1], marker=marker, s=_point_size(count), color=color,
                      edgecolors=colors.TEXT, linewidths=1, label=label, zorder=zorder)


def _point_size(count):
    """The area of a data point's marker (points^2, 11 px across at least): larger when the
    data set (``count`` points) is small."""
    return 120 if count < 20 else 70


def _overflow_note(ax):
    """An empty text in the middle of ``ax``, for ``OVERFLOW_NOTE``."""
    return ax.text(0.5, 0.5, "", transform=ax.transAxes, ha="center", va="center",
                   color=colors.TEXT, zorder=5,
                   bbox={"facecolor": colors.BACKGROUND, "edgecolor": REGION_EDGE})


def _label_plane(ax, low, high):
    """The axes' names, and the y ticks: none at the bottom edge, where its label
    would meet the x axis's first one."""
    ax.set_xlabel(tr("input 1"))
    ax.set_ylabel(tr("input 2"))
    ticks = MaxNLocator(nbins=6, steps=[1, 2, 5, 10]).tick_values(low[1], high[1])
    ax.set_yticks([t for t in ticks if low[1] + 1e-9 < t <= high[1] + 1e-9])


class ClassStyle(NamedTuple):
    """How ``ClassRegions`` draws one class: its hue, its points' darker shade and
    marker, its region's tint (the hue mixed with white) and hatch."""

    hue: str
    points: str
    marker: str
    tint: float
    hatch: str


# Several classes (a softmax output): classes 0 and 1 as in the picture of two classes,
# then two more; each region also has a hatch of its own (none, or lines of another
# slant), so that neither the regions nor the points are told apart by colour alone.
MANY_CLASS_STYLES = (
    ClassStyle(colors.VERMILLION, colors.DARK_VERMILLION, "X", REGION_TINTS[0], ""),
    ClassStyle(colors.BLUE, colors.DARK_BLUE, "o", REGION_TINTS[1], "//"),
    ClassStyle(colors.BLUISH_GREEN, colors.DARK_BLUISH_GREEN, "s", 0.25, "\\\\"),
    ClassStyle(colors.REDDISH_PURPLE, colors.DARK_REDDISH_PURPLE, "^", 0.25, "--"),
)
HATCH_COLOR = "#8C8C8C"         # the hatches: mid grey, behind the points' black outlines
# A point in a wrong region: drawn again on top, in a black ring of RING_SIZE times its
# marker's area; in the legend as the same ring.
RING_SIZE, RING_WIDTH, RING_ZORDER = 4.0, 2.0, 4
RING_MARKER = {"marker": "o", "markersize": 14, "markerfacecolor": "none",
               "markeredgecolor": colors.TEXT, "markeredgewidth": RING_WIDTH}
# A class's key: its region's swatch, then its marker beside it (font sizes).
KEY_LENGTH, KEY_GAP = 4.0, 0.4


class ClassRegions:
    """What a network with 2 inputs and a softmax output predicts over the plane.

    The network predicts the class whose output ``y_k`` is largest.  Each
    class's region is shaded in a light tint of its hue and hatched in a
    pattern of its own (``MANY_CLASS_STYLES``: class 0 plain, class 1 ``//``,
    class 2 ``\\\\``, class 3 ``--``); black lines are the boundaries, where two
    classes' outputs are equal and larger than every other.  The data points
    are drawn over them in a dark shade of their class's hue, outlined in black,
    each class in a marker of its own; a point in another class's region is
    drawn last, over the others, in a black ring (``RING``).  The legend above
    the plot names each class, in order, beside its region's swatch (hatch and
    all) and its marker, then the boundary and the ring.  ``X`` has shape (N, 2),
    ``T`` shape (N, K) (a probability per class; an example's class is its
    largest), for 2 to 4 classes.  Draws on ``ax``, or on a figure of its own
    (``SIZE``, 440 x 400 pixels at 14 px text; ``width_px``, ``height_px``
    change it), as ``DecisionBoundary`` does for one output.
    """

    SIZE = DecisionBoundary.SIZE
    MARGINS = (5.2, 1.4, 3.4, 2.4)        # left, right, bottom, top (legend), in text heights

    @course_style
    def __init__(self, X, T, ax=None, resolution=60, width_px=None, height_px=None):
        X, T = check_plane_data(X, T, classes=len(MANY_CLASS_STYLES))
        own_figure = ax is None
        if own_figure:
            self.figure, ax = _own_axes(_size(self.SIZE, width_px, height_px), self.MARGINS)
        else:
            self.figure = ax.figure
        self.ax = ax
        self.g0, self.g1, low, high = _plane_grid(X, resolution)
        self.grid = np.column_stack([self.g0.ravel(), self.g1.ravel()])
        ax.set_xlim(low[0], high[0])
        ax.set_ylim(low[1], high[1])
        ax.set_aspect("equal", adjustable="box")
        self.styles = MANY_CLASS_STYLES[:T.shape[1]]
        self.regions = []           # the artists of the regions and boundaries shown
        self.wrong = []             # and of the points in a wrong region, ringed
        self.note = _overflow_note(ax)
        self.X, self.classes = X, T.argmax(axis=1)
        key = []
        for k, style in enumerate(self.styles):
            _points(ax, X[self.classes == k], style.marker, style.points, tr("class {k}", k=k), len(X))
            # the swatch, then the marker beside it: neither covers the other's hatch
            key.append((Patch(facecolor=_tint(style.hue, style.tint), hatch=style.hatch,
                              edgecolor=HATCH_COLOR, linewidth=0.8),
                        Line2D([], [], marker=style.marker, color=style.points,
                               markeredgecolor=colors.TEXT, linestyle="none", markersize=9)))
        key.append(Line2D([], [], color=colors.TEXT, linewidth=BOUNDARY_WIDTH))
        key.append(Line2D([], [], linestyle="none", **RING_MARKER))
        labels = ([tr("class {k}", k=k) for k in range(len(self.styles))]
                  + [tr("boundary"), tr("wrong region")])
        legend = legend_that_fits(ax, len(self.styles), handles=key, labels=labels,
                                  by_rows=True, handlelength=KEY_LENGTH,
                                  handler_map={tuple: HandlerTuple(ndivide=None, pad=KEY_GAP)},
                                  **LEGEND_ABOVE)
        if own_figure:
            _Layout.of(self.figure, [ax], height_px is None).fit(legend)
        _label_plane(ax, low, high)

    @course_style
    def show(self, net):
        """Shade the regions of the classes ``net`` predicts (2 inputs, a softmax output
        of one node per class) and ring the points that lie in a wrong one; return
        True.  Where the prediction overflows (huge weights), no regions but a note
        that says so; return False."""
        for artist in self.regions + self.wrong:
            artist.remove()
        self.regions, self.wrong = [], []
        try:
            y = net.predict(self.grid)
        except Overflow:
            self.note.set_text(tr(OVERFLOW_NOTE))
            return False
        self.note.set_text("")
        for k, style in enumerate(self.styles):
            # Where class k wins, y_k is above every other output: its lead is positive.
            lead = (y[:, k] - np.delete(y, k, axis=1).max(axis=1)).reshape(self.g0.shape)
            region = self.ax.contourf(self.g0, self.g1, lead, levels=[0.0, 1.0],
                                      colors=[_tint(style.hue, style.tint)], hatches=[style.hatch],
                                      zorder=0)
            region.set_edgecolor(HATCH_COLOR)
            region.set_linewidth(0)
            boundary = self.ax.contour(self.g0, self.g1, lead, levels=[0.0], colors=colors.TEXT,
                                       linewidths=BOUNDARY_WIDTH, linestyles="solid", zorder=1)
            self.regions += [region, boundary]
        self.wrong = self._ring_the_wrong(net.predict(self.X).argmax(axis=1))
        return True

    def _ring_the_wrong(self, predicted):
        """The points whose ``predicted`` class is not their own, drawn again over all the
        others, each in a black ring: the artists."""
        wrong = predicted != self.classes
        artists = []
        # the last class first: class 0's cross, the thinnest marker, on top hides least
        for k, style in reversed(list(enumerate(self.styles))):
            here = self.X[wrong & (self.classes == k)]
            if len(here):
                artists.append(_points(self.ax, here, style.marker, style.points, "_wrong",
                                       len(self.X), zorder=RING_ZORDER))
        if wrong.any():
            artists.append(self.ax.scatter(*self.X[wrong].T, s=RING_SIZE * _point_size(len(self.X)),
                                           marker="o", facecolors="none", edgecolors=colors.TEXT,
                                           linewidths=RING_WIDTH, zorder=RING_ZORDER))
        return artists

    def to_png(self):
        """The figure as PNG bytes (``canvas.png``)."""
        return canvas.png(self.figure)


def plane_picture(X, T, **options):
    """The picture of what a network predicts over the plane of ``X``: for one output
    (``T`` of one column) the ``DecisionBoundary``, for several the ``ClassRegions``;
    ``options`` go to it (``ax``, ``width_px``, ...)."""
    T = np.asarray(T)
    if T.ndim == 2 and T.shape[1] > 1:
        return ClassRegions(X, T, **options)
    return DecisionBoundary(X, T, **options)


def shows_plane(net):
    """True if the plane picture can show what ``net`` predicts: 2 inputs, and one
    output (``DecisionBoundary``) or a softmax output (``ClassRegions``)."""
    return net.sizes[0] == 2 and (net.sizes[-1] == 1
                                  or net.activations[-1].name == "softmax")


# The verdicts' regions on the rate sweep: a fill and a hatch each (the
# hatch tells them apart without colour), in the order they usually come.
VERDICT_REGIONS = {
    "no gradient": ("#F2F2F2", ""), "too slow": ("#E8EEF5", "//"), "stalled": ("#F2F2F2", ".."),
    "converging": ("#FFFFFF", ""), "getting worse": ("#F7EDE4", "xx"),
    "oscillating": ("#F5EFD9", "\\\\"), "diverged": ("#EBEBEB", "xx"),
    "short run": ("#EDF2E8", "||"),
}
# The lowest final error drawn: below it, E is a floating-point floor (1e-32), not
# an error worth comparing; such a rate is drawn at the floor, as a triangle.
E_FLOOR = 1e-12


REGION_EDGE = "#9A9A9A"        # the border of a verdict's region (and of its legend swatch)


class RateSweepPlot:
    """The final error against the learning rate, for every rate of a slider's grid.

    ``show(learning_rates, results, verdicts)``: one point per rate, ``E``
    after the last update (log-log), joined by a line; the E axis never
    goes below ``E_FLOOR``: it stops there if a rate's ``E`` ended below it,
    and that rate is drawn as a triangle on the floor, which the legend
    names; a rate whose run diverged has a ✕ in the grey band
    above every E drawn (it has no final E worth the name).  Behind the points, each stretch of rates with the
    same verdict is shaded with that verdict's fill and hatch
    (``VERDICT_REGIONS``), named in the legend.  ``mark(learning_rate)``
    moves the marker of the rate in use: a ring round its point, named in the key.
    ``waiting(learning_rates)``: the empty axes and a note, until ``show``.
    Draws on ``ax``, or on a figure of its own (``SIZE``, 440 x 400 pixels at
    14 px text; ``width_px``, ``height_px`` change it).
    """

    SIZE = (31.4, 28.6)                   # width, height, in text heights
    MARGINS = (6.4, 1.0, 9.0, 1.0)        # left, right, bottom (axis and legend), top

    @course_style
    def __init__(self, ax=None, width_px=None, height_px=None):
        self.figure, ax, self.layout = _axes_with_key(ax, self.SIZE, self.MARGINS, width_px,
                                                      height_px)
        self.ax = ax
        log_scale(ax, "x")
        log_scale(ax, "y")
        # The rates' labels a little lower than usual, clear of the E axis's label at its
        # bottom edge (often the floor, 1e-12).
        ax.tick_params(axis="x", pad=max(3.5, 0.75 * canvas.font_size() - 3.5))
        ax.set_xlabel(tr("learning rate α"))
        ax.set_ylabel(tr("final error E"))
        self.line = ax.plot([], [], color=colors.TEXT, linewidth=1.5, marker="o",
                            markersize=MARKER_SIZE, markeredgecolor=colors.TEXT,
                            label="_nolegend_", zorder=3)[0]
        self.floored = ax.plot([], [], linestyle="none", marker="v", markersize=9,
                               color=colors.TEXT, markeredgecolor=colors.TEXT, zorder=3,
                               label=tr("E < {floor}, drawn at it", floor=log_tick(E_FLOOR)))[0]
        self.crosses = ax.plot([], [], linestyle="none", marker="x", markersize=10,
                               markeredgewidth=2.5, color=colors.TEXT, label=tr(BLEW_UP),
                               zorder=3)[0]
        self.band = ax.axhspan(1, 1, color=BAND_COLOR, linewidth=0, zorder=0)
        self.now_point = ax.plot([], [], marker="o", markersize=12, markerfacecolor="none",
                                 markeredgewidth=2.5, color=colors.TEXT, linestyle="none",
                                 label=tr("the rate in use"), zorder=4)[0]
        self.regions = []
        self.note = ax.text(0.5, 0.5, "", transform=ax.transAxes, ha="center", va="center",
                            color=colors.QUIET_TEXT)
        self.learning_rates, self.final_errors, self.top = None, None, None

    @course_style
    def waiting(self, learning_rates):
        """While the runs are computed: the axes over ``learning_rates``, empty, and a note."""
        self.line.set_data([], [])
        self.crosses.set_data([], [])
        self.floored.set_data([], [])
        self.now_point.set_data([], [])
        self.band.set(height=0)
        self._clear_regions()
        self.margin = self._rate_margin(learning_rates)
        self.ax.set_xlim(learning_rates[0] / self.margin, learning_rates[-1] * self.margin)
        self.ax.set_ylim(1e-3, 1.0)
        self.note.set_text(tr("computing every rate ..."))
        self.ax.tick_params(axis="y", labelleft=False)     # no numbers on empty axes
        if self.ax.get_legend() is not None:
            self.ax.get_legend().remove()
        if self.layout:
            self.layout.fit(None)       # the axes back in their first place

    @course_style
    def show(self, learning_rates, results, verdicts):
        """Draw the final errors of ``results`` (one ``TrainingResult`` per rate of
        ``learning_rates``, in increasing order) and the regions of their ``verdicts``."""
        self.note.set_text("")
        self.ax.tick_params(axis="y", labelleft=True)
        rates = np.asarray(learning_rates, dtype=float)
        diverged = np.array([result.diverged_at is not None for result in results])
        final = np.maximum([result.final_error for result in results], E_FLOOR)
        floored = ~diverged & (final == E_FLOOR)
        self.crosses.set_data(rates[diverged], np.ones(diverged.sum()))   # placed below
        self.floored.set_data(rates[floored], final[floored])
        self.margin = self._rate_margin(rates)
        self.ax.set_xlim(rates[0] / self.margin, rates[-1] * self.margin)
        self._shade(rates, [v.label for v in verdicts])     # the key: the axes' final height
        shown = final[~diverged]
        low, high = (shown.min(), shown.max()) if len(shown) else (1e-3, 1.0)
        room = 0.06 * max(math.log10(high) - math.log10(low), 1.0)   # a ringed point stays inside
        bottom = max(math.log10(low) - room, math.log10(E_FLOOR))   # the cut: at the floor
        data_top = math.log10(high) + room
        share = _band_share(self.ax, self.crosses) if diverged.any() else 0.0
        data_top, band = _under_the_top(data_top, share / (1 - share) * (data_top - bottom))
        self.top = 10 ** (data_top + band / 2)        # where the ✕s go
        self.ax.set_ylim(10 ** bottom, 10 ** (data_top + band))
        self.band.set(y=10 ** data_top, height=10 ** (data_top + band) - 10 ** data_top)
        self.crosses.set_data(rates[diverged], np.full(diverged.sum(), self.top))
        # The triangles stand on the floor, the axis's bottom edge: lifted by the half
        # height of the ring that marks the rate in use, so that the ring stays inside
        # (as does a dot just above the floor, lifted as much at most: less than its size).
        ring = self.now_point.get_markersize() / 2 + self.now_point.get_markeredgewidth()
        axes_px = self.ax.get_position().height * self.figure.bbox.height
        lift = ring / 72 * self.figure.dpi / axes_px * (data_top + band - bottom)   # decades
        drawn = np.maximum(final, 10 ** (bottom + lift))
        # The line runs along the floor under the triangles, through the dots.
        self.line.set(data=(rates[~diverged], np.where(floored, final, drawn)[~diverged]),
                      markevery=list(np.flatnonzero(~floored[~diverged])))     # dots, no triangles
        self.floored.set_data(rates[floored], drawn[floored])
        self.learning_rates, self.final_errors, self.diverged = rates, drawn, diverged

    def _rate_margin(self, rates):
        """How far the rate axis runs past the first and last rates (a factor):
        ``RATE_MARGIN``, or more on narrow axes, so that the ring of the rate in use
        stays inside."""
        decades = math.log10(rates[-1] / rates[0])
        half = 0.55 * _marker_px(self.now_point)           # the ring's half, and a little
        width = max(self.ax.bbox.width - 2 * half, 1.0)
        return max(RATE_MARGIN, 10 ** (half * decades / width))

    def _shade(self, rates, labels):
        """A span per stretch of rates with the same verdict, from halfway
        (on the log scale) to the neighbouring rates."""
        self._clear_regions()
        edges = np.sqrt(rates[1:] * rates[:-1])
        edges = np.concatenate([[rates[0] / self.margin], edges, [rates[-1] * self.margin]])
        named = set()
        start = 0
        for k in range(1, len(rates) + 1):
            if k < len(rates) and labels[k] == labels[start]:
                continue
            fill, hatch = VERDICT_REGIONS.get(labels[start], ("#FFFFFF", ""))
            label = tr(labels[start]) if labels[start] not in named else "_nolegend_"
            named.add(labels[start])
            self.regions.append(self.ax.axvspan(edges[start], edges[k], facecolor=fill,
                                                hatch=hatch, edgecolor=REGION_EDGE,
                                                linewidth=0.8, zorder=0, label=label,
                                                gid=labels[start]))     # its verdict
            start = k
        marks = [self.now_point] + [mark for mark in (self.floored, self.crosses)
                                    if len(mark.get_xdata())]
        key = marks + [region for region in self.regions
                       if not region.get_label().startswith("_")]
        short = {self.floored: f"E < {log_tick(E_FLOOR)}", self.crosses: tr(BLEW_UP_SHORT),
                 self.now_point: tr("rate in use")}

        def legend(level):      # fewer words: the marks' labels short, the swatches too
            labels = [short.get(handle, handle.get_label()) if level == 2
                      else handle.get_label() for handle in key]
            return legend_below(self.ax, key, columns=2, labels=labels,
                                **(CLOSER if level else {}),
                                **({"handlelength": 1.4, "handletextpad": 0.5}
                                   if level == 2 else {}))

        _fit_key(self.layout, legend)

    def _clear_regions(self):
        for region in self.regions:
            region.remove()
        self.regions = []

    def mark(self, learning_rate):
        """Ring the point of ``learning_rate`` (one of the rates shown): the ring alone,
        named in the key (a line across the axes would be in no key, and look like the
        dotted hatch of a region)."""
        k = int(np.argmin(np.abs(np.log(self.learning_rates / learning_rate))))
        y = self.top if self.diverged[k] else self.final_errors[k]
        self.now_point.set_data([self.learning_rates[k]], [y])


def check_plane_data(X, T, classes=None):
    """``X`` of shape (N, 2), at most ``LARGEST_INPUT`` in size, and ``T`` of shape (N, 1),
    N at least 1: what ``DecisionBoundary`` draws; with ``classes``, ``T`` of shape
    (N, K) for 2 to ``classes`` classes instead: what ``ClassRegions`` draws."""
    X = check_array("X", X, (None, 2))
    T = check_array("T", T, (len(X), None if classes else 1))
    if classes and not 2 <= T.shape[1] <= classes:
        raise ValueError(tr("T must have one column per class, 2 to {classes} of them, got {shape_1}",
                            classes=classes, shape_1=T.shape[1]))
    if len(X) == 0:
        raise ValueError(tr("X must hold at least one example, got none"))
    if np.abs(X).max() > LARGEST_INPUT:
        raise ValueError(tr("X must be at most {largest_input} in size for the decision-boundary picture "
                            "(its axes run past the data, and their length must be a float), got {size}",
                            largest_input=format_rate(LARGEST_INPUT), size=format_number(np.abs(X).max())))
    return X, T


def check_compare(compare):
    """The explorer's ``compare``: at most ``KEPT_RUNS`` learning rates, one kept curve each."""
    if isinstance(compare, (str, bytes)) or not hasattr(compare, "__len__"):
        raise TypeError(tr("compare must be a list of learning rates (or empty), got {compare!r}",
                           compare=compare))
    if len(compare) > KEPT_RUNS:
        raise ValueError(tr("compare can hold at most {kept_runs} learning rates (the explorer keeps at "
                            "most {kept_runs} curves), got {n_compare}",
                            kept_runs=KEPT_RUNS, n_compare=len(compare)))
    return [check_learning_rate(f"compare[{k}]", rate) for k, rate in enumerate(compare)]
