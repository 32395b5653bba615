"""The lesson's formulas, one small function each: the one place each is written.

The engine's loops (``forward_pass`` and ``backward_pass`` in ``network.py``,
used by ``Network`` and by the rate sweep) call them; the exercises of
notebook 7 check a learner's function against them (under the same names:
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
"""



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
