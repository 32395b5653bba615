"""Tests of bp_helpers.gradcheck: backprop against finite differences."""

import dataclasses
import re
import sys

import numpy as np
import pytest

from bp_helpers import DEMO_EXAMPLE, MAZUR_EXAMPLE, Network, demo_network, mazur_network
from bp_helpers.activations import ACTIVATIONS
from bp_helpers.formatting import digits_to_tell_apart, format_number
from bp_helpers.gradcheck import AGREES, CANNOT_BE_VERIFIED, DIFFERS, GradcheckRow, gradcheck, relative_error


def random_case(sizes, activation, seed, batch):
    """A network with random weights and biases, and random inputs and targets."""
    rng = np.random.default_rng(1000 + seed)
    biases = [rng.normal(0.0, 0.5, n) for n in sizes[1:]]
    net = Network(sizes, activation, seed=seed, biases=biases)
    shape = (sizes[0],) if batch is None else (batch, sizes[0])
    x = rng.normal(0.0, 1.0, shape)
    t = rng.uniform(0.0, 1.0, shape[:-1] + (sizes[-1],))
    return net, x, t


# --- backprop agrees with finite differences -----------------------------------

def test_demo_network_passes_with_a_row_per_parameter_in_lesson_order():
    result = gradcheck(demo_network(), *DEMO_EXAMPLE)
    assert [row.name for row in result.table] == [
        "w_12", "w_13", "b_2", "b_3",
        "w_24", "w_25", "w_34", "w_35", "b_4", "b_5",
        "w_46", "w_56", "b_6"]
    assert result.worst_relative_error < 1e-6
    assert [row.status() for row in result.table] == [AGREES] * 13
    assert result.passed()


def test_notebook_3s_bigger_network_passes():
    # notebook 3, "Try this": every derivative of this network can be verified
    result = gradcheck(Network([2, 3, 3, 1], seed=1), np.array([0.5, -1.0]), np.array([0.2]))
    assert result.passed()


def test_backprop_column_is_the_networks_own_dE_dw_and_dE_db():
    net = demo_network()
    net.forward(DEMO_EXAMPLE[0])
    net.backward(DEMO_EXAMPLE[1])
    rows = {row.name: row for row in gradcheck(demo_network(), *DEMO_EXAMPLE).table}
    assert rows["w_24"].backprop == net.dE_dw[1][0, 0]
    assert rows["w_56"].backprop == net.dE_dw[2][1, 0]
    assert rows["b_3"].backprop == net.dE_db[0][1]


def test_mazur_network_passes_and_matches_his_published_derivative():
    result = gradcheck(mazur_network(), *MAZUR_EXAMPLE)
    assert result.passed()
    # Mazur: dE_total/dw5 = 0.082167041; his w5 (h1 -> o1) is our w_35.
    w5 = {row.name: row for row in result.table}["w_35"]
    assert w5.backprop == pytest.approx(0.082167041, abs=1e-9)
    assert w5.finite_difference == pytest.approx(0.082167041, abs=1e-9)


@pytest.mark.parametrize("activation", ["sigmoid", "tanh", "relu", "linear"])
@pytest.mark.parametrize("sizes", [[1, 1], [2, 3, 1], [3, 4, 4, 2], [4, 6, 5, 3]])
@pytest.mark.parametrize("batch", [None, 5])
def test_random_networks_pass(activation, sizes, batch):
    for seed in range(5):
        net, x, t = random_case(sizes, activation, seed, batch)
        result = gradcheck(net, x, t)
        assert not result.rows_with(DIFFERS), (seed, str(result))
        # The noise estimate covers the real error of the finite difference
        # (backprop is right here, so |backprop - finite difference| is that error).
        for row in result.table:
            assert abs(row.backprop - row.finite_difference) <= row.noise, (seed, row)


def test_central_difference_is_exact_for_a_quadratic_error():
    # A linear [1, 1] network: E = 1/2 (w x + b - t)^2 is quadratic in w and b,
    # so (E(w+h) - E(w-h)) / 2h equals dE/dw = x (w x + b - t) up to rounding.
    net = Network([1, 1], "linear", weights=[np.array([[0.7]])], biases=[np.array([0.2])])
    result = gradcheck(net, [1.5], [0.3], h=0.5)
    w, b = result.table
    assert w.backprop == pytest.approx(1.5 * (0.7 * 1.5 + 0.2 - 0.3))
    assert w.finite_difference == pytest.approx(w.backprop, rel=1e-12)
    assert b.finite_difference == pytest.approx(b.backprop, rel=1e-12)
    # No truncation error, so the noise is twice the rounding parts alone (plus a
    # few roundings of D(2h) - D(h)): y = 0.7 * 1.5 + 0.2 = 1.25,
    # E = 1/2 (1.25 - 0.3)^2 = 0.45125, |y - t| |y| = 0.95 * 1.25 = 1.1875,
    # and the step's own rounding, EPS |p| |D| / h.
    eps = np.finfo(float).eps
    for row, p in [(w, 0.7), (b, 0.2)]:
        rounding = eps * (0.45125 + 1.1875) / 0.5 + eps * p * abs(row.backprop) / 0.5
        assert 2 * rounding <= row.noise <= 2 * (rounding + 4 * eps * abs(row.backprop))


# --- a wrong gradient is caught ----------------------------------------------------

def test_forgetting_f_prime_is_caught(monkeypatch):
    # A classic slip: dE/dx = dE/dy, without the factor f'(x).  Here the
    # sigmoid's f' is replaced by 1, which gives exactly that slip.
    sigmoid = ACTIVATIONS["sigmoid"]
    monkeypatch.setitem(ACTIVATIONS, "sigmoid",
                        dataclasses.replace(sigmoid, df=lambda x, y: np.ones_like(y)))
    result = gradcheck(demo_network(), *DEMO_EXAMPLE)
    assert result.worst_relative_error > 0.1
    assert not result.passed()


def test_a_wrong_weight_gradient_is_caught_and_named(monkeypatch):
    right = Network.backward

    def output_layer_doubled(net, y_target):
        E = right(net, y_target)
        net.dE_dw[-1] = 2 * net.dE_dw[-1]
        return E

    monkeypatch.setattr(Network, "backward", output_layer_doubled)
    result = gradcheck(demo_network(), *DEMO_EXAMPLE)
    wrong = [row.name for row in result.table if row.relative_error > 1e-3]
    assert wrong == ["w_46", "w_56"]
    assert [row.name for row in result.rows_with(DIFFERS)] == ["w_46", "w_56"]
    assert len(result.rows_with(AGREES)) == 11
    assert not result.passed()
    # 2a against a: |2a - a| / (|2a| + |a|) = 1/3
    assert result.worst_relative_error == pytest.approx(1 / 3, rel=1e-6)


def deep_network_and_example():
    """16 layers of 3 sigmoid nodes: the first layer's derivatives are about 1e-13."""
    rng = np.random.default_rng(0)
    return Network([3] * 16, "sigmoid", seed=0), rng.normal(size=3), rng.uniform(size=3)


def test_derivatives_below_the_noise_are_reported_not_passed():
    net, x, t = deep_network_and_example()
    result = gradcheck(net, x, t)
    first_layer = result.table[:12]                  # 9 weights, 3 biases
    assert all(abs(row.backprop) < 1e-10 for row in first_layer)
    # rounding alone: about 2.2e-16 * E / h, with E about 0.1 and h = 1e-5
    assert all(1e-12 < row.noise < 1e-10 for row in first_layer)
    assert [row.status() for row in first_layer] == [CANNOT_BE_VERIFIED] * 12
    last_layer = result.table[-12:]                  # derivatives about 0.04
    assert [row.status() for row in last_layer] == [AGREES] * 12
    assert not result.passed()
    text = str(result)
    assert "w_1,4 " in text and "cannot be verified: finite-difference noise ~" in text


def test_a_sign_flip_deep_in_the_network_does_not_pass(monkeypatch):
    right = Network.backward

    def first_layer_flipped(net, y_target):
        E = right(net, y_target)
        net.dE_dw[0] = -net.dE_dw[0]
        return E

    monkeypatch.setattr(Network, "backward", first_layer_flipped)
    net, x, t = deep_network_and_example()
    result = gradcheck(net, x, t)
    assert not result.passed()
    flipped = result.table[:9]                       # the weights of layer 0
    assert AGREES not in [row.status() for row in flipped]


@pytest.mark.parametrize("backprop, finite_difference, noise, status", [
    (0.5, 0.5 + 1e-9, 1e-12, AGREES),                # 1e-9 / 1.0 = 1e-9 relative: agrees
    (0.5, -0.5, 1e-12, DIFFERS),                     # opposite signs, far beyond the noise
    (1e-13, -1e-13, 1e-11, CANNOT_BE_VERIFIED),      # both below the noise
    (0.5, 0.5 + 1e-8, 1e-5, CANNOT_BE_VERIFIED),     # close, but the noise is 2e-5 relative
    (0.5, 0.5 + 1e-4, 1e-5, DIFFERS),                # 1e-4 apart: more than tol and the noise
])
def test_status_rules(backprop, finite_difference, noise, status):
    row = GradcheckRow("w_12", backprop, finite_difference,
                       relative_error(backprop, finite_difference), noise)
    assert row.status() == status


# --- the network is left alone ---------------------------------------------------------

def test_the_network_is_not_changed():
    net = demo_network()
    net.forward(DEMO_EXAMPLE[0])
    net.backward(DEMO_EXAMPLE[1])
    weights = [w.copy() for w in net.weights]
    biases = [b.copy() for b in net.biases]
    y, dE_dw, E = net.y, net.dE_dw, net.E
    gradcheck(net, *DEMO_EXAMPLE)
    for before, after in zip(weights + biases, net.weights + net.biases):
        np.testing.assert_array_equal(before, after)
    assert net.y is y and net.dE_dw is dE_dw and net.E == E
    net.update(1.0)  # its recorded pass is still usable


# --- relative error and printing ----------------------------------------------------------

def test_relative_error_definition():
    assert relative_error(0.25, 0.25) == 0.0
    assert relative_error(0.3, -0.3) == 1.0
    assert relative_error(3.0, 1.0) == pytest.approx(0.5)
    assert relative_error(0.0, 0.0) == 0.0
    assert relative_error(1e-7, 1e-7 + 1e-11) == pytest.approx(5e-5, rel=1e-4)


def test_printed_table_shows_each_rows_status():
    text = str(gradcheck(demo_network(), *DEMO_EXAMPLE))
    lines = text.splitlines()
    assert lines[0].split() == ["parameter", "backprop", "finite", "diff.", "rel.", "error",
                                "noise", "status"]
    row = re.compile(r"^[wb]_\d+ +-?\d\.\d+ +-?\d\.\d+ +\d\.\d\de-\d\d +\d\.\d\de-\d\d  agrees$")
    assert all(row.match(line) for line in lines[1:-1]), text
    assert len(lines) == 13 + 2
    assert lines[-1] == ("13 agree, 0 differ, 0 cannot be verified "
                         "(tolerance 1.00e-06, h = 1.00e-05); passed: True")
    # dE/dw_46 = y_4 dE/dx_6 = 0.66122 * (-0.065943) = -0.043603: 3 significant
    # digits, the two columns alike
    assert re.search(r"^w_46 +-0\.0436 +-0\.0436 ", text, re.M)


@pytest.mark.parametrize("net, x, t, h", [
    (demo_network(), *DEMO_EXAMPLE, 3e-4),
    (Network([2, 3, 2], "tanh", seed=4), [0.3, -0.7], [0.1, 0.9], 1e-5),
    (Network([1] + [6] * 8 + [1], seed=0), [1.0], [0.5], 2e-6),     # rows that cannot be verified
])
def test_every_number_of_the_table_is_written_by_the_one_rule(net, x, t, h):
    result = gradcheck(net, x, t, h=h)
    lines = str(result).splitlines()
    for row, line in zip(result.table, lines[1:-1]):
        fields = line.split()
        digits = digits_to_tell_apart(row.backprop, row.finite_difference)
        assert fields[1:5] == [format_number(row.backprop, digits),
                               format_number(row.finite_difference, digits),
                               format_number(row.relative_error), format_number(row.noise)]
        assert (fields[1] == fields[2]) == (digits == 3)
        if row.status() == CANNOT_BE_VERIFIED:
            assert line.endswith(f"noise ~{format_number(row.noise)}")
    assert f"(tolerance 1.00e-06, h = {format_number(h)})" in lines[-1]
    assert any(row.status() == CANNOT_BE_VERIFIED for row in result.table) == (len(net.sizes) > 4)


class WrongBackward(Network):
    """A learner's subclass whose backward scales one layer's dE/dw or dE/db."""

    layer, factor, on_biases = 0, 2.0, False

    def backward(self, y_target):
        E = super().backward(y_target)
        derivatives = self.dE_db if self.on_biases else self.dE_dw
        derivatives[self.layer] = self.factor * derivatives[self.layer]
        return E


@pytest.mark.parametrize("sizes, layer, factor, biases", [
    ([1, 2, 1], 0, 2.0, False), ([2, 3, 2], 1, -1.0, False), ([1, 2, 2, 1], 2, 1.01, True)])
def test_a_subclass_is_checked_with_its_own_backward(sizes, layer, factor, biases):
    wrong = type("Wrong", (WrongBackward,), dict(layer=layer, factor=factor, on_biases=biases))
    net = wrong(sizes, seed=2)
    x, t = np.linspace(-0.5, 1.0, sizes[0]), np.full(sizes[-1], 0.9)
    result = gradcheck(net, x, t)
    assert not result.passed()
    name = "b_" if biases else "w_"
    assert all(row.name.startswith(name) for row in result.rows_with(DIFFERS))
    assert gradcheck(Network(sizes, seed=2), x, t).passed()     # the same network, right


# --- bad arguments ------------------------------------------------------------------------

@pytest.mark.parametrize("kwargs, error, name", [
    (dict(x=[1.0, 2.0]), ValueError, "x"),
    (dict(x=[np.inf]), ValueError, "x"),
    (dict(t=[0.9, 0.1]), ValueError, "t"),
    (dict(t=[[0.9]]), ValueError, "t"),
    (dict(t=[np.nan]), ValueError, "t"),
    (dict(h=0.0), ValueError, "h"),
    (dict(h="small"), TypeError, "h"),
    (dict(h=10**400), ValueError, "h"),
    (dict(h=1e308), ValueError, "h must be at most 1.0 .a finite difference"),
    (dict(h=1.5), ValueError, "h must be at most 1.0"),
    (dict(h=-10**400), ValueError, "h"),
    (dict(net=None), TypeError, "net"),
])
def test_bad_arguments_are_refused_by_name(kwargs, error, name):
    arguments = dict(net=demo_network(), x=DEMO_EXAMPLE[0], t=DEMO_EXAMPLE[1])
    arguments.update(kwargs)
    with pytest.raises(error, match=rf"\b{name}\b"):
        gradcheck(**arguments)


@pytest.mark.parametrize("derivatives, shown", [
    ((0.123456, 0.123289), ("0.1235", "0.1233")),           # apart at the 4th digit
    ((-2.5e-7, -2.50002e-7), ("-2.50000e-07", "-2.50002e-07")),
    ((1234.4, 1234.4000001), ("1230", "1230")),              # alike even with 6: 3 digits
])
def test_a_row_that_differs_shows_the_digits_where_its_derivatives_differ(derivatives, shown):
    row = GradcheckRow("w_12", *derivatives, relative_error(*derivatives), 0.0)
    line = str(dataclasses.replace(gradcheck(demo_network(), *DEMO_EXAMPLE), table=[row]))
    assert line.splitlines()[1].split()[1:3] == list(shown)


@pytest.mark.parametrize("sizes, parameters", [
    ([100, 100], 10_100), ([1, 5000, 1], 15_001), ([10_000, 1], 10_001), ([2, 99, 99, 2], 10_397)])
def test_a_network_past_the_stated_size_is_refused_with_its_count(sizes, parameters):
    with pytest.raises(ValueError, match=rf"net must have at most 10000 weights and biases "
                                         rf"for gradcheck.*has {parameters}\b"):
        gradcheck(Network(sizes), np.zeros(sizes[0]), np.zeros(sizes[-1]))


def test_the_size_limit_counts_weights_and_biases(monkeypatch):
    module = sys.modules["bp_helpers.gradcheck"]    # (the package's gradcheck is the function)
    monkeypatch.setattr(module, "MAX_PARAMETERS", 13)      # the demo's 9 weights + 4 biases
    assert len(gradcheck(demo_network(), *DEMO_EXAMPLE).table) == 13
    monkeypatch.setattr(module, "MAX_PARAMETERS", 12)
    with pytest.raises(ValueError, match="has 13"):
        gradcheck(demo_network(), *DEMO_EXAMPLE)


def test_passed_checks_its_tolerance():
    result = gradcheck(demo_network(), *DEMO_EXAMPLE)
    assert not result.passed(tol=1e-15)
    with pytest.raises(ValueError, match="tol"):
        result.passed(tol=-1.0)
