"""What went wrong in a network, read from its numbers.

The chapter of failures shows four ways a network fails to learn; each has a
test here, on the network's own numbers, and ``diagnose`` says in one line
each what it found:

- twin nodes (``twin_nodes``): hidden nodes that started equal stay equal;
- dead units (``dead_units``): ReLU nodes whose total input is never positive;
- saturated units (``saturated_units``): sigmoid or tanh nodes whose
  ``f'(x)`` is nearly 0 for every example;
- vanishing or exploding gradients (``gradient_ratio``): ``dE/dx`` shrinks
  or grows by a large factor from the output layer back to the first;
- and values that overflow: ``diagnose`` reports the network's
  :class:`~bp_helpers.network.Overflow` message, never a NaN.

Nodes are named by the diagram's numbers (``names.py``: 1..N, layer by
layer, top to bottom); numbers are written with 3 significant digits
(``formatting.py``); the words are in the learner's language
(``language.tr``).  NumPy only: the pictures are elsewhere.

``training.verdict`` does not call ``diagnose``: a verdict reads a finished
run (its errors), which holds neither the network nor the data.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from .checks import check_example, check_positive_number, check_real
from .formatting import format_number
from .language import tr
from .names import node_number
from .network import Network, Overflow, check_network
from .training import check_data

TWIN_TOLERANCE = 1e-9       # twins: weights equal to this relative difference
SATURATION = 0.01           # saturated: f'(x) below this for every example
VANISHING = 1e-3            # vanishing: layer 1's |dE/dx| below 1/1000 of the output's
EXPLODING = 1e3             # exploding: layer 1's |dE/dx| above 1000 times the output's
SATURATING = ("sigmoid", "tanh")
LISTED = 10                 # a finding names at most this many nodes


@dataclass(frozen=True)
class GradientRatio:
    """What ``gradient_ratio`` returns.

    ``sizes[l - 1]`` is the mean ``|dE/dx|`` of layer ``l`` (1..L, the first
    hidden layer to the output), over its nodes and the examples; ``ratio``
    is ``sizes[0] / sizes[-1]`` (None if the output's ``dE/dx`` is 0 for
    every example: no error to send back); ``label`` is "vanishing",
    "exploding", "healthy" or "no error".
    """

    sizes: np.ndarray
    ratio: float | None
    label: str


def twin_nodes(net: Network, tolerance: float = TWIN_TOLERANCE) -> list[tuple[int, ...]]:
    """The groups of hidden nodes that can never become different, by node number.

    Nodes ``j`` and ``k`` of the same hidden layer are twins when they have
    the same incoming weights and bias and the same outgoing weights:

        w_ij = w_ik for every i in in(j),   b_j = b_k,   w_jm = w_km for every m in out(j)

    (equal to a relative difference of ``tolerance``: ``|a - b| <= tolerance *
    max(|a|, |b|)``; 0 asks for exact equality).  Then ``x_j = x_k`` and
    ``y_j = y_k`` for every example; ``dE/dy_j = sum over m of w_jm dE/dx_m``
    is ``dE/dy_k``, so ``dE/dx_j = dE/dx_k``, and the update rule changes both
    nodes' weights by the same amounts (their ``dE/dw`` columns are equal):
    they are still twins after it, at every update.  A network whose weights
    all start equal has every hidden layer's nodes twins.
    """
    check_network(net)
    tolerance = check_real("tolerance", tolerance, "number at least 0")
    if tolerance < 0:
        raise ValueError(tr("tolerance must be a number at least 0, got {tolerance!r}", tolerance=tolerance))
    groups = []
    for l in range(1, len(net.sizes) - 1):
        # node j of layer l: its incoming weights, its bias, its outgoing weights
        rows = np.column_stack([net.weights[l - 1].T, net.biases[l - 1], net.weights[l]])
        left = list(range(net.sizes[l]))
        while left:
            j = left.pop(0)
            twins = [k for k in left if _equal(rows[j], rows[k], tolerance)]
            left = [k for k in left if k not in twins]
            if twins:
                groups.append(tuple(node_number(net.sizes, l, i) for i in [j, *twins]))
    return groups


def _equal(a, b, tolerance):
    """True if every ``|a - b| <= tolerance * max(|a|, |b|)``."""
    return bool(np.all(np.abs(a - b) <= tolerance * np.maximum(np.abs(a), np.abs(b))))


def dead_units(net: Network, X: ArrayLike) -> list[int]:
    """The ReLU nodes whose total input ``x_j <= 0`` for every example of ``X``, by number.

    For such a node ``y_j = max(0, x_j) = 0`` and ``f'(x_j) = 0`` on every
    example, so ``dE/dx_j = f'(x_j) dE/dy_j = 0`` and its incoming
    ``dE/dw_ij = y_i dE/dx_j = 0``: no update changes its weights, and it
    stays dead.  (A leaky ReLU node is never dead: its ``f'(x)`` is 0.01
    for ``x <= 0``.)
    """
    x = _total_inputs(net, X)
    return [node_number(net.sizes, l, j)
            for l in range(1, len(net.sizes)) if net.activations[l - 1].name == "relu"
            for j in range(net.sizes[l]) if np.all(x[l][:, j] <= 0)]


def saturated_units(net: Network, X: ArrayLike, threshold: float = SATURATION) -> list[int]:
    """The sigmoid and tanh nodes whose ``f'(x_j) < threshold`` for every example of ``X``.

    There ``dE/dx_j = f'(x_j) dE/dy_j`` is less than ``threshold`` times
    ``dE/dy_j``: the node passes back almost nothing, and its weights
    hardly move.  With the default 0.01, a sigmoid node
    (``f'(x) = y (1 - y)``) is saturated for ``|x| > 4.58`` and a tanh node
    (``f'(x) = 1 - y^2``) for ``|x| > 2.99``.  A cross-entropy output layer
    is left out: its ``dE/dx = y - y_target`` has no ``f'(x)`` in it.
    ``threshold`` is a number from 0 (excluded) to 1.
    """
    threshold = check_positive_number("threshold", threshold, 1.0,
                                      "f'(x) of a sigmoid or tanh is at most 1")
    x = _total_inputs(net, X)
    found = []
    for l in range(1, len(net.sizes)):
        activation = net.activations[l - 1]
        paired_output = l == len(net.sizes) - 1 and net.error_function.paired
        if activation.name not in SATURATING or paired_output:
            continue
        f_prime = activation.df(x[l], activation.f(x[l]))
        found += [node_number(net.sizes, l, j)
                  for j in range(net.sizes[l]) if np.all(f_prime[:, j] < threshold)]
    return found


def _total_inputs(net, X):
    """The total inputs ``x[l]`` of every layer for the examples ``X`` (a batch),
    from a forward pass on a copy of ``net``."""
    check_network(net)
    X = np.atleast_2d(check_example("X", X, net.sizes[0]))
    copy = net.copy()
    copy.forward(X)
    return copy.x


def gradient_ratio(net: Network, X: ArrayLike, T: ArrayLike) -> GradientRatio:
    """The size of ``dE/dx`` layer by layer, and whether it vanishes or explodes.

    One forward and backward pass on ``(X, T)``, on a copy of ``net``; the
    size of layer ``l`` is the mean of ``|dE/dx_j|`` over its nodes and the
    examples.  Going back, each layer multiplies by weights and by ``f'(x)``:

        dE/dx_i = f'(x_i) * sum over j in out(i) of w_ij dE/dx_j

    so the sizes can shrink or grow by a factor at every layer.  With
    ``ratio`` = (size of layer 1) / (size of the output layer), the label is
    "vanishing" if ``ratio < VANISHING`` (1/1000), "exploding" if ``ratio >
    EXPLODING`` (1000), "healthy" otherwise, and "no error" if the output's
    ``dE/dx`` is 0 (the outputs are the targets).  A pass that overflows
    raises :class:`~bp_helpers.network.Overflow`.
    """
    check_network(net)
    X, T = check_data(net, X, T)
    copy = net.copy()
    copy.forward(X)
    copy.backward(T)
    sizes = np.array([np.mean(np.abs(dE_dx)) for dE_dx in copy.dE_dx[1:]])
    if sizes[-1] == 0:
        return GradientRatio(sizes, None, "no error")
    ratio = float(sizes[0] / sizes[-1])
    label = "vanishing" if ratio < VANISHING else "exploding" if ratio > EXPLODING else "healthy"
    return GradientRatio(sizes, ratio, label)


def diagnose(net: Network, X: ArrayLike, T: ArrayLike) -> list[str]:
    """What is wrong with ``net`` on ``(X, T)``: one line per finding, none if nothing is.

    In this order: twin nodes (``twin_nodes``), then, if a forward or
    backward pass on ``(X, T)`` overflows, the :class:`~bp_helpers.network.Overflow`
    message and nothing more; else dead units, saturated units
    (``dead_units``, ``saturated_units``) and a vanishing or exploding
    gradient (``gradient_ratio``), each with the default thresholds.
    """
    check_network(net)
    X, T = check_data(net, X, T)
    findings = [_twins_text(group) for group in twin_nodes(net)]
    try:
        gradient = gradient_ratio(net, X, T)
    except Overflow as overflow:
        return findings + [tr("values overflow: {overflow}", overflow=overflow)]
    examples = tr("{count} example" if len(X) == 1 else "{count} examples", count=len(X))
    dead = dead_units(net, X)
    if dead:
        findings.append(tr("{nodes}: x <= 0 for all {examples}, so y = 0 and f'(x) = 0: no "
                           "gradient reaches their incoming weights",
                           nodes=_nodes("dead ReLU", dead), examples=examples))
    saturated = saturated_units(net, X)
    if saturated:
        findings.append(tr("{nodes}: f'(x) < {threshold} for all {examples}, so dE/dx = f'(x) "
                           "dE/dy is under {threshold} times dE/dy",
                           nodes=_nodes("saturated", saturated),
                           threshold=format_number(SATURATION), examples=examples))
    if gradient.ratio == 0:
        findings.append(tr("vanishing gradient: dE/dx is 0 at every node of layer 1 for all "
                           "{examples}, though not at the output layer (layer {L})",
                           examples=examples, L=len(gradient.sizes)))
    elif gradient.label in ("vanishing", "exploding"):
        findings.append(tr(f"{gradient.label} gradient: the mean |dE/dx| of layer 1 is "
                           "{ratio} times that of the output layer (layer {L})",
                           ratio=format_number(gradient.ratio), L=len(gradient.sizes)))
    return findings


def _twins_text(group):
    """One line for a group of twin nodes."""
    return tr("twin nodes {nodes}: the same incoming weights, bias and outgoing weights, so "
              "every update changes them alike: they can never become different",
              nodes=_list(group))


def _nodes(kind, numbers):
    """'saturated node 3', 'saturated nodes 3, 4 and 5', or past ``LISTED`` nodes
    '25 saturated nodes: 19, 21, ... and 15 more'; ``kind`` is "dead ReLU" or "saturated"."""
    if len(numbers) == 1:
        return tr(f"{kind} node {{node}}", node=numbers[0])
    if len(numbers) > LISTED:
        return tr(f"{{count}} {kind} nodes: {{shown}} and {{more}} more", count=len(numbers),
                  shown=tr(", ").join(str(n) for n in numbers[:LISTED]),
                  more=len(numbers) - LISTED)
    return tr(f"{kind} nodes {{nodes}}", nodes=_list(numbers))


def _list(numbers):
    """'3 and 4', '3, 4 and 5' (in the learner's language)."""
    numbers = [str(n) for n in numbers]
    if len(numbers) == 1:
        return numbers[0]
    return tr("{first} and {last}", first=tr(", ").join(numbers[:-1]), last=numbers[-1])
