"""Gradient checking: backpropagation against finite differences.

Backpropagation computes every ``dE/dw`` and ``dE/db`` with the chain rule.
The definition of a derivative gives a second, independent way: nudge one
parameter ``p`` up and down by a small ``h`` and watch the error,

    dE/dp  ~  (E(p + h) - E(p - h)) / (2 h)

(the central difference).  ``gradcheck`` does this on a copy of the network,
so the network itself is left exactly as it was.

A finite difference is itself only approximately right, so every row also
gets an estimate of its *noise*, how far the finite difference may be from
the true derivative.  It has two parts:

* rounding: each ``E`` is computed with a rounding error of about
  ``EPS * (|E| + sum over outputs of |y - y_target| |y|)`` (``EPS`` = 2.2e-16,
  the spacing of floats near 1), and the difference of two of them is divided
  by ``2 h``: about ``EPS * (...) / h``.  And ``p + h`` and ``p - h`` are
  rounded floats too, so the step is not exactly ``2 h``: that changes the
  finite difference ``D`` by about ``EPS * |p| * |D| / h``;
* truncation: the formula's own error, which grows like ``h**2``.  With ``2 h``
  instead of ``h`` it is 4 times as large, so the change of the finite
  difference from ``h`` to ``2 h`` is 3 times the error at ``h``:
  about ``|D(2 h) - D(h)| / 3``.

These are estimates of the size of the error, not bounds: on random networks
the real error is up to about 1.2 times their sum.  The noise reported is
``SAFETY`` (2) times the sum, so that a right derivative is not said to differ.

Even a derivative of exactly 0 (a weight into a ReLU that is off) has this
noise: ``E`` is rounded to its nearest float, so a finite difference of 0
only says that the derivative is smaller than the noise.

Each row then gets one of three statuses, for a tolerance ``tol`` (1e-6):

* "agrees": backprop and finite difference are within ``tol`` of each other
  (relative error at most ``tol``) and the noise is small enough to tell
  (at most ``tol * (|backprop| + |finite difference|)``);
* "differs": they are further apart than ``tol`` and than the noise, so
  backprop is wrong there;
* "cannot be verified": the noise is too large to tell, typically because
  the derivative itself is tiny (the first layers of a deep network).  A
  wrong value could hide in such a row, so it never counts as agreeing.

``passed()`` is True only if every row agrees.

Size: every parameter costs four evaluations of ``E``, so a network of
``P`` parameters costs ``4 P`` forward passes, each of them ``P``
multiplications: ``gradcheck`` takes networks of at most ``MAX_PARAMETERS``
(10,000) weights and biases, about a second, and refuses bigger ones rather
than run for minutes.  It checks every parameter or none: a sample could
miss the one wrong derivative.  A small network with the same layers'
activations tells whether ``backward`` is right just as well.

Left out on purpose: checking second derivatives and choosing ``h``
automatically.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
from numpy.typing import ArrayLike

from .checks import check_array, check_example, check_positive_number
from .formatting import digits_to_tell_apart, format_number, pad
from .language import tr
from .names import edge_label, node_label
from .network import Network, check_network

EPS = float(np.finfo(float).eps)   # 2.2e-16: the relative rounding error of one float operation
TOLERANCE = 1e-6                   # the relative error a row may have and still agree
SAFETY = 2                         # the noise reported: twice the estimate (module docstring)
DENOMINATOR_FLOOR = 1e-12          # relative_error of 0 and 0 is 0, not 0 / 0
MAX_H = 1.0                        # the largest step h: D(h) is a slope only for small steps
WHY_MAX_H = "a finite difference is the slope at p only for a small step; the default is 1e-5"
MAX_PARAMETERS = 10_000            # weights and biases gradcheck takes: about a second (module docstring)
AGREES, DIFFERS, CANNOT_BE_VERIFIED = "agrees", "differs", "cannot be verified"


class GradcheckRow(NamedTuple):
    """One parameter: its lesson name, ``dE/dp`` from backprop and from
    finite differences, their relative error, and the estimated noise of
    the finite difference (module docstring)."""

    name: str
    backprop: float
    finite_difference: float
    relative_error: float
    noise: float

    def status(self, tol: float = TOLERANCE) -> str:
        """"agrees", "differs" or "cannot be verified" (the rules of the module docstring)."""
        tol = check_positive_number("tol", tol)
        resolution = tol * (abs(self.backprop) + abs(self.finite_difference))
        difference = abs(self.backprop - self.finite_difference)
        if difference <= resolution and self.noise <= resolution:
            return AGREES
        if difference > resolution and difference > self.noise:
            return DIFFERS
        return CANNOT_BE_VERIFIED


@dataclass(frozen=True)
class GradcheckResult:
    """The table of ``gradcheck``: one row per weight and bias, layer by layer."""

    table: list[GradcheckRow]
    h: float

    def rows_with(self, status: str, tol: float = TOLERANCE) -> list[GradcheckRow]:
        """The rows whose status is ``status``, e.g. ``rows_with("cannot be verified")``."""
        return [row for row in self.table if row.status(tol) == status]

    @property
    def worst_relative_error(self) -> float:
        """The largest relative error of the rows that can be verified (nan if none can)."""
        checked = [row.relative_error for row in self.table
                   if row.status() != CANNOT_BE_VERIFIED]
        return max(checked, default=float("nan"))

    def passed(self, tol: float = TOLERANCE) -> bool:
        """True only if every row agrees: none differs, and none is too small to verify."""
        return all(row.status(tol) == AGREES for row in self.table)

    def __str__(self) -> str:
        """The table, every number by the course's one rule (``formatting.py``): the two
        derivatives of a row with 3 significant digits, or with the fewest (up to 6)
        that write them differently, so that a row that differs shows where."""
        lines = [f"{pad(tr('parameter'), 10)} {pad(tr('backprop'), 14, False)} "
                 f"{pad(tr('finite diff.'), 14, False)} {pad(tr('rel. error'), 10, False)} "
                 f"{pad(tr('noise'), 9, False)}  {tr('status')}"]
        for row in self.table:
            digits = digits_to_tell_apart(row.backprop, row.finite_difference)
            status = tr(row.status())
            if row.status() == CANNOT_BE_VERIFIED:
                status = tr("{status}: finite-difference noise ~{noise}", status=status,
                            noise=format_number(row.noise))
            lines.append(f"{row.name:<10} {format_number(row.backprop, digits):>14} "
                         f"{format_number(row.finite_difference, digits):>14} "
                         f"{format_number(row.relative_error):>10} "
                         f"{format_number(row.noise):>9}  {status}")
        counts = {status: len(self.rows_with(status)) for status in (AGREES, DIFFERS, CANNOT_BE_VERIFIED)}
        lines.append(tr("{agree} agree, {differ} differ, {unverified} cannot be verified "
                        "(tolerance {tolerance}, h = {h}); passed: True" if self.passed() else
                        "{agree} agree, {differ} differ, {unverified} cannot be verified "
                        "(tolerance {tolerance}, h = {h}); passed: False",
                        agree=counts[AGREES], differ=counts[DIFFERS],
                        unverified=counts[CANNOT_BE_VERIFIED], tolerance=format_number(TOLERANCE),
                        h=format_number(self.h)))
        return "\n".join(lines)


def relative_error(a: float, b: float) -> float:
    """How far apart two derivatives are, relative to their size.

        |a - b| / max(|a| + |b|, DENOMINATOR_FLOOR)

    0 when they are equal, 1 when they have opposite signs.
    """
    return abs(a - b) / max(abs(a) + abs(b), DENOMINATOR_FLOOR)


def gradcheck(net: Network, x: ArrayLike, t: ArrayLike, h: float = 1e-5) -> GradcheckResult:
    """Compare backprop's ``dE/dw``, ``dE/db`` with central differences.

    ``x`` is one example ``(n_in,)`` or a batch ``(B, n_in)`` and ``t`` the
    matching targets; ``E`` is ``net.error(x, t)``.  For every parameter
    ``p`` the finite difference is

        D(h) = (E(p + h) - E(p - h)) / (2 h)

    and its noise is estimated as in the module docstring (this needs
    ``D(2 h)`` too).  The default ``h = 1e-5`` balances rounding (about
    ``1e-16 * E / h``) and truncation (about ``h**2``); ``h`` is at most
    ``MAX_H`` (1).  ``net`` has at most ``MAX_PARAMETERS`` (10,000) weights
    and biases (module docstring, "Size").  Everything happens
    on ``net.copy()``, so ``net`` is not changed; the copy keeps the class of
    ``net``, so a subclass is checked with its own ``backward`` and ``error``.  Returns a
    :class:`GradcheckResult`; ``print`` it for the table.
    """
    check_network(net)
    _check_size(net)
    x = check_example("x", x, net.sizes[0])
    t = check_array("t", t, x.shape[:-1] + (net.sizes[-1],))
    h = check_positive_number("h", h, MAX_H, WHY_MAX_H)
    probe = net.copy()
    probe.forward(x)
    E = probe.backward(t)
    y = probe.y[-1]
    # EPS * (|E| + sum over outputs of |y - t| |y|), per example
    rounding = EPS * (abs(E) + np.mean(np.sum(np.abs((y - t) * y), axis=-1))) / h
    table = []
    for l in range(len(net.sizes) - 1):
        for (i, j), dE_dw in np.ndenumerate(probe.dE_dw[l]):
            table.append(_row(edge_label(net.sizes, l, i, j), float(dE_dw),
                              probe, probe.weights[l], (i, j), x, t, h, rounding))
        for (j,), dE_db in np.ndenumerate(probe.dE_db[l]):
            table.append(_row("b_" + node_label(net.sizes, l + 1, j), float(dE_db),
                              probe, probe.biases[l], (j,), x, t, h, rounding))
    return GradcheckResult(table, h)


def _check_size(net):
    """Raise ``ValueError`` if ``net`` has more than ``MAX_PARAMETERS`` weights and biases."""
    parameters = sum(a * b + b for a, b in zip(net.sizes[:-1], net.sizes[1:]))
    if parameters > MAX_PARAMETERS:
        raise ValueError(
            tr("net must have at most {max_parameters} weights and biases for gradcheck, which computes E "
               "four times for each of them; net {sizes} has {parameters}: check a smaller network with the "
               "same activations", max_parameters=MAX_PARAMETERS, sizes=net.sizes, parameters=parameters))


def _row(name, backprop, probe, parameters, index, x, t, h, rounding):
    """The row of p = parameters[index]: D(h) and its noise (module docstring)."""
    p = parameters[index]
    E_plus, E_minus = _errors_at(probe, parameters, index, x, t, h)
    E_plus2, E_minus2 = _errors_at(probe, parameters, index, x, t, 2 * h)
    D_h = (E_plus - E_minus) / (2 * h)
    D_2h = (E_plus2 - E_minus2) / (4 * h)
    noise = SAFETY * float(rounding + EPS * abs(p) * abs(D_h) / h + abs(D_2h - D_h) / 3)
    return GradcheckRow(name, backprop, D_h, relative_error(backprop, D_h), noise)


def _errors_at(probe, parameters, index, x, t, h):
    """E(p + h) and E(p - h) for p = parameters[index], which is put back exactly."""
    p = parameters[index]
    parameters[index] = p + h
    E_plus = probe.error(x, t)
    parameters[index] = p - h
    E_minus = probe.error(x, t)
    parameters[index] = p
    return E_plus, E_minus
