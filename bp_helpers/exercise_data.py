"""The exercises of notebook 6, as data: what each formula exercise asks, the
cases it is tried on, the usual mistakes with their hints.

``exercises.py`` is the machinery that checks a learner's function against
them.  Every reference answer is the package's own formula (``formulas.py``,
``activations.py``), so no formula is written here again; two of them are
wrapped to take one node's numbers instead of a batch (see below).
"""

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from . import formulas
from .activations import get_activation

SIGMOID = get_activation("sigmoid")


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


# Two formulas of ``formulas.py`` work on whole layers of a batch of examples
# (``y^T @ dE/dx`` and ``dE/dx @ w^T``); the exercises ask for them node by
# node, with the numbers of one edge or of one node.  Their references wrap
# the package's formula: the numbers become a batch of one example, the
# formula runs, and its one number comes back.

def _one_edge_dE_dw(y_i, dE_dx_j):
    """dE/dw_ij = y_i dE/dx_j for one edge: ``formulas.dE_dw`` on one example
    of a layer of one node i and a layer of one node j."""
    return formulas.dE_dw(np.reshape(y_i, (1, 1)), np.reshape(dE_dx_j, (1, 1)))[0, 0]


def _one_node_hidden_dE_dy(w, dE_dx):
    """dE/dy_i = sum_j w_ij dE/dx_j for one node i: ``formulas.hidden_dE_dy`` with
    node i's weights ``w_ij`` as a layer of one node, and ``dE/dx_j`` as one example."""
    return formulas.hidden_dE_dy(np.reshape(w, (1, -1)), np.reshape(dE_dx, (1, -1)))[0, 0]


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
    cases: tuple[Case, ...]
    mistakes: tuple[Mistake, ...]
    hint: str
    many_numbers_hint: str = ""


def _may_call(formula, earlier):
    """A hint: the formula, and that the learner's ``earlier`` function may be used."""
    return f"{formula} (you may call your {earlier}; check it first with check_{earlier})."


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
    hint=_may_call("f'(x) = f(x) (1 - f(x)), where f is the sigmoid", "sigmoid"),
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
                    np.array([[y_output]]), np.array([[y_target]])),
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
    hint=_may_call("dE/dx = f'(x) dE/dy with f'(x) = f(x) (1 - f(x))", "sigmoid_derivative"),
)

DE_DW_EXERCISE = Exercise(
    name="dE_dw", signature="dE_dw(y_i, dE_dx_j)", reference=_one_edge_dE_dw,
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
        Mistake(lambda y_i, dE_dx_j: -_one_edge_dE_dw(y_i, dE_dx_j),
                "dE/dw_ij = y_i dE/dx_j, with no minus sign (the minus belongs "
                "to the update rule)."),
        Mistake(lambda y_i, dE_dx_j: y_i + dE_dx_j,
                "dE/dw_ij = y_i dE/dx_j: multiply, don't add."),
    ),
    hint="dE/dw_ij = y_i dE/dx_j: the output of the node the edge comes from "
         "times dE/dx of the node it goes to.",
)

HIDDEN_DE_DY_EXERCISE = Exercise(
    name="hidden_dE_dy", signature="hidden_dE_dy(w, dE_dx)", reference=_one_node_hidden_dE_dy,
    cases=(
        Case((("w", (0.9,)), ("dE_dx", (-0.0659,))), "node 4 of the demo network"),
        Case((("w", (0.5, -0.6)), ("dE_dx", (-0.0133, 0.008))), "node 2 of the demo network"),
        Case((("w", (0.2, -0.5, 1.0)), ("dE_dx", (0.3, 0.1, -0.2)))),
        Case((("w", (1.5, 0.5)), ("dE_dx", (0.2, -0.4)))),
    ),
    mistakes=(
        Mistake(lambda w, dE_dx: _one_node_hidden_dE_dy(w[:1], dE_dx[:1]),
                "add up w_ij dE/dx_j over every node j that node i feeds, "
                "not only the first one."),
        Mistake(lambda w, dE_dx: _one_node_hidden_dE_dy(w[-1:], dE_dx[-1:]),
                "add up w_ij dE/dx_j over every node j that node i feeds, not only "
                "the last one (in a loop, total = total + ..., not total = ...)."),
        Mistake(lambda w, dE_dx: np.sum(dE_dx),
                "dE/dy_i = sum_j w_ij dE/dx_j: multiply each dE/dx_j by the weight "
                "w_ij of its edge."),
        Mistake(lambda w, dE_dx: np.sum(w),
                "dE/dy_i = sum_j w_ij dE/dx_j: multiply each weight w_ij by dE/dx_j."),
        Mistake(lambda w, dE_dx: np.sum(w) * np.sum(dE_dx),
                "multiply each weight w_ij by dE/dx_j of its own node j, then add up."),
        Mistake(lambda w, dE_dx: -_one_node_hidden_dE_dy(w, dE_dx),
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
