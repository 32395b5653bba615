"""Every learning rate at once: one copy of a network per rate, trained side by side.

A learning-rate explorer shows, for the rate on its slider, what
``training.train`` gives.  Training again on every slider move is slow, so
``train_rates`` trains one copy of the network for every rate of a list,
all together, and a slider move then only shows a run that is already there.

The R copies are a *stack*: the weights into layer ``l + 1`` of all of them
are one array of shape ``(R, n, m)``, whose ``[r]`` is ``weights[l]`` of the
copy trained with ``learning_rates[r]``; biases are ``(R, 1, m)`` (one row
per copy, added to every example); ``x``, ``y``, ``dE_dx``, ``dE_dy`` of a
layer of n nodes on a batch of B examples are ``(R, B, n)``.  Each update
is the lesson's loop done on the whole stack by the engine itself:
``forward_pass`` and ``backward_pass`` of ``network.py`` and the formulas of
``formulas.py``, which work on a leading axis of copies as they work on one
network (``formulas.py``, "Shapes").

Same numbers as ``train``: every copy sees the same minibatches (the same
``seed``), and a copy that diverges is stopped at the update where ``train``
would stop it, gets the same last good weights back and reports the same
message, while the others go on.  ``tests/test_rate_sweep.py`` checks each
copy against ``train`` run alone.

Left out on purpose: anything ``train`` does not do; only the learning
rate differs between the copies.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from . import formulas
from .checks import HIGHEST_RATE, check_learning_rates, check_whole_number
from .formatting import format_number
from .language import tr
from .network import Network, Overflow, backward_pass, check_network, forward_pass
from .training import (
    MAX_UPDATES,
    PROGRESS_CALLS,
    WHY_MAX_UPDATES,
    TrainingResult,
    check_batches,
    check_data,
    describe_change,
    divergence,
    endless_batches,
    parameters_of,
    stop_run,
    whole_set_error,
)

# The learning rates the course's sliders show (widgets.py), and so the ones
# its explorers and their static pictures take: from 0.001 to 100, stopping
# at round rates, ten to each power of ten (each about 1.25 times the one
# before).  An explorer's starting rate that is not one of them is added as a
# stop of its own.
RATE_STOPS = [float(f"{m}e{e}") for e in range(-3, 2)
              for m in (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8)] + [HIGHEST_RATE]


@dataclass(frozen=True, eq=False)
class RateSweep:
    """What ``train_rates`` returns: for each ``learning_rates[r]``, the
    :class:`~bp_helpers.training.TrainingResult` ``results[r]`` and the trained
    network ``nets[r]``, as ``train`` gives them for that rate alone."""

    learning_rates: tuple[float, ...]
    results: tuple[TrainingResult, ...]
    nets: tuple[Network, ...]


def train_rates(net: Network, X: ArrayLike, T: ArrayLike, learning_rates: Sequence[float],
                updates: int, batch_size: int | None = None, seed: int = 0,
                progress: Callable[[int, int], None] | None = None,
                should_stop: Callable[[], bool] | None = None) -> RateSweep:
    """Train a copy of ``net`` for every learning rate, all at once; return a :class:`RateSweep`.

    For each ``alpha = learning_rates[r]``, ``results[r]`` and ``nets[r]``
    are what ``train(net.copy(), X, T, alpha, updates, batch_size, seed)``
    returns and leaves: the same errors, weights, divergence and message.
    ``net`` itself is not changed.  ``X``, ``T``, ``updates``,
    ``batch_size`` and ``seed`` are as for ``train``; ``learning_rates`` is
    a list of numbers greater than 0.

    Two functions let a widget follow the work while it runs:

    - ``progress(done, total)``, if given, is called every few updates (at
      most ``training.PROGRESS_CALLS`` times, as ``train`` calls it): every
      copy still training has done ``done`` of its ``total`` updates.
    - ``should_stop()``, if given, is called before every update; once it
      returns True, training ends and ``train_rates`` returns ``None``: the
      work has gone stale (the settings changed, say), so none of it is kept.
    """
    check_network(net)
    X, T = check_data(net, X, T)
    rates = check_learning_rates("learning_rates", learning_rates)
    updates = check_whole_number("updates", updates, 1, MAX_UPDATES, WHY_MAX_UPDATES)
    batch_size, seed = check_batches(batch_size, seed, X)
    for name, function in [("progress", progress), ("should_stop", should_stop)]:
        if function is not None and not callable(function):
            raise TypeError(tr("{name} must be a function or None, got {function!r}",
                               name=name, function=function))

    with np.errstate(over="ignore", invalid="ignore"):  # overflows are looked for instead
        initial_error = whole_set_error(net, X, T)
        if not math.isfinite(initial_error):
            raise ValueError(tr("the network's error on X, T is {initial_error} before training: X or the "
                                "weights are too large", initial_error=format_number(initial_error)))
        stack = _Stack(net, rates, updates, initial_error, X, T)
        batches = endless_batches(X, T, batch_size, seed)
        every = math.ceil(updates / PROGRESS_CALLS)
        for k in range(updates):
            if should_stop is not None and should_stop():
                return None
            if not stack.update(k, *next(batches)):
                break                           # every copy has stopped
            if progress is not None and ((k + 1) % every == 0 or k + 1 == updates):
                progress(k + 1, updates)
        stack.finish()
    return RateSweep(tuple(rates), tuple(stack.results), tuple(stack.nets))


class _Stack:
    """The copies still training, stacked, and the results of those that have stopped.

    Position ``i`` of the stacks ``weights``, ``biases``, ``alpha`` (the
    learning rates) and ``saved_weights``, ``saved_biases`` (the parameters
    before the last update, which a copy that diverges gets back, as in
    ``train``) is the copy of ``learning_rates[training[i]]``; ``errors[r]``,
    ``results[r]`` and ``nets[r]`` are indexed by the rate.
    """

    def __init__(self, net, rates, updates, initial_error, X, T):
        R = len(rates)
        self.start, self.updates, self.initial_error, self.X, self.T = (
            net, updates, initial_error, X, T)
        self.weights = [np.repeat(w[np.newaxis], R, axis=0) for w in net.weights]
        self.biases = [np.repeat(b[np.newaxis, np.newaxis], R, axis=0) for b in net.biases]
        self.saved_weights, self.saved_biases = self.weights, self.biases
        self.alpha = np.array(rates)
        self.training = np.arange(R)
        self.errors = np.empty((R, updates))
        self.results, self.nets = [None] * R, [None] * R

    def update(self, k, X_batch, T_batch):
        """Update ``k`` of every copy still training; False once none is left."""
        activations = self.start.activations
        x, y = forward_pass(X_batch, self.weights, self.biases, activations)
        E, _, dE_dx, dE_dw, dE_db = backward_pass(T_batch, x, y, self.weights, activations,
                                                  self.start.error_function)
        # As in train: a pass that overflows, or an E that has diverged, stops a
        # copy before update k, with its parameters of update k - 1.
        overflowed = _overflowed(x[1:] + [E] + dE_dw + dE_dx[:1] + dE_db)
        problems = [self._overflow_message(i, X_batch, T_batch) if overflowed[i]
                    else divergence(None, E_i, self.initial_error)
                    for i, E_i in enumerate(E.tolist())]
        going_on = [problem is None for problem in problems]
        self._stop(problems, k)
        E, dE_dw, dE_db = E[going_on], [d[going_on] for d in dE_dw], [d[going_on] for d in dE_db]
        self.errors[self.training, k] = E
        # The update rule, with one alpha per copy, shape (R, 1, 1); dE/db, a
        # mean over the examples, is (R, m), and becomes (R, 1, m) like the biases.
        alpha = self.alpha[:, np.newaxis, np.newaxis]
        new_weights = [formulas.update(w, alpha, d)                   # w_ij - alpha dE/dw_ij
                       for w, d in zip(self.weights, dE_dw)]
        new_biases = ([formulas.update(b, alpha, d[:, np.newaxis])    # b_j - alpha dE/db_j
                       for b, d in zip(self.biases, dE_db)]
                      if self.start.learn_biases else self.biases)
        # As in train: an update that overflows stops a copy after update k,
        # with the parameters it had before it.
        overflowed = _overflowed(new_weights + new_biases)
        problems = [self._overflow_message(i, X_batch, T_batch) if overflowed[i] else None
                    for i in range(len(self.training))]
        self.saved_weights, self.saved_biases = self.weights, self.biases
        self.weights, self.biases = new_weights, new_biases
        self._stop(problems, k + 1)
        return len(self.training) > 0

    def finish(self):
        """The end of ``train`` for the copies that did every update: ``E`` on
        the whole data set, once more looked at for divergence."""
        for i, r in enumerate(self.training):
            net = self._network(i)
            final_error = whole_set_error(net, self.X, self.T)
            problem = divergence(net, final_error, self.initial_error)
            if problem:
                self._stop_copy(i, problem, self.updates)
                continue
            message = (f"E {describe_change(self.initial_error, final_error)} "
                       f"in {self.updates} updates")
            self.results[r] = TrainingResult(self.errors[r], self.initial_error, final_error,
                                             None, message)
            self.nets[r] = net

    def _stop(self, problems, k):
        """Stop at update ``k`` the copies whose ``problems[i]`` is not None; the others go on."""
        stopping = [problem is not None for problem in problems]
        if not any(stopping):
            return
        for i, problem in enumerate(problems):
            if problem is not None:
                self._stop_copy(i, problem, k)
        going_on = np.logical_not(stopping)
        self.training, self.alpha = self.training[going_on], self.alpha[going_on]
        self.weights, self.biases, self.saved_weights, self.saved_biases = (
            [p[going_on] for p in stack]
            for stack in (self.weights, self.biases, self.saved_weights, self.saved_biases))

    def _stop_copy(self, i, problem, k):
        """``training.stop_run`` for the copy at position ``i``: saved parameters, message."""
        r = self.training[i]
        net = self.start.copy()
        saved = [w[i] for w in self.saved_weights] + [b[i, 0] for b in self.saved_biases]
        self.results[r] = stop_run(net, saved, self.errors[r, :k], k, problem,
                                   self.X, self.T, self.initial_error, parameters_of(self.start))
        self.nets[r] = net

    def _overflow_message(self, i, X_batch, T_batch):
        """What the engine says of the copy at position ``i``, which overflowed in this update.

        The stack found an inf or a NaN; the engine's own ``Network``, with
        the same parameters, does the same update and raises
        :class:`~bp_helpers.network.Overflow` saying where, in the words
        ``train`` reports.
        """
        net = self._network(i)
        try:
            net.forward(X_batch)
            net.backward(T_batch)
            net.update(float(self.alpha[i]))
        except Overflow as overflow:
            return str(overflow)
        raise RuntimeError("the stacked update overflowed where Network's did not")

    def _network(self, i):
        """A Network like the starting one with the parameters at position ``i``."""
        net = self.start.copy()
        net.weights = [w[i].copy() for w in self.weights]
        net.biases = [b[i, 0].copy() for b in self.biases]
        return net


def _overflowed(arrays):
    """For every copy, whether one of ``arrays`` (stacks: copies first) holds an inf or a NaN."""
    finite = [np.isfinite(a).all(axis=tuple(range(1, a.ndim))) for a in arrays]
    return list(~np.all(finite, axis=0))


