"""Gradient checking: backpropagation against finite differences.

Backpropagation computes every ``dE/dw`` and ``dE/db`` with the chain rule.
The definition of a derivative gives a second, independent way: nudge one
parameter ``p`` up and down by a small ``h`` and watch the error,

    dE/dp  ~  (E(p + h) - E(p - h)) / (2 h)

(the central difference, whose error shrinks like ``h**2``).  If the two
agree for every weight and bias, backpropagation is right.  ``gradcheck``
does this on a copy of the network, so the network itself is left exactly
as it was.

Left out on purpose: checking second derivatives and choosing ``h``
automatically.
"""

from dataclasses import dataclass
from typing import List, NamedTuple

import numpy as np

from .checks import check_array, check_example, check_positive_number
from .names import edge_label, node_label
from .network import check_network

# A derivative far smaller than the largest one barely moves E, so its finite
# difference is mostly rounding noise (about 1e-16 * E / h).  Each relative
# error therefore divides by at least SMALL_DERIVATIVE times the largest
# |backprop| + |finite difference| in the table, and never by less than
# DENOMINATOR_FLOOR (so that 0 and 0 agree instead of giving 0 / 0).
SMALL_DERIVATIVE = 1e-3
DENOMINATOR_FLOOR = 1e-12


class GradcheckRow(NamedTuple):
    """One parameter: its lesson name, ``dE/dp`` from backprop and from
    finite differences, and their relative error."""

    name: str
    backprop: float
    finite_difference: float
    relative_error: float


@dataclass(frozen=True)
class GradcheckResult:
    """The table of ``gradcheck``: one row per weight and bias, layer by layer."""

    table: List[GradcheckRow]
    h: float

    @property
    def worst_relative_error(self):
        """The largest relative error in the table."""
        return max(row.relative_error for row in self.table)

    def passed(self, tol=1e-6):
        """True if every relative error is at most ``tol``."""
        tol = check_positive_number("tol", tol)
        return self.worst_relative_error <= tol

    def __str__(self):
        lines = [f"{'parameter':<10} {'backprop':>12} {'finite diff.':>12} {'rel. error':>10}"]
        for row in self.table:
            lines.append(f"{row.name:<10} {row.backprop:12.8f} "
                         f"{row.finite_difference:12.8f} {row.relative_error:10.1e}")
        lines.append(f"worst relative error: {self.worst_relative_error:.1e} (h = {self.h:g})")
        return "\n".join(lines)


def relative_error(a, b, scale=0.0):
    """How far apart two derivatives are, relative to their size.

        |a - b| / max(|a| + |b|, scale, DENOMINATOR_FLOOR)

    0 when they are equal, 1 when they have opposite signs.  ``scale`` is
    the smallest denominator to use; ``gradcheck`` passes
    ``SMALL_DERIVATIVE`` times the largest derivative in its table.
    """
    return abs(a - b) / max(abs(a) + abs(b), scale, DENOMINATOR_FLOOR)


def gradcheck(net, x, t, h=1e-5):
    """Compare backprop's ``dE/dw``, ``dE/db`` with central differences.

    ``x`` is one example ``(n_in,)`` or a batch ``(B, n_in)`` and ``t`` the
    matching targets; ``E`` is ``net.error(x, t)``.  For every parameter
    ``p`` the finite difference is

        (E(p + h) - E(p - h)) / (2 h)

    The default ``h = 1e-5`` balances the two errors of this formula:
    rounding (about ``1e-16 * E / h``) and truncation (about ``h**2``).
    Everything happens on ``net.copy()``, so ``net`` is not changed.
    Returns a :class:`GradcheckResult`; ``print`` it for the table.
    """
    check_network(net)
    x = check_example("x", x, net.sizes[0])
    t = check_array("t", t, x.shape[:-1] + (net.sizes[-1],))
    h = check_positive_number("h", h)
    probe = net.copy()
    probe.forward(x)
    probe.backward(t)
    derivatives = []  # (name, backprop, finite difference), layer by layer
    for l in range(len(net.sizes) - 1):
        for (i, j), dE_dw in np.ndenumerate(probe.dE_dw[l]):
            derivatives.append((edge_label(net.sizes, l, i, j), float(dE_dw),
                                _central_difference(probe, probe.weights[l], (i, j), x, t, h)))
        for (j,), dE_db in np.ndenumerate(probe.dE_db[l]):
            derivatives.append(("b_" + node_label(net.sizes, l + 1, j), float(dE_db),
                                _central_difference(probe, probe.biases[l], (j,), x, t, h)))
    scale = SMALL_DERIVATIVE * max(abs(a) + abs(b) for _, a, b in derivatives)
    table = [GradcheckRow(name, a, b, relative_error(a, b, scale))
             for name, a, b in derivatives]
    return GradcheckResult(table, h)


def _central_difference(probe, parameters, index, x, t, h):
    """(E(p + h) - E(p - h)) / (2 h) for p = parameters[index], which is put back exactly."""
    p = parameters[index]
    parameters[index] = p + h
    E_plus = probe.error(x, t)
    parameters[index] = p - h
    E_minus = probe.error(x, t)
    parameters[index] = p
    return (E_plus - E_minus) / (2 * h)
