"""The experiments of notebooks 4 and 6: the numbers they print, the facts
the notebooks state about them, and what their figures draw."""

import re
import warnings

import numpy as np
import pytest
from training_cases import parameters, straight_line

from bp_helpers import (
    DEMO_EXAMPLE,
    DEMO_LEARNING_RATE,
    MAZUR_EXAMPLE,
    MAZUR_LEARNING_RATE,
    Network,
    Overflow,
    demo_network,
    mazur_network,
)
from bp_helpers.activations import ACTIVATIONS
from bp_helpers.datasets import curve, spiral, two_circles, xor
from bp_helpers.experiments import (
    accuracy,
    after_one_update,
    compare_learning_rates,
    deep_network,
    explorer_first_state,
    mazur_numbers,
    mazur_table,
    plot_fits,
    plot_one_update,
    update_in_the_wrong_order,
)
from bp_helpers.formatting import format_rate
from bp_helpers.pictures import canvas, colors
from bp_helpers.pictures.lesson_plots import plot_activations
from bp_helpers.pictures.plot_layout import new_plot
from bp_helpers.presets import MAZUR_PUBLISHED
from bp_helpers.training import train, verdict
from bp_helpers.widgets import LearningRateExplorer

x_demo, t_demo = DEMO_EXAMPLE
x_mazur, t_mazur = MAZUR_EXAMPLE




def assert_unchanged(net, before):
    for p, q in zip(net.weights + net.biases, before):
        np.testing.assert_array_equal(p, q)


def rounds_to(value, published):
    decimals = len(published.split(".")[1])
    return f"{value:.{decimals}f}" == published


# --- one update -------------------------------------------------------------------

def test_after_one_update_is_the_lessons_loop_on_a_copy():
    net = demo_network()
    before = parameters(net)
    updated = after_one_update(net, x_demo, t_demo, DEMO_LEARNING_RATE)
    assert_unchanged(net, before)
    assert net.x is None  # not even a forward pass was recorded on net
    twin = demo_network()
    twin.forward(x_demo)
    twin.backward(t_demo)
    twin.update(DEMO_LEARNING_RATE)
    for p, q in zip(updated.weights + updated.biases, twin.weights + twin.biases):
        np.testing.assert_array_equal(p, q)
    # presets.py: E = 0.0392 before, 0.0322 after one update with rate 1.0
    assert f"{net.error(x_demo, t_demo):.4f}" == "0.0392"
    assert f"{updated.error(x_demo, t_demo):.4f}" == "0.0322"


def test_one_update_with_rate_100_overshoots_the_target_and_saturates():
    updated = after_one_update(demo_network(), x_demo, t_demo, 100.0)
    y_6 = updated.predict(x_demo)[0]
    assert 0.9999 < y_6 < 1.0                       # far past y_target = 0.9
    assert updated.error(x_demo, t_demo) == pytest.approx(0.5 * (1 - 0.9) ** 2, abs=1e-5)


def test_plot_one_update_draws_the_outcome_of_each_rate():
    rates = [0.1, 1.0, 10.0, 100.0]
    figure = plot_one_update(demo_network(), x_demo, t_demo, rates)
    ax_y, ax_E = figure.axes
    y_line, E_line = ax_y.get_lines()[0], ax_E.get_lines()[0]
    expected = [after_one_update(demo_network(), x_demo, t_demo, r) for r in rates]
    np.testing.assert_array_equal(y_line.get_xdata(), rates)
    np.testing.assert_allclose(y_line.get_ydata(), [n.predict(x_demo)[0] for n in expected])
    np.testing.assert_allclose(E_line.get_ydata(), [n.error(x_demo, t_demo) for n in expected])
    assert ax_E.get_yscale() == "log" and ax_y.get_xscale() == "log"
    labels = [t.get_text() for t in ax_y.get_legend().get_texts()]
    assert "the target, 0.900" in labels and "y before it, 0.620" in labels
    # the x axis is the rate: a dot per rate, all alike, outlined, 11 px (no colour to decode)
    for line in (y_line, E_line):
        assert line.get_marker() == "o" and not ax_y.collections
        assert line.get_markersize() * 96 / 72 >= 10
        assert line.get_markerfacecolor() == "white"


def test_plot_one_update_refuses_bad_input():
    with pytest.raises(TypeError, match="learning_rates"):
        plot_one_update(demo_network(), x_demo, t_demo, 1.0)
    with pytest.raises(ValueError, match=r"learning_rates\[1\]"):
        plot_one_update(demo_network(), x_demo, t_demo, [1.0, -1.0])
    with pytest.raises(ValueError, match="one output node"):
        plot_one_update(mazur_network(), x_mazur, t_mazur, [1.0])
    with pytest.raises(ValueError, match="x_input must have shape"):
        plot_one_update(demo_network(), np.ones((2, 1)), t_demo, [1.0])
    with pytest.raises(TypeError, match="net must be a Network"):
        after_one_update("demo", x_demo, t_demo, 1.0)
    with pytest.raises(ValueError, match="learning_rates must hold at least one learning rate"):
        plot_one_update(demo_network(), x_demo, t_demo, [])
    with pytest.raises(ValueError, match=r"learning_rates\[0\] must be .* a float can hold"):
        plot_one_update(demo_network(), x_demo, t_demo, [10**400])


@pytest.mark.parametrize("weight, x_input, rates", [
    (1e100, [1e50], [100.0]), (1e150, [1e10], [0.1, 1.0]), (1.0, [1e160], [1.0])])
def test_plot_one_update_raises_overflow_rather_than_plot_inf(weight, x_input, rates):
    net = Network([1, 1], "linear", weights=[np.array([[weight]])])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(Overflow):
            plot_one_update(net, x_input, [0.0], rates)


# --- learning rates compared: the facts notebook 4 states -------------------------

def labels(comparison):
    return [run.verdict.label for run in comparison.runs]


def test_demo_example_too_slow_good_too_large():
    comparison = compare_learning_rates(demo_network(), x_demo, t_demo, [0.01, 1.0, 100], 100)
    assert labels(comparison) == ["too slow", "converging", "stalled"]
    stalled = comparison.runs[2]
    # the sigmoid saturates: y_6 ~ 1 and E sticks at 1/2 (1 - 0.9)^2 = 0.005
    assert stalled.net.predict(x_demo)[0] > 0.9999
    assert stalled.result.final_error == pytest.approx(0.005, abs=1e-5)
    np.testing.assert_allclose(stalled.result.errors[1:], 0.005, atol=1e-5)


def test_xor_too_slow_converges_stalls_oscillates():
    X, T = xor()
    comparison = compare_learning_rates(Network([2, 2, 1], seed=1), X, T, [0.5, 10, 50, 100], 300)
    assert labels(comparison) == ["too slow", "converging", "stalled", "oscillating"]


def test_straight_line_diverges_at_step_4_and_never_returns_nan():
    X, T = straight_line()
    comparison = compare_learning_rates(Network([1, 1], "linear"), X, T, [0.3, 3.0, 10], 20)
    assert labels(comparison) == ["converging", "diverged", "diverged"]
    assert [run.result.diverged_at for run in comparison.runs] == [None, 12, 4]
    assert comparison.runs[2].verdict.text.startswith("diverged at update 4")
    for run in comparison.runs:
        assert np.isfinite(run.result.errors).all() and np.isfinite(run.result.final_error)
        assert all(np.isfinite(p).all() for p in run.net.weights + run.net.biases)


def test_each_run_is_train_on_a_fresh_copy():
    X, T = xor()
    net = Network([2, 2, 1], seed=1)
    before = parameters(net)
    comparison = compare_learning_rates(net, X, T, [10, 50], 300, batch_size=2)
    assert_unchanged(net, before)
    for rate, run in zip([10, 50], comparison.runs):
        twin = Network([2, 2, 1], seed=1)
        expected = train(twin, X, T, rate, 300, batch_size=2)
        np.testing.assert_array_equal(run.result.errors, expected.errors)
        np.testing.assert_array_equal(run.net.weights[0], twin.weights[0])
        assert run.net is not net


def test_the_figure_draws_each_run_like_the_explorer():
    X, T = straight_line()
    comparison = compare_learning_rates(Network([1, 1], "linear"), X, T, [0.3, 3, 10], 20,
                                        title="a straight line")
    ax = comparison.figure.axes[0]
    assert ax.get_title() == "a straight line" and ax.get_yscale() == "log"
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["α = 0.3 (converging)", "α = 3 (diverged at update 12)",
                      "α = 10 (diverged at update 4)",                 # in the order given
                      "✕ in the grey band: E blew up"]                 # and the ✕s' key
    curves = {line.get_label(): line for line in ax.get_lines()}
    np.testing.assert_array_equal(curves["α = 0.3 (converging)"].get_ydata(),
                                  comparison.runs[0].result.errors)
    assert len(curves["α = 3 (diverged at update 12)"].get_ydata()) == 12  # steps 0..11
    assert len(curves["α = 10 (diverged at update 4)"].get_ydata()) == 4   # steps 0..3
    # every diverged run, not only the last, rises from its last recorded E to a cross at
    # the update where it blew up, above every E drawn (where E went) and inside the axes
    crosses = [line for line in ax.get_lines()
               if line.get_marker() == "x" and len(line.get_xdata())]
    rises = sorted((tuple(line.get_xdata()), line.get_ydata()[0], line.get_color())
                   for line in crosses)
    alpha_3, alpha_10 = comparison.runs[1], comparison.runs[2]
    assert rises == [((3, 4), alpha_10.result.errors[-1], colors.rate_style(10)["color"]),
                     ((11, 12), alpha_3.result.errors[-1], colors.rate_style(3)["color"])]
    (height,) = {line.get_ydata()[-1] for line in crosses}
    drawn = np.concatenate([run.result.errors for run in comparison.runs])
    low, high = ax.get_ylim()
    assert drawn.max() < height < high
    assert not any(t.get_text() for t in ax.texts)      # the labels say it, no loose note
    ticks = ax.xaxis.get_major_locator()()
    assert np.all(ticks == np.round(ticks))               # updates are whole numbers


def test_rates_are_written_alike_everywhere():
    assert [format_rate(r) for r in (0.01, 0.3, 1.0, 3, 14.125375, 100)] == [
        "0.01", "0.3", "1", "3", "14.1", "100"]


def test_printed_comparison_gives_the_verdict_of_each_run():
    comparison = compare_learning_rates(demo_network(), x_demo, t_demo, [0.01, 1.0, 100], 100)
    text = str(comparison).splitlines()
    assert text == [f"α = {rate}: {run.verdict.text}"
                    for rate, run in zip(["0.01", "1", "100"], comparison.runs)]
    assert text[0] == ("α = 0.01: too slow: E fell from 0.0392 to 0.0326 in 100 updates; "
                       "it did not even halve")
    # y_6 saturates at 1: E = 1/2 (1 - 0.9)^2 = 0.00500
    assert text[2].startswith("α = 100: stalled: E fell from 0.0392 to 0.00500 in 100 updates")


def test_compare_draws_into_a_given_axes():
    figure, axes = new_plot(800, 400, columns=2)
    comparison = compare_learning_rates(demo_network(), x_demo, t_demo, [1.0], 5, ax=axes[1])
    assert comparison.figure is figure
    assert len(axes[1].get_lines()) >= 1 and not axes[0].get_lines()


def test_compare_refuses_bad_input():
    with pytest.raises(ValueError, match="learning_rates must hold at least one"):
        compare_learning_rates(demo_network(), x_demo, t_demo, [], 10)
    with pytest.raises(TypeError, match="learning_rates must be a list"):
        compare_learning_rates(demo_network(), x_demo, t_demo, 0.1, 10)
    with pytest.raises(ValueError, match=r"learning_rates\[0\]"):
        compare_learning_rates(demo_network(), x_demo, t_demo, [0], 10)
    with pytest.raises(ValueError, match="updates"):
        compare_learning_rates(demo_network(), x_demo, t_demo, [1.0], 0)
    with pytest.raises(TypeError, match="net must be a Network"):
        compare_learning_rates(None, x_demo, t_demo, [1.0], 10)


def test_compare_draws_up_to_six_rates_and_refuses_more():
    rates = [0.01, 0.1, 0.3, 1.0, 3.0, 10.0]
    comparison = compare_learning_rates(demo_network(), x_demo, t_demo, rates, 20)
    legend = [t.get_text() for t in comparison.figure.axes[0].get_legend().get_texts()]
    assert legend == [run.label for run in comparison.runs] and len(legend) == 6
    styles = {line.get_label(): (line.get_color(), line.get_linestyle())
              for line in comparison.figure.axes[0].get_lines() if line.get_label() in legend}
    # each rate in its decade's colour, and a line style of its own in the figure
    assert [styles[run.label][0] for run in comparison.runs] == [
        colors.rate_style(rate)["color"] for rate in rates]
    dashes = {str(line._unscaled_dash_pattern) for line in comparison.figure.axes[0].get_lines()
              if line.get_label() in legend}
    assert len(dashes) == 6
    with pytest.raises(ValueError, match=r"learning_rates can hold at most 6 rates, got 7"):
        compare_learning_rates(demo_network(), x_demo, t_demo, rates + [30.0], 20)


# --- the explorer's first state ---------------------------------------------------

def test_first_state_is_what_the_explorer_shows_first():
    X, T = xor()
    net = Network([2, 4, 1], ["tanh", "sigmoid"])
    settings = dict(learning_rate=3.0, updates=200, compare=[0.3, 30.0])
    state = explorer_first_state(net, X, T, **settings)
    # No background work: the first state is what it shows at once, and no thread of this
    # test trains and draws on while the tests after it run.
    explorer = LearningRateExplorer(net, X, T, **settings, background=False)
    np.testing.assert_array_equal(state.runs[-1].result.errors, explorer.result.errors)
    assert state.runs[-1].verdict == explorer.verdict_result
    assert [run.learning_rate for run in state.runs] == [0.3, 30.0, 3.0]
    ax_curve, ax_boundary = state.figure.axes[:2]
    assert {line.get_label() for line in ax_curve.get_lines()} >= {run.label for run in state.runs}
    # the boundary shades the prediction of the last run's trained network
    shaded = ax_boundary.images[0].get_array()
    assert shaded.shape == (60, 60)
    assert shaded.min() < 0.5 < shaded.max()


def test_first_state_of_a_one_input_network_is_the_curve_alone():
    state = explorer_first_state(demo_network(), x_demo, t_demo, compare=[0.01, 100])
    assert len(state.figure.axes) == 1
    assert labels(state) == ["too slow", "stalled", "converging"]
    assert isinstance(state.figure, canvas.CourseFigure)


def test_first_state_of_the_spiral_learns_it():
    """The settings of notebook 6's spiral: it must actually be learned."""
    X, T = spiral()
    net = Network([2, 16, 16, 1], ["tanh", "tanh", "sigmoid"])
    state = explorer_first_state(net, X, T, learning_rate=3.0, updates=2000, compare=[0.3])
    assert labels(state) == ["too slow", "converging"]
    assert accuracy(state.runs[-1].net, X, T) >= 0.95


@pytest.mark.parametrize("data, net, updates", [
    (xor(), Network([2, 4, 1], ["tanh", "sigmoid"]), 500),
    (two_circles(), Network([2, 6, 1], ["tanh", "sigmoid"]), 1000),
], ids=["xor", "circles"])
def test_the_playground_settings_of_notebook_5_learn_their_data(data, net, updates):
    X, T = data
    state = explorer_first_state(net, X, T, learning_rate=3.0, updates=updates)
    assert labels(state) == ["converging"]
    assert accuracy(state.runs[-1].net, X, T) == 1.0


def test_first_state_refuses_bad_compare():
    with pytest.raises(TypeError, match="compare"):
        explorer_first_state(demo_network(), x_demo, t_demo, compare=0.1)


def test_first_state_refuses_what_the_explorer_refuses():
    six = [0.01, 0.1, 0.3, 3.0, 10.0, 100.0]
    with pytest.raises(ValueError, match="compare can hold at most 5"):
        explorer_first_state(demo_network(), x_demo, t_demo, updates=5, compare=six)
    with pytest.raises(ValueError, match=r"learning_rate must be between 0\.001 and 100"):
        explorer_first_state(demo_network(), x_demo, t_demo, learning_rate=1000)
    with pytest.raises(ValueError, match=r"compare\[0\] must be between 0\.001 and 100"):
        explorer_first_state(demo_network(), x_demo, t_demo, compare=[1e-5])
    state = explorer_first_state(demo_network(), x_demo, t_demo, updates=5, compare=six[:5])
    assert len(state.figure.axes[0].get_legend().get_texts()) == 6


# --- several examples -------------------------------------------------------------

def test_plot_fits_draws_targets_and_each_networks_curve():
    X, T = curve()
    start = Network([1, 4, 1])
    trained = start.copy()
    train(trained, X, T, 10.0, 100)
    figure = plot_fits({"before": start, "after": trained}, X, T)
    lines = figure.axes[0].get_lines()
    assert [line.get_label() for line in lines] == [
        "the examples' y_target", "the network's y_output: before",
        "the network's y_output: after"]
    np.testing.assert_array_equal(lines[0].get_ydata(), T[:, 0])
    inputs = lines[2].get_xdata().reshape(-1, 1)
    np.testing.assert_allclose(lines[2].get_ydata(), trained.predict(inputs)[:, 0])


def test_plot_fits_refuses_bad_input():
    X, T = curve()
    with pytest.raises(ValueError, match=r"nets can hold at most 4 networks, got 6"):
        plot_fits({f"net {k}": Network([1, 1], seed=k) for k in range(6)}, X, T)
    with pytest.raises(TypeError, match="nets"):
        plot_fits([Network([1, 1])], X, T)
    with pytest.raises(ValueError, match="X must have shape"):
        plot_fits({"a": Network([1, 1])}, np.zeros((4, 2)), T[:4])


# --- Mazur and the update-order trap ----------------------------------------------

def test_our_numbers_round_to_mazurs_hand_worked_ones():
    ours = mazur_numbers()
    assert set(ours) == set(MAZUR_PUBLISHED)
    for name, published in MAZUR_PUBLISHED.items():
        if name != "E after one update":
            assert rounds_to(ours[name], published), f"{name}: {ours[name]!r} vs {published}"
    # the one he printed without working it by hand is not ours (see the next test)
    assert MAZUR_PUBLISHED["E after one update"] == "0.291027924"
    assert f"{ours['E after one update']:.9f}" == "0.291027774"


def test_mazur_table_shows_published_ours_and_where_they_differ():
    rows = mazur_table().splitlines()
    assert rows[0].split() == ["quantity", "published", "ours", "note"]
    assert len(rows) == 1 + len(MAZUR_PUBLISHED)
    for row, (name, published) in zip(rows[1:-1], MAZUR_PUBLISHED.items()):
        assert row.startswith(name)
        assert row.split()[-3:] == [published, published, "same"]
    assert rows[-1].startswith("E after one update")
    assert rows[-1].split()[-8:] == ["0.291027924", "0.291027774",
                                     "differs", "from", "the", "7th", "decimal", "on"]


def test_mazurs_published_error_after_the_update_is_the_wrong_order_one():
    net = mazur_network()
    before = parameters(net)
    wrong = update_in_the_wrong_order(net, x_mazur, t_mazur, MAZUR_LEARNING_RATE)
    assert_unchanged(net, before)
    assert f"{wrong.error(x_mazur, t_mazur):.9f}" == MAZUR_PUBLISHED["E after one update"]
    right = after_one_update(net, x_mazur, t_mazur, MAZUR_LEARNING_RATE)
    assert f"{right.error(x_mazur, t_mazur):.9f}" == "0.291027774"
    # his hand-worked w1 is the right order's, not the wrong order's
    assert rounds_to(right.weights[0][0, 0], MAZUR_PUBLISHED["w1 after one update"])
    assert not rounds_to(wrong.weights[0][0, 0], MAZUR_PUBLISHED["w1 after one update"])
    # the output layer's new weights agree; the hidden layer's do not
    np.testing.assert_allclose(wrong.weights[1], right.weights[1], rtol=1e-15)
    assert not np.allclose(wrong.weights[0], right.weights[0], rtol=1e-9, atol=0)
    for b_wrong, b_before in zip(wrong.biases, net.biases):  # Mazur's biases stay fixed
        np.testing.assert_array_equal(b_wrong, b_before)


@pytest.mark.parametrize("make, x_input, y_target, rate", [
    (mazur_network, x_mazur, t_mazur, MAZUR_LEARNING_RATE),
    (lambda: Network([2, 3, 2], "tanh", seed=3), [0.4, -0.2], [0.1, 0.7], 2.0),
    (lambda: Network([1, 2, 2, 1], "relu", seed=1), [[0.5], [1.5]], [[0.2], [0.9]], 0.1),
])
def test_the_wrong_order_network_keeps_no_pass_of_the_old_weights(make, x_input, y_target, rate):
    wrong = update_in_the_wrong_order(make(), x_input, y_target, rate)
    assert wrong.x is wrong.y is wrong.E is wrong.dE_dw is None
    with pytest.raises(ValueError, match=r"backward\(\) needs the values of a forward pass"):
        wrong.backward(y_target)
    wrong.forward(x_input)                    # a new pass: E is that of the new weights
    assert wrong.backward(y_target) == wrong.error(x_input, y_target)


@pytest.mark.parametrize("sizes, rate", [([1, 1, 1], 1e300), ([2, 2, 1], 1e306), ([1, 3, 1], 1e308)])
def test_the_wrong_order_raises_overflow_like_update_and_changes_nothing(sizes, rate):
    net = Network(sizes, "linear", seed=0)
    before = parameters(net)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(Overflow, match=r"update\(\) overflowed: .* no weight or bias was changed"):
            update_in_the_wrong_order(net, np.full(sizes[0], 3.0), [0.0], rate)
    assert_unchanged(net, before)


def test_the_wrong_order_reads_the_updated_output_weights():
    """Written out by hand with the lesson's formulas: dE/dy of the hidden
    layer through w5..w8 AFTER their update."""
    net = mazur_network()
    net.forward(x_mazur)
    y_in, y_hidden, y_out = net.y
    alpha = MAZUR_LEARNING_RATE
    dE_dx_out = y_out * (1 - y_out) * (y_out - t_mazur)
    w_out = net.weights[1] - alpha * np.outer(y_hidden, dE_dx_out)
    dE_dx_hidden = y_hidden * (1 - y_hidden) * (w_out @ dE_dx_out)
    w_hidden = net.weights[0] - alpha * np.outer(y_in, dE_dx_hidden)
    wrong = update_in_the_wrong_order(mazur_network(), x_mazur, t_mazur, alpha)
    np.testing.assert_allclose(wrong.weights[1], w_out, rtol=1e-14)
    np.testing.assert_allclose(wrong.weights[0], w_hidden, rtol=1e-14)


def test_with_one_layer_of_weights_the_order_does_not_matter():
    net = Network([2, 3], seed=4)
    x, t = np.array([0.3, -0.7]), np.array([0.2, 0.5, 0.9])
    wrong = update_in_the_wrong_order(net, x, t, 0.5)
    right = after_one_update(net, x, t, 0.5)
    for p, q in zip(wrong.weights + wrong.biases, right.weights + right.biases):
        np.testing.assert_allclose(p, q, rtol=1e-15)


def test_the_wrong_order_with_biases_and_a_batch():
    net = demo_network()
    X, T = np.array([[1.0], [0.2]]), np.array([[0.9], [0.1]])
    wrong = update_in_the_wrong_order(net, X, T, 1.0)
    right = after_one_update(net, X, T, 1.0)
    np.testing.assert_allclose(wrong.weights[2], right.weights[2], rtol=1e-15)  # output layer
    np.testing.assert_allclose(wrong.biases[2], right.biases[2], rtol=1e-15)
    assert not np.allclose(wrong.weights[0], right.weights[0], rtol=1e-12, atol=0)
    assert not np.allclose(wrong.biases[0], right.biases[0], rtol=1e-12, atol=0)


def test_the_wrong_order_refuses_bad_input():
    with pytest.raises(ValueError, match="learning_rate"):
        update_in_the_wrong_order(mazur_network(), x_mazur, t_mazur, 0.0)
    with pytest.raises(ValueError, match="y_target"):
        update_in_the_wrong_order(mazur_network(), x_mazur, [0.5], 0.5)
    with pytest.raises(ValueError, match="x_input"):
        update_in_the_wrong_order(mazur_network(), [0.5], t_mazur, 0.5)


# --- activations ------------------------------------------------------------------

def test_plot_activations_draws_f_and_its_derivative():
    names = ["sigmoid", "tanh", "relu", "linear"]
    figure = plot_activations(names, span=3.0)
    assert len(figure.axes) == 4
    for ax, name in zip(figure.axes, names):
        activation = ACTIVATIONS[name]
        f_line, df_line = ax.get_lines()[:2]
        x = f_line.get_xdata()
        assert x[0] == -3.0 and x[-1] == 3.0
        np.testing.assert_allclose(f_line.get_ydata(), activation.f(x))
        np.testing.assert_allclose(df_line.get_ydata(), activation.df(x, activation.f(x)))
        assert ax.get_title() == {"relu": "ReLU"}.get(name, name)     # as the lesson writes it
        low, high = ax.get_ylim()
        assert low <= f_line.get_ydata().min() and f_line.get_ydata().max() <= high


def test_plot_activations_refuses_bad_names():
    with pytest.raises(ValueError, match="activation must be one of"):
        plot_activations(["sigmoid", "softmax"])
    with pytest.raises(TypeError, match="names"):
        plot_activations("sigmoid")


# --- a deep network --------------------------------------------------------------

def test_deep_network_shape():
    net = deep_network("tanh", depth=3, width=5, seed=2)
    assert net.sizes == [1, 5, 5, 5, 1]
    assert net.activation_names == ["tanh", "tanh", "tanh", "sigmoid"]
    np.testing.assert_array_equal(net.weights[0], Network([1, 5, 5, 5, 1], seed=2).weights[0])


def test_deep_network_scales_the_seeds_weights_and_takes_an_output_activation():
    net = deep_network("relu", depth=2, width=3, seed=1, output_activation="linear",
                       weight_scale=10)
    assert net.activation_names == ["relu", "relu", "linear"]
    for scaled, seeded in zip(net.weights, Network([1, 3, 3, 1], seed=1).weights):
        np.testing.assert_array_equal(scaled, 10 * seeded)
    with pytest.raises(ValueError, match="weight_scale"):
        deep_network("relu", weight_scale=0)
    with pytest.raises(TypeError, match="weight_scale"):
        deep_network("relu", weight_scale="large")


def test_deep_sigmoid_network_hardly_learns():
    X, T = curve()
    results = {name: train(deep_network(name), X, T, 0.3, 1000) for name in ("sigmoid", "tanh")}
    assert results["sigmoid"].final_error > 0.5 * results["sigmoid"].initial_error
    assert results["tanh"].final_error < 0.05 * results["tanh"].initial_error


# --- accuracy ---------------------------------------------------------------------

def test_accuracy_counts_the_points_on_the_right_side_of_y_0_5():
    # w = 10, b = -5 on one input: y > 0.5 exactly when x > 0.5
    net = Network([1, 1], weights=[[[10.0]]], biases=[[-5.0]])
    X = np.array([[0.0], [0.4], [0.6], [1.0]])
    assert accuracy(net, X, np.array([[0.0], [0.0], [1.0], [1.0]])) == 1.0
    assert accuracy(net, X, np.array([[0.0], [1.0], [1.0], [1.0]])) == 0.75
    assert accuracy(net, X, np.array([[1.0], [1.0], [0.0], [0.0]])) == 0.0


def test_accuracy_with_several_outputs_counts_the_largest_output_on_the_targets_class():
    # no hidden layer, no biases: y_k is largest for the class whose weights point along x
    net = Network([2, 3], "softmax", weights=[np.array([[1.0, -1.0, 0.0], [0.0, 0.0, 1.0]])],
                  error="cross_entropy")
    X = np.array([[2.0, 0.0], [-2.0, 0.0], [0.0, 2.0], [-2.0, -2.0]])
    assert accuracy(net, X, np.eye(3)[[0, 1, 2, 1]]) == 1.0
    assert accuracy(net, X, np.eye(3)[[0, 1, 2, 2]]) == 0.75
    assert accuracy(net, X, np.eye(3)[[1, 2, 0, 0]]) == 0.0


def test_accuracy_refuses_bad_input():
    with pytest.raises(ValueError, match=r"T must have shape \(1, 2\)"):
        accuracy(mazur_network(), [[0.1, 0.2]], [[0.0, 1.0, 0.0]])
    with pytest.raises(ValueError, match="T must have shape"):
        accuracy(Network([2, 1]), np.zeros((4, 2)), np.zeros((3, 1)))


def test_plot_rate_sweep_draws_every_rates_final_error_as_train_alone_gives_it():
    from bp_helpers import train
    from bp_helpers.experiments import plot_rate_sweep
    from bp_helpers.pictures import canvas
    from bp_helpers.rate_sweep import RATE_STOPS
    x_input, y_target = DEMO_EXAMPLE
    figure = plot_rate_sweep(demo_network(), x_input, y_target, 40, learning_rate=2.0)
    assert canvas.shown_size(figure) == (440, 400)
    line = figure.axes[0].lines[0]
    rates, errors = list(line.get_xdata()), line.get_ydata()
    assert rates == RATE_STOPS                       # no demo run diverges in 40 updates
    for rate in (0.001, 0.5, 2.0, 100.0):
        alone = train(demo_network(), x_input, y_target, rate, 40)
        assert errors[rates.index(rate)] == pytest.approx(alone.final_error, rel=1e-12)
    with pytest.raises(ValueError, match="learning_rate"):
        plot_rate_sweep(demo_network(), x_input, y_target, 40, learning_rate=1000.0)


@pytest.mark.parametrize("updates", [1, 2, 4])
def test_a_short_run_gets_a_plain_verdict(updates):
    x_input, y_target = DEMO_EXAMPLE
    run = verdict(train(demo_network(), x_input, y_target, 1.0, updates))
    plural = "s" if updates > 1 else ""
    assert run.label == "short run"
    assert re.fullmatch(rf"{updates} update{plural}: E fell from 0\.0392 to 0\.0\d+", run.text)


@pytest.mark.parametrize("case", ["demo", "straight line", "demo, 40 updates"])
def test_the_sweep_is_cut_at_the_floor_and_each_rate_lies_in_its_verdicts_region(case):
    """The regions are the verdicts the course prints (``training.verdict``): each rate's
    x lies in the span of the region of its own verdict, and in no other.  The E axis
    stops at the floor ``E_FLOOR`` where some E fell below it, and never goes lower."""
    from bp_helpers.experiments import plot_rate_sweep
    from bp_helpers.pictures.widget_plots import E_FLOOR
    from bp_helpers.rate_sweep import RATE_STOPS, train_rates
    net, X, T, updates = {"demo": (demo_network(), x_demo, t_demo, 100),
                          "straight line": (Network([1, 1], "linear"), *straight_line(), 20),
                          "demo, 40 updates": (demo_network(), x_demo, t_demo, 40)}[case]
    figure = plot_rate_sweep(net, X, T, updates)
    ax = figure.axes[0]
    results = train_rates(net, np.atleast_2d(X), np.atleast_2d(T), RATE_STOPS, updates).results
    figure.draw_without_rendering()
    regions = [patch for patch in ax.patches if patch.get_gid()]
    for rate, result in zip(RATE_STOPS, results):
        x = ax.transData.transform((rate, 1.0))[0]
        around = [region.get_gid() for region in regions
                  if region.get_window_extent().x0 <= x <= region.get_window_extent().x1]
        assert around == [verdict(result).label], (rate, around)
    bottom = ax.get_ylim()[0]
    finals = [r.final_error for r in results if not r.diverged]
    if min(finals) < E_FLOOR:
        assert bottom == pytest.approx(E_FLOOR, rel=1e-9)
        floored = next(line for line in ax.get_lines() if line.get_label().startswith("E < 1e-12"))
        assert len(floored.get_xdata()) == sum(e < E_FLOOR for e in finals)
    else:
        assert E_FLOOR < bottom < min(finals)
