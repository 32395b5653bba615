"""Small, repeatable data sets for the later notebooks.

Each function returns ``(X, T)``: inputs of shape ``(n, n_in)`` and targets
of shape ``(n, 1)``, both float64, ready for ``train(net, X, T, ...)``.
Targets lie inside ``[0, 1]`` so that a sigmoid output node can reach them.
``three_classes`` is the exception: its targets have one column per class
(shape ``(n, 3)``), for a softmax output (notebook 8).
Randomness (noise, sample positions) comes from ``np.random.default_rng(seed)``,
so the same arguments always give the same arrays.

Limits: ``n`` is at most ``MAX_EXAMPLES`` (100,000 examples: every update of
``train`` goes through all of them) and ``noise`` at most ``MAX_NOISE`` (100,
a hundred times the data's own size: past that the shapes are long gone, and
the points stay far from the largest float).

Left out on purpose: train/test splits, shuffling (``train`` draws its own
minibatches) and loading real data.
"""

from __future__ import annotations

import numpy as np

from .checks import check_real, check_whole_number
from .language import tr

MAX_EXAMPLES = 100_000
WHY_MAX_EXAMPLES = "every update of train goes through all of them"
MAX_NOISE = 100


def xor() -> tuple[np.ndarray, np.ndarray]:
    """The four points of XOR, the classic problem a single layer cannot learn.

    ``X = [[0, 0], [0, 1], [1, 0], [1, 1]]``, ``T = [[0], [1], [1], [0]]``:
    shapes ``(4, 2)`` and ``(4, 1)``, two examples of each class.
    """
    X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    T = np.array([[0.0], [1.0], [1.0], [0.0]])
    return X, T


def two_circles(n: int = 100, noise: float = 0.1, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """A small ring of class 1 inside a larger ring of class 0, in the plane.

    The first ``n // 2`` rows lie on the inner circle of radius 0.5 (target
    1), the other ``n - n // 2`` on the outer circle of radius 1 (target 0),
    evenly spaced in angle; then Gaussian noise of standard deviation
    ``noise`` moves every point (with the default 0.1 the inner points lie
    between radius 0.3 and 0.7: the centre stays empty).  ``X`` has shape
    ``(n, 2)`` and lies in about ``[-1 - 3 noise, 1 + 3 noise]``; ``T`` has
    shape ``(n, 1)``.
    """
    n = _check_n(n)
    inner, outer = n // 2, n - n // 2
    return _labelled([(_circle(inner, 0.5), 1.0), (_circle(outer, 1.0), 0.0)], noise, seed)


def spiral(n: int = 100, noise: float = 0.05, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Two spirals wound into each other, one per class.

    Each arm turns one and a half times (angle ``3 pi r``) while its radius
    ``r`` grows from 0.05 to 1; the second arm is the first turned by half a
    circle.  The first ``n // 2`` rows are arm 0 (target 0), the other
    ``n - n // 2`` arm 1 (target 1); Gaussian noise of standard deviation
    ``noise`` moves every point.  ``X`` has shape ``(n, 2)`` and lies in
    about ``[-1 - 3 noise, 1 + 3 noise]``; ``T`` has shape ``(n, 1)``.
    """
    n = _check_n(n)
    first, second = n // 2, n - n // 2
    return _labelled([(_arm(first, 0.0), 0.0), (_arm(second, np.pi), 1.0)], noise, seed)


def three_classes(n: int = 150, noise: float = 0.35,
                  seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Three clouds of points in the plane, one per class, for a softmax output.

    The clouds are centred on the circle of radius 1, a third of a turn
    apart: class 0 at the top ``(0, 1)``, class 1 lower left, class 2 lower
    right.  Rows come class by class (``n // 3`` of each, the first classes
    one more where ``n`` does not divide by 3), every point drawn from a
    Gaussian of standard deviation ``noise`` around its centre (with the
    default 0.35 the clouds touch, and a few points lie in another's).  ``X``
    has shape ``(n, 2)``; ``T`` has shape ``(n, 3)``, one row per example that
    is 1 in its class's column and 0 elsewhere (a probability for each class,
    as cross-entropy with softmax wants).
    """
    n = _check_n(n)
    counts = [n // 3 + (k < n % 3) for k in range(3)]
    angles = np.pi / 2 + 2 * np.pi / 3 * np.arange(3)
    centres = np.column_stack([np.cos(angles), np.sin(angles)])
    noise = _check_noise(noise)
    rng = np.random.default_rng(check_whole_number("seed", seed, 0))
    X = np.repeat(centres, counts, axis=0) + rng.normal(0.0, noise, size=(n, 2))
    T = np.repeat(np.eye(3), counts, axis=0)
    return X, T


def curve(n: int = 40, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """A smooth curve to fit with one input and one output (regression).

    ``x`` is drawn uniformly from ``[-1, 1]`` and sorted (shape ``(n, 1)``);
    the target is

        t = 0.5 + 0.35 * sin(3 x)

    which stays inside ``[0.15, 0.85]``, well within the sigmoid's reach.
    No noise: the difficulty is the shape, not the scatter.
    """
    n = _check_n(n)
    rng = np.random.default_rng(check_whole_number("seed", seed, 0))
    X = np.sort(rng.uniform(-1.0, 1.0, size=n)).reshape(n, 1)
    T = 0.5 + 0.35 * np.sin(3.0 * X)
    return X, T


def line(n: int = 10) -> tuple[np.ndarray, np.ndarray]:
    """Points on a straight line, to fit with one input, one output and no hidden layer.

    ``x`` runs evenly from 0 to 1 (``n`` points, shape ``(n, 1)``) and

        t = 0.25 + 0.5 * x

    (from 0.25 to 0.75).  No noise: a linear network ``Network([1, 1],
    "linear")`` fits it exactly with ``w_12 = 0.5`` and ``b_2 = 0.25``, where
    ``E = 0``.  Over ``w_12`` and ``b_2`` its error is a bowl, a long valley
    that runs at a slant (``x`` is never negative, so a larger ``w_12`` can
    be made up by a smaller ``b_2``): the surface of notebook 5.
    """
    n = check_whole_number("n", n, 2, MAX_EXAMPLES, WHY_MAX_EXAMPLES)
    X = np.linspace(0.0, 1.0, n).reshape(n, 1)
    return X, 0.25 + 0.5 * X


def _labelled(groups, noise, seed):
    """``(X, T)`` from ``groups`` of ``(points, target)``, in that order, every
    point moved by Gaussian noise of standard deviation ``noise`` drawn from ``seed``."""
    noise = _check_noise(noise)
    rng = np.random.default_rng(check_whole_number("seed", seed, 0))
    X = np.concatenate([points for points, _ in groups])
    X += rng.normal(0.0, noise, size=X.shape)
    T = np.concatenate([np.full(len(points), target) for points, target in groups])
    return X, T.reshape(-1, 1)


def _circle(count, radius):
    angle = np.linspace(0.0, 2.0 * np.pi, count, endpoint=False)
    return radius * np.column_stack([np.cos(angle), np.sin(angle)])


def _arm(count, turn):
    r = np.linspace(0.05, 1.0, count)
    angle = 3.0 * np.pi * r + turn
    return r[:, None] * np.column_stack([np.cos(angle), np.sin(angle)])


def _check_n(n):
    """A number of examples: a whole number from 4 to ``MAX_EXAMPLES``."""
    return check_whole_number("n", n, 4, MAX_EXAMPLES, WHY_MAX_EXAMPLES)


def _check_noise(noise):
    """A standard deviation: a finite number from 0 to ``MAX_NOISE``."""
    what = "number of at least 0 (a standard deviation)"
    noise = check_real("noise", noise, what)
    if noise < 0:
        raise ValueError(tr("noise must be a finite {what}, got {noise!r}", what=tr(what), noise=noise))
    if noise > MAX_NOISE:
        raise ValueError(tr("noise must be at most {max_noise} (a hundred times the data's own size: the "
                            "shapes are long gone), got {noise!r}", max_noise=MAX_NOISE, noise=noise))
    return noise
