"""The step record: lesson order, hand-worked formulas, and an exact replay."""

import re

import numpy as np
import pytest

from bp_helpers import DEMO_EXAMPLE, MAZUR_EXAMPLE, Network, demo_network, mazur_network
from bp_helpers.formatting import format_latex_number
from bp_helpers.quantities import PHASES
from bp_helpers.steps import trace

ARCHITECTURES = [
    ([1, 2, 2, 1], "sigmoid"),
    ([2, 3, 3, 2], "tanh"),
    ([3, 4, 2], ["relu", "sigmoid"]),
    ([2, 2, 1], "linear"),
    ([1, 1], "sigmoid"),
]


def random_example(net, seed):
    rng = np.random.default_rng(seed)
    return rng.uniform(-1, 1, net.sizes[0]), rng.uniform(0, 1, net.sizes[-1])


@pytest.fixture
def demo_trace():
    return trace(demo_network(), *DEMO_EXAMPLE, 1.0)


def test_phases_come_in_the_lessons_order(demo_trace):
    phases = [step.phase for step in demo_trace]
    order = [PHASES.index(p) for p in phases]
    assert order == sorted(order)
    assert phases.count("error") == 1
    # 6 nodes: x and y each; 6 dE/dy and 6 dE/dx; 8 dE/dw and 5 dE/db; 8 + 5 updates
    assert phases.count("forward") == 12
    assert phases.count("backward") == 6 + 6 + 8 + 5
    assert phases.count("update") == 8 + 5


def test_forward_computes_each_layers_x_then_its_y(demo_trace):
    forward = [(s.quantity, s.target) for s in demo_trace if s.phase == "forward"]
    assert forward[:6] == [("x", ("node", 0, 0)), ("y", ("node", 0, 0)),
                           ("x", ("node", 1, 0)), ("x", ("node", 1, 1)),
                           ("y", ("node", 1, 0)), ("y", ("node", 1, 1))]


def test_backward_goes_node_by_node_from_the_output(demo_trace):
    backward = [(s.quantity, s.target) for s in demo_trace if s.phase == "backward"]
    assert backward[:5] == [("dE_dy", ("node", 3, 0)), ("dE_dx", ("node", 3, 0)),
                            ("dE_dw", ("edge", 2, 0, 0)), ("dE_dw", ("edge", 2, 1, 0)),
                            ("dE_db", ("bias", 3, 0))]
    assert backward[-2:] == [("dE_dy", ("node", 0, 0)), ("dE_dx", ("node", 0, 0))]


def test_demo_formulas_with_hand_worked_numbers(demo_trace):
    # x_4 = w_24 y_2 + w_34 y_3 + b_4, y_2 = sigmoid(0.9) = 0.7109, y_3 = sigmoid(-0.5) = 0.3775
    x_4 = next(s for s in demo_trace if s.quantity == "x" and s.target == ("node", 2, 0))
    assert x_4.formula == r"x_{4} = w_{24}\,y_{2} + w_{34}\,y_{3} + b_{4}"
    assert x_4.substituted == r"x_{4} = 0.500 \cdot 0.711 + 0.300 \cdot 0.378 + 0.200 = 0.669"
    assert x_4.value == pytest.approx(0.5 * 0.7109495 + 0.3 * 0.3775407 + 0.2, abs=1e-7)
    # dE/dy_6 = y_6 - y_target = 0.62008 - 0.9
    dE_dy_6 = next(s for s in demo_trace if s.quantity == "dE_dy" and s.target == ("node", 3, 0))
    assert dE_dy_6.substituted == r"\frac{dE}{dy_{6}} = 0.620 - 0.900 = -0.280"
    # dE/dx_6 = y_6 (1 - y_6) dE/dy_6 = 0.62008 * 0.37992 * (-0.27992) = -0.065943
    dE_dx_6 = next(s for s in demo_trace if s.quantity == "dE_dx" and s.target == ("node", 3, 0))
    assert dE_dx_6.value == pytest.approx(0.6200819 * (1 - 0.6200819) * (0.6200819 - 0.9), rel=1e-6)
    assert dE_dx_6.substituted.endswith("= -0.0659")
    # w_46 <- 0.9 - 1.0 * y_4 dE/dx_6 = 0.9 + 0.66122 * 0.065943 = 0.94360
    w_46 = next(s for s in demo_trace if s.quantity == "w" and s.target == ("edge", 2, 0, 0))
    assert w_46.formula == r"w_{46} \leftarrow w_{46} - \alpha\,\frac{dE}{dw_{46}}"
    assert w_46.value == pytest.approx(0.9 + 0.6612203 * 0.0659432, rel=1e-6)


def test_every_substituted_formula_ends_with_its_value(demo_trace):
    for step in demo_trace:
        if step.phase != "update":
            assert step.substituted.endswith("= " + format_latex_number(step.value)), step


def test_an_update_is_written_with_the_digits_that_show_the_change(demo_trace):
    # w_12 <- 0.8 - 0.1 * (-0.00235) = 0.800235: 0.800 and 0.800 with 3 digits, so 4
    record = trace(demo_network(), *DEMO_EXAMPLE, 0.1)
    w_12 = next(s for s in record if s.quantity == "w" and s.target == ("edge", 0, 0, 0))
    assert w_12.value == pytest.approx(0.800235, abs=1e-6)
    assert w_12.substituted == r"w_{12} \leftarrow 0.8000 - 0.100 \cdot (-0.00235) = 0.8002"
    # b_6 <- 0.1 - 0.1 * (-0.0659) = 0.10659: 3 digits already tell 0.100 from 0.107
    b_6 = next(s for s in record if s.quantity == "b" and s.target == ("bias", 3, 0))
    assert b_6.substituted == r"b_{6} \leftarrow 0.100 - 0.100 \cdot (-0.0659) = 0.107"
    for step in record:
        if step.phase == "update":
            before, after = step.substituted.split(r" \leftarrow ")[1].split(" - ")[0], \
                step.substituted.rsplit("= ", 1)[1]
            assert before != after or step.value == pytest.approx(float(before), rel=1e-6), step


def test_large_and_tiny_numbers_are_written_in_latex():
    # A linear [1, 1] network: y = w x + b = 3e6 * 2 + 0 = 6e6, target 1e-8:
    # E = 1/2 (6e6 - 1e-8)^2 = 1.8e13, dE/dy = dE/dx = 6e6 - 1e-8 = 6.00e6,
    # dE/dw = x dE/dx = 1.2e7, w <- 3e6 - 1 * 1.2e7 = -9e6.
    net = Network([1, 1], "linear", weights=[np.array([[3e6]])], biases=[np.array([0.0])])
    record = trace(net, [2.0], [1e-8], 1.0)
    step = {s.quantity: s for s in record}
    assert step["E"].substituted == (r"E = \frac{1}{2}(6.00 \times 10^{6} - (1.00 \times 10^{-8}))^2"
                                     r" = 1.80 \times 10^{13}")
    assert step["dE_dw"].substituted == (r"\frac{dE}{dw_{12}} = 2.00 \cdot (6.00 \times 10^{6})"
                                         r" = 1.20 \times 10^{7}")
    assert step["w"].substituted == (r"w_{12} \leftarrow 3.00 \times 10^{6} - 1.00 \cdot "
                                     r"(1.20 \times 10^{7}) = -9.00 \times 10^{6}")


def test_a_tiny_tanh_output_is_bracketed_in_its_square():
    # y_2 = tanh(1e-8) = 1e-8, dE/dy_2 = 1e-8 - 0.5 = -0.49999999,
    # dE/dx_2 = (1 - (1e-8)^2) * (-0.49999999) = -0.500 to 3 digits
    net = Network([1, 1], "tanh", weights=[np.array([[1.0]])], biases=[np.array([0.0])])
    dE_dx = next(s for s in trace(net, [1e-8], [0.5], 1.0) if s.quantity == "dE_dx"
                 and s.target == ("node", 1, 0))
    assert dE_dx.substituted == (r"\frac{dE}{dx_{2}} = (1 - (1.00 \times 10^{-8})^2) \cdot (-0.500)"
                                 r" = -0.500")


def test_a_negative_target_is_bracketed_in_the_error():
    # y = 0.5 * 1 + 0 = 0.5, E = 1/2 (0.5 - (-0.3))^2 = 0.32
    net = Network([1, 1], "linear", weights=[np.array([[0.5]])], biases=[np.array([0.0])])
    E = next(s for s in trace(net, [1.0], [-0.3], 1.0) if s.quantity == "E")
    assert E.substituted == r"E = \frac{1}{2}(0.500 - (-0.300))^2 = 0.320"


@pytest.mark.parametrize("activation", ["sigmoid", "tanh", "relu", "linear"])
def test_no_long_numbers_and_no_e_notation_with_huge_weights_and_tiny_values(activation):
    # weights 1e6 make x (and, for relu and linear, y and E) huge; inputs 1e-8 are tiny
    sizes = [2, 3, 2]
    weights = [np.full((2, 3), 1e6), np.full((3, 2), -1e6)]
    biases = [np.full(3, 1e-8), np.full(2, 1e-8)]
    net = Network(sizes, activation, weights=weights, biases=biases)
    for x_input in ([1e-8, -2e-8], [1.0, 3.0]):
        for step in trace(net, x_input, [1e-8, 0.5], 1e-8):
            for latex in (step.formula, step.substituted):
                assert "e-" not in latex and "e+" not in latex, latex
            numbers = re.findall(r"\d+(?:\.\d+)?", step.substituted)
            assert all(len(number) <= 8 for number in numbers), step.substituted


@pytest.mark.parametrize("sizes, activation", ARCHITECTURES)
def test_replaying_the_record_reproduces_the_network_exactly(sizes, activation):
    net = Network(sizes, activation, seed=3)
    x_input, y_target = random_example(net, 3)
    record = trace(net, x_input, y_target, 0.7)
    expected = net.copy()
    expected.forward(x_input)
    E = expected.backward(y_target)
    # the pass's arrays, kept before update (which may forget them)
    passed = {name: [a.copy() for a in getattr(expected, name)]
              for name in ("x", "y", "dE_dx", "dE_dy", "dE_dw", "dE_db")}
    expected.update(0.7)
    passed.update(weights=expected.weights, biases=expected.biases)
    state = record.snapshot(len(record))
    for name, arrays in passed.items():
        assert len(getattr(state, name)) == len(arrays), name
        for got, want in zip(getattr(state, name), arrays):
            np.testing.assert_array_equal(got, want, err_msg=name)
    assert state.E == E == record.E
    assert record.E_after == expected.error(x_input, y_target)


def evaluate(step, state, net, x_input, y_target, learning_rate):
    """Recompute a step's value from the values known before it (the snapshot)."""
    kind, *where = step.target
    if step.quantity == "x":
        l, j = where
        return x_input[j] if l == 0 else state.y[l - 1] @ state.weights[l - 1][:, j] + state.biases[l - 1][j]
    if step.quantity == "y":
        l, j = where
        return state.x[l][j] if l == 0 else net.activations[l - 1].f(state.x[l][j])
    if step.quantity == "E":
        return 0.5 * np.sum((state.y[-1] - y_target) ** 2)
    if step.quantity == "dE_dy":
        l, j = where
        if l == len(net.sizes) - 1:
            return state.y[l][j] - y_target[j]
        return state.weights[l][j, :] @ state.dE_dx[l + 1]
    if step.quantity == "dE_dx":
        l, j = where
        if l == 0:
            return state.dE_dy[0][j]
        return net.activations[l - 1].df(state.x[l][j], state.y[l][j]) * state.dE_dy[l][j]
    if step.quantity == "dE_dw":
        l, i, j = where
        return state.y[l][i] * state.dE_dx[l + 1][j]
    if step.quantity == "dE_db":
        l, j = where
        return state.dE_dx[l][j]
    if step.quantity == "w":
        l, i, j = where
        return state.weights[l][i, j] - learning_rate * state.dE_dw[l][i, j]
    l, j = where
    return state.biases[l - 1][j] - learning_rate * state.dE_db[l - 1][j]


@pytest.mark.parametrize("sizes, activation", ARCHITECTURES)
def test_each_step_follows_from_the_steps_before_it(sizes, activation):
    """Every step's value is its formula applied to values already in the record."""
    net = Network(sizes, activation, seed=5)
    x_input, y_target = random_example(net, 5)
    record = trace(net, x_input, y_target, 0.3)
    for k, step in enumerate(record):
        value = evaluate(step, record.snapshot(k), net, x_input, y_target, 0.3)
        assert np.isfinite(value), (k, step.title)
        assert value == pytest.approx(step.value, rel=1e-12, abs=1e-15), (k, step.title)


def test_snapshot_shows_unknown_values_as_nan(demo_trace):
    start = demo_trace.snapshot(0)
    assert all(np.isnan(a).all() for a in start.x + start.dE_dx + start.dE_dw)
    assert np.isnan(start.E)
    np.testing.assert_array_equal(start.weights[1], demo_network().weights[1])
    after_three = demo_trace.snapshot(3)
    assert after_three.x[1][0] == pytest.approx(0.9)
    assert np.isnan(after_three.x[1][1])


def test_trace_leaves_the_network_unchanged():
    net = demo_network()
    trace(net, *DEMO_EXAMPLE, 1.0)
    assert net.x is None
    np.testing.assert_array_equal(net.weights[2], demo_network().weights[2])


def test_fixed_biases_have_no_update_steps():
    record = trace(mazur_network(), *MAZUR_EXAMPLE, 0.5)
    assert not [s for s in record if s.quantity == "b"]
    w5 = next(s for s in record if s.quantity == "w" and s.target == ("edge", 1, 0, 0))
    assert round(w5.value, 8) == 0.35891648
    assert round(record.E, 9) == 0.298371109
    assert round(record.E_after, 9) == 0.291027774


def test_step_highlight_names_target_reads_and_quantity(demo_trace):
    step = demo_trace[6]  # x_4
    assert step.highlight == {"target": ("node", 2, 0), "quantity": "x",
                              "reads": [("node", 1, 0), ("node", 1, 1), ("edge", 1, 0, 0),
                                        ("edge", 1, 1, 0), ("bias", 2, 0)],
                              "phase": "forward"}
    assert step.phase == "forward"


def test_something_that_is_not_a_network_is_named():
    with pytest.raises(TypeError, match=r"\bnet\b.*Network"):
        trace("net", [1.0], [0.9], 1.0)


@pytest.mark.parametrize("bad, error", [
    (dict(learning_rate=0.0), ValueError), (dict(learning_rate=-1.0), ValueError),
    (dict(learning_rate="0.1"), TypeError),
    (dict(x_input=np.ones((2, 1))), ValueError), (dict(y_target=[np.nan]), ValueError),
])
def test_bad_arguments_are_named(bad, error):
    arguments = dict(x_input=DEMO_EXAMPLE[0], y_target=DEMO_EXAMPLE[1], learning_rate=1.0)
    arguments.update(bad)
    name = next(iter(bad))
    with pytest.raises(error, match=name):
        trace(demo_network(), **arguments)


def test_every_activation_has_its_part_of_the_step_formulas():
    from bp_helpers.activations import ACTIVATIONS, OUTPUT_ACTIVATIONS
    from bp_helpers.step_formulas import ACTIVATION_TEMPLATES
    assert set(ACTIVATION_TEMPLATES) == set(ACTIVATIONS) | set(OUTPUT_ACTIVATIONS)


def test_one_vocabulary_for_every_quantity_a_step_computes():
    from bp_helpers.pictures.colors import QUANTITY_COLORS
    from bp_helpers.quantities import (
        BIAS_QUANTITIES,
        EDGE_QUANTITIES,
        NODE_QUANTITIES,
        QUANTITY_NAMES,
        check_id,
    )
    quantities = NODE_QUANTITIES + BIAS_QUANTITIES + EDGE_QUANTITIES + ("E",)
    assert set(QUANTITY_NAMES) == set(quantities)
    assert set(quantities) <= set(QUANTITY_COLORS)
    record = trace(demo_network(), *DEMO_EXAMPLE, 1.0)
    for step in record:
        assert step.quantity in quantities
        for item in (step.target,) + step.reads:
            assert check_id(item, record.sizes) == item


@pytest.mark.parametrize("sizes, activation", ARCHITECTURES)
def test_a_snapshot_is_of_0_to_every_step_done_and_nothing_else(sizes, activation):
    net = Network(sizes, activation, seed=3)
    record = trace(net, *random_example(net, 3), 0.5)
    n = len(record)
    assert np.isnan(record.snapshot(0).E) and record.snapshot(n).E == record.E
    for done in (-1, -n, n + 1, 1000, 10**30):
        with pytest.raises(ValueError, match=rf"done must be a number of steps done, from 0 "
                                             rf"to {n} \(the record's {n} steps\), got"):
            record.snapshot(done)
    for done in (1.0, True, "3", None, np.float64(2)):
        with pytest.raises(TypeError, match="done must be a whole number of steps"):
            record.snapshot(done)
    assert record.snapshot(np.int64(n)).E == record.E
