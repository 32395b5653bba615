"""A fully connected network that does backpropagation the way the lesson tells it.

What it keeps is what the diagram shows.  After ``forward`` every layer ``l``
has its nodes' total inputs ``x[l]`` and outputs ``y[l]``; after
``backward`` it has ``dE_dy[l]`` and ``dE_dx[l]`` for every layer and
``dE_dw[l]``, ``dE_db[l]`` for every weight matrix and bias vector;
``update`` applies the update rule.  The arithmetic itself lives in
``formulas.py``, one lesson formula per function.

Conventions (ALGORITHM.md): layer 0 is the input layer, with no activation
and no bias (``x = y = x_input``); ``weights[l][i, j]`` is ``w_ij`` from
node ``i`` of layer ``l`` to node ``j`` of layer ``l + 1``;
``biases[l][j]`` is ``b_j`` of node ``j`` of layer ``l + 1``.

Left out on purpose: other error functions, regularisation, momentum and
every other optimiser.  The code is written to be read next to the lesson;
it is small and exact, and fast only as far as plain NumPy allows.
"""

import numpy as np

from . import formulas
from .activations import get_activation
from .checks import (check_array, check_example, check_positive_number,
                     check_sizes, check_whole_number)


class Network:
    """A network of layers ``sizes``, e.g. ``[1, 2, 2, 1]`` for the demo.

    ``activation`` is one name for every non-input layer (``"sigmoid"``,
    ``"tanh"``, ``"relu"``, ``"linear"``) or a list with one name per
    non-input layer.  Weights and biases are drawn from ``seed`` (weights
    normal with standard deviation ``1 / sqrt(nodes in the layer before)``,
    biases 0) unless given explicitly as lists of arrays.  With
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
        self.x = self.y = None
        self.dE_dy = self.dE_dx = self.dE_dw = self.dE_db = None
        self.E = None
        self._ready_for = "forward"

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

    # --- forward propagation (lesson, section 4) -------------------------

    def forward(self, x_input):
        """Propagate ``x_input`` forward; return the output ``y`` of the last layer.

        ``x_input`` is one example, shape ``(n_in,)``, or a batch, shape
        ``(B, n_in)``.  Layer by layer:

            x_j = sum over i in in(j) of  w_ij * y_i  +  b_j
            y_j = f(x_j)

        starting from the input layer, where ``x = y = x_input``.
        """
        x_input = check_example("x_input", x_input, self.sizes[0])
        self.x, self.y = [x_input], [x_input]
        for w, b, activation in zip(self.weights, self.biases, self.activations):
            x = formulas.weighted_sum(self.y[-1], w, b)
            self.x.append(x)
            self.y.append(activation.f(x))
        self.dE_dy = self.dE_dx = self.dE_dw = self.dE_db = None
        self.E = None
        self._ready_for = "backward"
        return self.y[-1]

    # --- backpropagation (lesson, sections 6 and 7) ----------------------

    def backward(self, y_target):
        """Backpropagate the error of the last ``forward``; return ``E``.

        From the output back to the input, for each layer:

            dE/dy_output = y_output - y_target                (output layer only)
            dE/dx_j      = f'(x_j) * dE/dy_j
            dE/dw_ij     = y_i * dE/dx_j,   dE/db_j = dE/dx_j
            dE/dy_i      = sum over j in out(i) of  w_ij * dE/dx_j

        ``y_target`` has the shape of the output (``(n_out,)`` or
        ``(B, n_out)``).  For a batch, ``E``, ``dE_dw`` and ``dE_db`` are
        means over the examples.
        """
        if self._ready_for == "forward":
            raise ValueError("backward() needs the values of a forward pass: "
                             "call forward(x_input) first")
        y_target = check_array("y_target", y_target, self.y[-1].shape)
        L = len(self.sizes) - 1
        dE_dy, dE_dx = [None] * (L + 1), [None] * (L + 1)
        dE_dw, dE_db = [None] * L, [None] * L
        dE_dy[L] = formulas.output_dE_dy(self.y[L], y_target)
        for l in range(L, 0, -1):
            f_prime = self.activations[l - 1].df(self.x[l], self.y[l])
            dE_dx[l] = formulas.dE_dx_from_dE_dy(f_prime, dE_dy[l])
            dE_dw[l - 1] = formulas.weight_gradient(self.y[l - 1], dE_dx[l])
            dE_db[l - 1] = formulas.bias_gradient(dE_dx[l])
            dE_dy[l - 1] = formulas.previous_dE_dy(self.weights[l - 1], dE_dx[l])
        dE_dx[0] = dE_dy[0]  # the input node has no activation: x = y
        self.dE_dy, self.dE_dx, self.dE_dw, self.dE_db = dE_dy, dE_dx, dE_dw, dE_db
        self.E = formulas.squared_error(self.y[L], y_target)
        self._ready_for = "update"
        return self.E

    # --- the update rule (lesson, section 5) -----------------------------

    def update(self, learning_rate):
        """Apply the update rule to every weight and bias, in place.

            w_ij <- w_ij - alpha * dE/dw_ij,    b_j <- b_j - alpha * dE/db_j

        (Biases only if ``learn_biases``.)  Every derivative was computed by ``backward`` before any parameter
        changes.  Afterwards the derivatives no longer describe the network,
        so the next update needs a new ``forward`` and ``backward``.
        """
        learning_rate = check_positive_number("learning_rate", learning_rate)
        if self._ready_for != "update":
            raise ValueError("update() needs the derivatives of a backward pass: "
                             "call forward(x_input) and backward(y_target) first")
        for w, dE_dw in zip(self.weights, self.dE_dw):
            w -= learning_rate * dE_dw
        if self.learn_biases:
            for b, dE_db in zip(self.biases, self.dE_db):
                b -= learning_rate * dE_db
        self._ready_for = "forward"

    def predict(self, x_input):
        """The output for ``x_input`` (one example or a batch), without recording
        anything: the network's recorded pass is left as it was."""
        x_input = check_example("x_input", x_input, self.sizes[0])
        y = x_input
        for w, b, activation in zip(self.weights, self.biases, self.activations):
            y = activation.f(formulas.weighted_sum(y, w, b))
        return y

    def error(self, x_input, y_target):
        """``E`` of the network on ``(x_input, y_target)``, without recording anything."""
        y_output = self.predict(x_input)
        y_target = check_array("y_target", y_target, y_output.shape)
        return formulas.squared_error(y_output, y_target)


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
