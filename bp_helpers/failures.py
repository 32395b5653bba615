"""The numbers of the chapter of failures (notebook 7), as tables.

- Symmetry: ``dE_dw_columns_table`` runs the lesson's loop and writes, at
  every update, the ``dE/dw`` column of each node of the first hidden
  layer (its incoming ``dE/dw_ij``): twin nodes have equal columns at every
  update.
- Vanishing gradients: ``weight_moves_table`` trains a copy of each network
  and writes how far the training moved each layer's weights.

``diagnoses.py`` says in words what is wrong with a network; the picture of
``dE/dx`` layer by layer is ``pictures/gradient_bars.py``.  NumPy only.
Numbers are written with 3 significant digits (``formatting.py``), the
moves with 2: as many as survive a change of the last bit of the arithmetic.
The words are in the learner's language (``language.tr``).
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
from numpy.typing import ArrayLike

from .checks import check_learning_rate, check_whole_number
from .diagnoses import TWIN_TOLERANCE
from .formatting import columns, format_number, pad
from .language import tr
from .names import node_number
from .network import Network, check_network
from .training import check_data, train, verdict

MAX_TABLE_UPDATES = 20      # rows of dE_dw_columns_table: a table, not a training run


def dE_dw_columns_table(net: Network, X: ArrayLike, T: ArrayLike, learning_rate: float,
                        updates: int) -> str:
    """The ``dE/dw`` column of every node of the first hidden layer, at each update.

    On a copy of ``net``, ``updates`` times (at most ``MAX_TABLE_UPDATES``)
    the lesson's loop on the batch ``(X, T)``: forward, backward, then

        w_ij <- w_ij - alpha * dE/dw_ij,   with  dE/dw_ij = y_i dE/dx_j

    At each update the matrix ``dE/dw_ij`` of the weights from the inputs
    ``i`` (a row each) to the nodes ``j`` of layer 1 (a column each): node
    ``j``'s column holds the ``dE/dw_ij`` of its incoming weights.  The last
    column says whether all the nodes' columns are equal (to the relative
    difference ``diagnoses.TWIN_TOLERANCE``).  Nodes whose columns are equal at every
    update get equal weights, and stay twins (``diagnoses.twin_nodes``).
    Notebook 7.
    """
    copy = check_network(net).copy()
    if len(copy.sizes) < 3:
        raise ValueError(tr("net must have a hidden layer, got sizes {sizes}", sizes=copy.sizes))
    X, T = check_data(copy, X, T)
    learning_rate = check_learning_rate("learning_rate", learning_rate)
    updates = check_whole_number("updates", updates, 1, MAX_TABLE_UPDATES,
                                 "one row per update: a table, not a training run")
    nodes = [tr("to node {n}", n=node_number(copy.sizes, 1, j)) for j in range(copy.sizes[1])]
    rows = []
    for k in range(updates):
        copy.forward(X)
        copy.backward(T)
        dE_dw = copy.dE_dw[0]       # dE_dw[i, j] = dE/dw_ij: node j's column is column j
        equal = tr("yes") if _all_equal(dE_dw.T) else tr("no")
        for i, row in enumerate(dE_dw):
            rows.append([str(k + 1) if i == 0 else "", tr("node {n}", n=node_number(copy.sizes, 0, i))]
                        + [format_number(v) for v in row] + [equal if i == 0 else ""])
        copy.update(learning_rate)
    return _table([tr("update"), tr("from")] + nodes + [tr("columns equal?")], rows, left=2)


def _all_equal(columns):
    """True if every column equals the first, to the relative difference TWIN_TOLERANCE."""
    return bool(np.all(np.abs(columns - columns[0])
                       <= TWIN_TOLERANCE * np.maximum(np.abs(columns), np.abs(columns[0]))))


def weight_moves_table(nets: Mapping[str, Network], X: ArrayLike, T: ArrayLike,
                       learning_rate: float, updates: int) -> str:
    """How far training moved each layer's weights, one column per network.

    A copy of each network of ``nets`` (a dict: label -> Network, all of the
    same sizes) is trained, ``train(copy, X, T, learning_rate, updates)``;
    row ``l`` is the mean over the weights of layer ``l`` (those leading into
    layer ``l``) of ``|w_after - w_before|``, the sum of all the moves
    ``-alpha dE/dw_ij`` the updates made.  The last row is each run's
    verdict (``training.verdict``).  Notebook 7.
    """
    if not isinstance(nets, dict) or not nets:
        raise TypeError(tr("nets must be a dict of label -> Network, got {nets!r}", nets=nets))
    sizes = {tuple(check_network(net).sizes) for net in nets.values()}
    if len(sizes) > 1:
        raise ValueError(tr("nets must all have the same sizes, got {sizes}", sizes=sorted(sizes)))
    moves, verdicts = {}, {}
    for label, net in nets.items():
        trained = net.copy()
        verdicts[label] = tr(verdict(train(trained, X, T, learning_rate, updates)).label)
        moves[label] = [np.mean(np.abs(after - before))
                        for before, after in zip(net.weights, trained.weights)]
    layers = len(next(iter(moves.values())))
    rows = [[_layer_name(l, layers)] + [f"{moves[label][l - 1]:.1e}" for label in nets]
            for l in range(1, layers + 1)]
    rows.append([tr("verdict")] + list(verdicts.values()))
    return _table([tr("weights into layer")] + [tr(label) for label in nets], rows)


def _layer_name(l, layers):
    """'1 (first hidden)', '5', '9 (output)'."""
    if l == 1:
        return tr("{l} (first hidden)", l=l)
    return tr("{l} (output)", l=l) if l == layers else str(l)


def _table(header, rows, left=1):
    """Plain-text columns: the first ``left`` left-aligned, the others right-aligned."""
    widths = [max(columns(row[c]) for row in [header, *rows]) for c in range(len(header))]
    lines = [[pad(text, widths[c], c < left) for c, text in enumerate(row)]
             for row in [header, *rows]]
    return "\n".join("  ".join(line).rstrip() for line in lines)
