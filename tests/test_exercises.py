"""The exercise checkers: right answers pass, typical wrong answers fail with
the case where they fail and the hint for that mistake, and answers that
raise, are not written yet or are not numbers are reported without crashing."""

import json
import math
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest

from bp_helpers import exercises
from bp_helpers.exercises import (
    EXERCISES,
    check,
    check_all,
    check_backpropagation,
    check_dE_dw,
    check_dE_dx,
    check_hidden_dE_dy,
    check_node_input,
    check_output_dE_dy,
    check_sigmoid,
    check_sigmoid_derivative,
    check_update,
)

# --- right answers, as a learner would write them ---------------------------------

def sigmoid(x):
    return 1 / (1 + math.exp(-x))


def sigmoid_derivative(x, y):
    return y * (1 - y)


def node_input(y_i, w, b):
    return sum(w_ij * y for w_ij, y in zip(w, y_i)) + b


def output_dE_dy(y_output, y_target):
    return y_output - y_target


def dE_dx(f_prime, dE_dy):
    return f_prime * dE_dy


def dE_dw(y_i, dE_dx_j):
    return y_i * dE_dx_j


def hidden_dE_dy(w, dE_dx_j):
    total = 0.0
    for k in range(len(w)):
        total = total + w[k] * dE_dx_j[k]
    return total


def update(w, learning_rate, dE_dw):
    return w - learning_rate * dE_dw


RIGHT = [
    (check_sigmoid, sigmoid, "✓ right: sigmoid matches on 6 cases"),
    (check_sigmoid_derivative, sigmoid_derivative,
     "✓ right: sigmoid_derivative matches on 5 cases"),
    (check_node_input, node_input, "✓ right: node_input matches on 6 cases"),
    (check_output_dE_dy, output_dE_dy, "✓ right: output_dE_dy matches on 5 cases"),
    (check_dE_dx, dE_dx, "✓ right: dE_dx matches on 5 cases"),
    (check_dE_dw, dE_dw, "✓ right: dE_dw matches on 5 cases"),
    (check_hidden_dE_dy, hidden_dE_dy, "✓ right: hidden_dE_dy matches on 4 cases"),
    (check_update, update, "✓ right: update matches on 5 cases"),
]


@pytest.mark.parametrize("checker, function, message", RIGHT)
def test_a_right_answer_passes_with_one_line(checker, function, message):
    result = checker(function)
    assert result.passed
    assert result.status == "right"
    assert str(result) == repr(result) == message


@pytest.mark.parametrize("checker, function", [
    (check_sigmoid, lambda x: 1.0 / (1.0 + np.exp(-x))),
    (check_sigmoid, lambda x: np.exp(x) / (1.0 + np.exp(x))),   # the same function, rewritten
    (check_sigmoid_derivative, lambda x, y: np.exp(-x) / (1.0 + np.exp(-x)) ** 2),
    (check_sigmoid_derivative, lambda x, y: sigmoid(x) * (1 - sigmoid(x))),   # from x alone
    (check_node_input, lambda y_i, w, b: np.dot(w, y_i) + b),
    (check_node_input, lambda y_i, w, b: float(y_i @ w + b)),
    (check_hidden_dE_dy, lambda w, dE_dx_j: np.sum(w * dE_dx_j)),
    (check_update, lambda w, learning_rate, dE_dw: w + (-learning_rate) * dE_dw),
])
def test_other_right_ways_of_writing_the_formula_pass(checker, function):
    assert checker(function).passed


def test_an_answer_that_changes_its_arguments_in_place_is_still_right():
    def node_input_in_place(y, w, b):
        y *= w          # changes the array it was given
        return y.sum() + b
    assert check_node_input(node_input_in_place).passed


# --- typical wrong answers: the failing case and the hint ---------------------------

WRONG = [
    # sigmoid
    (check_sigmoid, lambda x: 1 / (1 + math.exp(x)),
     "wrong for x = 2.0: your sigmoid gave 0.1192, expected 0.8808",
     "check the sign of the exponent"),
    (check_sigmoid, lambda x: math.exp(-x) / (1 + math.exp(-x)),
     "wrong for x = 2.0:", "check the sign of the exponent"),
    (check_sigmoid, lambda x: 1 / 1 + math.exp(-x),
     "wrong for x = 0.0: your sigmoid gave 2, expected 0.5",
     "put the denominator in brackets"),
    (check_sigmoid, lambda x: 1 / math.exp(-x),
     "wrong for x = 0.0: your sigmoid gave 1, expected 0.5", "don't forget the 1 +"),
    (check_sigmoid, math.tanh, "wrong for x = 0.0:", "that is tanh(x)"),
    (check_sigmoid, lambda x: 1 / (1 + 2.718 ** -x),   # no recognised mistake: general hint
     "wrong for x = 2.0:", "math.exp(-x) or np.exp(-x) gives e^(-x)"),
    # sigmoid_derivative
    (check_sigmoid_derivative, lambda x, y: sigmoid(x),
     "wrong for x = 0.0, y = 0.5: your sigmoid_derivative gave 0.5, expected 0.25",
     "that is y = f(x) itself"),
    (check_sigmoid_derivative, lambda x, y: x * (1 - x),
     "wrong for x = 0.0, y = 0.5: your sigmoid_derivative gave 0, expected 0.25",
     "use y, not x"),
    (check_sigmoid_derivative, lambda x, y: y * (1 - x),
     "wrong for x = 0.0, y = 0.5:", "both factors use y, not x"),
    (check_sigmoid_derivative, lambda x, y: y * (1 + y),
     "wrong for x = 0.0, y = 0.5:", "a minus in the bracket, not a plus"),
    (check_sigmoid_derivative, lambda x, y: 1 - y,
     "wrong for x = 0.0, y = 0.5:", "multiply (1 - y) by y"),
    (check_sigmoid_derivative, lambda x, y: 1 - y ** 2,
     "wrong for x = 0.0, y = 0.5: your sigmoid_derivative gave 0.75, expected 0.25",
     "that is the derivative of tanh"),
    # node_input
    (check_node_input, lambda y_i, w, b: sum(w_ij * y for w_ij, y in zip(w, y_i)),
     "wrong for y_i = [1.0], w = [0.8], b = 0.1 (node 2 of the demo network): "
     "your node_input gave 0.8, expected 0.9", "add the bias b_j"),
    (check_node_input, lambda y_i, w, b: np.dot(w, y_i) - b,
     "wrong for y_i = [1.0], w = [0.8], b = 0.1", "add the bias, don't subtract it"),
    (check_node_input, lambda y_i, w, b: w[0] * y_i[0] + b,
     "wrong for y_i = [0.7109, 0.3775], w = [0.5, 0.3], b = 0.2 (node 4 of the demo network): "
     "your node_input gave 0.5554, expected 0.6687", "not only the first one"),
    (check_node_input, lambda y_i, w, b: sum(w_ij * y + b for w_ij, y in zip(w, y_i)),
     "wrong for y_i = [0.7109, 0.3775], w = [0.5, 0.3], b = 0.2",
     "add the bias b_j once, after the sum"),
    (check_node_input, lambda y_i, w, b: sum(w) * sum(y_i) + b,
     "wrong for y_i = [0.7109, 0.3775], w = [0.5, 0.3], b = 0.2",
     "by the output y_i of its own node i"),
    (check_node_input, lambda y_i, w, b: sigmoid(np.dot(w, y_i) + b),
     "wrong for y_i = [1.0], w = [0.8], b = 0.1", "don't apply f here"),
    # output_dE_dy
    (check_output_dE_dy, lambda y_output, y_target: y_target - y_output,
     "wrong for y_output = 0.6201, y_target = 0.9 (node 6 of the demo network): "
     "your output_dE_dy gave 0.2799, expected -0.2799", "not the other way round"),
    (check_output_dE_dy, lambda y_output, y_target: 0.5 * (y_output - y_target) ** 2,
     "wrong for y_output = 0.6201, y_target = 0.9", "that is the error E itself"),
    (check_output_dE_dy, lambda y_output, y_target: (y_output - y_target) ** 2,
     "wrong for y_output = 0.6201, y_target = 0.9", "not the square"),
    (check_output_dE_dy, lambda y_output, y_target: 2 * (y_output - y_target),
     "wrong for y_output = 0.6201, y_target = 0.9", "cancels the 2"),
    (check_output_dE_dy, lambda y_output, y_target: y_output,
     "wrong for y_output = 0.6201, y_target = 0.9", "subtract the target"),
    # dE_dx
    (check_dE_dx, lambda f_prime, dE_dy: dE_dy,
     "wrong for f_prime = 0.25, dE_dy = 1.0 (a sigmoid node with x = 0): your dE_dx gave 1, "
     "expected 0.25", "multiply dE/dy by f'(x)"),
    (check_dE_dx, lambda f_prime, dE_dy: f_prime,
     "wrong for f_prime = 0.2356, dE_dy = -0.2799 (node 6 of the demo network)",
     "multiply f'(x) by dE/dy"),
    (check_dE_dx, lambda f_prime, dE_dy: dE_dy / f_prime,
     "wrong for f_prime = 0.25, dE_dy = 1.0", "don't divide"),
    (check_dE_dx, lambda f_prime, dE_dy: f_prime + dE_dy,
     "wrong for f_prime = 0.25, dE_dy = 1.0", "multiply, don't add"),
    (check_dE_dx, lambda f_prime, dE_dy: -f_prime * dE_dy,
     "wrong for f_prime = 0.25, dE_dy = 1.0", "with no minus sign"),
    # dE_dw
    (check_dE_dw, lambda y_i, dE_dx_j: dE_dx_j,
     "wrong for y_i = 0.6612, dE_dx_j = -0.0659 (edge from node 4 to node 6 of the demo "
     "network): your dE_dw gave -0.0659, expected -0.04357", "multiply by y_i"),
    (check_dE_dw, lambda y_i, dE_dx_j: y_i,
     "wrong for y_i = 0.6612, dE_dx_j = -0.0659", "multiply y_i by dE/dx_j"),
    (check_dE_dw, lambda y_i, dE_dx_j: -y_i * dE_dx_j,
     "wrong for y_i = 0.6612, dE_dx_j = -0.0659", "the minus belongs to the update rule"),
    (check_dE_dw, lambda y_i, dE_dx_j: y_i + dE_dx_j,
     "wrong for y_i = 0.6612, dE_dx_j = -0.0659", "multiply, don't add"),
    # hidden_dE_dy
    (check_hidden_dE_dy, lambda w, dE_dx_j: w[0] * dE_dx_j[0],
     "wrong for w = [0.5, -0.6], dE_dx_j = [-0.0133, 0.008] (node 2 of the demo network): "
     "your hidden_dE_dy gave -0.00665, expected -0.01145", "not only the first one"),
    (check_hidden_dE_dy, lambda w, dE_dx_j: w[-1] * dE_dx_j[-1],
     "wrong for w = [0.5, -0.6], dE_dx_j = [-0.0133, 0.008]", "not only the last one"),
    (check_hidden_dE_dy, lambda w, dE_dx_j: sum(dE_dx_j),
     "wrong for w = [0.9], dE_dx_j = [-0.0659] (node 4 of the demo network)",
     "by the weight w_ij of its edge"),
    (check_hidden_dE_dy, lambda w, dE_dx_j: sum(w),
     "wrong for w = [0.9], dE_dx_j = [-0.0659]", "multiply each weight w_ij by dE/dx_j."),
    (check_hidden_dE_dy, lambda w, dE_dx_j: sum(w) * sum(dE_dx_j),
     "wrong for w = [0.5, -0.6], dE_dx_j = [-0.0133, 0.008]", "of its own node j, then add up"),
    (check_hidden_dE_dy, lambda w, dE_dx_j: -np.dot(w, dE_dx_j),
     "wrong for w = [0.9], dE_dx_j = [-0.0659]", "with no minus sign"),
    # update
    (check_update, lambda w, learning_rate, dE_dw: w + learning_rate * dE_dw,
     "wrong for w = 0.9, learning_rate = 1.0, dE_dw = -0.0436 (w_46 of the demo network): "
     "your update gave 0.8564, expected 0.9436", "subtract, so that the weight goes against"),
    (check_update, lambda w, learning_rate, dE_dw: w - dE_dw,
     "wrong for w = 0.5, learning_rate = 0.1, dE_dw = 2.0: your update gave -1.5, "
     "expected 0.3", "multiply dE/dw by the learning rate"),
    (check_update, lambda w, learning_rate, dE_dw: w - dE_dw / learning_rate,
     "wrong for w = 0.5, learning_rate = 0.1, dE_dw = 2.0", "don't divide"),
    (check_update, lambda w, learning_rate, dE_dw: -learning_rate * dE_dw,
     "wrong for w = 0.9, learning_rate = 1.0, dE_dw = -0.0436", "not only the change"),
    (check_update, lambda w, learning_rate, dE_dw: learning_rate * dE_dw,
     "wrong for w = 0.9, learning_rate = 1.0, dE_dw = -0.0436", "not only the step"),
    (check_update, lambda w, learning_rate, dE_dw: w,
     "wrong for w = 0.9, learning_rate = 1.0, dE_dw = -0.0436", "the weight must change"),
]


@pytest.mark.parametrize("checker, function, failing_case, hint", WRONG)
def test_a_typical_wrong_answer_names_the_failing_case_and_its_mistake(
        checker, function, failing_case, hint):
    result = checker(function)
    assert not result.passed
    assert result.status == "wrong"
    message = str(result)
    assert message.startswith("✗ " + failing_case), message
    assert "Hint: " in message and hint in message.split("Hint: ")[1], message
    assert "\n" not in message


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda exercise: exercise.name)
def test_every_listed_mistake_is_told_apart_from_the_answer_and_from_the_others(exercise):
    # Each mistake fails somewhere, and its own hint (not an earlier one's) is shown.
    for mistake in exercise.mistakes:
        result = check(exercise, mistake.answer)
        assert result.status == "wrong"
        assert str(result).endswith("Hint: " + mistake.hint), (exercise.name, str(result))


def test_the_reference_answers_are_right():
    for exercise in EXERCISES:
        assert check(exercise, exercise.reference).passed


def test_a_small_error_shows_enough_digits_to_see_the_difference():
    result = check_sigmoid(lambda x: sigmoid(x) * (1 + 1e-7))
    assert str(result).startswith("✗ wrong for x = 0.0: your sigmoid gave 0.5000001, "
                                  "expected 0.5. Hint: ")


def test_tolerance_is_relative_and_absolute_near_zero():
    # 1e-10 relative: within RELATIVE_TOLERANCE = 1e-9
    assert check_sigmoid(lambda x: sigmoid(x) * (1 + 1e-10)).passed
    # 1e-8 relative: outside it
    assert not check_sigmoid(lambda x: sigmoid(x) * (1 + 1e-8)).passed
    # f(-50) is 2e-22: near 0, ABSOLUTE_TOLERANCE = 1e-12 accepts 0 as well
    assert check_sigmoid(lambda x: 0.0 if x == -50.0 else sigmoid(x)).passed


# --- answers that are not numbers, raise, or are not written yet -------------------

def test_a_placeholder_is_not_written_yet():
    def sigmoid(x):
        raise NotImplementedError
    result = check_sigmoid(sigmoid)
    assert result.status == "not written"
    assert not result.passed
    assert str(result) == ("○ not written yet: replace the `raise NotImplementedError` "
                           "in sigmoid with your code")


def test_a_function_that_calls_a_placeholder_names_the_placeholder():
    def sigmoid(x):
        raise NotImplementedError

    def sigmoid_derivative(x, y):
        return sigmoid(x) * (1 - sigmoid(x))
    result = check_sigmoid_derivative(sigmoid_derivative)
    assert result.status == "not written"
    assert str(result) == ("○ not written yet: your sigmoid_derivative calls sigmoid, which "
                           "still has `raise NotImplementedError`: write sigmoid first")


def test_an_exception_is_reported_with_the_case_not_raised():
    result = check_sigmoid_derivative(lambda x, y: y * (1 - y) / x)
    assert str(result) == (
        "✗ wrong for x = 0.0, y = 0.5: your sigmoid_derivative raised ZeroDivisionError: float "
        "division by zero. Hint: " + exercises.SIGMOID_DERIVATIVE_EXERCISE.hint)


def test_list_arithmetic_on_arrays_is_reported_as_a_type_error():
    def node_input(y_i, w, b):
        return y_i + w + b + "x"    # a TypeError inside the learner's code
    result = check_node_input(node_input)
    assert str(result).startswith("✗ wrong for y_i = [1.0], w = [0.8], b = 0.1 (node 2 of the "
                                  "demo network): your node_input raised ")
    assert "Hint: x_j = sum_i w_ij y_i + b_j" in str(result)


def test_a_missing_return_is_reported():
    def output_dE_dy(y_output, y_target):
        y_output - y_target
    assert str(check_output_dE_dy(output_dE_dy)) == (
        "✗ wrong for y_output = 0.6201, y_target = 0.9 (node 6 of the demo network): your "
        "output_dE_dy returned None, expected a number. Hint: did you forget `return` in "
        "front of the result?")


def test_an_array_instead_of_one_number_is_reported_with_the_sum_hint():
    result = check_node_input(lambda y_i, w, b: w * y_i + b)
    assert str(result) == (
        "✗ wrong for y_i = [1.0], w = [0.8], b = 0.1 (node 2 of the demo network): your "
        "node_input returned an array of shape (1,), expected one number. Hint: x_j is one "
        "number: add up the products w_ij y_i (and the bias b_j).")
    result = check_hidden_dE_dy(lambda w, dE_dx_j: [w_ij * d for w_ij, d in zip(w, dE_dx_j)])
    assert str(result).startswith("✗ wrong for w = [0.9], dE_dx_j = [-0.0659] (node 4 of the "
                                  "demo network): your hidden_dE_dy returned a list of 1 items")
    assert str(result).endswith("Hint: dE/dy_i is one number: add up the products "
                                "w_ij dE/dx_j.")


@pytest.mark.parametrize("answer, text", [
    ("0.5", "returned str '0.5', expected a number"),
    (True, "returned True, expected a number"),
    (1 + 2j, "returned complex (1+2j), expected a number"),
    (np.array([0.5, 0.5]), "returned an array of shape (2,), expected one number"),
])
def test_answers_that_are_not_one_real_number_are_reported(answer, text):
    result = check_update(lambda w, learning_rate, dE_dw: answer)
    assert result.status == "wrong"
    assert f"your update {text}. Hint: " in str(result)


def test_nan_is_a_wrong_number():
    result = check_sigmoid(lambda x: float("nan"))
    assert str(result).startswith("✗ wrong for x = 0.0: your sigmoid gave nan, expected 0.5.")


def test_zero_dimensional_arrays_and_numpy_numbers_are_numbers():
    assert check_dE_dw(lambda y_i, dE_dx_j: np.array(y_i * dE_dx_j)).passed
    assert check_dE_dw(lambda y_i, dE_dx_j: np.float32(y_i) * 0 + np.float64(y_i) * dE_dx_j).passed


class _UnprintableError(Exception):
    def __str__(self):
        raise RuntimeError("no message")


class _Unrepresentable:
    def __repr__(self):
        raise RuntimeError("no repr")


class _Unconvertible(float):
    def __float__(self):
        raise RuntimeError("no float")


def _raise_unprintable(x):
    raise _UnprintableError


@pytest.mark.parametrize("function, text", [
    (lambda x: 10**400, "returned int 1000"),
    (lambda x: Fraction(10**400, 1), "returned Fraction Fraction(1000"),
    (_raise_unprintable, "raised _UnprintableError. Hint"),
    (lambda x: _Unrepresentable(), "returned _Unrepresentable <_Unrepresentable whose repr raised>"),
    (lambda x: _Unconvertible(0.5), "returned _Unconvertible"),
])
def test_whatever_the_learners_function_does_the_checker_reports_it(function, text):
    result = check_sigmoid(function)
    assert result.status == "wrong"
    assert f"your sigmoid {text}" in result.message
    assert check_backpropagation(**{**RIGHT_FUNCTIONS, "sigmoid": function}).status == "wrong"


def test_a_learners_long_value_or_message_is_shortened():
    def long_message(x):
        raise ValueError("x" * 10_000)

    for function in (long_message, lambda x: "y" * 10_000):
        message = check_sigmoid(function).message
        assert "x" * exercises.MAX_SHOWN not in message and "y" * exercises.MAX_SHOWN not in message
        assert len(message) < 2 * exercises.MAX_SHOWN + 200


def test_check_takes_an_exercise_or_its_name():
    assert check("sigmoid", sigmoid).passed
    assert check(EXERCISES[0], sigmoid).passed
    for exercise in ("sigmoidd", 3, None):
        with pytest.raises(TypeError, match="exercise must be an Exercise or one of the names"):
            check(exercise, sigmoid)


def test_something_that_is_not_a_function_is_reported():
    assert str(check_sigmoid(0.5)) == (
        "✗ sigmoid is not a function (it is float 0.5). Hint: define it with "
        "def sigmoid(x): ...")


# --- all the functions together -------------------------------------------------------

RIGHT_FUNCTIONS = dict(sigmoid=sigmoid, sigmoid_derivative=sigmoid_derivative,
                       node_input=node_input, output_dE_dy=output_dE_dy, dE_dx=dE_dx,
                       dE_dw=dE_dw, hidden_dE_dy=hidden_dE_dy, update=update)


def test_right_functions_give_every_number_of_the_demo_network():
    # 51 steps in the record, less the error E, which is not an exercise
    result = check_backpropagation(**RIGHT_FUNCTIONS)
    assert result.passed
    assert str(result) == ("✓ right: your functions give all 50 numbers of one update "
                           "of the demo network (forward, backward, update with learning "
                           "rate 0.5)")


@pytest.mark.parametrize("name, wrong, message", [
    ("sigmoid", lambda x: 1 / (1 + math.exp(x)),
     "✗ first difference at step 5 of 51, output y of node 2 (sigmoid): your sigmoid gave "
     "0.2891, expected 0.7109. Hint: run check_sigmoid(sigmoid)."),
    ("node_input", lambda y_i, w, b: w[0] * y_i[0] + b,
     "✗ first difference at step 7 of 51, total input x of node 4: your node_input gave "),
    ("output_dE_dy", lambda y_output, y_target: y_target - y_output,
     "✗ first difference at step 14 of 51, dE/dy of output node 6: your output_dE_dy gave "
     "0.2799, expected -0.2799. Hint: run check_output_dE_dy(output_dE_dy)."),
    # f'(x_6) = y_6 (1 - y_6) = 0.6201 * 0.3799
    ("sigmoid_derivative", lambda x, y: x * (1 - x),
     "✗ first difference at step 15 of 51, dE/dx of node 6, by the chain rule through f "
     "(sigmoid): your sigmoid_derivative gave 0.2499, expected 0.2356. "
     "Hint: run check_sigmoid_derivative(sigmoid_derivative)."),
    ("dE_dx", lambda f_prime, dE_dy: dE_dy,
     "✗ first difference at step 15 of 51, dE/dx of node 6, by the chain rule through f "
     "(sigmoid): your dE_dx gave -0.2799, expected -0.06594. Hint: run check_dE_dx(dE_dx)."),
    ("dE_dw", lambda y_i, dE_dx_j: -y_i * dE_dx_j,
     "✗ first difference at step 16 of 51, dE/dw of the edge from node 4 to node 6: "
     "your dE_dw gave 0.0436, expected -0.0436"),
    # nodes 4 and 5 feed only node 6, so the first term alone is right there;
    # node 2 feeds nodes 4 and 5
    ("hidden_dE_dy", lambda w, dE_dx_j: w[0] * dE_dx_j[0],
     "✗ first difference at step 29 of 51, dE/dy of node 2, from the nodes it feeds: "
     "your hidden_dE_dy gave "),
    # w_12 <- 0.8 - 0.5 * (-0.00235) = 0.8012
    ("update", lambda w, learning_rate, dE_dw: w + learning_rate * dE_dw,
     "✗ first difference at step 39 of 51, update of w from node 1 to node 2: your update "
     "gave 0.7988, expected 0.8012. Hint: run check_update(update)."),
    # the check's learning rate is 0.5, so a forgotten learning rate shows
    ("update", lambda w, learning_rate, dE_dw: w - dE_dw,
     "✗ first difference at step 39 of 51, update of w from node 1 to node 2: your update "
     "gave 0.8023, expected 0.8012."),
])
def test_one_wrong_function_is_found_at_the_first_step_that_uses_it(name, wrong, message):
    result = check_backpropagation(**{**RIGHT_FUNCTIONS, name: wrong})
    assert result.status == "wrong"
    assert str(result).startswith(message), str(result)


def test_an_update_that_leaves_the_biases_alone_is_caught_at_the_first_bias():
    # b_2 <- 0.1 - 0.5 * dE/db_2 = 0.1 - 0.5 * (-0.00235) = 0.1012
    def update_weights_only(w, learning_rate, dE_dw):
        return w if w in (0.1, -0.1, 0.2, -0.2) else w - learning_rate * dE_dw
    result = check_backpropagation(**{**RIGHT_FUNCTIONS, "update": update_weights_only})
    assert str(result).startswith("✗ first difference at step 40 of 51, update of the "
                                  "bias of node 2: your update gave 0.1, expected 0.1012.")


def test_the_whole_network_with_placeholders_is_not_written_yet():
    def node_input(y_i, w, b):
        raise NotImplementedError
    result = check_backpropagation(**{**RIGHT_FUNCTIONS, "node_input": node_input})
    assert result.status == "not written"
    assert str(result) == ("○ not written yet: replace the `raise NotImplementedError` in "
                           "node_input with your code (needed at step 3 of 51, total input "
                           "x of node 2)")


def test_the_whole_network_reports_an_exception_and_a_missing_return():
    result = check_backpropagation(**{**RIGHT_FUNCTIONS, "dE_dw": lambda y_i, dE_dx_j: 1 / 0})
    assert str(result) == ("✗ at step 16 of 51, dE/dw of the edge from node 4 to node 6: your "
                           "dE_dw raised ZeroDivisionError: division by zero. "
                           "Hint: run check_dE_dw(dE_dw).")
    result = check_backpropagation(**{**RIGHT_FUNCTIONS, "sigmoid": lambda x: None})
    assert str(result).startswith("✗ at step 5 of 51, output y of node 2 (sigmoid): your "
                                  "sigmoid returned None, expected a number.")


def test_the_whole_network_refuses_something_that_is_not_a_function():
    result = check_backpropagation(**{**RIGHT_FUNCTIONS, "update": 0.5})
    assert str(result) == "✗ update is not a function (it is float 0.5)"


# --- the scoreboard -------------------------------------------------------------------

def test_check_all_with_every_function_right():
    board = check_all(RIGHT_FUNCTIONS)
    assert board.score == 9
    lines = str(board).splitlines()
    assert lines[0] == "9 of 9 right"
    assert lines[1] == "  ✓ right: sigmoid matches on 6 cases"
    assert len(lines) == 10 and all(line.startswith("  ✓ right: ") for line in lines[1:])


def test_check_all_with_nothing_written():
    board = check_all({"x": 1.0})
    lines = str(board).splitlines()
    assert lines[0] == "0 of 9 right"
    assert lines[1] == ("  ○ not written yet: no function called sigmoid: define it with "
                        "def sigmoid(x):")
    assert lines[-1] == ("  ○ not written yet: the whole network needs sigmoid, "
                         "sigmoid_derivative, node_input, output_dE_dy, dE_dx, dE_dw, "
                         "hidden_dE_dy, update")


def test_check_all_mixes_right_wrong_and_missing():
    namespace = {**RIGHT_FUNCTIONS, "update": lambda w, learning_rate, dE_dw: w - dE_dw}
    del namespace["sigmoid_derivative"]
    lines = str(check_all(namespace)).splitlines()
    assert lines[0] == "6 of 9 right"
    assert lines[2].startswith("  ○ not written yet: no function called sigmoid_derivative")
    assert lines[8].startswith("  ✗ wrong for w = 0.5, learning_rate = 0.1, dE_dw = 2.0")
    assert lines[9] == "  ○ not written yet: the whole network needs sigmoid_derivative"


def test_check_all_needs_a_namespace():
    with pytest.raises(TypeError, match="namespace must be a dict of names, such as globals()"):
        check_all([sigmoid])


# --- the exercises ask for the package's own functions ---------------------------------

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


@pytest.mark.parametrize("notebook", ["09_exercises.ipynb", "09_exercises_solutions.ipynb"])
def test_the_notebook_asks_for_each_function_as_the_package_writes_it(notebook):
    # every exercise's def line is the package function's name and arguments,
    # e.g. def dE_dx(f_prime, dE_dy): as formulas.dE_dx
    cells = json.loads((NOTEBOOKS / notebook).read_text(encoding="utf-8"))["cells"]
    code = "\n".join("".join(cell["source"]) for cell in cells if cell["cell_type"] == "code")
    for exercise in EXERCISES:
        assert f"def {exercise.signature}:" in code, (notebook, exercise.signature)
    assert [exercise.signature for exercise in EXERCISES] == [
        "sigmoid(x)", "sigmoid_derivative(x, y)", "node_input(y_i, w, b)",
        "output_dE_dy(y_output, y_target)", "dE_dx(f_prime, dE_dy)", "dE_dw(y_i, dE_dx_j)",
        "hidden_dE_dy(w, dE_dx_j)", "update(w, learning_rate, dE_dw)"]
