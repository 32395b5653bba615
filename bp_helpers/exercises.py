"""Checkers for the exercises: the learner writes each formula, a checker says if it is right.

In ``06_exercises.ipynb`` the learner writes the lesson's formulas as small
functions of plain numbers.  Each ``check_...`` function below calls the
learner's function on a handful of cases (easy numbers, edge cases, the demo
network's own numbers), compares every answer with the package's formula
(``formulas.py``, ``activations.py``) and returns a :class:`CheckResult`
that prints as one line::

    ✓ right: sigmoid matches on 6 cases
    ✗ wrong for x = 2.0: your sigmoid gave 0.1192, expected 0.8808. Hint: ...
    ○ not written yet: replace the `raise NotImplementedError` in sigmoid with your code

An answer is right when it is within ``RELATIVE_TOLERANCE`` of the expected
number (or within ``ABSOLUTE_TOLERANCE`` of it, for numbers close to 0).
When an answer is wrong, the checker reports the first case where it fails
and, if the learner's answers on all cases match one of the usual mistakes
(a forgotten bias, a flipped sign, ``x`` used where ``y = f(x)`` belongs,
...), a hint about that mistake.  A learner's function that raises or
returns something other than a number is reported, never allowed to crash
the notebook.

``check_backpropagation`` puts the learner's functions together into one
update of the demo network and reports the first of its numbers
that differs from ``Network``'s; ``check_all`` prints a scoreboard.

Left out on purpose: exercises on batches and on other activation functions.
"""

import math
import numbers
import traceback
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Callable, Tuple

import numpy as np

from . import formulas
from .activations import get_activation
from .presets import DEMO_EXAMPLE, demo_network
from .steps import trace

RELATIVE_TOLERANCE = 1e-9
ABSOLUTE_TOLERANCE = 1e-12

SIGMOID = get_activation("sigmoid")


# --- what a check returns ------------------------------------------------------

@dataclass(frozen=True)
class CheckResult:
    """The verdict of one checker: ``status`` is "right", "wrong" or
    "not written"; ``message`` is the one line a learner reads."""

    name: str
    status: str
    message: str

    @property
    def passed(self):
        return self.status == "right"

    def __str__(self):
        return self.message

    __repr__ = __str__


def _right(name, message):
    return CheckResult(name, "right", "✓ right: " + message)


def _wrong(name, message):
    return CheckResult(name, "wrong", "✗ " + message)


def _not_written(name, message):
    return CheckResult(name, "not written", "○ not written yet: " + message)


# --- the lesson's formulas, as the exercises ask for them ----------------------
# The references are the package's own formulas (``formulas.py``,
# ``activations.py``), under the exercises' names.  Two exercises ask for a
# sigmoid node's derivatives from its total input x alone:

def _sigmoid_derivative(x):
    """f'(x) from x alone: f'(x) = f(x) (1 - f(x)), the sigmoid's own df."""
    return SIGMOID.df(x, SIGMOID.f(x))


def _sigmoid_dE_dx(x, dE_dy):
    """dE/dx = f'(x) dE/dy for a sigmoid node with total input x."""
    return formulas.dE_dx(_sigmoid_derivative(x), dE_dy)


# --- exercises: cases, usual mistakes and hints --------------------------------

@dataclass(frozen=True)
class Case:
    """The arguments of one call, as ``(name, value)`` pairs; a value is a
    number or a tuple of numbers (passed to the learner as a 1-D array)."""

    args: tuple
    note: str = ""


@dataclass(frozen=True)
class Mistake:
    """A usual wrong answer, as a function with the learner's signature, and
    the hint that a learner who gives exactly its answers should read."""

    answer: Callable
    hint: str


@dataclass(frozen=True)
class Exercise:
    """One formula to write: the learner's function ``name`` called as
    ``signature``, the reference answer, the cases, the usual mistakes, the
    hint for any other wrong answer and the hint for an answer that is a
    list or an array instead of one number."""

    name: str
    signature: str
    reference: Callable
    cases: Tuple[Case, ...]
    mistakes: Tuple[Mistake, ...]
    hint: str
    many_numbers_hint: str = ""


def _sigmoid_cases(demo_x, demo_note):
    """The inputs x a sigmoid exercise is tried on: 0, +-2, a value of the demo
    network, and +-50 (where a careless e^(-x) overflows or loses all digits)."""
    return tuple(Case((("x", x),), demo_note if x == demo_x else "")
                 for x in (0.0, 2.0, -2.0, demo_x, 50.0, -50.0))


SIGMOID_EXERCISE = Exercise(
    name="sigmoid", signature="sigmoid(x)", reference=SIGMOID.f,
    cases=_sigmoid_cases(0.9, "x_2 of the demo network"),
    mistakes=(
        Mistake(lambda x: SIGMOID.f(-x),
                "f(x) = 1 / (1 + e^(-x)): check the sign of the exponent."),
        Mistake(lambda x: 1.0 + np.exp(-x),
                "f(x) = 1 / (1 + e^(-x)): put the denominator in brackets, "
                "1 / 1 + e^(-x) is 1 + e^(-x)."),
        Mistake(lambda x: np.exp(x),
                "f(x) = 1 / (1 + e^(-x)): don't forget the 1 + in the denominator."),
        Mistake(np.tanh,
                "that is tanh(x); the lesson's f is the sigmoid f(x) = 1 / (1 + e^(-x))."),
    ),
    hint="f(x) = 1 / (1 + e^(-x)); math.exp(-x) or np.exp(-x) gives e^(-x).",
)

SIGMOID_DERIVATIVE_EXERCISE = Exercise(
    name="sigmoid_derivative", signature="sigmoid_derivative(x)",
    reference=_sigmoid_derivative,
    cases=_sigmoid_cases(0.4899, "x_6 of the demo network"),
    mistakes=(
        Mistake(SIGMOID.f,
                "that is f(x) itself; its derivative is f'(x) = f(x) (1 - f(x))."),
        Mistake(lambda x: x * (1.0 - x),
                "f'(x) = f(x) (1 - f(x)): use y = f(x) in the formula, not x."),
        Mistake(lambda x: SIGMOID.f(x) * (1.0 - x),
                "f'(x) = f(x) (1 - f(x)): both factors use f(x), not x."),
        Mistake(lambda x: SIGMOID.f(x) * (1.0 + SIGMOID.f(x)),
                "f'(x) = f(x) (1 - f(x)): a minus in the bracket, not a plus."),
        Mistake(lambda x: 1.0 - SIGMOID.f(x),
                "f'(x) = f(x) (1 - f(x)): multiply (1 - f(x)) by f(x)."),
    ),
    hint="f'(x) = f(x) (1 - f(x)), where f is the sigmoid (you may call your sigmoid; "
         "check it first with check_sigmoid).",
)

NODE_INPUT_EXERCISE = Exercise(
    name="node_input", signature="node_input(y, w, b)", reference=formulas.node_input,
    cases=(
        Case((("y", (1.0,)), ("w", (0.8,)), ("b", 0.1)), "node 2 of the demo network"),
        Case((("y", (1.0,)), ("w", (-0.4,)), ("b", -0.1)), "node 3 of the demo network"),
        Case((("y", (0.7109, 0.3775)), ("w", (0.5, 0.3)), ("b", 0.2)),
             "node 4 of the demo network"),
        Case((("y", (0.6612, 0.4104)), ("w", (0.9, -0.5)), ("b", 0.1)),
             "node 6 of the demo network"),
        Case((("y", (0.5, -1.0, 2.0)), ("w", (0.1, 0.2, -0.3)), ("b", 0.05))),
        Case((("y", (0.2, 0.4)), ("w", (1.0, -1.0)), ("b", 0.0))),
    ),
    mistakes=(
        Mistake(lambda y, w, b: formulas.node_input(y, w, 0.0),
                "x_j = sum_i w_ij y_i + b_j: add the bias b_j."),
        Mistake(lambda y, w, b: formulas.node_input(y, w, -b),
                "x_j = sum_i w_ij y_i + b_j: add the bias, don't subtract it."),
        Mistake(lambda y, w, b: formulas.node_input(y[:1], w[:1], b),
                "add up w_ij y_i over every incoming edge i, not only the first one."),
        Mistake(lambda y, w, b: formulas.node_input(y[-1:], w[-1:], b),
                "add up w_ij y_i over every incoming edge i, not only the last one "
                "(in a loop, x = x + ..., not x = ...)."),
        Mistake(lambda y, w, b: formulas.node_input(y, w, b * len(y)),
                "add the bias b_j once, after the sum, not once per edge."),
        Mistake(lambda y, w, b: np.sum(w) * np.sum(y) + b,
                "multiply each weight w_ij by the output y_i of its own node i, then add up."),
        Mistake(lambda y, w, b: SIGMOID.f(formulas.node_input(y, w, b)),
                "x_j is the total input, before the activation: don't apply f here "
                "(y_j = f(x_j) comes next)."),
    ),
    hint="x_j = sum_i w_ij y_i + b_j: multiply each y_i by its weight w_ij, "
         "add up, then add the bias b_j.",
    many_numbers_hint="x_j is one number: add up the products w_ij y_i (and the bias b_j).",
)

OUTPUT_DE_DY_EXERCISE = Exercise(
    name="output_dE_dy", signature="output_dE_dy(y_output, y_target)",
    reference=formulas.output_dE_dy,
    cases=(
        Case((("y_output", 0.6201), ("y_target", 0.9)), "node 6 of the demo network"),
        Case((("y_output", 0.2), ("y_target", 0.0))),
        Case((("y_output", 0.5), ("y_target", 0.5))),
        Case((("y_output", 0.3), ("y_target", 0.8))),
        Case((("y_output", 1.0), ("y_target", 0.0))),
    ),
    mistakes=(
        Mistake(lambda y_output, y_target: formulas.output_dE_dy(y_target, y_output),
                "dE/dy_output = y_output - y_target: the output minus the target, "
                "not the other way round."),
        Mistake(lambda y_output, y_target: formulas.squared_error(
                    np.array([y_output]), np.array([y_target])),
                "that is the error E itself; dE/dy_output is its derivative "
                "with respect to y_output."),
        Mistake(lambda y_output, y_target: (y_output - y_target) ** 2,
                "dE/dy_output is the derivative of E = 1/2 (y_output - y_target)^2, "
                "not the square."),
        Mistake(lambda y_output, y_target: 2.0 * formulas.output_dE_dy(y_output, y_target),
                "the 1/2 in E = 1/2 (y_output - y_target)^2 cancels the 2 "
                "that comes down from the square."),
        Mistake(lambda y_output, y_target: y_output,
                "dE/dy_output = y_output - y_target: subtract the target."),
    ),
    hint="E = 1/2 (y_output - y_target)^2, so dE/dy_output = y_output - y_target.",
)

DE_DX_EXERCISE = Exercise(
    name="dE_dx", signature="dE_dx(x, dE_dy)", reference=_sigmoid_dE_dx,
    cases=(
        Case((("x", 0.0), ("dE_dy", 1.0))),
        Case((("x", 0.4899), ("dE_dy", -0.2799)), "node 6 of the demo network"),
        Case((("x", -2.0), ("dE_dy", 0.5))),
        Case((("x", 3.0), ("dE_dy", -1.0))),
        Case((("x", 0.9), ("dE_dy", 0.0))),
    ),
    mistakes=(
        Mistake(lambda x, dE_dy: dE_dy,
                "dE/dx = f'(x) dE/dy: multiply dE/dy by f'(x)."),
        Mistake(lambda x, dE_dy: _sigmoid_derivative(x),
                "dE/dx = f'(x) dE/dy: multiply f'(x) by dE/dy."),
        Mistake(lambda x, dE_dy: SIGMOID.f(x) * dE_dy,
                "dE/dx = f'(x) dE/dy uses the derivative f'(x) = f(x) (1 - f(x)), not f(x)."),
        Mistake(lambda x, dE_dy: x * (1.0 - x) * dE_dy,
                "f'(x) = f(x) (1 - f(x)): use y = f(x) in it, not x."),
        Mistake(lambda x, dE_dy: dE_dy / _sigmoid_derivative(x),
                "dE/dx = f'(x) dE/dy: multiply by f'(x), don't divide."),
        Mistake(lambda x, dE_dy: _sigmoid_derivative(x) + dE_dy,
                "dE/dx = f'(x) dE/dy: multiply, don't add."),
    ),
    hint="dE/dx = f'(x) dE/dy with f'(x) = f(x) (1 - f(x)) (you may call your "
         "sigmoid_derivative; check it first with check_sigmoid_derivative).",
)

DE_DW_EXERCISE = Exercise(
    name="dE_dw", signature="dE_dw(y_i, dE_dx_j)", reference=formulas.dE_dw,
    cases=(
        Case((("y_i", 0.6612), ("dE_dx_j", -0.0659)), "edge from node 4 to node 6 of the demo network"),
        Case((("y_i", 0.5), ("dE_dx_j", 2.0))),
        Case((("y_i", 1.0), ("dE_dx_j", -0.3))),
        Case((("y_i", 0.0), ("dE_dx_j", 5.0))),
        Case((("y_i", 0.25), ("dE_dx_j", -0.4))),
    ),
    mistakes=(
        Mistake(lambda y_i, dE_dx_j: dE_dx_j,
                "dE/dw_ij = y_i dE/dx_j: multiply by y_i, the output of the node "
                "the edge comes from (dE/dx_j alone is dE/db_j)."),
        Mistake(lambda y_i, dE_dx_j: y_i,
                "dE/dw_ij = y_i dE/dx_j: multiply y_i by dE/dx_j."),
        Mistake(lambda y_i, dE_dx_j: -formulas.dE_dw(y_i, dE_dx_j),
                "dE/dw_ij = y_i dE/dx_j, with no minus sign (the minus belongs "
                "to the update rule)."),
        Mistake(lambda y_i, dE_dx_j: y_i + dE_dx_j,
                "dE/dw_ij = y_i dE/dx_j: multiply, don't add."),
    ),
    hint="dE/dw_ij = y_i dE/dx_j: the output of the node the edge comes from "
         "times dE/dx of the node it goes to.",
)

HIDDEN_DE_DY_EXERCISE = Exercise(
    name="hidden_dE_dy", signature="hidden_dE_dy(w, dE_dx)", reference=formulas.hidden_dE_dy,
    cases=(
        Case((("w", (0.9,)), ("dE_dx", (-0.0659,))), "node 4 of the demo network"),
        Case((("w", (0.5, -0.6)), ("dE_dx", (-0.0133, 0.008))), "node 2 of the demo network"),
        Case((("w", (0.2, -0.5, 1.0)), ("dE_dx", (0.3, 0.1, -0.2)))),
        Case((("w", (1.5, 0.5)), ("dE_dx", (0.2, -0.4)))),
    ),
    mistakes=(
        Mistake(lambda w, dE_dx: formulas.hidden_dE_dy(w[:1], dE_dx[:1]),
                "add up w_ij dE/dx_j over every node j that node i feeds, "
                "not only the first one."),
        Mistake(lambda w, dE_dx: formulas.hidden_dE_dy(w[-1:], dE_dx[-1:]),
                "add up w_ij dE/dx_j over every node j that node i feeds, not only "
                "the last one (in a loop, total = total + ..., not total = ...)."),
        Mistake(lambda w, dE_dx: np.sum(dE_dx),
                "dE/dy_i = sum_j w_ij dE/dx_j: multiply each dE/dx_j by the weight "
                "w_ij of its edge."),
        Mistake(lambda w, dE_dx: np.sum(w),
                "dE/dy_i = sum_j w_ij dE/dx_j: multiply each weight w_ij by dE/dx_j."),
        Mistake(lambda w, dE_dx: np.sum(w) * np.sum(dE_dx),
                "multiply each weight w_ij by dE/dx_j of its own node j, then add up."),
        Mistake(lambda w, dE_dx: -formulas.hidden_dE_dy(w, dE_dx),
                "dE/dy_i = sum_j w_ij dE/dx_j, with no minus sign."),
    ),
    hint="dE/dy_i = sum_j w_ij dE/dx_j, over the edges leaving node i: w[k] and "
         "dE_dx[k] belong to the same node j.",
    many_numbers_hint="dE/dy_i is one number: add up the products w_ij dE/dx_j.",
)

UPDATE_EXERCISE = Exercise(
    name="update", signature="update(w, learning_rate, dE_dw)", reference=formulas.update,
    cases=(
        Case((("w", 0.9), ("learning_rate", 1.0), ("dE_dw", -0.0436)),
             "w_46 of the demo network"),
        Case((("w", 0.5), ("learning_rate", 0.1), ("dE_dw", 2.0))),
        Case((("w", -0.4), ("learning_rate", 0.5), ("dE_dw", -1.0))),
        Case((("w", 0.3), ("learning_rate", 2.0), ("dE_dw", 0.0))),
        Case((("w", 1.0), ("learning_rate", 0.01), ("dE_dw", 50.0))),
    ),
    mistakes=(
        Mistake(lambda w, learning_rate, dE_dw: formulas.update(w, -learning_rate, dE_dw),
                "w <- w - alpha dE/dw: subtract, so that the weight goes against "
                "the slope, downhill."),
        Mistake(lambda w, learning_rate, dE_dw: formulas.update(w, 1.0, dE_dw),
                "w <- w - alpha dE/dw: multiply dE/dw by the learning rate alpha."),
        Mistake(lambda w, learning_rate, dE_dw: formulas.update(w, 1.0 / learning_rate, dE_dw),
                "w <- w - alpha dE/dw: multiply by the learning rate, don't divide."),
        Mistake(lambda w, learning_rate, dE_dw: formulas.update(0.0, learning_rate, dE_dw),
                "return the new weight w - alpha dE/dw, not only the change."),
        Mistake(lambda w, learning_rate, dE_dw: formulas.update(0.0, -learning_rate, dE_dw),
                "return the new weight w - alpha dE/dw, not only the step alpha dE/dw."),
        Mistake(lambda w, learning_rate, dE_dw: w,
                "the weight must change: w <- w - alpha dE/dw."),
    ),
    hint="w <- w - alpha dE/dw: the new weight is the old one minus the learning "
         "rate times dE/dw.",
)

EXERCISES = (SIGMOID_EXERCISE, SIGMOID_DERIVATIVE_EXERCISE, NODE_INPUT_EXERCISE,
             OUTPUT_DE_DY_EXERCISE, DE_DX_EXERCISE, DE_DW_EXERCISE,
             HIDDEN_DE_DY_EXERCISE, UPDATE_EXERCISE)


# --- the checkers, one per exercise ---------------------------------------------

def check_sigmoid(sigmoid):
    """Check ``sigmoid(x)``: one number ``x`` in, ``y = f(x) = 1 / (1 + e^(-x))`` out."""
    return check(SIGMOID_EXERCISE, sigmoid)


def check_sigmoid_derivative(sigmoid_derivative):
    """Check ``sigmoid_derivative(x)``: one number ``x`` in,
    ``f'(x) = f(x) (1 - f(x))`` out."""
    return check(SIGMOID_DERIVATIVE_EXERCISE, sigmoid_derivative)


def check_node_input(node_input):
    """Check ``node_input(y, w, b)``, the total input of one node ``j``:

        x_j = sum over i in in(j) of  w_ij * y_i  +  b_j

    ``y`` and ``w`` are 1-D arrays of the same length: ``y[k]`` is the
    output of the k-th node feeding ``j`` and ``w[k]`` the weight of its
    edge; ``b`` is the bias ``b_j``.  Returns one number.
    """
    return check(NODE_INPUT_EXERCISE, node_input)


def check_output_dE_dy(output_dE_dy):
    """Check ``output_dE_dy(y_output, y_target)``, where backpropagation starts:
    ``dE/dy_output = y_output - y_target`` (two numbers in, one out)."""
    return check(OUTPUT_DE_DY_EXERCISE, output_dE_dy)


def check_dE_dx(dE_dx):
    """Check ``dE_dx(x, dE_dy)`` for a sigmoid node: its total input ``x``
    and its ``dE/dy`` in, ``dE/dx = f'(x) * dE/dy`` out."""
    return check(DE_DX_EXERCISE, dE_dx)


def check_dE_dw(dE_dw):
    """Check ``dE_dw(y_i, dE_dx_j)`` for the edge from node ``i`` to node ``j``:
    ``dE/dw_ij = y_i * dE/dx_j`` (two numbers in, one out)."""
    return check(DE_DW_EXERCISE, dE_dw)


def check_hidden_dE_dy(hidden_dE_dy):
    """Check ``hidden_dE_dy(w, dE_dx)``, ``dE/dy`` of a node ``i`` before the output:

        dE/dy_i = sum over j in out(i) of  w_ij * dE/dx_j

    ``w`` and ``dE_dx`` are 1-D arrays of the same length, one entry per
    edge leaving ``i``: ``w[k]`` is the weight ``w_ij`` of the edge to the
    k-th node ``j`` that ``i`` feeds and ``dE_dx[k]`` is that node's
    ``dE/dx_j``.  Returns one number.
    """
    return check(HIDDEN_DE_DY_EXERCISE, hidden_dE_dy)


def check_update(update):
    """Check ``update(w, learning_rate, dE_dw)``, the update rule:
    returns the new weight ``w - learning_rate * dE_dw``."""
    return check(UPDATE_EXERCISE, update)


def check(exercise, function):
    """Call ``function`` on every case of ``exercise``; return a :class:`CheckResult`.

    The verdict is about the first case whose answer is not right, in the
    order the cases are listed.
    """
    name = exercise.name
    if not callable(function):
        return _not_a_function(exercise, function)
    answers = [_ask(function, _arguments(case)) for case in exercise.cases]
    for case, answer in zip(exercise.cases, answers):
        if isinstance(answer, _NotWritten):
            return _not_written(name, answer.message(name))
        if isinstance(answer, _Problem):
            return _wrong(name, f"wrong for {_case_text(case)}: your {name} "
                                f"{answer.text}. Hint: {_problem_hint(exercise, answer)}")
        expected = float(exercise.reference(*_arguments(case)))
        if not _close(answer, expected):
            got, want = _number_pair(answer, expected)
            return _wrong(name, f"wrong for {_case_text(case)}: your {name} gave {got}, "
                                f"expected {want}. Hint: {_hint(exercise, answers)}")
    return _right(name, f"{name} matches on {len(exercise.cases)} cases")


def _hint(exercise, answers):
    """The hint of the first usual mistake that gives exactly the learner's
    answers on every case; the exercise's general hint if none does."""
    if all(isinstance(answer, float) for answer in answers):
        for mistake in exercise.mistakes:
            if all(_close(answer, _mistake_answer(mistake, case))
                   for case, answer in zip(exercise.cases, answers)):
                return mistake.hint
    return exercise.hint


def _problem_hint(exercise, problem):
    if problem.kind == "none":
        return "did you forget `return` in front of the result?"
    if problem.kind == "many":
        return exercise.many_numbers_hint or exercise.hint
    return exercise.hint


def _mistake_answer(mistake, case):
    with np.errstate(all="ignore"):
        return float(mistake.answer(*_arguments(case)))


def _not_a_function(exercise, value):
    return _wrong(exercise.name,
                  f"{exercise.name} is not a function (it is {type(value).__name__} "
                  f"{value!r}). Hint: define it with def {exercise.signature}: ...")


# --- asking the learner's function -----------------------------------------------

@dataclass(frozen=True)
class _Problem:
    """An answer that is not a number: ``text`` completes "your f ...";
    ``kind`` is "raised", "none" (no answer), "many" (a list or an array)
    or "other"."""

    text: str
    kind: str


@dataclass(frozen=True)
class _NotWritten:
    """The learner's function, or one it calls, still raises NotImplementedError."""

    function_name: str
    raised_in: str

    def message(self, name):
        if self.raised_in in ("", self.function_name):
            return (f"replace the `raise NotImplementedError` in "
                    f"{self.function_name or name} with your code")
        return (f"your {name} calls {self.raised_in}, which still has "
                f"`raise NotImplementedError`: write {self.raised_in} first")


def _arguments(case):
    """Fresh arguments for one call (the learner's function may change arrays)."""
    return [np.array(value, dtype=float) if isinstance(value, tuple) else value
            for _, value in case.args]


def _ask(function, arguments):
    """The learner's answer as a float, or a :class:`_Problem` / :class:`_NotWritten`."""
    try:
        answer = function(*arguments)
    except NotImplementedError as error:
        raised_in = traceback.extract_tb(error.__traceback__)[-1].name
        return _NotWritten(getattr(function, "__name__", ""), raised_in)
    except Exception as error:  # any mistake in the learner's code is reported, not raised
        lines = str(error).strip().splitlines()
        message = lines[0].rstrip(".") if lines else ""
        return _Problem(f"raised {type(error).__name__}" + (f": {message}" if message else ""),
                        "raised")
    return _as_number(answer)


def _as_number(answer):
    """``answer`` as a float if it is one real number; otherwise a :class:`_Problem`."""
    if answer is None:
        return _Problem("returned None, expected a number", "none")
    if isinstance(answer, (bool, np.bool_)):
        return _Problem(f"returned {answer}, expected a number", "other")
    if isinstance(answer, numbers.Real):
        return float(answer)
    if isinstance(answer, np.ndarray):
        if answer.ndim == 0 and answer.dtype.kind in "iuf":
            return float(answer)
        return _Problem(f"returned an array of shape {answer.shape}, expected one number",
                        "many")
    if isinstance(answer, (list, tuple)):
        return _Problem(f"returned a {type(answer).__name__} of {len(answer)} items, "
                        "expected one number", "many")
    return _Problem(f"returned {type(answer).__name__} {answer!r}, expected a number", "other")


def _close(answer, expected):
    return math.isclose(answer, expected, rel_tol=RELATIVE_TOLERANCE,
                        abs_tol=ABSOLUTE_TOLERANCE)


# --- writing numbers and cases -----------------------------------------------------

def _case_text(case):
    """``y = [1.0, 0.5], w = [0.8, -0.4], b = 0.1 (node 4 of the demo network)``."""
    parts = [f"{name} = {_value_text(value)}" for name, value in case.args]
    return ", ".join(parts) + (f" ({case.note})" if case.note else "")


def _value_text(value):
    if isinstance(value, tuple):
        return "[" + ", ".join(repr(float(v)) for v in value) + "]"
    return repr(float(value))


def _number_pair(got, expected):
    """The two numbers with 4 significant digits, or more if they would read the same."""
    for digits in range(4, 18):
        got_text, expected_text = f"{got:.{digits}g}", f"{expected:.{digits}g}"
        if got_text != expected_text:
            break
    return got_text, expected_text


# --- all the functions together: one update of the demo network -----------

LEARNER_FUNCTIONS = ("sigmoid", "node_input", "output_dE_dy", "dE_dx", "dE_dw",
                     "hidden_dE_dy", "update")
# Not the demo's DEMO_LEARNING_RATE = 1.0: with 1.0, an update rule that
# forgets the learning rate would give the right numbers.
NETWORK_LEARNING_RATE = 0.5


def check_backpropagation(sigmoid, node_input, output_dE_dy, dE_dx, dE_dw, hidden_dE_dy,
                          update):
    """Run one update of the demo network with the learner's functions.

    The steps are those of ``trace(demo_network(), *DEMO_EXAMPLE,
    NETWORK_LEARNING_RATE)``, in the lesson's order: the forward pass (``x``
    with ``node_input``, ``y`` with ``sigmoid``), backpropagation
    (``output_dE_dy``, ``dE_dx``, ``dE_dw``, ``hidden_dE_dy``; ``dE/db_j =
    dE/dx_j``) and the update (``update``, for every weight and bias).  Each
    step reads the learner's own earlier numbers; the result reports the
    first step whose number differs from ``Network``'s.  (The error ``E``
    is not an exercise, so it is not asked for.)
    """
    functions = dict(zip(LEARNER_FUNCTIONS, (sigmoid, node_input, output_dE_dy, dE_dx,
                                             dE_dw, hidden_dE_dy, update)))
    for name, function in functions.items():
        if not callable(function):
            return _wrong("backpropagation", f"{name} is not a function (it is "
                                             f"{type(function).__name__} {function!r})")
    record = trace(demo_network(), *DEMO_EXAMPLE, NETWORK_LEARNING_RATE)
    values = {}  # (quantity, target) -> the learner's number
    for number, step in enumerate(record.steps, start=1):
        if step.quantity == "E":
            continue
        name, arguments = _step_call(record, step, values)
        answer = arguments if name is None else _ask(functions[name], arguments)
        where = f"step {number} of {len(record)}, {step.title}"
        if isinstance(answer, _NotWritten):
            return _not_written("backpropagation",
                                f"{answer.message(name)} (needed at {where})")
        if isinstance(answer, _Problem):
            return _wrong("backpropagation", f"at {where}: your {name} {answer.text}. "
                                             f"Hint: run check_{name}({name}).")
        if not _close(answer, step.value):
            got, want = _number_pair(answer, step.value)
            return _wrong("backpropagation",
                          f"first difference at {where}: your {name} gave {got}, expected "
                          f"{want}. Hint: run check_{name}({name}).")
        values[step.quantity, step.target] = answer
    return _right("backpropagation",
                  f"your functions give all {len(values)} numbers of one update "
                  f"of the demo network (forward, backward, update with learning rate "
                  f"{NETWORK_LEARNING_RATE})")


def _step_call(record, step, values):
    """``(name of the learner's function, its arguments)`` for one step, or
    ``(None, value)`` where the lesson gives the value without a formula."""
    if step.phase == "forward":
        return _forward_call(record, step, values)
    if step.phase == "backward":
        return _backward_call(record, step, values)
    return _update_call(record, step, values)


def _forward_call(record, step, values):
    _, l, j = step.target
    if l == 0:  # the input node: x = y = x_input
        return None, float(record.x_input[j])
    if step.quantity == "x":
        y = [values["y", ("node", l - 1, i)] for i in range(record.sizes[l - 1])]
        return "node_input", [np.array(y), record.before.weights[l - 1][:, j].copy(),
                              float(record.before.biases[l - 1][j])]
    return "sigmoid", [values["x", step.target]]


def _backward_call(record, step, values):
    if step.quantity == "dE_dw":
        _, l, i, j = step.target
        return "dE_dw", [values["y", ("node", l, i)], values["dE_dx", ("node", l + 1, j)]]
    if step.quantity == "dE_db":  # dE/db_j = dE/dx_j
        _, l, j = step.target
        return None, values["dE_dx", ("node", l, j)]
    _, l, j = step.target
    if step.quantity == "dE_dx":
        if l == 0:  # the input node has no activation: dE/dx = dE/dy
            return None, values["dE_dy", step.target]
        return "dE_dx", [values["x", step.target], values["dE_dy", step.target]]
    if l == len(record.sizes) - 1:
        return "output_dE_dy", [values["y", step.target], float(record.y_target[j])]
    dE_dx = [values["dE_dx", ("node", l + 1, k)] for k in range(record.sizes[l + 1])]
    return "hidden_dE_dy", [record.before.weights[l][j, :].copy(), np.array(dE_dx)]


def _update_call(record, step, values):
    alpha = record.learning_rate
    if step.quantity == "w":
        _, l, i, j = step.target
        return "update", [float(record.before.weights[l][i, j]), alpha,
                          values["dE_dw", step.target]]
    _, l, j = step.target
    return "update", [float(record.before.biases[l - 1][j]), alpha,
                      values["dE_db", step.target]]


# --- the scoreboard ---------------------------------------------------------------

@dataclass(frozen=True)
class Scoreboard:
    """Every exercise's :class:`CheckResult`, and the whole network's last."""

    results: Tuple[CheckResult, ...]

    @property
    def score(self):
        return sum(result.passed for result in self.results)

    def __str__(self):
        lines = [f"{self.score} of {len(self.results)} right"]
        lines += [f"  {result.message}" for result in self.results]
        return "\n".join(lines)

    __repr__ = __str__


def check_all(namespace):
    """Check every exercise whose function is defined in ``namespace``
    (in a notebook, ``globals()``), then the whole network.

    The functions are looked up by the exercises' names: ``sigmoid``,
    ``sigmoid_derivative``, ``node_input``, ``output_dE_dy``, ``dE_dx``,
    ``dE_dw``, ``hidden_dE_dy`` and ``update``.
    """
    if not isinstance(namespace, Mapping):
        raise TypeError("namespace must be a dict of names, such as globals(), "
                        f"got {type(namespace).__name__}")
    results = []
    for exercise in EXERCISES:
        if exercise.name in namespace:
            results.append(check(exercise, namespace[exercise.name]))
        else:
            results.append(_not_written(exercise.name, f"no function called {exercise.name}: "
                                                       f"define it with def {exercise.signature}:"))
    missing = [name for name in LEARNER_FUNCTIONS if name not in namespace]
    if missing:
        results.append(_not_written("backpropagation", "the whole network needs "
                                                       + ", ".join(missing)))
    else:
        results.append(check_backpropagation(*(namespace[name] for name in LEARNER_FUNCTIONS)))
    return Scoreboard(tuple(results))
