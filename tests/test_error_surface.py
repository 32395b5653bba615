"""The error surface over two parameters: its map, its gradient, the examples' gradients, paths."""

import warnings

import numpy as np
import pytest

from bp_helpers import DEMO_EXAMPLE, Network, datasets, demo_network, trace
from bp_helpers.error_surface import (
    MAX_POINTS,
    MAX_SPAN,
    MAX_UPDATES,
    ErrorSurface,
    descent_path,
    error_surface,
    network_at,
    parameter_id,
    parameter_ids,
    parameter_name,
    value_of,
)
from bp_helpers.optimisers import Adam, GradientDescent, Momentum
from bp_helpers.training import endless_batches

W_46, B_6 = ("edge", 2, 0, 0), ("bias", 3, 0)


def demo_surface(**options):
    return error_surface(demo_network(), *DEMO_EXAMPLE, ("w_46", "b_6"), **options)


def line_surface():
    """A straight line ``y = w_12 x + b_2`` fitted to four points: a bowl over (w_12, b_2)."""
    X = np.array([[0.5], [1.0], [1.5], [2.0]])
    net = Network([1, 1], "linear", weights=[[[0.2]]], biases=[[0.0]])
    return error_surface(net, X, 0.8 * X - 0.3, ("w_12", "b_2"), span=1.5)


def xor_surface():
    X, T = datasets.xor()
    return error_surface(Network([2, 2, 1], seed=3), X, T, ("w_24", "b_3"), span=3.0)


# --- naming the parameters ----------------------------------------------------------

def test_the_diagrams_names_are_the_step_records_ids():
    assert parameter_id([1, 2, 2, 1], "w_46") == W_46
    assert parameter_id([1, 2, 2, 1], "b_6") == B_6
    assert parameter_id([1, 2, 2, 1], ("bias", 1, 1)) == ("bias", 1, 1)
    sizes = [1, 2, 2, 1]
    assert len(parameter_ids(sizes)) == 2 + 4 + 2 + 2 + 2 + 1
    assert all(parameter_id(sizes, parameter_name(sizes, p)) == p for p in parameter_ids(sizes))


def test_an_id_reads_the_value_the_step_record_writes_for_it():
    record = trace(demo_network(), *DEMO_EXAMPLE, 1.0)
    updates = [step for step in record if step.phase == "update"]
    assert len(updates) == len(parameter_ids([1, 2, 2, 1]))
    for step in updates:
        assert value_of(record.after, step.target) == step.value


def test_network_at_moves_the_two_parameters_only_and_on_a_copy():
    net = demo_network()
    moved = network_at(net, (W_46, B_6), (1.5, -0.25))
    assert moved.weights[2][0, 0] == 1.5 and moved.biases[2][0] == -0.25
    assert net.weights[2][0, 0] == 0.9 and net.biases[2][0] == 0.1
    moved.weights[2][0, 0], moved.biases[2][0] = 0.9, 0.1
    for a, b in zip(moved.weights + moved.biases, net.weights + net.biases):
        assert np.array_equal(a, b)


@pytest.mark.parametrize("parameters, error, match", [
    ("w_46", TypeError, "parameters must be a pair"),
    (("w_46",), TypeError, "parameters must be a pair"),
    (("w_46", "w_99"), ValueError, r"parameters\[1\] must name a weight or a bias .* got 'w_99'"),
    (("w_46", ("node", 1, 0)), TypeError, r"parameters\[1\] must be a name"),
    ((("edge", 5, 0, 0), "b_6"), ValueError, r"parameters\[0\]"),
    (("w_46", ("bias", 3.0, 0)), TypeError,
     r"parameters\[1\] must be .* with whole numbers l, i, j, got \('bias', 3.0, 0\)"),
    ((("edge", 1, 0, True), "b_6"), TypeError, r"parameters\[0\] must be a name .* whole numbers"),
    ((("edge", 1, 0), "b_6"), ValueError, r"parameters\[0\] must be an id \('node'"),
    (("b_6", B_6), ValueError, "two different parameters, got b_6 twice"),
])
def test_bad_parameters_are_refused_by_name(parameters, error, match):
    with pytest.raises(error, match=match):
        error_surface(demo_network(), *DEMO_EXAMPLE, parameters)


def test_the_map_names_its_axes_as_told_or_as_the_diagram_does():
    X, T = datasets.line()
    net = Network([1, 1], "linear", weights=[[[0.0]]], biases=[[0.0]])
    assert error_surface(net, X, T, ("w_12", "b_2")).names == ("w_12", "b_2")
    assert error_surface(net, X, T, ("w_12", "b_2"), names=["w", "b"]).names == ("w", "b")


@pytest.mark.parametrize("names, error, match", [
    ("wb", TypeError, "names must be a pair of texts"),
    (("w", 2), TypeError, "names must be a pair of texts"),
    (("w",), ValueError, "names must be two different, non-empty texts"),
    (("w", " "), ValueError, "names must be two different, non-empty texts"),
    (("w", "w"), ValueError, "names must be two different, non-empty texts"),
])
def test_bad_names_are_refused_by_name(names, error, match):
    with pytest.raises(error, match=match):
        error_surface(demo_network(), *DEMO_EXAMPLE, ("w_46", "b_6"), names=names)


@pytest.mark.parametrize("options, error, match", [
    ({"span": 0}, ValueError, "span"),
    ({"points": 2}, ValueError, "points"),
    ({"points": 10.0}, TypeError, "points"),
    ({"span": 1e308}, ValueError, f"span must be at most {MAX_SPAN}"),
    ({"span": MAX_SPAN * 1.001}, ValueError, f"span must be at most {MAX_SPAN}"),
    ({"points": MAX_POINTS + 1}, ValueError, f"points must be at most {MAX_POINTS}"),
    ({"points": 10**6}, ValueError, f"points must be at most {MAX_POINTS}"),
])
def test_bad_maps_are_refused_by_name(options, error, match):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(error, match=match):
            demo_surface(**options)


def test_the_largest_map_allowed_is_drawn():
    surface = error_surface(Network([1, 1], "linear", seed=1), [[0.5]], [[0.2]],
                            ("w_12", "b_2"), span=MAX_SPAN, points=MAX_POINTS)
    assert surface.E.shape == (MAX_POINTS, MAX_POINTS) and np.isfinite(surface.E).all()


@pytest.mark.parametrize("point, error, match", [
    ([0.5], ValueError, r"point must have shape \(2,\), got shape \(1,\)"),
    ([0.5, -1.0, 7.0], ValueError, r"point must have shape \(2,\), got shape \(3,\)"),
    (-1.25, ValueError, r"point must have shape \(2,\)"),
    ([[0.5, 1.0]], ValueError, r"point must have shape \(2,\)"),
    ([False, True], TypeError, "point must be numbers"),
    ("xy", TypeError, "point must be numbers"),
    ([-(10**500), 0], ValueError, "point must be numbers a float can hold"),
    ([np.inf, 0.0], ValueError, "point must be finite"),
    ([0.0, np.nan], ValueError, "point must be finite"),
])
@pytest.mark.parametrize("method", ["error_at", "gradient_at", "example_gradients", "contains"])
def test_a_bad_point_is_refused_by_name(method, point, error, match):
    surface = line_surface()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(error, match=match):
            getattr(surface, method)(point)


def test_a_map_whose_error_overflows_says_so():
    net = Network([1, 1], "linear", weights=[[[0.0]]], biases=[[0.0]])
    with pytest.raises(ValueError, match="overflowed .* smaller span"):
        error_surface(net, [[1e200]], [[0.0]], ("w_12", "b_2"))


# --- the map ---------------------------------------------------------------------

def test_the_map_is_the_networks_own_error_at_every_point():
    surface = xor_surface()
    assert surface.E.shape == (61, 61) and np.isfinite(surface.E).all()
    assert surface.names == ("w_24", "b_3")
    assert surface.centre == pytest.approx([value_of(surface.net, p) for p in surface.parameters])
    for r, c in [(0, 0), (30, 30), (60, 7), (12, 45)]:
        point = (surface.first[c], surface.second[r])
        E = network_at(surface.net, surface.parameters, point).error(surface.X, surface.T)
        assert surface.E[r, c] == pytest.approx(E, rel=1e-13)


def test_the_map_is_a_square_around_the_networks_values():
    surface = demo_surface(span=0.5, points=11)
    assert surface.first == pytest.approx(np.linspace(0.4, 1.4, 11))
    assert surface.second == pytest.approx(np.linspace(-0.4, 0.6, 11))
    assert surface.contains(surface.centre) and not surface.contains(surface.centre + [0.6, 0])


def test_a_map_may_be_centred_elsewhere_and_walks_on_it_are_the_same():
    X, T = datasets.line()
    net = Network([1, 1], "linear", weights=[[[0.0]]], biases=[[0.0]])
    whole = error_surface(net, X, T, ("w_12", "b_2"))
    close_up = error_surface(net, X, T, ("w_12", "b_2"), span=1.0, centre=(0.0, 1.0))
    assert close_up.first == pytest.approx(np.linspace(-1, 1, 61))
    assert close_up.second == pytest.approx(np.linspace(0, 2, 61))
    assert close_up.centre.tolist() == [value_of(close_up.net, p) for p in close_up.parameters]
    assert net.weights[0][0, 0] == 0.0 and net.biases[0][0] == 0.0          # not changed
    paths = [descent_path(surface, GradientDescent(0.3), 30, start=(-0.5, 1.8))
             for surface in (whole, close_up)]
    assert paths[0].points.tolist() == paths[1].points.tolist()
    with pytest.raises(ValueError, match="centre"):
        error_surface(net, X, T, ("w_12", "b_2"), centre=(0.0, np.inf))


def test_the_map_keeps_the_outputs_that_its_error_compares_with_the_targets():
    surface = line_surface()
    r, c = 17, 40
    net = network_at(surface.net, surface.parameters, (surface.first[c], surface.second[r]))
    assert surface.y[r, c] == pytest.approx(net.forward(surface.X), rel=1e-13)


def test_a_bowls_minimum_is_found_exactly_and_a_ramps_floor_is_no_point():
    assert line_surface().minimum() == pytest.approx([0.8, -0.3], abs=1e-9)    # t = 0.8 x - 0.3
    assert demo_surface().minimum() is None          # E depends on 0.661 w_46 + b_6 only
    assert demo_surface(span=0.1).minimum() is None  # its floor lies off this map


def test_a_path_keeps_its_optimiser_as_given_and_its_batch_size():
    surface = line_surface()
    momentum = Momentum(0.1, 0.9)
    path = descent_path(surface, momentum, 3, batch_size=2)
    assert path.optimiser is not momentum and path.optimiser.v is None
    assert (path.optimiser.learning_rate, path.optimiser.momentum, path.batch_size) == (0.1, 0.9, 2)


def test_error_surface_changes_neither_the_network_nor_the_data():
    net, (X, T) = Network([2, 2, 1], seed=3), datasets.xor()
    before = [p.copy() for p in net.weights + net.biases]
    X_before = X.copy()
    error_surface(net, X, T, ("w_13", "b_3"))
    assert all(np.array_equal(a, b) for a, b in zip(before, net.weights + net.biases))
    assert np.array_equal(X, X_before) and net.x is None


# --- the gradient ------------------------------------------------------------------

def test_the_gradient_is_exactly_the_engines_dE_dw_and_dE_db():
    net = demo_network()
    net.forward(DEMO_EXAMPLE[0])
    E = net.backward(DEMO_EXAMPLE[1])
    surface_E, gradient = demo_surface().gradient_at(np.array([0.9, 0.1]))
    assert surface_E == E
    assert gradient[0] == net.dE_dw[2][0, 0]          # dE/dw_46
    assert gradient[1] == net.dE_db[2][0]             # dE/db_6


def test_the_gradient_is_the_maps_slope():
    surface = xor_surface()
    point, h = surface.centre + [0.3, -0.2], 1e-6
    _, gradient = surface.gradient_at(point)
    for k in range(2):
        step = np.eye(2)[k] * h
        slope = (surface.error_at(point + step) - surface.error_at(point - step)) / (2 * h)
        assert gradient[k] == pytest.approx(slope, rel=1e-6, abs=1e-10)


def test_the_mean_of_the_examples_arrows_is_the_batchs_gradient():
    surface = xor_surface()
    point = surface.centre + [0.5, 0.25]
    each = surface.example_gradients(point)
    assert each.shape == (4, 2)
    net = network_at(surface.net, surface.parameters, point)
    net.forward(surface.X)
    net.backward(surface.T)
    assert each.mean(axis=0) == pytest.approx([net.dE_dw[0][1, 1], net.dE_db[0][0]],   # w_24, b_3
                                              rel=1e-13, abs=1e-16)
    alone = network_at(surface.net, surface.parameters, point)
    alone.forward(surface.X[2])
    alone.backward(surface.T[2])
    assert each[2].tolist() == [alone.dE_dw[0][1, 1], alone.dE_db[0][0]]
    assert len({tuple(row) for row in each}) == 4       # the examples pull different ways


# --- paths -------------------------------------------------------------------------

def test_a_path_is_the_update_rule_applied_again_and_again():
    surface, alpha = demo_surface(), 10.0
    path = descent_path(surface, GradientDescent(alpha), 15)
    assert path.updates == 15 and not path.left_map and not path.diverged
    for k in range(15):
        E, gradient = surface.gradient_at(path.points[k])
        assert path.points[k + 1].tolist() == (path.points[k] - alpha * gradient).tolist()
        assert path.errors[k] == E == path.batch_errors[k]
    assert path.errors[-1] < path.errors[0]
    assert path.message.startswith("E fell from 0.0392 to ")
    assert path.examples_seen.tolist() == list(range(16))


def test_a_path_that_leaves_the_map_stops_there_and_keeps_no_nan():
    surface = line_surface()
    path = descent_path(surface, GradientDescent(2.0), 50)
    assert path.left_map and not path.diverged
    assert path.message == f"left the map at update {path.updates}"
    assert all(surface.contains(p) for p in path.points[:-1])
    assert not surface.contains(path.points[-1])
    for numbers in (path.points, path.errors, path.batch_errors):
        assert np.isfinite(numbers).all()


def test_a_path_whose_step_overflows_stops_before_it():
    net = Network([1, 1], "linear", weights=[[[1.0]]], biases=[[0.0]])
    surface = error_surface(net, [[1e100]], [[0.0]], ("w_12", "b_2"))
    path = descent_path(surface, GradientDescent(1e300), 5)
    assert path.diverged and not path.left_map and path.updates == 0
    assert path.message == "diverged at update 1: a number overflowed"
    assert np.isfinite(path.points).all() and np.isfinite(path.errors).all()


def test_paths_of_every_batch_size_see_the_same_examples_as_often():
    surface = xor_surface()
    paths = {size: descent_path(surface, GradientDescent(3.0), 5, batch_size=size, seed=1)
             for size in (1, 2, 3, None)}
    assert {size: path.updates for size, path in paths.items()} == {1: 20, 2: 10, 3: 10, None: 5}
    assert {path.examples_seen[-1] for path in paths.values()} == {20}
    assert all(np.array_equal(path.points[0], surface.centre) for path in paths.values())
    assert paths[3].examples_seen[:3].tolist() == [0, 3, 4]     # 3 examples, then the fourth
    assert paths[1].label == "gradient descent (α = 3), batch size 1"
    assert paths[None].label == "gradient descent (α = 3), all examples"


def test_a_minibatch_path_takes_trains_minibatches():
    surface = xor_surface()
    path = descent_path(surface, GradientDescent(3.0), 3, batch_size=2, seed=4)
    batches = endless_batches(surface.X, surface.T, 2, 4)
    for k in range(path.updates):
        X_batch, T_batch = next(batches)
        E, gradient = surface.gradient_at(path.points[k], X_batch, T_batch)
        assert path.points[k + 1].tolist() == (path.points[k] - 3.0 * gradient).tolist()
        assert path.batch_errors[k] == E
        assert path.errors[k + 1] == surface.error_at(path.points[k + 1])


def test_the_seed_picks_the_minibatches():
    surface = xor_surface()
    one, again, other = (descent_path(surface, GradientDescent(3.0), 4, batch_size=1, seed=seed)
                         for seed in (0, 0, 1))
    assert np.array_equal(one.points, again.points)
    assert not np.array_equal(one.points, other.points)


def test_momentum_and_adam_paths_start_from_the_same_point_and_the_optimiser_is_copied():
    surface = line_surface()
    momentum = Momentum(0.4, momentum=0.8)
    paths = [descent_path(surface, optimiser, 25)
             for optimiser in (GradientDescent(0.4), momentum, Adam(0.1))]
    assert momentum.v is None                     # the optimiser given is left as it was
    assert all(np.array_equal(path.points[0], surface.centre) for path in paths)
    assert [path.updates for path in paths] == [25, 25, 25]
    assert paths[1].errors[-1] < paths[0].errors[-1]          # momentum reaches lower here
    assert paths[1].label == "momentum (α = 0.4, β = 0.8), all examples"


def test_a_path_may_start_anywhere_on_the_map():
    surface = line_surface()
    path = descent_path(surface, GradientDescent(0.1), 2, start=[1.0, -1.0])
    assert path.points[0].tolist() == [1.0, -1.0]


@pytest.mark.parametrize("call, error, match", [
    (lambda s: descent_path("map", GradientDescent(0.1), 1), TypeError, "surface"),
    (lambda s: descent_path(s, 0.1, 1), TypeError, "optimiser"),
    (lambda s: descent_path(s, GradientDescent(0.1), 0), ValueError, "epochs"),
    (lambda s: descent_path(s, GradientDescent(0.1), 1, batch_size=5), ValueError, "batch_size"),
    (lambda s: descent_path(s, GradientDescent(0.1), 1, seed=-1), ValueError, "seed"),
    (lambda s: descent_path(s, GradientDescent(0.1), 1, start=[9.0, 0.0]), ValueError,
     "start must lie on the map, w_12 from -1.30 to 1.70 "),
    (lambda s: descent_path(s, GradientDescent(0.1), 1, start=[0.0]), ValueError, "start"),
    (lambda s: descent_path(s, GradientDescent(0.1), 10**12), ValueError,
     f"epochs must be at most {MAX_UPDATES} "),
    (lambda s: descent_path(s, GradientDescent(0.1), MAX_UPDATES + 1), ValueError,
     f"epochs must be at most {MAX_UPDATES} "),
    (lambda s: descent_path(s, GradientDescent(0.1), MAX_UPDATES // 3 + 1, batch_size=1),
     ValueError, f"epochs must be at most {MAX_UPDATES // 4} \\(4 updates an epoch"),
])
def test_bad_paths_are_refused_by_name(call, error, match):
    with pytest.raises(error, match=match):
        call(line_surface())


def test_a_surface_is_an_error_surface():
    assert isinstance(demo_surface(), ErrorSurface)
