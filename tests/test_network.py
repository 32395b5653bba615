"""The Network contract, batches, and backpropagation against central finite
differences on many random networks (hypothesis)."""

import math

import numpy as np
import pytest
from finite_differences import numeric_gradient
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from bp_helpers import ACTIVATIONS, DEMO_EXAMPLE, Network, demo_network

RTOL = 1e-6         # relative tolerance of the gradient check ...
FLOOR = 1e-2        # ... measured against max(|analytic| + |numeric|, FLOOR)
KINK = 1e-3         # relu nodes must have |x| > KINK, away from the kink at 0

PLAIN = {"sigmoid": lambda x: 1.0 / (1.0 + math.exp(-x)), "tanh": math.tanh,
         "relu": lambda x: max(0.0, x), "leaky_relu": lambda x: x if x > 0 else 0.01 * x,
         "linear": lambda x: x}


def reference_forward(net, x_input):
    """The lesson's forward pass for one example, one node at a time:
    x_j = sum_i w_ij y_i + b_j,  y_j = f(x_j)."""
    y = [float(v) for v in x_input]
    xs, ys = [list(y)], [list(y)]
    for w, b, name in zip(net.weights, net.biases, net.activation_names):
        x = [sum(w[i, j] * y[i] for i in range(len(y))) + b[j] for j in range(len(b))]
        y = [PLAIN[name](v) for v in x]
        xs.append(x)
        ys.append(y)
    return xs, ys


def assert_gradients_close(analytic, numeric, what):
    """Relative error |a - n| / max(|a| + |n|, FLOOR) below RTOL."""
    relative = np.abs(analytic - numeric) / np.maximum(np.abs(analytic) + np.abs(numeric), FLOOR)
    assert relative.max(initial=0.0) < RTOL, (
        f"{what}: analytic {analytic} vs numeric {numeric} (relative error {relative.max():.2e})")


def tail_network(net, layer):
    """The layers after ``layer`` as a network of their own, whose input is y[layer]."""
    return Network(net.sizes[layer:], net.activation_names[layer:],
                   weights=net.weights[layer:], biases=net.biases[layer:],
                   error=net.error_function.name)


def cross_entropy_of_y(y, t):
    """Cross-entropy written directly in y, as the lesson would (for the test's own
    finite differences of dE/dy): -[t ln y + (1 - t) ln(1 - y)] for one output,
    -sum_k t_k ln y_k for several."""
    if len(y) == 1:
        return float(-(t[0] * np.log(y[0]) + (1 - t[0]) * np.log(1 - y[0])))
    return float(-(t * np.log(y)).sum())


def trained_pair(sizes=(2, 3, 2), activation="sigmoid", batch=None, seed=1):
    """A network after forward and backward on a fixed example (or batch)."""
    rng = np.random.default_rng(seed)
    shape = (sizes[0],) if batch is None else (batch, sizes[0])
    x = rng.uniform(-1.0, 1.0, shape)
    t = rng.uniform(0.0, 1.0, shape[:-1] + (sizes[-1],))
    net = Network(list(sizes), activation, seed=seed,
                  biases=[rng.normal(0.0, 0.5, n) for n in sizes[1:]])
    return net, x, t


# --- construction ------------------------------------------------------------------

def test_sizes_weights_and_biases_have_the_documented_shapes():
    net = Network([3, 4, 2, 1])
    assert net.sizes == [3, 4, 2, 1]
    assert [w.shape for w in net.weights] == [(3, 4), (4, 2), (2, 1)]
    assert [b.shape for b in net.biases] == [(4,), (2,), (1,)]
    for l, w in enumerate(net.weights):
        assert w.shape == (net.sizes[l], net.sizes[l + 1])
        assert w.dtype == np.float64
    assert all(b.dtype == np.float64 for b in net.biases)
    assert all((b == 0.0).all() for b in net.biases)  # default biases are 0
    assert net.activation_names == ["sigmoid", "sigmoid", "sigmoid"]
    assert net.learn_biases is True
    assert net.x is net.y is net.dE_dy is net.dE_dx is net.dE_dw is net.dE_db is net.E is None
    assert repr(net) == "Network([3, 4, 2, 1], activation='sigmoid')"


def test_sizes_may_be_a_tuple_or_numpy_integers():
    assert Network((2, 1)).sizes == [2, 1]
    sizes = Network(np.array([2, 3, 1])).sizes
    assert sizes == [2, 3, 1] and all(type(n) is int for n in sizes)


def test_given_parameters_are_used_and_copied_as_float64():
    weights = [np.array([[1, 2]]), [[0.5], [-0.5]]]
    biases = [np.array([0.0, 1.0]), [2]]
    net = Network([1, 2, 1], weights=weights, biases=biases)
    np.testing.assert_array_equal(net.weights[0], [[1.0, 2.0]])
    np.testing.assert_array_equal(net.biases[1], [2.0])
    assert all(w.dtype == np.float64 for w in net.weights + net.biases)
    net.forward([1.0])
    net.backward([0.0])
    net.update(0.5)
    # the caller's arrays are not the network's arrays
    np.testing.assert_array_equal(weights[0], [[1, 2]])
    np.testing.assert_array_equal(biases[0], [0.0, 1.0])


def test_same_seed_same_weights_different_seed_different_weights():
    a, b, c = Network([3, 4, 2], seed=7), Network([3, 4, 2], seed=7), Network([3, 4, 2], seed=8)
    for wa, wb, wc in zip(a.weights, b.weights, c.weights):
        np.testing.assert_array_equal(wa, wb)
        assert not np.array_equal(wa, wc)


def test_default_weights_are_scaled_by_the_layer_before():
    # weights ~ normal(0, 1 / sqrt(nodes in the layer before)): the sample std of
    # 400 * 50 draws lies within a few percent of 1/20
    net = Network([400, 50], seed=0)
    assert net.weights[0].std() == pytest.approx(1.0 / 20.0, rel=0.03)


def test_activation_as_one_name_or_one_per_layer():
    assert Network([2, 2, 2, 1], "tanh").activation_names == ["tanh"] * 3
    per_layer = ["relu", "tanh", "linear"]
    net = Network([2, 2, 2, 1], per_layer, seed=3, biases=[[0.1, 0.2], [0.3, -0.4], [0.5]])
    assert net.activation_names == per_layer
    assert Network([2, 2, 2, 1], tuple(per_layer)).activation_names == per_layer
    assert repr(net) == "Network([2, 2, 2, 1], activation=['relu', 'tanh', 'linear'])"
    net.forward(np.array([0.7, -1.3]))
    for l, name in enumerate(per_layer, start=1):
        np.testing.assert_array_equal(net.y[l], ACTIVATIONS[name].f(net.x[l]))


# --- forward -----------------------------------------------------------------------

@pytest.mark.parametrize("activation", ["sigmoid", "tanh", "relu", "linear", ["tanh", "relu", "sigmoid"]])
def test_forward_of_one_example_records_x_and_y_of_every_layer(activation):
    net = Network([2, 3, 2, 2], activation, seed=5, biases=[[0.1, -0.2, 0.3], [0.0, 0.4], [-0.1, 0.2]])
    x_input = np.array([0.5, -1.5])
    y_output = net.forward(x_input)
    xs, ys = reference_forward(net, x_input)
    assert len(net.x) == len(net.y) == 4
    np.testing.assert_array_equal(net.x[0], x_input)   # layer 0: x = y = x_input
    np.testing.assert_array_equal(net.y[0], x_input)
    for l in range(4):
        assert net.x[l].shape == net.y[l].shape == (net.sizes[l],)
        np.testing.assert_allclose(net.x[l], xs[l], rtol=1e-13, atol=1e-15)
        np.testing.assert_allclose(net.y[l], ys[l], rtol=1e-13, atol=1e-15)
    assert y_output is net.y[-1]


def test_forward_of_a_batch_gives_one_row_per_example():
    net = Network([2, 3, 1], "tanh", seed=2)
    x_input = np.array([[0.5, -1.5], [1.0, 2.0], [0.0, 0.0]])
    y_output = net.forward(x_input)
    assert y_output.shape == (3, 1)
    for l in range(3):
        assert net.x[l].shape == net.y[l].shape == (3, net.sizes[l])
    for b in range(3):
        xs, ys = reference_forward(net, x_input[b])
        for l in range(3):
            np.testing.assert_allclose(net.x[l][b], xs[l], rtol=1e-13, atol=1e-15)
            np.testing.assert_allclose(net.y[l][b], ys[l], rtol=1e-13, atol=1e-15)


def test_forward_keeps_its_own_copy_of_the_input():
    net = Network([2, 1])
    x_input = np.array([0.5, 0.25])
    net.forward(x_input)
    x_input[0] = 100.0
    np.testing.assert_array_equal(net.x[0], [0.5, 0.25])


# --- backward ------------------------------------------------------------------------

def test_backward_fills_every_derivative_with_the_right_shape():
    net, x, t = trained_pair(sizes=(3, 4, 2, 2))
    net.forward(x)
    E = net.backward(t)
    assert type(E) is float and E == net.E
    assert len(net.dE_dy) == len(net.dE_dx) == 4
    for l in range(4):
        assert net.dE_dy[l].shape == net.dE_dx[l].shape == net.y[l].shape
    np.testing.assert_array_equal(net.dE_dx[0], net.dE_dy[0])  # input: x = y
    assert [g.shape for g in net.dE_dw] == [w.shape for w in net.weights]
    assert [g.shape for g in net.dE_db] == [b.shape for b in net.biases]
    # E = 1/2 sum (y - t)^2 and dE/dy_output = y_output - y_target
    assert E == pytest.approx(0.5 * np.sum((net.y[-1] - t) ** 2), rel=1e-15)
    np.testing.assert_array_equal(net.dE_dy[-1], net.y[-1] - t)


def test_backward_applies_the_lesson_formulas_layer_by_layer():
    net, x, t = trained_pair(sizes=(2, 3, 2), activation=["tanh", "sigmoid"])
    net.forward(x)
    net.backward(t)
    # output (sigmoid): dE/dx = y (1 - y) dE/dy
    y2 = net.y[2]
    np.testing.assert_allclose(net.dE_dx[2], y2 * (1 - y2) * (y2 - t), rtol=1e-14)
    # dE/dw_ij = y_i dE/dx_j,  dE/db_j = dE/dx_j
    for i in range(3):
        for j in range(2):
            assert net.dE_dw[1][i, j] == pytest.approx(net.y[1][i] * net.dE_dx[2][j], rel=1e-14)
    np.testing.assert_array_equal(net.dE_db[1], net.dE_dx[2])   # one example: dE/db = dE/dx
    assert np.shares_memory(net.dE_dx[0], net.dE_dy[0])  # the input layer: x = y (documented)
    # dE/dy_i = sum_j w_ij dE/dx_j; hidden (tanh): dE/dx = (1 - y^2) dE/dy
    for i in range(3):
        expected = sum(net.weights[1][i, j] * net.dE_dx[2][j] for j in range(2))
        assert net.dE_dy[1][i] == pytest.approx(expected, rel=1e-14, abs=1e-300)
    np.testing.assert_allclose(net.dE_dx[1], (1 - net.y[1] ** 2) * net.dE_dy[1], rtol=1e-14)


def test_error_gives_the_same_E_and_leaves_the_recorded_pass_alone():
    net, x, t = trained_pair()
    net.forward(x)
    E = net.backward(t)
    recorded = [a.copy() for a in net.y + net.dE_dy]
    other_x = np.array([[3.0, -3.0], [0.1, 0.2]])
    other_t = np.zeros((2, 2))
    assert net.error(x, t) == E
    assert net.error(other_x, other_t) != E
    for a, b in zip(recorded, net.y + net.dE_dy):
        np.testing.assert_array_equal(a, b)
    assert net.E == E
    net.update(0.1)  # still allowed: error() did not reset the state


# --- update ---------------------------------------------------------------------------

def test_update_subtracts_learning_rate_times_gradient():
    net, x, t = trained_pair(sizes=(2, 3, 2))
    net.forward(x)
    net.backward(t)
    weights = [w.copy() for w in net.weights]
    biases = [b.copy() for b in net.biases]
    dE_dw, dE_db = net.dE_dw, net.dE_db   # update() forgets them
    net.update(0.3)
    for l in range(2):
        np.testing.assert_array_equal(net.weights[l], weights[l] - 0.3 * dE_dw[l])
        np.testing.assert_array_equal(net.biases[l], biases[l] - 0.3 * dE_db[l])
        assert not np.array_equal(net.weights[l], weights[l])


def test_update_by_hand_on_a_one_weight_network():
    # sizes [1, 1], linear, w = 2, b = 1, x = 3, t = 4:
    #   x_1 = 2*3 + 1 = 7 = y_1;  E = 1/2 (7 - 4)^2 = 4.5;  dE/dy = dE/dx = 3
    #   dE/dw = y_0 dE/dx = 3 * 3 = 9;  dE/db = 3
    #   w <- 2 - 0.1 * 9 = 1.1;  b <- 1 - 0.1 * 3 = 0.7
    net = Network([1, 1], "linear", weights=[[[2.0]]], biases=[[1.0]])
    assert net.forward([3.0])[0] == 7.0
    assert net.backward([4.0]) == 4.5
    assert net.dE_dw[0][0, 0] == 9.0 and net.dE_db[0][0] == 3.0
    np.testing.assert_array_equal(net.dE_dy[0], [2.0 * 3.0])  # dE/dy_0 = w dE/dx = 6
    net.update(0.1)
    assert net.weights[0][0, 0] == pytest.approx(1.1, abs=1e-15)
    assert net.biases[0][0] == pytest.approx(0.7, abs=1e-15)
    # new E: y = 1.1*3 + 0.7 = 4.0 = t, so E = 0 (to rounding)
    assert net.error([3.0], [4.0]) == pytest.approx(0.0, abs=1e-28)


def test_learn_biases_false_leaves_biases_unchanged():
    rng = np.random.default_rng(0)
    net = Network([2, 3, 1], seed=4, biases=[rng.normal(size=3), rng.normal(size=1)], learn_biases=False)
    biases = [b.copy() for b in net.biases]
    weights = [w.copy() for w in net.weights]
    net.forward([0.3, 0.9])
    net.backward([1.0])
    assert any((g != 0).any() for g in net.dE_db)  # derivatives still computed
    dE_dw = net.dE_dw   # update() forgets it
    net.update(1.0)
    for before, after in zip(biases, net.biases):
        np.testing.assert_array_equal(before, after)
    for before, after, g in zip(weights, net.weights, dE_dw):
        np.testing.assert_array_equal(after, before - g)


def test_copy_is_independent():
    net = Network([2, 3, 1], ["tanh", "linear"], seed=9, biases=[[0.1, 0.2, 0.3], [0.4]],
                  learn_biases=False)
    twin = net.copy()
    assert twin is not net
    assert twin.sizes == net.sizes and twin.activation_names == net.activation_names
    assert twin.learn_biases is False
    for a, b in zip(net.weights + net.biases, twin.weights + twin.biases):
        np.testing.assert_array_equal(a, b)
        assert not np.shares_memory(a, b)
    before = [a.copy() for a in net.weights + net.biases]
    twin.forward([1.0, -1.0])
    twin.backward([0.5])
    twin.update(0.5)
    twin.weights[0][0, 0] = 123.0
    twin.biases[0][0] = 123.0
    for a, b in zip(before, net.weights + net.biases):
        np.testing.assert_array_equal(a, b)
    assert net.x is None  # the copy's pass did not touch the original


# --- batches ---------------------------------------------------------------------------

@pytest.mark.parametrize("activation", ["sigmoid", "tanh", ["relu", "linear"]])
def test_a_batch_is_the_mean_of_its_examples(activation):
    net, x, t = trained_pair(sizes=(2, 3, 2), activation=activation, batch=4, seed=11)
    net.forward(x)
    E = net.backward(t)
    singles = []
    for b in range(4):
        single = net.copy()
        single.forward(x[b])
        single.backward(t[b])
        singles.append(single)
    # E is the mean of the examples' errors
    assert E == pytest.approx(np.mean([s.E for s in singles]), rel=1e-14)
    # per-node derivatives stay per example: row b is example b on its own
    for l in range(3):
        assert net.dE_dy[l].shape == net.dE_dx[l].shape == (4, net.sizes[l])
        for b, single in enumerate(singles):
            np.testing.assert_allclose(net.dE_dy[l][b], single.dE_dy[l], rtol=1e-13, atol=1e-16)
            np.testing.assert_allclose(net.dE_dx[l][b], single.dE_dx[l], rtol=1e-13, atol=1e-16)
    # parameter derivatives are the mean of the single-example derivatives
    for l in range(2):
        np.testing.assert_allclose(net.dE_dw[l], np.mean([s.dE_dw[l] for s in singles], axis=0),
                                   rtol=1e-13, atol=1e-16)
        np.testing.assert_allclose(net.dE_db[l], np.mean([s.dE_db[l] for s in singles], axis=0),
                                   rtol=1e-13, atol=1e-16)


def test_a_batch_of_one_equals_one_example():
    net, x, t = trained_pair(batch=1)
    single = net.copy()
    net.forward(x)
    E = net.backward(t)
    assert E == single.error(x[0], t[0])
    single.forward(x[0])
    single.backward(t[0])
    for l in range(2):
        np.testing.assert_allclose(net.dE_dw[l], single.dE_dw[l], rtol=1e-15)


# --- backpropagation against finite differences -----------------------------------------

@st.composite
def networks_with_examples(draw):
    """A random network (2-4 layers of 1-5 nodes, one activation or one per
    layer, random biases) with a single example or a batch of 1-4."""
    sizes = draw(st.lists(st.integers(1, 5), min_size=2, max_size=4))
    names = st.sampled_from(sorted(ACTIVATIONS))
    n_layers = len(sizes) - 1
    activation = draw(st.one_of(names, st.lists(names, min_size=n_layers, max_size=n_layers)))
    seed = draw(st.integers(0, 2**32 - 1))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    batch = draw(st.one_of(st.none(), st.integers(1, 4)))  # None: one example, shape (n,)
    shape = (sizes[0],) if batch is None else (batch, sizes[0])
    x = rng.uniform(-2.0, 2.0, shape)
    t = rng.uniform(-1.0, 1.0, shape[:-1] + (sizes[-1],))
    biases = [rng.normal(0.0, 0.5, n) for n in sizes[1:]]
    return Network(sizes, activation, seed=seed, biases=biases), x, t


def away_from_relu_kinks(net):
    return all((np.abs(x) > KINK).all()
               for x, name in zip(net.x[1:], net.activation_names) if name in ("relu", "leaky_relu"))


def check_backprop(net, x, t):
    """Every derivative ``backward`` records, against central differences of
    ``net.error``; ``net.forward(x)`` has been called."""
    E = net.backward(t)
    assert E == pytest.approx(net.error(x, t), rel=1e-15)
    # dE/dw and dE/db: derivatives of the (batch-mean) error E
    for l in range(len(net.weights)):
        assert_gradients_close(net.dE_dw[l], numeric_gradient(lambda: net.error(x, t), net.weights[l]),
                               f"dE_dw[{l}]")
        assert_gradients_close(net.dE_db[l], numeric_gradient(lambda: net.error(x, t), net.biases[l]),
                               f"dE_db[{l}]")
    # per-node derivatives belong to each example's own error
    examples = [(x, t)] if x.ndim == 1 else list(zip(x, t))
    for b, (x_b, t_b) in enumerate(examples):
        pick = (lambda a: a) if x.ndim == 1 else (lambda a: a[b])
        for l in range(len(net.sizes) - 1):
            # dE/dy of layer l: the rest of the network fed with y[l]
            tail, y_l = tail_network(net, l), pick(net.y[l]).copy()
            assert_gradients_close(pick(net.dE_dy[l]), numeric_gradient(lambda: tail.error(y_l, t_b), y_l),
                                   f"dE_dy[{l}] of example {b}")
            # dE/dx of layer l + 1: x_j moves one for one with b_j
            single = net.copy()
            assert_gradients_close(pick(net.dE_dx[l + 1]),
                                   numeric_gradient(lambda: single.error(x_b, t_b), single.biases[l]),
                                   f"dE_dx[{l + 1}] of example {b}")
        np.testing.assert_array_equal(pick(net.dE_dx[0]), pick(net.dE_dy[0]))
        if net.error_function.name == "squared":
            np.testing.assert_array_equal(pick(net.dE_dy[-1]), pick(net.y[-1]) - t_b)
        else:   # cross-entropy: dE/dx of the output is exactly y - y_target; dE/dy its own
            np.testing.assert_array_equal(pick(net.dE_dx[-1]), pick(net.y[-1]) - t_b)
            y_L = pick(net.y[-1]).copy()
            assert_gradients_close(pick(net.dE_dy[-1]),
                                   numeric_gradient(lambda: cross_entropy_of_y(y_L, t_b), y_L),
                                   f"dE_dy[-1] of example {b}")


@settings(derandomize=True, max_examples=60, deadline=None)
@given(networks_with_examples())
def test_backprop_matches_finite_differences(case):
    net, x, t = case
    net.forward(x)
    assume(away_from_relu_kinks(net))
    check_backprop(net, x, t)


@pytest.mark.parametrize("activation", ["sigmoid", "tanh", "relu", "leaky_relu", "linear"])
def test_backprop_matches_finite_differences_for_each_activation(activation):
    net, x, t = trained_pair(sizes=(3, 4, 3, 2), activation=activation, batch=3, seed=21)
    net.forward(x)
    assert away_from_relu_kinks(net)
    check_backprop(net, x, t)


@st.composite
def cross_entropy_networks_with_examples(draw):
    """A random network with the cross-entropy error: 2-4 layers, any hidden
    activations, a sigmoid output (one output) or softmax outputs (2-4), with a
    single example or a batch of 1-4 whose targets are probabilities (one-hot
    or spread for softmax)."""
    sizes = draw(st.lists(st.integers(1, 5), min_size=1, max_size=3))
    sizes.append(draw(st.integers(1, 4)))
    hidden = draw(st.lists(st.sampled_from(sorted(ACTIVATIONS)), min_size=len(sizes) - 2,
                           max_size=len(sizes) - 2))
    activation = hidden + ["sigmoid" if sizes[-1] == 1 else "softmax"]
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    batch = draw(st.one_of(st.none(), st.integers(1, 4)))
    shape = (sizes[0],) if batch is None else (batch, sizes[0])
    x = rng.uniform(-2.0, 2.0, shape)
    if sizes[-1] == 1:
        t = rng.uniform(0.0, 1.0, shape[:-1] + (1,))
    elif draw(st.booleans()):
        t = np.eye(sizes[-1])[rng.integers(0, sizes[-1], shape[:-1])]      # one-hot
    else:
        t = rng.dirichlet(np.ones(sizes[-1]), shape[:-1] or None)          # spread
    biases = [rng.normal(0.0, 0.5, n) for n in sizes[1:]]
    net = Network(sizes, activation, seed=draw(st.integers(0, 2**32 - 1)), biases=biases,
                  error="cross_entropy")
    return net, x, t


@settings(derandomize=True, max_examples=60, deadline=None)
@given(cross_entropy_networks_with_examples())
def test_cross_entropy_backprop_matches_finite_differences(case):
    net, x, t = case
    net.forward(x)
    assume(away_from_relu_kinks(net))
    check_backprop(net, x, t)


def test_the_gradient_check_catches_a_wrong_gradient():
    """The check must fail for a gradient that is off by a factor 1 + 1e-4, or
    summed over a batch instead of averaged."""
    net, x, t = trained_pair(batch=2)
    net.forward(x)
    net.backward(t)
    numeric = numeric_gradient(lambda: net.error(x, t), net.weights[0])
    assert_gradients_close(net.dE_dw[0], numeric, "dE_dw[0]")
    with pytest.raises(AssertionError):
        assert_gradients_close(net.dE_dw[0] * (1 + 1e-4), numeric, "dE_dw[0] * (1 + 1e-4)")
    with pytest.raises(AssertionError):
        assert_gradients_close(net.dE_dw[0] * 2, numeric, "dE_dw[0] summed over 2 examples")


class Doubled(Network):
    """A subclass whose backward is wrong: every dE/dw twice what it should be."""

    def backward(self, y_target):
        E = super().backward(y_target)
        self.dE_dw = [2 * dE_dw for dE_dw in self.dE_dw]
        return E


class Labelled(Network):
    """A subclass with an __init__ of its own and an attribute of its own."""

    def __init__(self, label, sizes):
        super().__init__(sizes, "tanh", seed=3)
        self.label = label


@pytest.mark.parametrize("make", [lambda: Doubled([1, 2, 1]), lambda: Doubled([3, 2], "relu", seed=5),
                                  lambda: Labelled("mine", [2, 4, 1])])
def test_a_copy_keeps_the_class_of_the_network_and_its_own_behaviour(make):
    net = make()
    net.forward(np.ones(net.sizes[0]))
    twin = net.copy()
    assert type(twin) is type(net)
    assert twin.x is None                          # no recorded pass comes along
    assert getattr(twin, "label", None) == getattr(net, "label", None)
    x_input, y_target = np.linspace(-1, 1, net.sizes[0]), np.full(net.sizes[-1], 0.3)
    for n in (net, twin):
        n.forward(x_input)
        n.backward(y_target)
    for ours, theirs in zip(net.dE_dw, twin.dE_dw):
        np.testing.assert_array_equal(ours, theirs)  # the copy's backward is the subclass's


def test_a_copy_checks_parameters_changed_by_hand():
    net = Network([2, 2], seed=1)
    net.weights[0][1, 0] = np.nan
    with pytest.raises(ValueError, match=r"weights\[0\] must be finite, got NaN"):
        net.copy()


@pytest.mark.parametrize("array, name", [("weights", r"net\.weights\[0\]"),
                                         ("biases", r"net\.biases\[1\]"),
                                         ("dE_dw", r"net\.dE_dw\[0\]"),
                                         ("dE_db", r"net\.dE_db\[1\]")])
@pytest.mark.parametrize("bad", [np.inf, np.nan])
def test_update_refuses_a_parameter_or_derivative_set_by_hand_to_inf_or_nan(array, name, bad):
    net = demo_network()
    net.forward(DEMO_EXAMPLE[0])
    net.backward(DEMO_EXAMPLE[1])
    k = 0 if array in ("weights", "dE_dw") else 1
    getattr(net, array)[k].flat[0] = bad
    before = [w.copy() for w in net.weights + net.biases]
    with pytest.raises(ValueError, match=name + " must be finite"):
        net.update(1.0)
    for p, q in zip(net.weights + net.biases, before):
        np.testing.assert_array_equal(p, q)
