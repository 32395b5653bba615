"""Tests of bp_helpers.rate_sweep: every rate trained at once gives what train() gives alone."""

import warnings

import numpy as np
import pytest
from finite_differences import numeric_gradient
from test_numpy_only import run_python
from training_cases import SHARED_BAD_ARGUMENTS

from bp_helpers import DEMO_EXAMPLE, Network, demo_network, formulas, rate_sweep, train
from bp_helpers.datasets import spiral, xor
from bp_helpers.network import backward_pass, forward_pass
from bp_helpers.rate_sweep import RateSweep, train_rates

# A coarse learning-rate slider: too slow, converging, oscillating and diverging rates.
RATES = [0.001, 0.01, 0.1, 0.3, 1.0, 3.0, 10.0, 30.0, 100.0]


def line():
    """y = 2x + 0.5 on 10 points in [-1, 1], for a Network([1, 1], "linear")."""
    X = np.linspace(-1.0, 1.0, 10).reshape(10, 1)
    return X, 2.0 * X + 0.5


# Each case: the network, the data, the rates, updates, batch_size, and the ways
# train() stops some of its rates (parts of its messages), to be sure each is met.
CASES = {
    "demo": lambda: (demo_network(), DEMO_EXAMPLE, RATES, 100, None, []),
    "XOR [2, 2, 1] of notebook 4": lambda: (
        Network([2, 2, 1], seed=1), xor(), RATES, 300, None, []),
    "XOR [2, 4, 1] tanh of notebook 6": lambda: (
        Network([2, 4, 1], ["tanh", "sigmoid"]), xor(), RATES, 500, None, []),
    "XOR [2, 3, 1] with a linear output, diverging": lambda: (
        Network([2, 3, 1], ["tanh", "linear"]), xor(), RATES + [1e10, 1e300], 300, None,
        ["E grew past", "backward() overflowed: E is inf"]),
    "XOR [2, 8, 1] relu": lambda: (
        Network([2, 8, 1], ["relu", "linear"]), xor(), RATES + [1e156], 200, None,
        ["E grew past", "forward() overflowed: the total input x of layer 2"]),
    "XOR in minibatches": lambda: (
        Network([2, 3, 1], ["tanh", "linear"]), xor(), RATES, 300, 3, ["E grew past"]),
    "spiral [2, 16, 16, 1] in minibatches": lambda: (
        Network([2, 16, 16, 1], ["tanh", "tanh", "sigmoid"]), spiral(), RATES, 100, 10, []),
    "biases not learned": lambda: (
        Network([2, 3, 1], ["tanh", "linear"], learn_biases=False), xor(), RATES, 200, 2,
        ["E grew past"]),
    "a line whose last update diverges": lambda: (
        Network([1, 1], "linear"), line(), [0.1, 10.0], 4, None, ["diverged at update 4"]),
    "an update that overflows": lambda: (
        Network([1, 1], weights=[np.array([[1e-300]])]), ([1e300], [0.9]), [1e10, 1.0, 1e-300],
        10, None, ["update() overflowed", "forward() overflowed"]),
    "a dE/dw that overflows": lambda: (
        Network([1, 1], "linear", weights=[np.array([[1e-308]])]),
        ([[1e308], [1e308]], [[-10.0], [-10.0]]), [1.0, 1e-3], 4, None,
        ["backward() overflowed: dE_dw[0]"]),
}


def assert_same_as_train(net, data, rates, updates, batch_size, sweep):
    """Each copy of the sweep has train()'s curve, weights, divergence and message."""
    assert isinstance(sweep, RateSweep) and sweep.learning_rates == tuple(rates)
    for rate, result, trained in zip(rates, sweep.results, sweep.nets):
        alone = net.copy()
        expected = train(alone, *data, rate, updates, batch_size=batch_size)
        assert result.message == expected.message, rate
        assert result.diverged_at == expected.diverged_at
        assert result.errors.shape == expected.errors.shape
        np.testing.assert_allclose(result.errors, expected.errors, rtol=1e-12, atol=0)
        assert result.initial_error == expected.initial_error
        assert result.final_error == pytest.approx(expected.final_error, rel=1e-12, abs=0)
        for ours, theirs in zip(trained.weights + trained.biases, alone.weights + alone.biases):
            np.testing.assert_allclose(ours, theirs, rtol=1e-12, atol=0)
        assert trained.x is None and trained.dE_dw is None     # no pass kept, as train leaves it
        assert trained.activation_names == net.activation_names
        assert trained.learn_biases == net.learn_biases


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_every_copy_trains_as_train_does_alone(case):
    net, data, rates, updates, batch_size, stops = case()
    with warnings.catch_warnings():
        warnings.simplefilter("error")      # no overflow warning escapes
        sweep = train_rates(net, *data, rates, updates, batch_size=batch_size)
    assert_same_as_train(net, data, rates, updates, batch_size, sweep)
    messages = " | ".join(result.message for result in sweep.results)
    for stop in stops:
        assert stop in messages


def test_diverged_rates_stop_while_the_others_go_on():
    net, (X, T), rates, updates, _, _ = CASES["XOR [2, 3, 1] with a linear output, diverging"]()
    sweep = train_rates(net, X, T, rates, updates)
    diverged = [result.diverged for result in sweep.results]
    assert diverged == [False] * 5 + [True] * 6        # alpha up to 1 goes on, from 3 stops
    assert all(len(result.errors) == updates for result in sweep.results[:5])
    assert [result.diverged_at for result in sweep.results[5:]] == [5, 5, 2, 2, 1, 1]


def test_the_given_network_is_not_changed():
    net = Network([2, 3, 1], ["tanh", "linear"])
    before = [p.copy() for p in net.weights + net.biases]
    train_rates(net, *xor(), [0.1, 1.0, 100.0], 50)
    for p, q in zip(net.weights + net.biases, before):
        np.testing.assert_array_equal(p, q)


def test_the_rates_keep_their_order_and_a_repeated_rate_its_run():
    sweep = train_rates(demo_network(), *DEMO_EXAMPLE, [3, 0.1, 3.0], 20)
    assert sweep.learning_rates == (3.0, 0.1, 3.0)
    assert all(type(rate) is float for rate in sweep.learning_rates)
    np.testing.assert_array_equal(sweep.results[0].errors, sweep.results[2].errors)
    assert sweep.results[1].message != sweep.results[0].message


def test_the_sweep_runs_with_numpy_alone():
    done = run_python("""
        from bp_helpers import Network
        from bp_helpers.datasets import xor
        from bp_helpers.rate_sweep import train_rates
        print(len(train_rates(Network([2, 3, 1]), *xor(), [0.1, 1.0, 10.0], 20).results))
    """)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "3"


# --- the engine's loops on a stack: for every copy, the pass of Network ---------------
# (Each formula on a stack: tests/test_formulas.py.)

def test_a_stacked_pass_is_the_network_pass_of_every_copy():
    nets = [Network([2, 3, 4, 1], ["tanh", "relu", "sigmoid"], seed=seed) for seed in range(3)]
    weights = [np.stack(layer) for layer in zip(*(net.weights for net in nets))]
    biases = [np.stack(layer)[:, np.newaxis] + 0.1 for layer in zip(*(net.biases for net in nets))]
    X, T = xor()
    x, y = forward_pass(X, weights, biases, nets[0].activations)
    E, dE_dy, dE_dx, dE_dw, dE_db = backward_pass(T, x, y, weights, nets[0].activations)
    for r, net in enumerate(nets):
        net.biases = [b[r, 0] for b in biases]
        net.forward(X)
        assert E[r] == pytest.approx(net.backward(T), rel=1e-14)
        pairs = [pair for ours, theirs in [(x, net.x), (y, net.y), (dE_dy, net.dE_dy),
                                           (dE_dx, net.dE_dx), (dE_dw, net.dE_dw),
                                           (dE_db, net.dE_db)]
                 for pair in zip(ours, theirs)]
        for ours, theirs in pairs:
            ours = ours if ours.ndim == theirs.ndim else ours[r]      # x[0] is X, shared
            np.testing.assert_allclose(ours, theirs, rtol=1e-13, atol=1e-16)


def test_the_stacked_derivatives_are_the_slopes_of_each_copys_error():
    # The definition of a derivative, by central differences:
    # dE/dp ~ (E(p + h) - E(p - h)) / 2h, with E of the copy that p belongs to;
    # the other copies' E must not move at all.
    activations = Network([2, 3, 1], ["tanh", "sigmoid"]).activations
    rng = np.random.default_rng(1)
    weights = [rng.normal(size=(2, 2, 3)), rng.normal(size=(2, 3, 1))]
    biases = [rng.normal(size=(2, 1, 3)), rng.normal(size=(2, 1, 1))]
    X, T = xor()

    def error_of_every_copy():
        return formulas.squared_error(forward_pass(X, weights, biases, activations)[1][-1], T)

    x, y = forward_pass(X, weights, biases, activations)
    E, _, _, dE_dw, dE_db = backward_pass(T, x, y, weights, activations)
    dE_db = [d[:, np.newaxis] for d in dE_db]       # (R, m) like the biases, (R, 1, m)

    def error_of_copy(r):
        def error():
            E_now = error_of_every_copy()
            np.testing.assert_array_equal(np.delete(E_now, r), np.delete(E, r))
            return E_now[r]
        return error
    for parameters, derivatives in [(weights, dE_dw), (biases, dE_db)]:
        for p, dE_dp in zip(parameters, derivatives):
            for r in range(len(E)):     # p[r] is copy r's, changed in place through the view
                np.testing.assert_allclose(numeric_gradient(error_of_copy(r), p[r]), dE_dp[r],
                                           rtol=0, atol=1e-9)


# --- progress and cancelling ----------------------------------------------------------

@pytest.mark.parametrize("updates", [1, 7, 100, 1050])
def test_progress_is_called_as_train_calls_it(updates):
    ours, trains = [], []
    train_rates(demo_network(), *DEMO_EXAMPLE, [0.1, 1.0], updates,
                progress=lambda done, total: ours.append((done, total)))
    train(demo_network(), *DEMO_EXAMPLE, 1.0, updates,
          progress=lambda done, total: trains.append((done, total)))
    assert ours == trains
    assert ours[-1] == (updates, updates)


def test_progress_ends_when_every_rate_has_diverged():
    seen = []
    sweep = train_rates(Network([1, 1], "linear"), *line(), [10.0, 100.0], 50,
                        progress=lambda done, total: seen.append(done))
    assert [result.diverged_at for result in sweep.results] == [4, 2]
    assert seen == [1, 2, 3, 4]     # updates 0 to 3 of the rate 10; it stops before update 4


def test_should_stop_is_asked_before_every_update_and_cancels_with_none():
    asked, done = [], []

    def should_stop():
        asked.append(len(done))
        return len(asked) == 6                          # stop before update 5

    result = train_rates(demo_network(), *DEMO_EXAMPLE, RATES, 10, should_stop=should_stop,
                         progress=lambda k, total: done.append(k))
    assert result is None
    assert asked == [0, 1, 2, 3, 4, 5] and done == [1, 2, 3, 4, 5]


def test_should_stop_that_never_says_stop_changes_nothing():
    asked = []
    sweep = train_rates(demo_network(), *DEMO_EXAMPLE, [0.5, 5.0], 30,
                        should_stop=lambda: asked.append(1) or False)
    assert len(asked) == 30
    assert_same_as_train(demo_network(), DEMO_EXAMPLE, [0.5, 5.0], 30, None, sweep)


def test_a_stack_that_overflows_where_network_does_not_is_a_bug_said_aloud(monkeypatch):
    monkeypatch.setattr(rate_sweep, "_overflowed", lambda arrays: [True] * len(arrays[0]))
    with pytest.raises(RuntimeError, match="where Network's did not"):
        train_rates(demo_network(), *DEMO_EXAMPLE, [1.0], 5)


# --- bad arguments ---------------------------------------------------------------------

@pytest.mark.parametrize("kwargs, error, name", SHARED_BAD_ARGUMENTS + [
    (dict(learning_rates=1.0), TypeError, "learning_rates"),
    (dict(learning_rates="fast"), TypeError, "learning_rates"),
    (dict(learning_rates={0.1, 1.0}), TypeError, "learning_rates must be a list .* got a set"),
    (dict(learning_rates={0.1: "a", 1.0: "b"}), TypeError, "learning_rates .* got a dict"),
    (dict(learning_rates=[]), ValueError, "learning_rates"),
    (dict(learning_rates=[1.0, 0.0]), ValueError, r"learning_rates\[1\]"),
    (dict(learning_rates=[-0.5]), ValueError, r"learning_rates\[0\]"),
    (dict(learning_rates=[1.0, float("nan")]), ValueError, r"learning_rates\[1\]"),
    (dict(learning_rates=[1.0, float("inf")]), ValueError, r"learning_rates\[1\]"),
    (dict(learning_rates=[1.0, "fast"]), TypeError, r"learning_rates\[1\]"),
    (dict(learning_rates=[True]), TypeError, r"learning_rates\[0\]"),
    (dict(should_stop=True), TypeError, "should_stop"),
])
def test_bad_arguments_are_refused_by_name(kwargs, error, name):
    X, T = xor()
    arguments = dict(net=Network([2, 2, 1]), X=X, T=T, learning_rates=[0.1, 1.0], updates=10)
    arguments.update(kwargs)
    with pytest.raises(error, match=name):
        train_rates(**arguments)


def test_a_network_whose_error_is_already_inf_is_refused():
    net = Network([1, 1], "linear", weights=[np.array([[1e300]])])
    with pytest.raises(ValueError, match="before training"):
        train_rates(net, [1e300], [0.0], [0.1], 5)


def test_updates_past_the_limit_are_refused_by_name_as_train_refuses_them():
    from bp_helpers.training import MAX_UPDATES
    net = Network([1, 1], "linear", weights=[[[0.5]]])
    for updates in (MAX_UPDATES + 1, 10**12, 10**30):
        with pytest.raises(ValueError, match="updates must be at most"):
            train_rates(net, [[1.0]], [[0.0]], [0.1], updates)
