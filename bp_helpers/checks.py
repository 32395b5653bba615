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

from .language import tr

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
            tr("sizes must be a list of layer sizes such as [1, 2, 2, 1], got {sizes!r}", sizes=sizes))
    if len(sizes) < 2:
        raise ValueError(
            tr("sizes must list at least two layers (an input and an output layer), got {sizes!r}",
               sizes=list(sizes)))
    for layer, size in enumerate(sizes):
        check_whole_number(f"sizes[{layer}]", size, 1)
    sizes = [int(size) for size in sizes]
    weights = sum(a * b for a, b in zip(sizes[:-1], sizes[1:]))
    if weights > MAX_WEIGHTS:
        raise ValueError(
            tr("sizes {sizes} make a network of {weights} weights; a Network holds at most {max_weights} "
               "({megabytes} MB of floats): it is written to be read, not to train big networks",
               sizes=sizes, weights=weights, max_weights=MAX_WEIGHTS, megabytes=MAX_WEIGHTS * 8 // 10**6))
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
        raise TypeError(tr("{name} must be numbers, not a masked array (NumPy would drop the mask and use "
                           "the masked entries as numbers): fill them in (.filled(...)) or leave those "
                           "examples out; got {value!r}", name=name, value=value))
    try:
        array = np.asarray(value)
    except ValueError:  # ragged nested lists
        array = None
    # Only integers and floats count as numbers: strings, bools, None and
    # complex numbers are refused rather than converted.
    if array is not None and array.dtype == object:
        array = _whole_numbers_as_floats(name, array)
    if array is None or array.dtype.kind not in "iuf":
        raise TypeError(tr("{name} must be numbers (an array of floats), got {value!r}",
                           name=name, value=value))
    with np.errstate(over="ignore"):    # a long double past the largest float becomes inf,
        array = array.astype(float)     # which check_finite names; always a copy
    if shape is not None and not _shape_matches(array.shape, shape):
        raise ValueError(
            tr("{name} must have shape {expected}, got shape {shape}",
               name=name, expected=_shape_text(shape), shape=array.shape))
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
        raise ValueError(tr("{name} must be numbers a float can hold (at most about 1.8e308 in size), got "
                            "{largest}", name=name, largest=short_repr(max(array.flat, key=abs)))) from None


def check_finite(name, array):
    """Raise ``ValueError`` naming ``name`` if the float array holds a NaN or an inf,
    saying which."""
    if np.isfinite(array).all():
        return
    if np.isnan(array).any():
        raise ValueError(tr("{name} must be finite, got NaN (not a number): {array!r}",
                            name=name, array=array))
    raise ValueError(tr("{name} must be finite, got inf (or a number past the largest float, about "
                        "1.8e308): {array!r}", name=name, array=array))


def check_example(name, value, n):
    """One example, shape ``(n,)``, or a batch of them, shape ``(B, n)``; finite."""
    array = check_numbers(name, value)
    if not (array.shape == (n,) or (array.ndim == 2 and array.shape[1] == n
                                    and array.shape[0] >= 1)):
        raise ValueError(
            tr("{name} must have shape ({n},) for one example or (B, {n}) for a batch of B examples, got "
               "shape {shape}", name=name, n=n, shape=array.shape))
    check_finite(name, array)
    return array


def check_real(name, value, what="number"):
    """``value`` as a float, if it is a real, finite number (not a bool); ``what``
    (e.g. "number greater than 0") is what the errors say it should be.  A number
    too large for a float (a Python int such as ``10**400``) is a ``ValueError``."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError(tr("{name} must be a {what}, got {value!r}", name=name, what=tr(what), value=value))
    try:
        number = float(value)
    except OverflowError:
        raise ValueError(tr("{name} must be a {what} that a float can hold (at most about 1.8e308), got "
                            "{value}", name=name, what=tr(what), value=short_repr(value))) from None
    if not math.isfinite(number):
        raise ValueError(tr("{name} must be a finite {what}, got {value!r}",
                            name=name, what=tr(what), value=value))
    return number


def check_positive_number(name, value, maximum=None, why=""):
    """A real, finite number greater than 0 (a learning rate, a step size), and at
    most ``maximum`` if given (``why``, if given, says why in the error)."""
    number = check_real(name, value, "number greater than 0")
    if number <= 0:
        raise ValueError(tr("{name} must be a finite number greater than 0, got {value!r}",
                            name=name, value=value))
    return _at_most(name, number, maximum, why)


def check_learning_rates(name, rates):
    """A non-empty list of learning rates, each a finite number greater than 0
    (in an order: a set or a dict is refused, the results follow the rates)."""
    if isinstance(rates, (str, bytes)) or not hasattr(rates, "__len__"):
        raise TypeError(tr("{name} must be a list of learning rates such as [0.01, 1.0, 100], got {rates!r}",
                           name=name, rates=rates))
    if isinstance(rates, (Set, Mapping)):
        raise TypeError(tr("{name} must be a list of learning rates such as [0.01, 1.0, 100], in the order "
                           "wanted; got a {type}, which has no order", name=name, type=type(rates).__name__))
    if len(rates) == 0:
        raise ValueError(tr("{name} must hold at least one learning rate, got none", name=name))
    return [check_positive_number(f"{name}[{k}]", rate) for k, rate in enumerate(rates)]


def check_whole_number(name, value, minimum, maximum=None, why=""):
    """A whole number (not a bool) of at least ``minimum``, and at most ``maximum``
    if given (``why``, if given, says why in the error)."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise TypeError(tr("{name} must be a whole number, got {value!r}", name=name, value=value))
    if value < minimum:
        raise ValueError(tr("{name} must be at least {minimum}, got {value}",
                            name=name, minimum=minimum, value=short_repr(value)))
    return _at_most(name, int(value), maximum, why)


def _at_most(name, value, maximum, why):
    """``value``, if ``maximum`` is None or ``value`` is at most ``maximum``."""
    if maximum is not None and value > maximum:
        because = tr(" ({why})", why=tr(why)) if why else ""
        raise ValueError(tr("{name} must be at most {maximum}{because}, got {value}",
                            name=name, maximum=maximum, because=because, value=short_repr(value)))
    return value


def short_repr(value):
    """A number for a message: a huge Python int as its size (``10**400`` has 401
    digits), anything else as its repr."""
    if isinstance(value, numbers.Integral) and abs(value) > 10**20:
        return tr("an integer of about {digits} digits",
                  digits=int(int(value).bit_length() * math.log10(2)) + 1)
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
        raise ValueError(tr("{name} must be between {lowest_rate:g} and {highest_rate:g} (the learning-rate "
                            "slider's range), got {value!r}",
                            name=name, lowest_rate=LOWEST_RATE, highest_rate=HIGHEST_RATE, value=value))
    return float(f"{rate:.{RATE_DIGITS - 1}e}")
