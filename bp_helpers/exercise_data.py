"""The exercises of notebook 9, as data: what each formula exercise asks, the
cases it is tried on, the usual mistakes with their hints.

``exercises.py`` is the machinery that checks a learner's function against
them.  Each exercise mirrors one function of the package (``formulas.py``,
``activations.py``): the learner writes a function of the same name, with the
same arguments, and its answers are compared with the package's own, so no
formula is written here again.  Two of them are wrapped to take one node's
numbers instead of a batch (see below).
"""

import inspect
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from . import activations, formulas

SIGMOID = activations.get_activation("sigmoid")


# --- the lesson's formulas, as the exercises ask for them ----------------------
# Two formulas of ``formulas.py`` work on whole layers of a batch of examples
# (``y^T @ dE/dx`` and ``dE/dx @ w^T``); the exercises ask for them node by
# node, with the numbers of one edge or of one node.  Their references wrap
# the package's formula: the numbers become a batch of one example, the
# formula runs, and its one number comes back.

def _one_edge_dE_dw(y_i, dE_dx_j):
    """dE/dw_ij = y_i dE/dx_j for one edge: ``formulas.dE_dw`` on one example
    of a layer of one node i and a layer of one node j."""
    return formulas.dE_dw(np.reshape(y_i, (1, 1)), np.reshape(dE_dx_j, (1, 1)))[0, 0]


def _one_node_hidden_dE_dy(w, dE_dx_j):
    """dE/dy_i = sum_j w_ij dE/dx_j for one node i: ``formulas.hidden_dE_dy`` with
    node i's weights ``w_ij`` as a layer of one node, and ``dE/dx_j`` as one example."""
    return formulas.hidden_dE_dy(np.reshape(w, (1, -1)), np.reshape(dE_dx_j, (1, -1)))[0, 0]


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
    """One formula to write: the package's function it ``mirrors`` (the learner's
    has the same ``name`` and ``signature``), the reference answer, the cases,
    the usual mistakes, the hint for any other wrong answer and the hint for
    an answer that is a list or an array instead of one number."""

    mirrors: Callable
    reference: Callable
    cases: tuple[Case, ...]
    mistakes: tuple[Mistake, ...]
    hint: str
    many_numbers_hint: str = ""

    @property
    def name(self):
        return self.mirrors.__name__

    @property
    def signature(self):
        """``name(arguments)``, e.g. ``dE_dx(f_prime, dE_dy)``."""
        return f"{self.name}({', '.join(inspect.signature(self.mirrors).parameters)})"


SIGMOID_EXERCISE = Exercise(
    mirrors=activations.sigmoid, reference=activations.sigmoid,
    # far from 0, at +-50, a careless e^(-x) overflows or loses all digits
    cases=tuple(Case((("x", x),), "x_2 of the demo network" if x == 0.9 else "")
                for x in (0.0, 2.0, -2.0, 0.9, 50.0, -50.0)),
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
    # x and y = f(x) of one node, as the network has them after the forward pass
    mirrors=activations.sigmoid_derivative, reference=activations.sigmoid_derivative,
    cases=tuple(Case((("x", x), ("y", float(SIGMOID.f(x)))), note)
                for x, note in ((0.0, ""), (2.0, ""), (-2.0, ""),
                                (0.4899, "node 6 of the demo network"), (5.0, ""))),
    mistakes=(
        Mistake(lambda x, y: y,
                "that is y = f(x) itself; its derivative is f'(x) = y (1 - y)."),
        Mistake(lambda x, y: x * (1.0 - x),
                "f'(x) = f(x) (1 - f(x)) = y (1 - y): use y, not x."),
        Mistake(lambda x, y: y * (1.0 - x),
                "f'(x) = y (1 - y): both factors use y, not x."),
        Mistake(lambda x, y: y * (1.0 + y),
                "f'(x) = y (1 - y): a minus in the bracket, not a plus."),
        Mistake(lambda x, y: 1.0 - y,
                "f'(x) = y (1 - y): multiply (1 - y) by y."),
        Mistake(lambda x, y: 1.0 - y * y,
                "that is the derivative of tanh, 1 - y^2; the sigmoid's is f'(x) = y (1 - y)."),
    ),
    hint="f'(x) = f(x) (1 - f(x)) = y (1 - y), with y = f(x) the node's output.",
)

NODE_INPUT_EXERCISE = Exercise(
    mirrors=formulas.node_input, reference=formulas.node_input,
    cases=(
        Case((("y_i", (1.0,)), ("w", (0.8,)), ("b", 0.1)), "node 2 of the demo network"),
        Case((("y_i", (1.0,)), ("w", (-0.4,)), ("b", -0.1)), "node 3 of the demo network"),
        Case((("y_i", (0.7109, 0.3775)), ("w", (0.5, 0.3)), ("b", 0.2)),
             "node 4 of the demo network"),
        Case((("y_i", (0.6612, 0.4104)), ("w", (0.9, -0.5)), ("b", 0.1)),
             "node 6 of the demo network"),
        Case((("y_i", (0.5, -1.0, 2.0)), ("w", (0.1, 0.2, -0.3)), ("b", 0.05))),
        Case((("y_i", (0.2, 0.4)), ("w", (1.0, -1.0)), ("b", 0.0))),
    ),
    mistakes=(
        Mistake(lambda y_i, w, b: formulas.node_input(y_i, w, 0.0),
                "x_j = sum_i w_ij y_i + b_j: add the bias b_j."),
        Mistake(lambda y_i, w, b: formulas.node_input(y_i, w, -b),
                "x_j = sum_i w_ij y_i + b_j: add the bias, don't subtract it."),
        Mistake(lambda y_i, w, b: formulas.node_input(y_i[:1], w[:1], b),
                "add up w_ij y_i over every incoming edge i, not only the first one."),
        Mistake(lambda y_i, w, b: formulas.node_input(y_i[-1:], w[-1:], b),
                "add up w_ij y_i over every incoming edge i, not only the last one "
                "(in a loop, x = x + ..., not x = ...)."),
        Mistake(lambda y_i, w, b: formulas.node_input(y_i, w, b * len(y_i)),
                "add the bias b_j once, after the sum, not once per edge."),
        Mistake(lambda y_i, w, b: np.sum(w) * np.sum(y_i) + b,
                "multiply each weight w_ij by the output y_i of its own node i, then add up."),
        Mistake(lambda y_i, w, b: SIGMOID.f(formulas.node_input(y_i, w, b)),
                "x_j is the total input, before the activation: don't apply f here "
                "(y_j = f(x_j) comes next)."),
    ),
    hint="x_j = sum_i w_ij y_i + b_j: multiply each y_i by its weight w_ij, "
         "add up, then add the bias b_j.",
    many_numbers_hint="x_j is one number: add up the products w_ij y_i (and the bias b_j).",
)

OUTPUT_DE_DY_EXERCISE = Exercise(
    mirrors=formulas.output_dE_dy, reference=formulas.output_dE_dy,
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
    mirrors=formulas.dE_dx, reference=formulas.dE_dx,
    cases=(
        Case((("f_prime", 0.25), ("dE_dy", 1.0)), "a sigmoid node with x = 0"),
        Case((("f_prime", 0.2356), ("dE_dy", -0.2799)), "node 6 of the demo network"),
        Case((("f_prime", 0.105), ("dE_dy", 0.5))),
        Case((("f_prime", 1.0), ("dE_dy", -1.0)), "a linear node, f(x) = x"),
        Case((("f_prime", 0.2055), ("dE_dy", 0.0))),
    ),
    mistakes=(
        Mistake(lambda f_prime, dE_dy: dE_dy,
                "dE/dx = f'(x) dE/dy: multiply dE/dy by f'(x)."),
        Mistake(lambda f_prime, dE_dy: f_prime,
                "dE/dx = f'(x) dE/dy: multiply f'(x) by dE/dy."),
        Mistake(lambda f_prime, dE_dy: dE_dy / f_prime,
                "dE/dx = f'(x) dE/dy: multiply by f'(x), don't divide."),
        Mistake(lambda f_prime, dE_dy: f_prime + dE_dy,
                "dE/dx = f'(x) dE/dy: multiply, don't add."),
        Mistake(lambda f_prime, dE_dy: -f_prime * dE_dy,
                "dE/dx = f'(x) dE/dy, with no minus sign."),
    ),
    hint="dE/dx = f'(x) dE/dy: the slope f'(x) of the node's activation (f_prime) "
         "times dE/dy.",
)

DE_DW_EXERCISE = Exercise(
    mirrors=formulas.dE_dw, reference=_one_edge_dE_dw,
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
    mirrors=formulas.hidden_dE_dy, reference=_one_node_hidden_dE_dy,
    cases=(
        Case((("w", (0.9,)), ("dE_dx_j", (-0.0659,))), "node 4 of the demo network"),
        Case((("w", (0.5, -0.6)), ("dE_dx_j", (-0.0133, 0.008))), "node 2 of the demo network"),
        Case((("w", (0.2, -0.5, 1.0)), ("dE_dx_j", (0.3, 0.1, -0.2)))),
        Case((("w", (1.5, 0.5)), ("dE_dx_j", (0.2, -0.4)))),
    ),
    mistakes=(
        Mistake(lambda w, dE_dx_j: _one_node_hidden_dE_dy(w[:1], dE_dx_j[:1]),
                "add up w_ij dE/dx_j over every node j that node i feeds, "
                "not only the first one."),
        Mistake(lambda w, dE_dx_j: _one_node_hidden_dE_dy(w[-1:], dE_dx_j[-1:]),
                "add up w_ij dE/dx_j over every node j that node i feeds, not only "
                "the last one (in a loop, total = total + ..., not total = ...)."),
        Mistake(lambda w, dE_dx_j: np.sum(dE_dx_j),
                "dE/dy_i = sum_j w_ij dE/dx_j: multiply each dE/dx_j by the weight "
                "w_ij of its edge."),
        Mistake(lambda w, dE_dx_j: np.sum(w),
                "dE/dy_i = sum_j w_ij dE/dx_j: multiply each weight w_ij by dE/dx_j."),
        Mistake(lambda w, dE_dx_j: np.sum(w) * np.sum(dE_dx_j),
                "multiply each weight w_ij by dE/dx_j of its own node j, then add up."),
        Mistake(lambda w, dE_dx_j: -_one_node_hidden_dE_dy(w, dE_dx_j),
                "dE/dy_i = sum_j w_ij dE/dx_j, with no minus sign."),
    ),
    hint="dE/dy_i = sum_j w_ij dE/dx_j, over the edges leaving node i: w[k] and "
         "dE_dx_j[k] belong to the same node j.",
    many_numbers_hint="dE/dy_i is one number: add up the products w_ij dE/dx_j.",
)

UPDATE_EXERCISE = Exercise(
    mirrors=formulas.update, reference=formulas.update,
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
