"""Training: the lesson's loop (forward, backward, update), repeated, with a record of the error.

``train`` runs forward propagation, backpropagation and the update rule
(lesson, sections 4, 7 and 5) again and again on a data set, in place, and
keeps the error ``E`` before every update so that a notebook can draw the learning
curve.  It watches for divergence and stops a run that blows up, leaving the
network with its last good weights, so that nothing downstream ever plots a
NaN.  ``verdict`` reads a finished run the way the learning-rate explorer
talks about it: diverged, oscillating, getting worse, too slow, stalled or
converging.  Its words (and those of every message here) are in the
learner's language (``language.tr``); its ``label`` stays the English key.

Left out on purpose: validation sets, early stopping, learning-rate
schedules, momentum and every other optimiser.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from .checks import check_example, check_positive_number, check_whole_number
from .formatting import digits_to_tell_apart, format_number
from .language import tr
from .network import Network, Overflow, check_network

# A run has diverged when a step overflows (Network raises Overflow), when E
# is inf or NaN, or when E > DIVERGENCE_GROWTH * (E before training) and also
# E > DIVERGENCE_FLOOR (so that a run starting from a tiny E is not stopped
# for a harmless rise).
DIVERGENCE_GROWTH = 1e6
DIVERGENCE_FLOOR = 1e3

# The most updates a run may have: a million take minutes (and ``errors`` keeps one
# number per update).
MAX_UPDATES = 1_000_000
WHY_MAX_UPDATES = "a million updates already keep a notebook busy for minutes"

# ``progress(done, total)`` is called at most this many times per run.
PROGRESS_CALLS = 100

# ``describe_change`` writes at most this many significant digits.
CHANGE_DIGITS = 6

# Rules of ``verdict`` (see its docstring).
RISE = 0.01                  # an update "raises E" if E grows by more than 1 %
OSCILLATION_FRACTION = 0.1   # oscillating: more than 10 % of updates raise E
SLOW_FALL = 0.5              # too slow: E fell by less than half
STALL_FALL = 0.01            # stalled: the second half lowered E by < 1 % ...
STALL_LEVEL = 0.01           # ... while E is still above 1 % of its start
SHORT_RUN = 5                # fewer updates than this: too few to judge, a plain verdict


@dataclass(frozen=True, eq=False, repr=False)
class TrainingResult:
    """What ``train`` returns.

    ``errors[k]`` is ``E`` before update ``k`` (on the whole data set for
    full-batch training, on that update's minibatch otherwise); it never holds
    inf or NaN.  ``initial_error`` and ``final_error`` are ``E`` on the whole
    data set before training and for the network as ``train`` leaves it.
    ``diverged_at`` is ``None``, or the update ``k`` (the parameters after
    ``k`` updates) at which the run blew up; then ``errors`` stops before
    update ``k`` and the network keeps the parameters of update ``k - 1``
    (with minibatches, those were looked at on one batch only: if ``E`` on
    the whole data set overflows with them, the network gets its starting
    parameters back instead).  ``final_error`` is never inf or NaN.
    """

    errors: np.ndarray
    initial_error: float
    final_error: float
    diverged_at: int | None
    message: str

    @property
    def diverged(self) -> bool:
        """True if the run was stopped because it diverged."""
        return self.diverged_at is not None

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"<TrainingResult: {self.message}>"


@dataclass(frozen=True)
class Verdict:
    """``label`` is one of "diverged", "oscillating", "getting worse", "too slow", "stalled",
    "converging"; ``text`` says why in a sentence."""

    label: str
    text: str

    def __str__(self) -> str:
        return self.text


def train(net: Network, X: ArrayLike, T: ArrayLike, learning_rate: float, updates: int,
          batch_size: int | None = None, seed: int = 0,
          progress: Callable[[int, int], object] | None = None) -> TrainingResult:
    """Train ``net`` in place with ``updates`` updates; return a :class:`TrainingResult`.

    Each update is the lesson's loop on a batch of examples::

        forward(x_input);  E = backward(y_target);
        w_ij <- w_ij - alpha * dE/dw_ij,   b_j <- b_j - alpha * dE/db_j

    ``X`` has shape ``(N, n_in)`` and ``T`` shape ``(N, n_out)`` (or one
    example, ``(n_in,)`` and ``(n_out,)``).  ``batch_size=None`` uses all N
    examples in every update; otherwise each epoch draws a fresh permutation
    from ``np.random.default_rng(seed)`` and walks through it in minibatches
    of ``batch_size`` (the last one may be smaller), so runs are repeatable.

    ``updates`` is at most ``MAX_UPDATES`` (a million).

    A run stops at once when it diverges (see ``DIVERGENCE_GROWTH``, and
    when ``forward``, ``backward`` or ``update`` raises ``Overflow``); the
    network then gets back the last parameters whose error was finite and
    recorded (see :class:`TrainingResult`), and no recorded pass (``x``,
    ``y``, ``dE_*`` are None).
    ``progress(done, total)``, if given, is called every few updates (at most
    ``PROGRESS_CALLS`` times), e.g. to move a progress bar.
    """
    check_network(net)
    X, T = check_data(net, X, T)
    learning_rate = check_positive_number("learning_rate", learning_rate)
    updates = check_whole_number("updates", updates, 1, MAX_UPDATES, WHY_MAX_UPDATES)
    batch_size, seed = check_batches(batch_size, seed, X)
    if progress is not None and not callable(progress):
        raise TypeError(tr("progress must be a function progress(done, total) or None, got {progress!r}",
                           progress=progress))

    with np.errstate(over="ignore", invalid="ignore"):  # divergence is reported instead
        initial_error = whole_set_error(net, X, T)
        if not math.isfinite(initial_error):
            raise ValueError(tr("the network's error on X, T is {initial_error} before training: X or the "
                                "weights are too large", initial_error=format_number(initial_error)))
        errors = np.empty(updates)
        start = [p.copy() for p in parameters_of(net)]
        saved = [p.copy() for p in parameters_of(net)]
        batches = endless_batches(X, T, batch_size, seed)
        every = math.ceil(updates / PROGRESS_CALLS)
        for k in range(updates):
            X_batch, T_batch = next(batches)
            try:
                net.forward(X_batch)
                E = net.backward(T_batch)
            except Overflow as overflow:        # an x or E went past the largest float
                return stop_run(net, saved, errors[:k], k, str(overflow), X, T, initial_error,
                                start)
            problem = divergence(net, E, initial_error)
            if problem:
                return stop_run(net, saved, errors[:k], k, problem, X, T, initial_error, start)
            errors[k] = E
            for s, p in zip(saved, parameters_of(net)):
                np.copyto(s, p)
            try:
                net.update(learning_rate)
            except Overflow as overflow:        # a new weight would go past the largest float
                return stop_run(net, saved, errors[:k + 1], k + 1, str(overflow),
                                X, T, initial_error, start)
            if progress is not None and ((k + 1) % every == 0 or k + 1 == updates):
                progress(k + 1, updates)
        final_error = whole_set_error(net, X, T)
        problem = divergence(net, final_error, initial_error)
        if problem:
            return stop_run(net, saved, errors, updates, problem, X, T, initial_error, start)
    message = tr("E {change} in {updates} updates",
                 change=describe_change(initial_error, final_error), updates=updates)
    return TrainingResult(errors, initial_error, final_error, None, message)


def verdict(result: TrainingResult) -> Verdict:
    """Classify a finished run for the learning-rate explorer.

    With ``E`` the history ``errors`` followed by ``final_error``, the first
    rule that holds gives the label:

    1. "diverged": the run was stopped (``result.diverged``).
    2. "short run": fewer than ``SHORT_RUN`` (5) updates, too few for the
       rules below; the text just says how ``E`` went, "1 update: E fell
       from 0.0392 to 0.0373".
    3. "no gradient": ``E`` did not change at all, so no update moved a
       weight: either every ``dE/dw`` and ``dE/db`` is 0, and the update
       rule changes nothing whatever the learning rate (e.g. ReLU nodes whose
       total input is negative for every example, "dead" nodes), or the
       learning rate is so small that ``w - alpha dE/dw`` rounds back to ``w``.
       The result cannot tell which; the text names both.
    4. "oscillating": more than ``OSCILLATION_FRACTION`` (10 %) of the
       updates raised ``E`` by more than ``RISE`` (1 %): the weights move too
       far for a steady descent.  Its text says in roughly what share of the
       updates ``E`` rose, not how many exactly nor where ``E`` ended: in a
       run that jumps about, those depend on the last digits of the
       arithmetic, which differ from one computer to the next.
    5. "getting worse": ``E`` ended higher than it started (without
       blowing up): the updates overshoot, the learning rate is too large.
    6. "too slow": ``E`` fell by less than ``SLOW_FALL`` (half) of its
       starting value.
    7. "stalled": ``E`` fell, but the second half of the run lowered it by
       less than ``STALL_FALL`` (1 %) while it is still above ``STALL_LEVEL``
       (1 %) of its starting value; e.g. a saturated sigmoid output.
    8. "converging": otherwise.

    The rules are meant for full-batch runs; with minibatches ``errors`` are
    per-batch errors, whose noise can read as oscillation.
    """
    if not isinstance(result, TrainingResult):
        raise TypeError(tr("result must be a TrainingResult, got {type}", type=type(result).__name__))
    if result.diverged:
        return Verdict("diverged", result.message)
    E = np.append(result.errors, result.final_error)
    start, end, middle = result.initial_error, result.final_error, E[len(E) // 2]
    updates = len(E) - 1
    rising = np.count_nonzero(E[1:] > E[:-1] * (1 + RISE))
    change = tr("E {change} in {updates} updates", change=describe_change(start, end),
                updates=updates)
    if updates < SHORT_RUN:
        return Verdict("short run", tr("{updates} update: E {change}" if updates == 1 else
                                       "{updates} updates: E {change}",
                                       updates=updates, change=describe_change(start, end)))
    if start > 0 and np.all(E == start):
        return Verdict("no gradient", tr("no change: E stayed at {E} in all {updates} updates, "
                                         "so the updates moved no weight: every dE/dw is 0 "
                                         "(then no learning rate helps), or the learning rate "
                                         "is too small to move them",
                                         E=format_number(start), updates=updates))
    if rising > OSCILLATION_FRACTION * updates:
        return Verdict("oscillating", tr("oscillating: E rose in {share} of the {updates} "
                                         "updates, jumping up and down",
                                         share=tr(_share(rising / updates)), updates=updates))
    if end > start:
        return Verdict("getting worse", tr("getting worse: {change}; the updates overshoot",
                                           change=change))
    if start - end < SLOW_FALL * start:
        return Verdict("too slow", tr("too slow: {change}; it did not even halve", change=change))
    if end > STALL_LEVEL * start and middle - end < STALL_FALL * middle:
        return Verdict("stalled", tr("stalled: {change}, but the second half of the run "
                                     "hardly lowered it", change=change))
    return Verdict("converging", tr("converging: {change}", change=change))


def _share(fraction):
    """A share of the updates in words coarse enough not to hang on one update:
    'more than 1 in 10', 'about a third', 'about half' or 'most'."""
    if fraction < 0.25:
        return "more than 1 in 10"
    if fraction < 0.4:
        return "about a third"
    if fraction < 0.6:
        return "about half"
    return "most"


# --- the parts of a run, shared with rate_sweep.py (every rate at once) ---------

def check_data(net, X, T):
    """X as (N, n_in) and T as (N, n_out), with the same N; T suits the network's
    error function (probabilities for cross-entropy)."""
    X = np.atleast_2d(check_example("X", X, net.sizes[0]))
    T = net.error_function.check_targets("T", np.atleast_2d(check_example("T", T, net.sizes[-1])))
    if len(X) != len(T):
        raise ValueError(tr("X and T must hold the same number of examples, got {n_x} inputs in X and {n_t} "
                            "targets in T", n_x=len(X), n_t=len(T)))
    return X, T


def check_batches(batch_size, seed, X):
    """``(batch_size, seed)`` checked: ``None`` (the whole set) or at most ``len(X)``
    examples a batch; a whole ``seed`` of at least 0."""
    if batch_size is not None:
        batch_size = check_whole_number("batch_size", batch_size, 1)
        if batch_size > len(X):
            raise ValueError(tr("batch_size must be at most the number of examples ({n_x}), got {batch_size}",
                                n_x=len(X), batch_size=batch_size))
    return batch_size, check_whole_number("seed", seed, 0)


def endless_batches(X, T, batch_size, seed):
    """An endless supply of (X_batch, T_batch): the whole set, or minibatches."""
    if batch_size is None:
        return itertools.repeat((X, T))
    return _minibatches(X, T, batch_size, np.random.default_rng(seed))


def _minibatches(X, T, batch_size, rng):
    while True:  # one epoch per permutation
        order = rng.permutation(len(X))
        for start in range(0, len(X), batch_size):
            rows = order[start:start + batch_size]
            yield X[rows], T[rows]


def parameters_of(net):
    """The arrays ``train`` changes: every weight matrix, then every bias vector."""
    return net.weights + net.biases


def give_back(net, parameters):
    """Give ``net`` copies of ``parameters`` (as ``parameters_of`` lists them), in
    new arrays as ``update`` does: the old ones may be read-only."""
    n = len(net.weights)
    net.weights = [p.copy() for p in parameters[:n]]
    net.biases = [p.copy() for p in parameters[n:]]


def whole_set_error(net, X, T):
    """``E`` of ``net`` on ``(X, T)``, or inf if it overflows (``divergence`` reads it)."""
    try:
        return net.error(X, T)
    except Overflow:
        return math.inf


def divergence(net, E, initial_error):
    """Why the run has diverged, in words, or ``None`` if it has not."""
    if not math.isfinite(E):
        return tr("E became {E}", E=format_number(E))
    if E > DIVERGENCE_GROWTH * initial_error and E > DIVERGENCE_FLOOR:
        return tr("E grew past {growth} times its starting value (E = {E})",
                  growth=format_number(DIVERGENCE_GROWTH), E=format_number(E))
    return None


def stop_run(net, saved, errors, k, problem, X, T, initial_error, start=None):
    """Give the network back the parameters of update k - 1 and report the divergence.

    With minibatches those were looked at on one batch only; if ``E`` on the
    whole data set overflows with them, the network gets ``start``, its
    starting parameters, instead (if given).  The network keeps no recorded
    pass: the one it has (if any) was made with the diverged parameters, not
    with those it gets back.
    """
    give_back(net, saved)
    final_error = whole_set_error(net, X, T)
    if k == 0:
        kept = tr("keeps its starting parameters (E = {E})", E=format_number(final_error))
    else:
        kept = tr("keeps its parameters of update {k} (E = {E})", k=k - 1,
                  E=format_number(final_error))
    if not math.isfinite(final_error) and start is not None:
        give_back(net, start)
        final_error = initial_error
        kept = tr("gets its starting parameters back (E = {E}): E on the whole data set "
                  "overflows with those of update {k}", E=format_number(final_error), k=k - 1)
    net.forget_pass()
    message = tr("diverged at update {k}: {problem}; the network {kept}", k=k, problem=problem,
                 kept=kept)
    return TrainingResult(errors.copy(), initial_error, final_error, k, message)


def describe_change(start, end):
    """How E changed, in words: 'fell from 0.0392 to 0.00110', 'rose ...' or
    'stayed ...'; with up to 6 significant digits where 3 would write the two
    alike ('fell from 0.12500 to 0.12499'), and 'fell from 0.125 by too little
    to show in 6 significant digits' where even 6 would."""
    if end == start:
        return tr("stayed at {start}", start=format_number(start))
    digits = digits_to_tell_apart(start, end, most=CHANGE_DIGITS)
    start_text, end_text = format_number(start, digits), format_number(end, digits)
    if start_text == end_text:
        return tr("fell from {start} by too little to show in {digits} significant digits"
                  if end < start else
                  "rose from {start} by too little to show in {digits} significant digits",
                  start=start_text, digits=CHANGE_DIGITS)
    return tr("fell from {start} to {end}" if end < start else "rose from {start} to {end}",
              start=start_text, end=end_text)
