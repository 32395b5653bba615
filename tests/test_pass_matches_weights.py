"""A network never holds a recorded pass (x, y, E, dE_*) that was computed with
other weights than its own: update() forgets the pass, and so does a train()
run that is stopped for diverging when it gives the network its last good
weights back."""

import warnings

import numpy as np
import pytest

from bp_helpers import Network, Overflow, demo_network, draw_network, train
from bp_helpers.steps import trace

PASS = ["x", "y", "E", "dE_dy", "dE_dx", "dE_dw", "dE_db"]


def assert_no_pass(net):
    for name in PASS:
        assert getattr(net, name) is None, name


def test_a_fresh_network_has_no_pass():
    assert_no_pass(Network([1, 2, 1]))


def test_update_forgets_the_pass():
    net = demo_network()
    net.forward([1.0])
    net.backward([0.9])
    net.update(1.0)
    assert_no_pass(net)
    with pytest.raises(ValueError, match=r"update\(\) needs the derivatives"):
        net.update(1.0)   # the old derivatives are gone: nothing stale is applied


def test_update_by_hand_then_a_new_pass_describes_the_new_weights():
    # Linear [1, 1], w = 2, b = 1, x = 3, t = 4: y = 7, dE/dw = 3 * 3 = 9,
    # dE/db = 3; with alpha = 0.1: w = 1.1, b = 0.7; new y = 1.1 * 3 + 0.7 = 4.
    net = Network([1, 1], "linear", weights=[np.array([[2.0]])], biases=[np.array([1.0])])
    net.forward([3.0])
    net.backward([4.0])
    net.update(0.1)
    assert_no_pass(net)
    assert net.forward([3.0]) == pytest.approx([4.0])


def test_forget_pass_is_what_update_and_forward_use():
    net = demo_network()
    net.forward([1.0])
    net.backward([0.9])
    net.forget_pass()
    assert_no_pass(net)
    with pytest.raises(ValueError, match=r"call forward\(x_input\) first"):
        net.backward([0.9])


def linear_regression():
    X = np.linspace(-1, 1, 10).reshape(-1, 1)
    return X, 2 * X + 0.5


def test_a_diverged_run_leaves_its_restored_weights_and_no_pass():
    # The reproduction of the defect: train() stops the diverging run and gives
    # back the weights of the step before; the pass of the diverged step must
    # not stay behind for update() to apply.
    X, T = linear_regression()
    net = Network([1, 1], "linear")
    result = train(net, X, T, 10.0, 100)
    assert result.diverged
    assert_no_pass(net)
    with pytest.raises(ValueError, match=r"update\(\) needs the derivatives"):
        net.update(0.01)
    # the weights are those of the step before: E on the data is the result's
    assert net.error(X, T) == result.final_error == result.errors[-1]


def test_a_run_stopped_by_an_overflowing_update_keeps_its_weights_and_no_pass():
    # x = 1e300, w = 1e-300, rate 1e10: dE/dw = 1e300 * f'(x) (y - 0.9) is about
    # -1e299 and 1e10 times that is past the largest float: the first update
    # overflows, so the run stops at step 1 with the weights of step 0.
    net = Network([1, 1], weights=[np.array([[1e-300]])])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = train(net, [1e300], [0.9], 1e10, 10)
    assert result.diverged_at == 1
    assert "update() overflowed" in result.message
    np.testing.assert_array_equal(net.weights[0], [[1e-300]])
    assert_no_pass(net)


def test_a_run_stopped_by_an_overflowing_forward_keeps_no_pass():
    # Linear [1, 1] at x = 1e100 with rate 1e100: the first update makes w about
    # -1e300, and the next forward gives x = -1e400: an overflow.
    net = Network([1, 1], "linear")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = train(net, [1e100], [0.0], 1e100, 10)
    assert result.diverged_at == 1
    assert_no_pass(net)


def test_train_leaves_no_pass_after_a_normal_run_either():
    X, T = linear_regression()
    net = Network([1, 1], "linear")
    assert not train(net, X, T, 0.1, 20).diverged
    assert_no_pass(net)


def test_trace_after_network_has_no_pass_but_its_new_weights():
    net = demo_network()
    record = trace(net, [1.0], [0.9], 1.0)
    assert_no_pass(record.after)
    # w_46 <- 0.9 - 1.0 * y_4 dE/dx_6 (hand-worked in test_steps): 0.94360
    assert record.after.weights[2][0, 0] == pytest.approx(0.9 + 0.6612203 * 0.0659432, rel=1e-6)
    w_46 = next(s for s in record if s.quantity == "w" and s.target == ("edge", 2, 0, 0))
    assert w_46.value == record.after.weights[2][0, 0]


@pytest.mark.parametrize("make", [
    lambda: Network([1, 2, 1]),                                  # never forwarded
    lambda: train_and_return(demo_network()),                    # after updates
])
def test_a_network_without_a_pass_can_be_drawn(make):
    draw_network(make())


def train_and_return(net):
    train(net, [1.0], [0.9], 1.0, 3)
    return net


def test_overflow_is_a_value_error():
    assert issubclass(Overflow, ValueError)
