"""The lesson's formulas, one small function each: the one place each is written.

The engine's loops (``forward_pass`` and ``backward_pass`` in ``network.py``,
used by ``Network`` and by the rate sweep) call them; the exercises of
notebook 9 check a learner's function against them (under the same names:
``node_input``, ``output_dE_dy``, ``dE_dx``, ``dE_dw``, ``hidden_dE_dy``,
``update``); the experiment of notebook 4 that updates in the wrong order is
built from them.  The activation functions and their derivatives are in
``activations.py``.

Shapes: a layer's ``x``, ``y``, ``dE/dx`` and ``dE/dy`` are a batch of
examples, shape ``(B, n)``: one row per example, one column per node (one
example is a batch of one, ``B = 1``).  The rate sweep trains R networks at
once and adds a leading axis, ``(R, B, n)``, with weights ``(R, n, m)``;
every formula is written so that it works for both (``.mT`` turns the last
two axes around, ``@`` multiplies matrix by matrix, pair by pair).  For a
batch, the error ``E`` and the parameter derivatives ``dE/dw``, ``dE/db``
are means over the examples (docs/algorithm.md, "Batches"); per-node
derivatives stay per example.

The error function is the lesson's squared error unless a network chooses
cross-entropy (``errors.py``), whose formulas are at the end.
"""

import numpy as np

TINY = float(np.finfo(float).tiny)   # 2.2e-308, the smallest normal float


def node_input(y_i, w, b):
    """The total input of a node (lesson, section 4).

        x_j = sum over i in in(j) of  w_ij * y_i  +  b_j

    For a whole layer ``w[i, j]`` is ``w_ij``, and the sums of all its nodes,
    for every example, are one matrix product: ``y @ w + b``.
    """
    return y_i @ w + b


def squared_error(y_output, y_target):
    """The error function (lesson, section 3), summed over output nodes.

        E = 1/2 * sum over outputs k of (y_output_k - y_target_k)^2

    For a batch, E is the mean of the examples' errors.
    """
    return 0.5 * ((y_output - y_target) ** 2).sum(axis=-1).mean(axis=-1)


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
    """The derivative of E for every weight into a layer.

        dE/dw_ij = dx_j/dw_ij * dE/dx_j = y_i * dE/dx_j

    ``y_i * dE/dx_j`` for every pair ``(i, j)``, shaped like the weights, is
    ``y^T @ dE/dx`` for one example; for a batch of B the product adds up
    the examples, and dividing by B makes it their mean.
    """
    B = y_i.shape[-2]
    return y_i.mT @ dE_dx_j / B


def dE_db(dE_dx_j):
    """The derivative of E for a bias: ``dE/db_j = dE/dx_j`` (``x_j`` grows one
    for one with ``b_j``); for a batch, the mean over the examples."""
    return dE_dx_j.mean(axis=-2)


def hidden_dE_dy(w, dE_dx_j):
    """The chain rule back to the layer before, which closes the loop.

        dE/dy_i = sum over j in out(i) of  w_ij * dE/dx_j

    ``w[i, j]`` is ``w_ij``: for a layer the sums over ``j`` are
    ``dE/dx @ w^T``.
    """
    return dE_dx_j @ w.mT


def update(w, learning_rate, dE_dw):
    """The update rule (lesson, section 5); returns the new value.

        w_ij  <-  w_ij - alpha * dE/dw_ij

    ``alpha`` is ``learning_rate``; biases follow the same rule with ``dE/db``.
    """
    return w - learning_rate * dE_dw


# --- the cross-entropy error (errors.py chooses it) ---------------------------

def ln_sigmoid(x):
    """``ln y`` of the sigmoid ``y = 1 / (1 + e^(-x))``, written with ``x``.

        ln y = -ln(1 + e^(-x)),    and so    ln(1 - y) = ln_sigmoid(-x)

    computed as ``min(x, 0) - ln(1 + e^(-|x|))``: no power overflows, and the
    log is finite for every finite ``x``, even where ``y`` rounds to exactly
    0 or 1.
    """
    return np.minimum(x, 0.0) - np.log1p(np.exp(-np.abs(x)))


def ln_softmax(x):
    """``ln y_k`` of softmax ``y_k = e^(x_k) / sum_m e^(x_m)``, written with ``x``.

        ln y_k = x_k - ln sum_m e^(x_m)

    ``ln sum_m e^(x_m)`` (the "log-sum-exp") is computed as
    ``M + ln sum_m e^(x_m - M)`` with ``M`` the largest ``x_m``: no power
    overflows and the sum is at least 1, so the log is finite even where
    ``y_k`` rounds to exactly 0.
    """
    M = np.max(x, axis=-1, keepdims=True)
    return x - M - np.log(np.exp(x - M).sum(axis=-1, keepdims=True))


def binary_cross_entropy(x_output, y_target):
    """The cross-entropy of one sigmoid output ``y``, summed over outputs.

        E = -[ y_target ln y + (1 - y_target) ln(1 - y) ]

    The logs come from ``x``, the output node's total input (``ln_sigmoid``),
    so ``E`` is finite even where ``y`` rounds to exactly 0 or 1.  For a
    batch, E is the mean of the examples' errors.
    """
    ln_y, ln_1_minus_y = ln_sigmoid(x_output), ln_sigmoid(-x_output)
    return -(y_target * ln_y + (1.0 - y_target) * ln_1_minus_y).sum(axis=-1).mean(axis=-1)


def softmax_cross_entropy(x_output, y_target):
    """The cross-entropy of softmax outputs ``y_k``.

        E = -sum over outputs k of  y_target_k ln y_k

    The logs come from ``x`` (``ln_softmax``), so ``E`` is finite even where
    a ``y_k`` rounds to exactly 0.  For a batch, E is the mean of the
    examples' errors.
    """
    return -(y_target * ln_softmax(x_output)).sum(axis=-1).mean(axis=-1)


def cross_entropy_dE_dx(y_output, y_target):
    """The output's dE/dx under cross-entropy, with a sigmoid output or softmax outputs.

        dE/dx_output = y_output - y_target

    The chain rule ``f'(x) dE/dy`` simplifies to this: for the sigmoid,
    ``f'(x) = y (1 - y)`` and ``dE/dy = (y - y_target) / (y (1 - y))``; for
    softmax, whose ``f'`` joins every pair of outputs, the sum over them gives
    the same (``errors.py``).  Computed as the difference, it is exact where
    ``y`` rounds to 0 or 1, where ``dE/dy`` would be infinite.
    """
    return y_output - y_target


def cross_entropy_dE_dy(y_output, y_target):
    """The output's dE/dy under cross-entropy: one sigmoid output, then softmax outputs.

        dE/dy   = -y_target / y + (1 - y_target) / (1 - y) = (y - y_target) / (y (1 - y))
        dE/dy_k = -y_target_k / y_k

    Backpropagation does not go through them: with the output activation the
    chain rule simplifies to ``dE/dx = y - y_target`` (``cross_entropy_dE_dx``);
    they are the node's ``dE/dy`` for the record.  Where ``y`` rounds to exactly 0 or 1 the
    derivative is infinite; the denominator is then taken as ``TINY`` (the
    smallest normal float, 2.2e-308), which keeps it a finite, huge number.
    """
    if y_output.shape[-1] == 1:
        return (y_output - y_target) / np.maximum(y_output * (1.0 - y_output), TINY)
    return -y_target / np.maximum(y_output, TINY)

