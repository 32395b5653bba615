"""A fully connected network that does backpropagation the way the lesson tells it.

What it keeps is what the diagram shows.  After ``forward`` every layer ``l``
has its nodes' total inputs ``x[l]`` and outputs ``y[l]``; after
``backward`` it has ``dE_dy[l]`` and ``dE_dx[l]`` for every layer and
``dE_dw[l]``, ``dE_db[l]`` for every weight matrix and bias vector;
``update`` applies the update rule.  Each formula of the lesson is one
call of a function of ``formulas.py``, where it is written once, with the
formula beside the call.

Conventions (docs/algorithm.md): layer 0 is the input layer, with no activation
and no bias (``x = y = x_input``); ``weights[l][i, j]`` is ``w_ij`` from
node ``i`` of layer ``l`` to node ``j`` of layer ``l + 1``;
``biases[l][j]`` is ``b_j`` of node ``j`` of layer ``l + 1``.  The
lesson's node numbers (1..N, layer by layer, top to bottom) are in
``names.py``: in the demo, ``w_46`` (node 4 to node 6) is ``weights[2][0, 0]``.

Shared arrays: where two quantities are the same numbers, they are one
array, not two copies: ``x[0]`` is ``y[0]`` and ``dE_dx[0]`` is
``dE_dy[0]`` (the input layer has no activation); with the ``"linear"``
activation ``y[l]`` is ``x[l]``; for one example ``dE_db[l]`` is
``dE_dx[l + 1]``.  Copy an array (``.copy()``) before changing it in place.

Overflow: the numbers are floats, which end near 1.8e308.  A step whose
result would go past that (an inf, or a NaN such as inf - inf) raises
:class:`Overflow`, a ``ValueError`` that says what overflowed, instead of
returning or keeping inf or NaN; ``train`` reports it as a diverged run.

Left out on purpose: other error functions, regularisation, momentum and
every other optimiser.  The code is written to be read next to the lesson;
it is small and exact, and fast only as far as plain NumPy allows.
"""

import math

import numpy as np

from . import formulas
from .activations import get_activation
from .checks import (check_array, check_example, check_finite, check_numbers,
                     check_positive_number, check_sizes, check_whole_number)


class Overflow(ValueError):
    """A number the network computes went past the largest float (about 1.8e308).

    Raised by ``forward``, ``backward`` and ``update`` instead of giving an
    inf or a NaN; the message says which number overflowed.
    """


class Network:
    """A network of layers ``sizes``, e.g. ``[1, 2, 2, 1]`` for the demo.

    ``activation`` is one name for every non-input layer (``"sigmoid"``,
    ``"tanh"``, ``"relu"``, ``"linear"``) or a list with one name per
    non-input layer.  Weights and biases are drawn from ``seed`` (weights
    normal with standard deviation ``1 / sqrt(nodes in the layer before)``,
    biases 0; ``seed=None`` gives different ones on every call) unless given
    explicitly as lists of arrays, which are copied: ``update`` gives the
    network new arrays and never touches the caller's.  With
    ``learn_biases=False`` the update rule leaves the biases as they are (as
    in some textbook examples); their derivatives are still computed.
    """

    def __init__(self, sizes, activation="sigmoid", seed=0, weights=None, biases=None,
                 learn_biases=True):
        self.sizes = check_sizes(sizes)
        self.activations = _check_activations(activation, len(self.sizes) - 1)
        if seed is not None:
            check_whole_number("seed", seed, minimum=0)
        weight_shapes = [(a, b) for a, b in zip(self.sizes[:-1], self.sizes[1:])]
        bias_shapes = [(b,) for b in self.sizes[1:]]
        if weights is None:
            rng = np.random.default_rng(seed)
            weights = [rng.normal(0.0, 1.0 / np.sqrt(a), size=(a, b)) for a, b in weight_shapes]
        if biases is None:
            biases = [np.zeros(shape) for shape in bias_shapes]
        self.weights = _check_parameters("weights", weights, weight_shapes)
        self.biases = _check_parameters("biases", biases, bias_shapes)
        if not isinstance(learn_biases, bool):
            raise TypeError(f"learn_biases must be True or False, got {learn_biases!r}")
        self.learn_biases = learn_biases
        self.forget_pass()

    @property
    def activation_names(self):
        """Names of the activations of layers 1..L."""
        return [activation.name for activation in self.activations]

    def __repr__(self):
        names = set(self.activation_names)
        activation = self.activation_names[0] if len(names) == 1 else self.activation_names
        return f"Network({self.sizes}, activation={activation!r})"

    def copy(self):
        """A new network with the same sizes, activations and (copied) parameters."""
        return Network(self.sizes, self.activation_names,
                       weights=self.weights, biases=self.biases,
                       learn_biases=self.learn_biases)

    def forget_pass(self):
        """Forget the recorded pass: ``x``, ``y``, ``E`` and every ``dE_*`` become None.

        A recorded pass describes the weights it was computed with, so it is
        forgotten whenever they change (``update``, and ``train`` when it gives
        a diverged run its last good weights back); the next step must then be
        a new ``forward``.
        """
        self.x = self.y = self.dE_dy = self.dE_dx = self.dE_dw = self.dE_db = None
        self.E = None
        self._ready_for = "forward"

    # --- forward propagation (lesson, section 4) -------------------------

    # An overflow is looked for in the numbers computed rather than warned
    # about: forward, backward and update each raise Overflow instead.
    # (errstate as a decorator: half the cost of a ``with`` block, 0.4 us.)
    @np.errstate(over="ignore", invalid="ignore")
    def forward(self, x_input):
        """Propagate ``x_input`` forward; return the output ``y`` of the last layer.

        ``x_input`` is one example, shape ``(n_in,)``, or a batch, shape
        ``(B, n_in)``.  Layer by layer, starting from the input layer, where
        ``x = y = x_input``:

            x_j = sum over i in in(j) of  w_ij * y_i  +  b_j
            y_j = f(x_j)

        With ``w[i, j] = w_ij``, the sums of a whole layer are one matrix
        product: ``x = y.dot(w) + b``.  If a total input ``x`` overflows (inf
        or NaN), it raises :class:`Overflow` naming the layer, and the network
        keeps no pass.
        """
        y = check_example("x_input", x_input, self.sizes[0])
        # Forget the last pass first, so that its arrays are freed and this
        # pass reuses their memory.  (Otherwise, for the benchmark's batch of
        # 128, every step waits for fresh memory: 0.67 ms a step instead of 0.59.)
        self.forget_pass()
        xs, ys = [y], [y]                       # x[l], y[l] of every layer l
        for w, b, activation in zip(self.weights, self.biases, self.activations):
            x = formulas.node_input(y, w, b)    # x_j = sum_i w_ij y_i + b_j
            y = activation.f(x)                 # y_j = f(x_j)
            xs.append(x)
            ys.append(y)
        # Only x can overflow: y = f(x) is at most as large as x.
        k = _first_not_finite(xs[1:])           # x[0] is x_input, checked above
        if k is not None:
            raise Overflow(f"forward() overflowed: the total input x of layer {k + 1} "
                           "is inf or NaN (the weights or x_input are too large)")
        self.x, self.y = xs, ys
        self._ready_for = "backward"
        return y

    # --- backpropagation (lesson, sections 6 and 7) ----------------------

    @np.errstate(over="ignore", invalid="ignore")    # see forward
    def backward(self, y_target):
        """Backpropagate the error of the last ``forward``; return ``E``.

        First the error, then from the output back to the input, layer by layer:

            E            = 1/2 * sum over outputs k of (y_k - y_target_k)^2
            dE/dy_output = y_output - y_target                (output layer only)
            dE/dx_j      = f'(x_j) * dE/dy_j
            dE/dw_ij     = y_i * dE/dx_j,   dE/db_j = dE/dx_j
            dE/dy_i      = sum over j in out(i) of  w_ij * dE/dx_j

        ``y_target`` has the shape of the output (``(n_out,)`` or
        ``(B, n_out)``).  For a batch, ``E``, ``dE_dw`` and ``dE_db`` are
        means over the examples; ``dE_dy`` and ``dE_dx`` hold each example's
        own derivatives.  Some arrays are shared (see the module's
        docstring).  ``backward`` may be called again, with another target,
        until ``update``.  If ``E`` or a derivative overflows (inf or NaN), it
        raises :class:`Overflow` saying which, and keeps the forward pass only.
        """
        if self._ready_for == "forward":
            raise ValueError("backward() needs the values of a forward pass: "
                             "call forward(x_input) first")
        x, y, w = self.x, self.y, self.weights   # lists: x[l], y[l], w[l] of every layer l
        y_target = check_numbers("y_target", y_target, y[-1].shape)
        L = len(self.sizes) - 1
        dE_dy, dE_dx = [None] * (L + 1), [None] * (L + 1)
        dE_dw, dE_db = [None] * L, [None] * L
        E = formulas.squared_error(y[L], y_target)   # E = 1/2 sum_k (y_k - y_target_k)^2
        if not math.isfinite(E):
            # A NaN or inf in y_target makes E NaN or inf, so its numbers
            # need to be looked at one by one only now.  If they are all
            # finite, the network's output is too far from them.
            check_finite("y_target", y_target)
            raise Overflow(f"backward() overflowed: E is {E} (the output y is "
                           "too far from y_target)")
        dE_dy[L] = formulas.output_dE_dy(y[L], y_target)                # y - y_target
        for l in range(L, 0, -1):
            f_prime = self.activations[l - 1].df(x[l], y[l])            # f'(x_j)
            dE_dx[l] = formulas.dE_dx(f_prime, dE_dy[l])                # f'(x_j) dE/dy_j
            dE_dw[l - 1] = formulas.dE_dw(y[l - 1], dE_dx[l])           # y_i dE/dx_j
            dE_db[l - 1] = formulas.dE_db(dE_dx[l])                     # dE/dx_j
            dE_dy[l - 1] = formulas.hidden_dE_dy(w[l - 1], dE_dx[l])    # sum_j w_ij dE/dx_j
        dE_dx[0] = dE_dy[0]  # the input node has no activation: x = y
        # Where to look for an overflow: an inf or NaN in dE/dy of a layer
        # l >= 1 is also in its dE/dx = f'(x) dE/dy (f'(x) = 0 gives NaN), and
        # from there in dE/dw = y dE/dx of the weights into it (y = 0 gives
        # NaN).  So every dE_dw, dE_dx[0] and, for a batch, the means dE_db
        # (a sum can overflow) are enough.
        batch = y_target.ndim == 2
        looked_at = {"dE_dw": dE_dw, "dE_dx": dE_dx[:1], "dE_db": dE_db if batch else []}
        for name, arrays in looked_at.items():
            k = _first_not_finite(arrays)
            if k is not None:
                raise Overflow(f"backward() overflowed: {name}[{k}] holds inf or NaN "
                               "(the weights or the inputs are too large)")
        self.dE_dy, self.dE_dx, self.dE_dw, self.dE_db = dE_dy, dE_dx, dE_dw, dE_db
        self.E = E
        self._ready_for = "update"
        return E

    # --- the update rule (lesson, section 5) -----------------------------

    @np.errstate(over="raise", invalid="raise")  # an overflow raises FloatingPointError
    def update(self, learning_rate):
        """Apply the update rule to every weight and bias.

            w_ij <- w_ij - alpha * dE/dw_ij,    b_j <- b_j - alpha * dE/db_j

        (Biases only if ``learn_biases``.)  ``alpha`` is ``learning_rate``.
        Every new value is computed from the derivatives of ``backward``, in
        new arrays, before the network takes them; if one overflows (inf or
        NaN), it raises :class:`Overflow` and leaves every weight and bias as
        it was.

        Afterwards the recorded pass (``x``, ``y``, ``E``, ``dE_*``) describes
        the old weights, not the new ones, so it is forgotten (set to None):
        the next update needs a new ``forward`` and ``backward``.
        """
        learning_rate = check_positive_number("learning_rate", learning_rate)
        if self._ready_for != "update":
            raise ValueError("update() needs the derivatives of a backward pass: "
                             "call forward(x_input) and backward(y_target) first")
        alpha = learning_rate
        try:
            new_w = [formulas.update(w, alpha, dE_dw)      # w_ij - alpha dE/dw_ij
                     for w, dE_dw in zip(self.weights, self.dE_dw)]
            new_b = ([formulas.update(b, alpha, dE_db)     # b_j - alpha dE/db_j
                      for b, dE_db in zip(self.biases, self.dE_db)]
                     if self.learn_biases else self.biases)
        except FloatingPointError:
            raise Overflow(f"update() overflowed: w - learning_rate * dE/dw (or the same for "
                           f"a bias) is too large for a float with learning_rate = "
                           f"{learning_rate!r}; no weight or bias was changed: use a smaller "
                           "learning_rate") from None
        self.weights, self.biases = new_w, new_b
        self.forget_pass()

    def predict(self, x_input):
        """The output for ``x_input`` (one example or a batch), without recording
        anything: the network's recorded pass is left as it was."""
        x_input = check_example("x_input", x_input, self.sizes[0])
        y = x_input
        for w, b, activation in zip(self.weights, self.biases, self.activations):
            y = activation.f(formulas.node_input(y, w, b))
        return y

    def error(self, x_input, y_target):
        """``E`` of the network on ``(x_input, y_target)``, without recording anything."""
        y_output = self.predict(x_input)
        y_target = check_array("y_target", y_target, y_output.shape)
        return formulas.squared_error(y_output, y_target)


def _first_not_finite(arrays):
    """The index of the first array that holds an inf or a NaN, or None."""
    for k, array in enumerate(arrays):
        # the same test as np.isfinite(array).all(), faster on tiny arrays
        if np.count_nonzero(np.isfinite(array)) < array.size:
            return k
    return None


def check_network(net):
    """``net`` itself, if it is a :class:`Network` (for the entry points that take one)."""
    if not isinstance(net, Network):
        raise TypeError(f"net must be a Network, got {type(net).__name__}")
    return net


def _check_activations(activation, n_layers):
    if isinstance(activation, str):
        return [get_activation(activation)] * n_layers
    if not isinstance(activation, (list, tuple)):
        raise TypeError("activation must be a name such as 'sigmoid' or a list "
                        f"of {n_layers} names, got {activation!r}")
    if len(activation) != n_layers:
        raise ValueError(f"activation must list one name per non-input layer "
                         f"({n_layers}), got {len(activation)}: {list(activation)!r}")
    return [get_activation(name) for name in activation]


def _check_parameters(name, arrays, shapes):
    if isinstance(arrays, np.ndarray) or not isinstance(arrays, (list, tuple)):
        raise TypeError(f"{name} must be a list of {len(shapes)} arrays, one per "
                        f"layer after the input, got {type(arrays).__name__}")
    if len(arrays) != len(shapes):
        raise ValueError(f"{name} must be a list of {len(shapes)} arrays, one per "
                         f"layer after the input, got {len(arrays)}")
    return [check_array(f"{name}[{l}]", array, shape)
            for l, (array, shape) in enumerate(zip(arrays, shapes))]
