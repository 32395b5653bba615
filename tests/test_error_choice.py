"""The error function is a choice (notebook 8): one confidently wrong output node, trained
with the squared error and with cross-entropy, and the picture of the two side by side."""

import math

import numpy as np
import pytest
from finite_differences import numeric_gradient
from picture_checks import assert_legible

from bp_helpers import Network
from bp_helpers.error_choice import (
    X_INPUT,
    Y_TARGET,
    compare_error_functions,
    confidently_wrong,
    train_recording_output,
)
from bp_helpers.pictures import canvas
from bp_helpers.pictures.lesson_plots import ERROR_STYLES, plot_error_choice

Y_START = 1 / (1 + math.exp(8))         # x = -4 * 1 + (-4) = -8


@pytest.fixture(scope="module")
def runs():
    return compare_error_functions(learning_rate=1.0, updates=50)


def test_the_node_is_confidently_wrong():
    net = confidently_wrong()
    assert net.predict(X_INPUT)[0] == pytest.approx(Y_START, rel=1e-12)
    assert Y_START == pytest.approx(0.000335, abs=5e-7) and Y_TARGET[0] == 1.0


def test_the_first_dE_dx_is_the_lessons_formula_for_each_error(runs):
    # squared: f'(x) (y - y_target) = y (1 - y) (y - 1); cross-entropy: y - y_target
    assert runs["squared"].dE_dx[0] == pytest.approx(Y_START * (1 - Y_START) * (Y_START - 1),
                                                     rel=1e-12)
    assert runs["cross_entropy"].dE_dx[0] == pytest.approx(Y_START - 1, rel=1e-12)
    assert runs["squared"].E[0] == pytest.approx(0.5 * (Y_START - 1) ** 2, rel=1e-12)
    assert runs["cross_entropy"].E[0] == pytest.approx(-math.log(Y_START), rel=1e-12)


@pytest.mark.parametrize("error", ["squared", "cross_entropy"])
def test_entry_k_is_after_k_updates_and_its_dE_dx_the_slope_against_the_bias(error):
    """x = w * 1 + b, so dE/dx = dE/db: central differences on b, at the start and
    after each of the 8 updates (9 entries: the last is after the last update)."""
    run = train_recording_output(confidently_wrong(error), X_INPUT, Y_TARGET, 1.0, 8)
    assert len(run.E) == len(run.y) == len(run.dE_dx) == 9
    net = confidently_wrong(error)
    for k in range(9):
        slope = numeric_gradient(lambda: net.error(X_INPUT, Y_TARGET), net.biases[0])[0]
        assert run.dE_dx[k] == pytest.approx(slope, rel=1e-5, abs=1e-10)
        assert run.E[k] == pytest.approx(net.error(X_INPUT, Y_TARGET), rel=1e-12)
        assert run.y[k] == pytest.approx(net.predict(X_INPUT)[0], rel=1e-12)
        net.forward(X_INPUT)
        net.backward(Y_TARGET)
        net.update(1.0)


def test_squared_error_barely_moves_cross_entropy_learns(runs):
    squared, cross_entropy = runs["squared"], runs["cross_entropy"]
    assert squared.y[-1] < 0.001 and np.all(np.abs(squared.dE_dx) < 0.001)
    assert cross_entropy.y[-1] > 0.98 and cross_entropy.E[-1] < 0.02


def test_the_network_given_is_not_changed():
    net = confidently_wrong("cross_entropy")
    train_recording_output(net, X_INPUT, Y_TARGET, 1.0, 5)
    assert net.weights[0][0, 0] == -4.0 and net.biases[0][0] == -4.0


@pytest.mark.parametrize("args, error, match", [
    ((Network([1, 2]), X_INPUT, [1.0, 0.0], 1.0, 5), ValueError, "one output node"),
    ((confidently_wrong(), X_INPUT, Y_TARGET, -1.0, 5), ValueError, "learning_rate"),
    ((confidently_wrong(), X_INPUT, Y_TARGET, 1.0, 0), ValueError, "updates"),
    ((confidently_wrong(), X_INPUT, Y_TARGET, 1.0, 2.5), TypeError, "updates"),
    ((confidently_wrong("cross_entropy"), X_INPUT, [2.0], 1.0, 5), ValueError, "T must be probab"),
    (("net", X_INPUT, Y_TARGET, 1.0, 5), TypeError, "net must be a Network"),
])
def test_bad_input_is_refused_by_name(args, error, match):
    with pytest.raises(error, match=match):
        train_recording_output(*args)


def test_the_picture_draws_each_run_in_its_own_style_and_is_legible(runs):
    figure = plot_error_choice(runs)
    assert canvas.shown_size(figure) == (800, 400)
    assert_legible(figure)
    ax_E, ax_dE_dx = figure.axes
    for ax, quantity in ((ax_E, "E"), (ax_dE_dx, "dE_dx")):
        lines = {line.get_label(): line for line in ax.get_lines() if line.get_label()[0] != "_"}
        assert set(lines) == {"squared error", "cross-entropy"}
        for name, label in (("squared", "squared error"), ("cross_entropy", "cross-entropy")):
            np.testing.assert_array_equal(lines[label].get_ydata(), getattr(runs[name], quantity))
            assert lines[label].get_color() == ERROR_STYLES[name]["color"]
        assert lines["squared error"].get_linestyle() != lines["cross-entropy"].get_linestyle()


def test_the_picture_refuses_what_is_not_runs():
    with pytest.raises(TypeError, match="runs must be a dict"):
        plot_error_choice([1, 2])
    with pytest.raises(TypeError, match="runs must be a dict"):
        plot_error_choice({"absolute": None})
