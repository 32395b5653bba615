"""The demo's global node numbers 1..N and edge names w_ij."""

import pytest

from bp_helpers.names import edge_label, edge_subscript, node_label, node_number, node_position

DEMO = [1, 2, 2, 1]


def test_demo_node_numbers():
    # input 1; hidden 2-3 and 4-5; output 6
    numbers = [[node_number(DEMO, layer, i) for i in range(size)] for layer, size in enumerate(DEMO)]
    assert numbers == [[1], [2, 3], [4, 5], [6]]
    assert [node_label(DEMO, 2, i) for i in range(2)] == ["4", "5"]


def test_demo_edge_names():
    labels = [edge_label(DEMO, layer, i, j)
              for layer in range(3) for i in range(DEMO[layer]) for j in range(DEMO[layer + 1])]
    assert labels == ["w_12", "w_13", "w_24", "w_25", "w_34", "w_35", "w_46", "w_56"]
    assert edge_subscript(DEMO, 1, 0, 0) == "24"


@pytest.mark.parametrize("sizes", [DEMO, [2, 2, 2], [3, 5, 4, 1], [1, 1], [12, 7, 3], (4, 1)])
def test_node_position_inverts_node_number(sizes):
    expected = 1
    for layer, size in enumerate(sizes):
        for i in range(size):
            number = node_number(sizes, layer, i)
            assert number == expected  # consecutive, layer by layer, top to bottom
            assert node_position(sizes, number) == (layer, i)
            expected += 1
    assert expected - 1 == sum(sizes)


@pytest.mark.parametrize("number", [0, -1, 7, 100])
def test_node_position_rejects_a_number_outside_the_network(number):
    with pytest.raises(ValueError, match=r"number must be at (least 1|most 6 \(the nodes of this "
                                         r"network are numbered 1\.\.6\))"):
        node_position(DEMO, number)


def test_in_a_network_of_ten_nodes_or_more_every_edge_has_a_comma():
    sizes = [10, 5]          # inputs 1..10, outputs 11..15
    assert edge_label(sizes, 0, 9, 4) == "w_10,15"
    assert edge_subscript(sizes, 0, 9, 4) == "10,15"
    assert edge_label(sizes, 0, 8, 0) == "w_9,11"    # one number with two digits is enough
    assert edge_label(sizes, 0, 0, 0) == "w_1,11"
    # without the comma w_{1,23} and w_{12,3} would both read w_123
    big = [12, 11, 1]        # layer 1: 13..23, layer 2: 24
    assert edge_label(big, 0, 0, 10) == "w_1,23"
    assert edge_label(big, 0, 11, 0) == "w_12,13"
    assert edge_label([3, 3, 3, 3], 2, 2, 0) == "w_9,10"
    assert edge_label([3, 3, 3, 3], 1, 2, 2) == "w_6,9"     # 12 nodes: like its other edges
    assert edge_label([3, 3, 3], 1, 2, 2) == "w_69"         # 9 nodes: no number has two digits


@pytest.mark.parametrize("sizes", [DEMO, [3, 5, 4, 1], (2, 7)])
def test_every_node_outside_the_network_is_refused_never_wrapped_around(sizes):
    L = len(sizes)
    outside = [(L, 0), (L + 3, 0), (-1, 0), (-L, 0)] + [
        (layer, i) for layer, size in enumerate(sizes) for i in (size, size + 2, -1, -size)]
    for layer, i in outside:
        with pytest.raises(ValueError, match=r"\b(layer|i) must be at (most|least)"):
            node_label(sizes, layer, i)
    for layer in range(L - 1):
        for i, j in [(sizes[layer], 0), (-1, 0), (0, sizes[layer + 1]), (0, -1)]:
            with pytest.raises(ValueError, match=r"\b[ij] must be at (most|least)"):
                edge_label(sizes, layer, i, j)
    for layer in (L - 1, L, -1):
        with pytest.raises(ValueError, match=r"\blayer must be at (most|least)"):
            edge_label(sizes, layer, 0, 0)


@pytest.mark.parametrize("call", [
    lambda: node_label(DEMO, 1.0, 0), lambda: node_label(DEMO, 1, 0.0), lambda: node_label(DEMO, True, 0),
    lambda: edge_label(DEMO, 0, 0, 1.5), lambda: node_position(DEMO, 1.0), lambda: node_position(DEMO, "3"),
])
def test_layers_nodes_and_numbers_must_be_whole_numbers(call):
    with pytest.raises(TypeError, match=r"must be a whole number"):
        call()


@pytest.mark.parametrize("sizes", ["abc", {1: 2, 2: 3}, 5, [1], [2, 0, 1], [2, 1.5]])
def test_sizes_are_checked_as_the_network_checks_them(sizes):
    for call in (lambda: node_label(sizes, 0, 0), lambda: edge_label(sizes, 0, 0, 0),
                 lambda: node_position(sizes, 1)):
        with pytest.raises((TypeError, ValueError), match=r"sizes"):
            call()
