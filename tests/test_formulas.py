"""Each lesson formula in ``formulas.py`` against numbers worked by hand,
for one example (a batch of one) and for a batch, and for a stack of
networks (the rate sweep's leading axis).  ``Network``, whose loops call
them, is checked against the lesson's numbers and finite differences in
test_network.py and test_gradcheck.py."""

import numpy as np
import pytest

from bp_helpers import formulas
from bp_helpers.exercise_data import EXERCISES

# --- forward: x_j = sum_i w_ij y_i + b_j ----------------------------------------

def test_node_input_by_hand():
    y = np.array([1.0, 2.0])
    w = np.array([[1.0, 2.0, 3.0],      # w_1j
                  [4.0, 5.0, 6.0]])     # w_2j
    b = np.array([0.5, 0.0, -1.0])
    # x_1 = 1*1 + 2*4 + 0.5 = 9.5;  x_2 = 1*2 + 2*5 + 0 = 12;  x_3 = 1*3 + 2*6 - 1 = 14
    np.testing.assert_array_equal(formulas.node_input(y, w, b), [9.5, 12.0, 14.0])


def test_node_input_of_the_demo_first_hidden_layer():
    # x_2 = w_12 * y_1 + b_2 = 0.8 * 1.0 + 0.1 = 0.9
    # x_3 = w_13 * y_1 + b_3 = -0.4 * 1.0 - 0.1 = -0.5
    x = formulas.node_input(np.array([1.0]), np.array([[0.8, -0.4]]), np.array([0.1, -0.1]))
    np.testing.assert_allclose(x, [0.9, -0.5], rtol=0, atol=1e-15)


def test_node_input_of_a_batch_is_one_row_per_example():
    w = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
    b = np.array([0.5, 0.0, -1.0])
    y = np.array([[1.0, 2.0],
                  [0.0, -1.0]])
    # second row: x = 0*w_1j - 1*w_2j + b_j = [-4 + 0.5, -5, -6 - 1]
    np.testing.assert_array_equal(formulas.node_input(y, w, b),
                                  [[9.5, 12.0, 14.0], [-3.5, -5.0, -7.0]])


# --- the error E = 1/2 sum_k (y_k - t_k)^2 ------------------------------------------

def test_squared_error_of_one_example_by_hand():
    # E = 1/2 (0.6 - 0.9)^2 = 1/2 * 0.09 = 0.045
    assert formulas.squared_error(np.array([[0.6]]), np.array([[0.9]])) == pytest.approx(0.045, abs=1e-15)
    # two outputs: E = 1/2 (1^2 + 2^2) = 2.5
    assert formulas.squared_error(np.array([[1.0, 2.0]]), np.array([[0.0, 0.0]])) == 2.5


def test_squared_error_of_a_batch_is_the_mean_of_the_examples():
    y = np.array([[1.0, 0.0],
                  [0.0, 2.0]])
    # per example: 1/2 * 1 = 0.5 and 1/2 * 4 = 2;  mean = 1.25 (not the sum 2.5)
    assert formulas.squared_error(y, np.zeros((2, 2))) == 1.25


# --- backward -----------------------------------------------------------------------

def test_output_dE_dy_is_output_minus_target():
    # dE/dy_6 = y_6 - y_target = 0.62 - 0.9 = -0.28
    np.testing.assert_allclose(formulas.output_dE_dy(np.array([0.62]), np.array([0.9])),
                               [-0.28], rtol=0, atol=1e-15)
    np.testing.assert_array_equal(
        formulas.output_dE_dy(np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([[0.5, 0.5], [5.0, 0.0]])),
        [[0.5, 1.5], [-2.0, 4.0]])


def test_output_dE_dy_is_the_derivative_of_squared_error():
    y, t = np.array([[0.3, -1.2, 2.0]]), np.array([[0.5, 0.1, 1.0]])
    h = 1e-6
    numeric = [[(formulas.squared_error(y + h * e, t) - formulas.squared_error(y - h * e, t)) / (2 * h)
                for e in np.eye(3)]]
    np.testing.assert_allclose(formulas.output_dE_dy(y, t), numeric, rtol=1e-7)


def test_dE_dx_is_f_prime_times_dE_dy():
    # sigmoid at x = 0: f'(0) = 0.25;  dE/dx = 0.25 * -0.28 = -0.07
    np.testing.assert_allclose(formulas.dE_dx(np.array([0.25]), np.array([-0.28])),
                               [-0.07], rtol=0, atol=1e-15)
    np.testing.assert_array_equal(
        formulas.dE_dx(np.array([[1.0, 0.0], [0.5, 2.0]]), np.array([[3.0, 3.0], [4.0, -1.0]])),
        [[3.0, 0.0], [2.0, -2.0]])


def test_dE_dw_of_one_example_is_y_i_times_dE_dx_j():
    y_i = np.array([[1.0, 2.0]])          # a batch of one example
    dE_dx_j = np.array([[3.0, -1.0]])
    # dE/dw_ij = y_i * dE/dx_j:  [[1*3, 1*-1], [2*3, 2*-1]], shaped like w[i, j]
    np.testing.assert_array_equal(formulas.dE_dw(y_i, dE_dx_j), [[3.0, -1.0], [6.0, -2.0]])


def test_dE_dw_of_a_batch_is_the_mean_over_examples():
    y_i = np.array([[1.0, 2.0],
                    [3.0, 0.0]])
    dE_dx_j = np.array([[1.0, 0.0],
                        [0.0, 2.0]])
    # example 1: [[1, 0], [2, 0]];  example 2: [[0, 6], [0, 0]];  mean: [[0.5, 3], [1, 0]]
    np.testing.assert_array_equal(formulas.dE_dw(y_i, dE_dx_j), [[0.5, 3.0], [1.0, 0.0]])


def test_dE_db_is_dE_dx():
    np.testing.assert_array_equal(formulas.dE_db(np.array([[0.25, -1.0]])), [0.25, -1.0])
    # batch: mean over examples, [(1 + 3) / 2, (-2 + 0) / 2]
    np.testing.assert_array_equal(formulas.dE_db(np.array([[1.0, -2.0], [3.0, 0.0]])), [2.0, -1.0])


def test_hidden_dE_dy_sums_over_outgoing_weights():
    # demo output layer: dE/dy_4 = w_46 * dE/dx_6 = 0.9 * -0.1 = -0.09
    #                    dE/dy_5 = w_56 * dE/dx_6 = -0.5 * -0.1 = 0.05
    w = np.array([[0.9], [-0.5]])
    np.testing.assert_allclose(formulas.hidden_dE_dy(w, np.array([[-0.1]])), [[-0.09, 0.05]],
                               rtol=0, atol=1e-15)
    # two nodes out: dE/dy_i = w_i1 * dE/dx_1 + w_i2 * dE/dx_2
    w = np.array([[1.0, 2.0],
                  [3.0, 4.0],
                  [5.0, 6.0]])
    dE_dx = np.array([[1.0, -1.0]])
    np.testing.assert_array_equal(formulas.hidden_dE_dy(w, dE_dx), [[-1.0, -1.0, -1.0]])
    # a batch keeps one row per example
    np.testing.assert_array_equal(formulas.hidden_dE_dy(w, np.array([[1.0, -1.0], [0.0, 1.0]])),
                                  [[-1.0, -1.0, -1.0], [2.0, 4.0, 6.0]])


def test_update_is_w_minus_alpha_dE_dw():
    # w <- w - alpha * dE/dw = 0.5 - 0.1 * 2 = 0.3
    assert formulas.update(0.5, 0.1, 2.0) == pytest.approx(0.3, abs=1e-16)
    w = np.array([[1.0, -1.0]])
    new_w = formulas.update(w, 0.5, np.array([[2.0, -4.0]]))
    np.testing.assert_array_equal(new_w, [[0.0, 1.0]])
    np.testing.assert_array_equal(w, [[1.0, -1.0]])  # returns a new value, w is untouched


def test_the_exercises_references_work_for_one_node():
    # The exercises of notebook 9 ask for one node's numbers; their references
    # are the formulas, wrapped where a formula works on a batch.
    refs = {exercise.name: exercise.reference for exercise in EXERCISES}
    # node 4 of the demo: x_4 = w_24 y_2 + w_34 y_3 + b_4 = 0.5 * 0.2 + 0.3 * 0.4 + 0.2
    assert refs["node_input"](np.array([0.2, 0.4]), np.array([0.5, 0.3]), 0.2) == pytest.approx(0.42)
    assert refs["dE_dw"](0.5, 0.2) == pytest.approx(0.1)          # y_i * dE/dx_j
    # dE/dy_2 = w_24 dE/dx_4 + w_25 dE/dx_5 = 0.5 * 0.1 + (-0.6) * 0.2
    assert refs["hidden_dE_dy"](np.array([0.5, -0.6]), np.array([0.1, 0.2])) == pytest.approx(-0.07)
    assert refs["update"](0.9, 1.0, -0.0436) == pytest.approx(0.9436)


def test_each_formula_works_on_a_stack_of_networks_as_on_each():
    # The rate sweep stacks R networks on a leading axis: (R, B, n) layers,
    # (R, n, m) weights, (R, 1, m) biases; the input layer (B, n) is shared.
    rng = np.random.default_rng(0)
    R, B, n, m = 3, 5, 4, 2
    X = rng.normal(size=(B, n))
    y_i, dE_dx_j = rng.normal(size=(R, B, n)), rng.normal(size=(R, B, m))
    w, b = rng.normal(size=(R, n, m)), rng.normal(size=(R, 1, m))
    y_output, y_target = rng.normal(size=(R, B, m)), rng.normal(size=(B, m))
    stacked = {
        "node_input": formulas.node_input(y_i, w, b),
        "node_input of the input layer": formulas.node_input(X, w, b),
        "squared_error": formulas.squared_error(y_output, y_target),
        "dE_dw": formulas.dE_dw(y_i, dE_dx_j),
        "dE_dw of the input layer": formulas.dE_dw(X, dE_dx_j),
        "dE_db": formulas.dE_db(dE_dx_j),
        "hidden_dE_dy": formulas.hidden_dE_dy(w, dE_dx_j),
    }
    for r in range(R):
        one_network = {
            "node_input": formulas.node_input(y_i[r], w[r], b[r, 0]),
            "node_input of the input layer": formulas.node_input(X, w[r], b[r, 0]),
            "squared_error": formulas.squared_error(y_output[r], y_target),
            "dE_dw": formulas.dE_dw(y_i[r], dE_dx_j[r]),
            "dE_dw of the input layer": formulas.dE_dw(X, dE_dx_j[r]),
            "dE_db": formulas.dE_db(dE_dx_j[r]),
            "hidden_dE_dy": formulas.hidden_dE_dy(w[r], dE_dx_j[r]),
        }
        for name, value in one_network.items():
            np.testing.assert_allclose(stacked[name][r], value, rtol=1e-13, err_msg=name)
