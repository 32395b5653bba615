"""The notebooks' one-off plots of the lesson's ideas.

``plot_activation`` shows an activation function ``f`` with its derivative
``f'`` (lesson, section 2), ``plot_activations`` one panel per activation
(notebooks 1 and 6), and ``plot_error_against_weight`` shows ``E`` as one
weight moves, with the tangent whose slope is ``dE/dw`` and the move the
update rule gives that weight, drawn to scale (sections 3 and 5; notebook
2).  ``plot_error_choice`` draws one confidently wrong output trained with
the squared error and with cross-entropy (notebook 8).  Each is laid out
by ``plot_layout.py``; the widgets' plots are in ``widget_plots.py``.
"""

from __future__ import annotations

import math
import numbers
import re
from collections.abc import Mapping, Sequence

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from numpy.typing import ArrayLike

from .. import formulas
from ..activations import ACTIVATIONS, OUTPUT_ACTIVATIONS, get_activation
from ..checks import check_array, check_example, check_positive_number
from ..formatting import format_number, format_rate
from ..language import tr
from ..names import edge_label
from ..network import Network, check_network
from ..quantities import is_part
from . import colors
from .plot_layout import (
    MAX_HEIGHT_PX,
    axes_or_new,
    course_style,
    handle_length,
    legend_below,
    log_scale,
    new_plot,
)

ACTIVATION_POINTS = 241        # points of the curves f(x) and f'(x)
WEIGHT_POINTS = 201            # points of the curve E(w)
TANGENT_PART = 1 / 3           # the tangent runs this part of ``span`` either side
VISIBLE_PART = 0.15            # a step shorter than this part of the plot's width is zoomed on
TANGENT_LAYER, MARK_LAYER = 3, 5    # z-order: curve (2), tangent, arrow (4), dot and diamond
ACTIVATION_ROW_PX = 360        # a row of activation panels (plot_activations), in CSS pixels
MARK_SIZE = 9                  # the dot and the diamond, in points (12 px)
ROOM_ABOVE = 1.1               # with a zoom, the plot's height grows by this part, for the inset
INSET_LEFT = (0.03, 0.5, 0.46, 0.3)     # where the zoom goes (axes fractions), for a step
INSET_RIGHT = (0.51, 0.5, 0.46, 0.3)    # down and for a step up
MAX_SPAN = 10**6               # the widest span drawn: far beyond where any curve changes,
WHY_MAX_SPAN = "far beyond where the curve changes; wider ones run past the largest float"
DISPLAY_NAMES = {"sigmoid": "sigmoid", "tanh": "tanh", "relu": "ReLU", "leaky_relu": "leaky ReLU",
                 "linear": "linear"}


# --- an activation function ----------------------------------------------------------

@course_style
def plot_activation(name: str, ax: Axes | None = None, span: float = 6.0) -> Figure:
    """Draw the activation function ``f`` called ``name`` and its derivative ``f'``.

    ``f`` (which turns a node's total input ``x`` into its output
    ``y = f(x)``) is drawn solid, ``f'`` dashed, each named in the legend with
    its formula in plain text (``plain_formula``), for ``x`` from ``-span`` to
    ``span`` (at most ``MAX_SPAN``, a million); above them, room for the legend.  Draws on ``ax`` (a new plot
    if ``None``); returns its figure.
    """
    activation = get_activation(name)
    if name in OUTPUT_ACTIVATIONS:
        raise ValueError(tr("activation must be one of {activations} to be drawn node by node, got "
                            "{name!r}, which joins the nodes of a layer",
                            activations=sorted(ACTIVATIONS), name=name))
    span = check_positive_number("span", span, MAX_SPAN, WHY_MAX_SPAN)
    ax = axes_or_new(ax, 560, 360)
    x = np.linspace(-span, span, ACTIVATION_POINTS)
    y = activation.f(x)
    ax.plot(x, y, color=colors.Y, linewidth=2.5, label=tr(plain_formula(activation.formula)))
    ax.plot(x, activation.df(x, y), color=colors.TEXT, linestyle="--",
            label=tr(plain_formula(activation.derivative_formula)))
    ax.axhline(0, color=colors.UNKNOWN, linewidth=0.8)
    ax.axvline(0, color=colors.UNKNOWN, linewidth=0.8)
    low, high = min(y.min(), 0.0), max(y.max(), 1.0)
    ax.set_ylim(low - 0.1 * (high - low), high + 0.4 * (high - low))    # room for the legend
    ax.set_xlabel(tr("total input x"), color=colors.X)
    ax.set_ylabel(tr("y = f(x), and f'(x)"))
    ax.set_title(display_name(name))
    ax.legend(loc="upper left", handlelength=handle_length(ax.get_lines()))
    ax.grid(True, alpha=0.3)
    return ax.figure


def plot_activations(names: Sequence[str] = ("sigmoid", "tanh", "relu", "linear"),
                     span: float = 4.0) -> Figure:
    """One panel per activation (``plot_activation``): ``y = f(x)`` and its
    derivative ``f'(x)`` for ``x`` from ``-span`` to ``span``, two panels to a
    row.  Returns the figure.  Notebooks 1 and 6."""
    if isinstance(names, str) or not hasattr(names, "__len__") or len(names) == 0:
        raise TypeError(tr("names must be a list of activation names such as ['sigmoid', 'tanh'], got "
                           "{names!r}", names=names))
    for name in names:
        get_activation(name)            # an unknown name is refused before drawing
    columns = min(len(names), 2)
    rows = math.ceil(len(names) / columns)
    # 360 px a row, but never taller than a laptop's notebook shows at once (two rows: 300 each)
    figure, axes = new_plot(800, min(ACTIVATION_ROW_PX * rows, MAX_HEIGHT_PX), rows, columns,
                            squeeze=False)
    for ax, name in zip(axes.flat, names):
        plot_activation(name, ax=ax, span=span)
    for ax in axes.flat[len(names):]:   # an odd number of panels: the last place stays empty
        ax.remove()
    return figure


def display_name(name):
    """An activation's name as the lesson writes it, in the learner's language:
    ``"relu"`` is ``"ReLU"``; any other text is given back as ``tr`` has it."""
    return tr(DISPLAY_NAMES.get(name, name))


def plain_formula(latex):
    """An activation's LaTeX formula as plain text, every character at the text's size
    (no raised exponent): ``e^{-x}`` becomes ``e^(-x)``, ``\\tanh`` ``tanh``."""
    text = re.sub(r"\^\{([^}]*)\}", r"^(\1)", latex)
    text = re.sub(r"\\text\{([^}]*)\}", r"\1", text)
    text = re.sub(r"\\[,;!]", " ", text).replace("\\", "")
    return re.sub(r" +", " ", text)


# --- the error against one weight ------------------------------------------------------

@course_style
def plot_error_against_weight(net: Network, x_input: ArrayLike, y_target: ArrayLike,
                              edge: tuple[int, int, int], span: float = 3.0,
                              learning_rate: float = 1.0, ax: Axes | None = None) -> Figure:
    """Draw ``E`` as one weight ``w_ij`` changes, its tangent, and the move the update rule gives it.

    ``edge`` is ``(l, i, j)``: the weight ``net.weights[l][i, j]``, from node
    ``i`` of layer ``l`` to node ``j`` of layer ``l + 1``.  The curve is
    ``E`` on ``(x_input, y_target)`` for ``w_ij`` from ``w - span`` to
    ``w + span`` (``span`` at most ``MAX_SPAN``, a million, and so is the
    move), every other weight and bias kept as they are.  At the
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
    l, i, j = check_edge(net, edge)
    span = check_positive_number("span", span, MAX_SPAN, WHY_MAX_SPAN)
    learning_rate = check_positive_number("learning_rate", learning_rate)
    probe = net.copy()
    probe.forward(x_input)
    E = probe.backward(y_target)
    slope = probe.dE_dw[l][i, j]
    w = probe.weights[l][i, j]

    def error_of(value):
        return _error_with_weight(probe, (l, i, j), value, x_input, y_target)

    w_new = formulas.update(w, learning_rate, slope)
    step = w_new - w
    if not abs(step) <= MAX_SPAN:       # NaN and inf too
        raise ValueError(tr("learning_rate = {learning_rate} moves the weight by {step}; at most {max_span} "
                            "can be drawn ({why_max_span}): use a smaller learning_rate",
                            learning_rate=format_number(learning_rate), step=format_number(step),
                            max_span=MAX_SPAN, why_max_span=tr(WHY_MAX_SPAN)))
    now, after = (w, E), (w_new, error_of(w_new))
    span = max(span, 1.2 * abs(step))      # the updated weight stays on the plot
    w_ij = edge_label(net.sizes, l, i, j)            # "w_46", as the diagram writes it
    ax = axes_or_new(ax, 640, 600)
    curve = ax.plot(*_curve(error_of, w - span, w + span), color=colors.TEXT, linewidth=2.5,
                    label=tr("E as {w_ij} changes", w_ij=w_ij))[0]
    tangent = _draw_tangent(ax, now, slope, w - TANGENT_PART * span, w + TANGENT_PART * span)
    tangent.set_label(tr("tangent: slope dE/d{w_ij} = {slope}", w_ij=w_ij,
                         slope=format_number(slope)))
    dot = _draw_dot(ax, now)
    dot.set_label(tr("now: {w_ij} = {w}, E = {E}", w_ij=w_ij, w=format_number(w),
                     E=format_number(E)))
    handles = [curve, tangent, dot]
    if step != 0:
        visible = abs(step) >= VISIBLE_PART * 2 * span
        where = ax if visible else _zoom_on_step(ax, error_of, now, after, slope, span)
        diamond = _draw_step(where, now, after)
        diamond.set_label(tr("{w_ij} moved alone: {w_ij} = {w}, E = {E}", w_ij=w_ij,
                             w=format_number(w_new), E=format_number(after[1])))
        signed = ("+" if step > 0 else "") + format_number(step)
        arrow = ax.plot([], [], color=colors.W, marker=r"$\rightarrow$", markersize=18,
                        linestyle="none", label=tr("its move -α·dE/d{w_ij} = {move} (α = {alpha})",
                                                   w_ij=w_ij, move=signed,
                                                   alpha=format_rate(learning_rate)))[0]
        handles += [diamond, arrow]
    ax.set_xlabel(tr("weight {w_ij}", w_ij=w_ij), color=colors.W)
    ax.set_ylabel(tr("error E"))
    ax.set_title(tr("E against {w_ij}, all else fixed", w_ij=w_ij) + "\n"
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
    plot grows upwards to make room for it, on the side the step goes.  Its
    title starts at the inset's outer edge and runs inwards, wider than the
    inset if it must, so that it stays clear of the plot's tick labels.
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
    inset.set_title(tr("zoomed in {times} times along w", times=f"{span / abs(step):.0f}"),
                    loc="right" if step > 0 else "left")
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
        return tr("dE/d{w_ij} < 0: the update raises {w_ij}", w_ij=w_ij)
    if slope > 0:
        return tr("dE/d{w_ij} > 0: the update lowers {w_ij}", w_ij=w_ij)
    return tr("dE/d{w_ij} = 0: the update leaves {w_ij} as it is", w_ij=w_ij)


def check_edge(net, edge):
    """``edge`` as ``(l, i, j)``, a weight of ``net`` (the id ``("edge", l, i, j)``
    of ``quantities.py`` without its kind)."""
    well_formed = (isinstance(edge, tuple) and len(edge) == 3
                   and all(isinstance(k, numbers.Integral) and not isinstance(k, bool)
                           for k in edge))
    if not well_formed:
        raise TypeError(tr("edge must be (l, i, j) for the weight net.weights[l][i, j], got {edge!r}",
                           edge=edge))
    if not is_part("edge", edge, net.sizes):
        raise ValueError(tr("edge must be (l, i, j) for a weight net.weights[l][i, j] of a network of sizes "
                            "{sizes}, got {edge!r}", sizes=net.sizes, edge=edge))
    return tuple(int(k) for k in edge)


# --- the error function is a choice --------------------------------------------------

ERROR_NAMES = {"squared": "squared error", "cross_entropy": "cross-entropy"}
# Each error function's line: its colour and its line style (the style tells them
# apart without colour), the lesson's squared error solid.
ERROR_STYLES = {"squared": {"color": colors.BLUE, "linestyle": "-"},
                "cross_entropy": {"color": colors.VERMILLION, "linestyle": "--"}}


@course_style
def plot_error_choice(runs: Mapping[str, object]) -> Figure:
    """The runs of ``error_choice.compare_error_functions`` side by side, against the
    number of updates made: on the left ``E`` (log scale: the two errors have different
    sizes, what counts is how fast each falls), on the right the output's ``dE/dx``,
    which the update rule turns into the weights' moves.  Each error function has a colour
    and a line style of its own, named in the legend.  Notebook 8."""
    if not isinstance(runs, Mapping) or not set(runs) <= set(ERROR_STYLES) or not runs:
        raise TypeError(tr("runs must be a dict of error name ({names}) -> run, as compare_error_functions "
                           "gives, got {runs!r}", names=', '.join(ERROR_STYLES), runs=runs))
    figure, (ax_E, ax_dE_dx) = new_plot(800, 400, columns=2)
    for name, run in runs.items():
        updates = np.arange(len(run.E))
        style = {**ERROR_STYLES[name], "linewidth": 2.5, "label": tr(ERROR_NAMES[name])}
        ax_E.plot(updates, run.E, **style)
        ax_dE_dx.plot(updates, run.dE_dx, **style)
    log_scale(ax_E, "y")
    ax_E.set_ylabel(tr("error E"))
    ax_dE_dx.set_ylabel(tr("dE/dx of the output node"))
    ax_dE_dx.axhline(0.0, color=colors.QUIET_TEXT, linewidth=0.8, zorder=1)
    for ax in (ax_E, ax_dE_dx):
        ax.set_xlabel(tr("updates made"))
        ax.grid(True, alpha=0.3)
        legend_below(ax)
    return figure
