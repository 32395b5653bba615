"""How numbers are written in formulas, tables and diagrams.

One rule everywhere, so that the same value always reads the same:

1. round the value to ``significant`` significant digits (3 unless asked);
2. if the rounded value is 0 or between 1e-4 and 1e4 in size, write it in
   plain decimals: ``0.620``, ``-0.00203``, ``0.000375``, ``1.00``, ``12.3``,
   ``1230``;
3. otherwise write it in scientific notation: ``6.71e-05`` in plain text
   (``format_number``), ``6.71 \\times 10^{-5}`` in a LaTeX formula
   (``format_latex_number``).

Rounding comes first, so the size is that of the rounded number: 0.9995 is
``1.00`` (not ``1.000``) and 9.996 is ``10.0``.  ``-0.0`` is ``0.00``.
Infinity and NaN are written ``inf``, ``-inf``, ``nan`` (LaTeX: ``\\infty``,
``-\\infty``, ``\\text{NaN}``).

A plain-text table's columns are padded by ``pad``, which counts a Chinese
character as the two columns a fixed-width font gives it.
"""

from __future__ import annotations

import math
import sys
import unicodedata

import numpy as np

from .checks import check_whole_number, short_repr
from .language import tr

PLAIN_RANGE = (1e-4, 1e4)   # rounded sizes written in plain decimals: 1e-4 <= |value| < 1e4
MAX_SIGNIFICANT = 17        # the most significant digits asked for
WHY_MAX_SIGNIFICANT = "a float holds about 17 significant digits; more are noise"


def columns(text: str) -> int:
    """How many columns ``text`` takes in a fixed-width font: two for a Chinese character."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text: str, width: int, left: bool = True) -> str:
    """``text`` padded with spaces to ``width`` columns (``columns``): on the right if
    ``left`` (aligned left), else on the left; like ``ljust``/``rjust`` for English."""
    space = " " * (width - columns(text))
    return text + space if left else space + text


def format_number(value: float, significant: int = 3) -> str:
    """``value`` rounded to ``significant`` digits, as plain text: ``-0.00203``, ``6.71e-05``."""
    return _write(value, significant, latex=False)


def format_latex_number(value: float, significant: int = 3) -> str:
    r"""The same number for a LaTeX formula: ``-0.00203``, ``6.71 \times 10^{-5}``."""
    return _write(value, significant, latex=True)


def format_latex_from_ln(ln_value: float, significant: int = 3) -> str:
    r"""The positive number ``e^ln_value`` for a LaTeX formula, by the same rule, written
    from its logarithm: so also where it is too small for a float, which would
    hold it as 0 (``e^-800`` is ``3.67 \times 10^{-348}``)."""
    value = math.exp(ln_value)
    if value >= sys.float_info.min:                # a normal float: the rule as it is
        return format_latex_number(value, significant)
    exponent = math.floor(ln_value / math.log(10))
    mantissa = format_number(math.exp(ln_value - exponent * math.log(10)), significant)
    if float(mantissa) >= 10:                      # 9.9996 rounds to 10.0: 1.00 times 10 more
        mantissa, exponent = format_number(1.0, significant), exponent + 1
    return rf"{mantissa} \times 10^{{{exponent}}}"


def digits_to_tell_apart(before: float, after: float, significant: int = 3,
                         most: int = 6) -> int:
    """The fewest significant digits, from ``significant`` up to ``most``, that write
    ``before`` and ``after`` differently: a weight that an update moves from
    0.8 to 0.800235 reads 0.800 and 0.800 with 3 digits, 0.8000 and 0.8002
    with 4.  ``significant`` if even ``most`` digits write them alike."""
    for digits in range(significant, most + 1):
        if format_number(before, digits) != format_number(after, digits):
            return digits
    return significant


def format_factor(value: float, significant: int = 3) -> str:
    r"""A number as a factor in a LaTeX formula, in brackets when it is negative
    or in scientific notation: ``(-0.600)``, ``(1.00 \times 10^{-8})``, so that
    ``(1 - (1.00 \times 10^{-8})^2)`` and ``0.5 \cdot (-0.600)`` read right."""
    text = format_latex_number(value, significant)
    return f"({text})" if text.startswith("-") or r"\times" in text else text


def format_rate(learning_rate: float, significant: int = 3) -> str:
    """A learning rate, or any other round number such as a tick of an axis: the
    same rule with 3 significant digits (unless asked), trailing zeros dropped:
    ``0.01``, ``0.3``, ``1``, ``14.1``, ``100``, ``1000``, ``1e-05``, ``1e+05``."""
    mantissa, e, exponent = format_number(learning_rate, significant).partition("e")
    if "." in mantissa:
        mantissa = mantissa.rstrip("0").rstrip(".")
    return mantissa + e + exponent


def _write(value, significant, latex):
    """The rule of the module docstring."""
    if isinstance(value, (str, bytes, bool, np.ma.MaskedArray)):   # np.ma.masked too
        raise TypeError(tr("value must be a number, got {value!r}", value=value))
    if np.iscomplexobj(value):
        raise TypeError(tr("value must be a real number, got the complex {value!r}", value=value))
    try:
        with np.errstate(over="ignore"):
            number = float(value)   # a Python or NumPy number (or a 0-d array)
    except (TypeError, ValueError):
        raise TypeError(tr("value must be a number, got {value!r}", value=value)) from None
    except OverflowError:           # a Python int past the largest float, such as 10**400
        number = None
    if number is None or math.isinf(number) and value != number:
        # 10**400, Decimal("1e400"), np.longdouble("1e4000"): not inf, but past the largest float
        raise ValueError(tr("value must be a number a float can hold (at most about 1.8e308), got {value}",
                            value=short_repr(value)))
    value = number
    significant = check_whole_number("significant", significant, 1, MAX_SIGNIFICANT,
                                     WHY_MAX_SIGNIFICANT)
    if math.isnan(value):
        return r"\text{NaN}" if latex else "nan"
    if math.isinf(value):
        return ("-" if value < 0 else "") + (r"\infty" if latex else "inf")
    if value == 0:
        value = 0.0                                      # -0.0 is written 0.00
    scientific = f"{value:.{significant - 1}e}"         # rounds first: 9.996 -> "1.00e+01"
    mantissa, exponent = scientific.split("e")
    rounded, exponent = float(scientific), int(exponent)
    if rounded == 0 or PLAIN_RANGE[0] <= abs(rounded) < PLAIN_RANGE[1]:
        return f"{rounded:.{max(0, significant - 1 - exponent)}f}"
    if latex:
        return rf"{mantissa} \times 10^{{{exponent}}}"
    return scientific
