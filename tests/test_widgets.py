"""The widgets, driven from Python as a learner drives them in the browser."""

import functools
import re
import threading
import time
import warnings

import matplotlib
import numpy as np
import pytest
from widget_doubles import ExplorerWithBackground

from bp_helpers import DEMO_EXAMPLE, Network, datasets, demo_network, train, train_rates, widgets
from bp_helpers.formatting import format_number, format_rate
from bp_helpers.pictures import colors
from bp_helpers.pictures.formula_latex import colorize
from bp_helpers.presets import MAZUR_EXAMPLE, mazur_network
from bp_helpers.training import check_data

# ipywidgets 7.7.1 (Colab's, `make test-ipywidgets7`) warns of ipykernel's old Comm
# class whenever a widget is made: not a warning of this package.
IPYWIDGETS7_COMM = r"The `ipykernel.comm.Comm` class has been deprecated"

# The widgets without their work in the background, except where a test is about that work.
Stepper = functools.partial(widgets.Stepper, background=False)
LearningRateExplorer = functools.partial(widgets.LearningRateExplorer, background=False)


PNG_START = b"\x89PNG"
SVG_START = b"<?xml"


@pytest.fixture
def stepper():
    return Stepper(demo_network(), *DEMO_EXAMPLE, learning_rate=1.0)


def small_player(stepper_class=Stepper):
    """The player of the smallest network, one input and one output: 13 steps (the
    demo has 51), for the tests of what the player does with all its pictures."""
    return stepper_class(Network([1, 1], seed=0), np.array([0.5]), np.array([0.2]),
                         learning_rate=1.0)


def test_the_player_draws_every_step_ahead_in_the_background():
    stepper = small_player(widgets.Stepper)
    stepper._thread.join(timeout=120)
    assert {k for k, hidden in stepper.pictures if not hidden} == set(range(len(stepper.record)))
    drawn = dict(stepper.pictures)
    stepper.go(7)                                    # a picture drawn ahead: shown as it is
    assert bytes(stepper.diagram_image.value) == drawn[7, False].diagram
    assert bytes(stepper.formula_image.value) == drawn[7, False].formula_svg
    stepper.set_learning_rate(5.0)                   # a new record: drawn again
    stepper._thread.join(timeout=120)
    last = len(stepper.record) - 1                   # an update step: new weights with α = 5
    assert stepper.pictures[last, False].diagram != drawn[last, False].diagram
    assert stepper.pictures[last, False].formula_svg != drawn[last, False].formula_svg
    with pytest.raises(TypeError, match="background must be True or False"):
        widgets.Stepper(demo_network(), *DEMO_EXAMPLE, background=1)


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
    assert bytes(stepper.diagram_image.value[:5]) == SVG_START      # sharp at any zoom
    assert stepper.diagram_image.format == "svg+xml"
    assert int(stepper.diagram_image.width) <= 1000


def test_next_and_previous_move_one_step_and_redraw(stepper):
    images, formulas = [stepper.diagram_image.value], [stepper.formula]
    for expected in range(1, 7):
        stepper.next_button.click()
        assert stepper.step == expected
        images.append(stepper.diagram_image.value)
        formulas.append(stepper.formula)
    assert len(set(images)) == len(images)
    assert len(set(formulas)) == len(formulas)
    # step 7 is x_4 = w_24 y_2 + w_34 y_3 + b_4 with the demo's numbers
    assert "step 7 of 51" in stepper.step_label.value
    assert r"0.500 \cdot 0.711 + 0.300 \cdot 0.378 + 0.200 = 0.669" in stepper.formula
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
    assert r"0.100 - 1.00 \cdot (-0.0659) = 0.166" in stepper.formula
    assert stepper.learning_rate_label.value == "α = 1"
    stepper.learning_rate_slider.value = 0.1
    assert stepper.learning_rate_label.value == "α = 0.1"
    assert stepper.step == 50
    assert r"0.100 - 0.100 \cdot (-0.0659) = 0.107" in stepper.formula


def test_formulas_are_drawn_coloured_like_the_diagram(stepper):
    """The formula is a picture (no LaTeX for a front end to typeset), its
    symbols in the diagram's colours: x_4 = w_24 y_2 + w_34 y_3 + b_4."""
    stepper.go(6)
    assert stepper.formula.startswith("x_{4} = w_{24}")
    assert stepper.formula_image.format == "svg+xml"
    picture = bytes(stepper.formula_image.value).decode()
    assert "<text" not in picture and "$" not in picture      # shapes only
    for color in (colors.X, colors.W, colors.Y):            # (black, the default, is not written)
        assert f"fill: {color.lower()}" in picture
    assert f"fill: {colors.DE_DX.lower()}" not in picture      # no dE/dx in this step
    width, height = int(stepper.formula_image.width), int(stepper.formula_image.height)
    assert 200 < width <= 1000 and 40 < height < 200


def test_colorize_keeps_every_symbol_and_its_label():
    latex = r"\frac{dE}{dx_{6}} = f'(x_{6})\,\frac{dE}{dy_{6}}"
    coloured = colorize(latex)
    assert coloured == (rf"\textcolor{{{colors.DE_DX}}}{{\frac{{dE}}{{dx_{{6}}}}}} = "
                        rf"f'(\textcolor{{{colors.X}}}{{x_{{6}}}})"
                        rf"\,\textcolor{{{colors.DE_DY}}}{{\frac{{dE}}{{dy_{{6}}}}}}")
    assert colorize(r"\max(0, x_{4})") == rf"\max(0, \textcolor{{{colors.X}}}{{x_{{4}}}})"


def test_quiz_hides_the_value_until_predicted():
    stepper = Stepper(demo_network(), *DEMO_EXAMPLE, quiz=True)
    stepper.go(2)                          # x_2 = 0.8 * 1.0 + 0.1 = 0.900
    assert stepper.hidden
    assert r"= \;?" in stepper.formula
    stepper.guess.value = "0.5"
    stepper.check_button.click()
    assert "Not yet" in stepper.quiz_feedback.value
    assert "formula above" in stepper.quiz_feedback.value  # which formula to use
    assert stepper.hidden
    stepper.guess.value = "0.9"
    stepper.check_button.click()
    assert "Right" in stepper.quiz_feedback.value
    assert not stepper.hidden
    assert "= 0.900" in stepper.formula


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
    explorer = LearningRateExplorer(demo_network(), *demo_data, learning_rate=rate, updates=100)
    assert explorer.verdict_result.label == label
    assert label in explorer.verdict.value


def test_explorer_slider_retrains_and_redraws(demo_data):
    explorer = LearningRateExplorer(demo_network(), *demo_data, learning_rate=1.0, updates=100)
    curve, verdict = explorer.curve_image.value, explorer.verdict.value
    explorer.learning_rate_slider.value = 0.01
    assert explorer.curve_image.value != curve
    assert explorer.verdict.value != verdict
    assert "too slow" in explorer.verdict.value
    explorer.updates_slider.value = 300
    assert len(explorer.result.errors) == 300


def test_explorer_trains_a_fresh_copy_each_time(demo_data):
    net = demo_network()
    explorer = LearningRateExplorer(net, *demo_data, learning_rate=1.0, updates=50)
    first = explorer.result.final_error
    explorer.learning_rate_slider.value = 0.5
    explorer.learning_rate_slider.value = 1.0
    assert explorer.result.final_error == first
    np.testing.assert_array_equal(net.weights[0], demo_network().weights[0])


def test_explorer_reports_divergence_with_its_step():
    X = np.linspace(-1, 1, 10).reshape(-1, 1)
    T = 2 * X + 0.5
    explorer = LearningRateExplorer(Network([1, 1], "linear", seed=0), X, T,
                                    learning_rate=10.0, updates=100)
    assert explorer.verdict_result.label == "diverged"
    assert f"diverged at update {explorer.result.diverged_at}" in explorer.verdict.value
    assert np.isfinite(explorer.result.errors).all()
    assert explorer.curve.cross.get_xdata()[-1] == explorer.result.diverged_at


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
    explorer = LearningRateExplorer(Network([2, 3, 1], seed=1), X, T, learning_rate=5.0, updates=300)
    assert explorer.boundary is not None
    assert bytes(explorer.boundary_image.value[:5]) == SVG_START
    grid_prediction = explorer.boundary.image.get_array()
    assert 0 <= grid_prediction.min() and grid_prediction.max() <= 1


def test_explorer_shows_progress_for_long_runs(demo_data):
    explorer = LearningRateExplorer(demo_network(), *demo_data, updates=100)
    seen = []
    explorer.progress.observe(lambda change: seen.append(change.new), "value")
    explorer.updates_slider.value = 1000
    assert explorer.wait_for_answer(timeout=120)
    assert seen and seen[-1] == 1000
    assert explorer.progress.layout.visibility == "hidden"   # hidden again when done


def test_a_long_run_not_trained_yet_is_answered_at_once_then_shown_when_trained(demo_data):
    explorer = LearningRateExplorer(demo_network(), *demo_data, updates=100)
    assert widgets.LONG_RUN_UPDATES <= 1000
    explorer.updates_slider.value = 1000
    # At once: the run's start, and words that say it is training; no stale network.
    assert explorer.curve.line.get_label() == "α = 1 (training)"
    assert "training α = 1 for 1000 updates" in explorer.verdict.value
    assert explorer.diagram_image.layout.visibility == "hidden"
    assert explorer.wait_for_answer(timeout=120)
    alone = train(demo_network(), *demo_data, 1.0, 1000)
    np.testing.assert_array_equal(explorer.result.errors, alone.errors)
    assert explorer.curve.line.get_label() == f"α = 1 ({explorer.verdict_result.label})"
    assert explorer.diagram_image.layout.visibility == "visible"
    assert explorer.problem.layout.display == "none"


def test_moves_while_a_long_run_trains_are_answered_in_turn_the_latest_only(demo_data,
                                                                           monkeypatch):
    explorer = LearningRateExplorer(demo_network(), *demo_data, updates=1000)
    started, go_on, trained = threading.Event(), threading.Event(), []
    real_train = widgets.train

    def train_held(net, X, T, learning_rate, *args, **kwargs):
        trained.append(learning_rate)
        started.set()
        go_on.wait(timeout=60)
        return real_train(net, X, T, learning_rate, *args, **kwargs)
    monkeypatch.setattr(widgets, "train", train_held)
    explorer.learning_rate_slider.value = 0.3
    assert started.wait(timeout=60)
    for rate in (0.5, 2.0, 5.0):        # while 0.3 trains
        explorer.learning_rate_slider.value = rate
        assert explorer.curve.line.get_label() == f"α = {format_rate(rate)} (training)"
    go_on.set()
    assert explorer.wait_for_answer(timeout=120)
    assert trained == [0.3, 5.0]        # 0.5 and 2 were left behind
    np.testing.assert_array_equal(explorer.result.errors,
                                  real_train(demo_network(), *demo_data, 5.0, 1000).errors)


def test_explorer_rejects_bad_input(demo_data):
    with pytest.raises(ValueError, match="learning_rate"):
        LearningRateExplorer(demo_network(), *demo_data, learning_rate=-1)
    with pytest.raises(ValueError, match="X"):
        LearningRateExplorer(demo_network(), np.ones((1, 3)), demo_data[1])


# --- the learning-rate sliders ------------------------------------------------

def slider_rates(slider):
    return [rate for _, rate in slider.options]


@pytest.mark.parametrize("start", [3.0, 0.3, 1.0, 0.0123, 0.001, 100])
def test_the_learning_rate_slider_spans_0_001_to_100_and_holds_the_starting_rate(demo_data, start):
    explorer = LearningRateExplorer(demo_network(), *demo_data, learning_rate=start, updates=5)
    for slider in (explorer.learning_rate_slider,
                   Stepper(demo_network(), *DEMO_EXAMPLE, start).learning_rate_slider):
        rates = slider_rates(slider)
        assert rates[0] == 0.001 and rates[-1] == 100      # exactly, whatever the start
        assert rates == sorted(set(rates))
        assert slider.value == start                       # the browser keeps it as it is
        assert [label for label, _ in slider.options] == [format_rate(r) for r in rates]
        assert "bp-lr-slider" in slider._dom_classes
    assert explorer.learning_rate_label.value == f"α = {format_rate(start)}"
    assert "bp-lr-value" in explorer.learning_rate_label._dom_classes


def test_the_learning_rate_slider_stops_at_round_rates_about_ten_to_a_power_of_ten(demo_data):
    rates = slider_rates(LearningRateExplorer(demo_network(), *demo_data, updates=5)
                         .learning_rate_slider)
    assert len(rates) == 51
    assert {0.01, 0.1, 0.3, 0.5, 1.0, 3.0, 5.0, 10.0, 50.0} <= set(rates)
    ratios = np.array(rates[1:]) / np.array(rates[:-1])
    assert ratios.min() > 1.1 and ratios.max() < 1.4        # evenly spread on a log scale


@pytest.mark.parametrize("rate", [1000, 100.5, 0.0009, 1e-5])
def test_a_learning_rate_beyond_the_sliders_is_refused(demo_data, rate):
    X, T = datasets.xor()
    with pytest.raises(ValueError, match=r"learning_rate must be between 0\.001 and 100"):
        LearningRateExplorer(Network([2, 3, 1], seed=1), X, T, learning_rate=rate)
    with pytest.raises(ValueError, match=r"learning_rate must be between 0\.001 and 100"):
        Stepper(demo_network(), *DEMO_EXAMPLE, learning_rate=rate)
    with pytest.raises(ValueError, match=r"compare\[1\] must be between 0\.001 and 100"):
        LearningRateExplorer(demo_network(), *demo_data, compare=[1.0, rate])


def test_explorer_compare_is_a_list_of_at_most_five_rates(demo_data):
    with pytest.raises(TypeError, match="compare must be a list"):
        LearningRateExplorer(demo_network(), *demo_data, compare=0.1)
    with pytest.raises(ValueError, match="compare can hold at most 5"):
        LearningRateExplorer(demo_network(), *demo_data, updates=5,
                             compare=[0.01, 0.1, 0.3, 3, 10, 100])


def test_reset_always_redraws_the_starting_state(demo_data):
    explorer = LearningRateExplorer(demo_network(), *demo_data, learning_rate=3.0, updates=50)
    first_curve, first_verdict = explorer.curve_image.value, explorer.verdict.value
    explorer.keep_button.click()
    explorer.learning_rate_slider.value = 0.1
    explorer.reset_button.click()
    assert explorer.curve.kept == []
    assert explorer.learning_rate_slider.value == 3.0 and explorer.updates_slider.value == 50
    assert explorer.curve_image.value == first_curve
    assert explorer.verdict.value == first_verdict
    explorer.keep_button.click()             # at the start already: Reset still clears and redraws
    explorer.reset_button.click()
    assert explorer.curve.kept == [] and explorer.curve_image.value == first_curve


def test_run_with_arguments_moves_the_sliders_and_trains_once(demo_data, monkeypatch):
    explorer = LearningRateExplorer(demo_network(), *demo_data, updates=50)
    trained = []
    real_train = widgets.train

    def train_recorded(net, X, T, learning_rate, updates, **kwargs):
        trained.append((learning_rate, updates))
        return real_train(net, X, T, learning_rate, updates, **kwargs)
    monkeypatch.setattr(widgets, "train", train_recorded)
    result = explorer.run(learning_rate=50, updates=80)
    assert trained == [(50.0, 80)]
    assert explorer.learning_rate_slider.value == 50 and explorer.updates_slider.value == 80
    assert explorer.learning_rate_label.value == "α = 50"
    assert "α = 50" in explorer.curve.line.get_label()
    assert len(result.errors) == 80
    trained.clear()
    explorer.run()                           # no arguments: the sliders' values
    assert trained == [(50.0, 80)]


@pytest.mark.parametrize("arguments, error, match", [
    (dict(learning_rate=0), ValueError, r"learning_rate must be a finite number greater than 0"),
    (dict(learning_rate=500), ValueError, r"learning_rate must be between 0\.001 and 100"),
    (dict(learning_rate=0.055), ValueError, r"learning_rate must be one of the slider's rates, "
                                            r"such as 0\.05 or 0\.06"),
    (dict(learning_rate="1"), TypeError, "learning_rate must be a number"),
    (dict(updates=0), ValueError, "updates must be at least 1"),
    (dict(updates=2.5), TypeError, "updates must be a whole number"),
    (dict(updates=2001), ValueError, r"updates must be at most 2000 \(max_updates\)"),
    (dict(learning_rate=3.0, updates=0), ValueError, "updates"),
])
def test_run_refuses_bad_arguments_and_leaves_the_sliders(demo_data, arguments, error, match):
    explorer = LearningRateExplorer(demo_network(), *demo_data, updates=50)
    verdict = explorer.verdict.value
    with pytest.raises(error, match=match):
        explorer.run(**arguments)
    assert (explorer.learning_rate_slider.value, explorer.updates_slider.value) == (1.0, 50)
    assert explorer.verdict.value == verdict


def test_max_updates_follows_updates_unless_given(demo_data):
    explorer = LearningRateExplorer(demo_network(), *demo_data, updates=3000)
    assert explorer.updates_slider.max == 3000
    assert LearningRateExplorer(demo_network(), *demo_data, updates=5).updates_slider.max == 2000
    with pytest.raises(ValueError, match=r"max_updates must be at least updates \(3000\), got 2000"):
        LearningRateExplorer(demo_network(), *demo_data, updates=3000, max_updates=2000)
    with pytest.raises(TypeError, match="max_updates must be a whole number"):
        LearningRateExplorer(demo_network(), *demo_data, max_updates="many")


# --- the player keeps its own network and a bounded number of pictures --------

def test_stepper_keeps_a_copy_of_the_network():
    net = demo_network()
    stepper = Stepper(net, *DEMO_EXAMPLE, learning_rate=1.0)
    stepper.last_button.click()
    summary = stepper.summary.value
    for _ in range(20):                      # the caller trains net after building the player
        net.forward(DEMO_EXAMPLE[0])
        net.backward(DEMO_EXAMPLE[1])
        net.update(1.0)
    stepper.learning_rate_slider.value = 0.5
    stepper.learning_rate_slider.value = 1.0
    assert stepper.summary.value == summary
    assert "E = 0.0392 before" in stepper.summary.value


def test_stepper_set_learning_rate_moves_the_slider(stepper):
    stepper.last_button.click()
    stepper.set_learning_rate(0.1)
    assert stepper.learning_rate_slider.value == 0.1
    assert stepper.learning_rate_label.value == "α = 0.1"
    assert r"0.100 - 0.100 \cdot (-0.0659) = 0.107" in stepper.formula
    with pytest.raises(ValueError, match="learning_rate must be between"):
        stepper.set_learning_rate(1000)


def test_the_player_keeps_only_the_last_PICTURES_KEPT_pictures(monkeypatch):
    monkeypatch.setattr(widgets, "PICTURES_KEPT", 16)
    stepper = small_player()
    for quiz in (False, True):               # 13 steps, each drawn shown and hidden: 26
        stepper.quiz_toggle.value = quiz
        for k in range(len(stepper.record)):
            stepper.go(k)
            assert len(stepper.pictures) <= 16
    assert len(stepper.pictures) == 16
    assert (12, True) in stepper.pictures and (0, False) not in stepper.pictures  # oldest go
    stepper.quiz_toggle.value = False
    stepper.go(0)                            # drawn again when needed, the same picture
    assert stepper.diagram_image.value == small_player().diagram_image.value
    assert len(stepper.pictures) == 16


# --- quiz mode ----------------------------------------------------------------

def quiz_at(k, net=None, example=DEMO_EXAMPLE, learning_rate=1.0):
    stepper = Stepper(net or demo_network(), *example, learning_rate, quiz=True)
    stepper.go(k)
    return stepper


def guess(stepper, text):
    stepper.guess.value = text
    stepper.check_button.click()
    return stepper.quiz_feedback.value


def test_quiz_box_starts_empty_and_an_empty_check_is_refused():
    stepper = quiz_at(34)                   # dE/dw_13 = 0.000375
    assert stepper.guess.value == ""
    feedback = guess(stepper, "")
    assert "Type your prediction" in feedback
    assert "Right" not in feedback and stepper.hidden


@pytest.mark.parametrize("typed", ["0", "-0.0001", "-0.000375", "0.00036", "0.0004"])
def test_quiz_wrong_sign_or_more_than_2_percent_off_is_not_right(typed):
    stepper = quiz_at(34)                   # dE/dw_13 = 0.000375
    assert "Not yet" in guess(stepper, typed)
    assert stepper.hidden


@pytest.mark.parametrize("typed", ["0.000375", "3.75e-4", " 0.00037 ", "0.000381"])
def test_quiz_within_2_percent_with_the_right_sign_is_right(typed):
    stepper = quiz_at(34)
    assert "Right" in guess(stepper, typed)
    assert not stepper.hidden


def test_quiz_says_when_the_sign_is_wrong():
    stepper = quiz_at(34)
    assert "sign" in guess(stepper, "-0.000375")
    assert "sign" not in guess(stepper, "0.5")


def test_quiz_value_of_exactly_0_needs_a_guess_of_0():
    stepper = quiz_at(30, example=(np.array([0.0]), np.array([0.9])))
    assert stepper.record[30].value == 0           # dE/dw_12 = y_1 dE/dx_2 with y_1 = 0
    assert "Not yet" in guess(stepper, "1e-9")
    assert "Right" in guess(stepper, "0")


def test_quiz_unparsable_entry_gets_a_friendly_message():
    stepper = quiz_at(2)
    feedback = guess(stepper, "zero point nine")
    assert "is not a number" in feedback and "zero point nine" in feedback
    assert stepper.hidden
    assert "&lt;b&gt;" in guess(stepper, "<b>")          # the entry is shown as text


def test_quiz_box_is_emptied_on_another_step():
    stepper = quiz_at(2)
    guess(stepper, "0.5")
    stepper.next_button.click()
    assert stepper.guess.value == "" and stepper.quiz_feedback.value == ""


def test_quiz_hides_the_summary_until_the_last_value_is_revealed():
    stepper = Stepper(mazur_network(), *MAZUR_EXAMPLE, 0.5, quiz=True)
    stepper.last_button.click()
    last = stepper.record[stepper.step]
    assert stepper.hidden
    assert format_number(last.value) not in stepper.summary.value
    assert stepper.summary.value == ""
    stepper.reveal_button.click()
    assert "After one update" in stepper.summary.value
    assert format_number(last.value) in stepper.summary.value


def test_a_learning_rate_change_forgets_the_reveals_whose_value_changed():
    stepper = quiz_at(2)
    stepper.reveal_button.click()            # a forward step: the rate does not change it
    stepper.last_button.click()
    stepper.reveal_button.click()            # an update step: the rate changes it
    assert not stepper.hidden
    stepper.learning_rate_slider.value = 0.1
    assert stepper.hidden                    # its value changed: hidden again
    assert r"= \;?" in stepper.formula
    stepper.go(2)
    assert not stepper.hidden                # still the same value: still revealed


# --- every rate at once --------------------------------------------------------------

def test_explorer_trains_every_rate_in_the_background_then_answers_without_training(
        demo_data, monkeypatch):
    explorer = ExplorerWithBackground(demo_network(), *demo_data, updates=100)
    assert explorer.wait(timeout=120)
    rates = [rate for _, rate in explorer.learning_rate_slider.options]
    assert list(explorer.sweep.learning_rates) == rates
    trained = []
    monkeypatch.setattr(widgets, "train", lambda *args, **kwargs: trained.append(args))
    for rate in (0.01, 5.0, 100.0):
        explorer.learning_rate_slider.value = rate
        alone = train(demo_network(), *demo_data, rate, 100)
        np.testing.assert_allclose(explorer.result.errors, alone.errors, rtol=1e-12)
        assert explorer.result.diverged_at == alone.diverged_at
        assert explorer.sweep_image.value == explorer._drawn[rate]["sweep"]   # marked there
        assert bytes(explorer.sweep_image.value[:5]) == SVG_START
    assert trained == []                      # every answer came from the background work
    assert explorer.sweep_progress.layout.visibility == "hidden"


def test_once_every_rate_is_trained_every_rates_pictures_are_drawn_ahead(demo_data,
                                                                          monkeypatch):
    explorer = widgets.LearningRateExplorer(demo_network(), *demo_data, updates=20)
    assert explorer.wait(timeout=120)
    rates = [rate for _, rate in explorer.learning_rate_slider.options]
    assert sorted(explorer._drawn) == rates
    drawn = []
    real_svg = widgets.canvas.svg
    monkeypatch.setattr(widgets.canvas, "svg", lambda figure: (drawn.append(figure),
                                                               real_svg(figure))[1])
    for rate in (0.01, 5.0, 100.0):
        explorer.learning_rate_slider.value = rate
        assert drawn == [explorer.curve.figure]      # the curve only: the rest was drawn
        assert explorer.sweep_image.value == explorer._drawn[rate]["sweep"]   # in view with it
        drawn.clear()


def test_a_move_draws_and_sends_only_the_pictures_of_the_tab_in_view(demo_data):
    """Every tab is drawn when the explorer is built (a saved notebook shows them all);
    then a move redraws the tab in view, and another tab is drawn when it is chosen."""
    explorer = widgets.LearningRateExplorer(demo_network(), *demo_data, updates=20,
                                            background=False)
    assert explorer.panels == (("curve",), ("network",))
    built = explorer.diagram_image.value
    assert bytes(built[:5]) == SVG_START

    def diagram_at(rate):
        return widgets.LearningRateExplorer(demo_network(), *demo_data, learning_rate=rate,
                                            updates=20, background=False).diagram_image.value
    explorer.learning_rate_slider.value = 5.0
    assert explorer.diagram_image.value == built          # the network's tab is not in view
    explorer.pages.selected_index = 1                     # the learner opens it
    assert explorer.diagram_image.value == diagram_at(5.0)
    explorer.learning_rate_slider.value = 0.01            # in view now: redrawn at each move
    assert explorer.diagram_image.value == diagram_at(0.01)


def test_the_sweep_picture_says_it_is_computing_until_every_rate_is_done(demo_data, monkeypatch):
    """Before the background work ends, the sweep's place holds a picture (the empty
    axes and a note), never an empty image: a static copy of the notebook shows it."""
    go_on = threading.Event()

    def train_rates_when_told(*args, **kwargs):
        go_on.wait(timeout=60)
        return train_rates(*args, **kwargs)
    monkeypatch.setattr(widgets, "train_rates", train_rates_when_told)
    explorer = ExplorerWithBackground(demo_network(), *demo_data, updates=50)
    assert explorer.sweep is None
    assert bytes(explorer.sweep_image.value[:5]) == SVG_START
    assert explorer.sweep_picture.note.get_text() == "computing every rate ..."
    assert explorer.sweep_picture.ax.get_legend() is None
    go_on.set()
    assert explorer.wait(timeout=120)
    assert explorer.sweep_picture.note.get_text() == ""
    assert explorer.sweep_picture.ax.get_legend() is not None


def test_the_sweep_picture_shows_each_rates_final_error(demo_data):
    explorer = ExplorerWithBackground(demo_network(), *demo_data, updates=50)
    assert explorer.wait(timeout=120)
    picture = explorer.sweep_picture
    for rate, result in zip(explorer.sweep.learning_rates, explorer.sweep.results):
        if result.diverged_at is None:
            k = list(picture.line.get_xdata()).index(rate)
            assert picture.line.get_ydata()[k] == pytest.approx(result.final_error, rel=1e-12)
    labels = {region.get_label() for region in picture.regions} - {"_nolegend_"}
    assert {"too slow", "converging"} <= labels


def test_a_new_number_of_updates_starts_the_work_again_and_stale_work_stops(demo_data):
    explorer = ExplorerWithBackground(demo_network(), *demo_data, updates=100)
    first = explorer._work
    explorer.updates_slider.value = 300       # before the first work is done, or after
    assert explorer._work == first + 1
    assert explorer.wait(timeout=120)
    assert explorer._sweep_updates == 300
    assert all(len(result.errors) <= 300 for result in explorer.sweep.results)
    alone = train(demo_network(), *demo_data, explorer.learning_rate_slider.value, 300)
    np.testing.assert_allclose(explorer.result.errors, alone.errors, rtol=1e-12)


def test_without_background_work_each_move_trains_its_rate(demo_data):
    explorer = LearningRateExplorer(demo_network(), *demo_data, updates=100)
    assert explorer._thread is None and not explorer.wait()
    explorer.learning_rate_slider.value = 5.0
    alone = train(demo_network(), *demo_data, 5.0, 100)
    np.testing.assert_allclose(explorer.result.errors, alone.errors, rtol=1e-12)
    with pytest.raises(TypeError, match="background must be True or False"):
        ExplorerWithBackground(demo_network(), *demo_data, background="no")


# --- fitting a projector: the panels and the pictures' sizes -------------------

def test_the_explorer_shows_its_pictures_in_tabs_two_side_by_side(demo_data):
    explorer = LearningRateExplorer(demo_network(), *demo_data, background=False)
    assert explorer.panels == (("curve",), ("network",))
    X, T = datasets.xor()
    playground = ExplorerWithBackground(Network([2, 2, 1], seed=1), X, T, updates=20)
    try:
        assert playground.panels == (("curve", "boundary"), ("sweep",), ("network",))
        first_tab = playground.pages.children[0].children
        assert first_tab == (playground.curve_image, playground.boundary_image)
        widths = [int(image.width) for image in first_tab]
        assert sum(widths) <= widgets.PICTURES_WIDTH
        assert all(int(image.height) == widgets.PICTURES_HEIGHT for image in first_tab)
        assert int(playground.sweep_image.width) <= widgets.PICTURES_WIDTH
    finally:
        playground.wait()


def test_a_teacher_chooses_the_explorers_panels(demo_data):
    X, T = datasets.xor()
    explorer = LearningRateExplorer(Network([2, 2, 1], seed=1), X, T, updates=20,
                                    panels=[("curve", "boundary")])
    assert explorer.panels == (("curve", "boundary"),)
    assert explorer.pages.children == (explorer.curve_image, explorer.boundary_image)  # no tabs
    alone = LearningRateExplorer(demo_network(), *demo_data, panels=["curve"])
    assert int(alone.curve_image.width) == widgets.PICTURES_WIDTH


@pytest.mark.parametrize("panels, error, match", [
    ("curve", TypeError, "list of tabs"),
    ([], ValueError, "at least one"),
    (["curves"], ValueError, "can show"),
    ([("curve", "curve")], ValueError, "twice"),
    ([("curve", "sweep", "network")], ValueError, "one or two"),
    ([("curve", "network")], ValueError, "of its own"),
    (["boundary"], ValueError, "2 inputs"),
    (["sweep"], ValueError, "background=True"),
])
def test_the_explorer_refuses_bad_panels(demo_data, panels, error, match):
    with pytest.raises(error, match=match):
        LearningRateExplorer(demo_network(), *demo_data, panels=panels)


def test_the_explorer_of_a_softmax_network_shades_the_regions_of_its_classes():
    from bp_helpers.pictures.widget_plots import ClassRegions
    X, T = datasets.three_classes()
    net = Network([2, 6, 3], ["tanh", "softmax"], error="cross_entropy")
    explorer = LearningRateExplorer(net, X, T, learning_rate=1.0, updates=20, background=False)
    assert isinstance(explorer.boundary, ClassRegions)
    assert explorer.boundary_image.value and len(explorer.boundary.regions) == 6
    explorer.run(learning_rate=3.0)
    grid = explorer.boundary.grid
    y = explorer.net.predict(grid)
    filled = [artist for artist in explorer.boundary.regions if artist.filled]
    for k, region in enumerate(filled):     # the regions of the run shown: where its y_k is surest
        surest = grid[[np.argmax(y[:, k] - np.delete(y, k, axis=1).max(axis=1))]]
        assert region.get_paths()[0].contains_points(surest * 0.999)[0]


def test_a_network_of_several_outputs_without_softmax_has_no_plane_picture():
    X, T = datasets.three_classes()
    with pytest.raises(ValueError, match="softmax output"):
        LearningRateExplorer(Network([2, 3, 3]), X, T, panels=["boundary"])


def test_the_player_can_leave_the_formula_out():
    stepper = Stepper(demo_network(), *DEMO_EXAMPLE, background=False, panels=("diagram",))
    assert stepper.formula_image.layout.display == "none"
    assert stepper.diagram_image.layout.display == ""
    with pytest.raises(ValueError, match="one or both"):
        Stepper(demo_network(), *DEMO_EXAMPLE, background=False, panels=("formulas",))


# --- the widgets keep within a projector's notebook panel --------------------------------

@pytest.mark.parametrize("text_px", [14, 20])
@pytest.mark.parametrize("panels", [("diagram", "formula"), ("diagram",)])
def test_the_player_fits_the_panel(text_px, panels):
    """Controls, then the diagram and the formula as the player lays them out, over
    every step: within WIDGET_HEIGHT_PX; at 14 px the demo keeps its tags, and in
    every size the values of the step in focus are written (tags or the table)."""
    from bp_helpers.pictures import canvas
    from bp_helpers.pictures.diagram_layout import CIRCLES
    try:
        canvas.presentation(text_px == 20)
        player = Stepper(demo_network(), *DEMO_EXAMPLE, learning_rate=1.0, panels=panels)
        tallest = 0
        for k in range(len(player.record)):
            player.go(k)
            height = int(player.diagram_image.height)
            if "formula" in panels:
                height += int(player.formula_image.height)
            tallest = max(tallest, height)
            assert int(player.diagram_image.width) <= canvas.MAX_WIDTH_PX
        assert widgets.STEPPER_CONTROLS_PX + tallest <= widgets.WIDGET_HEIGHT_PX
        if text_px == 14:
            assert player.diagram.layout.view != CIRCLES
        step = player.record[len(player.record) - 1]     # an update: w_56's new value written
        player.diagram.update(player.record.snapshot(len(player.record)), step.highlight)
        shown = " ".join(" ".join(t.get_text().split()) for t in player.diagram.figure.texts
                         + player.diagram.ax.texts if t.get_visible())
        assert format_number(step.value) in shown
    finally:
        canvas.presentation(False)


@pytest.mark.parametrize("text_px", [14, 20])
@pytest.mark.parametrize("sizes, data", [([1, 2, 2, 1], None), ([2, 4, 1], "xor"),
                                         ([2, 6, 1], "two_circles"), ([2, 16, 16, 1], "spiral"),
                                         ([2, 6, 3], "three_classes")])
def test_the_explorers_network_fits_the_panel(text_px, sizes, data, demo_data):
    from bp_helpers.pictures import canvas
    try:
        canvas.presentation(text_px == 20)
        X, T = demo_data if data is None else getattr(datasets, data)()
        net = demo_network() if data is None else Network(sizes, seed=0)
        explorer = LearningRateExplorer(net, X, T, learning_rate=1.0, updates=5)
        height = int(explorer.diagram_image.height)
        assert int(explorer.diagram_image.width) <= canvas.MAX_WIDTH_PX
        assert widgets.EXPLORER_CONTROLS_PX + height <= widgets.WIDGET_HEIGHT_PX
    finally:
        canvas.presentation(False)


CROSS_ENTROPY_DEMO = Network([1, 2, 2, 1], weights=demo_network().weights,
                             biases=demo_network().biases, error="cross_entropy")
SOFTMAX_NET = Network([2, 3, 3], ["tanh", "softmax"], error="cross_entropy")


@pytest.mark.parametrize("net, x_input, y_target, text_px", [
    (CROSS_ENTROPY_DEMO, *DEMO_EXAMPLE, 14),
    (CROSS_ENTROPY_DEMO, *DEMO_EXAMPLE, 20),
    (SOFTMAX_NET, [0.5, -1.0], [0.0, 1.0, 0.0], 14),
])
def test_the_player_shows_the_cross_entropy_formulas_and_fits_the_panel(net, x_input, y_target,
                                                                        text_px):
    """Notebook 8: the error step and the output's dE/dx are cross-entropy's, and every
    step's diagram and formula keep within the panel and the column.  (The softmax
    network at 20 px is left out: its tallest formulas leave the diagram so little
    height that the search for a layout takes minutes.)"""
    from bp_helpers.pictures import canvas
    try:
        canvas.presentation(text_px == 20)
        player = Stepper(net, x_input, y_target, background=False)
        error_step = next(step for step in player.record if step.phase == "error")
        assert r"\ln" in error_step.formula
        output_dE_dx = [step for step in player.record if step.phase == "backward"
                        and "cross-entropy" in step.title]
        assert len(output_dE_dx) == net.sizes[-1]
        assert all(r"y_{\text{target}" in step.formula for step in output_dE_dx)
        tallest = 0
        for k in range(len(player.record)):
            player.go(k)
            tallest = max(tallest, int(player.diagram_image.height)
                          + int(player.formula_image.height))
            assert int(player.diagram_image.width) <= canvas.MAX_WIDTH_PX
            assert int(player.formula_image.width) <= canvas.MAX_WIDTH_PX
        assert widgets.STEPPER_CONTROLS_PX + tallest <= widgets.WIDGET_HEIGHT_PX
    finally:
        canvas.presentation(False)


# --- the order of the work in the background: the learner's rate first ----------------

def test_the_rates_trained_next_are_the_sliders_then_its_ends_then_its_nearest():
    rates = widgets.RATE_STOPS
    lowest, highest = rates[0], rates[-1]
    first = widgets.rates_to_train_next(rates, {}, 3.0, count=5)
    assert first == [lowest, 2.5, 3.0, 4.0, highest]    # 3, the ends, its nearest: 4/3 < 3/2.5
    assert widgets.rates_in_turn(rates, 3.0)[:6] == [3.0, highest, lowest, 2.5, 4.0, 2.0]  # nearer end first
    trained = dict.fromkeys(first)
    # 2 and 5 are next (3/2 < 5/3); 1.5 and 6 are as near to 3 (twice as far): the lower first
    assert widgets.rates_to_train_next(rates, trained, 3.0, count=2) == [2.0, 5.0]
    trained.update(dict.fromkeys([2.0, 5.0]))
    assert widgets.rates_to_train_next(rates, trained, 3.0, count=1) == [1.5]
    assert widgets.rates_to_train_next(rates, trained, 3.0, count=3) == [1.2, 1.5, 6.0]
    assert widgets.rates_to_train_next(rates, {}, lowest, count=3) == [lowest, 0.0012, highest]
    assert widgets.rates_to_train_next(rates, dict.fromkeys(rates[1:]), 50.0) == [lowest]
    assert widgets.rates_to_train_next(rates, dict.fromkeys(rates), 1.0) == []


def test_the_explorer_trains_the_shown_rate_and_its_nearest_first_then_the_rest(demo_data,
                                                                                monkeypatch):
    groups, moved = [], threading.Event()

    def train_rates_recorded(net, X, T, learning_rates, *args, **kwargs):
        groups.append(list(learning_rates))
        if len(groups) == 1:        # the learner moves the slider while the first group trains
            moved.wait(timeout=60)
        return train_rates(net, X, T, learning_rates, *args, **kwargs)
    monkeypatch.setattr(widgets, "train_rates", train_rates_recorded)
    explorer = ExplorerWithBackground(demo_network(), *demo_data, learning_rate=3.0, updates=20)
    explorer.learning_rate_slider.value = 0.01
    moved.set()
    assert explorer.wait(timeout=120)
    rates = [rate for _, rate in explorer.learning_rate_slider.options]
    # The rate shown was trained when the explorer was built, 0.01 when the slider
    # moved: both are kept, and the background work trains neither again.
    assert groups[0] == widgets.rates_to_train_next(rates, {3.0: None}, 3.0)   # ends, nearest
    assert len(groups[0]) == widgets.RATES_AT_ONCE and 3.0 not in groups[0]
    assert groups[1:] == [[rate for rate in rates
                           if rate not in groups[0] and rate not in (3.0, 0.01)]]   # the rest
    np.testing.assert_allclose(explorer.result.errors,
                               train(demo_network(), *demo_data, 0.01, 20).errors, rtol=1e-12)


def test_a_rate_trained_in_the_background_is_shown_before_the_rest_is_done(demo_data,
                                                                            monkeypatch):
    """Once its group is trained, a rate is answered from the background work, without
    training, while the sweep (and its picture) waits for the other rates."""
    second_group = threading.Event()
    go_on = threading.Event()

    def train_rates_held(*args, **kwargs):
        if second_group.is_set():
            go_on.wait(timeout=60)
        second_group.set()
        return train_rates(*args, **kwargs)
    monkeypatch.setattr(widgets, "train_rates", train_rates_held)
    explorer = ExplorerWithBackground(demo_network(), *demo_data, learning_rate=1.0, updates=20)
    try:
        while len(explorer._runs) < widgets.RATES_AT_ONCE:       # the first group is done
            explorer._thread.join(timeout=0.01)
        trained = []
        monkeypatch.setattr(widgets, "train", lambda *args, **kwargs: trained.append(args))
        explorer.learning_rate_slider.value = 1.2
        assert trained == [] and explorer.sweep is None
        alone = train(demo_network(), *demo_data, 1.2, 20)
        np.testing.assert_allclose(explorer.result.errors, alone.errors, rtol=1e-12)
    finally:
        go_on.set()
    assert explorer.wait(timeout=120)


def test_the_background_work_pauses_while_a_learner_waits_and_until_they_are_quiet(monkeypatch):
    monkeypatch.setattr(widgets, "QUIET_SECONDS", 0.3)
    paused = threading.Event()
    done = threading.Event()

    def background():
        paused.set()
        widgets.LEARNER_WAITING.pause()
        done.set()
    with widgets.LEARNER_WAITING:
        worker = threading.Thread(target=background)
        worker.start()
        assert paused.wait(timeout=10)
        assert not done.wait(timeout=0.05)      # still paused: the answer is not done
    answered = time.monotonic()
    worker.join(timeout=10)
    assert done.is_set()
    assert time.monotonic() - answered >= 0.3   # ... nor is the learner quiet yet
    assert widgets.LEARNER_WAITING._quiet()     # nobody waiting: pause() returns at once


def test_an_answer_gets_the_drawing_lock_before_the_background_work_waiting_for_it():
    """A background picture waiting for the lock when a learner's answer begins lets the
    answer draw first: the answer waits for the picture being drawn, no other."""
    drew = []
    lock = widgets.canvas.DRAWING

    def background():
        with widgets.LEARNER_WAITING.drawing():
            drew.append("background")

    def answer():
        with widgets.LEARNER_WAITING, lock:
            drew.append("answer")
    with lock:                                  # a picture being drawn
        waiting = threading.Thread(target=background)
        waiting.start()
        time.sleep(0.1)                         # past its pause, waiting for the lock
        answering = threading.Thread(target=answer)
        answering.start()
        deadline = time.monotonic() + 10
        while widgets.LEARNER_WAITING._answers == 0 and time.monotonic() < deadline:
            time.sleep(0.01)                    # the answer began: it waits for the lock too
    answering.join(timeout=10)
    waiting.join(timeout=10)
    assert drew == ["answer", "background"]


def test_a_player_being_built_is_an_answer_its_drawing_ahead_waits_until_the_learner_is_quiet(
        monkeypatch):
    monkeypatch.setattr(widgets, "QUIET_SECONDS", 2.0)
    stepper = small_player(widgets.Stepper)
    # Shown with its next step drawn; nothing else yet: the learner has the machine.
    assert set(stepper.pictures) == {(0, False), (1, False)}
    assert stepper._thread.is_alive()
    stepper._work += 1                          # the drawing ahead stops once it may start


def test_each_answer_draws_the_next_step_so_that_next_finds_it_drawn():
    stepper = small_player(widgets.Stepper)
    stepper._work += 1                          # no drawing ahead: only what answers draw
    stepper.go(5)
    assert {(5, False), (6, False)} <= set(stepper.pictures)
    stepper.quiz_toggle.value = True            # in quiz mode, the next step as it will show
    stepper.go(8)
    assert {(8, True), (9, True)} <= set(stepper.pictures)
    last = len(stepper.record) - 1
    stepper.go(last)                            # no step after the last
    assert (last, True) in stepper.pictures
    quiet = small_player(Stepper)               # background=False: each picture when asked for
    quiet.go(5)
    assert set(quiet.pictures) == {(0, False), (5, False)}


def test_the_players_drawing_ahead_goes_on_from_the_step_shown(monkeypatch):
    monkeypatch.setattr(widgets, "QUIET_SECONDS", 0.0)
    stepper = small_player(Stepper)             # 13 steps; its steps to draw, by hand
    assert len(stepper.record) == 13
    steps = stepper._steps_to_draw()
    assert next(steps) == 1                     # step 0 is drawn
    stepper.go(6)                               # the learner went on: from there
    assert [next(steps), next(steps)] == [7, 8]
    stepper.go(3)                               # back: the steps after it first, each once
    assert [next(steps), next(steps)] == [4, 5]
    assert list(steps) == [9, 10, 11, 12, 2]


# --- nothing a learner does breaks them (issue 20) ------------------------------

# Networks and examples whose update overflows at rate 100 but not at rate 1.
OVERFLOW_AT_100 = [
    (lambda: Network([1, 1], "linear", weights=[[[1.0]]]), [1e51], [0.0]),
    (lambda: Network([2, 1], "linear", weights=[[[1.0], [1.0]]]), [1e51, 1e51], [0.0]),
    (lambda: Network([1, 1, 1], "linear", weights=[[[1.0]], [[1.0]]]), [3e30], [0.0]),
]


@pytest.mark.parametrize("make_net, x_input, y_target", OVERFLOW_AT_100)
def test_a_player_whose_update_overflows_is_refused_naming_the_learning_rate(make_net, x_input,
                                                                             y_target):
    with pytest.raises(ValueError, match=r"after one update with learning rate 100: "
                                         r"choose a smaller learning_rate"):
        Stepper(make_net(), x_input, y_target, learning_rate=100)


@pytest.mark.parametrize("make_net, x_input, y_target", [
    (lambda: Network([1, 1], "linear", weights=[[[1e200]]]), [1e200], [0.0]),
    (lambda: Network([1, 1], "linear", weights=[[[1e100]]]), [1e50], [1e300]),
    (lambda: Network([2, 2, 1], "linear"), [1e300, -1e300], [0.0]),
])
def test_a_player_whose_example_overflows_before_the_update_names_the_example(make_net, x_input,
                                                                              y_target):
    with pytest.raises(ValueError, match=r"before any update: the player needs a smaller "
                                         r"x_input, y_target or smaller weights"):
        Stepper(make_net(), x_input, y_target, learning_rate=0.001)


@pytest.mark.parametrize("make_net, x_input, y_target", OVERFLOW_AT_100)
def test_a_rate_whose_update_overflows_is_shown_and_the_player_keeps_working(make_net, x_input,
                                                                             y_target):
    stepper = Stepper(make_net(), x_input, y_target, learning_rate=1.0)
    assert stepper.problem.layout.display == "none"
    record = stepper.record
    stepper.go(len(record) - 1)
    for move in (lambda: stepper.set_learning_rate(100),
                 lambda: setattr(stepper.learning_rate_slider, "value", 100.0)):
        move()      # raises nothing: the widget says why and keeps its record
        assert stepper.problem.layout.display == ""
        assert "learning rate 100" in stepper.problem.value
        assert "smaller learning_rate" in stepper.problem.value
        assert stepper.learning_rate_slider.value == 1.0
        assert stepper.record is record
        assert stepper.learning_rate_label.value == "α = 1"
    stepper.set_learning_rate(0.5)
    assert stepper.problem.layout.display == "none"
    assert stepper.record.learning_rate == 0.5
    assert "α = 0.5" in stepper.summary.value
    stepper.go(0)
    assert stepper.step == 0


def test_the_explorer_shows_a_prediction_that_overflows_on_the_plane_as_a_note():
    # Data at ±1: the total input w * x is finite there, but not on the plane
    # around it, which runs 20 % past the data.
    X = np.array([[-1.0, 0.0], [1.0, 0.0], [0.5, 1.0]])
    T = np.array([[0.0], [1.0], [1.0]])
    for weight in (1.5e308, 1.7e308):
        net = Network([2, 1], weights=[[[weight], [0.0]]])
        explorer = LearningRateExplorer(net, X, T, updates=3)
        picture = bytes(explorer.boundary_image.value).decode()
        assert "The prediction overflows here" in picture
        assert "nan" not in picture.lower()
    explorer.run(0.01)
    assert explorer.problem.layout.display == "none"


def overflowing_targets():
    """Data whose targets are finite but huge: E is near the largest float."""
    return [
        (Network([1, 1], "linear"), [1.0], [1.3e154]),
        (Network([1, 1], "linear"), [2.0], [1.0e154]),
        (Network([1, 2, 1], "linear"), [[1.0], [-1.0]], [[1.2e154], [1.0e150]]),
        (Network([1, 1], "linear"), [1.0], [-1.3e154]),
        (Network([1, 1], "linear"), [0.5], [1.0e153]),
    ]


@pytest.mark.parametrize("case", range(5))
def test_the_explorer_with_huge_targets_warns_nothing_and_keeps_working(case):
    net, X, T = overflowing_targets()[case]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        warnings.filterwarnings("ignore", IPYWIDGETS7_COMM, DeprecationWarning)
        explorer = ExplorerWithBackground(net, X, T, learning_rate=0.001, updates=50)
        assert explorer.wait(300)
        assert explorer.problem.layout.display == "none", explorer.problem.value
        for rate in (0.01, 1.0, 100.0, 0.001):
            explorer.learning_rate_slider.value = rate      # raises nothing
            assert explorer.problem.layout.display == "none", explorer.problem.value
            assert bytes(explorer.curve_image.value).startswith(SVG_START)
            assert explorer.verdict.value


def test_what_fails_in_the_explorers_background_is_shown_and_the_explorer_keeps_working(
        demo_data, monkeypatch):
    def fail(*_):
        raise OverflowError(34, "Numerical result out of range")
    monkeypatch.setattr(widgets.RateSweepPlot, "show", fail)
    explorer = ExplorerWithBackground(demo_network(), *demo_data, updates=20)
    explorer.wait(300)
    assert explorer.sweep is None       # no sweep, rather than one half drawn
    assert explorer.problem.layout.display == ""
    assert "every learning rate failed" in explorer.problem.value
    assert "Numerical result out of range" in explorer.problem.value
    assert explorer.sweep_progress.layout.visibility == "hidden"
    for rate in (0.01, 3.0):
        explorer.learning_rate_slider.value = rate      # raises nothing
        assert f"α = {format_rate(rate)}" in explorer.curve.line.get_label()
    monkeypatch.undo()
    explorer.updates_slider.value = 30      # new work, which succeeds
    assert explorer.wait(300)
    assert explorer.problem.layout.display == "none"


@pytest.mark.parametrize("updates", [20, 1000])     # answered at once, or in a thread
def test_what_fails_on_a_slider_move_is_shown_and_the_next_move_works(demo_data, monkeypatch,
                                                                      updates):
    explorer = LearningRateExplorer(demo_network(), *demo_data, updates=updates)
    real_train = widgets.train

    def train_failing_at_3(net, X, T, learning_rate, *args, **kwargs):
        if learning_rate == 3.0:
            raise RuntimeError("something broke")
        return real_train(net, X, T, learning_rate, *args, **kwargs)
    monkeypatch.setattr(widgets, "train", train_failing_at_3)
    explorer.learning_rate_slider.value = 3.0           # raises nothing
    explorer.wait_for_answer(timeout=120)
    assert "something broke" in explorer.problem.value
    assert explorer.problem.layout.display == ""
    explorer.learning_rate_slider.value = 0.5
    assert explorer.wait_for_answer(timeout=120)
    assert explorer.problem.layout.display == "none"
    assert "α = 0.5" in explorer.curve.line.get_label()


def test_what_fails_in_the_players_background_drawing_is_shown(monkeypatch):
    stepper = Stepper(demo_network(), *DEMO_EXAMPLE)

    def fail(k, hidden):
        raise ValueError(f"cannot draw step {k}")
    monkeypatch.setattr(stepper, "_picture", fail)
    stepper.background = True
    stepper._draw_ahead()
    stepper._thread.join(60)
    assert "every step failed" in stepper.problem.value
    assert "cannot draw step" in stepper.problem.value


def engine_message(net, X, T):
    """What the engine (``training.check_data``) says of ``X``, ``T``."""
    with pytest.raises(ValueError) as raised:
        check_data(net, X, T)
    return str(raised.value)


XOR_X, XOR_T = datasets.xor()


@pytest.mark.parametrize("sizes, X, T", [
    ([2, 2, 1], XOR_X, XOR_T[:3]),
    ([2, 2, 1], XOR_X[:2], XOR_T),
    ([2, 2, 1], XOR_X, XOR_T.ravel()),
    ([2, 2, 1], XOR_X[None], XOR_T),
    ([2, 2, 1], XOR_X, XOR_T[None]),
    ([2, 2, 1], np.zeros((0, 2)), np.zeros((0, 1))),
    ([2, 2, 1], XOR_X[:, :1], XOR_T),
    ([1, 1], [1.0, 2.0, 3.0], [[1.0], [2.0], [3.0]]),
    ([1, 3, 2], [[1.0], [2.0]], [[1.0], [2.0]]),
])
def test_the_explorer_checks_its_data_first_with_the_engines_messages(sizes, X, T, monkeypatch):
    def no_picture_yet(*_, **__):
        raise AssertionError("a picture was built before the data were checked")
    monkeypatch.setattr(widgets, "plane_picture", no_picture_yet)
    monkeypatch.setattr(widgets, "ErrorCurve", no_picture_yet)
    message = engine_message(Network(sizes), X, T)
    with pytest.raises(ValueError) as raised:
        LearningRateExplorer(Network(sizes), X, T)
    assert str(raised.value) == message


@pytest.mark.parametrize("size", [1.7e308, -1.7e308, 1e308, 2e307])
def test_inputs_too_large_to_draw_the_plane_are_refused_naming_x(size):
    X = XOR_X * 2 - 1
    X[0, 1] = size
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        warnings.filterwarnings("ignore", IPYWIDGETS7_COMM, DeprecationWarning)
        with pytest.raises(ValueError, match=r"X must be at most 1e\+307 in size for the "
                                             r"decision-boundary picture"):
            LearningRateExplorer(Network([2, 2, 1]), X, XOR_T)
        LearningRateExplorer(Network([2, 2, 1]), X * 1e-10, XOR_T, updates=3)     # drawn


@pytest.mark.parametrize("quiz", ["yes", 2, 1, 0, None, 1.0, np.array(True), [True]])
def test_quiz_must_be_true_or_false(quiz):
    with pytest.raises(TypeError, match=r"quiz must be True or False"):
        Stepper(demo_network(), *DEMO_EXAMPLE, quiz=quiz)


@pytest.mark.parametrize("quiz", [True, False, np.True_, np.False_])
def test_quiz_takes_python_and_numpy_bools(quiz):
    stepper = Stepper(demo_network(), *DEMO_EXAMPLE, quiz=quiz)
    assert stepper.quiz_toggle.value is bool(quiz)
    assert stepper.hidden is bool(quiz)


ODD_RATES = [np.float32(0.1), 0.1000001, 0.09999999, 99.95, np.float32(0.3), 1.2345,
             np.float64(2.5), 0.0012345, np.float16(0.5), 7, np.int64(3)]


@pytest.mark.parametrize("rate", ODD_RATES)
def test_a_rate_is_taken_as_its_label_shows_it_so_no_two_stops_share_a_label(rate, demo_data):
    for slider in (Stepper(demo_network(), *DEMO_EXAMPLE, rate).learning_rate_slider,
                   LearningRateExplorer(demo_network(), *demo_data, learning_rate=rate,
                                        updates=3).learning_rate_slider):
        labels = [label for label, _ in slider.options]
        assert len(labels) == len(set(labels))
        assert all(float(label) == stop for label, stop in slider.options)
        assert format_rate(slider.value) == format_rate(rate)
        assert slider.value == float(format_rate(rate))


@pytest.mark.parametrize("rate", [np.float32(0.1), np.float32(0.3), np.float16(0.5), 0.1000001,
                                  np.float64(2.5), np.int64(3)])
def test_set_learning_rate_takes_what_the_constructor_takes(stepper, rate):
    stepper.set_learning_rate(rate)
    assert stepper.learning_rate_slider.value == float(format_rate(rate))
    assert stepper.record.learning_rate == float(format_rate(rate))


@pytest.mark.parametrize("updates", [10**6 + 1, 10**9, 10**30])
def test_the_number_of_updates_has_an_upper_bound(demo_data, updates):
    with pytest.raises(ValueError, match=r"max_updates must be at most 1000000"):
        LearningRateExplorer(demo_network(), *demo_data, updates=5, max_updates=updates)
    with pytest.raises(ValueError, match=r"updates must be at most 1000000"):
        LearningRateExplorer(demo_network(), *demo_data, updates=updates)
    explorer = LearningRateExplorer(demo_network(), *demo_data, updates=5)
    with pytest.raises(ValueError, match=r"updates must be at most 2000 \(max_updates\)"):
        explorer.run(updates=updates)
    assert explorer.updates_slider.value == 5


# The learner's own settings, each different from the course's and from matplotlib's.
LEARNERS_SETTINGS = {"lines.markersize": 9.0, "svg.fonttype": "path", "font.size": 3.0,
                     "lines.linewidth": 7.0, "axes.spines.top": True, "text.hinting": "auto",
                     "font.family": ["serif"], "svg.hashsalt": "learner"}


def test_background_drawing_and_a_learners_settings_never_see_each_other():
    X, T = datasets.xor()
    # The pictures as drawn with nobody else's settings about.
    quiet_explorer = ExplorerWithBackground(Network([2, 3, 1], seed=2), X, T, updates=60)
    assert quiet_explorer.wait(300)
    quiet_stepper = small_player()
    quiet_steps = [quiet_stepper._picture(k, False) for k in range(len(quiet_stepper.record))]

    learners = dict(matplotlib.rcParams)
    explorer = ExplorerWithBackground(Network([2, 3, 1], seed=2), X, T, updates=60)
    stepper = small_player(widgets.Stepper)
    blocks = 0
    while blocks < 20 or stepper._thread.is_alive() or not explorer.wait(0):
        assert dict(matplotlib.rcParams) == learners    # no drawing's settings seen here
        with matplotlib.rc_context(LEARNERS_SETTINGS):
            for key, value in LEARNERS_SETTINGS.items():
                assert matplotlib.rcParams[key] == value
            time.sleep(0.005)
        blocks += 1
    assert dict(matplotlib.rcParams) == learners
    assert explorer.problem.layout.display == stepper.problem.layout.display == "none"
    # ... and none of the learner's settings in the background's pictures.
    assert bytes(explorer.sweep_image.value) == bytes(quiet_explorer.sweep_image.value)
    assert b"<text" in bytes(explorer.sweep_image.value)        # text as text, not paths
    stepper._thread.join(60)
    for k, quiet in enumerate(quiet_steps):
        drawn = stepper.pictures[k, False]
        assert (drawn.diagram, drawn.formula_svg) == (quiet.diagram, quiet.formula_svg), k


@pytest.mark.parametrize("k", ["3", 1.5, float("nan"), None, True, np.float64(2)])
def test_go_takes_a_whole_step_index(stepper, k):
    with pytest.raises(TypeError, match="k must be a whole number"):
        stepper.go(k)
    assert stepper.step == 0
    stepper.go(np.int64(2))
    assert stepper.step == 2


@pytest.mark.parametrize("precision", [11, 30, 100, 10**30])
def test_the_players_precision_has_a_limit_it_names(precision):
    with pytest.raises(ValueError, match=r"precision must be at most 10 \(the diagram's boxes"):
        Stepper(demo_network(), *DEMO_EXAMPLE, precision=precision)
    assert Stepper(Network([2, 3, 1]), [0.1, 0.2], [0.5], precision=10).diagram.precision == 10


@pytest.mark.parametrize("sizes", [[4, 20, 20, 3], [4, 10, 10, 3], [3, 12, 1], [1, 13], [40, 1],
                                   [300, 300]])
def test_a_network_too_big_for_the_player_is_refused_at_once_and_says_what_to_do(sizes):
    net = Network(sizes, seed=1)
    started = time.perf_counter()
    with pytest.raises(ValueError, match=rf"net is too big for the player: .* at most "
                                         rf"{widgets.MAX_STEPPER_NODES} nodes a layer and "
                                         rf"{widgets.MAX_STEPPER_WEIGHTS} weights .*{re.escape(str(sizes))}.*draw_network"):
        Stepper(net, np.ones(sizes[0]), np.zeros(sizes[-1]), background=False)
    assert time.perf_counter() - started < 1.0
