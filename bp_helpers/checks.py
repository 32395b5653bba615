"""Checks for what enters the package from outside.

The algorithm itself (``network.py``) stays as plain as the lesson; every
public entry point first passes its arguments through one of these
functions.  Each raises ``TypeError`` (wrong kind of thing) or ``ValueError``
(right kind, wrong value) with a message that names the argument, what was
expected and what was given.
"""

import math
import numbers

import numpy as np

# The learning rates the course's sliders and explorers take (RATE_STOPS in
# rate_sweep.py stops between them).
LOWEST_RATE, HIGHEST_RATE = 0.001, 100.0


def check_sizes(sizes):
    """Layer sizes: a list of at least two positive whole numbers."""
    if isinstance(sizes, (str, bytes)) or not hasattr(sizes, "__len__"):
        raise TypeError(
            f"sizes must be a list of layer sizes such as [1, 2, 2, 1], got {sizes!r}")
    if len(sizes) < 2:
        raise ValueError(
            "sizes must list at least two layers (an input and an output layer), "
            f"got {list(sizes)!r}")
    for layer, size in enumerate(sizes):
        if isinstance(size, bool) or not isinstance(size, numbers.Integral):
            raise TypeError(
                f"sizes[{layer}] must be a whole number of nodes, got {size!r}")
        if size < 1:
            raise ValueError(
                f"sizes[{layer}] must be at least 1 node, got {size!r}")
    return [int(size) for size in sizes]


def check_array(name, value, shape=None):
    """A finite float64 array (a copy), with the given shape when one is given.

    ``shape`` may contain ``None`` for "any length" (a batch dimension).
    """
    array = check_numbers(name, value, shape)
    check_finite(name, array)
    return array


def check_numbers(name, value, shape=None):
    """A float64 array (a copy) of numbers, with the given shape when one is given;
    NaN and inf are not looked for (:func:`check_finite` does that)."""
    try:
        array = np.asarray(value)
    except ValueError:  # ragged nested lists
        array = None
    # Only integers and floats count as numbers: strings, bools, None and
    # complex numbers are refused rather than converted.
    if array is None or array.dtype.kind not in "iuf":
        raise TypeError(f"{name} must be numbers (an array of floats), got {value!r}")
    array = array.astype(float)  # always a copy: the caller's array stays theirs
    if shape is not None and not _shape_matches(array.shape, shape):
        raise ValueError(
            f"{name} must have shape {_shape_text(shape)}, got shape {array.shape}")
    return array


def check_finite(name, array):
    """Raise ``ValueError`` naming ``name`` if the float array holds a NaN or an inf."""
    if not np.isfinite(array).all():
        raise ValueError(f"{name} must be finite (no NaN or inf), got {array!r}")


def check_example(name, value, n):
    """One example, shape ``(n,)``, or a batch of them, shape ``(B, n)``; finite."""
    array = check_numbers(name, value)
    if not (array.shape == (n,) or (array.ndim == 2 and array.shape[1] == n
                                    and array.shape[0] >= 1)):
        raise ValueError(
            f"{name} must have shape ({n},) for one example or (B, {n}) for a "
            f"batch of B examples, got shape {array.shape}")
    check_finite(name, array)
    return array


def check_positive_number(name, value):
    """A real, finite number greater than 0 (a learning rate, a step size)."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError(f"{name} must be a number greater than 0, got {value!r}")
    if not math.isfinite(value) or value <= 0:
        raise ValueError(
            f"{name} must be a finite number greater than 0, got {value!r}")
    return float(value)


def check_learning_rates(name, rates):
    """A non-empty list of learning rates, each a finite number greater than 0."""
    if isinstance(rates, (str, bytes)) or not hasattr(rates, "__len__"):
        raise TypeError(f"{name} must be a list of learning rates such as [0.01, 1.0, 100], "
                        f"got {rates!r}")
    if len(rates) == 0:
        raise ValueError(f"{name} must hold at least one learning rate, got none")
    return [check_positive_number(f"{name}[{k}]", rate) for k, rate in enumerate(rates)]


def check_whole_number(name, value, minimum):
    """A whole number (not a bool) of at least ``minimum``."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise TypeError(f"{name} must be a whole number, got {value!r}")
    if value < minimum:
        raise ValueError(f"{name} must be at least {minimum}, got {value!r}")
    return int(value)


def _shape_matches(actual, expected):
    if actual == tuple(expected):
        return True
    return len(actual) == len(expected) and all(
        want is None or got == want for got, want in zip(actual, expected))


def _shape_text(shape):
    parts = ["B" if n is None else str(n) for n in shape]
    return "(" + ", ".join(parts) + ("," if len(parts) == 1 else "") + ")"


def check_learning_rate(name, value):
    """A learning rate that the sliders can show: a number from 0.001 to 100."""
    rate = check_positive_number(name, value)
    if not LOWEST_RATE <= rate <= HIGHEST_RATE:
        raise ValueError(f"{name} must be between {LOWEST_RATE:g} and "
                         f"{HIGHEST_RATE:g} (the learning-rate slider's range), "
                         f"got {value!r}")
    return rate
