"""The lesson's formulas, one small function each: the one place each is written.

``Network`` (``network.py``) calls them in ``forward``, ``backward`` and
``update``; the exercises of notebook 6 check a learner's function against
them (under the same names: ``node_input``, ``output_dE_dy``, ``dE_dx``,
``dE_dw``, ``hidden_dE_dy``, ``update``); the experiment of notebook 4 that
updates in the wrong order is built from them.  The activation functions and
their derivatives are in ``activations.py``.

Shapes: ``y_i`` etc. are one node (a number), one layer of one example,
shape ``(n,)``, or one layer of a batch, shape ``(B, n)``.  For a batch, the
error ``E`` and the parameter derivatives ``dE/dw``, ``dE/db`` are means over
the examples (docs/algorithm.md, "Batches"); per-node derivatives stay per
example.

The matrix products are written ``a.dot(b)``: for the lesson's arrays of one
or two numbers, ``a @ b`` takes half a microsecond longer per product.
"""

import numpy as np


def node_input(y_i, w, b):
    """The total input of a node (lesson, section 4).

        x_j = sum over i in in(j) of  w_ij * y_i  +  b_j

    For a whole layer ``w[i, j]`` is ``w_ij``, and the sums of all its nodes
    are one matrix product, ``y . w + b``.
    """
    return y_i.dot(w) + b


def squared_error(y_output, y_target):
    """The error function (lesson, section 3), summed over output nodes.

        E = 1/2 * sum over outputs k of (y_output_k - y_target_k)^2

    For a batch, E is the mean of the examples' errors.
    """
    difference = np.subtract(y_output, y_target)
    n_examples = 1 if difference.ndim < 2 else len(difference)
    return 0.5 * float(np.vdot(difference, difference)) / n_examples


def output_dE_dy(y_output, y_target):
    """Where backpropagation starts (lesson, section 7).

        dE/dy_output = y_output - y_target
    """
    return y_output - y_target


def dE_dx(f_prime, dE_dy):
    """The chain rule through the activation function: ``f_prime`` is ``f'(x)``.

        dE/dx = dy/dx * dE/dy = f'(x) * dE/dy
    """
    return f_prime * dE_dy


def dE_dw(y_i, dE_dx_j):
    """The derivative of E for a weight, or for every weight into a layer.

        dE/dw_ij = dx_j/dw_ij * dE/dx_j = y_i * dE/dx_j

    For one example, ``y_i * dE/dx_j`` for every pair ``(i, j)``: shape
    ``(n_i, n_j)``, like the weights.  For a batch, the mean of those
    products over the examples, ``y_i^T . dE/dx_j / B``.
    """
    if np.ndim(y_i) == 2:
        return y_i.T.dot(dE_dx_j) / len(y_i)
    return np.multiply.outer(y_i, dE_dx_j)


def dE_db(dE_dx_j):
    """The derivative of E for a bias: ``dE/db_j = dE/dx_j`` (``x_j`` grows one
    for one with ``b_j``); for a batch, the mean over the examples.  For one
    example it is the very array ``dE_dx_j``."""
    if np.ndim(dE_dx_j) == 2:
        return dE_dx_j.mean(axis=0)
    return dE_dx_j


def hidden_dE_dy(w, dE_dx_j):
    """The chain rule back to the layer before, which closes the loop.

        dE/dy_i = sum over j in out(i) of  w_ij * dE/dx_j

    ``w[i, j]`` is ``w_ij``: for a layer the sums over ``j`` are
    ``dE/dx . w^T``; for one node ``i``, ``w`` holds its weights ``w_ij``.
    """
    return dE_dx_j.dot(w.T)


def update(w, learning_rate, dE_dw):
    """The update rule (lesson, section 5); returns the new value.

        w_ij  <-  w_ij - alpha * dE/dw_ij

    ``alpha`` is ``learning_rate``; biases follow the same rule with ``dE/db``.
    """
    return w - learning_rate * dE_dw
