"""How numbers are written in formulas, tables and diagrams.

One rule everywhere, so that the same value always reads the same: three
significant digits, written out in plain decimals (``0.620``, ``-0.00203``,
``1.00``, ``12.3``), never in scientific notation for the numbers of a
lesson-sized network.  Tiny numbers (below 1e-6) fall back to ``1.23e-07``.
"""

import math


def format_number(value, significant=3):
    """``value`` with ``significant`` significant digits, e.g. ``-0.00203``."""
    value = float(value)
    if not math.isfinite(value):
        return str(value)
    if value == 0:
        return f"{0:.{significant - 1}f}"
    exponent = math.floor(math.log10(abs(value)))
    if exponent < -6:
        return f"{value:.{significant - 1}e}"
    decimals = max(0, significant - 1 - exponent)
    return f"{value:.{decimals}f}"


def format_factor(value, significant=3):
    """A number as a factor in a product: negative numbers in brackets, ``(-0.600)``."""
    text = format_number(value, significant)
    return f"({text})" if text.startswith("-") else text


def format_rate(learning_rate):
    """A learning rate as the course writes it: at most 3 significant digits and
    no trailing zeros, ``0.01``, ``0.3``, ``1``, ``14.1``, ``100``."""
    return f"{learning_rate:.3g}"
