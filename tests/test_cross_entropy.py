"""The cross-entropy error (errors.py) and softmax: hand-worked numbers, exact
dE/dx = y - y_target at the output, stability where y rounds to 0 or 1, clear
errors, every entry point honouring it, the step record's formulas, and torch
as an oracle where it is installed.  Finite differences on random networks
are in test_network.py (test_cross_entropy_backprop_matches_finite_differences)."""

import math
import warnings

import numpy as np
import pytest

from bp_helpers import Network, formulas, gradcheck, train
from bp_helpers.activations import get_activation
from bp_helpers.error_surface import grid_errors
from bp_helpers.errors import ERRORS, get_error
from bp_helpers.rate_sweep import train_rates
from bp_helpers.steps import trace

TORCH_MISSING = "PyTorch is not installed here: the comparison with torch runs where it is"
LN2, LN3 = math.log(2.0), math.log(3.0)


def one_node(error="cross_entropy", w=0.0, b=0.0):
    """The smallest network: one input, one sigmoid output, x = w x_input + b."""
    return Network([1, 1], "sigmoid", weights=[[[w]]], biases=[[b]], error=error)


def two_softmax_outputs(b0=0.0, b1=LN3):
    """One input, two softmax outputs; with weights 0 their x are the biases."""
    return Network([1, 2], "softmax", weights=[[[0.0, 0.0]]], biases=[[b0, b1]],
                   error="cross_entropy")


# --- hand-worked numbers -------------------------------------------------------------

def test_binary_cross_entropy_by_hand_at_one_half():
    # x = 0 * 1 + 0 = 0, y = 1 / (1 + e^0) = 1/2, t = 1:
    # E = -[1 ln(1/2) + 0 ln(1/2)] = ln 2;  dE/dx = y - t = -1/2;
    # dE/dy = (y - t) / (y (1 - y)) = -0.5 / 0.25 = -2;  dE/dw = x_input dE/dx = -1/2
    net = one_node()
    net.forward([1.0])
    assert net.backward([1.0]) == pytest.approx(LN2, rel=1e-15)
    assert net.dE_dx[1][0] == -0.5 and net.dE_dy[1][0] == -2.0
    assert net.dE_dw[0][0, 0] == -0.5 and net.dE_db[0][0] == -0.5


def test_binary_cross_entropy_by_hand_at_three_quarters():
    # x = ln 3, y = 1 / (1 + 1/3) = 3/4, t = 1/4:
    # E = -[1/4 ln(3/4) + 3/4 ln(1/4)] = 1/4 (ln 4 - ln 3) + 3/4 ln 4 = ln 4 - (ln 3) / 4
    #   = 1.386294 - 0.274653 = 1.111641;  dE/dx = 3/4 - 1/4 = 1/2
    net = one_node(b=LN3)
    net.forward([1.0])
    assert net.backward([0.25]) == pytest.approx(2 * LN2 - LN3 / 4, rel=1e-14)
    assert net.dE_dx[1][0] == pytest.approx(0.5, rel=1e-15)
    # dE/dy = (3/4 - 1/4) / (3/4 * 1/4) = 0.5 / (3/16) = 8/3
    assert net.dE_dy[1][0] == pytest.approx(8 / 3, rel=1e-14)


def test_softmax_cross_entropy_by_hand():
    # x = (0, ln 3): y = (1, 3) / (1 + 3) = (1/4, 3/4); t = (0, 1):
    # E = -[0 ln(1/4) + 1 ln(3/4)] = ln 4 - ln 3 = 0.287682;
    # dE/dx = y - t = (1/4, -1/4);  dE/dy = -t / y = (0, -4/3)
    net = two_softmax_outputs()
    np.testing.assert_allclose(net.forward([1.0]), [0.25, 0.75], rtol=1e-15)
    assert net.backward([0.0, 1.0]) == pytest.approx(2 * LN2 - LN3, rel=1e-14)
    np.testing.assert_allclose(net.dE_dx[1], [0.25, -0.25], rtol=1e-15)
    np.testing.assert_allclose(net.dE_dy[1], [0.0, -4 / 3], rtol=1e-15)


def test_a_batch_error_is_the_mean_of_its_examples_as_for_squared_error():
    # the two one-node examples above, in one batch: x_input 1 with b = 0 gives
    # x = 0 (E = ln 2 for t = 1) and x_input 0 with w = ln 3 gives... x = 0 too, so
    # take w = ln 3, b = 0: x = (ln 3, 0), t = (1/4, 1):
    # E = mean(ln 4 - (ln 3) / 4, ln 2); dE/dw = mean(x_input dE/dx) = mean(1 * 1/2, 0 * -1/2)
    net = one_node(w=LN3)
    net.forward([[1.0], [0.0]])
    E = net.backward([[0.25], [1.0]])
    assert E == pytest.approx(((2 * LN2 - LN3 / 4) + LN2) / 2, rel=1e-14)
    assert net.dE_dw[0][0, 0] == pytest.approx(0.25, rel=1e-15)
    assert net.dE_db[0][0] == pytest.approx((0.5 - 0.5) / 2, abs=1e-16)


def test_the_formulas_agree_with_cross_entropy_written_in_y():
    rng = np.random.default_rng(3)
    x = rng.normal(0.0, 2.0, (5, 4))
    t = rng.dirichlet(np.ones(4), 5)
    y = get_activation("softmax").f(x)
    np.testing.assert_allclose(y.sum(axis=-1), 1.0, rtol=1e-15)
    assert formulas.softmax_cross_entropy(x, t) == pytest.approx(
        -(t * np.log(y)).sum(axis=-1).mean(), rel=1e-13)
    x1, t1 = x[:, :1], rng.uniform(0.0, 1.0, (5, 1))
    y1 = get_activation("sigmoid").f(x1)
    assert formulas.binary_cross_entropy(x1, t1) == pytest.approx(
        -(t1 * np.log(y1) + (1 - t1) * np.log(1 - y1)).sum(axis=-1).mean(), rel=1e-13)


# --- y of exactly 0 or 1: never inf, NaN or a warning --------------------------------

@pytest.mark.parametrize("make, x_input, t, E", [
    # x = 800: y rounds to exactly 1; E = ln(1 + e^800) - 0 * 800 = 800 (to 1e-300)
    (lambda: one_node(w=800.0), [1.0], [0.0], 800.0),
    (lambda: one_node(w=-800.0), [1.0], [1.0], 800.0),
    # x = (0, 1000): y = (0, 1) exactly; E = -ln y_0 = 1000 - 0 + ln(1 + e^-1000) = 1000
    (lambda: two_softmax_outputs(0.0, 1000.0), [1.0], [1.0, 0.0], 1000.0),
])
def test_saturated_outputs_give_finite_numbers_without_warnings(make, x_input, t, E):
    net = make()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with np.errstate(over="raise", invalid="raise", divide="raise"):
            y = net.forward(x_input)
            assert ((y == 0.0) | (y == 1.0)).all()          # saturated, as meant
            assert net.backward(t) == E and net.error(x_input, t) == E
    for arrays in (net.dE_dy, net.dE_dx, net.dE_dw, net.dE_db):
        assert all(np.isfinite(a).all() for a in arrays)
    np.testing.assert_array_equal(net.dE_dx[-1], y - np.array(t))


def test_softmax_of_huge_inputs_does_not_overflow():
    softmax = get_activation("softmax")
    with np.errstate(over="raise", invalid="raise"):
        y = softmax.f(np.array([[1e300, 0.0, -1e300], [800.0, 800.0, 0.0]]))
    np.testing.assert_array_equal(y, [[1.0, 0.0, 0.0], [0.5, 0.5, 0.0]])


# --- clear errors -------------------------------------------------------------------------

@pytest.mark.parametrize("sizes, activation, error, kind, match", [
    ([2, 3, 1], "tanh", "cross_entropy", ValueError,
     r"error='cross_entropy' with one output needs the output activation 'sigmoid', "
     r"got activation 'tanh'"),
    ([2, 3, 1], ["tanh", "softmax"], "cross_entropy", ValueError,
     r"with one output needs the output activation 'sigmoid', got activation 'softmax'"),
    ([2, 3, 2], ["tanh", "sigmoid"], "cross_entropy", ValueError,
     r"error='cross_entropy' with 2 outputs needs the output activation 'softmax', "
     r"got activation 'sigmoid'"),
    ([2, 3, 2], ["softmax", "softmax"], "cross_entropy", ValueError,
     r"activation 'softmax' is for the output layer only, got it for layer 1"),
    ([2, 3, 2], ["tanh", "softmax"], "squared", ValueError,
     r"activation 'softmax' on the output layer needs error='cross_entropy', got error='squared'"),
    ([2, 1], "sigmoid", "bce", ValueError, r"error must be one of \['cross_entropy', 'squared'\], got 'bce'"),
    ([2, 1], "sigmoid", 1, TypeError, r"error must be a name .* got int 1"),
])
def test_an_error_and_activation_that_do_not_pair_are_refused(sizes, activation, error, kind, match):
    with pytest.raises(kind, match=match):
        Network(sizes, activation, error=error)


@pytest.mark.parametrize("sizes, activation, t, match", [
    ([1, 1], "sigmoid", [1.5], r"y_target must be probabilities from 0 to 1"),
    ([1, 1], "sigmoid", [-0.1], r"y_target must be probabilities from 0 to 1"),
    ([1, 2], "softmax", [0.5, 0.6], r"y_target must have rows that sum to 1"),
    ([1, 2], "softmax", [[1.0, 0.0], [0.3, 0.3]], r"y_target must have rows that sum to 1"),
])
def test_targets_that_are_not_probabilities_are_refused(sizes, activation, t, match):
    net = Network(sizes, activation, error="cross_entropy")
    x = np.ones((len(t), 1)) if np.ndim(t) == 2 else [1.0]
    net.forward(x)
    with pytest.raises(ValueError, match=match):
        net.backward(t)
    with pytest.raises(ValueError, match=match):
        net.error(x, t)
    with pytest.raises(ValueError, match=match.replace("y_target", "T")):
        train(net, np.atleast_2d(x), np.atleast_2d(t), 0.1, 1)
    with pytest.raises(ValueError, match=match.replace("y_target", "T")):
        train_rates(net, np.atleast_2d(x), np.atleast_2d(t), [0.1], 1)


def test_squared_error_takes_any_targets_as_before():
    net = one_node(error="squared")         # y = 1/2
    net.forward([1.0])
    assert net.backward([1.5]) == pytest.approx(0.5 * (0.5 - 1.5) ** 2)


def test_the_error_functions_are_named():
    assert get_error("squared") is ERRORS["squared"] and repr(ERRORS["squared"]) == "ErrorFunction('squared')"
    assert get_error("cross_entropy").name == "cross_entropy"


# --- every entry point honours it ----------------------------------------------------------

def softmax_data(seed=0, N=12):
    rng = np.random.default_rng(seed)
    X = rng.uniform(-1.0, 1.0, (N, 2))
    T = np.eye(3)[(X[:, 0] > 0).astype(int) + (X[:, 1] > 0.3).astype(int)]
    return X, T


def test_repr_copy_predict_and_error_honour_it():
    net = Network([2, 4, 3], ["leaky_relu", "softmax"], error="cross_entropy")
    assert repr(net) == "Network([2, 4, 3], activation=['leaky_relu', 'softmax'], error='cross_entropy')"
    assert repr(Network([2, 1])) == "Network([2, 1], activation='sigmoid')"     # as before
    twin = net.copy()
    assert twin.error_function is net.error_function
    X, T = softmax_data()
    y = net.predict(X)
    np.testing.assert_allclose(y.sum(axis=-1), 1.0, rtol=1e-15)
    net.forward(X)
    assert net.error(X, T) == net.backward(T) == twin.error(X, T)
    assert net.error(X, T) == pytest.approx(-(T * np.log(y)).sum(axis=-1).mean(), rel=1e-13)


def test_train_lowers_cross_entropy_and_the_rate_sweep_trains_as_train_does():
    X, T = softmax_data()
    net = Network([2, 5, 3], ["tanh", "softmax"], seed=2, error="cross_entropy")
    sweep = train_rates(net, X, T, [0.1, 1.0], 50, batch_size=4)
    for rate, result, trained in zip([0.1, 1.0], sweep.results, sweep.nets):
        alone = net.copy()
        expected = train(alone, X, T, rate, 50, batch_size=4)
        assert expected.final_error < expected.initial_error
        np.testing.assert_allclose(result.errors, expected.errors, rtol=1e-12, atol=0)
        for ours, theirs in zip(trained.weights + trained.biases, alone.weights + alone.biases):
            np.testing.assert_allclose(ours, theirs, rtol=1e-12, atol=0)
        assert trained.error_function is net.error_function


@pytest.mark.parametrize("make, t", [
    (lambda: Network([2, 3, 1], ["leaky_relu", "sigmoid"], seed=4, error="cross_entropy"),
     [[0.2], [1.0], [0.0]]),
    (lambda: Network([2, 3, 3], ["tanh", "softmax"], seed=4, error="cross_entropy"),
     [[0.2, 0.3, 0.5], [1.0, 0.0, 0.0], [0.0, 0.0, 1.0]]),
])
def test_gradcheck_passes_for_cross_entropy(make, t):
    x = np.random.default_rng(5).uniform(-1.0, 1.0, (3, 2))
    result = gradcheck(make(), x, t)
    assert result.passed(), str(result)


def test_the_error_surface_uses_the_networks_error():
    X, T = softmax_data()
    net = Network([2, 3], "softmax", seed=1, error="cross_entropy")
    w = net.weights[0][0, 1]
    E, _ = grid_errors(net, X, T, [("edge", 0, 0, 1), ("bias", 1, 2)], [w], [0.0])
    assert E[0, 0] == pytest.approx(net.error(X, T), rel=1e-15)


# --- the step record -------------------------------------------------------------------

def test_the_record_writes_cross_entropy_for_one_sigmoid_output():
    record = trace(one_node(b=LN3), [1.0], [0.25], 1.0)
    [error] = [s for s in record if s.quantity == "E"]
    assert error.formula == (r"E = -\left[y_{\text{target}} \ln y_{2} + "
                             r"(1 - y_{\text{target}}) \ln(1 - y_{2})\right]")
    # ln(1 - y) is written with the number 1 - y = 0.250
    assert error.substituted == (r"E = -\left[0.250 \cdot \ln 0.750 + (1 - 0.250) \cdot "
                                 r"\ln 0.250\right] = 1.11")
    [dE_dy, dE_dx] = [s for s in record if s.target == ("node", 1, 0)
                      and s.quantity in ("dE_dy", "dE_dx")]
    assert dE_dy.formula == r"\frac{dE}{dy_{2}} = \frac{y_{2} - y_{\text{target}}}{y_{2}\,(1 - y_{2})}"
    assert dE_dy.substituted == r"\frac{dE}{dy_{2}} = \frac{0.750 - 0.250}{0.750 \cdot (1 - 0.750)} = 2.67"
    assert dE_dx.formula == r"\frac{dE}{dx_{2}} = y_{2} - y_{\text{target}}"
    assert dE_dx.substituted == r"\frac{dE}{dx_{2}} = 0.750 - 0.250 = 0.500"
    assert dE_dx.value == pytest.approx(0.5, rel=1e-15)
    assert dE_dx.title == "dE/dx of output node 2: y - y_target (cross-entropy with sigmoid)"


def test_the_record_writes_cross_entropy_for_softmax_outputs():
    record = trace(two_softmax_outputs(), [1.0], [0.0, 1.0], 1.0)
    by = {(s.quantity, s.target): s for s in record}
    assert by["E", ("error",)].formula == (r"E = -\left[y_{\text{target},2} \ln y_{2} + "
                                           r"y_{\text{target},3} \ln y_{3}\right]")
    assert by["E", ("error",)].substituted == (r"E = -\left[0.00 \cdot \ln 0.250 + 1.00 \cdot "
                                               r"\ln 0.750\right] = 0.288")
    assert by["y", ("node", 1, 1)].formula == r"y_{3} = f(x_{3}) = \frac{\exp(x_{3})}{\exp(x_{2}) + \exp(x_{3})}"
    assert by["y", ("node", 1, 1)].substituted == r"y_{3} = \frac{\exp(1.10)}{\exp(0.00) + \exp(1.10)} = 0.750"
    assert by["dE_dy", ("node", 1, 1)].substituted == r"\frac{dE}{dy_{3}} = -\frac{1.00}{0.750} = -1.33"
    assert by["dE_dx", ("node", 1, 1)].substituted == r"\frac{dE}{dx_{3}} = 0.750 - 1.00 = -0.250"
    assert by["dE_dx", ("node", 1, 0)].value == pytest.approx(0.25, rel=1e-15)


@pytest.mark.parametrize("make, t, substituted", [
    # x = -800: y = e^-800 / (1 + e^-800) = 3.67e-348 (a float holds 0), 1 - y rounds to 1
    (lambda: one_node(w=-800.0), [1.0],
     r"E = -\left[1.00 \cdot \ln(3.67 \times 10^{-348}) + (1 - 1.00) \cdot \ln 1.00\right] = 800"),
    # x = 800: 1 - y = 3.67e-348
    (lambda: one_node(w=800.0), [0.0],
     r"E = -\left[0.00 \cdot \ln 1.00 + (1 - 0.00) \cdot \ln(3.67 \times 10^{-348})\right] = 800"),
    # x = (0, 800): y_2 = e^-800 / (1 + e^-800)
    (lambda: two_softmax_outputs(0.0, 800.0), [1.0, 0.0],
     r"E = -\left[1.00 \cdot \ln(3.67 \times 10^{-348}) + 0.00 \cdot \ln 1.00\right] = 800"),
])
def test_the_record_writes_the_log_of_a_saturated_output_never_ln_0(make, t, substituted):
    [error] = [s for s in trace(make(), [1.0], t, 1.0) if s.quantity == "E"]
    assert error.substituted == substituted


def test_every_cross_entropy_formula_is_drawn():
    from bp_helpers.pictures.formula_images import formula_figure
    for net, t in [(Network([1, 2, 1], ["leaky_relu", "sigmoid"], error="cross_entropy"), [0.9]),
                   (Network([1, 2, 2], ["tanh", "softmax"], error="cross_entropy"), [0.0, 1.0])]:
        for step in trace(net, [1.0], t, 0.5):
            formula_figure(step.formula, step.substituted)


# --- torch as an oracle ------------------------------------------------------------------------

TORCH_ACTIVATIONS = {"sigmoid": "Sigmoid", "tanh": "Tanh", "relu": "ReLU", "linear": "Identity"}


def torch_error_and_gradients(net, X, T):
    """E and every dE/dw, dE/db of ``net`` on the batch (X, T), by torch autograd: the
    forward pass in torch, then nn.BCELoss (one sigmoid output) or nn.CrossEntropyLoss
    on the output's total inputs (softmax), both with reduction="sum", divided by the
    batch size B (our E is the mean over examples of the sum over outputs)."""
    torch = pytest.importorskip("torch", reason=TORCH_MISSING)
    nn = torch.nn
    w = [torch.tensor(a, dtype=torch.float64, requires_grad=True) for a in net.weights]
    b = [torch.tensor(a, dtype=torch.float64, requires_grad=True) for a in net.biases]
    y = torch.tensor(X, dtype=torch.float64)
    for l, name in enumerate(net.activation_names):
        x = y @ w[l] + b[l]
        if name == "leaky_relu":
            y = nn.LeakyReLU(0.01)(x)
        elif name != "softmax":
            y = getattr(nn, TORCH_ACTIVATIONS[name])()(x)
    target = torch.tensor(T, dtype=torch.float64)
    if net.activation_names[-1] == "softmax":
        E = nn.CrossEntropyLoss(reduction="sum")(x, target) / len(X)
    else:
        E = nn.BCELoss(reduction="sum")(y, target) / len(X)
    E.backward()
    return float(E.detach()), [p.grad.numpy() for p in w], [p.grad.numpy() for p in b]


@pytest.mark.parametrize("make, T", [
    (lambda: Network([3, 4, 1], ["leaky_relu", "sigmoid"], seed=7, error="cross_entropy"),
     [[0.0], [1.0], [0.3], [0.9]]),
    (lambda: Network([3, 4, 3, 1], ["tanh", "relu", "sigmoid"], seed=8, error="cross_entropy"),
     [[1.0], [0.0], [0.5], [0.25]]),
    (lambda: Network([3, 5, 4], ["leaky_relu", "softmax"], seed=9, error="cross_entropy"),
     [[1, 0, 0, 0], [0, 0, 1, 0], [0.1, 0.2, 0.3, 0.4], [0, 0, 0, 1]]),
])
def test_error_and_gradients_are_torchs(make, T):
    net = make()
    X = np.random.default_rng(11).uniform(-1.5, 1.5, (4, 3))
    T = np.array(T, dtype=float)
    E_torch, dE_dw_torch, dE_db_torch = torch_error_and_gradients(net, X, T)
    net.forward(X)
    assert net.backward(T) == pytest.approx(E_torch, rel=1e-13)
    for ours, theirs in zip(net.dE_dw + net.dE_db, dE_dw_torch + dE_db_torch):
        np.testing.assert_allclose(ours, theirs, rtol=1e-11, atol=1e-15)
