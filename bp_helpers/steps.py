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

The vocabulary of a step is defined here, once, and the diagram, the
plots and the exercises import it: the quantities (``NODE_QUANTITIES``,
``BIAS_QUANTITIES``, ``EDGE_QUANTITIES``, ``E``; ``QUANTITY_NAMES`` says
how each is written) and the ids of the things a step computes or reads,
``("node", l, i)``, ``("edge", l, i, j)`` for ``w_ij`` from node ``i`` of
layer ``l`` to node ``j`` of layer ``l + 1``, ``("bias", l, j)`` for ``b_j``
of node ``j`` of layer ``l`` and ``("error",)`` (``check_id``).
"""

import numbers
from dataclasses import dataclass
from types import SimpleNamespace

import numpy as np

from .checks import check_array, check_positive_number
from .formatting import digits_to_tell_apart, format_factor, format_latex_number
from .names import edge_subscript, node_number
from .network import check_network

# --- the vocabulary: what a step computes, and where -------------------------

# The quantities, by the names Network keeps them under, grouped by where the
# picture shows them: in a node, beside a node (its bias), on an edge.
NODE_QUANTITIES = ("x", "y", "dE_dx", "dE_dy")
BIAS_QUANTITIES = ("b", "dE_db")
EDGE_QUANTITIES = ("w", "dE_dw")
# How each quantity is written, in the pictures and the steps' titles.
QUANTITY_NAMES = {
    "x": "x", "y": "y", "dE_dx": "dE/dx", "dE_dy": "dE/dy",
    "b": "b", "dE_db": "dE/db", "w": "w", "dE_dw": "dE/dw", "E": "E",
}
# The kinds of ids and their lengths: ("node", l, i), ("edge", l, i, j),
# ("bias", l, j), ("error",).
ID_LENGTHS = {"node": 3, "edge": 4, "bias": 3, "error": 1}


def check_id(item, sizes, name="highlight id"):
    """An id as a tuple of a kind and whole numbers, checked against ``sizes``."""
    well_formed = (isinstance(item, (tuple, list)) and len(item) > 0
                   and item[0] in ID_LENGTHS and len(item) == ID_LENGTHS[item[0]]
                   and all(isinstance(k, numbers.Integral) and not isinstance(k, bool)
                           for k in item[1:]))
    if not well_formed:
        raise ValueError(f"{name}s must be ('node', l, i), ('edge', l, i, j), "
                         f"('bias', l, j) or ('error',), got {item!r}")
    kind, *where = item
    if not is_part(kind, where, sizes):
        raise ValueError(f"{name} {tuple(item)!r} is not part of a network "
                         f"of sizes {sizes}")
    return (kind, *map(int, where))


def is_part(kind, where, sizes):
    """True if the id ``(kind, *where)`` names a part of a network of ``sizes``."""
    L = len(sizes) - 1
    if kind == "error":
        return True
    if kind == "edge":
        l, i, j = where
        return 0 <= l < L and 0 <= i < sizes[l] and 0 <= j < sizes[l + 1]
    l, i = where
    first = 1 if kind == "bias" else 0  # the input layer has no bias
    return first <= l <= L and 0 <= i < sizes[l]


PHASES = ("forward", "error", "backward", "update")

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
    ``title``: the step in plain words, e.g. "total input x of node 4".
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
    def highlight(self):
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

    def __init__(self, steps, before, after, x_input, y_target, learning_rate, E, E_after):
        self.steps = steps
        self.before, self.after = before, after
        self.sizes = before.sizes
        self.x_input, self.y_target = x_input, y_target
        self.learning_rate = learning_rate
        self.E, self.E_after = E, E_after

    def __len__(self):
        return len(self.steps)

    def __getitem__(self, k):
        return self.steps[k]

    def __iter__(self):
        return iter(self.steps)

    def snapshot(self, done):
        """The values known once the first ``done`` steps are done (0..len)."""
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


def trace(net, x_input, y_target, learning_rate):
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
    # is made on `after`, with the same pass, and the book reads the pass of
    # `ran` together with the new weights and biases of `after`.
    after.forward(x_input)
    after.backward(y_target)
    after.update(learning_rate)
    pass_and_update = SimpleNamespace(
        sizes=ran.sizes, activations=ran.activations, activation_names=ran.activation_names,
        learn_biases=ran.learn_biases, x=ran.x, y=ran.y, dE_dy=ran.dE_dy, dE_dx=ran.dE_dx,
        dE_dw=ran.dE_dw, dE_db=ran.dE_db, weights=after.weights, biases=after.biases)
    book = _Book(pass_and_update, before.weights, before.biases, y_target, learning_rate)
    steps = book.forward() + [book.error(E)] + book.backward() + book.update()
    E_after = after.error(x_input, y_target)
    return Trace(steps, before, after, x_input, y_target, learning_rate, E, E_after)


class _Book:
    """Writes the steps, reading every value from a network that has run them."""

    def __init__(self, net, weights_before, biases_before, y_target, learning_rate):
        self.net = net
        self.sizes = net.sizes
        self.w, self.b = weights_before, biases_before
        self.y_target = y_target
        self.alpha = learning_rate

    def n(self, l, i):
        return node_number(self.sizes, l, i)

    def w_name(self, l, i, j):
        return "w_{" + edge_subscript(self.sizes, l, i, j) + "}"

    # --- forward --------------------------------------------------------

    def forward(self):
        steps = []
        for l, size in enumerate(self.sizes):
            steps += [self.node_x(l, j) for j in range(size)]
            steps += [self.node_y(l, j) for j in range(size)]
        return steps

    def node_x(self, l, j):
        n, value = self.n(l, j), self.net.x[l][j]
        if l == 0:
            return Step("forward", "x", ("node", 0, j), (), fr"x_{{{n}}} = x_{{\text{{input}}}}",
                        fr"x_{{{n}}} = {format_latex_number(value)}", value, f"input x of node {n}")
        terms = [f"{self.w_name(l - 1, i, j)}\\,y_{{{self.n(l - 1, i)}}}" for i in range(self.sizes[l - 1])]
        numbers = [f"{format_factor(self.w[l - 1][i, j])} \\cdot {format_factor(self.net.y[l - 1][i])}"
                   for i in range(self.sizes[l - 1])]
        reads = ([("node", l - 1, i) for i in range(self.sizes[l - 1])]
                 + [("edge", l - 1, i, j) for i in range(self.sizes[l - 1])] + [("bias", l, j)])
        formula = f"x_{{{n}}} = " + " + ".join(terms) + f" + b_{{{n}}}"
        substituted = (f"x_{{{n}}} = " + " + ".join(numbers)
                       + f" + {format_factor(self.b[l - 1][j])} = {format_latex_number(value)}")
        return Step("forward", "x", ("node", l, j), tuple(reads), formula, substituted, value,
                    f"total input x of node {n}")

    def node_y(self, l, j):
        n, x, value = self.n(l, j), self.net.x[l][j], self.net.y[l][j]
        if l == 0:
            return Step("forward", "y", ("node", 0, j), (("node", 0, j),), f"y_{{{n}}} = x_{{{n}}}",
                        f"y_{{{n}}} = {format_latex_number(value)}", value,
                        f"output y of input node {n} (no activation)")
        activation = self.net.activations[l - 1]
        name = activation.name
        symbols, numbers = activation.y_templates
        formula = f"y_{{{n}}} = f(x_{{{n}}}) = " + symbols.format(n=f"{{{n}}}")
        substituted = (f"y_{{{n}}} = " + numbers.format(x=format_latex_number(x), xf=format_factor(x))
                       + f" = {format_latex_number(value)}")
        return Step("forward", "y", ("node", l, j), (("node", l, j),), formula, substituted, value,
                    f"output y of node {n} ({name})")

    # --- error ----------------------------------------------------------

    def error(self, E):
        L = len(self.sizes) - 1
        outputs = range(self.sizes[L])
        target = [self.target_symbol(k) for k in outputs]
        terms = [f"(y_{{{self.n(L, k)}}} - {target[k]})^2" for k in outputs]
        numbers = [f"({format_latex_number(self.net.y[L][k])} - {format_factor(self.y_target[k])})^2"
                   for k in outputs]
        formula = r"E = \frac{1}{2}\left[" + " + ".join(terms) + r"\right]"
        substituted = (r"E = \frac{1}{2}\left[" + " + ".join(numbers) + r"\right] = "
                       + format_latex_number(E))
        if len(terms) == 1:
            formula = formula.replace(r"\left[", "").replace(r"\right]", "")
            substituted = substituted.replace(r"\left[", "").replace(r"\right]", "")
        reads = tuple(("node", L, k) for k in outputs)
        return Step("error", "E", ("error",), reads, formula, substituted, E,
                    "the error E of the prediction")

    def target_symbol(self, k):
        if self.sizes[-1] == 1:
            return r"y_{\text{target}}"
        return r"y_{\text{target}," + str(self.n(len(self.sizes) - 1, k)) + "}"

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
        n, value = self.n(l, j), self.net.dE_dy[l][j]
        L = len(self.sizes) - 1
        if l == L:
            symbol_target = self.target_symbol(j)
            return Step("backward", "dE_dy", ("node", l, j), (("node", l, j), ("error",)),
                        fr"\frac{{dE}}{{dy_{{{n}}}}} = y_{{{n}}} - {symbol_target}",
                        fr"\frac{{dE}}{{dy_{{{n}}}}} = {format_latex_number(self.net.y[l][j])} - "
                        fr"{format_factor(self.y_target[j])} = {format_latex_number(value)}",
                        value, f"dE/dy of output node {n}")
        after = range(self.sizes[l + 1])
        terms = [fr"{self.w_name(l, j, k)}\,\frac{{dE}}{{dx_{{{self.n(l + 1, k)}}}}}" for k in after]
        numbers = [f"{format_factor(self.w[l][j, k])} \\cdot {format_factor(self.net.dE_dx[l + 1][k])}"
                   for k in after]
        reads = [("edge", l, j, k) for k in after] + [("node", l + 1, k) for k in after]
        return Step("backward", "dE_dy", ("node", l, j), tuple(reads),
                    fr"\frac{{dE}}{{dy_{{{n}}}}} = " + " + ".join(terms),
                    fr"\frac{{dE}}{{dy_{{{n}}}}} = " + " + ".join(numbers)
                    + f" = {format_latex_number(value)}",
                    value, f"dE/dy of node {n}, from the nodes it feeds")

    def node_dE_dx(self, l, j):
        n, value = self.n(l, j), self.net.dE_dx[l][j]
        dE_dy = format_factor(self.net.dE_dy[l][j])
        if l == 0:
            return Step("backward", "dE_dx", ("node", 0, j), (("node", 0, j),),
                        fr"\frac{{dE}}{{dx_{{{n}}}}} = \frac{{dE}}{{dy_{{{n}}}}}",
                        fr"\frac{{dE}}{{dx_{{{n}}}}} = {format_latex_number(value)}",
                        value, f"dE/dx of input node {n} (x = y, no activation)")
        activation = self.net.activations[l - 1]
        name = activation.name
        symbols, numbers = activation.f_prime_templates
        f_prime = symbols.format(n=f"{{{n}}}")
        x, y = self.net.x[l][j], self.net.y[l][j]
        f_prime_numbers = numbers.format(x=format_latex_number(x), y=format_latex_number(y),
                                         xf=format_factor(x), yf=format_factor(y),
                                         d=format_latex_number(activation.df(x, y)))
        return Step("backward", "dE_dx", ("node", l, j), (("node", l, j),),
                    fr"\frac{{dE}}{{dx_{{{n}}}}} = f'(x_{{{n}}})\,\frac{{dE}}{{dy_{{{n}}}}} = "
                    fr"{f_prime}\,\frac{{dE}}{{dy_{{{n}}}}}",
                    fr"\frac{{dE}}{{dx_{{{n}}}}} = {f_prime_numbers} \cdot {dE_dy} = "
                    f"{format_latex_number(value)}",
                    value, f"dE/dx of node {n}, by the chain rule through f ({name})")

    def edge_dE_dw(self, l, i, j):
        w, value = self.w_name(l, i, j), self.net.dE_dw[l][i, j]
        a, b = self.n(l, i), self.n(l + 1, j)
        return Step("backward", "dE_dw", ("edge", l, i, j), (("node", l, i), ("node", l + 1, j)),
                    fr"\frac{{dE}}{{d{w}}} = y_{{{a}}}\,\frac{{dE}}{{dx_{{{b}}}}}",
                    fr"\frac{{dE}}{{d{w}}} = {format_factor(self.net.y[l][i])} \cdot "
                    fr"{format_factor(self.net.dE_dx[l + 1][j])} = {format_latex_number(value)}",
                    value, f"dE/dw of the edge from node {a} to node {b}")

    def bias_dE_db(self, l, j):
        n, value = self.n(l, j), self.net.dE_db[l - 1][j]
        return Step("backward", "dE_db", ("bias", l, j), (("node", l, j),),
                    fr"\frac{{dE}}{{db_{{{n}}}}} = \frac{{dE}}{{dx_{{{n}}}}}",
                    fr"\frac{{dE}}{{db_{{{n}}}}} = {format_latex_number(value)}",
                    value, f"dE/db of the bias of node {n}")

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
        w = self.w_name(l, i, j)
        return self.parameter_update("w", ("edge", l, i, j), w, self.w[l][i, j],
                                     self.net.dE_dw[l][i, j], self.net.weights[l][i, j],
                                     f"update of w from node {self.n(l, i)} to node {self.n(l + 1, j)}")

    def bias_update(self, l, j):
        n = self.n(l, j)
        return self.parameter_update("b", ("bias", l, j), f"b_{{{n}}}", self.b[l - 1][j],
                                     self.net.dE_db[l - 1][j], self.net.biases[l - 1][j],
                                     f"update of the bias of node {n}")

    def parameter_update(self, quantity, target, name, before, slope, value, title):
        """The update rule for one weight or bias ``name``: ``p <- p - alpha dE/dp``;
        ``p`` before and after written with the digits that show the change."""
        digits = digits_to_tell_apart(before, value)
        return Step("update", quantity, target, (target,),
                    fr"{name} \leftarrow {name} - \alpha\,\frac{{dE}}{{d{name}}}",
                    fr"{name} \leftarrow {format_latex_number(before, digits)} - "
                    fr"{format_factor(self.alpha)} \cdot {format_factor(slope)} = "
                    fr"{format_latex_number(value, digits)}",
                    value, title)


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
