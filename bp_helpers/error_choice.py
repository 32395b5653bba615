"""The error function is a choice: one confidently wrong output, trained with each (notebook 8).

The lesson's error is ``E = 1/2 * sum_k (y_k - y_target_k)^2``.  With a
sigmoid output node, backpropagation's first step at the output gives

    dE/dx = f'(x) dE/dy = y (1 - y) (y - y_target)

and ``y (1 - y)`` is nearly 0 when ``y`` is near 0 or 1: an output that is
confidently wrong (``y`` near 0, ``y_target`` 1) gets almost no ``dE/dx``,
so its weights hardly move, however wrong it is.  Cross-entropy
(``Network(..., error="cross_entropy")``, ``errors.py``) gives
``dE/dx = y - y_target`` there: about -1 for the same output.

``confidently_wrong(error)`` is that output: one sigmoid node whose input
is 1 and whose weight and bias are both -4, so ``x = -8`` and
``y = 0.000335``, for the target 1.  ``train_recording_output`` trains a
copy and keeps ``E``, the output's ``y`` and its ``dE/dx`` at the start and
after each update; ``compare_error_functions`` does so with each error function
from the same start, and ``lesson_plots.plot_error_choice`` draws them side
by side.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from .checks import check_learning_rate, check_whole_number
from .errors import ERRORS
from .language import tr
from .network import Network, check_network
from .training import MAX_UPDATES, WHY_MAX_UPDATES, check_data

START = -4.0                    # the weight and the bias of the confidently wrong node
X_INPUT, Y_TARGET = np.array([1.0]), np.array([1.0])    # its one example: x_input 1, target 1


def confidently_wrong(error: str = "squared") -> Network:
    """One sigmoid node with the error function ``error``, confidently wrong on
    ``(X_INPUT, Y_TARGET)``: ``w = b = -4``, so ``x = w * 1 + b = -8`` and
    ``y = 1 / (1 + e^8) = 0.000335`` where the target is 1."""
    return Network([1, 1], "sigmoid", weights=[[[START]]], biases=[[START]], error=error)


@dataclass(frozen=True)
class OutputRun:
    """A run of updates, seen at the output node: the error ``E``, the output ``y`` and
    its ``dE_dx`` (arrays; entry ``k`` is after ``k`` updates, entry 0 the start)."""

    error: str
    E: np.ndarray
    y: np.ndarray
    dE_dx: np.ndarray


def train_recording_output(net: Network, x_input: ArrayLike, y_target: ArrayLike,
                           learning_rate: float, updates: int) -> OutputRun:
    """Train a copy of ``net`` (one output node) on the example ``(x_input, y_target)``
    for ``updates`` updates; keep ``E``, ``y`` and ``dE/dx`` of the output node at the
    start and after each update (``updates + 1`` of each).  ``net`` itself is not changed."""
    net = check_network(net).copy()
    if net.sizes[-1] != 1:
        raise ValueError(tr("net must have one output node, got sizes {sizes}", sizes=net.sizes))
    x_input, y_target = check_data(net, x_input, y_target)
    learning_rate = check_learning_rate("learning_rate", learning_rate)
    updates = check_whole_number("updates", updates, 1, MAX_UPDATES, WHY_MAX_UPDATES)
    E, y, dE_dx = np.empty(updates + 1), np.empty(updates + 1), np.empty(updates + 1)
    for k in range(updates + 1):
        net.forward(x_input)
        E[k] = net.backward(y_target)
        y[k], dE_dx[k] = net.y[-1][0, 0], net.dE_dx[-1][0, 0]
        if k < updates:
            net.update(learning_rate)
    return OutputRun(net.error_function.name, E, y, dE_dx)


def compare_error_functions(learning_rate: float = 1.0,
                            updates: int = 50) -> dict[str, OutputRun]:
    """The confidently wrong node trained with each error function (squared, then
    cross-entropy) from the same start: ``{error name: OutputRun}``."""
    return {name: train_recording_output(confidently_wrong(name), X_INPUT, Y_TARGET,
                                         learning_rate, updates)
            for name in ERRORS}
