"""How long one step of backpropagation takes: a benchmark that prints figures.

Run it from the project folder (``make bench``)::

    python benchmarks/bench.py            # a table
    python benchmarks/bench.py --json     # the same figures as one JSON object
    python benchmarks/bench.py --quick    # short rounds, for tests and CI
    python benchmarks/bench.py --allocator  # with glibc's freed memory kept for reuse

It lives outside the package: the implementations it compares with are
backpropagation written again, which a reader of ``bp_helpers`` should not
meet there.

What it measures.  One SGD step is ``forward``, ``backward`` and ``update``
of :class:`~bp_helpers.network.Network`:

- the demo step: ``demo_network()`` on ``DEMO_EXAMPLE`` (one example), in
  microseconds (us);
- the batch step: ``Network([64, 128, 64, 10], seed=0)`` (sigmoid) on a batch
  of 128 examples, inputs drawn from seed 0 uniformly in [-1, 1], targets in
  [0.05, 0.95], in milliseconds (ms).

In the same run, the same steps are timed written in plain NumPy as anyone
would write them from the lesson (:func:`plain_numpy_example_step`,
:func:`plain_numpy_batch_step`: ``@``, ``np.outer``, the sigmoid as
``1 / (1 + exp(-x))``, nothing checked, nothing kept for a diagram) and, when they can
be imported, with PyTorch autograd and with micrograd.  Neither is needed:
without them the table says "torch not installed" and the JSON has ``null``.  The
ratio is the time of ``bp_helpers`` divided by the time of the other
implementation.

bp_helpers does two things plain NumPy does not: it checks its inputs and
looks at what it computed for an overflow (``network.py``, "Overflow"), so
that a learner never sees a NaN or an inf drawn as a number.  Those checks
alone are timed in the same run (:func:`checks_of_a_step`); the step minus
them is "formulas alone".  Goals (this project's, for its 2-core machine):
the whole batch step within 1.3x of plain NumPy, and faster than PyTorch's
autograd on the CPU in the same run (when torch is installed).  The demo step is reported
without a goal: on arrays of one or two numbers the engine's plainness (one
example is a batch of one, every formula a function, checks at the edges)
costs more than the arithmetic, and the engine is written to be read, not to
save microseconds.  Each goal is printed next to
its figure with "pass" or "MISS".

Method (the one of ``timeit``): every implementation starts every round
from copies of the same weights.  ``timeit``'s ``autorange`` warms it up and picks how many
steps make one round last at least 0.1 s (0.002 s with ``--quick``); then
the implementations take turns, round after round (7 rounds, 1 with
``--quick``), so that a slow spell of the machine hits all of them alike.
The figure is the fastest round divided by its number of steps: slower
rounds measure other programs, not this one.  Garbage collection is off
during a round, as ``timeit`` does.  Memory is managed as in a learner's
kernel: the C library's defaults.  With ``--allocator``, glibc keeps freed
memory for reuse (:func:`keep_freed_memory`) for the whole run, which
shows what the operating system's page faults cost; those figures are not
what a learner gets.  The header prints the Python and NumPy
versions, the BLAS, the CPU count and ``OPENBLAS_CORETYPE`` (read, never
set), without which the figures cannot be compared.

Adding a benchmark: write a function ``benchmark(quick)`` that returns a
dict with ``name``, ``description``, ``value``, ``unit`` (a key of
``UNITS``), ``goal`` (text or ``None``) and ``met`` (``True``, ``False`` or
``None``), optionally ``parts`` and ``compared_with`` (lists of dicts as
made by :func:`compare_steps`), and append it to ``BENCHMARKS``.  The table and the
JSON print whatever the list holds.

Left out on purpose: no figure is asserted anywhere (the tests run this with
``--quick`` and check only that the figures are there); no GPU; no
``float32``.
"""

import argparse
import ctypes
import ctypes.util
import functools
import importlib
import importlib.metadata
import json
import math
import os
import platform
import time
import timeit

import numpy as np

from bp_helpers import DEMO_EXAMPLE, DEMO_LEARNING_RATE, Network, checks, demo_network
from bp_helpers import network as network_module

UNITS = {"us": 1e-6, "ms": 1e-3}          # seconds per unit
DECIMALS = {"us": 1, "ms": 3}             # printed precision per unit
BATCH_SIZES = [64, 128, 64, 10]
BATCH_EXAMPLES = 128
BATCH_LEARNING_RATE = 0.5
ANSWER_AFTER = 1.0                        # s after the explorers are shown
ANSWER_GOAL_MS = 150                      # a slider move answered within this


class NotMeasured(Exception):
    """An implementation that cannot run here; the message says why."""


# --- the same SGD step, four ways ------------------------------------------
# Each ``*_step`` builder takes (network, x_input, y_target, learning_rate),
# copies the parameters it needs, and returns a function doing one step.

def network_step(network, x_input, y_target, learning_rate):
    """bp_helpers itself: ``forward``, ``backward``, ``update`` of a copy of ``network``."""
    network = network.copy()

    def step():
        network.forward(x_input)
        network.backward(y_target)
        network.update(learning_rate)
    return step


def checks_of_a_step(network, x_input, y_target, learning_rate):
    """Only what bp_helpers checks in one step, on a pass recorded once.

    ``forward`` checks ``x_input`` and the network's parameters and looks at
    every total input ``x`` for an overflow; ``backward`` checks ``y_target``
    and looks at ``E``, every ``dE/dw``, ``dE/dx`` of the input layer and
    every ``dE/db``; ``update`` checks the learning rate and the parameters
    and looks at every new weight and bias (here the current ones, of the
    same shapes) (the guards of ``network.py``, "Overflow").  Subtracted from
    the step of bp_helpers, it leaves the time of the formulas themselves.
    """
    network = network.copy()
    network.forward(x_input)
    network.backward(y_target)
    x, E, dE_dw, dE_dx_input, dE_db = (network.x, network.E, network.dE_dw,
                                       network.dE_dx[0], network.dE_db)

    def step():
        checks.check_example("x_input", x_input, network.sizes[0])          # forward
        network_module._check_own_parameters(network)
        network_module._check_forward_pass(x)
        network.error_function.check_targets(                               # backward
            "y_target", checks.check_array("y_target", y_target, y_target.shape))
        network_module._check_backward_pass(E, dE_dw, dE_dx_input, dE_db)
        checks.check_positive_number("learning_rate", learning_rate)        # update
        network_module._check_own_parameters(network)
        network_module._check_update(network.weights, network.biases, network, learning_rate)
    return step


def plain_numpy_example_step(weights, biases, x_input, y_target, learning_rate):
    """One SGD step on one example of a sigmoid network, in plain NumPy; returns ``E``.

    The lesson's formulas as anyone would write them, nothing checked and
    nothing kept: ``weights`` and ``biases`` are updated in place, each
    layer's after its ``dE/dy`` has been passed back.
    """
    y = [x_input]
    for w, b in zip(weights, biases):
        y.append(1 / (1 + np.exp(-(y[-1] @ w + b))))          # y = f(x), x = y w + b
    dE_dy = y[-1] - y_target
    E = 0.5 * np.sum(dE_dy ** 2)
    for l in range(len(weights), 0, -1):
        dE_dx = y[l] * (1 - y[l]) * dE_dy                      # f'(x) dE/dy
        dE_dw = np.outer(y[l - 1], dE_dx)                      # y_i dE/dx_j
        dE_dy = weights[l - 1] @ dE_dx                         # uses w before its update
        weights[l - 1] -= learning_rate * dE_dw
        biases[l - 1] -= learning_rate * dE_dx
    return float(E)


def plain_numpy_batch_step(weights, biases, x_input, y_target, learning_rate):
    """One SGD step on a batch, in plain NumPy; returns ``E``.

    As :func:`plain_numpy_example_step`, one row per example: ``E``,
    ``dE/dw`` and ``dE/db`` are means over the examples.
    """
    n_examples = len(x_input)
    y = [x_input]
    for w, b in zip(weights, biases):
        y.append(1 / (1 + np.exp(-(y[-1] @ w + b))))
    dE_dy = y[-1] - y_target
    E = 0.5 * np.sum(dE_dy ** 2) / n_examples
    for l in range(len(weights), 0, -1):
        dE_dx = y[l] * (1 - y[l]) * dE_dy
        dE_dw = y[l - 1].T @ dE_dx / n_examples
        dE_db = dE_dx.mean(axis=0)
        dE_dy = dE_dx @ weights[l - 1].T
        weights[l - 1] -= learning_rate * dE_dw
        biases[l - 1] -= learning_rate * dE_db
    return float(E)


def plain_numpy_step(network, x_input, y_target, learning_rate):
    """Plain NumPy: :func:`plain_numpy_example_step` or :func:`plain_numpy_batch_step`."""
    weights = [w.copy() for w in network.weights]
    biases = [b.copy() for b in network.biases]
    step = plain_numpy_example_step if x_input.ndim == 1 else plain_numpy_batch_step
    return lambda: step(weights, biases, x_input, y_target, learning_rate)


def torch_step(network, x_input, y_target, learning_rate):
    """PyTorch autograd in float64: the forward pass builds the graph, ``backward`` walks it."""
    torch = _import_optional("torch")
    weights = [torch.tensor(w, requires_grad=True) for w in network.weights]
    biases = [torch.tensor(b, requires_grad=True) for b in network.biases]
    x, t = torch.tensor(x_input), torch.tensor(y_target)

    def step():
        y = x
        for w, b in zip(weights, biases):
            y = torch.sigmoid(y @ w + b)
        E = 0.5 * ((y - t) ** 2).sum(dim=-1).mean()
        E.backward()
        with torch.no_grad():
            for parameter in weights + biases:
                parameter -= learning_rate * parameter.grad
                parameter.grad = None
        return E.item()
    return step


def micrograd_step(network, x_input, y_target, learning_rate):
    """micrograd (Karpathy): one ``Value`` per number, so one example only."""
    Value = _import_optional("micrograd.engine").Value
    if x_input.ndim != 1:
        raise NotMeasured("skipped: one Python object per number is far too slow for a batch")

    def sigmoid(v):
        # micrograd has no sigmoid; added the way micrograd adds an operation:
        # the value and, beside it, its local derivative f'(x) = y (1 - y).
        out = Value(1.0 / (1.0 + math.exp(-v.data)), (v,), "sigmoid")

        def _backward():
            v.grad += out.data * (1.0 - out.data) * out.grad
        out._backward = _backward
        return out

    weights = [[[Value(float(w_ij)) for w_ij in row] for row in w] for w in network.weights]
    biases = [[Value(float(b_j)) for b_j in b] for b in network.biases]
    parameters = [p for w in weights for row in w for p in row] + [p for b in biases for p in b]
    x, t = [float(v) for v in x_input], [float(v) for v in y_target]

    def step():
        y = x
        for w, b in zip(weights, biases):
            y = [sigmoid(sum((w[i][j] * y[i] for i in range(len(y))), b[j]))
                 for j in range(len(b))]
        E = sum(0.5 * (y_k - t_k) ** 2 for y_k, t_k in zip(y, t))
        for p in parameters:
            p.grad = 0.0
        E.backward()
        for p in parameters:
            p.data -= learning_rate * p.grad
        return E.data
    return step


COMPARED_WITH = {"plain NumPy": plain_numpy_step,
                 "PyTorch autograd": torch_step,
                 "micrograd": micrograd_step}


def _import_optional(module_name):
    try:
        return importlib.import_module(module_name)
    except ImportError:
        raise NotMeasured(f"{module_name.split('.')[0]} not installed") from None


# --- timing ----------------------------------------------------------------

def timing(quick):
    """How long to time: rounds per implementation and the least length of a round."""
    return {"rounds": 1, "min_seconds": 0.002} if quick else {"rounds": 7, "min_seconds": 0.1}


def seconds_per_step(makers, rounds, min_seconds):
    """Time steps made by ``makers`` (label -> a function that returns a fresh
    zero-argument step function); return label -> seconds per step.

    Each step is warmed up by ``timeit``'s autorange, which picks the number
    of calls that lasts at least ``min_seconds``; then the steps take turns
    for ``rounds`` rounds and each keeps its fastest round.  Every round
    starts from a fresh step (the same starting weights): a long training
    run drifts into saturated sigmoids, whose tiny (subnormal) numbers are
    many times slower to compute with, and would time that instead.
    """
    numbers = {label: _calls_lasting(timeit.Timer(make()), min_seconds)
               for label, make in makers.items()}
    fastest = dict.fromkeys(makers, math.inf)
    for _ in range(rounds):
        for label, make in makers.items():
            fastest[label] = min(fastest[label], timeit.Timer(make()).timeit(numbers[label]))
    return {label: fastest[label] / numbers[label] for label in makers}


def _calls_lasting(timer, min_seconds):
    """The first of 1, 2, 5, 10, 20, 50, ... calls that lasts ``min_seconds`` (as ``timeit``'s autorange)."""
    number = 1
    while True:
        for factor in (1, 2, 5):
            if timer.timeit(factor * number) >= min_seconds:
                return factor * number
        number *= 10


def compare_steps(name, description, network, x_input, y_target, learning_rate, unit,
                  quick, goal_ratio=None, goal_ratio_formulas=None, beat_torch=False):
    """Time one SGD step of ``network``, its checks, and every implementation in ``COMPARED_WITH``.

    Returns a benchmark dict (see the module docstring).  ``goal_ratio``: the
    step of bp_helpers should take at most this many times the plain NumPy
    step; ``goal_ratio_formulas``: the same for its step without its checks
    (the step's time minus that of :func:`checks_of_a_step`); ``beat_torch``: it
    should take less time than PyTorch's autograd, when torch is installed.
    """
    arguments = (network, x_input, y_target, learning_rate)
    builders = {"bp_helpers": network_step, "checks": checks_of_a_step, **COMPARED_WITH}
    makers, not_measured = {}, {}
    for label, builder in builders.items():
        try:
            builder(*arguments)
        except NotMeasured as reason:
            not_measured[label] = str(reason)
        else:
            makers[label] = functools.partial(builder, *arguments)
    seconds = seconds_per_step(makers, **timing(quick))
    plain = seconds["plain NumPy"]
    formulas = seconds["bp_helpers"] - seconds["checks"]
    compared_with = []
    for label in COMPARED_WITH:
        entry = {"name": label, "value": None, "ratio": None, "goal": None, "met": None,
                 "note": not_measured.get(label)}
        if label in seconds:
            entry["value"] = round(seconds[label] / UNITS[unit], 4)
            entry["ratio"] = round(seconds["bp_helpers"] / seconds[label], 4)
        if label == "plain NumPy" and goal_ratio is not None:
            entry["goal"] = f"bp_helpers within {goal_ratio:.2f}x"
            entry["met"] = entry["ratio"] <= goal_ratio
        if label == "PyTorch autograd" and beat_torch:
            entry["goal"] = "bp_helpers faster"
            entry["met"] = None if entry["ratio"] is None else entry["ratio"] < 1
        compared_with.append(entry)
    return {
        "name": name,
        "description": description,
        "value": round(seconds["bp_helpers"] / UNITS[unit], 4),
        "unit": unit,
        "goal": None,
        "met": None,
        "parts": [
            {"name": "of which checks", "value": round(seconds["checks"] / UNITS[unit], 4),
             "ratio": None, "goal": None, "met": None},
            {"name": "formulas alone", "value": round(formulas / UNITS[unit], 4),
             "ratio": round(formulas / plain, 4),
             "goal": (None if goal_ratio_formulas is None
                      else f"within {goal_ratio_formulas:.2f}x of plain"),
             "met": None if goal_ratio_formulas is None else formulas / plain <= goal_ratio_formulas},
        ],
        "compared_with": compared_with,
    }


# --- the benchmarks ----------------------------------------------------------

def demo_step(quick=False):
    """One SGD step of the lesson's demo network on its one example, in us."""
    x_input, y_target = DEMO_EXAMPLE
    return compare_steps(
        "demo step",
        "demo_network() [1, 2, 2, 1] sigmoid, DEMO_EXAMPLE (one example), "
        "forward + backward + update",
        demo_network(), x_input, y_target, DEMO_LEARNING_RATE, "us", quick)


def batch_step(quick=False):
    """One SGD step of a [64, 128, 64, 10] sigmoid network on 128 examples, in ms."""
    rng = np.random.default_rng(0)
    x_input = rng.uniform(-1.0, 1.0, size=(BATCH_EXAMPLES, BATCH_SIZES[0]))
    y_target = rng.uniform(0.05, 0.95, size=(BATCH_EXAMPLES, BATCH_SIZES[-1]))
    return compare_steps(
        "batch step",
        f"Network({BATCH_SIZES}, seed=0) sigmoid, batch of {BATCH_EXAMPLES}, "
        "forward + backward + update",
        Network(BATCH_SIZES, seed=0), x_input, y_target, BATCH_LEARNING_RATE, "ms", quick,
        goal_ratio=1.3, beat_torch=True)


def player_step(quick=False):
    """Kernel time of the step-through player from "Next" to the redrawn step, in ms.

    A fresh ``Stepper`` on the demo is stepped through every step once (the
    first 3 steps with ``--quick``), in two ways:

    - drawn ahead (the player as shown in a notebook): it has drawn every
      step's pictures in the background first, so Next shows them;
    - on demand (``background=False``): each picture, the diagram and the
      formula, is drawn when Next asks for it, with no formula laid out
      before (not by the last round, not by mathtext): what Next costs at
      worst, when a learner is faster than the drawing ahead.

    The figure is the drawn-ahead median; the parts give the 90th percentile
    and the on-demand median and 90th percentile, each of the round with the
    lowest median.
    """
    from bp_helpers.widgets import Stepper
    x_input, y_target = DEMO_EXAMPLE

    def forget_formulas():
        from matplotlib.mathtext import MathTextParser

        from bp_helpers.pictures import formula_images
        for cache in (formula_images._shape, formula_images._width,
                      formula_images._drawn_characters, MathTextParser._parse_cached):
            cache.cache_clear()

    def one_round(background):
        if not quick:                   # --quick: formulas laid out before may be reused
            forget_formulas()
        stepper = Stepper(demo_network(), x_input, y_target, DEMO_LEARNING_RATE,
                          background=background)
        steps = 3 if quick else len(stepper.record) - 1
        while background and not all((k, False) in stepper.pictures for k in range(steps + 1)):
            time.sleep(0.01)            # until the steps timed are drawn ahead
        seconds = _call_seconds(stepper.next_button.click, steps)
        if background:                  # the drawing ahead of steps not timed stops
            stepper._work += 1
            stepper._thread.join()
        return seconds
    ahead = _round_with_lowest_median(lambda: one_round(True), quick)
    on_demand = _round_with_lowest_median(lambda: one_round(False), quick)
    result = _latency("player step", "Stepper(demo_network(), *DEMO_EXAMPLE): Next, "
                      "to the redrawn diagram and formula, drawn ahead", ahead, goal_ms=50)
    for name, q in (("on demand: median", 50), ("on demand: 90th pct.", 90)):
        value = float(np.percentile(on_demand, q)) / UNITS["ms"]
        result["parts"].append({"name": name, "value": value, "ratio": None,
                                "goal": "under 100 ms", "met": value < 100})
    return result


def course_explorers():
    """The learning-rate explorers of the course, notebook by notebook, as each builds them:
    ``{notebook: {name: (net, X, T, settings)}}``."""
    from bp_helpers.datasets import spiral, two_circles, xor
    demo = tuple(a.reshape(1, -1) for a in DEMO_EXAMPLE)
    return {
        "notebook 4": {
            "demo": (demo_network(), *demo, dict(learning_rate=1.0, updates=100,
                                                   compare=[0.01, 100])),
        },
        "notebook 6": {
            "XOR": (Network([2, 4, 1], ["tanh", "sigmoid"]), *xor(),
                    dict(learning_rate=3.0, updates=500)),
            "two circles": (Network([2, 6, 1], ["tanh", "sigmoid"]), *two_circles(),
                            dict(learning_rate=3.0, updates=1000)),
            "spiral": (Network([2, 16, 16, 1], ["tanh", "tanh", "sigmoid"]), *spiral(),
                       dict(learning_rate=3.0, updates=2000, compare=[0.3])),
        },
    }


def explorer_answer(quick=False):
    """Kernel time of the course's explorers from a learning-rate slider move to the redrawn
    pictures, 1 s after they are shown, while their work on every rate goes on, in ms.

    As a notebook's Run All does, the explorers of notebook 4 (the demo), then
    those of notebook 6 (XOR, two circles, the spiral) are built one after
    the other; ``ANSWER_AFTER`` seconds after the last of a notebook is built
    (0.1 s with ``--quick``, which times notebook 4's only), the slider of
    each, in turn, is moved to the next rate up, then to the rate farthest
    from its start (the far end of the slider): each time, setting the
    slider's value returns once the curve, verdict, network, boundary and
    sweep picture are redrawn (for a long run not trained yet: once its start
    and its progress bar are shown; "run shown" is when the run itself is).
    The parts give these times for each explorer, and how long after it was
    built its work on every rate was done.  The figure is the slowest answer.
    """
    from bp_helpers.widgets import LearningRateExplorer
    notebooks = course_explorers()
    if quick:
        notebooks = {"notebook 4": notebooks["notebook 4"]}
    answer_after = 0.1 if quick else ANSWER_AFTER
    parts = []
    for explorers in notebooks.values():
        built = {}
        for name, (net, X, T, settings) in explorers.items():
            explorer = LearningRateExplorer(net, X, T, **settings)
            built[name] = (explorer, timeit.default_timer())      # shown
        last_shown = max(shown for _, shown in built.values())
        time.sleep(max(0.0, last_shown + answer_after - timeit.default_timer()))
        for name, (explorer, _) in built.items():
            for move, rate in _far_and_near(explorer.learning_rate_slider):
                start = timeit.default_timer()
                explorer.learning_rate_slider.value = rate
                value = (timeit.default_timer() - start) / UNITS["ms"]
                parts.append({"name": f"{name}: {move}", "value": value, "ratio": None,
                              "goal": f"under {ANSWER_GOAL_MS} ms",
                              "met": value < ANSWER_GOAL_MS})
                explorer.wait_for_answer()
                parts.append({"name": f"{name}: {move}, run shown",
                              "value": (timeit.default_timer() - start) / UNITS["ms"],
                              "ratio": None, "goal": None, "met": None})
        for name, (explorer, shown) in built.items():
            explorer.wait()
            parts.append({"name": f"{name}: every rate ready",
                          "value": (timeit.default_timer() - shown) / UNITS["ms"],
                          "ratio": None, "goal": None, "met": None})
    answers = [part for part in parts if part["met"] is not None]
    return {"name": "explorer answer",
            "description": f"LearningRateExplorer of notebooks 4 and 6, built one after the "
                           f"other; {answer_after:g} s after the last, a learning-rate slider "
                           "move to the next rate, then to the farthest, to the redrawn curve, "
                           "verdict, network, boundary and sweep picture",
            "value": max(part["value"] for part in answers), "unit": "ms",
            "goal": f"slowest under {ANSWER_GOAL_MS} ms",
            "met": all(part["met"] for part in answers), "parts": parts}


def _far_and_near(slider):
    """``("next rate", the slider's next rate up)`` and ``("farthest rate", the rate
    farthest from its value)``, on the slider's log scale."""
    rates = [rate for _, rate in slider.options]
    k = rates.index(slider.value)
    nearest = rates[k + 1] if k + 1 < len(rates) else rates[k - 1]
    farthest = max(rates, key=lambda rate: abs(math.log(rate / slider.value)))
    return [("next rate", nearest), ("farthest rate", farthest)]


def rate_sweep(quick=False):
    """Kernel time to train the learning-rate slider's whole grid as an explorer does, in ms.

    ``rate_sweep.train_rates`` on the slider's 51 rates (``rate_sweep.RATE_STOPS``),
    first the ``widgets.RATES_AT_ONCE`` of ``widgets.rates_to_train_next`` (the slider's
    rate, its two ends, the rate's nearest), then the others at once, on the settings of the course's
    explorers: the figure is the demo's (notebook 4: ``demo_network()``, 100
    updates), compared with all 51 at once and with one ``train`` per rate;
    the parts are the playgrounds of notebook 6, XOR (``[2, 4, 1]`` tanh,
    sigmoid, 500 updates) and the spiral (``[2, 16, 16, 1]`` tanh, tanh,
    sigmoid, 2000 updates), the spiral also all at once; with ``--quick``,
    10 updates each.
    Each time is the fastest of the rounds (the spiral's, which lasts
    seconds, of 3 rounds at most).
    """
    from bp_helpers.datasets import spiral, xor
    from bp_helpers.rate_sweep import RATE_STOPS, train_rates
    from bp_helpers.training import train
    from bp_helpers.widgets import rates_to_train_next
    rounds = timing(quick)["rounds"]
    updates_of = dict.fromkeys(("demo", "XOR", "spiral"), 10) if quick else {
        "demo": 100, "XOR": 500, "spiral": 2000}

    def as_an_explorer(net, X, T, updates):
        first = rates_to_train_next(RATE_STOPS, {}, 1.0)
        rest = [rate for rate in RATE_STOPS if rate not in first]
        return train_rates(net, X, T, first, updates), train_rates(net, X, T, rest, updates)
    explorers = {
        "demo": (demo_network(), *DEMO_EXAMPLE, updates_of["demo"], rounds),
        "XOR": (Network([2, 4, 1], ["tanh", "sigmoid"]), *xor(), updates_of["XOR"], rounds),
        "spiral": (Network([2, 16, 16, 1], ["tanh", "tanh", "sigmoid"]), *spiral(),
                   updates_of["spiral"], min(rounds, 3)),
    }

    def fastest_ms(call, rounds):
        return min(_median_call_seconds(call, 1) for _ in range(rounds)) / UNITS["ms"]
    ms = {name: fastest_ms(lambda: as_an_explorer(net, X, T, updates), n)
          for name, (net, X, T, updates, n) in explorers.items()}
    all_at_once = {name: fastest_ms(lambda: train_rates(net, X, T, RATE_STOPS, updates), n)
                   for name, (net, X, T, updates, n) in explorers.items()
                   if name in ("demo", "spiral")}
    net, X, T, updates, n = explorers["demo"]
    one_by_one = fastest_ms(
        lambda: [train(net.copy(), X, T, rate, updates) for rate in RATE_STOPS], n)
    parts = [("XOR", ms["XOR"]), ("spiral", ms["spiral"]),
             ("spiral, all at once", all_at_once["spiral"])]
    compared_with = [("all at once", all_at_once["demo"]), ("train() per rate", one_by_one)]
    return {
        "name": "rate sweep",
        "description": f"train_rates on the learning-rate slider's {len(RATE_STOPS)} rates, "
                       "the first group first as an explorer does: demo_network() on DEMO_EXAMPLE, "
                       f"{updates_of['demo']} updates (parts: XOR [2, 4, 1], {updates_of['XOR']} "
                       f"updates; spiral [2, 16, 16, 1], {updates_of['spiral']} updates)",
        "value": ms["demo"], "unit": "ms", "goal": None, "met": None,
        "parts": [{"name": name, "value": value, "ratio": None, "goal": None, "met": None}
                  for name, value in parts],
        "compared_with": [{"name": name, "value": value, "ratio": ms["demo"] / value,
                           "goal": None, "met": None, "note": None}
                          for name, value in compared_with],
    }


def _call_seconds(call, times):
    """The seconds each of ``times`` calls of ``call`` takes."""
    seconds = []
    for _ in range(times):
        start = timeit.default_timer()
        call()
        seconds.append(timeit.default_timer() - start)
    return seconds


def _median_call_seconds(call, times):
    return float(np.median(_call_seconds(call, times)))


def _round_with_lowest_median(one_round, quick):
    """The call times of the round (of ``timing(quick)["rounds"]``) with the lowest median."""
    rounds = [one_round() for _ in range(timing(quick)["rounds"])]
    return min(rounds, key=np.median)


def _latency(name, description, seconds, goal_ms):
    """A benchmark of call times: the median, and the 90th percentile as a part."""
    median, p90 = (float(np.percentile(seconds, q)) / UNITS["ms"] for q in (50, 90))
    return {"name": name, "description": description, "value": median, "unit": "ms",
            "goal": f"median under {goal_ms} ms", "met": median < goal_ms,
            "parts": [{"name": "90th percentile", "value": p90, "ratio": None,
                       "goal": f"under {goal_ms} ms", "met": p90 < goal_ms}]}


BENCHMARKS = [demo_step, batch_step, player_step, explorer_answer, rate_sweep]


# --- report: machine, table, JSON -------------------------------------------

# glibc's mallopt parameters (malloc.h)
M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3
MiB = 1024 * 1024


def keep_freed_memory():
    """Ask glibc to keep freed memory for the next arrays; return what the memory does, in words.

    By default glibc gives arrays over 128 KiB (the batch step's 128 x 128
    arrays) back to the operating system when they are freed, and the next
    array faults its pages in again.  That cost depends on the order in
    which arrays are freed, not on the code: measured here, it doubled both
    batch figures and moved plain NumPy's from 0.72 to 1.17 ms between runs.
    With ``--allocator`` the benchmark keeps freed memory (arrays up to 32 MiB
    from the heap, which is trimmed only past 256 MiB), the same for every
    implementation, to show that cost; a learner's kernel does not.
    """
    try:
        mallopt = ctypes.CDLL(ctypes.util.find_library("c")).mallopt
    except (OSError, AttributeError, TypeError):     # not glibc: no mallopt
        return "the C library's default (no glibc mallopt here)"
    if mallopt(M_MMAP_THRESHOLD, 32 * MiB) != 1 or mallopt(M_TRIM_THRESHOLD, 256 * MiB) != 1:
        return "glibc's default (mallopt refused)"
    return "glibc keeps freed memory for reuse (mallopt: mmap threshold 32 MiB, trim 256 MiB)"


def machine(allocator="the C library's default"):
    """What the figures depend on: versions, BLAS, CPUs, OPENBLAS_CORETYPE, memory."""
    return {
        "allocator": allocator,
        "python": platform.python_version(),
        "numpy": np.__version__,
        "blas": _blas_name(),
        "cpu_count": os.cpu_count(),
        "machine": platform.machine(),
        "openblas_coretype": os.environ.get("OPENBLAS_CORETYPE"),
        "torch": _installed_version("torch"),
        "micrograd": _installed_version("micrograd"),
    }


def _blas_name():
    try:
        blas = np.show_config(mode="dicts")["Build Dependencies"]["blas"]
    except (TypeError, KeyError):        # NumPy older than 1.26 has no mode="dicts"
        return None
    return f"{blas['name']} {blas['version']}"


def _installed_version(distribution):
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return None


def run(quick=False, keep_memory=False):
    """Run every benchmark in ``BENCHMARKS``; return the whole report as a dict.

    ``keep_memory``: first call :func:`keep_freed_memory` (for this whole
    process; the command line does).
    """
    allocator = keep_freed_memory() if keep_memory else "the C library's default"
    return {
        "machine": machine(allocator),
        "method": dict(timing(quick), statistic="fastest round, per step", quick=quick),
        "benchmarks": [benchmark(quick) for benchmark in BENCHMARKS],
    }


def format_table(report):
    """The report as lines of text: a header, then one block per benchmark."""
    m, method = report["machine"], report["method"]
    lines = [
        "bp_helpers benchmark: time per SGD step (forward + backward + update), "
        "and the widgets' kernel time per redraw",
        f"Python {m['python']}, NumPy {m['numpy']} (BLAS {m['blas']}), {m['cpu_count']} CPUs "
        f"({m['machine']}), OPENBLAS_CORETYPE={m['openblas_coretype'] or 'unset'}",
        f"torch {m['torch'] or 'not installed'}, micrograd {m['micrograd'] or 'not installed'}",
        f"method: fastest of {method['rounds']} interleaved rounds of at least "
        f"{method['min_seconds']:g} s each, after a warm-up; "
        "ratio = bp_helpers time / that time",
        f"memory: {m['allocator']}",
    ]
    row = "  {:<34} {:>14} {:>8}   {:<28} {}"
    for benchmark in report["benchmarks"]:
        unit = benchmark["unit"]
        lines += ["", f"{benchmark['name']}: {benchmark['description']}",
                  row.format("implementation", "time", "ratio", "goal", ""),
                  row.format("bp_helpers", _time_text(benchmark["value"], unit), "",
                             benchmark["goal"] or "", _mark(benchmark["met"]))]
        for part in benchmark.get("parts", []):
            ratio = "" if part["ratio"] is None else f"{part['ratio']:.2f}x"
            lines.append(row.format("  " + part["name"], _time_text(part["value"], unit),
                                    ratio, part["goal"] or "", _mark(part["met"])))
        for other in benchmark.get("compared_with", []):
            if other["value"] is None:
                lines.append(row.format(other["name"], other["note"], "", other["goal"] or "",
                                        ""))
                continue
            lines.append(row.format(other["name"], _time_text(other["value"], unit),
                                    f"{other['ratio']:.2f}x", other["goal"] or "",
                                    _mark(other["met"])))
    return [line.rstrip() for line in lines]


def _time_text(value, unit):
    return f"{value:.{DECIMALS[unit]}f} {unit}"


def _mark(met):
    return {True: "pass", False: "MISS", None: ""}[met]


def main(argv=None):
    """Command line: ``python benchmarks/bench.py [--json] [--quick] [--allocator]``."""
    parser = argparse.ArgumentParser(prog="python benchmarks/bench.py",
                                     description="Time one SGD step of bp_helpers.Network.")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--quick", action="store_true",
                        help="short rounds (for tests and CI; the figures are rougher)")
    parser.add_argument("--allocator", action="store_true",
                        help="first ask glibc to keep freed memory for reuse, as no user's "
                             "kernel does, to see what the allocator costs "
                             "(see keep_freed_memory)")
    args = parser.parse_args(argv)
    report = run(quick=args.quick, keep_memory=args.allocator)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print("\n".join(format_table(report)))


if __name__ == "__main__":
    main()
