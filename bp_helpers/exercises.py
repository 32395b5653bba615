"""Checkers for the exercises: the learner writes each formula, a checker says if it is right.

In ``09_exercises.ipynb`` the learner writes the lesson's formulas as small
functions of plain numbers, each with the name and the arguments of the
package's function it mirrors (``formulas.py``, ``activations.py``).  Each
``check_...`` function below calls the learner's function on a handful of
cases (easy numbers, edge cases, the demo network's own numbers), compares
every answer with the package's formula and returns a :class:`CheckResult`
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

The exercises themselves (cases, usual mistakes, hints) are data, in
``exercise_data.py``, in English; every line a learner reads is in their
language (``language.tr``).

``check_backpropagation`` puts the learner's functions together into one
update of the demo network and reports the first of its numbers
that differs from ``Network``'s; ``check_all`` prints a scoreboard.

Left out on purpose: exercises on batches and on other activation functions.
"""

from __future__ import annotations

import math
import numbers
import traceback
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np

from .exercise_data import (
    DE_DW_EXERCISE,
    DE_DX_EXERCISE,
    EXERCISES,
    HIDDEN_DE_DY_EXERCISE,
    NODE_INPUT_EXERCISE,
    OUTPUT_DE_DY_EXERCISE,
    SIGMOID_DERIVATIVE_EXERCISE,
    SIGMOID_EXERCISE,
    UPDATE_EXERCISE,
    Exercise,
)
from .language import tr
from .presets import DEMO_EXAMPLE, demo_network
from .steps import trace

RELATIVE_TOLERANCE = 1e-9
ABSOLUTE_TOLERANCE = 1e-12
# The most characters of a learner's value or error message a verdict shows.
MAX_SHOWN = 200

# --- what a check returns ------------------------------------------------------

@dataclass(frozen=True)
class CheckResult:
    """The verdict of one checker: ``status`` is "right", "wrong" or
    "not written"; ``message`` is the one line a learner reads."""

    name: str
    status: str
    message: str

    @property
    def passed(self) -> bool:
        return self.status == "right"

    def __str__(self) -> str:
        return self.message

    __repr__ = __str__


def _right(name, message):
    return CheckResult(name, "right", tr("✓ right: {message}", message=message))


def _wrong(name, message):
    return CheckResult(name, "wrong", "✗ " + message)


def _not_written(name, message):
    return CheckResult(name, "not written", tr("○ not written yet: {message}", message=message))


# --- the checkers, one per exercise ---------------------------------------------

def check_sigmoid(sigmoid: Callable) -> CheckResult:
    """Check ``sigmoid(x)``: one number ``x`` in, ``y = f(x) = 1 / (1 + e^(-x))`` out."""
    return check(SIGMOID_EXERCISE, sigmoid)


def check_sigmoid_derivative(sigmoid_derivative: Callable) -> CheckResult:
    """Check ``sigmoid_derivative(x, y)``: a node's total input ``x`` and its
    output ``y = f(x)`` in, ``f'(x) = f(x) (1 - f(x)) = y (1 - y)`` out."""
    return check(SIGMOID_DERIVATIVE_EXERCISE, sigmoid_derivative)


def check_node_input(node_input: Callable) -> CheckResult:
    """Check ``node_input(y_i, w, b)``, the total input of one node ``j``:

        x_j = sum over i in in(j) of  w_ij * y_i  +  b_j

    ``y_i`` and ``w`` are 1-D arrays of the same length: ``y_i[k]`` is the
    output of the k-th node feeding ``j`` and ``w[k]`` the weight of its
    edge; ``b`` is the bias ``b_j``.  Returns one number.
    """
    return check(NODE_INPUT_EXERCISE, node_input)


def check_output_dE_dy(output_dE_dy: Callable) -> CheckResult:
    """Check ``output_dE_dy(y_output, y_target)``, where backpropagation starts:
    ``dE/dy_output = y_output - y_target`` (two numbers in, one out)."""
    return check(OUTPUT_DE_DY_EXERCISE, output_dE_dy)


def check_dE_dx(dE_dx: Callable) -> CheckResult:
    """Check ``dE_dx(f_prime, dE_dy)``, the chain rule through a node's
    activation: ``f'(x)`` and ``dE/dy`` in, ``dE/dx = f'(x) * dE/dy`` out."""
    return check(DE_DX_EXERCISE, dE_dx)


def check_dE_dw(dE_dw: Callable) -> CheckResult:
    """Check ``dE_dw(y_i, dE_dx_j)`` for the edge from node ``i`` to node ``j``:
    ``dE/dw_ij = y_i * dE/dx_j`` (two numbers in, one out)."""
    return check(DE_DW_EXERCISE, dE_dw)


def check_hidden_dE_dy(hidden_dE_dy: Callable) -> CheckResult:
    """Check ``hidden_dE_dy(w, dE_dx_j)``, ``dE/dy`` of a node ``i`` before the output:

        dE/dy_i = sum over j in out(i) of  w_ij * dE/dx_j

    ``w`` and ``dE_dx_j`` are 1-D arrays of the same length, one entry per
    edge leaving ``i``: ``w[k]`` is the weight ``w_ij`` of the edge to the
    k-th node ``j`` that ``i`` feeds and ``dE_dx_j[k]`` is that node's
    ``dE/dx_j``.  Returns one number.
    """
    return check(HIDDEN_DE_DY_EXERCISE, hidden_dE_dy)


def check_update(update: Callable) -> CheckResult:
    """Check ``update(w, learning_rate, dE_dw)``, the update rule:
    returns the new weight ``w - learning_rate * dE_dw``."""
    return check(UPDATE_EXERCISE, update)


def check(exercise: Exercise | str, function: Callable) -> CheckResult:
    """Call ``function`` on every case of ``exercise`` (an :class:`Exercise` or
    its name, such as ``"sigmoid"``); return a :class:`CheckResult`.

    The verdict is about the first case whose answer is not right, in the
    order the cases are listed.
    """
    exercise = _exercise(exercise)
    name = exercise.name
    if not callable(function):
        return _not_a_function(exercise, function)
    answers = [_ask(function, _arguments(case)) for case in exercise.cases]
    for case, answer in zip(exercise.cases, answers):
        if isinstance(answer, _NotWritten):
            return _not_written(name, answer.message(name))
        if isinstance(answer, _Problem):
            return _wrong(name, tr("wrong for {case}: your {name} {problem}. Hint: {hint}",
                                   case=_case_text(case), name=name, problem=answer.text,
                                   hint=_problem_hint(exercise, answer)))
        expected = float(exercise.reference(*_arguments(case)))
        if not _close(answer, expected):
            got, want = _number_pair(answer, expected)
            return _wrong(name, tr("wrong for {case}: your {name} gave {got}, expected {want}. "
                                   "Hint: {hint}", case=_case_text(case), name=name, got=got,
                                   want=want, hint=_hint(exercise, answers)))
    return _right(name, tr("{name} matches on {count} cases", name=name,
                           count=len(exercise.cases)))


def _exercise(exercise):
    """``exercise`` itself, or the exercise of that name."""
    if isinstance(exercise, Exercise):
        return exercise
    names = [known.name for known in EXERCISES]
    if isinstance(exercise, str) and exercise in names:
        return EXERCISES[names.index(exercise)]
    raise TypeError(tr("exercise must be an Exercise or one of the names {names}; got {type} {exercise}",
                       names=', '.join(names), type=type(exercise).__name__, exercise=_shown_repr(exercise)))


def _hint(exercise, answers):
    """The hint of the first usual mistake that gives exactly the learner's
    answers on every case; the exercise's general hint if none does."""
    if all(isinstance(answer, float) for answer in answers):
        for mistake in exercise.mistakes:
            if all(_close(answer, _mistake_answer(mistake, case))
                   for case, answer in zip(exercise.cases, answers)):
                return tr(mistake.hint)
    return tr(exercise.hint)


def _problem_hint(exercise, problem):
    if problem.kind == "none":
        return tr("did you forget `return` in front of the result?")
    if problem.kind == "many":
        return tr(exercise.many_numbers_hint or exercise.hint)
    return tr(exercise.hint)


def _mistake_answer(mistake, case):
    with np.errstate(all="ignore"):
        return float(mistake.answer(*_arguments(case)))


def _not_a_function(exercise, value):
    return _wrong(exercise.name,
                  tr("{name} is not a function (it is {kind} {value}). Hint: define it with "
                     "def {signature}: ...", name=exercise.name, kind=type(value).__name__,
                     value=_shown_repr(value), signature=exercise.signature))


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
            return tr("replace the `raise NotImplementedError` in {name} with your code",
                      name=self.function_name or name)
        return tr("your {name} calls {callee}, which still has `raise NotImplementedError`: "
                  "write {callee} first", name=name, callee=self.raised_in)


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
        message = _first_line(error)
        kind = type(error).__name__
        return _Problem(tr("raised {kind}: {message}", kind=kind, message=message) if message
                        else tr("raised {kind}", kind=kind), "raised")
    try:
        return _as_number(answer)
    except OverflowError:
        return _Problem(tr("returned {kind} {value}, too large for a float",
                           kind=type(answer).__name__, value=_shown_repr(answer)), "other")
    except Exception as error:  # a learner's number type that fails to convert
        return _Problem(tr("returned {kind} {value}, which float() refuses ({error}: {message})",
                           kind=type(answer).__name__, value=_shown_repr(answer),
                           error=type(error).__name__, message=_first_line(error)), "other")


def _first_line(error):
    """The first line of ``error``'s message, at most ``MAX_SHOWN`` characters
    ("" if its ``__str__`` itself fails)."""
    try:
        lines = str(error).strip().splitlines()
    except Exception:  # a learner's exception whose __str__ raises
        return ""
    return _shortened(lines[0].rstrip(".")) if lines else ""


def _shown_repr(value):
    """``repr(value)``, at most ``MAX_SHOWN`` characters, even if it raises."""
    try:
        return _shortened(repr(value))
    except Exception:  # a learner's object whose __repr__ raises
        return f"<{type(value).__name__} whose repr raised>"


def _shortened(text):
    return text if len(text) <= MAX_SHOWN else text[:MAX_SHOWN - 3] + "..."


def _as_number(answer):
    """``answer`` as a float if it is one real number; otherwise a :class:`_Problem`."""
    if answer is None:
        return _Problem(tr("returned None, expected a number"), "none")
    if isinstance(answer, (bool, np.bool_)):
        return _Problem(tr("returned {answer}, expected a number", answer=answer), "other")
    if isinstance(answer, numbers.Real):
        return float(answer)
    if isinstance(answer, np.ndarray):
        if answer.ndim == 0 and answer.dtype.kind in "iuf":
            return float(answer)
        return _Problem(tr("returned an array of shape {shape}, expected one number",
                           shape=answer.shape), "many")
    if isinstance(answer, (list, tuple)):
        return _Problem(tr("returned a {kind} of {count} items, expected one number",
                           kind=type(answer).__name__, count=len(answer)), "many")
    return _Problem(tr("returned {kind} {value}, expected a number", kind=type(answer).__name__,
                       value=_shown_repr(answer)), "other")


def _close(answer, expected):
    return math.isclose(answer, expected, rel_tol=RELATIVE_TOLERANCE,
                        abs_tol=ABSOLUTE_TOLERANCE)


# --- writing numbers and cases -----------------------------------------------------

def _case_text(case):
    """``y_i = [1.0, 0.5], w = [0.8, -0.4], b = 0.1 (node 4 of the demo network)``."""
    parts = [f"{name} = {_value_text(value)}" for name, value in case.args]
    return ", ".join(parts) + (f" ({tr(case.note)})" if case.note else "")


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

LEARNER_FUNCTIONS = ("sigmoid", "sigmoid_derivative", "node_input", "output_dE_dy", "dE_dx",
                     "dE_dw", "hidden_dE_dy", "update")
# Not the demo's DEMO_LEARNING_RATE = 1.0: with 1.0, an update rule that
# forgets the learning rate would give the right numbers.
NETWORK_LEARNING_RATE = 0.5


def check_backpropagation(sigmoid: Callable, sigmoid_derivative: Callable, node_input: Callable,
                          output_dE_dy: Callable, dE_dx: Callable, dE_dw: Callable,
                          hidden_dE_dy: Callable, update: Callable) -> CheckResult:
    """Run one update of the demo network with the learner's functions.

    The steps are those of ``trace(demo_network(), *DEMO_EXAMPLE,
    NETWORK_LEARNING_RATE)``, in the lesson's order: the forward pass (``x``
    with ``node_input``, ``y`` with ``sigmoid``), backpropagation
    (``output_dE_dy``; ``f'(x)`` with ``sigmoid_derivative``, then
    ``dE_dx``; ``dE_dw``, ``hidden_dE_dy``; ``dE/db_j = dE/dx_j``) and the
    update (``update``, for every weight and bias).  Each step reads the
    learner's own earlier numbers; the result reports the first number
    that differs from ``Network``'s.  (The error ``E`` is not an exercise,
    so it is not asked for.)
    """
    functions = dict(zip(LEARNER_FUNCTIONS, (sigmoid, sigmoid_derivative, node_input,
                                             output_dE_dy, dE_dx, dE_dw, hidden_dE_dy, update)))
    for name, function in functions.items():
        if not callable(function):
            return _wrong("backpropagation", tr("{name} is not a function (it is {kind} {value})",
                                                name=name, kind=type(function).__name__,
                                                value=_shown_repr(function)))
    record = trace(demo_network(), *DEMO_EXAMPLE, NETWORK_LEARNING_RATE)
    values = {}  # (quantity, target) -> the learner's number
    for number, step in enumerate(record.steps, start=1):
        if step.quantity == "E":
            continue
        where = tr("step {k} of {n}, {title}", k=number, n=len(record), title=step.title)
        for quantity, expected in _numbers_asked(record, step, values):
            name, arguments = _call(record, quantity, step.target, values)
            answer = arguments if name is None else _ask(functions[name], arguments)
            if isinstance(answer, _NotWritten):
                return _not_written("backpropagation",
                                    tr("{message} (needed at {where})",
                                       message=answer.message(name), where=where))
            if isinstance(answer, _Problem):
                return _wrong("backpropagation", tr("at {where}: your {name} {problem}. Hint: "
                                                    "run check_{name}({name}).", where=where,
                                                    name=name, problem=answer.text))
            if not _close(answer, expected):
                got, want = _number_pair(answer, expected)
                return _wrong("backpropagation",
                              tr("first difference at {where}: your {name} gave {got}, expected "
                                 "{want}. Hint: run check_{name}({name}).", where=where,
                                 name=name, got=got, want=want))
            values[quantity, step.target] = answer
    return _right("backpropagation",
                  tr("your functions give all {count} numbers of one update of the demo "
                     "network (forward, backward, update with learning rate {rate})",
                     count=len(record) - 1, rate=NETWORK_LEARNING_RATE))


def _numbers_asked(record, step, values):
    """``(quantity, expected value)`` of each number one step asks for: its own
    value; for ``dE/dx`` of a node with an activation, first ``f'(x)``,
    from the node's ``x`` and ``y``."""
    _, l, *_ = step.target
    if step.quantity == "dE_dx" and l > 0:
        x, y = values["x", step.target], values["y", step.target]
        f_prime = float(record.before.activations[l - 1].df(x, y))
        return [("f_prime", f_prime), ("dE_dx", step.value)]
    return [(step.quantity, step.value)]


def _call(record, quantity, target, values):
    """``(name of the learner's function, its arguments)`` for one number, or
    ``(None, value)`` where the lesson gives the value without a formula."""
    if quantity in ("x", "y"):
        return _forward_call(record, quantity, target, values)
    if quantity in ("w", "b"):
        return _update_call(record, quantity, target, values)
    return _backward_call(record, quantity, target, values)


def _forward_call(record, quantity, target, values):
    _, l, j = target
    if l == 0:  # the input node: x = y = x_input
        return None, float(record.x_input[j])
    if quantity == "x":
        y_i = [values["y", ("node", l - 1, i)] for i in range(record.sizes[l - 1])]
        return "node_input", [np.array(y_i), record.before.weights[l - 1][:, j].copy(),
                              float(record.before.biases[l - 1][j])]
    return "sigmoid", [values["x", target]]


def _backward_call(record, quantity, target, values):
    if quantity == "dE_dw":
        _, l, i, j = target
        return "dE_dw", [values["y", ("node", l, i)], values["dE_dx", ("node", l + 1, j)]]
    _, l, j = target
    if quantity == "dE_db":  # dE/db_j = dE/dx_j
        return None, values["dE_dx", ("node", l, j)]
    if quantity == "f_prime":
        return "sigmoid_derivative", [values["x", target], values["y", target]]
    if quantity == "dE_dx":
        if l == 0:  # the input node has no activation: dE/dx = dE/dy
            return None, values["dE_dy", target]
        return "dE_dx", [values["f_prime", target], values["dE_dy", target]]
    if l == len(record.sizes) - 1:
        return "output_dE_dy", [values["y", target], float(record.y_target[j])]
    dE_dx_j = [values["dE_dx", ("node", l + 1, k)] for k in range(record.sizes[l + 1])]
    return "hidden_dE_dy", [record.before.weights[l][j, :].copy(), np.array(dE_dx_j)]


def _update_call(record, quantity, target, values):
    alpha = record.learning_rate
    if quantity == "w":
        _, l, i, j = target
        return "update", [float(record.before.weights[l][i, j]), alpha, values["dE_dw", target]]
    _, l, j = target
    return "update", [float(record.before.biases[l - 1][j]), alpha, values["dE_db", target]]


# --- the scoreboard ---------------------------------------------------------------

@dataclass(frozen=True)
class Scoreboard:
    """Every exercise's :class:`CheckResult`, and the whole network's last."""

    results: tuple[CheckResult, ...]

    @property
    def score(self) -> int:
        return sum(result.passed for result in self.results)

    def __str__(self) -> str:
        lines = [tr("{score} of {total} right", score=self.score, total=len(self.results))]
        lines += [f"  {result.message}" for result in self.results]
        return "\n".join(lines)

    __repr__ = __str__


def check_all(namespace: Mapping[str, object]) -> Scoreboard:
    """Check every exercise whose function is defined in ``namespace``
    (in a notebook, ``globals()``), then the whole network.

    The functions are looked up by the exercises' names: ``sigmoid``,
    ``sigmoid_derivative``, ``node_input``, ``output_dE_dy``, ``dE_dx``,
    ``dE_dw``, ``hidden_dE_dy`` and ``update``.
    """
    if not isinstance(namespace, Mapping):
        raise TypeError(tr("namespace must be a dict of names, such as globals(), got {type}",
                           type=type(namespace).__name__))
    results = []
    for exercise in EXERCISES:
        if exercise.name in namespace:
            results.append(check(exercise, namespace[exercise.name]))
        else:
            results.append(_not_written(exercise.name, tr(
                "no function called {name}: define it with def {signature}:",
                name=exercise.name, signature=exercise.signature)))
    missing = [name for name in LEARNER_FUNCTIONS if name not in namespace]
    if missing:
        results.append(_not_written("backpropagation", tr("the whole network needs {names}",
                                                          names=", ".join(missing))))
    else:
        results.append(check_backpropagation(*(namespace[name] for name in LEARNER_FUNCTIONS)))
    return Scoreboard(tuple(results))
