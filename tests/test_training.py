"""Tests of bp_helpers.training: train() and verdict()."""

import warnings

import numpy as np
import pytest
from sgd import sgd_errors
from training_cases import SHARED_BAD_ARGUMENTS, parameters, straight_line

from bp_helpers import DEMO_EXAMPLE, DEMO_LEARNING_RATE, Network, demo_network
from bp_helpers.datasets import xor
from bp_helpers.formatting import format_number
from bp_helpers.training import (
    DIVERGENCE_FLOOR,
    DIVERGENCE_GROWTH,
    MAX_UPDATES,
    TrainingResult,
    describe_change,
    train,
    verdict,
)

x_demo, t_demo = DEMO_EXAMPLE


# --- what train records ---------------------------------------------------

def test_history_has_one_error_per_update():
    result = train(demo_network(), x_demo, t_demo, DEMO_LEARNING_RATE, 25)
    assert result.errors.shape == (25,)
    assert result.errors.dtype == np.float64
    assert not result.diverged and result.diverged_at is None


def test_train_is_the_lessons_loop():
    net, twin = demo_network(), demo_network()
    result = train(net, x_demo, t_demo, 0.5, 40)
    expected = np.array(sgd_errors(twin, x_demo.reshape(1, 1), t_demo.reshape(1, 1), 0.5, 40))
    np.testing.assert_array_equal(result.errors, expected)
    for p, q in zip(parameters(net), parameters(twin)):
        np.testing.assert_array_equal(p, q)
    assert result.final_error == twin.error(x_demo, t_demo)


def test_one_update_matches_the_presets_numbers():
    # presets.py: E = 0.0392 before, 0.0322 after one update with rate 1.0.
    result = train(demo_network(), x_demo, t_demo, DEMO_LEARNING_RATE, 1)
    assert result.initial_error == pytest.approx(0.0392, abs=5e-5)
    assert result.errors[0] == result.initial_error
    assert result.final_error == pytest.approx(0.0322, abs=5e-5)


def test_error_falls_at_every_step_with_a_good_rate():
    result = train(demo_network(), x_demo, t_demo, DEMO_LEARNING_RATE, 200)
    history = np.append(result.errors, result.final_error)
    assert np.all(np.diff(history) < 0)
    assert result.final_error < 1e-3 * result.initial_error
    assert str(result) == result.message
    assert result.message.startswith("E fell from 0.0392 to ")
    assert result.message.endswith(" in 200 updates")


def test_training_is_deterministic():
    X, T = xor()
    a, b = Network([2, 3, 1], seed=4), Network([2, 3, 1], seed=4)
    first, second = train(a, X, T, 5.0, 100), train(b, X, T, 5.0, 100)
    np.testing.assert_array_equal(first.errors, second.errors)
    assert first.final_error == second.final_error
    for p, q in zip(parameters(a), parameters(b)):
        np.testing.assert_array_equal(p, q)


def test_one_example_may_be_given_as_a_row_or_as_a_batch_of_one():
    flat = train(demo_network(), x_demo, t_demo, 1.0, 30)
    batch = train(demo_network(), x_demo.reshape(1, 1), t_demo.reshape(1, 1), 1.0, 30)
    np.testing.assert_array_equal(flat.errors, batch.errors)


# --- minibatches ------------------------------------------------------------

def test_minibatches_are_repeatable_with_the_same_seed():
    X, T = xor()
    runs = [train(Network([2, 3, 1], seed=1), X, T, 2.0, 50, batch_size=2, seed=s)
            for s in (7, 7, 8)]
    np.testing.assert_array_equal(runs[0].errors, runs[1].errors)
    assert not np.array_equal(runs[0].errors, runs[2].errors)


def test_each_epoch_visits_every_example_once():
    # batch_size=1 with a tiny rate: every recorded E is the error of one
    # example, which tells us which example that step used.
    X, T = xor()
    net = Network([2, 3, 1], seed=1)
    per_example = np.array([net.error(x, t) for x, t in zip(X, T)])
    assert np.min(np.diff(np.sort(per_example))) > 1e-6  # the four are distinguishable
    result = train(net, X, T, 1e-12, 12, batch_size=1)
    used = [int(np.argmin(abs(per_example - E))) for E in result.errors]
    assert np.allclose(result.errors, per_example[used], rtol=0, atol=1e-9)
    for epoch in range(3):
        assert sorted(used[4 * epoch:4 * epoch + 4]) == [0, 1, 2, 3]
    assert used[:4] != used[4:8] or used[4:8] != used[8:]  # a fresh order per epoch


def test_a_batch_of_everything_is_full_batch_training():
    X, T = xor()
    full = train(Network([2, 3, 1], seed=2), X, T, 3.0, 60)
    shuffled = train(Network([2, 3, 1], seed=2), X, T, 3.0, 60, batch_size=4)
    np.testing.assert_allclose(shuffled.errors, full.errors, rtol=1e-12)


# --- divergence ------------------------------------------------------------

def expected_divergence_step(learning_rate):
    """Run the hand loop with no stopping; find where the rule first fires."""
    X, T = straight_line()
    net = Network([1, 1], "linear")
    E0 = net.error(X, T)
    with np.errstate(over="ignore", invalid="ignore"):
        history = np.array(sgd_errors(net, X, T, learning_rate, 50))
    bad = ~np.isfinite(history) | ((history > DIVERGENCE_GROWTH * E0)
                                   & (history > DIVERGENCE_FLOOR))
    return int(np.argmax(bad))


def test_a_big_rate_on_a_linear_network_diverges_and_is_stopped():
    X, T = straight_line()
    net = Network([1, 1], "linear")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no overflow warnings escape
        result = train(net, X, T, 10.0, 100)
    k = expected_divergence_step(10.0)
    assert k > 1
    assert result.diverged and result.diverged_at == k
    assert len(result.errors) == k
    assert np.isfinite(result.errors).all()
    assert result.message.startswith(f"diverged at update {k}: E grew past 1.00e+06 times")
    # the network keeps the parameters that gave the last recorded error
    assert all(np.isfinite(p).all() for p in parameters(net))
    assert net.error(X, T) == result.errors[-1] == result.final_error
    assert verdict(result).label == "diverged"


def diverging_at_once():
    # x = 1e-200 and w = 1e300 give a finite E, but dE/dx overflows in the first backward
    return Network([1, 1], activation="linear", weights=[[[1e300]]]), [[1e-200]], [[0.0]]


def test_a_run_that_diverges_at_the_first_update_keeps_its_starting_parameters():
    net, X, T = diverging_at_once()
    result = train(net, X, T, 0.1, 5)
    assert result.diverged_at == 0
    assert "the network keeps its starting parameters (E = " in result.message
    assert "update -1" not in result.message
    assert net.weights[0][0, 0] == 1e300


def test_read_only_parameters_are_given_back_as_new_arrays():
    net, X, T = diverging_at_once()
    net.weights[0].setflags(write=False)
    assert train(net, X, T, 0.1, 5).diverged_at == 0
    assert net.weights[0][0, 0] == 1e300
    net = Network([2, 2, 1])
    for p in parameters(net):
        p.setflags(write=False)
    before = [p.copy() for p in parameters(net)]
    train(net, *xor(), 0.5, 10)
    assert not any(np.array_equal(p, q) for p, q in zip(parameters(net), before))


def test_a_change_of_E_is_written_with_enough_digits_to_see_it():
    assert describe_change(0.0392, 0.0011) == "fell from 0.0392 to 0.00110"
    assert describe_change(0.125, 0.12499) == "fell from 0.12500 to 0.12499"
    assert describe_change(0.125, 0.1250001) == (
        "rose from 0.125 by too little to show in 6 significant digits")
    assert describe_change(0.125, 0.125) == "stayed at 0.125"
    result = train(Network([2, 2, 1]), *xor(), 0.5, 10)
    start, end = result.message.split(" in ")[0].split(" from ")[1].split(" to ")
    assert start != end
    assert f"from {start} to {end}" in verdict(result).text


def test_the_same_network_with_a_small_rate_does_not_diverge():
    X, T = straight_line()
    result = train(Network([1, 1], "linear"), X, T, 0.1, 100)
    assert not result.diverged
    assert result.final_error < 1e-3


def test_an_error_that_overflows_to_inf_is_reported():
    net = Network([1, 1], "linear")
    before = parameters(net)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = train(net, [1e100], [0.0], 1e100, 10)
    assert result.diverged_at == 1
    # forward() of step 1 overflows (x = -1e300 * 1e100) and raises Overflow
    assert result.message.startswith("diverged at update 1: forward() overflowed: "
                                     "the total input x of layer 1 is inf or NaN")
    np.testing.assert_array_equal(result.errors, [result.initial_error])
    for p, q in zip(parameters(net), before):
        np.testing.assert_array_equal(p, q)


def test_a_network_whose_error_is_already_inf_is_refused():
    net = Network([1, 1], "linear", weights=[np.array([[1e300]])])
    with pytest.raises(ValueError, match="before training"):
        train(net, [1e300], [0.0], 0.1, 5)


@pytest.mark.parametrize("X, T, learning_rate, batch_size", [
    ([[1e100], [1.0]], [[0.0], [0.0]], 1e-139, 1),          # finite on the small example only
    ([[1.0], [2e100], [0.5]], [[0.0], [1.0], [0.0]], 1e-120, 1),
    ([[1.0], [3e120], [0.5], [2.0]], [[0.0], [0.0], [1.0], [0.0]], 1e-160, 2),
])
def test_minibatches_never_report_an_error_of_inf(X, T, learning_rate, batch_size):
    net = Network([1, 1], "linear", weights=[np.array([[0.1]])])
    start = parameters(net)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = train(net, X, T, learning_rate, 10, batch_size=batch_size, seed=0)
    assert result.diverged
    assert np.isfinite(result.final_error) and np.isfinite(result.errors).all()
    assert net.error(X, T) == result.final_error          # what the network keeps, on all of X
    assert result.message.endswith(
        f"gets its starting parameters back (E = {format_number(result.final_error)}): E on "
        f"the whole data set overflows with those of update {result.diverged_at - 1}")
    for p, q in zip(parameters(net), start):
        np.testing.assert_array_equal(p, q)


@pytest.mark.parametrize("seed", range(8))
def test_a_run_on_wildly_scaled_data_ends_with_a_finite_error_on_the_whole_set(seed):
    rng = np.random.default_rng(seed)
    X = rng.normal(0, 1, (6, 2)) * 10.0 ** rng.integers(-50, 150, (6, 1))
    T = rng.uniform(0, 1, (6, 1))
    net = Network([2, 3, 1], ["linear", "linear"], seed=seed)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = train(net, X, T, 10.0 ** rng.integers(-250, 2), 30,
                       batch_size=int(rng.integers(1, 6)), seed=seed)
    assert np.isfinite(result.final_error) and net.error(X, T) == result.final_error


# --- progress -----------------------------------------------------------------

@pytest.mark.parametrize("steps, calls", [
    (1, 1), (7, 7), (100, 100), (1000, 100),
    (1001, 91),   # every 11th step; 1001 = 91 * 11
    (1050, 96),   # every 11th step (95 calls) and the last one
])
def test_progress_is_called_at_most_a_hundred_times_and_ends_at_the_total(steps, calls):
    seen = []
    train(demo_network(), x_demo, t_demo, 1.0, steps, progress=lambda d, t: seen.append((d, t)))
    assert len(seen) == calls
    assert seen[-1] == (steps, steps)
    assert all(total == steps for _, total in seen)
    done = [d for d, _ in seen]
    assert done == sorted(set(done))


# --- bad arguments -------------------------------------------------------------

@pytest.mark.parametrize("kwargs, error, name", SHARED_BAD_ARGUMENTS + [
    (dict(updates=MAX_UPDATES + 1), ValueError, r"updates must be at most 1000000 \(a million"),
    (dict(updates=10**12), ValueError, r"updates must be at most 1000000"),
    (dict(updates=10**30), ValueError, r"updates must be at most 1000000"),
    (dict(learning_rate=10**400), ValueError, r"learning_rate must be .* a float can hold"),
    (dict(learning_rate=0), ValueError, "learning_rate"),
    (dict(learning_rate=-0.5), ValueError, "learning_rate"),
    (dict(learning_rate=float("nan")), ValueError, "learning_rate"),
    (dict(learning_rate="fast"), TypeError, "learning_rate"),
])
def test_bad_arguments_are_refused_by_name(kwargs, error, name):
    X, T = xor()
    arguments = dict(net=Network([2, 2, 1]), X=X, T=T, learning_rate=1.0, updates=10)
    arguments.update(kwargs)
    with pytest.raises(error, match=name):
        train(**arguments)


# --- verdict on real runs ------------------------------------------------------

@pytest.mark.parametrize("learning_rate, label", [
    (0.01, "too slow"),      # E falls about 30 % in 200 updates
    (1.0, "converging"),     # E falls to 2.4e-6
    (100.0, "stalled"),      # y_6 jumps to about 1 and saturates: E stays 0.005
])
def test_verdict_on_the_demo_example(learning_rate, label):
    result = train(demo_network(), x_demo, t_demo, learning_rate, 200)
    assert verdict(result).label == label
    assert str(verdict(result)).startswith(label)


def test_a_saturated_demo_output_is_stuck_at_half_of_0_1_squared():
    result = train(demo_network(), x_demo, t_demo, 100.0, 200)
    assert result.final_error == pytest.approx(0.5 * (1.0 - 0.9) ** 2, rel=1e-3)


@pytest.mark.parametrize("learning_rate, label", [
    (0.5, "too slow"),       # stuck on the plateau E = 0.125
    (10.0, "converging"),
    (50.0, "stalled"),       # two examples with both hidden nodes switched off: E creeps near 0.063
    (100.0, "oscillating"),  # E rises in almost half of the updates
])
def test_verdict_on_xor(learning_rate, label):
    X, T = xor()
    result = train(Network([2, 2, 1], seed=1), X, T, learning_rate, 300)
    assert verdict(result).label == label


# --- verdict on constructed histories ---------------------------------------------

def finished(history):
    """A TrainingResult whose E went through ``history`` (last value = final)."""
    history = np.asarray(history, dtype=float)
    return TrainingResult(history[:-1], history[0], history[-1], None, "constructed")


def test_more_than_a_tenth_of_rising_updates_is_oscillating():
    falling = list(np.geomspace(1.0, 1e-4, 21))          # 20 updates
    two_rises = falling[:5] + [falling[3]] + falling[6:10] + [falling[8]] + falling[11:]
    three_rises = two_rises[:15] + [two_rises[13]] + two_rises[16:]
    assert verdict(finished(falling)).label == "converging"
    assert verdict(finished(two_rises)).label == "converging"   # exactly 10 %
    assert verdict(finished(three_rises)).label == "oscillating"


def test_a_rise_of_at_most_one_percent_is_not_counted():
    zigzag = [1.0, 0.9, 0.905, 0.5, 0.503, 0.1, 0.1005, 0.01]
    assert verdict(finished(zigzag)).label == "converging"


def test_less_than_half_way_down_is_too_slow():
    assert verdict(finished(np.linspace(1.0, 0.51, 50))).label == "too slow"
    assert verdict(finished(np.linspace(1.0, 1.2, 50))).label == "getting worse"
    assert verdict(finished(np.linspace(1.0, 0.49, 50))).label == "converging"


def test_a_run_that_stops_falling_halfway_has_stalled():
    history = list(np.geomspace(1.0, 0.1, 25)) + [0.1] * 26
    assert verdict(finished(history)).label == "stalled"
    # near zero, a flat second half is simply convergence
    history = list(np.geomspace(1.0, 0.001, 25)) + [0.001] * 26
    assert verdict(finished(history)).label == "converging"


def test_an_oscillating_run_is_told_by_its_share_of_rises_not_by_fragile_numbers():
    # 30 updates, E up by 10 % at every other one: 15 rises of 30 is "about half"
    zigzag = [1.0]
    for k in range(30):
        zigzag.append(zigzag[-1] * (1.1 if k % 2 else 0.8))
    text = verdict(finished(zigzag)).text
    assert text == "oscillating: E rose in about half of the 30 updates, jumping up and down"
    # 4 rises of 30 (13 %): more than the 1 in 10 of the rule, not yet a quarter
    few = list(np.geomspace(1.0, 0.01, 31))
    for k in (5, 12, 19, 26):
        few[k] = few[k - 1] * 1.5
    assert "E rose in more than 1 in 10 of the 30 updates" in verdict(finished(few)).text


def test_the_share_of_rises_in_words():
    from bp_helpers.training import _share
    assert [_share(f) for f in (0.11, 0.3, 0.45, 0.55, 0.9)] == [
        "more than 1 in 10", "about a third", "about half", "about half", "most"]


def dead_relu_network():
    """[1, 2, 1] ReLU: for inputs >= 0 every node's total input is -1 - x < 0, so
    every y is 0, every f'(x) is 0, and every dE/dw and dE/db is 0 (by hand)."""
    return Network([1, 2, 1], "relu", weights=[[[-1.0, -1.0]], [[-1.0], [-1.0]]],
                   biases=[[-1.0, -1.0], [-1.0]])


@pytest.mark.parametrize("learning_rate", [0.001, 1.0, 100.0])
def test_a_dead_relu_network_gets_no_gradient_at_any_learning_rate(learning_rate):
    X = np.array([[0.0], [0.5], [1.0]])
    T = np.array([[1.0], [0.0], [1.0]])
    net = dead_relu_network()
    net.forward(X)
    net.backward(T)
    assert all((d == 0).all() for d in net.dE_dw + net.dE_db)
    result = train(dead_relu_network(), X, T, learning_rate, 50)
    # E = mean of 1/2 (0 - t)^2 = (0.5 + 0 + 0.5) / 3, by hand
    assert result.final_error == pytest.approx(1 / 3)
    v = verdict(result)
    assert v.label == "no gradient"
    assert v.text == ("no change: E stayed at 0.333 in all 50 updates, so the updates moved no "
                      "weight: every dE/dw is 0 (then no learning rate helps), or the learning "
                      "rate is too small to move them")
    assert "too slow" not in v.text


def test_a_rate_too_small_to_move_the_weights_is_not_called_a_zero_gradient():
    net = Network([2, 2, 1])
    net.forward(xor()[0])
    net.backward(xor()[1])
    assert any((d != 0).any() for d in net.dE_dw)
    v = verdict(train(net, *xor(), 5e-324, 10))
    assert v.label == "no gradient"
    assert "every dE/dw is 0 (then no learning rate helps), or the learning rate is too small" in v.text


def test_nothing_left_to_learn_is_converging():
    assert verdict(finished([0.0] * 10)).label == "converging"


def test_verdict_wants_a_training_result():
    with pytest.raises(TypeError, match="result"):
        verdict([1.0, 0.5])
