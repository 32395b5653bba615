"""Tests of bp_helpers.datasets: shapes, values, balance and repeatability."""

from fractions import Fraction

import numpy as np
import pytest

from bp_helpers import Network
from bp_helpers.datasets import MAX_EXAMPLES, MAX_NOISE, curve, line, spiral, three_classes, two_circles, xor

RANDOM_SETS = [two_circles, spiral, curve, three_classes]
CLASSIFICATION_SETS = [two_circles, spiral]
NOISY_SETS = CLASSIFICATION_SETS + [three_classes]


def test_xor_is_the_four_points():
    X, T = xor()
    np.testing.assert_array_equal(X, [[0, 0], [0, 1], [1, 0], [1, 1]])
    np.testing.assert_array_equal(T, [[0], [1], [1], [0]])
    assert X.dtype == T.dtype == np.float64
    # the target is exactly "x_1 differs from x_2"
    np.testing.assert_array_equal(T[:, 0], X[:, 0] != X[:, 1])


@pytest.mark.parametrize("make", RANDOM_SETS)
@pytest.mark.parametrize("n", [4, 7, 100])
def test_shapes_and_dtypes(make, n):
    X, T = make(n=n)
    n_in = 1 if make is curve else 2
    n_out = 3 if make is three_classes else 1
    assert X.shape == (n, n_in) and T.shape == (n, n_out)
    assert X.dtype == T.dtype == np.float64
    assert np.isfinite(X).all() and np.isfinite(T).all()


@pytest.mark.parametrize("make", RANDOM_SETS)
def test_same_seed_same_data_other_seed_other_data(make):
    first, again, other = make(seed=3), make(seed=3), make(seed=4)
    np.testing.assert_array_equal(first[0], again[0])
    np.testing.assert_array_equal(first[1], again[1])
    assert not np.array_equal(first[0], other[0])


@pytest.mark.parametrize("make", CLASSIFICATION_SETS)
@pytest.mark.parametrize("n", [4, 7, 100])
def test_classes_are_0_and_1_and_balanced(make, n):
    _, T = make(n=n)
    assert set(np.unique(T)) == {0.0, 1.0}
    assert abs(np.count_nonzero(T == 1) - np.count_nonzero(T == 0)) <= 1


def test_two_circles_without_noise_lie_on_their_circles():
    X, T = two_circles(n=9, noise=0.0)
    radius = np.hypot(X[:, 0], X[:, 1])
    np.testing.assert_allclose(radius[T[:, 0] == 1], 0.5)
    np.testing.assert_allclose(radius[T[:, 0] == 0], 1.0)
    assert np.count_nonzero(T == 1) == 9 // 2


def test_noise_has_the_requested_standard_deviation():
    clean, _ = two_circles(n=4000, noise=0.0)
    noisy, _ = two_circles(n=4000, noise=0.1, seed=5)
    assert np.std(noisy - clean) == pytest.approx(0.1, rel=0.05)


def test_spiral_arms_are_each_others_half_turn():
    X, T = spiral(n=60, noise=0.0)
    arm0, arm1 = X[T[:, 0] == 0], X[T[:, 0] == 1]
    np.testing.assert_allclose(arm1, -arm0, atol=1e-12)
    radius = np.hypot(arm0[:, 0], arm0[:, 1])
    np.testing.assert_allclose(radius, np.linspace(0.05, 1.0, 30))


@pytest.mark.parametrize("make", CLASSIFICATION_SETS)
def test_inputs_stay_near_the_unit_disc(make):
    X, _ = make(n=500, noise=0.1)
    assert np.abs(X).max() < 1.0 + 5 * 0.1


def test_curve_is_sorted_inside_minus_one_one_with_reachable_targets():
    X, T = curve(n=40)
    assert np.all(np.diff(X[:, 0]) >= 0)
    assert X.min() >= -1.0 and X.max() <= 1.0
    np.testing.assert_allclose(T, 0.5 + 0.35 * np.sin(3 * X))
    assert T.min() > 0.1 and T.max() < 0.9


@pytest.mark.parametrize("make", RANDOM_SETS)
@pytest.mark.parametrize("kwargs, error, name", [
    (dict(n=3), ValueError, "n"),
    (dict(n=10.0), TypeError, "n"),
    (dict(n=True), TypeError, "n"),
    (dict(seed=-1), ValueError, "seed"),
    (dict(seed=0.5), TypeError, "seed"),
    (dict(n=MAX_EXAMPLES + 1), ValueError, "n"),
    (dict(n=10**10), ValueError, "n"),
    (dict(n=10**400), ValueError, "n"),
])
def test_bad_sizes_and_seeds_are_refused_by_name(make, kwargs, error, name):
    with pytest.raises(error, match=rf"^{name} "):
        make(**kwargs)


@pytest.mark.parametrize("make", NOISY_SETS)
@pytest.mark.parametrize("noise, error", [
    (-0.1, ValueError), (float("nan"), ValueError), (float("inf"), ValueError),
    ("a lot", TypeError), (None, TypeError), (1e308, ValueError), (MAX_NOISE * 1.01, ValueError),
    (10**400, ValueError), (-(10**400), ValueError), (1j, TypeError)])
def test_bad_noise_is_refused_by_name(make, noise, error):
    with pytest.raises(error, match="^noise "):
        make(noise=noise)


@pytest.mark.parametrize("make", NOISY_SETS)
@pytest.mark.parametrize("noise", [Fraction(1, 10), np.float32(0.25), np.int64(2), MAX_NOISE, 0])
def test_noise_may_be_any_real_number_up_to_the_limit_and_x_stays_finite(make, noise):
    X, _ = make(n=50, noise=noise)
    assert X.dtype == np.float64 and np.isfinite(X).all()
    assert np.abs(X).max() < 1.0 + 6 * float(noise) + 1e-12


@pytest.mark.parametrize("make", RANDOM_SETS)
def test_the_limit_on_n_is_stated(make):
    with pytest.raises(ValueError, match=rf"n must be at most {MAX_EXAMPLES} \(every update"):
        make(n=MAX_EXAMPLES + 1)
    assert len(make(n=MAX_EXAMPLES)[0]) == MAX_EXAMPLES


def test_line_is_fitted_exactly_by_a_linear_node_and_is_a_slanted_valley():
    X, T = line(n=10)
    assert X.shape == T.shape == (10, 1) and X.dtype == T.dtype == np.float64
    assert X[0, 0] == 0.0 and X[-1, 0] == 1.0 and np.all(np.diff(X[:, 0]) > 0)
    fitted = Network([1, 1], "linear", weights=[[[0.5]]], biases=[[0.25]])
    assert fitted.error(X, T) < 1e-30
    assert 0.25 <= T.min() and T.max() <= 0.75
    # E = 1/2 mean (w x + b - t)^2 has the Hessian mean [[x^2, x], [x, 1]]: a valley
    # at a slant (its off-diagonal is not 0), far steeper across than along it.
    hessian = np.array([[np.mean(X ** 2), np.mean(X)], [np.mean(X), 1.0]])
    steepest, flattest = np.linalg.eigvalsh(hessian)[::-1]
    assert hessian[0, 1] > 0 and steepest / flattest > 10
    with pytest.raises(ValueError, match="n"):
        line(n=1)


@pytest.mark.parametrize("n", [4, 7, 150])
def test_three_classes_has_one_probability_per_class_and_balanced_classes(n):
    _, T = three_classes(n=n)
    assert set(np.unique(T)) == {0.0, 1.0}
    np.testing.assert_array_equal(T.sum(axis=1), 1.0)
    counts = T.sum(axis=0)
    assert counts.sum() == n and counts.max() - counts.min() <= 1
    assert np.all(np.diff(T.argmax(axis=1)) >= 0)       # rows come class by class


def test_three_classes_without_noise_lie_a_third_of_a_turn_apart_on_the_unit_circle():
    X, T = three_classes(n=6, noise=0.0)
    np.testing.assert_allclose(np.hypot(X[:, 0], X[:, 1]), 1.0)
    np.testing.assert_allclose(X[T[:, 0] == 1], [[0.0, 1.0]] * 2, atol=1e-15)
    lower_left, lower_right = X[T[:, 1] == 1][0], X[T[:, 2] == 1][0]
    np.testing.assert_allclose(lower_left, [-np.sqrt(3) / 2, -0.5])
    np.testing.assert_allclose(lower_right, [np.sqrt(3) / 2, -0.5])


def test_three_classes_trains_a_softmax_network_with_cross_entropy():
    X, T = three_classes()
    net = Network([2, 3], "softmax", error="cross_entropy")
    assert net.error(X, T) > 0.5
    for _ in range(200):
        net.forward(X)
        net.backward(T)
        net.update(1.0)
    assert np.mean(net.predict(X).argmax(axis=1) == T.argmax(axis=1)) > 0.9
