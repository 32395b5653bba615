"""A fully connected network that does backpropagation the way the lesson tells it.

The engine is two loops, the lesson's: ``forward_pass`` (section 4) and
``backward_pass`` (sections 6 and 7), each formula one call of a function
of ``formulas.py``, where it is written once, with the formula beside the
call.  They work on a batch of examples, one row per example; ``Network``
uses them, and so does the rate sweep (``rate_sweep.py``), on a stack of
networks.

``Network`` is the edge around them.  It checks what comes in, turns one
example into a batch of one and back, looks at what comes out for an
overflow, and keeps what the diagram shows: after ``forward`` every layer
``l`` has its nodes' total inputs ``x[l]`` and outputs ``y[l]``; after
``backward`` it has ``dE_dy[l]`` and ``dE_dx[l]`` for every layer and
``dE_dw[l]``, ``dE_db[l]`` for every weight matrix and bias vector;
``update`` applies the update rule (section 5).  For one example, shape
``(n,)``, the layers are kept with that shape, ``(n,)``; for a batch,
``(B, n)``.

Conventions (docs/algorithm.md): layer 0 is the input layer, with no activation
and no bias (``x = y = x_input``); ``weights[l][i, j]`` is ``w_ij`` from
node ``i`` of layer ``l`` to node ``j`` of layer ``l + 1``;
``biases[l][j]`` is ``b_j`` of node ``j`` of layer ``l + 1``.  The
lesson's node numbers (1..N, layer by layer, top to bottom) are in
``names.py``: in the demo, ``w_46`` (node 4 to node 6) is ``weights[2][0, 0]``.

Shared memory: where two quantities are the same numbers they are not
copied: ``x[0]`` and ``y[0]`` are the same numbers in the same memory, and
so are ``dE_dx[0]`` and ``dE_dy[0]`` (the input layer has no activation)
and, with the ``"linear"`` activation, ``x[l]`` and ``y[l]``.  Copy an
array (``.copy()``) before changing it in place.

Changing a weight by hand: ``net.weights[l]`` and ``net.biases[l]`` must stay
float arrays of their shapes (``net.weights[0] = np.array(...)``, or
``net.weights[0][i, j] = 0.5``; a list is refused by the next step).  The
derivatives of ``backward`` belong to the weights of the last ``forward``:
after changing a weight, call ``forward`` and ``backward`` again before
``update``, which would otherwise apply the old derivatives to the new
weights (it cannot tell).  ``net.activations`` and ``net.learn_biases`` may
be set by hand too, and are checked as the constructor checks them.

Size: a network has at most ``checks.MAX_WEIGHTS`` (10 million) weights,
80 MB of floats; the code is written to be read, not to train big networks.

Overflow: the numbers are floats, which end near 1.8e308.  A step whose
result would go past that (an inf, or a NaN such as inf - inf) raises
:class:`Overflow`, a ``ValueError`` that says what overflowed, instead of
returning or keeping inf or NaN (``predict`` and ``error`` too); ``train``
reports it as a diverged run.  A weight or bias that is itself NaN or inf
(set by hand) is a ``ValueError`` that says so.

The error function is the lesson's squared error, or cross-entropy with
``error="cross_entropy"`` (``errors.py``: with a sigmoid output, or softmax
outputs, whose ``dE/dx`` is ``y_output - y_target``).

Left out on purpose: other error functions, regularisation, momentum and
every other optimiser.  The code is written to be read next to the lesson:
small and exact, not optimised.
"""

from __future__ import annotations

import contextlib
import copy
from collections.abc import Sequence

import numpy as np
from numpy.typing import ArrayLike

from . import formulas
from .activations import ACTIVATIONS, OUTPUT_ACTIVATIONS, Activation, get_activation
from .checks import (
    check_array,
    check_example,
    check_finite,
    check_positive_number,
    check_sizes,
    check_whole_number,
)
from .errors import ERRORS, get_error
from .formatting import format_number
from .language import tr


class Overflow(ValueError):
    """A number the network computes went past the largest float (about 1.8e308).

    Raised by ``forward``, ``backward``, ``update``, ``predict`` and ``error``
    instead of giving an inf or a NaN; the message says which number overflowed.
    """


# --- the lesson's loops: one engine for Network and for the rate sweep --------

def forward_pass(x_input, w, b, activations):
    """Forward propagation (lesson, section 4); returns the lists ``x``, ``y``.

    Starting from the input layer, where ``x = y = x_input``, layer by layer:

        x_j = sum over i in in(j) of  w_ij * y_i  +  b_j
        y_j = f(x_j)

    ``w[l]``, ``b[l]`` are the weights and biases into layer ``l + 1``,
    ``activations[l]`` its activation; ``x[l]``, ``y[l]`` hold the numbers of
    every node of layer ``l``, one row per example (``formulas.py``,
    "Shapes").  Nothing is checked here: ``Network.forward`` checks what
    comes in and what comes out.
    """
    x, y = [x_input], [x_input]
    for l in range(len(w)):
        x.append(formulas.node_input(y[l], w[l], b[l]))     # x_j = sum_i w_ij y_i + b_j
        y.append(activations[l].f(x[l + 1]))                # y_j = f(x_j)
    return x, y


def backward_pass(y_target, x, y, w, activations, error=ERRORS["squared"]):
    """Backpropagation (lesson, sections 6 and 7); returns ``E, dE_dy, dE_dx, dE_dw, dE_db``.

    First the error, then from the output back to the input, layer by layer:

        E            = 1/2 * sum over outputs k of (y_k - y_target_k)^2
        dE/dy_output = y_output - y_target                (output layer only)
        dE/dx_j      = f'(x_j) * dE/dy_j
        dE/dw_ij     = y_i * dE/dx_j,   dE/db_j = dE/dx_j
        dE/dy_i      = sum over j in out(i) of  w_ij * dE/dx_j

    ``error``, an ``errors.ErrorFunction``, gives ``E`` and ``dE/dy_output``.
    With cross-entropy they are its own, and at the output the pair of the
    output activation (sigmoid or softmax) and cross-entropy gives
    ``dE/dx_output = y_output - y_target`` directly, in place of ``f'(x) dE/dy``
    (``errors.py``).

    ``x``, ``y`` are the lists of ``forward_pass``; ``dE_dy[l]``,
    ``dE_dx[l]`` are per layer, ``dE_dw[l]``, ``dE_db[l]`` per weight matrix
    and bias vector.  Nothing is checked here: ``Network.backward`` checks
    what comes in and what comes out.
    """
    L = len(w)
    dE_dy, dE_dx = [None] * (L + 1), [None] * (L + 1)
    dE_dw, dE_db = [None] * L, [None] * L
    E = error.E(x[L], y[L], y_target)                               # squared: 1/2 sum_k (y_k - y_target_k)^2
    dE_dy[L] = error.output_dE_dy(y[L], y_target)                   # squared: y - y_target
    for l in range(L, 0, -1):
        if l == L and error.paired:                                 # cross-entropy with its output:
            dE_dx[l] = formulas.cross_entropy_dE_dx(y[l], y_target)  # y - y_target
        else:
            f_prime = activations[l - 1].df(x[l], y[l])             # f'(x_j)
            dE_dx[l] = formulas.dE_dx(f_prime, dE_dy[l])            # f'(x_j) dE/dy_j
        dE_dw[l - 1] = formulas.dE_dw(y[l - 1], dE_dx[l])           # y_i dE/dx_j
        dE_db[l - 1] = formulas.dE_db(dE_dx[l])                     # dE/dx_j
        dE_dy[l - 1] = formulas.hidden_dE_dy(w[l - 1], dE_dx[l])    # sum_j w_ij dE/dx_j
    dE_dx[0] = dE_dy[0]         # the input layer has no activation: x = y
    return E, dE_dy, dE_dx, dE_dw, dE_db


class Network:
    """A network of layers ``sizes``, e.g. ``[1, 2, 2, 1]`` for the demo.

    ``sizes`` is a list (or tuple) of whole numbers, at least two layers, with
    at most ``checks.MAX_WEIGHTS`` (10 million) weights in all.

    ``activation`` is one name for every non-input layer (``"sigmoid"``,
    ``"tanh"``, ``"relu"``, ``"leaky_relu"``, ``"linear"``) or a list with
    one name per non-input layer; ``"softmax"`` is for the output layer only,
    with cross-entropy.  ``error`` is ``"squared"`` (the lesson's) or
    ``"cross_entropy"``, which needs the output activation ``"sigmoid"`` for
    one output and ``"softmax"`` for several (``errors.py``); it is kept as
    ``error_function``.  Weights and biases are drawn from ``seed`` (weights
    normal with standard deviation ``1 / sqrt(nodes in the layer before)``,
    biases 0; ``seed=None`` gives different ones on every call) unless given
    explicitly as lists of arrays, which are copied: ``update`` gives the
    network new arrays and never touches the caller's.  With
    ``learn_biases=False`` the update rule leaves the biases as they are (as
    in some textbook examples); their derivatives are still computed.
    """

    def __init__(self, sizes: Sequence[int], activation: str | Sequence[str] = "sigmoid",
                 seed: int | None = 0, weights: Sequence[ArrayLike] | None = None,
                 biases: Sequence[ArrayLike] | None = None, learn_biases: bool = True,
                 error: str = "squared") -> None:
        self.sizes = check_sizes(sizes)
        self._activations = _check_activations("activation", activation, len(self.sizes) - 1)
        self.error_function = get_error(error)
        self.error_function.check_output(self._activations, self.sizes[-1])
        if seed is not None:
            check_whole_number("seed", seed, minimum=0)
        weight_shapes, bias_shapes = _weight_shapes(self.sizes), _bias_shapes(self.sizes)
        if weights is None:
            rng = np.random.default_rng(seed)
            weights = [rng.normal(0.0, 1.0 / np.sqrt(a), size=(a, b)) for a, b in weight_shapes]
        if biases is None:
            biases = [np.zeros(shape) for shape in bias_shapes]
        self.weights = _check_parameters("weights", weights, weight_shapes)
        self.biases = _check_parameters("biases", biases, bias_shapes)
        self._learn_biases = _check_learn_biases("learn_biases", learn_biases)
        self.forget_pass()

    @property
    def activations(self) -> tuple[Activation, ...]:
        """The activation of each layer 1..L, a tuple.  To change them, set them all:
        ``net.activations = "relu"`` or ``net.activations = ["relu", "sigmoid"]``,
        checked as the constructor's ``activation`` is."""
        return self._activations

    @activations.setter
    def activations(self, activation: str | Sequence[str]) -> None:
        activations = _check_activations("net.activations", activation, len(self.sizes) - 1)
        self.error_function.check_output(activations, self.sizes[-1], "net.activations")
        self._activations = activations

    @property
    def learn_biases(self) -> bool:
        """Whether ``update`` changes the biases; set it to True or False only."""
        return self._learn_biases

    @learn_biases.setter
    def learn_biases(self, learn_biases: bool) -> None:
        self._learn_biases = _check_learn_biases("net.learn_biases", learn_biases)

    @property
    def activation_names(self) -> list[str]:
        """Names of the activations of layers 1..L."""
        return [activation.name for activation in self.activations]

    def __repr__(self) -> str:
        names = set(self.activation_names)
        activation = self.activation_names[0] if len(names) == 1 else self.activation_names
        error = "" if self.error_function is ERRORS["squared"] else f", error={self.error_function.name!r}"
        return f"Network({self.sizes}, activation={activation!r}{error})"

    def copy(self) -> Network:
        """A new network of the same class (a subclass stays that subclass, with its own
        ``forward``, ``backward``, ...) with the same sizes, activations and
        (copied, checked) parameters, and no recorded pass.  A subclass's own
        attributes are shared with the copy, not copied."""
        twin = copy.copy(self)
        twin.sizes = list(self.sizes)
        twin.weights = _check_parameters("weights", self.weights, _weight_shapes(self.sizes))
        twin.biases = _check_parameters("biases", self.biases, _bias_shapes(self.sizes))
        twin.forget_pass()
        return twin

    def forget_pass(self) -> None:
        """Forget the recorded pass: ``x``, ``y``, ``E`` and every ``dE_*`` become None.

        A recorded pass describes the weights it was computed with, so it is
        forgotten whenever they change (``update``, and ``train`` when it gives
        a diverged run its last good weights back); the next step must then be
        a new ``forward``.
        """
        self.x = self.y = self.dE_dy = self.dE_dx = self.dE_dw = self.dE_db = None
        self.E = None

    # --- the lesson's loop, on the network's own weights ----------------
    # An overflow is looked for in the numbers computed (by the named checks
    # after each pass) rather than warned about.

    @np.errstate(over="ignore", invalid="ignore")
    def forward(self, x_input: ArrayLike) -> np.ndarray:
        """Propagate ``x_input`` forward; return the output ``y`` of the last layer.

        ``x_input`` is one example, shape ``(n_in,)``, or a batch, shape
        ``(B, n_in)``; ``forward_pass`` (below) does the work.  If a total
        input ``x`` overflows (inf or NaN), it raises :class:`Overflow` naming
        the layer, and the network keeps no pass; a weight or bias set by hand
        to NaN or inf, or to something other than a float array of its shape,
        is refused.
        """
        x_input = check_example("x_input", x_input, self.sizes[0])
        _check_own_parameters(self)
        self.forget_pass()          # the old pass goes, whether or not this one succeeds
        x, y = forward_pass(_as_batch(x_input), self.weights, self.biases, self.activations)
        _check_forward_pass(x, "forward", self)
        self.x, self.y = _as_given(x_input, x), _as_given(x_input, y)
        return self.y[-1]

    @np.errstate(over="ignore", invalid="ignore")
    def backward(self, y_target: ArrayLike) -> float:
        """Backpropagate the error of the last ``forward``; return ``E``.

        ``y_target`` has the shape of the output (``(n_out,)`` or
        ``(B, n_out)``; for cross-entropy, probabilities: ``errors.py``);
        ``backward_pass`` (below) does the work, with the network's error function.  For a batch,
        ``E``, ``dE_dw`` and ``dE_db`` are means over the examples; ``dE_dy``
        and ``dE_dx`` hold each example's own derivatives.  ``backward`` may be
        called again, with another target, until ``update``.  If ``E`` or a
        derivative overflows (inf or NaN), it raises :class:`Overflow` saying
        which, and keeps the forward pass only.
        """
        _check_recorded("backward", self.x)
        y_target = self.error_function.check_targets(
            "y_target", check_array("y_target", y_target, self.y[-1].shape))
        x, y = [_as_batch(a) for a in self.x], [_as_batch(a) for a in self.y]
        E, dE_dy, dE_dx, dE_dw, dE_db = backward_pass(_as_batch(y_target), x, y, self.weights,
                                                      self.activations, self.error_function)
        _check_backward_pass(E, dE_dw, dE_dx[0], dE_db)
        self.dE_dy, self.dE_dx = _as_given(y_target, dE_dy), _as_given(y_target, dE_dx)
        self.dE_dw, self.dE_db, self.E = dE_dw, dE_db, float(E)
        return self.E

    @np.errstate(over="ignore", invalid="ignore")
    def update(self, learning_rate: float) -> None:
        """Apply the update rule (lesson, section 5) to every weight and bias.

            w_ij <- w_ij - alpha * dE/dw_ij,    b_j <- b_j - alpha * dE/db_j

        (Biases only if ``learn_biases``.)  ``alpha`` is ``learning_rate``.
        Every new value is computed from the derivatives of ``backward``, in
        new arrays, before the network takes them; if one overflows (inf or
        NaN), it raises :class:`Overflow` and leaves every weight and bias as
        it was.  A weight, bias or derivative it uses, set by hand to NaN or inf
        (or a parameter to something other than a float array of its shape) is
        refused, naming it.

        Afterwards the recorded pass (``x``, ``y``, ``E``, ``dE_*``) describes
        the old weights, not the new ones, so it is forgotten (set to None):
        the next update needs a new ``forward`` and ``backward``.  The same holds
        for a weight changed by hand after ``forward``: ``update`` cannot tell,
        and would apply the old derivatives to it.
        """
        alpha = check_positive_number("learning_rate", learning_rate)
        _check_recorded("update", self.dE_dw)
        _check_own_parameters(self)
        weights = [formulas.update(w, alpha, dE_dw)         # w_ij - alpha dE/dw_ij
                   for w, dE_dw in zip(self.weights, self.dE_dw)]
        biases = ([formulas.update(b, alpha, dE_db)         # b_j - alpha dE/db_j
                   for b, dE_db in zip(self.biases, self.dE_db)]
                  if self.learn_biases else self.biases)
        _check_update(weights, biases, self, alpha)
        self.weights, self.biases = weights, biases
        self.forget_pass()

    @np.errstate(over="ignore", invalid="ignore")
    def predict(self, x_input: ArrayLike) -> np.ndarray:
        """The output for ``x_input`` (one example or a batch), without recording
        anything: the network's recorded pass is left as it was.  Checked as
        ``forward`` is: an overflow raises :class:`Overflow`."""
        x_input = check_example("x_input", x_input, self.sizes[0])
        return _as_given(x_input, self._unrecorded_pass(x_input, "predict")[1])[-1]

    @np.errstate(over="ignore", invalid="ignore")
    def error(self, x_input: ArrayLike, y_target: ArrayLike) -> float:
        """``E`` of the network on ``(x_input, y_target)`` (its error function),
        without recording anything; an ``E`` past the largest float raises
        :class:`Overflow`."""
        x_input = check_example("x_input", x_input, self.sizes[0])
        x, y = self._unrecorded_pass(x_input, "predict")
        y_target = self.error_function.check_targets(
            "y_target", check_array("y_target", y_target, _as_given(x_input, y)[-1].shape))
        E = float(self.error_function.E(x[-1], y[-1], _as_batch(y_target)))
        _check_error(E, "error")
        return E

    def _unrecorded_pass(self, x_input, step):
        """``forward_pass`` on the checked ``x_input`` as a batch, checked as ``forward``
        is; returns the lists ``x``, ``y`` and records nothing."""
        _check_own_parameters(self)
        x, y = forward_pass(_as_batch(x_input), self.weights, self.biases, self.activations)
        _check_forward_pass(x, step, self)
        return x, y


# --- the guards at the edges of the loops --------------------------------------

_NEEDS = {
    "backward": "backward() needs the values of a forward pass: call forward(x_input) first",
    "update": "update() needs the derivatives of a backward pass: "
              "call forward(x_input) and backward(y_target) first",
}


def _check_recorded(step, needed):
    """Raise ``ValueError`` if ``needed``, what ``step`` works on, is not recorded (None)."""
    if needed is None:
        raise ValueError(tr(_NEEDS[step]))


def _check_forward_pass(x, step="forward", net=None):
    """Raise :class:`Overflow` if a total input ``x`` (layers 1..L) is inf or NaN.

    Only ``x`` needs looking at: ``y = f(x)`` is at most as large as ``x``.
    If one is, and a parameter of ``net`` is itself NaN or inf (set by hand),
    that is what the ``ValueError`` says instead.
    """
    for l in range(1, len(x)):
        if not np.isfinite(x[l]).all():
            if net is not None:
                _check_finite_arrays(net, "weights", "biases")
            raise Overflow(tr("{step}() overflowed: the total input x of layer {l} is inf or "
                              "NaN (the weights or x_input are too large)", step=step, l=l))


def _check_finite_arrays(net, *names):
    """Raise ``ValueError`` naming the array if one of ``net``'s arrays ``names``
    (such as "weights") holds NaN or inf (set by hand)."""
    for name in names:
        for k, array in enumerate(getattr(net, name)):
            check_finite(f"net.{name}[{k}]", array)


def _check_own_parameters(net):
    """Raise ``TypeError`` if a weight matrix or bias vector of ``net`` is no longer a
    float array of its shape (a list put in its place by hand, say)."""
    for name, arrays, shapes in [("weights", net.weights, _weight_shapes(net.sizes)),
                                 ("biases", net.biases, _bias_shapes(net.sizes))]:
        if not isinstance(arrays, list) or len(arrays) != len(shapes):
            raise TypeError(tr("net.{name} must be a list of {n_shapes} arrays, got {arrays!r}",
                               name=name, n_shapes=len(shapes), arrays=arrays))
        for l, (array, shape) in enumerate(zip(arrays, shapes)):
            if not (isinstance(array, np.ndarray) and array.dtype == float
                    and array.shape == shape):
                raise TypeError(tr("net.{name}[{l}] must be a float array of shape {shape}, got {array!r}; "
                                   "set it with np.array(..., dtype=float)",
                                   name=name, l=l, shape=shape, array=array))


def _check_error(E, step):
    """Raise :class:`Overflow` if the error ``E`` of ``step`` is inf or NaN."""
    if not np.isfinite(E):
        raise Overflow(tr("{step}() overflowed: E is {E} (the output y is too far from "
                          "y_target)", step=step, E=format_number(E)))


def _check_backward_pass(E, dE_dw, dE_dx_input, dE_db):
    """Raise :class:`Overflow` if ``E`` or a derivative is inf or NaN.

    An inf or NaN in ``dE/dy`` of a layer ``l >= 1`` is also in its
    ``dE/dx = f'(x) dE/dy`` (``f'(x) = 0`` gives NaN), and from there in
    ``dE/dw = y dE/dx`` of the weights into it (``y = 0`` gives NaN).  So
    ``E``, every ``dE_dw``, ``dE_dx[0]`` and the means ``dE_db`` (a sum over
    examples can overflow) are enough.
    """
    _check_error(E, "backward")
    looked_at = {"dE_dw": dE_dw, "dE_dx": [dE_dx_input], "dE_db": dE_db}
    for name, arrays in looked_at.items():
        for k, array in enumerate(arrays):
            if not np.isfinite(array).all():
                raise Overflow(tr("{step}() overflowed: {name}[{k}] holds inf or NaN (the "
                                  "weights or the inputs are too large)", step="backward",
                                  name=name, k=k))


def _check_update(weights, biases, net, learning_rate):
    """Raise if a new weight or bias of ``net``'s update is inf or NaN.

    Only the new values are looked at: an inf or NaN in a weight, bias or
    derivative is also in the new value computed from it.  If one is found,
    a weight, bias or derivative of ``net`` that is itself NaN or inf (set by
    hand) is named in a ``ValueError``; otherwise the update rule went past
    the largest float, an :class:`Overflow`.
    """
    if all(np.isfinite(array).all() for array in weights + biases):
        return
    _check_finite_arrays(net, "weights", "biases", "dE_dw", "dE_db")
    raise Overflow(_update_overflowed(learning_rate))


def _update_overflowed(learning_rate):
    """The message of the update rule's :class:`Overflow` with ``learning_rate``."""
    return tr("{step}() overflowed: w - learning_rate * dE/dw (or the same for a bias) is too "
              "large for a float with learning_rate = {rate}; no weight or bias was changed: "
              "use a smaller learning_rate", step="update", rate=format_number(learning_rate))


@contextlib.contextmanager
def update_overflow_raises(learning_rate):
    """Within this block, a float that overflows (inf or NaN) raises :class:`Overflow`
    instead: the update rule with ``learning_rate`` went past the largest float."""
    try:
        with np.errstate(over="raise", invalid="raise"):
            yield
    except FloatingPointError:
        raise Overflow(_update_overflowed(learning_rate)) from None


def _as_batch(example):
    """One example, shape ``(n,)``, as a batch of one, ``(1, n)``; a batch as it is."""
    return example if example.ndim == 2 else example[np.newaxis]


def _as_given(given, batch):
    """The arrays of a pass (a list of batches) shaped as ``given`` was: for one
    example, each batch of one becomes its one row, shape ``(n,)``."""
    return batch if given.ndim == 2 else [array[0] for array in batch]


def check_network(net):
    """``net`` itself, if it is a :class:`Network` (for the entry points that take one)."""
    if not isinstance(net, Network):
        raise TypeError(tr("net must be a Network, got {type}", type=type(net).__name__))
    return net


def _check_activations(argument, activation, n_layers):
    """A tuple of ``n_layers`` activations from ``activation``: one name for every
    layer or a list of one per layer (an :class:`Activation` of the course, as
    ``net.activations`` holds them, counts as its name); errors name ``argument``."""
    if isinstance(activation, (str, Activation)):
        return (_one_activation(argument, activation),) * n_layers
    if not isinstance(activation, (list, tuple)):
        raise TypeError(tr("{argument} must be a name such as 'sigmoid' or a list of {n_layers} names, got "
                           "{activation!r}", argument=argument, n_layers=n_layers, activation=activation))
    if len(activation) != n_layers:
        raise ValueError(tr("{argument} must list one name per non-input layer ({n_layers}), got "
                            "{n_activation}: {activation!r}",
                            argument=argument, n_layers=n_layers, n_activation=len(activation),
                            activation=list(activation)))
    return tuple(_one_activation(argument, name) for name in activation)


def _one_activation(argument, activation):
    known = {**ACTIVATIONS, **OUTPUT_ACTIVATIONS}
    if isinstance(activation, Activation) and known.get(activation.name) == activation:
        return activation
    return get_activation(activation, argument)


def _check_learn_biases(argument, learn_biases):
    if not isinstance(learn_biases, bool):
        raise TypeError(tr("{argument} must be True or False, got {learn_biases!r}",
                           argument=argument, learn_biases=learn_biases))
    return learn_biases


def _weight_shapes(sizes):
    """The shape of each weight matrix: ``(nodes of layer l, nodes of layer l + 1)``."""
    return [(a, b) for a, b in zip(sizes[:-1], sizes[1:])]


def _bias_shapes(sizes):
    """The shape of each bias vector: ``(nodes of layer l + 1,)``."""
    return [(b,) for b in sizes[1:]]


def _check_parameters(name, arrays, shapes):
    if isinstance(arrays, np.ndarray) or not isinstance(arrays, (list, tuple)):
        raise TypeError(tr("{name} must be a list of {n_shapes} arrays, one per layer after the input, got "
                           "{type}", name=name, n_shapes=len(shapes), type=type(arrays).__name__))
    if len(arrays) != len(shapes):
        raise ValueError(tr("{name} must be a list of {n_shapes} arrays, one per layer after the input, got "
                            "{n_arrays}", name=name, n_shapes=len(shapes), n_arrays=len(arrays)))
    return [check_array(f"{name}[{l}]", array, shape)
            for l, (array, shape) in enumerate(zip(arrays, shapes))]
