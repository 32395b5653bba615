"""What the training tests share: a straight line to fit, a copy of a
network's parameters, and the bad arguments that ``train`` and
``train_rates`` refuse alike."""

import numpy as np


def straight_line():
    """y = 2x + 0.5 on 10 points in [-1, 1], for a Network([1, 1], "linear")
    (notebook 4's diverging example)."""
    X = np.linspace(-1.0, 1.0, 10).reshape(10, 1)
    return X, 2.0 * X + 0.5


def parameters(net):
    """Copies of every weight matrix, then every bias vector, of ``net``."""
    return [p.copy() for p in net.weights + net.biases]


# (arguments, the error, what its message names): refused by train and
# train_rates alike, for XOR's data and a Network([2, 2, 1]).
SHARED_BAD_ARGUMENTS = [
    (dict(updates=0), ValueError, "updates"),
    (dict(updates=2.5), TypeError, "updates"),
    (dict(batch_size=0), ValueError, "batch_size"),
    (dict(batch_size=5), ValueError, "batch_size"),
    (dict(batch_size=1.5), TypeError, "batch_size"),
    (dict(seed=-1), ValueError, "seed"),
    (dict(progress="bar"), TypeError, "progress"),
    (dict(X=np.zeros((4, 3))), ValueError, "X"),
    (dict(X=[[0.0, np.nan]] * 4), ValueError, "X"),
    (dict(T=np.zeros((4, 2))), ValueError, "T"),
    (dict(T=np.zeros((3, 1))), ValueError, "X and T"),
    (dict(net="network"), TypeError, "net"),
]
