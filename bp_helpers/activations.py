"""Activation functions ``y = f(x)`` and their derivatives ``f'(x)``.

Lesson, section 2: every non-input node has a total input ``x``, an
activation function ``f`` and an output ``y = f(x)``.  ``f`` must be
non-linear, otherwise the whole network collapses into one linear model
(the ``"linear"`` activation is here so that a notebook can show exactly
that).

Backpropagation (section 7) needs the derivative ``f'(x)``.  Each
derivative below is written in terms of ``x`` and of ``y = f(x)``, because
the network has both at hand after the forward pass and ``y`` often gives
the cheaper formula (for the sigmoid, ``f'(x) = y (1 - y)``).

Softmax is different: each output depends on every total input of its
layer, so it is kept apart, in ``OUTPUT_ACTIVATIONS``, for the output layer
only and only with the cross-entropy error (``errors.py``), where
backpropagation does not need its derivative: ``dE/dx = y - y_target``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from .language import tr


@dataclass(frozen=True)
class Activation:
    """One activation function: its name, ``f``, ``f'`` and their formulas.

    ``f(x)`` returns ``y``; ``df(x, y)`` returns ``f'(x)`` given ``x`` and
    ``y = f(x)``.  Both take a plain float or an array of any shape.
    ``formula`` and ``derivative_formula`` are the two in LaTeX, as the
    plots label them.  (How one node's step writes them, with its number
    and its values, is in ``step_formulas.py``.)
    """

    name: str
    f: Callable[[np.ndarray], np.ndarray]
    df: Callable[[np.ndarray, np.ndarray], np.ndarray]
    formula: str
    derivative_formula: str

    def __repr__(self) -> str:
        return f"Activation({self.name!r})"


@np.errstate(over="ignore")
def sigmoid(x):
    """f(x) = 1 / (1 + e^(-x)).

    For x below about -709, e^(-x) is too large for a float and becomes
    inf, and 1 / (1 + inf) is exactly 0, the right answer: the overflow is
    expected, so NumPy is told not to warn about it (by the line above).
    """
    return 1.0 / (1.0 + np.exp(-x))


def sigmoid_derivative(x, y):
    """f'(x) = f(x) * (1 - f(x)) = y * (1 - y)."""
    return y * (1.0 - y)


def tanh(x):
    """f(x) = tanh(x) = (e^x - e^(-x)) / (e^x + e^(-x))."""
    return np.tanh(x)


def tanh_derivative(x, y):
    """f'(x) = 1 - tanh(x)^2 = 1 - y^2."""
    return 1.0 - y * y


def relu(x):
    """f(x) = max(0, x)."""
    return np.maximum(x, 0.0)


def relu_derivative(x, y):
    """f'(x) = 1 if x > 0 else 0 (we take 0 at the kink x = 0)."""
    # np.greater, not x > 0.0: for a plain float x that gives a Python bool,
    # which has no .astype
    return np.greater(x, 0.0).astype(float)


LEAKY_SLOPE = 0.01      # the slope of the leaky ReLU for x <= 0


def leaky_relu(x):
    """f(x) = x if x > 0 else 0.01 * x (``LEAKY_SLOPE``)."""
    return np.where(np.greater(x, 0.0), x, LEAKY_SLOPE * x)


def leaky_relu_derivative(x, y):
    """f'(x) = 1 if x > 0 else 0.01 (``LEAKY_SLOPE``; we take 0.01 at the kink x = 0)."""
    return np.where(np.greater(x, 0.0), 1.0, LEAKY_SLOPE)


def linear(x):
    """f(x) = x: no activation at all."""
    return x


def linear_derivative(x, y):
    """f'(x) = 1."""
    return np.ones_like(x, dtype=float)


ACTIVATIONS = {
    "sigmoid": Activation(
        "sigmoid", sigmoid, sigmoid_derivative,
        r"f(x) = 1/(1 + e^{-x})", r"f'(x) = f(x)\,(1 - f(x))"),
    "tanh": Activation(
        "tanh", tanh, tanh_derivative,
        r"f(x) = \tanh(x)", r"f'(x) = 1 - f(x)^2"),
    "relu": Activation(
        "relu", relu, relu_derivative,
        r"f(x) = \max(0, x)", r"f'(x) = 1 \text{ if } x > 0 \text{ else } 0"),
    "leaky_relu": Activation(
        "leaky_relu", leaky_relu, leaky_relu_derivative,
        fr"f(x) = \max({LEAKY_SLOPE:g}\,x, x)",
        fr"f'(x) = 1 \text{{ if }} x > 0 \text{{ else }} {LEAKY_SLOPE:g}"),
    "linear": Activation(
        "linear", linear, linear_derivative,
        r"f(x) = x", r"f'(x) = 1"),
}


def softmax(x):
    """y_k = e^(x_k) / sum over m of e^(x_m), over the nodes of a layer (the last axis).

    Computed as e^(x_k - max) / sum over m of e^(x_m - max), the same number:
    every power is at most e^0 = 1, so none overflows, and the sum is at
    least 1.
    """
    powers = np.exp(x - np.max(x, axis=-1, keepdims=True))
    return powers / powers.sum(axis=-1, keepdims=True)


def softmax_derivative(x, y):
    """Not one number per node: dy_k/dx_m = y_k ([k = m] - y_m) joins every pair of
    nodes, so ``dE/dx = f'(x) dE/dy`` does not hold node by node.  Softmax is used
    with the cross-entropy error only, whose ``dE/dx`` is ``y - y_target``
    (``errors.py``); this is never called for it."""
    raise ValueError(tr("softmax has no derivative node by node; it is used only as the output activation "
                        "with error='cross_entropy'"))


# Activations for the output layer only (``Network`` refuses them elsewhere).
OUTPUT_ACTIVATIONS = {
    "softmax": Activation(
        "softmax", softmax, softmax_derivative,
        r"y_k = e^{x_k} / \sum_m e^{x_m}", r"\frac{dy_k}{dx_m} = y_k\,([k = m] - y_m)"),
}
_OUTPUT_NAMES = " or ".join(repr(name) for name in OUTPUT_ACTIVATIONS)


def get_activation(name: str, argument: str = "activation") -> Activation:
    """Return the :class:`Activation` called ``name`` (e.g. ``"sigmoid"``), of
    ``ACTIVATIONS`` or ``OUTPUT_ACTIVATIONS``; an error names ``argument``, where
    ``name`` came from."""
    if not isinstance(name, str):
        raise TypeError(
            tr("{argument} must be a name (one of {activations}, or {output_only}), got {type} {name!r}",
               argument=argument, activations=sorted(ACTIVATIONS),
               output_only=tr("{names} for the output layer", names=_OUTPUT_NAMES), type=type(name).__name__,
               name=name))
    if name in OUTPUT_ACTIVATIONS:
        return OUTPUT_ACTIVATIONS[name]
    if name not in ACTIVATIONS:
        raise ValueError(
            tr("{argument} must be one of {activations} (or {output_only}), got {name!r}",
               argument=argument, activations=sorted(ACTIVATIONS),
               output_only=tr("{names} for the output layer", names=_OUTPUT_NAMES), name=name))
    return ACTIVATIONS[name]

