"""Activation functions: hand-worked values, derivatives against central
finite differences, and a sigmoid that stays finite for any input."""

import math
import warnings

import numpy as np
import pytest

from bp_helpers.activations import (
    ACTIVATIONS,
    LEAKY_SLOPE,
    OUTPUT_ACTIVATIONS,
    Activation,
    get_activation,
)

NAMES = ["sigmoid", "tanh", "relu", "leaky_relu", "linear"]
KINKED = ("relu", "leaky_relu")     # f' does not exist at x = 0
H = 1e-6  # step of the central differences


def central_difference(f, x, h=H):
    """f'(x) ~ (f(x + h) - f(x - h)) / 2h."""
    return (f(x + h) - f(x - h)) / (2 * h)


# --- the registry -------------------------------------------------------------

def test_the_lesson_activations_and_leaky_relu_are_registered():
    assert sorted(ACTIVATIONS) == sorted(NAMES)
    assert sorted(OUTPUT_ACTIVATIONS) == ["softmax"]


@pytest.mark.parametrize("name", NAMES)
def test_get_activation_returns_the_named_activation(name):
    activation = get_activation(name)
    assert isinstance(activation, Activation)
    assert activation.name == name
    assert activation is ACTIVATIONS[name]
    assert repr(activation) == f"Activation({name!r})"
    assert activation.formula.startswith("f(x)")
    assert activation.derivative_formula.startswith("f'(x)")


def test_get_activation_rejects_an_unknown_name():
    with pytest.raises(ValueError, match=r"activation must be one of .*'tanh'.* \(or 'softmax' for "
                                         r"the output layer\), got 'softplus'"):
        get_activation("softplus")


def test_get_activation_knows_softmax_for_the_output_layer():
    softmax = get_activation("softmax")
    assert softmax is OUTPUT_ACTIVATIONS["softmax"] and softmax.name == "softmax"
    with pytest.raises(ValueError, match="softmax has no derivative node by node"):
        softmax.df(np.zeros(2), np.full(2, 0.5))


@pytest.mark.parametrize("bad", [None, 1, ["sigmoid"], ACTIVATIONS["tanh"]])
def test_get_activation_rejects_a_non_string(bad):
    with pytest.raises(TypeError, match="activation must be a name"):
        get_activation(bad)


# --- hand-worked values -------------------------------------------------------

def test_sigmoid_by_hand():
    sigmoid = ACTIVATIONS["sigmoid"]
    # f(0) = 1 / (1 + e^0) = 1/2;  f'(0) = f(0) (1 - f(0)) = 1/2 * 1/2 = 1/4
    assert sigmoid.f(0.0) == 0.5
    assert sigmoid.df(0.0, 0.5) == 0.25
    # f(ln 3) = 1 / (1 + 1/3) = 3/4;  f'(ln 3) = 3/4 * 1/4 = 3/16
    assert sigmoid.f(math.log(3.0)) == pytest.approx(0.75, abs=1e-15)
    assert sigmoid.df(math.log(3.0), 0.75) == 3 / 16
    # the demo's node 2: x_2 = 0.9, y_2 = 1 / (1 + e^-0.9) = 0.7109495026...
    assert sigmoid.f(0.9) == pytest.approx(0.7109495026250039, abs=1e-15)
    # symmetry f(-x) = 1 - f(x)
    x = np.linspace(-5.0, 5.0, 21)
    np.testing.assert_allclose(sigmoid.f(-x), 1.0 - sigmoid.f(x), rtol=0, atol=1e-15)


def test_tanh_by_hand():
    tanh = ACTIVATIONS["tanh"]
    # tanh(0) = 0, tanh'(0) = 1 - 0^2 = 1
    assert tanh.f(0.0) == 0.0
    assert tanh.df(0.0, 0.0) == 1.0
    # tanh(ln 2) = (2 - 1/2) / (2 + 1/2) = 0.6;  tanh'(ln 2) = 1 - 0.36 = 0.64
    assert tanh.f(math.log(2.0)) == pytest.approx(0.6, abs=1e-15)
    assert tanh.df(math.log(2.0), 0.6) == pytest.approx(0.64, abs=1e-15)


def test_relu_by_hand():
    relu = ACTIVATIONS["relu"]
    x = np.array([-2.0, -1e-9, 0.0, 1e-9, 3.0])
    y = relu.f(x)
    np.testing.assert_array_equal(y, [0.0, 0.0, 0.0, 1e-9, 3.0])
    # slope 0 on the left, 1 on the right, and (by the documented choice) 0 at the kink
    np.testing.assert_array_equal(relu.df(x, y), [0.0, 0.0, 0.0, 1.0, 1.0])


def test_leaky_relu_by_hand():
    leaky_relu = ACTIVATIONS["leaky_relu"]
    assert LEAKY_SLOPE == 0.01
    x = np.array([-2.0, -1e-9, 0.0, 1e-9, 3.0])
    y = leaky_relu.f(x)
    # 0.01 * -2 = -0.02, 0.01 * -1e-9 = -1e-11, 0 stays 0, x itself for x > 0
    np.testing.assert_allclose(y, [-0.02, -1e-11, 0.0, 1e-9, 3.0], rtol=1e-15, atol=0)
    # slope 0.01 on the left, 1 on the right, and (by the documented choice) 0.01 at the kink
    np.testing.assert_array_equal(leaky_relu.df(x, y), [0.01, 0.01, 0.01, 1.0, 1.0])


TORCH_MISSING = "PyTorch is not installed here: the comparison with torch runs where it is"


def test_leaky_relu_is_torchs():
    torch = pytest.importorskip("torch", reason=TORCH_MISSING)
    leaky_relu = ACTIVATIONS["leaky_relu"]
    x = np.concatenate([np.linspace(-5.0, 5.0, 101), [-1e-9, 1e-9]])
    x = x[x != 0.0]                                 # torch's slope at the kink is its own choice
    x_torch = torch.tensor(x, dtype=torch.float64, requires_grad=True)
    y_torch = torch.nn.LeakyReLU(LEAKY_SLOPE)(x_torch)
    y_torch.sum().backward()                        # d(sum y)/dx_k = f'(x_k)
    y = leaky_relu.f(x)
    np.testing.assert_array_equal(y, y_torch.detach().numpy())
    np.testing.assert_array_equal(leaky_relu.df(x, y), x_torch.grad.numpy())


def test_linear_by_hand():
    linear = ACTIVATIONS["linear"]
    x = np.array([-2.5, 0.0, 7.0])
    np.testing.assert_array_equal(linear.f(x), x)
    np.testing.assert_array_equal(linear.df(x, x), [1.0, 1.0, 1.0])


# --- derivatives against finite differences ------------------------------------

@pytest.mark.parametrize("name", NAMES)
def test_derivative_matches_central_differences(name):
    activation = ACTIVATIONS[name]
    x = np.linspace(-4.0, 4.0, 161)
    if name in KINKED:
        x = x[np.abs(x) > 1e-3]  # f' does not exist at the kink x = 0
    analytic = activation.df(x, activation.f(x))
    numeric = central_difference(activation.f, x)
    np.testing.assert_allclose(analytic, numeric, rtol=1e-6, atol=1e-9)


@pytest.mark.parametrize("name", NAMES)
def test_activation_keeps_the_shape_of_a_batch(name):
    activation = ACTIVATIONS[name]
    x = np.arange(-6.0, 6.0).reshape(3, 4) / 2
    y = activation.f(x)
    assert y.shape == (3, 4)
    assert activation.df(x, y).shape == (3, 4)
    assert y.dtype == np.float64


# --- numerical stability of the sigmoid ------------------------------------------

HUGE = np.array([-1e300, -1e6, -1000.0, 1000.0, 1e6, 1e300])


def test_sigmoid_never_overflows_nor_warns_at_huge_inputs():
    sigmoid = ACTIVATIONS["sigmoid"]
    # Every warning is an error, and overflow / invalid operation / division by
    # zero raise.  Underflow is allowed on purpose: e^(-1e6) rounds to exactly 0
    # (that rounding IS the exact limit asked for below), and NumPy ignores
    # underflow by default.  A 1 / (1 + np.exp(-x)) sigmoid fails this test
    # with "overflow encountered in exp" at x = -1e6.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with np.errstate(over="raise", invalid="raise", divide="raise"):
            y = sigmoid.f(HUGE)
            f_prime = sigmoid.df(HUGE, y)
            scalars = [sigmoid.f(float(x)) for x in HUGE]
    assert not np.isnan(y).any()
    np.testing.assert_array_equal(y, [0.0, 0.0, 0.0, 1.0, 1.0, 1.0])
    np.testing.assert_array_equal(f_prime, np.zeros(6))
    assert scalars == [0.0, 0.0, 0.0, 1.0, 1.0, 1.0]


def test_sigmoid_does_not_warn_with_numpy_defaults():
    sigmoid = ACTIVATIONS["sigmoid"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        y = sigmoid.f(HUGE)
    np.testing.assert_array_equal(y, [0.0, 0.0, 0.0, 1.0, 1.0, 1.0])


def test_sigmoid_is_still_accurate_in_the_tails():
    sigmoid = ACTIVATIONS["sigmoid"]
    # f(-30) = 1 / (1 + e^30) ~ e^-30: the left tail keeps its relative precision
    assert sigmoid.f(-30.0) == pytest.approx(1.0 / (1.0 + math.exp(30.0)), rel=1e-14)
    assert sigmoid.f(-700.0) == pytest.approx(math.exp(-700.0), rel=1e-12)
    assert 0.0 < sigmoid.f(-700.0)


@pytest.mark.parametrize("name", ["tanh", "relu", "leaky_relu", "linear"])
def test_other_activations_stay_finite_at_huge_inputs(name):
    activation = ACTIVATIONS[name]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with np.errstate(over="raise", invalid="raise", divide="raise"):
            y = activation.f(HUGE)
            f_prime = activation.df(HUGE, y)
    assert np.isfinite(y).all()
    assert np.isfinite(f_prime).all()


# --- plain floats, 0-d and n-d arrays ------------------------------------------

# (name, x, f(x), f'(x)), worked by hand: sigmoid(0) = 1/2, f'(0) = 1/2 * 1/2;
# sigmoid(2) = 1 / (1 + e^-2), f' = s (1 - s); tanh(0.5) from math.tanh,
# f' = 1 - tanh^2; relu: max(0, x), f' = 1 for x > 0 else 0 (0 at the kink);
# leaky_relu: x for x > 0, else 0.01 x (2 -> 2, -1.5 -> -0.015, 0 -> 0), f' = 1 for
# x > 0 else 0.01 (0.01 at the kink); linear: x and 1.
S2 = 1 / (1 + math.exp(-2.0))
T05 = math.tanh(0.5)
BY_HAND = [
    ("sigmoid", 0.0, 0.5, 0.25), ("sigmoid", 2.0, S2, S2 * (1 - S2)),
    ("tanh", 0.0, 0.0, 1.0), ("tanh", 0.5, T05, 1 - T05 ** 2),
    ("relu", 2.0, 2.0, 1.0), ("relu", -1.5, 0.0, 0.0), ("relu", 0.0, 0.0, 0.0),
    ("leaky_relu", 2.0, 2.0, 1.0), ("leaky_relu", -1.5, -0.015, 0.01), ("leaky_relu", 0.0, 0.0, 0.01),
    ("linear", 2.0, 2.0, 1.0), ("linear", -1.5, -1.5, 1.0),
]


@pytest.mark.parametrize("name, x, y, dy", BY_HAND)
def test_f_and_df_take_a_plain_float(name, x, y, dy):
    activation = get_activation(name)
    assert float(activation.f(x)) == pytest.approx(y, rel=1e-12, abs=1e-15)
    assert float(activation.df(x, y)) == pytest.approx(dy, rel=1e-12, abs=1e-15)


@pytest.mark.parametrize("name, x, y, dy", BY_HAND)
def test_f_and_df_take_a_0d_array(name, x, y, dy):
    activation = get_activation(name)
    assert float(activation.f(np.array(x))) == pytest.approx(y, rel=1e-12, abs=1e-15)
    assert float(activation.df(np.array(x), np.array(y))) == pytest.approx(dy, rel=1e-12, abs=1e-15)


@pytest.mark.parametrize("name", NAMES)
def test_f_and_df_take_an_nd_array(name):
    cases = [(x, y, dy) for n, x, y, dy in BY_HAND if n == name]
    x = np.array([[c[0] for c in cases]] * 2)       # shape (2, k)
    y = np.array([[c[1] for c in cases]] * 2)
    dy = np.array([[c[2] for c in cases]] * 2)
    activation = get_activation(name)
    np.testing.assert_allclose(activation.f(x), y, rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(activation.df(x, y), dy, rtol=1e-12, atol=1e-15)
    assert activation.df(x, y).shape == x.shape
