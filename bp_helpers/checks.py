"""Checks for what enters the package from outside.

The algorithm itself (``network.py``) stays as plain as the lesson; every
public entry point first passes its arguments through one of these
functions.  Each raises ``TypeError`` (wrong kind of thing) or ``ValueError``
(right kind, wrong value) with a message that names the argument, what was
expected and what was given.
"""

import math
import numbers
from collections.abc import Mapping, Set

import numpy as np

# The learning rates the course's sliders and explorers take (RATE_STOPS in
# rate_sweep.py stops between them).
LOWEST_RATE, HIGHEST_RATE = 0.001, 100.0
RATE_DIGITS = 3         # significant digits of a learning rate, as its label shows it

# The most weights a Network may have (``check_sizes``): 80 MB of float64.
MAX_WEIGHTS = 10_000_000


def check_sizes(sizes):
    """Layer sizes: a list (or tuple, or 1-d array) of at least two positive whole
    numbers, with at most ``MAX_WEIGHTS`` weights between them."""
    if not (isinstance(sizes, (list, tuple)) or (isinstance(sizes, np.ndarray) and sizes.ndim == 1)):
        raise TypeError(
            f"sizes must be a list of layer sizes such as [1, 2, 2, 1], got {sizes!r}")
    if len(sizes) < 2:
        raise ValueError(
            "sizes must list at least two layers (an input and an output layer), "
            f"got {list(sizes)!r}")
    for layer, size in enumerate(sizes):
        check_whole_number(f"sizes[{layer}]", size, 1)
    sizes = [int(size) for size in sizes]
    weights = sum(a * b for a, b in zip(sizes[:-1], sizes[1:]))
    if weights > MAX_WEIGHTS:
        raise ValueError(
            f"sizes {sizes} make a network of {weights} weights; a Network holds at most "
            f"{MAX_WEIGHTS} ({MAX_WEIGHTS * 8 // 10**6} MB of floats): it is written to "
            "be read, not to train big networks")
    return sizes


def check_array(name, value, shape=None):
    """A finite float64 array (a copy), with the given shape when one is given.

    ``shape`` may contain ``None`` for "any length" (a batch dimension).
    """
    array = check_numbers(name, value, shape)
    check_finite(name, array)
    return array


def check_numbers(name, value, shape=None):
    """A float64 array (a copy) of numbers, with the given shape when one is given;
    NaN and inf are not looked for (:func:`check_finite` does that).  A numpy masked
    array (or a list holding one) is refused: NumPy would drop its mask, and the
    masked entries would count as numbers."""
    if _holds_masked(value):
        raise TypeError(f"{name} must be numbers, not a masked array (NumPy would drop "
                        "the mask and use the masked entries as numbers): fill them in "
                        f"(.filled(...)) or leave those examples out; got {value!r}")
    try:
        array = np.asarray(value)
    except ValueError:  # ragged nested lists
        array = None
    # Only integers and floats count as numbers: strings, bools, None and
    # complex numbers are refused rather than converted.
    if array is not None and array.dtype == object:
        array = _whole_numbers_as_floats(name, array)
    if array is None or array.dtype.kind not in "iuf":
        raise TypeError(f"{name} must be numbers (an array of floats), got {value!r}")
    with np.errstate(over="ignore"):    # a long double past the largest float becomes inf,
        array = array.astype(float)     # which check_finite names; always a copy
    if shape is not None and not _shape_matches(array.shape, shape):
        raise ValueError(
            f"{name} must have shape {_shape_text(shape)}, got shape {array.shape}")
    return array


def _holds_masked(value):
    """True if ``value`` is a masked array, or a list or tuple holding one at any depth."""
    if isinstance(value, np.ma.MaskedArray):
        return True
    return isinstance(value, (list, tuple)) and any(_holds_masked(item) for item in value)


def _whole_numbers_as_floats(name, array):
    """An array of Python ints (numpy keeps those past 64 bits as objects) as
    floats; ``None`` if it holds anything else (the caller says what it wants)."""
    if not all(isinstance(v, numbers.Integral) and not isinstance(v, bool) for v in array.flat):
        return None
    try:
        return array.astype(float)
    except OverflowError:
        raise ValueError(f"{name} must be numbers a float can hold (at most about "
                         f"1.8e308 in size), got {short_repr(max(array.flat, key=abs))}") from None


def check_finite(name, array):
    """Raise ``ValueError`` naming ``name`` if the float array holds a NaN or an inf,
    saying which."""
    if np.isfinite(array).all():
        return
    if np.isnan(array).any():
        raise ValueError(f"{name} must be finite, got NaN (not a number): {array!r}")
    raise ValueError(f"{name} must be finite, got inf (or a number past the "
                     f"largest float, about 1.8e308): {array!r}")


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


def check_real(name, value, what="number"):
    """``value`` as a float, if it is a real, finite number (not a bool); ``what``
    (e.g. "number greater than 0") is what the errors say it should be.  A number
    too large for a float (a Python int such as ``10**400``) is a ``ValueError``."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError(f"{name} must be a {what}, got {value!r}")
    try:
        number = float(value)
    except OverflowError:
        raise ValueError(f"{name} must be a {what} that a float can hold (at most about "
                         f"1.8e308), got {short_repr(value)}") from None
    if not math.isfinite(number):
        raise ValueError(f"{name} must be a finite {what}, got {value!r}")
    return number


def check_positive_number(name, value, maximum=None, why=""):
    """A real, finite number greater than 0 (a learning rate, a step size), and at
    most ``maximum`` if given (``why``, if given, says why in the error)."""
    number = check_real(name, value, "number greater than 0")
    if number <= 0:
        raise ValueError(f"{name} must be a finite number greater than 0, got {value!r}")
    return _at_most(name, number, maximum, why)


def check_learning_rates(name, rates):
    """A non-empty list of learning rates, each a finite number greater than 0
    (in an order: a set or a dict is refused, the results follow the rates)."""
    if isinstance(rates, (str, bytes)) or not hasattr(rates, "__len__"):
        raise TypeError(f"{name} must be a list of learning rates such as [0.01, 1.0, 100], "
                        f"got {rates!r}")
    if isinstance(rates, (Set, Mapping)):
        raise TypeError(f"{name} must be a list of learning rates such as [0.01, 1.0, 100], "
                        f"in the order wanted; got a {type(rates).__name__}, which has no order")
    if len(rates) == 0:
        raise ValueError(f"{name} must hold at least one learning rate, got none")
    return [check_positive_number(f"{name}[{k}]", rate) for k, rate in enumerate(rates)]


def check_whole_number(name, value, minimum, maximum=None, why=""):
    """A whole number (not a bool) of at least ``minimum``, and at most ``maximum``
    if given (``why``, if given, says why in the error)."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise TypeError(f"{name} must be a whole number, got {value!r}")
    if value < minimum:
        raise ValueError(f"{name} must be at least {minimum}, got {short_repr(value)}")
    return _at_most(name, int(value), maximum, why)


def _at_most(name, value, maximum, why):
    """``value``, if ``maximum`` is None or ``value`` is at most ``maximum``."""
    if maximum is not None and value > maximum:
        because = f" ({why})" if why else ""
        raise ValueError(f"{name} must be at most {maximum}{because}, got {short_repr(value)}")
    return value


def short_repr(value):
    """A number for a message: a huge Python int as its size (``10**400`` has 401
    digits), anything else as its repr."""
    if isinstance(value, numbers.Integral) and abs(value) > 10**20:
        return f"an integer of about {int(int(value).bit_length() * math.log10(2)) + 1} digits"
    return repr(value)


def _shape_matches(actual, expected):
    if actual == tuple(expected):
        return True
    return len(actual) == len(expected) and all(
        want is None or got == want for got, want in zip(actual, expected))


def _shape_text(shape):
    parts = ["B" if n is None else str(n) for n in shape]
    return "(" + ", ".join(parts) + ("," if len(parts) == 1 else "") + ")"


def check_learning_rate(name, value):
    """A learning rate that the sliders can show: a number from 0.001 to 100, rounded
    to the ``RATE_DIGITS`` significant digits its label shows (``format_rate``), so
    that two rates never share a label: ``np.float32(0.1)`` and ``0.1000001`` are
    0.1, ``99.95`` is 100."""
    rate = check_positive_number(name, value)
    if not LOWEST_RATE <= rate <= HIGHEST_RATE:
        raise ValueError(f"{name} must be between {LOWEST_RATE:g} and "
                         f"{HIGHEST_RATE:g} (the learning-rate slider's range), "
                         f"got {value!r}")
    return float(f"{rate:.{RATE_DIGITS - 1}e}")
