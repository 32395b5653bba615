"""The lesson's formulas, one small function each.

Each formula on its own, to look at and to use one at a time: the exercise
checkers compare a learner's function with these, and the experiment of
notebook 4 that updates in the wrong order (``experiments.py``) is built
from them.  :class:`~bp_helpers.network.Network` writes the same formulas
inline, one line each, in ``forward`` and ``backward`` (a function call per
formula would add nearly 1 us to the 19 us of the demo's step, measured with
``python -m bp_helpers.bench``);
``tests/test_formulas.py`` checks that both give the same numbers.

Shapes: ``y_i`` etc. are one example, shape ``(n,)``, or a batch, shape
``(B, n)``.  For a batch, the error ``E`` and the parameter derivatives
``dE/dw``, ``dE/db`` are means over the examples (see docs/algorithm.md,
"Conventions"); per-node derivatives stay per example.
"""

import numpy as np


def weighted_sum(y_previous, w, b):
    """Total input of the nodes of a layer (lesson, section 4).

        x_j = sum over i in in(j) of  w_ij * y_i  +  b_j

    ``w[i, j]`` is ``w_ij``, so this is the matrix product ``y @ w`` plus ``b``.
    """
    return y_previous.dot(w) + b


def squared_error(y_output, y_target):
    """The error function (lesson, section 3), summed over output nodes.

        E = 1/2 * sum over outputs k of (y_output_k - y_target_k)^2

    For a batch, E is the mean of the examples' errors: the sum of all the
    squares (``np.vdot`` of the differences with themselves) over B.
    """
    difference = y_output - y_target
    n_examples = 1 if difference.ndim == 1 else len(difference)
    return 0.5 * float(np.vdot(difference, difference)) / n_examples


def output_dE_dy(y_output, y_target):
    """Where backpropagation starts (lesson, section 7).

        dE/dy_output = y_output - y_target
    """
    return y_output - y_target


def dE_dx_from_dE_dy(f_prime, dE_dy):
    """The chain rule through the activation function.

        dE/dx = dy/dx * dE/dy = f'(x) * dE/dy
    """
    return f_prime * dE_dy


def weight_gradient(y_i, dE_dx_j):
    """Derivative of E for every weight coming into a layer.

        dE/dw_ij = dx_j/dw_ij * dE/dx_j = y_i * dE/dx_j

    One example: the outer product of ``y_i`` and ``dE_dx_j``, shape
    ``(n_i, n_j)`` like the weights: ``y_i`` as a column times ``dE_dx_j``
    as a row.  A batch: the mean of those products over the examples,
    ``y_i.T @ dE_dx_j / B``.
    """
    if y_i.ndim == 1:
        return y_i[:, np.newaxis].dot(dE_dx_j[np.newaxis, :])  # column times row
    return y_i.T.dot(dE_dx_j) / len(y_i)


def bias_gradient(dE_dx_j):
    """Derivative of E for the bias of each node: ``dE/db_j = dE/dx_j``
    (``x_j`` grows one for one with ``b_j``); mean over a batch."""
    if dE_dx_j.ndim == 1:
        return dE_dx_j.copy()
    return dE_dx_j.mean(axis=0)


def previous_dE_dy(w, dE_dx_j):
    """The chain rule back to the previous layer, which closes the loop.

        dE/dy_i = sum over j in out(i) of  w_ij * dE/dx_j

    ``w[i, j]`` is ``w_ij``, so the sum over ``j`` is ``dE_dx @ w.T``.
    """
    return dE_dx_j.dot(w.T)


def gradient_step(w, learning_rate, dE_dw):
    """The update rule (lesson, section 5).

        w_ij  <-  w_ij - alpha * dE/dw_ij

    Returns the new value; the same rule updates the biases with ``dE/db``.
    """
    return w - learning_rate * dE_dw
