"""The two preset networks against their published numbers.

Mazur: "A Step by Step Backpropagation Example" (Matt Mazur, 2015).  Each
number is asserted to the digits it was published with: within half a unit
in its last digit.

Mazur's weight names, as ``weights[l][i, j]``:
    w1: i1->h1 = weights[0][0, 0]   w2: i2->h1 = weights[0][1, 0]
    w3: i1->h2 = weights[0][0, 1]   w4: i2->h2 = weights[0][1, 1]
    w5: h1->o1 = weights[1][0, 0]   w6: h2->o1 = weights[1][1, 0]
    w7: h1->o2 = weights[1][0, 1]   w8: h2->o2 = weights[1][1, 1]
"""

import math
from decimal import Decimal

import numpy as np
import pytest

from bp_helpers import (
    DEMO_EXAMPLE,
    DEMO_LEARNING_RATE,
    MAZUR_EXAMPLE,
    MAZUR_LEARNING_RATE,
    Network,
    demo_network,
    formulas,
    mazur_network,
)
from bp_helpers.presets import MAZUR_BIASES

MAZUR_W = {"w1": (0, 0, 0), "w2": (0, 1, 0), "w3": (0, 0, 1), "w4": (0, 1, 1),
           "w5": (1, 0, 0), "w6": (1, 1, 0), "w7": (1, 0, 1), "w8": (1, 1, 1)}


def matches_published(value, published):
    """True when ``value`` rounds to the published decimal string ``published``:
    |value - published| <= half a unit in its last digit."""
    decimals = -Decimal(published).as_tuple().exponent
    return abs(value - float(published)) <= 0.5 * 10.0 ** -decimals


def assert_published(value, published, what):
    assert matches_published(value, published), f"{what} = {value!r}, published {published}"


def mazur_weight(net, name):
    l, i, j = MAZUR_W[name]
    return net.weights[l][i, j]


# --- Mazur ---------------------------------------------------------------------------

def test_mazur_forward_pass():
    net = mazur_network()
    x_input, y_target = MAZUR_EXAMPLE
    y_output = net.forward(x_input)
    assert_published(net.x[1][0], "0.3775", "net_h1")   # 0.15*0.05 + 0.2*0.1 + 0.35
    assert_published(net.y[1][0], "0.593269992", "out_h1")
    assert_published(net.y[1][1], "0.596884378", "out_h2")
    assert_published(net.x[2][0], "1.105905967", "net_o1")
    assert_published(y_output[0], "0.75136507", "out_o1")
    assert_published(y_output[1], "0.772928465", "out_o2")
    assert_published(net.backward(y_target), "0.298371109", "E_total")


def test_mazur_error_derivatives():
    net = mazur_network()
    x_input, y_target = MAZUR_EXAMPLE
    net.forward(x_input)
    net.backward(y_target)
    assert_published(net.dE_dy[2][0], "0.74136507", "dE/dout_o1")   # 0.75136507 - 0.01
    assert_published(net.dE_dw[1][0, 0], "0.082167041", "dE/dw5")
    assert_published(net.dE_dw[0][0, 0], "0.000438568", "dE/dw1")


def test_mazur_one_update():
    net = mazur_network()
    x_input, y_target = MAZUR_EXAMPLE
    net.forward(x_input)
    net.backward(y_target)
    net.update(MAZUR_LEARNING_RATE)
    published = {"w5": "0.35891648", "w6": "0.408666186", "w7": "0.511301270", "w8": "0.561370121",
                 "w1": "0.149780716", "w2": "0.19956143", "w3": "0.24975114", "w4": "0.29950229"}
    for name, value in published.items():
        assert_published(mazur_weight(net, name), value, name)
    for before, after in zip(MAZUR_BIASES, net.biases):  # Mazur holds the biases fixed
        np.testing.assert_array_equal(after, before)
    # Not in the post, which prints 0.291027924 (see the trap below): the
    # correct error after one update, every derivative computed first.
    assert_published(net.error(x_input, y_target), "0.291027774", "E after one update")


def test_mazur_update_order_trap():
    """Updating w5..w8 before computing the hidden layer's dE/dy gives
    0.291027924, the error after one update that Mazur's post prints; done
    in the right order it is 0.291027774, and the network gets it right."""
    x_input, y_target = MAZUR_EXAMPLE
    alpha = MAZUR_LEARNING_RATE
    net = mazur_network()
    net.forward(x_input)
    w_hidden, w_output = net.weights
    y_in, y_hidden, y_out = (y[np.newaxis] for y in net.y)      # a batch of one example
    # output layer, as backward does it
    dE_dx_out = formulas.dE_dx(y_out * (1 - y_out), formulas.output_dE_dy(y_out, [y_target]))
    new_w_output = formulas.update(w_output, alpha, formulas.dE_dw(y_hidden, dE_dx_out))
    # the trap: dE/dy of the hidden layer through the ALREADY UPDATED output weights
    dE_dy_hidden = formulas.hidden_dE_dy(new_w_output, dE_dx_out)
    dE_dx_hidden = formulas.dE_dx(y_hidden * (1 - y_hidden), dE_dy_hidden)
    new_w_hidden = formulas.update(w_hidden, alpha, formulas.dE_dw(y_in, dE_dx_hidden))
    trapped = Network([2, 2, 2], weights=[new_w_hidden, new_w_output], biases=MAZUR_BIASES)
    E_trapped = trapped.error(x_input, y_target)
    assert_published(E_trapped, "0.291027924", "E after the wrong-order update")
    assert not matches_published(E_trapped, "0.291027774")

    net.backward(y_target)
    net.update(alpha)
    E = net.error(x_input, y_target)
    assert_published(E, "0.291027774", "E after the right-order update")
    assert not matches_published(E, "0.291027924")
    np.testing.assert_allclose(net.weights[1], new_w_output, rtol=1e-15)  # same output weights
    assert not np.allclose(net.weights[0], new_w_hidden, rtol=1e-9, atol=0)  # different w1..w4


def test_mazur_network_is_fresh_each_time():
    net = mazur_network()
    assert net.sizes == [2, 2, 2] and net.activation_names == ["sigmoid", "sigmoid"]
    assert net.learn_biases is False
    net.forward(MAZUR_EXAMPLE[0])
    net.backward(MAZUR_EXAMPLE[1])
    net.update(MAZUR_LEARNING_RATE)
    assert mazur_network().weights[1][0, 0] == 0.40
    np.testing.assert_array_equal(MAZUR_EXAMPLE[0], [0.05, 0.10])


# --- the lesson's demo ------------------------------------------------------------------

def sigmoid(x):
    return 1.0 / (1.0 + math.exp(-x))


def test_demo_forward_and_backward_by_hand():
    """The demo network worked through with math.exp only (numbers in presets.py)."""
    net = demo_network()
    x_input, y_target = DEMO_EXAMPLE
    assert net.sizes == [1, 2, 2, 1]
    net.forward(x_input)
    # layer 1: x_2 = 0.8*1.0 + 0.1 = 0.9, x_3 = -0.4*1.0 - 0.1 = -0.5
    x2, x3 = 0.8 * 1.0 + 0.1, -0.4 * 1.0 - 0.1
    y2, y3 = sigmoid(x2), sigmoid(x3)                  # 0.710949..., 0.377540...
    assert y2 == pytest.approx(0.7109495026, abs=1e-10)
    # layer 2: x_4 = 0.5 y_2 + 0.3 y_3 + 0.2,  x_5 = -0.6 y_2 + 0.7 y_3 - 0.2
    x4, x5 = 0.5 * y2 + 0.3 * y3 + 0.2, -0.6 * y2 + 0.7 * y3 - 0.2
    y4, y5 = sigmoid(x4), sigmoid(x5)
    # output: x_6 = 0.9 y_4 - 0.5 y_5 + 0.1
    x6 = 0.9 * y4 - 0.5 * y5 + 0.1
    y6 = sigmoid(x6)
    hand_x = [[1.0], [x2, x3], [x4, x5], [x6]]
    hand_y = [[1.0], [y2, y3], [y4, y5], [y6]]
    for l in range(4):
        np.testing.assert_allclose(net.x[l], hand_x[l], rtol=1e-14)
        np.testing.assert_allclose(net.y[l], hand_y[l], rtol=1e-14)

    E = net.backward(y_target)
    assert E == pytest.approx(0.5 * (y6 - 0.9) ** 2, rel=1e-14)
    # dE/dy_6 = y_6 - 0.9;  dE/dx_6 = y_6 (1 - y_6) dE/dy_6
    dy6 = y6 - 0.9
    dx6 = y6 * (1 - y6) * dy6
    # dE/dy_4 = w_46 dE/dx_6,  dE/dy_5 = w_56 dE/dx_6
    dy4, dy5 = 0.9 * dx6, -0.5 * dx6
    dx4, dx5 = y4 * (1 - y4) * dy4, y5 * (1 - y5) * dy5
    # dE/dy_2 = w_24 dE/dx_4 + w_25 dE/dx_5,  dE/dy_3 = w_34 dE/dx_4 + w_35 dE/dx_5
    dy2, dy3 = 0.5 * dx4 - 0.6 * dx5, 0.3 * dx4 + 0.7 * dx5
    dx2, dx3 = y2 * (1 - y2) * dy2, y3 * (1 - y3) * dy3
    # dE/dy_1 = w_12 dE/dx_2 + w_13 dE/dx_3; the input has no activation: dE/dx_1 = dE/dy_1
    dy1 = 0.8 * dx2 - 0.4 * dx3
    hand_dE_dy = [[dy1], [dy2, dy3], [dy4, dy5], [dy6]]
    hand_dE_dx = [[dy1], [dx2, dx3], [dx4, dx5], [dx6]]
    for l in range(4):
        np.testing.assert_allclose(net.dE_dy[l], hand_dE_dy[l], rtol=1e-13)
        np.testing.assert_allclose(net.dE_dx[l], hand_dE_dx[l], rtol=1e-13)
    # dE/dw_ij = y_i dE/dx_j, e.g. dE/dw_46 = y_4 dE/dx_6, dE/dw_12 = y_1 dE/dx_2
    np.testing.assert_allclose(net.dE_dw[2], [[y4 * dx6], [y5 * dx6]], rtol=1e-13)
    np.testing.assert_allclose(net.dE_dw[1], [[y2 * dx4, y2 * dx5], [y3 * dx4, y3 * dx5]], rtol=1e-13)
    np.testing.assert_allclose(net.dE_dw[0], [[1.0 * dx2, 1.0 * dx3]], rtol=1e-13)
    np.testing.assert_allclose(net.dE_db[0], [dx2, dx3], rtol=1e-13)


def test_demo_documented_numbers_and_one_update_lowers_the_error():
    net = demo_network()
    x_input, y_target = DEMO_EXAMPLE
    assert_published(net.forward(x_input)[0], "0.620", "y_6")
    E_before = net.backward(y_target)
    assert_published(E_before, "0.0392", "E before")
    net.update(DEMO_LEARNING_RATE)
    E_after = net.error(x_input, y_target)
    assert_published(E_after, "0.0322", "E after one update")
    assert E_after < E_before
    # the next forward pass moves y_6 towards the target 0.9
    assert net.forward(x_input)[0] > 0.620


def test_demo_network_is_fresh_each_time():
    net = demo_network()
    net.forward(DEMO_EXAMPLE[0])
    net.backward(DEMO_EXAMPLE[1])
    net.update(DEMO_LEARNING_RATE)
    assert demo_network().weights[0][0, 0] == 0.8
    assert demo_network().biases[2][0] == 0.1
    np.testing.assert_array_equal(DEMO_EXAMPLE[0], [1.0])


# --- the presets cannot be changed ---------------------------------------------

@pytest.mark.parametrize("example", ["DEMO_EXAMPLE", "MAZUR_EXAMPLE"])
def test_the_examples_are_read_only(example):
    from bp_helpers import presets
    x_input, y_target = getattr(presets, example)
    before = (x_input.copy(), y_target.copy())
    for array in (x_input, y_target):
        with pytest.raises(ValueError, match="read-only"):
            array *= 2
        with pytest.raises(ValueError, match="read-only"):
            array[0] = 5.0
    np.testing.assert_array_equal(x_input, before[0])
    np.testing.assert_array_equal(y_target, before[1])


@pytest.mark.parametrize("table", ["DEMO_SIZES", "DEMO_WEIGHTS", "DEMO_BIASES",
                                   "MAZUR_WEIGHTS", "MAZUR_BIASES"])
def test_the_tables_are_tuples_all_the_way_down(table):
    from bp_helpers import presets

    def assert_tuples(value):
        if isinstance(value, (list, np.ndarray)):
            raise AssertionError(f"{table} holds a changeable {type(value).__name__}")
        if isinstance(value, tuple):
            for item in value:
                assert_tuples(item)

    assert_tuples(getattr(presets, table))


def test_a_preset_network_owns_writable_copies():
    # update() changes the network's own arrays, never the presets' numbers:
    # w_46 of the demo is 0.9 before and after another network's update.
    from bp_helpers import presets
    net = demo_network()
    net.forward(DEMO_EXAMPLE[0])
    net.backward(DEMO_EXAMPLE[1])
    net.update(1.0)
    assert presets.DEMO_WEIGHTS[2][0][0] == 0.9
    assert demo_network().weights[2][0, 0] == 0.9
