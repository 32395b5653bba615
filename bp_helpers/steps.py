"""The whole algorithm for one example, as an ordered record of steps.

``trace(net, x_input, y_target, learning_rate)`` runs forward propagation,
backpropagation and the update rule on a copy of ``net`` and writes down
every number it computed, one :class:`Step` per number, in the order of the
lesson:

1. forward:  for each layer, every node's ``x``, then every node's ``y``;
2. error:    ``E``;
3. backward: from the output back to the input, for each node its ``dE/dy``,
   its ``dE/dx``, then the ``dE/dw`` of every edge coming into it and its
   ``dE/db``;
4. update:   every weight and bias, layer by layer.

Each step knows what it computes (a node, an edge, a bias or the error),
what it reads, its formula in symbols and with the numbers put in, and its
value.  The values are the network's own (``Network`` does the arithmetic,
this file only writes it down), so replaying the record gives exactly what
``Network`` computed.  The step-through player shows this record.

The names of the quantities and the ids of what a step computes or reads
(``("node", l, i)``, ``("edge", l, i, j)``, ``("bias", l, j)``,
``("error",)``) are in ``quantities.py``; each step's formula in LaTeX is
written by ``step_formulas.py``.
"""

from __future__ import annotations

import numbers
from collections.abc import Iterator
from dataclasses import dataclass
from types import SimpleNamespace

import numpy as np
from numpy.typing import ArrayLike

from .checks import check_array, check_positive_number
from .language import tr
from .names import node_number
from .network import Network, check_network
from .step_formulas import StepFormulas


@dataclass(frozen=True)
class Step:
    """One number of the algorithm.

    ``phase``: "forward", "error", "backward" or "update".
    ``quantity``: "x", "y", "E", "dE_dy", "dE_dx", "dE_dw", "dE_db", "w" or "b".
    ``target``: the id of the node, edge, bias or error it computes.
    ``reads``: the ids it reads from.
    ``formula``: LaTeX in symbols, e.g. ``x_4 = w_{24} y_2 + w_{34} y_3 + b_4``.
    ``substituted``: LaTeX with the numbers put in and the result.
    ``value``: the number itself.
    ``title``: the step in plain words, e.g. "total input x of node 4" (in the
    learner's language: ``language.tr``).
    """

    phase: str
    quantity: str
    target: tuple
    reads: tuple
    formula: str
    substituted: str
    value: float
    title: str

    @property
    def highlight(self) -> dict:
        """What the diagram should highlight for this step."""
        return {"target": self.target, "reads": list(self.reads), "quantity": self.quantity,
                "phase": self.phase}


@dataclass
class Snapshot:
    """The values known after some steps, in the arrays of a ``Network``.

    Same attribute names and shapes as a ``Network`` after one example, so
    the diagram can draw either.  A value not computed yet is ``nan``: the
    diagram shows it empty.  Weights and biases are known from the start and
    change when their update step is reached.
    """

    sizes: list
    weights: list
    biases: list
    x: list
    y: list
    dE_dx: list
    dE_dy: list
    dE_dw: list
    dE_db: list
    E: float
    y_target: np.ndarray


class Trace:
    """The record of one pass of the algorithm: its steps and what surrounds them.

    ``steps``: the list of :class:`Step`.  ``x_input``, ``y_target``,
    ``learning_rate``: the example and the rate.  ``before`` and ``after``:
    copies of the network before and after the update (``after`` keeps no
    recorded pass: the pass is in the steps).  ``E`` and ``E_after``: the
    error before the update and after it (same example).
    """

    def __init__(self, steps: list[Step], before: Network, after: Network, x_input: np.ndarray,
                 y_target: np.ndarray, learning_rate: float, E: float, E_after: float) -> None:
        self.steps = steps
        self.before, self.after = before, after
        self.sizes = before.sizes
        self.x_input, self.y_target = x_input, y_target
        self.learning_rate = learning_rate
        self.E, self.E_after = E, E_after

    def __len__(self) -> int:
        return len(self.steps)

    def __getitem__(self, k: int) -> Step:
        return self.steps[k]

    def __iter__(self) -> Iterator[Step]:
        return iter(self.steps)

    def snapshot(self, done: int) -> Snapshot:
        """The values known once the first ``done`` steps are done (0..len)."""
        if isinstance(done, bool) or not isinstance(done, numbers.Integral):
            raise TypeError(tr("done must be a whole number of steps, got {done!r}", done=done))
        if not 0 <= done <= len(self.steps):
            raise ValueError(tr("done must be a number of steps done, from 0 to {n_steps} (the record's "
                                "{n_steps} steps), got {done!r}", n_steps=len(self.steps), done=done))

        def unknown_nodes():
            return [np.full(size, np.nan) for size in self.sizes]

        state = Snapshot(
            sizes=self.sizes,
            weights=[w.copy() for w in self.before.weights],
            biases=[b.copy() for b in self.before.biases],
            x=unknown_nodes(), y=unknown_nodes(), dE_dx=unknown_nodes(), dE_dy=unknown_nodes(),
            dE_dw=_unknown_like(self.before.weights), dE_db=_unknown_like(self.before.biases),
            E=float("nan"), y_target=self.y_target)
        for step in self.steps[:done]:
            _write(state, step)
        return state


def trace(net: Network, x_input: ArrayLike, y_target: ArrayLike, learning_rate: float) -> Trace:
    """Run the whole algorithm for one example on a copy of ``net``; return its :class:`Trace`.

    ``net`` itself is not changed.  ``x_input`` has shape ``(n_in,)`` and
    ``y_target`` shape ``(n_out,)``: the record follows one example.
    """
    check_network(net)
    learning_rate = check_positive_number("learning_rate", learning_rate)
    x_input = check_array("x_input", x_input, (net.sizes[0],))
    y_target = check_array("y_target", y_target, (net.sizes[-1],))
    before, ran, after = net.copy(), net.copy(), net.copy()
    ran.forward(x_input)
    E = ran.backward(y_target)
    # update() forgets the pass (it describes the old weights), so the update
    # is made on `after`, with the same pass, and the record reads the pass of
    # `ran` together with the new weights and biases of `after`.
    after.forward(x_input)
    after.backward(y_target)
    after.update(learning_rate)
    pass_and_update = SimpleNamespace(
        sizes=ran.sizes, activations=ran.activations, activation_names=ran.activation_names,
        error_function=ran.error_function, learn_biases=ran.learn_biases, x=ran.x, y=ran.y,
        dE_dy=ran.dE_dy, dE_dx=ran.dE_dx, dE_dw=ran.dE_dw, dE_db=ran.dE_db,
        weights=after.weights, biases=after.biases)
    latex = StepFormulas(pass_and_update, before.weights, before.biases, y_target, learning_rate)
    record = _Record(pass_and_update, latex)
    steps = record.forward() + [record.error(E)] + record.backward() + record.update()
    E_after = after.error(x_input, y_target)
    return Trace(steps, before, after, x_input, y_target, learning_rate, E, E_after)


class _Record:
    """Writes the steps in the lesson's order: what each computes and reads, its
    value (read from ``net``, a network that has run them) and its title; the
    formulas from ``latex``, a :class:`StepFormulas`."""

    def __init__(self, net, latex):
        self.net = net
        self.sizes = net.sizes
        self.latex = latex

    def n(self, l, i):
        return node_number(self.sizes, l, i)

    # --- forward --------------------------------------------------------

    def forward(self):
        steps = []
        for l, size in enumerate(self.sizes):
            steps += [self.node_x(l, j) for j in range(size)]
            steps += [self.node_y(l, j) for j in range(size)]
        return steps

    def node_x(self, l, j):
        n, latex = self.n(l, j), self.latex.node_x(l, j)
        if l == 0:
            return Step("forward", "x", ("node", 0, j), (), *latex, self.net.x[0][j],
                        tr("input x of node {n}", n=n))
        before = range(self.sizes[l - 1])
        reads = ([("node", l - 1, i) for i in before] + [("edge", l - 1, i, j) for i in before]
                 + [("bias", l, j)])
        return Step("forward", "x", ("node", l, j), tuple(reads), *latex, self.net.x[l][j],
                    tr("total input x of node {n}", n=n))

    def node_y(self, l, j):
        n, latex = self.n(l, j), self.latex.node_y(l, j)
        title = (tr("output y of input node {n} (no activation)", n=n) if l == 0
                 else tr("output y of node {n} ({activation})", n=n,
                         activation=tr(self.net.activations[l - 1].name)))
        return Step("forward", "y", ("node", l, j), (("node", l, j),), *latex, self.net.y[l][j],
                    title)

    # --- error ----------------------------------------------------------

    def error(self, E):
        L = len(self.sizes) - 1
        reads = tuple(("node", L, k) for k in range(self.sizes[L]))
        return Step("error", "E", ("error",), reads, *self.latex.error(E), E,
                    tr("the error E of the prediction"))

    # --- backward -------------------------------------------------------

    def backward(self):
        steps = []
        L = len(self.sizes) - 1
        for l in range(L, -1, -1):
            for j in range(self.sizes[l]):
                steps.append(self.node_dE_dy(l, j))
                steps.append(self.node_dE_dx(l, j))
                if l > 0:
                    steps += [self.edge_dE_dw(l - 1, i, j) for i in range(self.sizes[l - 1])]
                    steps.append(self.bias_dE_db(l, j))
        return steps

    def node_dE_dy(self, l, j):
        n, latex, value = self.n(l, j), self.latex.node_dE_dy(l, j), self.net.dE_dy[l][j]
        if l == len(self.sizes) - 1:
            return Step("backward", "dE_dy", ("node", l, j), (("node", l, j), ("error",)),
                        *latex, value, tr("dE/dy of output node {n}", n=n))
        after = range(self.sizes[l + 1])
        reads = [("edge", l, j, k) for k in after] + [("node", l + 1, k) for k in after]
        return Step("backward", "dE_dy", ("node", l, j), tuple(reads), *latex, value,
                    tr("dE/dy of node {n}, from the nodes it feeds", n=n))

    def node_dE_dx(self, l, j):
        n = self.n(l, j)
        if l == 0:
            title = tr("dE/dx of input node {n} (x = y, no activation)", n=n)
        elif l == len(self.sizes) - 1 and self.net.error_function.name == "cross_entropy":
            title = tr("dE/dx of output node {n}: y - y_target (cross-entropy with {activation})",
                       n=n, activation=tr(self.net.activations[l - 1].name))
        else:
            title = tr("dE/dx of node {n}, by the chain rule through f ({activation})",
                       n=n, activation=tr(self.net.activations[l - 1].name))
        return Step("backward", "dE_dx", ("node", l, j), (("node", l, j),),
                    *self.latex.node_dE_dx(l, j), self.net.dE_dx[l][j], title)

    def edge_dE_dw(self, l, i, j):
        return Step("backward", "dE_dw", ("edge", l, i, j), (("node", l, i), ("node", l + 1, j)),
                    *self.latex.edge_dE_dw(l, i, j), self.net.dE_dw[l][i, j],
                    tr("dE/dw of the edge from node {i} to node {j}", i=self.n(l, i),
                       j=self.n(l + 1, j)))

    def bias_dE_db(self, l, j):
        return Step("backward", "dE_db", ("bias", l, j), (("node", l, j),),
                    *self.latex.bias_dE_db(l, j), self.net.dE_db[l - 1][j],
                    tr("dE/db of the bias of node {n}", n=self.n(l, j)))

    # --- update ---------------------------------------------------------

    def update(self):
        steps = []
        for l in range(1, len(self.sizes)):
            for j in range(self.sizes[l]):
                steps += [self.weight_update(l - 1, i, j) for i in range(self.sizes[l - 1])]
                if self.net.learn_biases:
                    steps.append(self.bias_update(l, j))
        return steps

    def weight_update(self, l, i, j):
        target = ("edge", l, i, j)
        return Step("update", "w", target, (target,), *self.latex.weight_update(l, i, j),
                    self.net.weights[l][i, j],
                    tr("update of w from node {i} to node {j}", i=self.n(l, i),
                       j=self.n(l + 1, j)))

    def bias_update(self, l, j):
        target = ("bias", l, j)
        return Step("update", "b", target, (target,), *self.latex.bias_update(l, j),
                    self.net.biases[l - 1][j], tr("update of the bias of node {n}", n=self.n(l, j)))


def _unknown_like(arrays):
    return [np.full_like(a, np.nan, dtype=float) for a in arrays]


def _write(state, step):
    """Put one step's value where the network keeps it."""
    kind, *where = step.target
    if step.quantity == "E":
        state.E = step.value
    elif step.quantity in ("x", "y", "dE_dy", "dE_dx"):
        l, i = where
        getattr(state, step.quantity)[l][i] = step.value
    elif step.quantity in ("dE_dw", "w"):
        l, i, j = where
        array = state.dE_dw if step.quantity == "dE_dw" else state.weights
        array[l][i, j] = step.value
    else:  # dE_db or b: bias of node j of layer l is biases[l - 1][j]
        l, j = where
        array = state.dE_db if step.quantity == "dE_db" else state.biases
        array[l - 1][j] = step.value
