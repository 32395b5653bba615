"""Plain gradient descent, momentum and Adam: against hand-worked numbers and against PyTorch."""

import warnings
from fractions import Fraction

import numpy as np
import pytest

from bp_helpers import DEMO_EXAMPLE, demo_network
from bp_helpers.error_surface import descent_path, error_surface
from bp_helpers.network import Overflow
from bp_helpers.optimisers import Adam, GradientDescent, Momentum

# The same start and the same three gradients for every optimiser.
W0 = np.array([1.0, -2.0])
G1, G2, G3 = np.array([0.5, -1.0]), np.array([0.25, 0.5]), np.array([-0.5, 0.5])


def steps(optimiser, gradients):
    """The points after each step of ``optimiser`` from ``W0`` with ``gradients``."""
    w, points = W0, []
    for gradient in gradients:
        w = optimiser.step(w, gradient)
        points.append(w)
    return np.array(points)


def test_gradient_descent_by_hand():
    # alpha = 0.1:  w <- w - alpha dE/dw
    # step 1: (1, -2) - 0.1 (0.5, -1)      = (0.95, -1.9)
    # step 2: (0.95, -1.9) - 0.1 (0.25, 0.5) = (0.925, -1.95)
    first, second = steps(GradientDescent(0.1), [G1, G2])
    assert first == pytest.approx([0.95, -1.9], abs=1e-15)
    assert second == pytest.approx([0.925, -1.95], abs=1e-15)


def test_momentum_by_hand():
    # alpha = 0.1, beta = 0.9:  v <- beta v + dE/dw,  w <- w - alpha v   (v starts at 0)
    # step 1: v = (0.5, -1)                               w = (1 - 0.05, -2 + 0.1)    = (0.95, -1.9)
    # step 2: v = 0.9 (0.5, -1) + (0.25, 0.5) = (0.7, -0.4)   w = (0.95 - 0.07, -1.9 + 0.04) = (0.88, -1.86)
    # step 3: v = 0.9 (0.7, -0.4) + (-0.5, 0.5) = (0.13, 0.14) w = (0.88 - 0.013, -1.86 - 0.014)
    #                                                         = (0.867, -1.874)
    optimiser = Momentum(0.1, momentum=0.9)
    first, second, third = steps(optimiser, [G1, G2, G3])
    assert first == pytest.approx([0.95, -1.9], abs=1e-15)
    assert second == pytest.approx([0.88, -1.86], abs=1e-15)
    assert third == pytest.approx([0.867, -1.874], abs=1e-15)
    assert optimiser.v == pytest.approx([0.13, 0.14], abs=1e-15)


def test_adam_by_hand():
    # alpha = 0.1, beta1 = 0.9, beta2 = 0.999, eps = 1e-8
    # step 1 (t = 1): m = 0.1 (0.5, -1) = (0.05, -0.1);  v = 0.001 (0.25, 1) = (0.00025, 0.001)
    #   m_hat = m / 0.1 = (0.5, -1);  v_hat = v / 0.001 = (0.25, 1);  sqrt(v_hat) = (0.5, 1)
    #   w = (1, -2) - 0.1 (0.5 / 0.5, -1 / 1) = (0.9, -1.9)     (eps changes it by 2e-9)
    # step 2 (t = 2): m = 0.9 (0.05, -0.1) + 0.1 (0.25, 0.5) = (0.07, -0.04)
    #   v = 0.999 (0.00025, 0.001) + 0.001 (0.0625, 0.25) = (0.00031225, 0.001249)
    #   m_hat = m / (1 - 0.81) = (0.368421, -0.210526)
    #   v_hat = v / (1 - 0.998001) = (0.156203, 0.624812);  sqrt(v_hat) = (0.395225, 0.790451)
    #   w = (0.9, -1.9) - 0.1 (0.368421 / 0.395225, -0.210526 / 0.790451)
    #     = (0.9 - 0.093218, -1.9 + 0.026634) = (0.806782, -1.873366)
    optimiser = Adam(0.1)
    first, second = steps(optimiser, [G1, G2])
    assert first == pytest.approx([0.9, -1.9], abs=1e-8)
    assert optimiser.m == pytest.approx([0.07, -0.04], abs=1e-15)
    assert optimiser.v == pytest.approx([0.00031225, 0.001249], abs=1e-15)
    assert second == pytest.approx([0.806782, -1.873366], abs=1e-6)


def test_momentum_zero_is_plain_gradient_descent():
    assert steps(Momentum(0.3, momentum=0.0), [G1, G2, G3]) == \
        pytest.approx(steps(GradientDescent(0.3), [G1, G2, G3]), abs=1e-15)


def test_a_step_makes_a_new_array_and_leaves_its_arguments():
    w, gradient = W0.copy(), G1.copy()
    new = Adam(0.1).step(w, gradient)
    assert new is not w and np.array_equal(w, W0) and np.array_equal(gradient, G1)


def test_the_optimisers_describe_themselves():
    assert str(GradientDescent(0.5)) == "gradient descent (α = 0.5)"
    assert str(Momentum(0.5, 0.9)) == "momentum (α = 0.5, β = 0.9)"
    assert str(Adam(0.01)) == "Adam (α = 0.01)"


@pytest.mark.parametrize("momentum, beta", [
    (0.99, "0.99"), (0.5, "0.5"), (0.0, "0"), (np.float32(0.25), "0.25"),
    (0.123456, "0.123"),                       # 3 significant digits ...
    (1e-9, "1e-09"), (2.5e-5, "2.5e-05"),      # ... scientific below 0.0001
    (0.9999, "0.9999"), (0.99996, "0.99996"),  # never written as 1, which it cannot be
    (1 - 1e-12, "0.999999999999"), (Fraction(9, 10), "0.9"),
])
def test_momentums_beta_is_written_by_the_one_rule_and_never_as_1(momentum, beta):
    text = str(Momentum(1e-4, momentum))
    assert text == f"momentum (α = 0.0001, β = {beta})"
    assert "e+" not in text and ".0," not in text


@pytest.mark.parametrize("make, error, match", [
    (lambda: GradientDescent(0), ValueError, "learning_rate"),
    (lambda: GradientDescent("1"), TypeError, "learning_rate"),
    (lambda: Momentum(0.1, momentum=1.0), ValueError, "momentum"),
    (lambda: Momentum(0.1, momentum=True), TypeError, "momentum"),
    (lambda: Adam(0.1, betas=0.9), TypeError, "betas"),
    (lambda: Adam(0.1, betas=(0.9, -0.1)), ValueError, r"betas\[1\]"),
    (lambda: Adam(0.1, eps=0), ValueError, "eps"),
    (lambda: Momentum(0.1, momentum=-(10**500)), ValueError, "momentum"),
    (lambda: Adam(0.1, betas=(Fraction(7 * 10**420, 9), 0.9)), ValueError, r"betas\[0\]"),
])
def test_bad_settings_are_refused_by_name(make, error, match):
    with pytest.raises(error, match=match):
        make()


def test_bad_steps_are_refused_by_name():
    optimiser = Momentum(0.1)
    with pytest.raises(ValueError, match="dE_dw must have shape"):
        optimiser.step(W0, [1.0, 2.0, 3.0])
    with pytest.raises(ValueError, match="dE_dw must be finite"):
        optimiser.step(W0, [np.nan, 1.0])
    optimiser.step(W0, G1)
    with pytest.raises(ValueError, match="use a new optimiser"):
        optimiser.step(np.zeros(3), np.zeros(3))


@pytest.mark.parametrize("optimiser, w, dE_dw", [
    (GradientDescent(1e300), [1.0, -3e10], [0.5, 2e10]),          # alpha dE/dw overflows
    (GradientDescent(1.0), [-1.5e308, 0.0], [1.5e308, 0.0]),      # w - alpha dE/dw overflows
    (Momentum(1e250, 0.5), [0.0, 2.0], [-1e100, 0.0]),
    (Adam(0.1), [0.0, 1.0], [3e160, -1.0]),                        # (dE/dw)^2 overflows
], ids=["sgd-product", "sgd-difference", "momentum", "adam-square"])
def test_a_step_past_the_largest_float_raises_overflow_and_changes_nothing(optimiser, w, dE_dw):
    remembered_before = {name: getattr(optimiser, name, None) for name in ("t", "m", "v")}
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(Overflow, match=r"step\(\) of .* overflowed"):
            optimiser.step(w, dE_dw)
    assert {name: getattr(optimiser, name, None) for name in ("t", "m", "v")} == remembered_before


# --- against PyTorch -----------------------------------------------------------------

TORCH_MISSING = "PyTorch is not installed here: the comparison with torch.optim runs where it is"


def torch_path(make_torch_optimiser, surface, updates):
    """The points of ``updates`` steps of a torch.optim optimiser on ``surface``, each
    gradient the engine's (``surface.gradient_at``), from the surface's centre."""
    torch = pytest.importorskip("torch", reason=TORCH_MISSING)
    w = torch.tensor(surface.centre, dtype=torch.float64, requires_grad=True)
    optimiser = make_torch_optimiser(torch.optim, [w])
    points = [surface.centre]
    for _ in range(updates):
        _, gradient = surface.gradient_at(w.detach().numpy().copy())
        w.grad = torch.tensor(gradient, dtype=torch.float64)
        optimiser.step()
        points.append(w.detach().numpy().copy())
    return np.array(points)


@pytest.mark.parametrize("ours, theirs", [
    (GradientDescent(5.0), lambda optim, w: optim.SGD(w, lr=5.0)),
    (Momentum(2.0, momentum=0.8), lambda optim, w: optim.SGD(w, lr=2.0, momentum=0.8)),
    (Adam(0.05), lambda optim, w: optim.Adam(w, lr=0.05)),
    (Adam(0.05, betas=(0.5, 0.9), eps=1e-6),
     lambda optim, w: optim.Adam(w, lr=0.05, betas=(0.5, 0.9), eps=1e-6)),
], ids=["sgd", "momentum", "adam", "adam-betas"])
def test_each_path_is_the_one_torch_optim_takes(ours, theirs):
    surface = error_surface(demo_network(), *DEMO_EXAMPLE, ("w_46", "b_6"))
    path = descent_path(surface, ours, 20)
    assert path.updates == 20 and not path.left_map
    assert path.points == pytest.approx(torch_path(theirs, surface, 20), rel=1e-12, abs=1e-14)
