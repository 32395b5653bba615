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
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np


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
    "linear": Activation(
        "linear", linear, linear_derivative,
        r"f(x) = x", r"f'(x) = 1"),
}


def get_activation(name: str, argument: str = "activation") -> Activation:
    """Return the :class:`Activation` called ``name`` (e.g. ``"sigmoid"``); an error
    names ``argument``, where ``name`` came from."""
    if not isinstance(name, str):
        raise TypeError(
            f"{argument} must be a name (one of {sorted(ACTIVATIONS)}), "
            f"got {type(name).__name__} {name!r}")
    if name not in ACTIVATIONS:
        raise ValueError(
            f"{argument} must be one of {sorted(ACTIVATIONS)}, got {name!r}")
    return ACTIVATIONS[name]
