"""The diagnoses, on hand-made networks whose failure is known."""

import numpy as np
import pytest

from bp_helpers import DEMO_EXAMPLE, Network, Overflow, datasets, demo_network
from bp_helpers.activations import ACTIVATIONS
from bp_helpers.diagnoses import (
    EXPLODING,
    LISTED,
    SATURATION,
    VANISHING,
    dead_units,
    diagnose,
    gradient_ratio,
    saturated_units,
    twin_nodes,
)
from bp_helpers.experiments import deep_network
from bp_helpers.names import node_number

X_XOR, T_XOR = datasets.xor()
X_LINE = np.linspace(-1, 1, 20).reshape(-1, 1)
T_LINE = (X_LINE > 0).astype(float)


def all_equal_weights(sizes, value=0.5):
    """A network whose weights all start at ``value`` (biases 0)."""
    return Network(sizes, weights=[np.full((a, b), value) for a, b in zip(sizes[:-1], sizes[1:])])


def relu_with_biases(bias, activation="relu"):
    """``Network([2, 3, 2, 1])`` with every bias ``bias``."""
    return Network([2, 3, 2, 1], activation, biases=[np.full(n, bias) for n in (3, 2, 1)])


# --- twin nodes -------------------------------------------------------------------

def test_weights_all_equal_make_every_hidden_layers_nodes_twins():
    assert twin_nodes(all_equal_weights([2, 3, 1])) == [(3, 4, 5)]
    assert twin_nodes(all_equal_weights([1, 2, 3, 1])) == [(2, 3), (4, 5, 6)]


def test_twins_get_equal_dE_dw_columns_at_every_update_and_stay_twins():
    net = all_equal_weights([2, 3, 1])
    for _ in range(20):
        net.forward(X_XOR)
        net.backward(T_XOR)
        columns = net.dE_dw[0].T
        assert np.array_equal(columns[0], columns[1]) and np.array_equal(columns[1], columns[2])
        net.update(1.0)
        assert twin_nodes(net, tolerance=0) == [(3, 4, 5)]


def test_only_the_nodes_that_match_are_grouped_by_their_diagram_numbers():
    net = Network([2, 3, 1], seed=1)
    net.weights[0][:, 2] = net.weights[0][:, 0]
    net.weights[1][2] = net.weights[1][0]
    assert twin_nodes(net) == [(node_number([2, 3, 1], 1, 0), node_number([2, 3, 1], 1, 2))]


def test_equal_incoming_weights_with_different_outgoing_ones_are_not_twins_and_part():
    net = all_equal_weights([2, 3, 1])
    net.weights[1][:, 0] = [0.1, 0.2, 0.3]
    assert twin_nodes(net) == []
    net.forward(X_XOR)
    net.backward(T_XOR)
    net.update(1.0)
    assert not np.allclose(net.weights[0][:, 0], net.weights[0][:, 1])


def test_a_relative_tolerance_tells_nearly_equal_from_exactly_equal():
    net = all_equal_weights([2, 2, 1])
    net.weights[0][0, 1] *= 1 + 1e-12
    assert twin_nodes(net) == [(3, 4)]
    assert twin_nodes(net, tolerance=0) == []
    assert twin_nodes(net, tolerance=1e-13) == []


def test_random_starting_weights_have_no_twins():
    assert twin_nodes(Network([2, 8, 8, 1], seed=3)) == []
    assert twin_nodes(demo_network()) == []


# --- dead units -------------------------------------------------------------------

def test_relu_nodes_with_bias_minus_10_are_all_dead_and_no_update_changes_them():
    net = relu_with_biases(-10.0)
    assert dead_units(net, X_XOR) == [3, 4, 5, 6, 7, 8]
    net.forward(X_XOR)
    net.backward(T_XOR)
    assert all(np.all(dE_dw == 0) for dE_dw in net.dE_dw)


def test_leaky_relu_nodes_are_never_dead():
    net = relu_with_biases(-10.0, "leaky_relu")
    assert dead_units(net, X_XOR) == []
    net.forward(X_XOR)
    net.backward(T_XOR)
    assert np.any(net.dE_dw[0] != 0)


def test_a_relu_node_alive_for_one_example_is_not_dead():
    net = Network([1, 2, 1], ["relu", "sigmoid"], weights=[np.array([[1.0, -1.0]]), np.ones((2, 1))],
                  biases=[np.array([-0.5, -2.0]), np.zeros(1)])
    # node 2: x = x_input - 0.5 > 0 for x_input = 1 only; node 3: x = -x_input - 2 <= 0 always
    assert dead_units(net, [[0.0], [1.0]]) == [3]
    assert dead_units(net, [[0.0]]) == [2, 3]


# --- saturated units --------------------------------------------------------------

@pytest.mark.parametrize("activation", ["sigmoid", "tanh"])
def test_nodes_with_large_total_inputs_are_saturated(activation):
    net = Network([1, 3, 1], [activation, "sigmoid"],
                  weights=[np.array([[10.0, 0.1, -30.0]]), np.ones((3, 1))])
    X = [[1.0], [2.0]]
    f = ACTIVATIONS[activation]
    x = np.array(X) @ net.weights[0]
    expected = [2 + j for j in range(3) if np.all(f.df(x[:, j], f.f(x[:, j])) < SATURATION)]
    assert expected == [2, 4]
    assert saturated_units(net, X) == [2, 4]


def test_the_threshold_is_the_criterion():
    net = Network([1, 2, 1], seed=0)
    # a sigmoid's f'(x) = y (1 - y) is at most 0.25: every node is below 0.3, none below 1e-9
    assert saturated_units(net, X_LINE, threshold=0.3) == [2, 3, 4]
    assert saturated_units(net, X_LINE, threshold=1e-9) == []


def test_a_cross_entropy_output_is_never_counted_as_saturated():
    net = Network([1, 2, 1], seed=0, error="cross_entropy")
    assert saturated_units(net, X_LINE, threshold=0.3) == [2, 3]


def test_relu_nodes_are_never_saturated():
    assert saturated_units(relu_with_biases(-10.0), X_XOR, threshold=1.0) == []


# --- vanishing and exploding gradients --------------------------------------------

def mean_sizes(net, X, T):
    copy = net.copy()
    copy.forward(X)
    copy.backward(T)
    return np.array([np.mean(np.abs(dE_dx)) for dE_dx in copy.dE_dx[1:]])


def test_a_deep_sigmoid_network_has_a_vanishing_gradient():
    net = deep_network("sigmoid")
    gradient = gradient_ratio(net, X_LINE, T_LINE)
    assert np.array_equal(gradient.sizes, mean_sizes(net, X_LINE, T_LINE))
    assert gradient.ratio == gradient.sizes[0] / gradient.sizes[-1] < VANISHING
    assert np.all(np.diff(gradient.sizes) > 0)        # smaller at every layer back
    assert gradient.label == "vanishing"


def test_tanh_in_the_same_deep_network_is_healthy():
    assert gradient_ratio(deep_network("tanh"), X_LINE, T_LINE).label == "healthy"


def test_large_weights_in_a_deep_linear_network_make_the_gradient_explode():
    net = deep_network("linear")
    net.weights = [3 * w for w in net.weights]
    gradient = gradient_ratio(net, X_LINE, T_LINE)
    assert gradient.ratio > EXPLODING and gradient.label == "exploding"


def test_outputs_equal_to_the_targets_have_no_error_to_send_back():
    net = demo_network()
    gradient = gradient_ratio(net, X_LINE, net.predict(X_LINE))
    assert gradient.ratio is None and gradient.label == "no error"
    assert np.all(gradient.sizes == 0)


# --- diagnose ---------------------------------------------------------------------

@pytest.mark.parametrize(("net", "X", "T"), [
    (demo_network(), *DEMO_EXAMPLE),
    (Network([2, 3, 1], seed=1), X_XOR, T_XOR),
    (deep_network("tanh"), X_LINE, T_LINE),
    (deep_network("leaky_relu"), X_LINE, T_LINE),
], ids=["demo", "xor", "deep tanh", "deep leaky relu"])
def test_a_healthy_network_has_no_findings(net, X, T):
    assert diagnose(net, X, T) == []


def test_each_failure_gives_one_line_naming_what_is_true():
    [twins] = diagnose(all_equal_weights([2, 3, 1]), X_XOR, T_XOR)
    assert twins.startswith("twin nodes 3, 4 and 5:")
    [dead] = diagnose(relu_with_biases(-10.0), X_XOR, T_XOR)
    assert dead.startswith("dead ReLU nodes 3, 4, 5, 6, 7 and 8: x <= 0 for all 4 examples")
    [vanishing] = diagnose(deep_network("sigmoid"), X_LINE, T_LINE)
    ratio = gradient_ratio(deep_network("sigmoid"), X_LINE, T_LINE).ratio
    assert vanishing.startswith(f"vanishing gradient: the mean |dE/dx| of layer 1 is "
                                f"{ratio:.2e} times that of the output layer (layer 9)")
    assert all("\n" not in line for line in (twins, dead, vanishing))


def test_a_saturated_network_is_told_so():
    net = Network([1, 3, 1], weights=[np.array([[10.0, 20.0, -30.0]]), np.ones((3, 1))])
    findings = diagnose(net, [[1.0], [2.0]], [[0.0], [1.0]])
    assert findings[0].startswith("saturated nodes 2, 3 and 4: f'(x) < 0.0100 for all 2 examples")


def test_many_nodes_are_counted_and_the_first_ones_named():
    net = deep_network("relu", width=8)
    dead = dead_units(net, X_LINE)
    assert len(dead) > LISTED
    [finding] = [line for line in diagnose(net, X_LINE, T_LINE) if "dead ReLU" in line]
    shown = ", ".join(str(n) for n in dead[:LISTED])
    assert finding.startswith(f"{len(dead)} dead ReLU nodes: {shown} and {len(dead) - LISTED} more: ")


def test_one_node_many_nodes_and_a_few_are_named_as_english_counts_them():
    one = Network([1, 3, 1], weights=[np.array([[10.0, 0.1, -0.2]]), np.ones((3, 1))])
    assert diagnose(one, [[1.0], [2.0]], [[0.0], [1.0]])[0].startswith("saturated node 2: f'(x) <")
    many = deep_network("sigmoid", weight_scale=10)
    saturated = saturated_units(many, X_LINE)
    assert len(saturated) > LISTED
    shown = ", ".join(str(n) for n in saturated[:LISTED])
    assert (f"{len(saturated)} saturated nodes: {shown} and {len(saturated) - LISTED} more: "
            "f'(x) < 0.0100") in diagnose(many, X_LINE, T_LINE)[0]


def test_values_that_overflow_are_the_networks_overflow_message_never_nan():
    net = Network([1, 2, 1], "linear", weights=[np.array([[1e200, 2e200]]), np.full((2, 1), 1e200)])
    with pytest.raises(Overflow) as overflow:
        net.forward([1.0])
    assert diagnose(net, [[1.0]], [[0.0]]) == [f"values overflow: {overflow.value}"]


def test_the_diagnoses_leave_the_network_as_it_was():
    net = demo_network()
    net.forward(DEMO_EXAMPLE[0])
    weights = [w.copy() for w in net.weights]
    diagnose(net, *DEMO_EXAMPLE)
    assert all(np.array_equal(a, b) for a, b in zip(weights, net.weights))
    assert np.array_equal(net.y[-1], demo_network().predict(DEMO_EXAMPLE[0]))
    assert net.dE_dw is None


# --- bad input --------------------------------------------------------------------

@pytest.mark.parametrize(("call", "error", "message"), [
    (lambda: twin_nodes("net"), TypeError, "net must be a Network"),
    (lambda: twin_nodes(demo_network(), tolerance=-1), ValueError, "tolerance must be"),
    (lambda: twin_nodes(demo_network(), tolerance="0"), TypeError, "tolerance must be"),
    (lambda: dead_units(None, X_XOR), TypeError, "net must be a Network"),
    (lambda: dead_units(demo_network(), X_XOR), ValueError, "X must have shape"),
    (lambda: dead_units(demo_network(), [[np.nan]]), ValueError, "X must be finite"),
    (lambda: saturated_units(demo_network(), X_LINE, 0), ValueError, "threshold must be"),
    (lambda: saturated_units(demo_network(), X_LINE, 2), ValueError, "threshold must be at most 1"),
    (lambda: saturated_units(demo_network(), X_LINE, "a"), TypeError, "threshold must be"),
    (lambda: gradient_ratio(demo_network(), X_LINE, T_LINE[:3]), ValueError, "X and T"),
    (lambda: gradient_ratio(demo_network(), X_LINE, "T"), TypeError, "T must be numbers"),
    (lambda: diagnose(demo_network(), X_XOR, T_XOR), ValueError, "X must have shape"),
    (lambda: diagnose([1, 2, 1], X_LINE, T_LINE), TypeError, "net must be a Network"),
])
def test_bad_input_is_refused_naming_the_argument(call, error, message):
    with pytest.raises(error, match=message):
        call()


def test_a_gradient_that_is_0_at_layer_1_is_said_to_be_0_not_a_ratio():
    """Notebook 7's dead network: every hidden ReLU dead, so dE/dx of layer 1 is exactly 0."""
    X, T = datasets.curve()
    net = Network([1, 8, 1], ["relu", "sigmoid"], biases=[np.full(8, -1.5), np.zeros(1)])
    assert gradient_ratio(net, X, T).ratio == 0
    findings = diagnose(net, X, T)
    assert findings[-1] == ("vanishing gradient: dE/dx is 0 at every node of layer 1 for all "
                            "40 examples, though not at the output layer (layer 2)")
