"""Plots of learning: the error curve and, for 2-D data, the decision boundary.

``ErrorCurve`` draws ``E`` against the number of updates on a log scale,
for the current run and for a few kept runs to compare (each with its
learning rate in the legend and its own line style, so that colour is never
the only difference).  ``DecisionBoundary`` shades what a network with two
inputs and one output predicts over the plane, with the data on top.

Both build their figure once and then only change the data of their
artists, so that a widget can redraw them many times a second.

Two pictures for the notebooks follow, drawn once with pyplot:
``plot_activation`` shows an activation function ``f`` with its derivative
``f'`` (lesson, section 2), and ``plot_error_against_weight`` shows ``E``
as one weight moves, with the tangent whose slope is ``dE/dw`` and one step
of the update rule, drawn to scale (sections 3 and 5).
"""

import io
import numbers

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter

from . import colors
from .activations import get_activation
from .checks import check_array, check_example, check_learning_rate, check_positive_number
from . import formulas
from .formatting import format_number, format_rate
from .names import edge_subscript
from .network import check_network

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



# --- pictures for the notebooks ------------------------------------------------
# These draw into a pyplot figure (a new one unless ``ax`` is given), so that
# a notebook shows them with ``plt.show()``.

ACTIVATION_POINTS = 241        # points of the curves f(x) and f'(x)
WEIGHT_POINTS = 201           # points of the curve E(w)
TANGENT_PART = 1 / 3          # the tangent runs this part of ``span`` either side
VISIBLE_PART = 0.03           # a step shorter than this part of the plot's width is zoomed on
ROOM_ABOVE = 0.9              # with a zoom, the plot's height grows by this part, for the inset
INSET_LEFT = (0.04, 0.58, 0.44, 0.3)    # where the zoom goes (axes fractions), for a step
INSET_RIGHT = (0.52, 0.58, 0.44, 0.3)   # down and for a step up


def plot_activation(name, ax=None, span=6.0, fontsize=11):
    """Draw the activation function ``f`` called ``name`` and its derivative ``f'``.

    ``f`` (which turns a node's total input ``x`` into its output
    ``y = f(x)``) is drawn solid, ``f'`` dashed, each named in the legend with
    its formula, for ``x`` from ``-span`` to ``span``; above them, room for
    the legend.  Returns the axes.
    """
    activation = get_activation(name)
    span = check_positive_number("span", span)
    if ax is None:
        _, ax = plt.subplots(figsize=(5.0, 3.2))
    x = np.linspace(-span, span, ACTIVATION_POINTS)
    y = activation.f(x)
    ax.plot(x, y, color=colors.Y, linewidth=2, label=f"${activation.formula}$")
    ax.plot(x, activation.df(x, y), color=colors.BLACK, linestyle="--", linewidth=1.5,
            label=f"${activation.derivative_formula}$")
    ax.axhline(0, color=colors.UNKNOWN, linewidth=0.8)
    ax.axvline(0, color=colors.UNKNOWN, linewidth=0.8)
    ax.set_ylim(min(y.min(), 0.0) - 0.25, max(y.max(), 1.0) + 0.5)
    ax.set_xlabel("total input x", color=colors.X)
    ax.set_ylabel("output y = f(x), and f'(x)")
    ax.set_title(name)
    ax.legend(loc="upper left", fontsize=fontsize)
    ax.grid(True, alpha=0.3)
    return ax


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

    The legend gives the move in numbers.  A move shorter than
    ``VISIBLE_PART`` of the plot's width is drawn in a zoomed inset instead;
    ``span`` grows if needed so that the updated weight is on the plot.  The
    title says which way the weight moves.  ``net`` is not changed.  Returns
    the (main) axes.
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
    name = edge_subscript(net.sizes, l, i, j)
    if ax is None:
        _, ax = plt.subplots(figsize=(5.5, 4.2))
    curve = ax.plot(*_curve(error_of, w - span, w + span), color=colors.TEXT, linewidth=2,
                    label=f"E as $w_{{{name}}}$ changes")[0]
    tangent = _draw_tangent(ax, now, slope, w - TANGENT_PART * span, w + TANGENT_PART * span)
    tangent.set_label(f"tangent: slope $dE/dw_{{{name}}}$ = {format_number(slope)}")
    dot = _draw_dot(ax, now)
    dot.set_label(f"now: $w_{{{name}}}$ = {format_number(w)}, E = {format_number(E)}")
    handles = [curve, tangent, dot]
    if step != 0:
        visible = abs(step) >= VISIBLE_PART * 2 * span
        where = ax if visible else _zoom_on_step(ax, error_of, now, after, slope, span)
        diamond = _draw_step(where, now, after)
        diamond.set_label(f"$w_{{{name}}}$ moved alone: $w_{{{name}}}$ = {format_number(w_new)}, "
                          f"E = {format_number(after[1])}")
        signed = ("+" if step > 0 else "") + format_number(step)
        arrow = ax.plot([], [], color=colors.W, marker=r"$\rightarrow$", markersize=14,
                        linestyle="none",
                        label=rf"its move $-\alpha\,dE/dw_{{{name}}}$ = {signed} "
                              rf"($\alpha$ = {format_rate(learning_rate)})")[0]
        handles += [diamond, arrow]
    ax.set_xlabel(f"weight $w_{{{name}}}$", color=colors.W)
    ax.set_ylabel("error E")
    ax.set_title(f"E against $w_{{{name}}}$ (every other weight fixed)\n"
                 + _update_direction(name, slope), fontsize=10)
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.16), fontsize=9)
    ax.grid(True, alpha=0.3)
    return ax


def _curve(error_of, low, high):
    """``WEIGHT_POINTS`` weights from ``low`` to ``high`` and ``E`` at each."""
    weights = np.linspace(low, high, WEIGHT_POINTS)
    return weights, [error_of(value) for value in weights]


def _draw_tangent(ax, now, slope, low, high):
    """The straight line through ``now = (w, E)`` with slope ``dE/dw``, from ``low`` to ``high``."""
    w, E = now
    ends = np.array([low, high])
    return ax.plot(ends, E + slope * (ends - w), color=colors.DE_DW, linestyle="--",
                   linewidth=1.5)[0]


def _draw_dot(ax, now):
    """The dot where the network is now, ``now = (w, E)``."""
    w, E = now
    return ax.plot([w], [E], "o", color=colors.TEXT, markersize=6, zorder=3)[0]


def _draw_step(ax, now, after):
    """The update as an arrow from ``now`` to ``after`` (each ``(w, E)``); returns the diamond.

    The arrow has the colour of ``w`` (it is a change of ``w``), so that it
    stands out where it runs along the black curve.
    """
    ax.annotate("", xy=after, xytext=now, zorder=4,
                arrowprops={"arrowstyle": "-|>", "color": colors.W, "linewidth": 2.5,
                            "mutation_scale": 12, "shrinkA": 3, "shrinkB": 3})
    w_new, E_new = after
    return ax.plot([w_new], [E_new], "D", color="white", markeredgecolor=colors.TEXT,
                   markeredgewidth=1.5, markersize=6, zorder=5)[0]


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
    inset.plot(*_curve(error_of, low, high), color=colors.TEXT, linewidth=2)
    _draw_tangent(inset, now, slope, low, high)
    _draw_dot(inset, now)
    inset.set_xlim(low, high)
    inset.set_xticks([w, w_new], [format_number(w), format_number(w_new)], fontsize=8)
    inset.set_yticks([])
    inset.set_title(f"zoomed in {span / abs(step):.0f} times along w", fontsize=8)
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


def _update_direction(name, slope):
    """The sign rule in words: which way the update rule moves the weight."""
    if slope < 0:
        return f"$dE/dw_{{{name}}}$ < 0: the update raises $w_{{{name}}}$ (downhill)"
    if slope > 0:
        return f"$dE/dw_{{{name}}}$ > 0: the update lowers $w_{{{name}}}$ (downhill)"
    return f"$dE/dw_{{{name}}}$ = 0: the update leaves $w_{{{name}}}$ as it is"


def _check_edge(net, edge):
    """``edge`` as ``(l, i, j)``, a weight of ``net``."""
    well_formed = (isinstance(edge, tuple) and len(edge) == 3
                   and all(isinstance(k, numbers.Integral) and not isinstance(k, bool)
                           for k in edge))
    if not well_formed:
        raise TypeError(f"edge must be (l, i, j) for the weight net.weights[l][i, j], got {edge!r}")
    l, i, j = (int(k) for k in edge)
    if not (0 <= l < len(net.weights) and 0 <= i < net.sizes[l] and 0 <= j < net.sizes[l + 1]):
        raise ValueError(f"edge must be (l, i, j) for a weight net.weights[l][i, j] of a "
                         f"network of sizes {net.sizes}, got {edge!r}")
    return l, i, j


def check_compare(compare):
    """The explorer's ``compare``: a list of at most 5 learning rates (one kept curve each)."""
    if isinstance(compare, (str, bytes)) or not hasattr(compare, "__len__"):
        raise TypeError(f"compare must be a list of learning rates (or empty), got {compare!r}")
    if len(compare) > len(KEPT_STYLES):
        raise ValueError(f"compare can hold at most {len(KEPT_STYLES)} learning rates (the "
                         f"explorer keeps at most {len(KEPT_STYLES)} curves), got {len(compare)}")
    return [check_learning_rate(f"compare[{k}]", rate) for k, rate in enumerate(compare)]
