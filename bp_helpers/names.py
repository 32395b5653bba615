"""The demo's names for nodes and edges.

Google's demo numbers the nodes of the network 1..N, layer by layer, top to
bottom: for sizes ``[1, 2, 2, 1]`` node 1 is the input, 2-3 and 4-5 the
hidden layers and 6 the output.  An edge is named after the two nodes it
joins, ``w_24`` from node 2 to node 4.  Code keeps arrays by layer
(``weights[l][i, j]``, ``y[l][i]``); these functions translate between the
two, so that every label, formula and message can use the lesson's names.

Every function checks its arguments: ``sizes`` as ``Network`` takes them, a
layer and a node that are in the network (whole numbers, never counted from
the end as Python's negative indices are).
"""

from __future__ import annotations

from collections.abc import Sequence

from .checks import check_sizes, check_whole_number


def node_number(sizes: Sequence[int], layer: int, i: int) -> int:
    """Global number (1..N) of node ``i`` of layer ``layer``."""
    sizes = check_sizes(sizes)
    layer = check_whole_number("layer", layer, 0, len(sizes) - 1,
                               f"the last layer of a network of sizes {sizes}")
    return _number(sizes, layer, _check_node("i", i, sizes, layer))


def node_position(sizes: Sequence[int], number: int) -> tuple[int, int]:
    """``(layer, i)`` of the node with global number ``number``."""
    sizes = check_sizes(sizes)
    number = check_whole_number("number", number, 1, sum(sizes),
                                f"the nodes of this network are numbered 1..{sum(sizes)}")
    index = number - 1
    for layer, size in enumerate(sizes):
        if index < size:
            return layer, index
        index -= size


def node_label(sizes: Sequence[int], layer: int, i: int) -> str:
    """Plain-text name used in labels: ``"1"``, ``"4"``, ..."""
    return str(node_number(sizes, layer, i))


def edge_subscript(sizes: Sequence[int], layer: int, i: int, j: int) -> str:
    """Subscript of the edge from node i of ``layer`` to node j of ``layer + 1``.

    ``"24"`` for a network of at most 9 nodes; in a bigger one every edge has
    a comma, ``"6,9"``, ``"10,15"`` (so that ``w_{1,23}`` and ``w_{12,3}``
    cannot be confused, and all its edges' names read alike).
    """
    sizes = check_sizes(sizes)
    layer = check_whole_number("layer", layer, 0, len(sizes) - 2,
                               f"an edge leads to the next layer; sizes are {sizes}")
    a = _number(sizes, layer, _check_node("i", i, sizes, layer))
    b = _number(sizes, layer + 1, _check_node("j", j, sizes, layer + 1))
    return f"{a}{b}" if sum(sizes) < 10 else f"{a},{b}"


def edge_label(sizes: Sequence[int], layer: int, i: int, j: int) -> str:
    """Plain-text name of the weight: ``"w_24"``."""
    return "w_" + edge_subscript(sizes, layer, i, j)


def _check_node(name, i, sizes, layer):
    """``i``, checked to be a node of layer ``layer`` (0 up to its size - 1)."""
    return check_whole_number(name, i, 0, sizes[layer] - 1,
                              f"the last node of layer {layer}, which has {sizes[layer]}")


def _number(sizes, layer, i):
    """The global number of node ``i`` of ``layer``: the nodes of the layers before, and one more."""
    return 1 + sum(sizes[:layer]) + i
