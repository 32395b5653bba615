"""Three ways to turn the derivatives into a step: plain gradient descent, momentum and Adam.

The engine (``network.py``) teaches one update rule, the lesson's::

    w  <-  w - alpha * dE/dw

and keeps it.  The optimisers here take the derivatives the engine computes
(``dE_dw`` and ``dE_db``) and make the step from them, each its own way, so
that a notebook can walk them side by side over the same error surface
(``error_surface.descent_path``).  Each is a small class: its settings, what
it remembers between steps (momentum's ``v``; Adam's ``m``, ``v`` and ``t``)
and ``step(w, dE_dw)``, which returns the new ``w`` (a new array) and updates
what it remembers.  ``w`` and ``dE_dw`` are arrays of the same shape (one
optimiser for one array of parameters: the two of a surface, say).

The rules are the published ones, in the forms PyTorch uses
(``torch.optim.SGD`` with ``momentum``, and ``torch.optim.Adam``, both with
their other options left at their defaults), so that ``tests/test_optimisers.py``
can compare them step by step.

Left out on purpose: weight decay, Nesterov momentum, dampening, AMSGrad,
learning-rate schedules.
"""

from __future__ import annotations

import contextlib

import numpy as np
from numpy.typing import ArrayLike

from . import formulas
from .checks import check_array, check_positive_number, check_real
from .formatting import MAX_SIGNIFICANT, digits_to_tell_apart, format_rate
from .language import tr
from .network import Overflow


class GradientDescent:
    """Plain gradient descent: the lesson's update rule (section 5), nothing remembered.

        w  <-  w - alpha * dE/dw

    ``alpha`` is ``learning_rate``.  ``torch.optim.SGD(params, lr=alpha)``.
    """

    name = "gradient descent"

    def __init__(self, learning_rate: float) -> None:
        self.learning_rate = check_positive_number("learning_rate", learning_rate)

    def step(self, w: ArrayLike, dE_dw: ArrayLike) -> np.ndarray:
        """The new ``w``: ``w - alpha * dE/dw``."""
        w, dE_dw = check_step(w, dE_dw)
        with step_overflow_raises(self):
            return formulas.update(w, self.learning_rate, dE_dw)   # w - alpha dE/dw

    def __str__(self) -> str:
        return f"{tr(self.name)} (α = {format_rate(self.learning_rate)})"


class Momentum:
    """Gradient descent with momentum: the step remembers the derivatives before it.

        v  <-  beta * v + dE/dw          (v starts at 0)
        w  <-  w - alpha * v

    ``v`` (the velocity) adds up the derivatives, not the steps: each step
    multiplies the sum so far by ``beta`` and adds the newest, so a derivative
    ``k`` steps old counts ``beta**k`` times as much as the newest.  Along a
    valley's floor, where ``dE/dw`` keeps its sign, the steps grow (up to
    ``1 / (1 - beta)`` times, 10 times for ``beta = 0.9``); ``v`` also carries
    the walk on past the floor until the new derivatives turn it round (where
    plain gradient descent would zigzag, derivatives of changing sign partly
    cancel in ``v``).  ``alpha`` is ``learning_rate``, ``beta`` is
    ``momentum`` (0 gives plain gradient descent).  This is PyTorch's form,
    ``torch.optim.SGD(params, lr=alpha, momentum=beta)``; the form
    ``v <- beta * v + (1 - beta) * dE/dw`` of some texts walks the same path
    with an ``alpha`` ``1 / (1 - beta)`` times larger.
    """

    name = "momentum"

    def __init__(self, learning_rate: float, momentum: float = 0.9) -> None:
        self.learning_rate = check_positive_number("learning_rate", learning_rate)
        self.momentum = check_fraction("momentum", momentum)
        self.v = None

    def step(self, w: ArrayLike, dE_dw: ArrayLike) -> np.ndarray:
        """The new ``w``: ``v <- beta * v + dE/dw``, then ``w - alpha * v``."""
        w, dE_dw = check_step(w, dE_dw)
        v = remembered("v", self.v, w)
        with step_overflow_raises(self):
            v = self.momentum * v + dE_dw                            # beta v + dE/dw
            new_w = formulas.update(w, self.learning_rate, v)        # w - alpha v
        self.v = v
        return new_w

    def __str__(self) -> str:
        return f"{tr(self.name)} (α = {format_rate(self.learning_rate)}, β = {format_beta(self.momentum)})"


class Adam:
    """Adam (Kingma and Ba, 2015): a step of about ``alpha`` for every parameter.

        t  <-  t + 1                                  (t, m, v start at 0)
        m  <-  beta1 * m + (1 - beta1) * dE/dw        (the derivatives' running mean)
        v  <-  beta2 * v + (1 - beta2) * (dE/dw)^2    (their squares' running mean;
                                                       not Momentum's velocity)
        m_hat = m / (1 - beta1^t),   v_hat = v / (1 - beta2^t)
        w  <-  w - alpha * m_hat / (sqrt(v_hat) + eps)

    ``m`` and ``v`` start at 0, so the early means are too small;
    ``m_hat`` and ``v_hat`` correct that (at ``t = 1`` they are ``dE/dw``
    and ``(dE/dw)^2`` exactly).  Dividing by ``sqrt(v_hat)`` takes the size
    of the derivative out: each parameter moves by about ``alpha`` a step at
    most (almost exactly ``alpha`` at the first), however steep or flat ``E`` is.
    ``alpha`` is ``learning_rate``; ``beta1, beta2 = betas`` (defaults 0.9 and
    0.999, with ``eps = 1e-8``: the paper's); ``m`` and ``v`` are the paper's names.
    ``torch.optim.Adam(params, lr=alpha, betas=(beta1, beta2), eps=eps)``.
    """

    name = "Adam"

    def __init__(self, learning_rate: float, betas: tuple[float, float] = (0.9, 0.999),
                 eps: float = 1e-8) -> None:
        self.learning_rate = check_positive_number("learning_rate", learning_rate)
        if not isinstance(betas, (tuple, list)) or len(betas) != 2:
            raise TypeError(tr("betas must be a pair (beta1, beta2) such as (0.9, 0.999), got {betas!r}",
                               betas=betas))
        self.beta1 = check_fraction("betas[0]", betas[0])
        self.beta2 = check_fraction("betas[1]", betas[1])
        self.eps = check_positive_number("eps", eps)
        self.t, self.m, self.v = 0, None, None

    def step(self, w: ArrayLike, dE_dw: ArrayLike) -> np.ndarray:
        """The new ``w`` by the rule of the class's docstring."""
        w, dE_dw = check_step(w, dE_dw)
        m, v = remembered("m", self.m, w), remembered("v", self.v, w)
        t = self.t + 1
        with step_overflow_raises(self):
            m = self.beta1 * m + (1 - self.beta1) * dE_dw
            v = self.beta2 * v + (1 - self.beta2) * dE_dw ** 2
            m_hat = m / (1 - self.beta1 ** t)
            v_hat = v / (1 - self.beta2 ** t)
            new_w = formulas.update(w, self.learning_rate, m_hat / (np.sqrt(v_hat) + self.eps))
        self.t, self.m, self.v = t, m, v
        return new_w

    def __str__(self) -> str:
        return f"{tr(self.name)} (α = {format_rate(self.learning_rate)})"


OPTIMISERS = (GradientDescent, Momentum, Adam)


def check_optimiser(optimiser):
    """``optimiser`` itself, if it is one of ``OPTIMISERS``."""
    if not isinstance(optimiser, OPTIMISERS):
        raise TypeError(tr("optimiser must be GradientDescent(learning_rate), Momentum(learning_rate, "
                           "momentum) or Adam(learning_rate), got {optimiser!r}", optimiser=optimiser))
    return optimiser


def format_beta(beta):
    """``beta`` by the course's one rule, trailing zeros dropped (``0.9``, ``0.99``),
    with as many digits as it takes not to read 1 (``0.9999``), which it never is."""
    return format_rate(beta, digits_to_tell_apart(beta, 1.0, most=MAX_SIGNIFICANT))


def check_fraction(name, value):
    """A number from 0 up to (not including) 1: a ``beta`` of momentum or Adam."""
    number = check_real(name, value, "number from 0 up to 1")
    if not 0 <= number < 1:
        raise ValueError(tr("{name} must be at least 0 and less than 1, got {value!r}",
                            name=name, value=value))
    return number


@contextlib.contextmanager
def step_overflow_raises(optimiser):
    """Within this block, a float that overflows (inf or NaN) raises :class:`Overflow`
    instead: the step of ``optimiser`` went past the largest float (about 1.8e308).
    The blocks compute into new arrays, so what the optimiser remembers is unchanged."""
    try:
        with np.errstate(over="raise", invalid="raise"):
            yield
    except FloatingPointError:
        raise Overflow(tr("{step}() of {optimiser} overflowed: the new w (or what the step "
                          "computes on the way) is too large for a float; nothing was "
                          "changed: use smaller w, dE_dw or learning_rate",
                          step="step", optimiser=optimiser)) from None


def check_step(w, dE_dw):
    """``w`` and ``dE_dw`` as finite float arrays of the same shape."""
    w = check_array("w", w)
    return w, check_array("dE_dw", dE_dw, w.shape)


def remembered(name, kept, w):
    """What an optimiser remembers (``kept``, its ``name``), or zeros before its first
    step; it must have the shape of ``w``: one optimiser steps one array of parameters."""
    if kept is None:
        return np.zeros_like(w)
    if kept.shape != w.shape:
        raise ValueError(tr("w must have the shape of the w of the steps before, {expected} (its {name} has "
                            "that shape), got shape {shape}: use a new optimiser for other parameters",
                            expected=kept.shape, name=name, shape=w.shape))
    return kept
