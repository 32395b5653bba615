"""Two pictures for the notebooks, drawn once with pyplot.

``plot_activation`` shows an activation function ``f`` with its derivative
``f'`` (lesson, section 2; notebooks 1 and 5), and
``plot_error_against_weight`` shows ``E`` as one weight moves, with the
tangent whose slope is ``dE/dw`` and the move the update rule gives that
weight, drawn to scale (sections 3 and 5; notebook 2).  The widgets' figures
are in ``figures.py``.
"""

import numbers

import matplotlib.pyplot as plt
import numpy as np

from . import colors, formulas
from .activations import get_activation
from .checks import check_array, check_example, check_positive_number
from .formatting import format_number, format_rate
from .names import edge_subscript
from .network import check_network
from .steps import is_part

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
