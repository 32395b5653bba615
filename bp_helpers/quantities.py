"""What a step of the algorithm computes, and where: the names the step
record, the diagram, the plots and the player share.

The quantities, by the names ``Network`` keeps them under, grouped by where
the diagram shows them: in a node (``NODE_QUANTITIES``), beside a node, its
bias (``BIAS_QUANTITIES``), on an edge (``EDGE_QUANTITIES``); and the error
``E``.  ``QUANTITY_NAMES`` says how each is written.

The ids of the things a step computes or reads: ``("node", l, i)``,
``("edge", l, i, j)`` for ``w_ij`` from node ``i`` of layer ``l`` to node
``j`` of layer ``l + 1``, ``("bias", l, j)`` for ``b_j`` of node ``j`` of
layer ``l`` and ``("error",)``; ``check_id`` checks one against a network's
sizes.  ``PHASES`` are the four parts of the algorithm, in their order.

The step record that uses these names is in ``steps.py``; each step's
formula in LaTeX is in ``step_formulas.py``.
"""

import numbers

from .language import tr

# The quantities, grouped by where the picture shows them: in a node, beside a
# node (its bias), on an edge.
NODE_QUANTITIES = ("x", "y", "dE_dx", "dE_dy")
BIAS_QUANTITIES = ("b", "dE_db")
EDGE_QUANTITIES = ("w", "dE_dw")
# How each quantity is written, in the pictures and the steps' titles.
QUANTITY_NAMES = {
    "x": "x", "y": "y", "dE_dx": "dE/dx", "dE_dy": "dE/dy",
    "b": "b", "dE_db": "dE/db", "w": "w", "dE_dw": "dE/dw", "E": "E",
}
# The kinds of ids and their lengths: ("node", l, i), ("edge", l, i, j),
# ("bias", l, j), ("error",).
ID_LENGTHS = {"node": 3, "edge": 4, "bias": 3, "error": 1}
# The parts of the algorithm, in their order.
PHASES = ("forward", "error", "backward", "update")


def check_id(item, sizes, name="highlight id"):
    """An id as a tuple of a kind and whole numbers, checked against ``sizes``."""
    well_formed = (isinstance(item, (tuple, list)) and len(item) > 0
                   and item[0] in ID_LENGTHS and len(item) == ID_LENGTHS[item[0]]
                   and are_whole_numbers(item[1:]))
    if not well_formed:
        raise ValueError(tr("{name} must be an id ('node', l, i), ('edge', l, i, j), ('bias', l, j) or "
                            "('error',) with whole numbers l, i, j, got {item!r}", name=name, item=item))
    kind, *where = item
    if not is_part(kind, where, sizes):
        raise ValueError(tr("{name} {item!r} is not part of a network of sizes {sizes}",
                            name=name, item=tuple(item), sizes=sizes))
    return (kind, *map(int, where))


def are_whole_numbers(indices):
    """True if every one of ``indices`` is a whole number (an int, not a bool)."""
    return all(isinstance(k, numbers.Integral) and not isinstance(k, bool) for k in indices)


def is_part(kind, where, sizes):
    """True if the id ``(kind, *where)`` names a part of a network of ``sizes``."""
    L = len(sizes) - 1
    if kind == "error":
        return True
    if kind == "edge":
        l, i, j = where
        return 0 <= l < L and 0 <= i < sizes[l] and 0 <= j < sizes[l + 1]
    l, i = where
    first = 1 if kind == "bias" else 0  # the input layer has no bias
    return first <= l <= L and 0 <= i < sizes[l]
