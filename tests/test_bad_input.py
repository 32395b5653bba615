"""Bad input raises ValueError or TypeError naming the argument, and a failing
call leaves the network exactly as it was (nothing half-changed)."""

import copy
import warnings

import numpy as np
import pytest

from bp_helpers import Network, Overflow

NAN, INF = float("nan"), float("inf")


def ready_network():
    """A [2, 3, 2] network that has done forward and backward: every recorded
    value is filled in, and update() is allowed."""
    net = Network([2, 3, 2], seed=0, biases=[[0.1, -0.2, 0.3], [0.0, 0.4]])
    net.forward(np.array([0.5, -1.0]))
    net.backward(np.array([0.2, 0.8]))
    return net


RECORDED = ["sizes", "weights", "biases", "activation_names", "learn_biases",
            "x", "y", "dE_dy", "dE_dx", "dE_dw", "dE_db", "E"]


def snapshot(net):
    return {name: copy.deepcopy(getattr(net, name)) for name in RECORDED}


def assert_same(before, after, where="net"):
    """Equal, value for value, down through lists of arrays."""
    if isinstance(before, dict):
        assert before.keys() == after.keys()
        for key in before:
            assert_same(before[key], after[key], f"{where}.{key}")
    elif isinstance(before, list):
        assert isinstance(after, list) and len(before) == len(after), where
        for k, (a, b) in enumerate(zip(before, after)):
            assert_same(a, b, f"{where}[{k}]")
    elif isinstance(before, np.ndarray):
        assert isinstance(after, np.ndarray) and after.dtype == before.dtype, where
        np.testing.assert_array_equal(after, before, err_msg=where)
    else:
        assert after == before, where


def assert_rejected_unchanged(net, call, error, match):
    """``call(net)`` raises ``error`` matching ``match``; ``net`` is unchanged."""
    before = snapshot(net)
    with pytest.raises(error, match=match):
        call(net)
    assert_same(before, snapshot(net))


# --- the constructor -----------------------------------------------------------------

@pytest.mark.parametrize("sizes, error, match", [
    ([], ValueError, r"sizes must list at least two layers"),
    ([3], ValueError, r"sizes must list at least two layers"),
    ([2, 0], ValueError, r"sizes\[1\] must be at least 1"),
    ([-1, 2], ValueError, r"sizes\[0\] must be at least 1"),
    ([2, 2.5], TypeError, r"sizes\[1\] must be a whole number"),
    ([2, "3"], TypeError, r"sizes\[1\] must be a whole number"),
    ([True, 2], TypeError, r"sizes\[0\] must be a whole number"),
    ([2, None], TypeError, r"sizes\[1\] must be a whole number"),
    (3, TypeError, r"sizes must be a list"),
    ("12", TypeError, r"sizes must be a list"),
    (None, TypeError, r"sizes must be a list"),
])
def test_bad_sizes(sizes, error, match):
    with pytest.raises(error, match=match):
        Network(sizes)


GOOD_WEIGHTS = [np.ones((2, 3)), np.ones((3, 2))]
GOOD_BIASES = [np.zeros(3), np.zeros(2)]


def with_entry(arrays, l, value):
    """A copy of ``arrays`` whose first entry of array ``l`` is ``value`` (any type)."""
    arrays = [a.tolist() for a in arrays]
    row = arrays[l][0] if isinstance(arrays[l][0], list) else arrays[l]
    row[0] = value
    return arrays


@pytest.mark.parametrize("name, good", [("weights", GOOD_WEIGHTS), ("biases", GOOD_BIASES)])
@pytest.mark.parametrize("make_bad, error, match", [
    pytest.param(lambda good: good[:1], ValueError, r"{name} must be a list of 2 arrays.*got 1",
                 id="one array too few"),
    pytest.param(lambda good: good + good[:1], ValueError, r"{name} must be a list of 2 arrays.*got 3",
                 id="one array too many"),
    pytest.param(lambda good: [good[1], good[0]], ValueError, r"{name}\[0\] must have shape",
                 id="swapped shapes"),
    pytest.param(lambda good: [good[0], good[1][:1]], ValueError, r"{name}\[1\] must have shape",
                 id="too short"),
    pytest.param(lambda good: [good[0], good[1][np.newaxis]], ValueError, r"{name}\[1\] must have shape",
                 id="extra dimension"),
    pytest.param(lambda good: with_entry(good, 0, NAN), ValueError, r"{name}\[0\] must be finite",
                 id="nan"),
    pytest.param(lambda good: with_entry(good, 1, -INF), ValueError, r"{name}\[1\] must be finite",
                 id="-inf"),
    pytest.param(lambda good: with_entry(good, 0, "a"), TypeError, r"{name}\[0\] must be numbers",
                 id="string"),
    pytest.param(lambda good: with_entry(good, 1, "0.5"), TypeError, r"{name}\[1\] must be numbers",
                 id="numeric string"),
    pytest.param(lambda good: with_entry(good, 0, None), (TypeError, ValueError), r"{name}\[0\] must be",
                 id="None entry"),
    pytest.param(lambda good: np.stack([np.ones((2, 2)), np.ones((2, 2))]), TypeError,
                 r"{name} must be a list", id="one numpy array"),
    pytest.param(lambda good: "ones", TypeError, r"{name} must be a list", id="not a list"),
])
def test_bad_weights_and_biases(name, good, make_bad, error, match):
    parameters = {"weights": GOOD_WEIGHTS, "biases": GOOD_BIASES}
    parameters[name] = make_bad(good)
    with pytest.raises(error, match=match.format(name=name)):
        Network([2, 3, 2], **parameters)


BAD_ACTIVATIONS = [
    ("softplus", ValueError, r"activation must be one of .*'tanh'.*got 'softplus'"),
    ("Sigmoid", ValueError, r"activation must be one of"),
    (["sigmoid"], ValueError, r"activation must list one name per non-input layer \(2\), got 1"),
    (["sigmoid", "tanh", "relu"], ValueError, r"activation must list one name per non-input layer \(2\), got 3"),
    (["sigmoid", "softplus"], ValueError, r"activation must be one of"),
    ("softmax", ValueError, r"activation 'softmax' is for the output layer only, got it for layer 1"),
    (["tanh", "softmax"], ValueError, r"activation 'softmax' on the output layer needs "
                                      r"error='cross_entropy', got error='squared'"),
    (["sigmoid", 3], TypeError, r"activation must be a name"),
    (3, TypeError, r"activation must be a name"),
    (None, TypeError, r"activation must be a name"),
    (np.tanh, TypeError, r"activation must be a name"),
    (Network([1, 1]).activations[0].f, TypeError, r"activation must be a name"),
    ((), ValueError, r"activation must list one name per non-input layer \(2\), got 0"),
]


@pytest.mark.parametrize("activation, error, match", BAD_ACTIVATIONS)
def test_bad_activation(activation, error, match):
    with pytest.raises(error, match=match):
        Network([2, 3, 2], activation)


@pytest.mark.parametrize("activation, error, match", BAD_ACTIVATIONS)
def test_activations_set_by_hand_are_checked_as_the_constructor_checks_them(
        activation, error, match):
    def set_activations(net):
        net.activations = activation
    assert_rejected_unchanged(ready_network(), set_activations, error,
                              match.replace("activation", r"net\.activations"))


@pytest.mark.parametrize("activation, names", [
    ("relu", ["relu", "relu"]), (("tanh", "linear"), ["tanh", "linear"]),
    (Network([1, 1, 1], ["relu", "tanh"]).activations, ["relu", "tanh"])])
def test_activations_set_by_hand_are_the_ones_forward_uses(activation, names):
    net = ready_network()
    net.activations = activation
    assert net.activation_names == names
    x_input = np.array([0.5, -1.0])
    assert_same(net.forward(x_input), Network([2, 3, 2], names, seed=0, biases=net.biases,
                                              weights=net.weights).forward(x_input))


def test_one_activation_cannot_be_changed_in_place():
    net = ready_network()
    with pytest.raises(TypeError):
        net.activations[0] = "softmax"
    assert net.activation_names == ["sigmoid", "sigmoid"]


@pytest.mark.parametrize("learn_biases", [1, 0, "yes", None, np.bool_(True)])
def test_learn_biases_set_by_hand_is_checked_as_the_constructor_checks_it(learn_biases):
    def set_learn_biases(net):
        net.learn_biases = learn_biases
    assert_rejected_unchanged(ready_network(), set_learn_biases, TypeError,
                              r"net\.learn_biases must be True or False")


@pytest.mark.parametrize("seed, error", [
    (1.5, TypeError), ("0", TypeError), (True, TypeError), ([1, 2], TypeError),
    (-1, ValueError),   # numpy's own message would not name the seed
])
def test_bad_seed(seed, error):
    with pytest.raises(error, match=r"seed"):
        Network([2, 3, 2], seed=seed)


@pytest.mark.parametrize("learn_biases", [1, 0, "yes", None, np.bool_(True)])
def test_bad_learn_biases(learn_biases):
    with pytest.raises(TypeError, match=r"learn_biases must be True or False"):
        Network([2, 3, 2], learn_biases=learn_biases)


# --- forward ---------------------------------------------------------------------------

BAD_X_INPUT = [
    (np.array([0.5, -1.0, 2.0]), ValueError, r"x_input must have shape \(2,\).*got shape \(3,\)"),
    (np.array([0.5]), ValueError, r"x_input must have shape \(2,\)"),
    (np.ones((4, 3)), ValueError, r"x_input must have shape \(2,\) for one example or \(B, 2\)"),
    (np.ones((1, 2, 2)), ValueError, r"x_input must have shape.*got shape \(1, 2, 2\)"),
    (np.ones((0, 2)), ValueError, r"x_input must have shape.*got shape \(0, 2\)"),
    (np.ones((2, 1)), ValueError, r"x_input must have shape.*got shape \(2, 1\)"),
    (0.5, ValueError, r"x_input must have shape.*got shape \(\)"),
    ([], ValueError, r"x_input must have shape"),
    ([0.5, NAN], ValueError, r"x_input must be finite"),
    ([[0.5, 1.0], [INF, 1.0]], ValueError, r"x_input must be finite"),
    ([0.5, -INF], ValueError, r"x_input must be finite"),
    (["a", "b"], TypeError, r"x_input must be numbers"),
    ("ab", TypeError, r"x_input must be numbers"),
    (["0.5", "1.0"], TypeError, r"x_input must be numbers"),
    ([[0.5, 1.0], [2.0]], TypeError, r"x_input must be numbers"),
    (None, (TypeError, ValueError), r"x_input must be"),
]


@pytest.mark.parametrize("x_input, error, match", BAD_X_INPUT)
def test_forward_rejects_bad_x_input(x_input, error, match):
    assert_rejected_unchanged(ready_network(), lambda net: net.forward(x_input), error, match)


@pytest.mark.parametrize("x_input, error, match", BAD_X_INPUT)
def test_error_rejects_bad_x_input(x_input, error, match):
    assert_rejected_unchanged(ready_network(), lambda net: net.error(x_input, [0.2, 0.8]), error, match)


def test_a_failed_forward_keeps_the_network_ready_to_update():
    net = ready_network()
    with pytest.raises(ValueError, match="x_input"):
        net.forward([NAN, 0.0])
    weights, dE_dw = [w.copy() for w in net.weights], net.dE_dw
    net.update(0.5)   # the backward pass before the failed forward still counts
    np.testing.assert_array_equal(net.weights[0], weights[0] - 0.5 * dE_dw[0])


# --- backward ---------------------------------------------------------------------------

BAD_Y_TARGET = [
    ([0.2, 0.8, 0.1], ValueError, r"y_target must have shape \(2,\), got shape \(3,\)"),
    ([0.2], ValueError, r"y_target must have shape \(2,\), got shape \(1,\)"),
    ([[0.2, 0.8]], ValueError, r"y_target must have shape \(2,\), got shape \(1, 2\)"),
    (0.2, ValueError, r"y_target must have shape \(2,\), got shape \(\)"),
    ([0.2, NAN], ValueError, r"y_target must be finite"),
    ([INF, 0.8], ValueError, r"y_target must be finite"),
    (["a", "b"], TypeError, r"y_target must be numbers"),
    (["0.2", "0.8"], TypeError, r"y_target must be numbers"),
]


@pytest.mark.parametrize("y_target, error, match", BAD_Y_TARGET)
def test_backward_rejects_bad_y_target(y_target, error, match):
    assert_rejected_unchanged(ready_network(), lambda net: net.backward(y_target), error, match)


@pytest.mark.parametrize("y_target, error, match", BAD_Y_TARGET)
def test_error_rejects_bad_y_target(y_target, error, match):
    assert_rejected_unchanged(ready_network(), lambda net: net.error([0.5, -1.0], y_target), error, match)


def test_backward_of_a_batch_needs_a_batch_of_targets():
    net = Network([2, 3, 2], seed=0)
    net.forward(np.ones((3, 2)))
    for y_target in ([0.2, 0.8], np.ones((2, 2)), np.ones((3, 3))):
        assert_rejected_unchanged(net, lambda net: net.backward(y_target), ValueError,
                                  r"y_target must have shape \(3, 2\)")


@pytest.mark.parametrize("bad", [NAN, INF, -INF])
def test_backward_of_a_batch_rejects_a_target_that_is_not_finite(bad):
    net = Network([2, 3, 2], seed=0)
    net.forward(np.ones((3, 2)))
    y_target = np.full((3, 2), 0.5)
    y_target[2, 1] = bad
    assert_rejected_unchanged(net, lambda net: net.backward(y_target), ValueError,
                              "y_target must be finite")


def test_backward_refuses_finite_targets_too_large_for_E():
    # 1e200 is a finite number, but (y - 1e200)^2 = 1e400 is past the largest
    # float (about 1.8e308): E would be inf, so backward raises instead, with no
    # warning, and keeps the forward pass (and the backward pass before it).
    net = ready_network()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert_rejected_unchanged(net, lambda net: net.backward([1e200, 0.8]), Overflow,
                                  r"backward\(\) overflowed: E is inf")


def test_forward_refuses_an_output_that_overflows():
    # x = 1e300 * 1e10 = 1e310 is past the largest float: forward raises rather
    # than record inf, with no warning; it keeps no pass, and the weights stay.
    net = Network([1, 1], "linear", weights=[np.array([[1e300]])], biases=[np.zeros(1)])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(ValueError, match=r"total input x of layer 1 is inf or NaN"):
            net.forward([1e10])
    assert net.x is None and net.E is None
    np.testing.assert_array_equal(net.weights[0], [[1e300]])


def test_forward_refuses_a_hidden_total_input_that_overflows():
    # x_2 = 1e200 * 1e200 = 1e400 is past the largest float; the sigmoid would
    # turn it into y = 1 and hide it, but the recorded x_2 would be inf.
    net = Network([1, 1, 1], weights=[np.array([[1e200]]), np.array([[1.0]])])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(Overflow, match=r"forward\(\) overflowed: the total input x of layer 1"):
            net.forward([1e200])
    assert net.x is None


def test_forward_of_huge_tanh_inputs_raises_instead_of_nan():
    # x_j = 1e200 * 1e200 + (-1e200) * 1e200 = 1e400 - 1e400: inf - inf, NaN.
    net = Network([2, 2], "tanh", weights=[np.full((2, 2), 1e200)])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(ValueError, match=r"total input x of layer 1 is inf or NaN"):
            net.forward([1e200, -1e200])


def test_backward_refuses_derivatives_that_overflow_with_a_finite_E():
    # Linear [1, 1, 1, 1, 1], every w = 1e100, b = 0, x_input = 1e-300, target 0:
    # x = 1e-200, 1e-100, 1, 1e100, so E = 1e200 / 2 is finite.  Backwards:
    # dE/dy_4 = 1e100, dE/dy_3 = 1e200, dE/dy_2 = 1e300, dE/dy_1 = 1e400 (inf),
    # and dE/dw of weights[0] = 1e-300 * inf = inf.
    net = Network([1, 1, 1, 1, 1], "linear", weights=[np.array([[1e100]])] * 4)
    net.forward([1e-300])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert_rejected_unchanged(net, lambda net: net.backward([0.0]), Overflow,
                                  r"backward\(\) overflowed: dE_dw\[0\] holds inf or NaN")


def test_update_refuses_a_step_that_overflows_and_changes_nothing():
    # Linear [1, 1], w = 1, x = 1e10, target 0: y = 1e10, dE/dw = x (y - 0) = 1e20;
    # 1e300 * 1e20 = 1e320 is past the largest float.
    net = Network([1, 1], "linear", weights=[np.array([[1.0]])])
    net.forward([1e10])
    net.backward([0.0])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert_rejected_unchanged(net, lambda net: net.update(1e300), ValueError,
                                  r"update\(\) overflowed: .* learning_rate = 1.00e\+300; "
                                  r"no weight or bias was changed")
    net.update(1e-21)   # the pass is still there: a smaller rate works
    np.testing.assert_array_equal(net.weights[0], [[1.0 - 1e-21 * 1e20]])


def test_backward_before_forward():
    assert_rejected_unchanged(Network([2, 3, 2]), lambda net: net.backward([0.2, 0.8]),
                              ValueError, r"backward\(\) needs .* forward pass")


def test_backward_after_update_needs_a_new_forward():
    net = ready_network()
    net.update(0.1)
    # the recorded pass was made with the old weights: backpropagating it now would be wrong
    assert_rejected_unchanged(net, lambda net: net.backward([0.2, 0.8]),
                              ValueError, r"call forward\(x_input\) first")


# --- update -------------------------------------------------------------------------------

@pytest.mark.parametrize("learning_rate, error, match", [
    (0, ValueError, r"learning_rate must be a finite number greater than 0, got 0"),
    (0.0, ValueError, r"learning_rate must be a finite number greater than 0"),
    (-0.1, ValueError, r"learning_rate must be a finite number greater than 0, got -0.1"),
    (NAN, ValueError, r"learning_rate must be a finite number greater than 0, got nan"),
    (INF, ValueError, r"learning_rate must be a finite number greater than 0, got inf"),
    ("0.1", TypeError, r"learning_rate must be a number greater than 0, got '0.1'"),
    (None, TypeError, r"learning_rate must be a number greater than 0, got None"),
    (True, TypeError, r"learning_rate must be a number greater than 0, got True"),
    (np.array([0.1]), TypeError, r"learning_rate must be a number"),
    (1j, TypeError, r"learning_rate must be a number"),
])
def test_update_rejects_bad_learning_rate(learning_rate, error, match):
    net = ready_network()
    assert_rejected_unchanged(net, lambda net: net.update(learning_rate), error, match)
    net.update(0.1)  # and the network can still take its update


def test_update_accepts_numpy_and_integer_learning_rates():
    for learning_rate in (np.float64(0.5), np.float32(0.5), 1):
        net = ready_network()
        weights, dE_dw = net.weights[1].copy(), net.dE_dw[1]
        net.update(learning_rate)
        np.testing.assert_array_equal(net.weights[1], weights - float(learning_rate) * dE_dw)


def test_update_before_backward():
    fresh = Network([2, 3, 2])
    assert_rejected_unchanged(fresh, lambda net: net.update(0.1), ValueError,
                              r"update\(\) needs .* backward pass")
    fresh.forward([0.5, -1.0])
    assert_rejected_unchanged(fresh, lambda net: net.update(0.1), ValueError,
                              r"update\(\) needs .* backward pass")


def test_update_twice_needs_a_new_forward_and_backward():
    net = ready_network()
    net.update(0.1)
    assert_rejected_unchanged(net, lambda net: net.update(0.1), ValueError,
                              r"call forward\(x_input\) and backward\(y_target\) first")
    net.forward([0.5, -1.0])
    net.backward([0.2, 0.8])
    net.update(0.1)


# --- predict and error: the same guards as forward and backward ------------------------

@pytest.mark.parametrize("net, x_input", [
    # x = 1e200 * 1e200 overflows in the one layer
    (Network([1, 1], "linear", weights=[np.array([[1e200]])]), [1e200]),
    # a batch, where only the second example's hidden x (3e10 * 1e300) overflows
    (Network([2, 3, 1], "sigmoid", weights=[np.full((2, 3), 1e300), np.ones((3, 1))]),
     [[1e-200, 0.0], [3e10, 0.0]]),
    # tanh hides a huge x in y = 1, but x itself is inf - inf: NaN
    (Network([2, 2], "tanh", weights=[np.full((2, 2), 1e200)]), [1e200, -1e200]),
])
def test_predict_and_error_raise_overflow_instead_of_inf_or_nan(net, x_input):
    y_target = np.zeros(np.shape(x_input)[:-1] + (net.sizes[-1],))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(Overflow, match=r"predict\(\) overflowed: the total input x of layer"):
            net.predict(x_input)
        with pytest.raises(Overflow, match=r"predict\(\) overflowed"):
            net.error(x_input, y_target)


@pytest.mark.parametrize("x_input, y_target", [
    ([1e160], [-1e160]),                          # (2e160)^2 / 2 = 2e320
    ([[1.0], [3e154]], [[0.0], [0.0]]),           # the second example's (3e154)^2
    ([1e300], [-1e300]),                          # y - y_target = 2e300, squared
])
def test_error_raises_overflow_where_E_is_past_the_largest_float(x_input, y_target):
    net = Network([1, 1], "linear", weights=[np.array([[1.0]])])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert np.isfinite(net.predict(x_input)).all()      # y itself is a float ...
        with pytest.raises(Overflow, match=r"error\(\) overflowed: E is inf"):
            net.error(x_input, y_target)                    # ... but E is not


def test_downstream_of_error_no_inf_is_reported():
    # E after an update of 100 on w = 1e100 with x = 1e50 is about 1e600.
    from bp_helpers import trace
    from bp_helpers.experiments import after_one_update
    net = Network([1, 1], "linear", weights=[np.array([[1e100]])])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(Overflow):
            trace(net, [1e50], [0.0], 100)
        with pytest.raises(Overflow):
            after_one_update(net, [1e50], [0.0], 100).error([1e50], [0.0])


@pytest.mark.parametrize("name, l, index, value, said", [
    ("weights", 0, (0, 1), NAN, "NaN"), ("weights", 1, (2, 0), INF, "inf"),
    ("biases", 0, (2,), -INF, "inf"), ("biases", 1, (1,), NAN, "NaN"),
])
@pytest.mark.parametrize("step", ["forward", "predict", "error"])
def test_a_parameter_set_to_nan_or_inf_by_hand_is_named_not_called_too_large(
        name, l, index, value, said, step):
    net = Network([2, 3, 2], seed=4)
    getattr(net, name)[l][index] = value
    calls = {"forward": lambda: net.forward([0.5, -1.0]),
             "predict": lambda: net.predict([[0.5, -1.0], [1.0, 2.0]]),
             "error": lambda: net.error([0.5, -1.0], [0.0, 1.0])}
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(ValueError, match=rf"net\.{name}\[{l}\] must be finite, got {said}"):
            calls[step]()


@pytest.mark.parametrize("name, l, bad", [
    ("weights", 0, [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]),      # a list of the right shape
    ("weights", 1, np.ones((2, 3))),                          # the shape turned around
    ("biases", 1, np.array([1, 2])),                          # whole numbers, not floats
    ("biases", 0, 0.5),                                       # a number for a vector
])
def test_a_parameter_replaced_by_hand_with_no_float_array_of_its_shape_is_refused(name, l, bad):
    net = Network([2, 3, 2], seed=4)
    net.forward([0.5, -1.0])
    getattr(net, name)[l] = bad
    for call in (lambda: net.forward([0.5, -1.0]), lambda: net.predict([0.5, -1.0])):
        with pytest.raises(TypeError, match=rf"net\.{name}\[{l}\] must be a float array of shape"):
            call()


# --- sizes and parameters: what the constructor takes ----------------------------------

@pytest.mark.parametrize("sizes", [{1: "a", 2: "b"}, {3, 1}, np.array(3), np.ones((2, 2), int),
                                   range(1, 4), frozenset([2, 5])])
def test_sizes_must_be_a_list_or_tuple_of_layer_sizes(sizes):
    with pytest.raises(TypeError, match=r"sizes must be a list of layer sizes"):
        Network(sizes)


@pytest.mark.parametrize("sizes", [[10**6, 10**6], [10**20, 1], [1, 4000, 2500], [1000] * 12,
                                   [2, 10**400]])
def test_sizes_past_the_stated_limit_are_refused_with_the_reason(sizes):
    with pytest.raises(ValueError, match=r"a Network holds at most 10000000 \(80 MB of floats\)"):
        Network(sizes)


def test_the_size_limit_counts_the_weights(monkeypatch):
    from bp_helpers import checks
    monkeypatch.setattr(checks, "MAX_WEIGHTS", 12)
    assert Network([3, 2, 3]).sizes == [3, 2, 3]           # 6 + 6 = 12 weights: at the limit
    with pytest.raises(ValueError, match=r"14 weights; a Network holds at most 12"):
        Network([3, 2, 4])


@pytest.mark.parametrize("dtype", [np.float16, np.float32, np.longdouble])
def test_weights_of_other_float_types_are_taken_as_float64_without_warnings(dtype):
    weights = [np.array([[0.5, -0.25]], dtype=dtype)]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        net = Network([1, 2], weights=weights)
    assert net.weights[0].dtype == np.float64
    np.testing.assert_array_equal(net.weights[0], [[0.5, -0.25]])


def test_a_long_double_past_the_largest_float_is_refused_as_inf_without_warnings():
    huge = np.array([[np.longdouble("1e400"), 1.0]], dtype=np.longdouble)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(ValueError, match=r"weights\[0\] must be finite, got inf"):
            Network([1, 2], weights=[huge])


@pytest.mark.parametrize("name, value, said", [
    ("weights", NAN, "NaN"), ("weights", -INF, "inf"), ("biases", NAN, "NaN"), ("biases", INF, "inf")])
def test_a_parameter_that_is_not_finite_is_called_what_it_is(name, value, said):
    parameters = {"weights": GOOD_WEIGHTS, "biases": GOOD_BIASES}
    parameters[name] = with_entry(parameters[name], 1, value)
    with pytest.raises(ValueError, match=rf"{name}\[1\] must be finite, got {said}"):
        Network([2, 3, 2], **parameters)


@pytest.mark.parametrize("call", [
    lambda: Network([1, 1]).update(10**400),
    lambda: Network([1, 1], weights=[[[10**400]]]),
    lambda: Network([1, 1]).predict([10**309]),
])
def test_python_integers_too_large_for_a_float_are_a_value_error_naming_the_argument(call):
    with pytest.raises(ValueError, match=r"(learning_rate|weights\[0\]|x_input) must be .*a float can hold"):
        call()


# --- numpy masked arrays: NumPy would drop the mask and use what is masked -----------------

MASKED = [np.ma.array([1.0, 2.0], mask=[0, 1]),
          np.ma.array([[0.5, -1.0], [3.0, 4.0]], mask=[[0, 0], [1, 0]]),
          np.ma.array([0.5, -1.0]),                      # nothing masked: refused all the same
          np.ma.masked_invalid([0.5, NAN]),
          [np.ma.array([0.5, -1.0], mask=[1, 0]), [1.0, 2.0]],   # a row of a batch
          [[0.5, np.ma.masked]]]


@pytest.mark.parametrize("masked", MASKED)
@pytest.mark.parametrize("name, call", [
    ("x_input", lambda net, value: net.forward(value)),
    ("x_input", lambda net, value: net.predict(value)),
    ("y_target", lambda net, value: net.backward(value)),
    ("y_target", lambda net, value: net.error(np.array([0.5, -1.0]), value)),
])
def test_a_masked_array_is_refused_naming_the_argument(masked, name, call):
    with warnings.catch_warnings():
        warnings.simplefilter("error")      # not "converting a masked element to nan"
        assert_rejected_unchanged(ready_network(), lambda net: call(net, masked), TypeError,
                                  rf"^{name} must be numbers, not a masked array")


@pytest.mark.parametrize("name, masked", [
    ("weights", [np.ma.array(np.ones((2, 3)), mask=np.eye(2, 3)), np.ones((3, 2))]),
    ("biases", [np.zeros(3), np.ma.array([0.0, 1.0], mask=[1, 0])]),
])
def test_masked_weights_and_biases_are_refused_naming_them(name, masked):
    with pytest.raises(TypeError, match=rf"^{name}\[\d\] must be numbers, not a masked array"):
        Network([2, 3, 2], **{name: masked})


@pytest.mark.parametrize("name, arguments", [
    ("x", dict(x=np.ma.array([0.5, -1.0], mask=[0, 1]), t=[0.2, 0.8])),
    ("t", dict(x=[0.5, -1.0], t=np.ma.array([[0.2, 0.8]], mask=[[1, 0]]))),
])
def test_gradcheck_refuses_a_masked_array_naming_it(name, arguments):
    from bp_helpers import gradcheck
    with pytest.raises(TypeError, match=rf"^{name} must be numbers, not a masked array"):
        gradcheck(Network([2, 3, 2]), **arguments)


@pytest.mark.parametrize("name, data", [
    ("X", (np.ma.array([[0.0], [1.0]], mask=[[0], [1]]), [[0.0], [1.0]])),
    ("T", ([[0.0], [1.0]], np.ma.array([[0.0], [1.0]], mask=[[1], [0]]))),
])
def test_train_refuses_a_masked_array_naming_it(name, data):
    from bp_helpers import train
    with pytest.raises(TypeError, match=rf"^{name} must be numbers, not a masked array"):
        train(Network([1, 1]), *data, learning_rate=0.1, updates=3)
