"""The learning figures of the widgets: the error curve and, for 2-D data, the decision boundary.

``ErrorCurve`` draws ``E`` against the number of updates on a log scale,
for the current run and for a few kept runs to compare (each with its
learning rate in the legend and its own line style, so that colour is never
the only difference).  ``DecisionBoundary`` shades what a network with two
inputs and one output predicts over the plane, with the data on top.

Both build their figure once and then only change the data of their
artists, so that a widget can redraw them many times a second.  The
learning-rate explorer (``widgets.py``) shows them, and notebooks 4 and 5
draw the explorer's first state with them (``experiments.py``).
"""

import io

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter

from . import colors
from .checks import check_learning_rate

DPI = 80
# Kept curves take these colours and line styles in turn (Okabe-Ito).
KEPT_STYLES = [
    (colors.VERMILLION, "--"), (colors.BLUISH_GREEN, "-."),
    (colors.ORANGE, ":"), (colors.REDDISH_PURPLE, (0, (5, 1, 1, 1))),
    (colors.SKY_BLUE, (0, (1, 1))),
]
CURRENT_STYLE = (colors.BLUE, "-")


def new_figure(width, height):
    """A figure that is not managed by pyplot (so a widget shows it only where asked)."""
    figure = Figure(figsize=(width, height), dpi=DPI)
    FigureCanvasAgg(figure)
    return figure


def figure_png(figure):
    """The figure as PNG bytes."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI)
    return buffer.getvalue()


def _figure_and_axes(ax, width, height, right, top):
    """The given Axes and its figure, or a new figure of one Axes with room for labels."""
    if ax is not None:
        return ax.figure, ax
    figure = new_figure(width, height)
    ax = figure.add_subplot(1, 1, 1)
    figure.subplots_adjust(left=0.18, right=right, top=top, bottom=0.16)
    return figure, ax


class ErrorCurve:
    """``E`` against updates, log scale, the current run and kept runs.

    ``show(errors, label, diverged_at=None)`` draws the current run; ``keep()``
    moves it into the kept runs (at most ``len(KEPT_STYLES)``, oldest
    dropped); ``clear()`` forgets them.
    """

    def __init__(self, ax=None, width=5.0, height=3.2):
        self.figure, ax = _figure_and_axes(ax, width, height, right=0.97, top=0.95)
        self.ax = ax
        ax.set_yscale("log")
        ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:g}"))
        ax.xaxis.get_major_locator().set_params(integer=True)   # updates are counted
        ax.yaxis.set_minor_formatter(NullFormatter())
        ax.set_xlabel("update")
        ax.set_ylabel("error E")
        ax.grid(True, which="major", alpha=0.3)
        color, style = CURRENT_STYLE
        (self.line,) = ax.plot([], [], color=color, linestyle=style, linewidth=2)
        self.marker = ax.plot([], [], "x", color=colors.BLACK, markersize=10, mew=2)[0]
        self.note = ax.text(0.98, 0.95, "", transform=ax.transAxes, ha="right", va="top",
                            fontsize=9)
        self.kept = []
        self.current = None

    def show(self, errors, label, diverged_at=None):
        """Draw ``errors`` (E before each update) as the current run."""
        steps = np.arange(len(errors))
        self.line.set_data(steps, errors)
        self.line.set_label(label)
        self.current = (errors, label)
        if diverged_at is not None and len(errors):
            self.marker.set_data([len(errors) - 1], [errors[-1]])
            self.note.set_text(f"diverged at update {diverged_at}")
        else:
            self.marker.set_data([], [])
            self.note.set_text("")
        self._rescale()

    def keep(self):
        """Keep the current run on the plot, to compare with the next ones."""
        if self.current is None:
            return
        if len(self.kept) == len(KEPT_STYLES):
            self.kept.pop(0).remove()
        color, style = KEPT_STYLES[len(self.kept)]
        errors, label = self.current
        (line,) = self.ax.plot(np.arange(len(errors)), errors, color=color,
                               linestyle=style, linewidth=1.5, label=label)
        self.kept.append(line)
        self._rescale()

    def clear(self):
        """Forget the kept runs."""
        for line in self.kept:
            line.remove()
        self.kept = []
        self._rescale()

    def _rescale(self):
        lines = [line for line in [self.line] + self.kept if len(line.get_xdata())]
        if not lines:
            return
        values = np.concatenate([np.asarray(line.get_ydata(), float) for line in lines])
        positive = values[values > 0]
        low, high = (positive.min(), positive.max()) if len(positive) else (1e-3, 1.0)
        self.ax.set_ylim(low / 1.5, high * 1.5)
        # Within two decades, ticks at 1, 2 and 5 times each power of ten, so
        # that even a flat curve has several labelled ticks; beyond, powers of
        # ten only (and not all of them), so that labels never collide.
        few_decades = high / low < 100
        self.ax.yaxis.set_major_locator(
            LogLocator(base=10, subs=(1.0, 2.0, 5.0) if few_decades else (1.0,), numticks=7))
        self.ax.set_xlim(0, max(len(line.get_xdata()) for line in lines))
        self.ax.legend(handles=lines, loc="best", fontsize=8, frameon=True)

    def to_png(self):
        return figure_png(self.figure)


class DecisionBoundary:
    """What a network with 2 inputs and 1 output predicts over the plane.

    The shading is the output ``y`` (0 to 1) on a grid; the line ``y = 0.5``
    is the boundary.  The data points are drawn on top, class 1 as filled
    circles and class 0 as crosses (shape as well as colour).
    """

    def __init__(self, X, T, ax=None, resolution=60, width=4.2, height=3.2):
        self.figure, ax = _figure_and_axes(ax, width, height, right=0.86, top=0.90)
        self.ax = ax
        margin = 0.2 * (X.max(axis=0) - X.min(axis=0)) + 1e-9
        low, high = X.min(axis=0) - margin, X.max(axis=0) + margin
        self.extent = (low[0], high[0], low[1], high[1])
        g0, g1 = np.meshgrid(np.linspace(low[0], high[0], resolution),
                             np.linspace(low[1], high[1], resolution))
        self.grid = np.column_stack([g0.ravel(), g1.ravel()])
        self.shape = g0.shape
        self.image = ax.imshow(np.full(self.shape, 0.5), origin="lower", extent=self.extent,
                               cmap="PuOr_r", vmin=0, vmax=1, aspect="auto", alpha=0.75)
        colorbar = self.figure.colorbar(self.image, ax=ax, fraction=0.06, pad=0.03)
        colorbar.set_label("prediction y", fontsize=8)
        self.boundary = None
        self.g0, self.g1 = g0, g1
        ones = T[:, 0] > 0.5
        size = 40 if len(X) < 20 else 18      # a few points (XOR) are drawn bigger
        ax.scatter(X[ones, 0], X[ones, 1], marker="o", s=size, color=colors.BLUE,
                   edgecolors="white", linewidths=0.8, label="class 1")
        ax.scatter(X[~ones, 0], X[~ones, 1], marker="X", s=size, color=colors.BLACK,
                   edgecolors="white", linewidths=0.6, label="class 0")
        ax.plot([], [], color="black", linewidth=1.2, label="boundary y = 0.5")
        # Above the plot, so that it never covers a point.
        ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=3, fontsize=7,
                  frameon=False, handletextpad=0.3, columnspacing=0.8)
        ax.set_xlabel("input 1")
        ax.set_ylabel("input 2")

    def show(self, net):
        """Shade the prediction of ``net`` (which must have 2 inputs, 1 output)."""
        y = net.predict(self.grid).reshape(self.shape)
        self.image.set_data(y)
        if self.boundary is not None:
            self.boundary.remove()
        self.boundary = self.ax.contour(self.g0, self.g1, y, levels=[0.5], colors="black",
                                        linewidths=1.2)

    def to_png(self):
        return figure_png(self.figure)


def check_compare(compare):
    """The explorer's ``compare``: a list of at most 5 learning rates (one kept curve each)."""
    if isinstance(compare, (str, bytes)) or not hasattr(compare, "__len__"):
        raise TypeError(f"compare must be a list of learning rates (or empty), got {compare!r}")
    if len(compare) > len(KEPT_STYLES):
        raise ValueError(f"compare can hold at most {len(KEPT_STYLES)} learning rates (the "
                         f"explorer keeps at most {len(KEPT_STYLES)} curves), got {len(compare)}")
    return [check_learning_rate(f"compare[{k}]", rate) for k, rate in enumerate(compare)]
