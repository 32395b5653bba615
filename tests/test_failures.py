"""The tables of the chapter of failures (notebook 7): what they say is what the network does."""

import re

import numpy as np
import pytest

from bp_helpers import Network, train, verdict
from bp_helpers.datasets import curve, xor
from bp_helpers.experiments import deep_network
from bp_helpers.failures import MAX_TABLE_UPDATES, dE_dw_columns_table, weight_moves_table
from bp_helpers.formatting import format_number


def twins():
    """Notebook 7's XOR network with every weight 0.5: all four hidden nodes are twins."""
    return Network([2, 4, 1], ["tanh", "sigmoid"],
                   weights=[np.full((2, 4), 0.5), np.full((4, 1), 0.5)])


def rows(table):
    return [line.split() for line in table.splitlines()]


def test_the_columns_of_twins_are_equal_at_every_update():
    table = rows(dE_dw_columns_table(twins(), *xor(), 3.0, 5))
    assert table[0] == ["update", "from", "to", "node", "3", "to", "node", "4", "to", "node", "5",
                        "to", "node", "6", "columns", "equal?"]
    updates = table[1::2]
    assert [row[0] for row in updates] == ["1", "2", "3", "4", "5"]
    for first, second in zip(updates, table[2::2]):
        assert first[-1] == "yes"
        values = first[3:-1], second[2:]
        assert all(len(set(v)) == 1 for v in values)    # the same in every node's column


def test_the_table_holds_the_lessons_dE_dw_update_after_update():
    """Row k is the dE/dw of the network after k - 1 updates of the lesson's loop."""
    X, T = xor()
    net = Network([2, 3, 1], seed=4)
    table = rows(dE_dw_columns_table(net, X, T, 0.5, 3))
    assert net.x is None and net.weights[0][0, 0] == Network([2, 3, 1], seed=4).weights[0][0, 0]
    by_hand = net.copy()
    for k in range(3):
        by_hand.forward(X)
        by_hand.backward(T)
        first, second = table[1 + 2 * k], table[2 + 2 * k]
        assert first[:2] == [str(k + 1), "node"] and first[-1] == "no"
        assert first[3:-1] == [format_number(v) for v in by_hand.dE_dw[0][0]]
        assert second[2:] == [format_number(v) for v in by_hand.dE_dw[0][1]]
        by_hand.update(0.5)


def test_the_columns_table_refuses_bad_input():
    with pytest.raises(ValueError, match="hidden layer"):
        dE_dw_columns_table(Network([2, 1]), *xor(), 1.0, 2)
    with pytest.raises(ValueError, match="updates"):
        dE_dw_columns_table(twins(), *xor(), 1.0, MAX_TABLE_UPDATES + 1)
    with pytest.raises(ValueError, match="learning_rate"):
        dE_dw_columns_table(twins(), *xor(), -1.0, 2)
    with pytest.raises(TypeError, match="net"):
        dE_dw_columns_table("net", *xor(), 1.0, 2)


def columns(table):
    return [re.split(r"\s{2,}", line.strip()) for line in table.splitlines()]


def test_weight_moves_are_the_mean_change_of_each_layer_and_the_verdict():
    X, T = curve()
    nets = {"sigmoid": deep_network("sigmoid", depth=2, width=3),
            "tanh": deep_network("tanh", depth=2, width=3)}
    table = columns(weight_moves_table(nets, X, T, 0.3, 50))
    assert table[0] == ["weights into layer", "sigmoid", "tanh"]
    assert [row[0] for row in table[1:]] == ["1 (first hidden)", "2", "3 (output)", "verdict"]
    for c, net in enumerate(nets.values(), start=1):
        trained = net.copy()
        result = train(trained, X, T, 0.3, 50)
        moves = [np.mean(np.abs(a - b)) for a, b in zip(trained.weights, net.weights)]
        assert [row[c] for row in table[1:4]] == [f"{m:.1e}" for m in moves]
        assert table[4][c] == verdict(result).label
    assert nets["tanh"].x is None       # trained a copy


def test_in_a_deep_sigmoid_network_training_hardly_moves_the_first_layers():
    """What notebook 7 says of its seeded networks: the sigmoid's first layer moves a
    thousand times less than its output layer; tanh's and ReLU's move alike."""
    X, T = curve()
    names = ("sigmoid", "tanh", "relu")
    table = columns(weight_moves_table({n: deep_network(n) for n in names}, X, T, 0.3, 1000))
    first = dict(zip(names, map(float, table[1][1:])))
    output = dict(zip(names, map(float, table[9][1:])))
    assert first["sigmoid"] < 1e-3 * output["sigmoid"]
    assert first["tanh"] > 0.1 * output["tanh"] and first["relu"] > 0.1 * output["relu"]
    assert table[10][1:] == ["too slow", "converging", "converging"]


def test_weight_moves_refuse_bad_input():
    X, T = curve()
    with pytest.raises(TypeError, match="nets"):
        weight_moves_table([deep_network("tanh")], X, T, 0.3, 10)
    with pytest.raises(ValueError, match="same sizes"):
        weight_moves_table({"a": deep_network("tanh"), "b": deep_network("tanh", depth=2)},
                           X, T, 0.3, 10)
    with pytest.raises(ValueError, match="learning_rate"):
        weight_moves_table({"a": deep_network("tanh")}, X, T, 0.0, 10)
