"""The error as a landscape over two parameters, and walks down it.

Pick two parameters of a network (a weight ``w_ij`` or a bias ``b_j``) and
keep every other one as it is: the error ``E`` on a data set ``(X, T)``
becomes a function of two numbers, a surface that a picture can show as a
map (``pictures/surface_plots.py``).  On it:

- the gradient ``(dE/dp1, dE/dp2)`` at a point: the engine's own ``dE_dw``
  (or ``dE_db``) of those two parameters, read after ``Network.backward``;
  its negative points straight downhill;
- a path: the update rule applied again and again to those two parameters
  (``descent_path``), with plain gradient descent, momentum or Adam
  (``optimisers.py``), on the whole data set or on minibatches;
- each example's gradient: for a batch, ``dE/dw`` is the mean of the
  examples' own ``dE/dw`` (``ErrorSurface.example_gradients``).

A parameter is named as the diagram names it, ``"w_46"`` or ``"b_6"``
(``names.py``), or by its id in the step record (``steps.py``):
``("edge", l, i, j)`` for ``weights[l][i, j]``, ``("bias", l, j)`` for
``biases[l - 1][j]``, the bias of node ``j`` of layer ``l``.

Every number comes from the engine: the map is ``forward_pass`` of
``network.py`` run once on a stack of copies of the network, one per point
of the grid (as the rate sweep stacks one per learning rate), and
the network's error function (``errors.py``); a gradient is ``Network.forward`` and
``Network.backward``.  Nothing here writes a formula of the lesson again.

Left out on purpose: surfaces over more than two parameters, and paths that
move the other parameters too (``descent_path`` says why).
"""

from __future__ import annotations

import copy
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from .checks import check_array, check_positive_number, check_whole_number
from .formatting import format_number
from .language import tr
from .names import edge_label, node_label
from .network import Network, Overflow, check_network, forward_pass
from .optimisers import Adam, GradientDescent, Momentum, check_optimiser
from .quantities import are_whole_numbers, check_id
from .training import check_batches, check_data, describe_change, endless_batches

SPAN = 2.0          # the map reaches this far either side of its centre, in both parameters
POINTS = 61         # grid points along each side of the map
MAX_SPAN = 1000.0
WHY_MAX_SPAN = "a wider map shows nothing at the scale of a network's weights"
MAX_POINTS = 201
WHY_MAX_POINTS = "the map stacks points x points copies of the network in memory"
FLAT_FLOOR = 1e-3   # a floor curving less than this part of the steepest way is a line (a ramp's)
MAX_UPDATES = 100_000   # a path's updates at most: each runs the engine on a copy of the
                        # network, so 100 000 take about a minute (training's million, ten)


# --- naming a parameter ------------------------------------------------------------

def parameter_name(sizes, parameter):
    """The diagram's name of the parameter id ``parameter``: ``"w_46"``, ``"b_6"``."""
    if parameter[0] == "edge":
        return edge_label(sizes, *parameter[1:])
    return "b_" + node_label(sizes, *parameter[1:])


def parameter_ids(sizes):
    """The ids of every weight, then every bias, of a network of ``sizes``."""
    L = len(sizes) - 1
    edges = [("edge", l, i, j) for l in range(L)
             for i in range(sizes[l]) for j in range(sizes[l + 1])]
    biases = [("bias", l, j) for l in range(1, L + 1) for j in range(sizes[l])]
    return edges + biases


def parameter_id(sizes, parameter, name="parameter"):
    """The id of ``parameter``, given by its name (``"w_46"``, ``"b_6"``) or its id."""
    if isinstance(parameter, str):
        by_name = {parameter_name(sizes, p): p for p in parameter_ids(sizes)}
        if parameter not in by_name:
            raise ValueError(tr("{name} must name a weight or a bias of a network of sizes {sizes}, such as "
                                "{first_names} or {last_name}, got {parameter!r}",
                                name=name, sizes=sizes, first_names=', '.join(list(by_name)[:3]),
                                last_name=list(by_name)[-1], parameter=parameter))
        return by_name[parameter]
    if not (isinstance(parameter, (tuple, list)) and parameter
            and parameter[0] in ("edge", "bias") and are_whole_numbers(parameter[1:])):
        raise TypeError(tr("{name} must be a name such as 'w_46' or 'b_6', or an id ('edge', l, i, j) or "
                           "('bias', l, j) with whole numbers l, i, j, got {parameter!r}",
                           name=name, parameter=parameter))
    return check_id(parameter, sizes, name)


def check_parameters(net, parameters):
    """``parameters`` as two different ids of parameters of ``net``."""
    if isinstance(parameters, str) or not isinstance(parameters, (tuple, list)) \
            or len(parameters) != 2:
        raise TypeError(tr("parameters must be a pair of parameters such as ('w_46', 'b_6'), got "
                           "{parameters!r}", parameters=parameters))
    ids = tuple(parameter_id(net.sizes, p, f"parameters[{k}]") for k, p in enumerate(parameters))
    if ids[0] == ids[1]:
        raise ValueError(tr("parameters must be two different parameters, got {parameter} twice",
                            parameter=parameter_name(net.sizes, ids[0])))
    return ids


def value_of(net, parameter):
    """The value of the parameter with id ``parameter`` in ``net``."""
    if parameter[0] == "edge":
        _, l, i, j = parameter
        return float(net.weights[l][i, j])
    _, l, j = parameter
    return float(net.biases[l - 1][j])


def network_at(net, parameters, point):
    """A copy of ``net`` whose two ``parameters`` (ids) have the values ``point``."""
    moved = net.copy()
    for parameter, value in zip(parameters, point):
        if parameter[0] == "edge":
            _, l, i, j = parameter
            moved.weights[l][i, j] = value
        else:
            _, l, j = parameter
            moved.biases[l - 1][j] = value
    return moved


# --- the surface ----------------------------------------------------------------

@dataclass(frozen=True, eq=False)
class ErrorSurface:
    """``E`` on ``(X, T)`` over two parameters of ``net``, every other one fixed.

    ``parameters``: the two ids, ``names`` their names (``"w_46"``, ``"b_6"``).
    ``centre``: the network's own values of the two, the middle of the map.
    ``first``, ``second``: the grid's values of each parameter (increasing);
    ``E[r, c]`` is ``E`` with the first parameter at ``first[c]`` and the
    second at ``second[r]`` (rows go with the second parameter, as a map's
    rows go with its height: what ``contourf(first, second, E)`` takes).
    Every ``E`` is finite.  ``y[r, c]``: the network's outputs there, one row
    per example (shape ``(N, n_out)``), which ``E`` compares with ``T``.
    """

    net: Network
    X: np.ndarray
    T: np.ndarray
    parameters: tuple
    names: tuple
    centre: np.ndarray
    first: np.ndarray
    second: np.ndarray
    E: np.ndarray
    y: np.ndarray

    @property
    def bounds(self) -> tuple[np.ndarray, np.ndarray]:
        """``(low, high)``: the map's corners, each a point ``(p1, p2)``."""
        return (np.array([self.first[0], self.second[0]]),
                np.array([self.first[-1], self.second[-1]]))

    def contains(self, point: ArrayLike) -> bool:
        """True if ``point`` lies on the map (its edges included)."""
        point = check_point("point", point)
        low, high = self.bounds
        return bool(np.all((low <= point) & (point <= high)))

    def minimum(self) -> np.ndarray | None:
        """The bottom of the map, if it has one: the point where ``E`` is lowest.

        The lowest point of the grid, moved by one Newton step on the
        parabola through it and its eight neighbours: exactly the bottom if
        ``E`` is a quadratic bowl (a linear network's ``E`` is).  ``None`` if
        that grid point or that step is on the map's edge or off it, or if
        the floor is a line rather than a point (``E`` as flat along it as a
        ramp's: the demo's ``E`` depends on ``0.661 * w_46 + b_6`` only).
        """
        r, c = np.unravel_index(np.argmin(self.E), self.E.shape)
        if not (0 < r < len(self.second) - 1 and 0 < c < len(self.first) - 1):
            return None
        h = np.array([self.first[1] - self.first[0], self.second[1] - self.second[0]])
        E = self.E[r - 1:r + 2, c - 1:c + 2]          # E[1, 1] the lowest, rows along second
        slope = np.array([E[1, 2] - E[1, 0], E[2, 1] - E[0, 1]]) / (2 * h)
        across = (E[2, 2] - E[2, 0] - E[0, 2] + E[0, 0]) / (4 * h[0] * h[1])
        curvature = np.array([[(E[1, 2] - 2 * E[1, 1] + E[1, 0]) / h[0] ** 2, across],
                              [across, (E[2, 1] - 2 * E[1, 1] + E[0, 1]) / h[1] ** 2]])
        flattest, steepest = np.linalg.eigvalsh(curvature)
        if flattest <= FLAT_FLOOR * steepest:
            return None
        bottom = np.array([self.first[c], self.second[r]]) - np.linalg.solve(curvature, slope)
        return bottom if self.contains(bottom) else None

    def error_at(self, point: ArrayLike, X: ArrayLike | None = None,
                 T: ArrayLike | None = None) -> float:
        """``E`` at ``point`` on ``(X, T)`` (the surface's data set if ``None``)."""
        point = check_point("point", point)
        X, T = (self.X, self.T) if X is None else (X, T)
        return network_at(self.net, self.parameters, point).error(X, T)

    def gradient_at(self, point: ArrayLike, X: ArrayLike | None = None,
                    T: ArrayLike | None = None) -> tuple[float, np.ndarray]:
        """``(E, gradient)`` at ``point`` on ``(X, T)`` (the surface's data set if ``None``).

        The gradient is ``(dE/dp1, dE/dp2)``: the engine's ``dE_dw[l][i, j]``
        of a weight, ``dE_db[l - 1][j]`` of a bias, after ``forward(X)`` and
        ``backward(T)`` with the two parameters at ``point``.
        """
        point = check_point("point", point)
        X, T = (self.X, self.T) if X is None else (X, T)
        probe = network_at(self.net, self.parameters, point)
        probe.forward(X)
        E = probe.backward(T)
        return E, np.array([derivative_of(probe, p) for p in self.parameters])

    def example_gradients(self, point: ArrayLike) -> np.ndarray:
        """Each example's own gradient at ``point``: shape ``(N, 2)``, row ``k`` for
        ``(X[k], T[k])`` alone.  Their mean is the data set's gradient (for a
        batch, ``dE/dw`` is the mean of the examples' ``dE/dw``)."""
        point = check_point("point", point)
        return np.array([self.gradient_at(point, self.X[k:k + 1], self.T[k:k + 1])[1]
                         for k in range(len(self.X))])


def check_point(name, point):
    """``point`` as a point ``(p1, p2)`` of a surface: two finite real numbers."""
    return check_array(name, point, (2,))


def check_names(names):
    """``names`` as a tuple of two different, non-empty strings: a map's two axes."""
    if isinstance(names, str) or not isinstance(names, (list, tuple)) \
            or not all(isinstance(name, str) for name in names):
        raise TypeError(tr("names must be a pair of texts such as ('w', 'b'), got {names!r}", names=names))
    if len(names) != 2 or not all(name.strip() for name in names) or names[0] == names[1]:
        raise ValueError(tr("names must be two different, non-empty texts, got {names!r}", names=names))
    return tuple(names)


def derivative_of(net, parameter):
    """``dE/dw`` (or ``dE/db``) of the parameter with id ``parameter``, from ``net``'s
    last ``backward``."""
    if parameter[0] == "edge":
        _, l, i, j = parameter
        return float(net.dE_dw[l][i, j])
    _, l, j = parameter
    return float(net.dE_db[l - 1][j])


def error_surface(net: Network, X: ArrayLike, T: ArrayLike, parameters: Sequence[str | tuple],
                  span: float = SPAN, points: int = POINTS,
                  centre: ArrayLike | None = None, names: Sequence[str] | None = None) -> ErrorSurface:
    """The :class:`ErrorSurface` of ``net`` on ``(X, T)`` over two ``parameters``.

    ``parameters``: two names (``("w_46", "b_6")``) or ids.  The map is a
    square of ``points`` x ``points`` values around ``centre`` (the two
    parameters' values in ``net`` if ``None``; else the map's network has
    them at ``centre``), each parameter from its centre value minus ``span``
    to plus ``span`` (the same span for both,
    so that a picture drawn to scale shows the gradient at right angles to
    the contour lines).  ``X`` has shape ``(N, n_in)``, ``T`` ``(N, n_out)``
    (or one example each).  ``names``: what the map calls the two parameters
    (``("w", "b")`` for a model written ``y = w x + b``; by default the diagram's
    names).  ``net`` is not changed (the surface keeps a copy).
    ``span`` is at most ``MAX_SPAN`` (1000) and ``points`` from 3 to
    ``MAX_POINTS`` (201): the map holds ``points * points`` copies of the network.
    """
    check_network(net)
    X, T = check_data(net, X, T)
    parameters = check_parameters(net, parameters)
    span = check_positive_number("span", span, MAX_SPAN, WHY_MAX_SPAN)
    points = check_whole_number("points", points, 3, MAX_POINTS, WHY_MAX_POINTS)
    if centre is None:
        centre = [value_of(net, p) for p in parameters]
    centre = check_point("centre", centre)
    net = network_at(net, parameters, centre)           # a copy
    first, second = (np.linspace(c - span, c + span, points) for c in centre)
    E, y = grid_errors(net, X, T, parameters, first, second)
    if names is None:
        names = [parameter_name(net.sizes, p) for p in parameters]
    names = check_names(names)
    return ErrorSurface(net, X, T, parameters, names, centre, first, second, E, y)


@np.errstate(over="ignore", invalid="ignore")
def grid_errors(net, X, T, parameters, first, second):
    """``(E, y)``: ``E[r, c]`` with the two parameters at ``(first[c], second[r])``, and
    ``y[r, c]`` the outputs there: the engine's ``forward_pass`` on a stack of copies
    of the network, one per point of the grid."""
    p1, p2 = np.meshgrid(first, second)
    weights = [np.repeat(w[np.newaxis], p1.size, axis=0) for w in net.weights]
    biases = [np.repeat(b[np.newaxis, np.newaxis], p1.size, axis=0) for b in net.biases]
    for parameter, values in zip(parameters, (p1.ravel(), p2.ravel())):
        if parameter[0] == "edge":
            _, l, i, j = parameter
            weights[l][:, i, j] = values
        else:
            _, l, j = parameter
            biases[l - 1][:, 0, j] = values
    x, y = forward_pass(X, weights, biases, net.activations)
    E = net.error_function.E(x[-1], y[-1], T).reshape(p1.shape)
    if not np.isfinite(E).all():
        raise Overflow(tr("the error overflowed (inf or NaN) on part of the map: "
                          "use a smaller span"))
    return E, y[-1].reshape(p1.shape + T.shape)


# --- walking down it ---------------------------------------------------------------

@dataclass(frozen=True, eq=False)
class Path:
    """What ``descent_path`` returns; every number in it is finite.

    ``points[k]``: the two parameters after ``k`` updates (``points[0]`` is
    the start).  ``errors[k]``: ``E`` there on the whole data set (the
    surface's ``E``).  ``batch_errors[k]``: ``E`` on the batch that update
    ``k`` used, before it (for the whole data set, ``errors[k]``).
    ``examples_seen[k]``: how many examples the first ``k`` updates used.
    ``left_map``: True if the path stopped because its last point lies off the
    map (that point is kept, so that a picture can draw the way out).
    ``diverged``: True if it stopped because a number overflowed.
    ``optimiser``: the optimiser as it was given (its state before the walk),
    ``batch_size``: the examples an update used (``None``: all of them).
    ``label``: the optimiser and the batch size, ``message``: how it went.
    """

    points: np.ndarray
    errors: np.ndarray
    batch_errors: np.ndarray
    examples_seen: np.ndarray
    left_map: bool
    diverged: bool
    optimiser: GradientDescent | Momentum | Adam
    batch_size: int | None
    label: str
    message: str

    @property
    def updates(self) -> int:
        """How many updates the path made."""
        return len(self.points) - 1


def descent_path(surface: ErrorSurface, optimiser: GradientDescent | Momentum | Adam, epochs: int,
                 batch_size: int | None = None, seed: int = 0,
                 start: ArrayLike | None = None) -> Path:
    """Walk down ``surface`` from ``start`` (its centre if ``None``) with ``optimiser``.

    Each update moves the surface's two parameters only, by the optimiser's
    rule (``optimisers.py``) from their gradient on a batch: plain gradient
    descent is the lesson's ``w <- w - alpha * dE/dw`` for each of the two.
    Every other weight and bias stays as it is, so that every point of the
    path lies on the surface drawn and every step starts along the arrow
    drawn there.  (Training the whole network moves all the parameters at
    once: the surface under it changes at every update, and its path, seen on
    this map, would not walk down this picture.  Its first step is the same
    as this one's, each parameter moving by its own ``-alpha * dE/dw``.)

    ``epochs``: each epoch uses every example once: one update on the whole
    data set (``batch_size=None``), or ``ceil(N / batch_size)`` updates on
    minibatches drawn as ``train`` draws them (a new order every epoch from
    ``seed``).  So paths of batch size 1, a few and all, with the same
    ``epochs`` and ``seed``, see the same data as often from the same start.
    The path makes at most ``MAX_UPDATES`` (100 000) updates in all, about a
    minute's work: ``epochs`` times the updates of an epoch may be no more.

    The path stops early when a point leaves the map (``left_map``; that
    point is kept) or a number overflows (``diverged``; the points before it
    are kept).  ``optimiser`` is copied: the one given stays as it was.
    """
    if not isinstance(surface, ErrorSurface):
        raise TypeError(tr("surface must be an ErrorSurface (from error_surface), got {type}",
                           type=type(surface).__name__))
    given = copy.deepcopy(check_optimiser(optimiser))
    optimiser = copy.deepcopy(given)
    batch_size, seed = check_batches(batch_size, seed, surface.X)
    per_epoch = 1 if batch_size is None else math.ceil(len(surface.X) / batch_size)
    epochs = check_whole_number("epochs", epochs, 1, MAX_UPDATES // per_epoch,
                                f"{per_epoch} update{'s' if per_epoch > 1 else ''} an epoch, "
                                f"and a path makes at most {MAX_UPDATES:,} updates, "
                                "about a minute's work")
    point = surface.centre if start is None else check_start(surface, start)
    updates = epochs * per_epoch
    batches = endless_batches(surface.X, surface.T, batch_size, seed)
    walk = Walk(surface, point)
    for _ in range(updates):
        if not walk.take_step(optimiser, *next(batches)):
            break
    return walk.path(given, batch_size)


class Walk:
    """A path being walked on ``surface``: its points so far, and whether it had to stop."""

    def __init__(self, surface, start):
        self.surface = surface
        self.points, self.errors = [start], [surface.error_at(start)]
        self.batch_errors, self.examples_seen = [], [0]
        self.left_map = self.diverged = False

    def take_step(self, optimiser, X_batch, T_batch):
        """One update on ``(X_batch, T_batch)``; False if the path has to stop there."""
        try:
            E_batch, gradient = self.surface.gradient_at(self.points[-1], X_batch, T_batch)
            point = optimiser.step(self.points[-1], gradient)
            E = self.surface.error_at(point)
        except Overflow:
            self.diverged = True
            return False
        self.batch_errors.append(E_batch)
        self.points.append(point)
        self.errors.append(E)
        self.examples_seen.append(self.examples_seen[-1] + len(X_batch))
        self.left_map = not self.surface.contains(point)
        return not self.left_map

    def path(self, optimiser, batch_size):
        """The :class:`Path` walked by ``optimiser`` (as given) on batches of ``batch_size``."""
        k = len(self.points) - 1
        if self.left_map:
            message = tr("left the map at update {k}", k=k)
        elif self.diverged:
            message = tr("diverged at update {k}: a number overflowed", k=k + 1)
        else:
            message = tr("E {change} in {updates} update" if k == 1 else "E {change} in {updates} updates",
                         change=describe_change(self.errors[0], self.errors[-1]), updates=k)
        batch = tr("all examples") if batch_size is None else tr("batch size {n}", n=batch_size)
        return Path(np.array(self.points), np.array(self.errors),
                    np.array(self.batch_errors), np.array(self.examples_seen),
                    self.left_map, self.diverged, optimiser, batch_size,
                    tr("{optimiser}, {batch}", optimiser=optimiser, batch=batch), message)


def check_start(surface, start):
    """``start`` as a point ``(p1, p2)`` on the map of ``surface``."""
    start = check_point("start", start)
    if not surface.contains(start):
        low, high = surface.bounds
        low, high = [format_number(v) for v in low], [format_number(v) for v in high]
        raise ValueError(tr("start must lie on the map, {names_0} from {low_0} to {high_0} and {names_1} "
                            "from {low_1} to {high_1}, got {start}",
                            names_0=surface.names[0], low_0=low[0], high_0=high[0], names_1=surface.names[1],
                            low_1=low[1], high_1=high[1], start=tuple(start.tolist())))
    return start
