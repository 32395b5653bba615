"""The widgets, driven from Python as a learner drives them in the browser."""

import math

import numpy as np
import pytest

from bp_helpers import DEMO_EXAMPLE, Network, datasets, demo_network
from bp_helpers.latex import colorize
from bp_helpers.widgets import LearningRateExplorer, Stepper

PNG_START = b"\x89PNG"


@pytest.fixture
def stepper():
    return Stepper(demo_network(), *DEMO_EXAMPLE, learning_rate=1.0)


@pytest.fixture
def demo_data():
    x_input, y_target = DEMO_EXAMPLE
    return x_input.reshape(1, 1), y_target.reshape(1, 1)


def test_stepper_starts_at_the_first_forward_step(stepper):
    assert stepper.step == 0
    assert "step 1 of 51" in stepper.step_label.value
    assert "forward" in stepper.step_label.value
    assert stepper.first_button.disabled and stepper.previous_button.disabled
    assert not stepper.next_button.disabled
    assert bytes(stepper.diagram_image.value[:4]) == PNG_START


def test_next_and_previous_move_one_step_and_redraw(stepper):
    images, formulas = [stepper.diagram_image.value], [stepper.formula.value]
    for expected in range(1, 7):
        stepper.next_button.click()
        assert stepper.step == expected
        images.append(stepper.diagram_image.value)
        formulas.append(stepper.formula.value)
    assert len(set(images)) == len(images)
    assert len(set(formulas)) == len(formulas)
    # step 7 is x_4 = w_24 y_2 + w_34 y_3 + b_4 with the demo's numbers
    assert "step 7 of 51" in stepper.step_label.value
    assert r"0.500 \cdot 0.711 + 0.300 \cdot 0.378 + 0.200 = 0.669" in stepper.formula.value
    assert stepper.highlight["target"] == ("node", 2, 0)
    stepper.previous_button.click()
    assert stepper.step == 5


def test_first_and_last_buttons(stepper):
    stepper.last_button.click()
    assert stepper.step == 50
    assert "update" in stepper.step_label.value
    assert stepper.next_button.disabled and stepper.last_button.disabled
    stepper.first_button.click()
    assert stepper.step == 0


def test_the_end_compares_the_error_before_and_after(stepper):
    assert stepper.summary.value == ""
    stepper.last_button.click()
    summary = stepper.summary.value
    assert "E = 0.0392 before, E = 0.0322 after" in summary
    assert "went down" in summary
    assert "w_46: 0.900 → 0.944" in summary


def test_play_is_linked_to_the_step_slider(stepper):
    assert stepper.play.max == stepper.step_slider.max == 50
    stepper.step_slider.value = 12       # what Play does in the browser
    assert "error" in stepper.step_label.value
    stepper.speed.value = "fast"
    assert stepper.play.interval == 300


def test_learning_rate_slider_changes_the_update_numbers_at_once(stepper):
    stepper.last_button.click()          # b_6 <- b_6 - alpha dE/db_6
    assert r"0.100 - 1.00 \cdot (-0.0659) = 0.166" in stepper.formula.value
    assert stepper.learning_rate_label.value == "α = 1"
    stepper.learning_rate_slider.value = 0.1
    assert stepper.learning_rate_label.value == "α = 0.1"
    assert stepper.step == 50
    assert r"0.100 - 0.100 \cdot (-0.0659) = 0.107" in stepper.formula.value


def test_formulas_are_coloured_like_the_diagram(stepper):
    stepper.go(6)
    assert r"\textcolor{#0072B2}{x_{4}}" in stepper.formula.value
    assert r"\textcolor{#D55E00}{y_{2}}" in stepper.formula.value


def test_colorize_keeps_every_symbol_and_its_label():
    latex = r"\frac{dE}{dx_{6}} = f'(x_{6})\,\frac{dE}{dy_{6}}"
    coloured = colorize(latex)
    assert coloured == (r"\textcolor{#E69F00}{\frac{dE}{dx_{6}}} = f'(\textcolor{#0072B2}{x_{6}})"
                        r"\,\textcolor{#009E73}{\frac{dE}{dy_{6}}}")
    assert colorize(r"\max(0, x_{4})") == r"\max(0, \textcolor{#0072B2}{x_{4}})"


def test_quiz_hides_the_value_until_predicted():
    stepper = Stepper(demo_network(), *DEMO_EXAMPLE, quiz=True)
    stepper.go(2)                          # x_2 = 0.8 * 1.0 + 0.1 = 0.900
    assert stepper.hidden
    assert r"= \;?" in stepper.formula.value
    stepper.guess.value = 0.5
    stepper.check_button.click()
    assert "Not yet" in stepper.quiz_feedback.value
    assert "w_{12}" in stepper.quiz_feedback.value  # which formula to use
    assert stepper.hidden
    stepper.guess.value = 0.9
    stepper.check_button.click()
    assert "Right" in stepper.quiz_feedback.value
    assert not stepper.hidden
    assert "= 0.900" in stepper.formula.value


def test_quiz_reveal_and_off_by_default(stepper):
    assert not stepper.hidden
    assert stepper.quiz_box.layout.display == "none"
    stepper.quiz_toggle.value = True
    assert stepper.hidden
    stepper.reveal_button.click()
    assert not stepper.hidden


def test_stepper_rejects_bad_input():
    with pytest.raises(TypeError, match="net"):
        Stepper("demo", *DEMO_EXAMPLE)
    with pytest.raises(ValueError, match="learning_rate"):
        Stepper(demo_network(), *DEMO_EXAMPLE, learning_rate=0)
    with pytest.raises(ValueError, match="x_input"):
        Stepper(demo_network(), [1.0, 2.0], DEMO_EXAMPLE[1])


@pytest.mark.parametrize("rate, label", [(0.01, "too slow"), (1.0, "converging"),
                                         (100.0, "stalled")])
def test_explorer_verdicts_for_small_good_and_too_large_rates(demo_data, rate, label):
    explorer = LearningRateExplorer(demo_network(), *demo_data, learning_rate=rate, steps=100)
    assert explorer.verdict_result.label == label
    assert label in explorer.verdict.value


def test_explorer_slider_retrains_and_redraws(demo_data):
    explorer = LearningRateExplorer(demo_network(), *demo_data, learning_rate=1.0, steps=100)
    curve, verdict = explorer.curve_image.value, explorer.verdict.value
    explorer.learning_rate_slider.value = 0.01
    assert explorer.curve_image.value != curve
    assert explorer.verdict.value != verdict
    assert "too slow" in explorer.verdict.value
    explorer.steps_slider.value = 300
    assert len(explorer.result.errors) == 300


def test_explorer_trains_a_fresh_copy_each_time(demo_data):
    net = demo_network()
    explorer = LearningRateExplorer(net, *demo_data, learning_rate=1.0, steps=50)
    first = explorer.result.final_error
    explorer.learning_rate_slider.value = 0.5
    explorer.learning_rate_slider.value = 1.0
    assert explorer.result.final_error == first
    np.testing.assert_array_equal(net.weights[0], demo_network().weights[0])


def test_explorer_reports_divergence_with_its_step():
    X = np.linspace(-1, 1, 10).reshape(-1, 1)
    T = 2 * X + 0.5
    explorer = LearningRateExplorer(Network([1, 1], "linear", seed=0), X, T,
                                    learning_rate=10.0, steps=100)
    assert explorer.verdict_result.label == "diverged"
    assert f"diverged at step {explorer.result.diverged_at}" in explorer.verdict.value
    assert np.isfinite(explorer.result.errors).all()
    assert explorer.curve.note.get_text().startswith("diverged at step")


def test_explorer_compares_kept_curves_and_resets(demo_data):
    explorer = LearningRateExplorer(demo_network(), *demo_data, compare=[0.01, 100])
    assert [line.get_label() for line in explorer.curve.kept] == [
        "α = 0.01 (too slow)", "α = 100 (stalled)"]
    explorer.keep_button.click()
    assert len(explorer.curve.kept) == 3
    explorer.learning_rate_slider.value = 5.0
    explorer.reset_button.click()
    assert explorer.learning_rate_slider.value == 1.0
    assert explorer.curve.kept == []


def test_explorer_draws_the_decision_boundary_for_2d_data():
    X, T = datasets.xor()
    explorer = LearningRateExplorer(Network([2, 3, 1], seed=1), X, T, learning_rate=5.0, steps=300)
    assert explorer.boundary is not None
    assert bytes(explorer.boundary_image.value[:4]) == PNG_START
    grid_prediction = explorer.boundary.image.get_array()
    assert 0 <= grid_prediction.min() and grid_prediction.max() <= 1


def test_explorer_shows_progress_for_long_runs(demo_data):
    explorer = LearningRateExplorer(demo_network(), *demo_data, steps=100)
    seen = []
    explorer.progress.observe(lambda change: seen.append(change.new), "value")
    explorer.steps_slider.value = 1000
    assert seen and seen[-1] == 1000
    assert explorer.progress.layout.visibility == "hidden"   # hidden again when done


def test_explorer_rejects_bad_input(demo_data):
    with pytest.raises(ValueError, match="learning_rate"):
        LearningRateExplorer(demo_network(), *demo_data, learning_rate=-1)
    with pytest.raises(ValueError, match="X"):
        LearningRateExplorer(demo_network(), np.ones((1, 3)), demo_data[1])


def test_the_learning_rate_slider_grid_passes_through_the_starting_rate(demo_data):
    explorer = LearningRateExplorer(demo_network(), *demo_data, learning_rate=3.0, steps=20)
    slider = explorer.learning_rate_slider
    k = (math.log10(3.0) - slider.min) / slider.step
    assert abs(k - round(k)) < 1e-9          # the browser keeps 3, not the nearest 3.16
    assert slider.min <= -3 + slider.step and slider.max >= 2 - slider.step
    assert explorer.learning_rate_label.value == "α = 3"
