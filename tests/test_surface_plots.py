"""The pictures of the error surface: the map, the arrows, the paths, the examples' arrows."""

import numpy as np
import pytest
from matplotlib.colors import to_hex
from matplotlib.patches import ArrowStyle, FancyArrowPatch
from picture_checks import assert_legible, assert_markers_inside

from bp_helpers import DEMO_EXAMPLE, Network, demo_network
from bp_helpers.error_surface import descent_path, error_surface, network_at
from bp_helpers.formatting import format_number
from bp_helpers.optimisers import Adam, GradientDescent, Momentum
from bp_helpers.pictures import canvas, colors
from bp_helpers.pictures.plot_layout import log_tick
from bp_helpers.pictures.surface_plots import (
    ARROW_PART,
    HEAD_LENGTH,
    MAX_PATHS,
    RATE_STYLES,
    STEP_COLOR,
    Arrow,
    path_styles,
    plot_example_gradients,
    plot_paths,
    plot_surface,
)


def demo_surface():
    return error_surface(demo_network(), *DEMO_EXAMPLE, ("w_46", "b_6"))


def line_surface():
    """A straight line ``y = w_12 x + b_2`` fitted to four points: a bowl over (w_12, b_2)."""
    X = np.array([[0.5], [1.0], [1.5], [2.0]])
    net = Network([1, 1], "linear", weights=[[[0.2]]], biases=[[0.0]])
    return error_surface(net, X, 0.8 * X - 0.3, ("w_12", "b_2"), span=1.5)


def arrows(ax):
    """The arrows of ``ax``, as ``(tail, head, colour, width)``."""
    return [(np.array(patch._posA_posB[0]), np.array(patch._posA_posB[1]),
             to_hex(patch.get_edgecolor()), patch.get_linewidth())
            for patch in ax.patches if isinstance(patch, FancyArrowPatch)]


def legend_texts(figure):
    legends = [ax.get_legend() for ax in figure.axes if ax.get_legend()] + figure.legends
    return [text.get_text().replace("\n", " ") for legend in legends for text in legend.get_texts()]


def test_the_downhill_arrow_and_the_step_follow_the_engines_gradient():
    surface, alpha = demo_surface(), 10.0
    figure = plot_surface(surface, learning_rate=alpha)
    _, gradient = surface.gradient_at(surface.centre)       # the engine's dE/dw_46, dE/db_6
    downhill, step = sorted(arrows(figure.axes[0]), key=lambda arrow: arrow[3])
    width = surface.first[-1] - surface.first[0]
    tail, head, color, _ = downhill
    assert tail.tolist() == surface.centre.tolist()
    assert head - tail == pytest.approx(-ARROW_PART * width * gradient / np.hypot(*gradient))
    assert color == colors.DE_DW.lower()
    tail, head, color, _ = step
    assert head - tail == pytest.approx(-alpha * gradient, rel=1e-15)     # to scale
    assert color == STEP_COLOR.lower()
    assert legend_texts(figure)[1:] == ["downhill: −gradient, not to scale",
                                        "first step −α·gradient, α = 10, to scale"]


def test_the_downhill_arrow_is_drawn_over_a_path_along_it():
    surface = demo_surface()               # a ramp: the path runs along the way downhill
    figure = plot_surface(surface, learning_rate=1.0, path=descent_path(surface, GradientDescent(1.0), 30))
    ax = figure.axes[0]
    (downhill,) = [patch for patch in ax.patches if isinstance(patch, Arrow)]
    (path,) = [line for line in ax.get_lines() if line.get_label().startswith("the path")]
    (point,) = [line for line in ax.get_lines() if line.get_label().startswith("now")]
    (ring,) = [line for line in ax.get_lines() if line.get_markerfacecolor() == "none"]
    assert downhill.get_zorder() > point.get_zorder() > ring.get_zorder() > path.get_zorder()


def test_the_step_is_drawn_under_the_path_and_the_downhill_arrow_over_both():
    surface = line_surface()
    figure = plot_surface(surface, learning_rate=0.3, path=descent_path(surface, GradientDescent(0.3), 10))
    ax = figure.axes[0]
    step, downhill = sorted((patch for patch in ax.patches if isinstance(patch, Arrow)),
                            key=lambda arrow: -arrow.get_linewidth())
    (path,) = [line for line in ax.get_lines() if line.get_label().startswith("the path")]
    assert downhill.get_zorder() > path.get_zorder() > step.get_zorder()


def test_a_path_on_the_map_goes_through_its_points():
    surface = demo_surface()
    path = descent_path(surface, GradientDescent(10.0), 12)
    figure = plot_surface(surface, learning_rate=10.0, path=path)
    (line,) = [line for line in figure.axes[0].get_lines() if "path" in line.get_label()]
    assert np.column_stack(line.get_data()).tolist() == path.points.tolist()
    assert line.get_label() == "the path: 12 updates"
    assert_legible(figure)
    assert_markers_inside(figure)


def test_a_path_that_leaves_the_map_is_drawn_to_its_edge_and_says_so():
    surface = line_surface()
    path = descent_path(surface, GradientDescent(2.0), 50)
    assert path.left_map
    figure = plot_surface(surface, learning_rate=2.0, path=path)
    ax = figure.axes[0]
    low, high = surface.bounds
    drawn = np.vstack([np.column_stack(line.get_data()) for line in ax.get_lines()])
    assert np.isfinite(drawn).all()
    assert (drawn >= low - 1e-12).all() and (drawn <= high + 1e-12).all()
    (exit_arrow,) = [arrow for arrow in arrows(ax) if arrow[2] == to_hex(path_styles([path])[0][0])]
    tail, head, _, _ = exit_arrow
    assert tail.tolist() == path.points[-2].tolist()
    assert np.isclose(head, low).any() or np.isclose(head, high).any()   # on the map's edge
    assert any(text.endswith(f"left the map at update {path.updates}")
               for text in legend_texts(figure))
    assert_legible(figure)
    assert_markers_inside(figure)


def test_a_step_that_leaves_the_map_is_drawn_to_its_edge_and_says_so():
    surface = demo_surface()
    figure = plot_surface(surface, learning_rate=60.0)
    step = max(arrows(figure.axes[0]), key=lambda arrow: arrow[3])
    low, high = surface.bounds
    assert step[1][1] == pytest.approx(high[1])           # b_6 runs off the top
    assert legend_texts(figure)[2] == "first step −α·gradient, α = 60, to scale: it leaves the map"
    assert_legible(figure)


def test_paths_side_by_side_differ_in_colour_line_style_and_marker():
    surface = line_surface()
    optimisers = [GradientDescent(0.4), Momentum(0.4, 0.8), Adam(0.1)]
    paths = [descent_path(surface, optimiser, 25) for optimiser in optimisers]
    figure = plot_paths(surface, paths)
    map_ax, curve_ax = figure.axes
    for ax in (map_ax, curve_ax):
        lines = [line for line in ax.get_lines() if len(line.get_xdata()) > 1]
        styles = [(to_hex(line.get_color()), line.get_linestyle(), line.get_marker())
                  for line in lines]
        assert len({style[0] for style in styles}) == len({style[1] for style in styles}) \
            == len({style[2] for style in styles}) == 3
    assert [line.get_ydata().tolist() for line in curve_ax.get_lines()] == \
        [path.errors.tolist() for path in paths]
    assert curve_ax.get_xlabel() == "updates"
    texts = legend_texts(figure)
    assert texts == [path.label for path in paths]            # how E fell, the curves show
    assert_legible(figure)
    assert_markers_inside(figure)


def test_paths_of_different_batch_sizes_are_drawn_against_the_examples_seen():
    surface = line_surface()
    paths = [descent_path(surface, GradientDescent(0.2), 5, batch_size=size, seed=0)
             for size in (None, 2, 1)]
    figure = plot_paths(surface, paths, labels=["all 4", "2 at a time", "1 at a time"])
    curve_ax = figure.axes[1]
    assert curve_ax.get_xlabel() == "examples seen"
    assert [line.get_xdata()[-1] for line in curve_ax.get_lines()] == [20, 20, 20]
    assert legend_texts(figure) == ["all 4", "2 at a time", "1 at a time"]
    assert_legible(figure)


def test_a_path_that_stops_early_says_where_in_the_key_of_the_paths():
    surface = line_surface()
    paths = [descent_path(surface, GradientDescent(rate), 30) for rate in (0.2, 2.0)]
    figure = plot_paths(surface, paths)
    assert legend_texts(figure) == [paths[0].label, f"{paths[1].label}: {paths[1].message}"]
    assert paths[1].message.startswith("left the map at update")
    assert_legible(figure)
    assert_markers_inside(figure)


def test_the_examples_arrows_and_their_mean_are_drawn_to_one_scale():
    surface = line_surface()
    figure = plot_example_gradients(surface)
    ax = figure.axes[0]
    (mean,) = arrows(ax)                                   # the mean alone has a head
    thin = [line for line in ax.get_lines() if len(line.get_xdata()) == 2]
    assert all(line.get_markevery() == [1] for line in thin)          # a dot at the tip only
    gradients = surface.example_gradients(surface.centre)
    moves = np.array([np.diff(np.column_stack(line.get_data()), axis=0)[0] for line in thin])
    scale = moves[1][0] / -gradients[1][0]
    assert moves == pytest.approx(-scale * gradients, abs=1e-15)
    assert mean[1] - mean[0] == pytest.approx(moves.mean(axis=0), rel=1e-12)
    assert mean[3] > max(line.get_linewidth() for line in thin)
    assert legend_texts(figure)[1:] == ["each example's −gradient (4)",
                                        "their mean: the batch's −gradient", "all drawn to one scale"]
    assert_legible(figure)


@pytest.mark.parametrize("draw", [
    lambda s: plot_surface(s, learning_rate=1.0),
    lambda s: plot_paths(s, [descent_path(s, GradientDescent(1.0), 5)]),
    plot_example_gradients,
])
def test_every_picture_fits_a_notebook_column(draw):
    figure = draw(demo_surface())
    assert isinstance(figure, canvas.CourseFigure)
    width, height = canvas.shown_size(figure)
    assert width <= canvas.MAX_WIDTH_PX and height <= canvas.MAX_HEIGHT_PX


@pytest.mark.parametrize("call, error, match", [
    (lambda s, p: plot_surface("map"), TypeError, "surface must be an ErrorSurface"),
    (lambda s, p: plot_surface(s, point=[1.0]), ValueError, "point"),
    (lambda s, p: plot_surface(s, learning_rate=0), ValueError, "learning_rate"),
    (lambda s, p: plot_surface(s, path=[p]), TypeError, "path must be a Path"),
    (lambda s, p: plot_paths(s, p), TypeError, "paths must be a list"),
    (lambda s, p: plot_paths(s, []), ValueError, f"paths must hold 1 to {MAX_PATHS}"),
    (lambda s, p: plot_paths(s, [p, "p"]), TypeError, r"paths\[1\]"),
    (lambda s, p: plot_paths(s, [p], labels=["a", "b"]), ValueError, "labels"),
    (lambda s, p: plot_paths(s, [p], labels="a"), TypeError, "labels"),
    (lambda s, p: plot_paths(s, [p], panels=[0]), TypeError, "panels"),
    (lambda s, p: plot_paths(s, [p], panels=[[0], [0]]), ValueError, "panels"),
    (lambda s, p: plot_paths(s, [p, p], panels=[[1]]), ValueError, "panels"),
    (lambda s, p: plot_example_gradients(s, point=[np.nan, 0.0]), ValueError, "point"),
])
def test_bad_arguments_are_refused_by_name(call, error, match):
    surface = demo_surface()
    with pytest.raises(error, match=match):
        call(surface, descent_path(surface, GradientDescent(1.0), 2))


# --- what the learner must be able to read off the map --------------------------------

def drawn_arrows(figure):
    """Every arrow of ``figure`` as drawn: ``(length in pixels, head length in pixels, has a head)``."""
    renderer = figure.canvas.get_renderer()
    figure.draw_without_rendering()
    found = []
    for ax in figure.axes:
        for patch in ax.patches:
            if isinstance(patch, Arrow):
                tail, head = patch.get_transform().transform(patch._posA_posB)
                found.append((np.hypot(*(head - tail)),
                              renderer.points_to_pixels(patch.get_mutation_scale() * HEAD_LENGTH),
                              isinstance(patch.get_arrowstyle(), ArrowStyle.CurveFilledB)))
    return found


def test_an_arrow_shorter_than_its_head_is_drawn_without_one():
    surface = demo_surface()
    figure = plot_example_gradients(surface)
    ax = figure.axes[0]
    tail = surface.centre
    short = ax.add_patch(Arrow(tail, tail + [0.01, 0.01], arrowstyle="-|>", mutation_scale=25))
    long = ax.add_patch(Arrow(tail, tail + [1.0, 1.0], arrowstyle="-|>", mutation_scale=25))
    figure.draw_without_rendering()
    assert isinstance(short.get_arrowstyle(), ArrowStyle.Curve)           # a plain line
    assert isinstance(long.get_arrowstyle(), ArrowStyle.CurveFilledB)     # -|>
    for draw in (lambda s: plot_surface(s, learning_rate=1.0),
                 lambda s: plot_paths(s, [descent_path(s, GradientDescent(50.0), 30)]),
                 plot_example_gradients):
        for length, head, has_head in drawn_arrows(draw(surface)):
            assert has_head == (length > head)


def test_a_step_too_short_to_see_is_ringed():
    surface = demo_surface()                  # the demo's first step, alpha = 1: 0.0791 long
    figure = plot_surface(surface, learning_rate=1.0)
    ax = figure.axes[0]
    _, gradient = surface.gradient_at(surface.centre)
    assert [arrow[3] for arrow in arrows(ax)] == [2.0]                 # the downhill arrow only
    (ring,) = [line for line in ax.get_lines() if line.get_markerfacecolor() == "none"]
    assert np.column_stack(ring.get_data())[0].tolist() == (surface.centre - gradient).tolist()
    assert legend_texts(figure)[2] == "first step −α·gradient, α = 1: too short to see, ends in the ring"


def test_the_demos_floor_is_the_line_where_the_output_equals_the_target():
    surface = demo_surface()
    figure = plot_surface(surface)
    ax = figure.axes[0]
    (floor,) = [text for text in ax.texts if text.get_text() == "E = 0: output = target"]
    (contour,) = [c for c in ax.collections if c.get_linewidth()[0] == 2.5]
    for vertices in contour.get_paths()[0].vertices[::10]:
        net = network_at(surface.net, surface.parameters, vertices)
        assert net.forward(surface.X)[0, 0] == pytest.approx(surface.T[0, 0], abs=2e-3)
    assert_legible(figure)


def test_a_bowls_minimum_is_marked_and_named():
    surface = line_surface()                  # the four points lie on t = 0.8 x - 0.3
    figure = plot_paths(surface, [descent_path(surface, GradientDescent(0.4), 25)])
    ax = figure.axes[0]
    (star,) = [line for line in ax.get_lines() if line.get_marker() == "*"]
    assert np.column_stack(star.get_data())[0] == pytest.approx([0.8, -0.3], abs=1e-9)
    assert "minimum" in [text.get_text() for text in ax.texts]
    assert_legible(figure)


def test_one_kind_of_path_has_one_style_in_every_picture():
    surface = line_surface()
    walk = descent_path(surface, GradientDescent(0.3), 10)
    styles = []
    for others in ([], [descent_path(surface, GradientDescent(0.03), 10)],
                   [descent_path(surface, Momentum(0.3, 0.9), 10),
                    descent_path(surface, GradientDescent(0.3), 10, batch_size=1)]):
        figure = plot_paths(surface, others + [walk])
        (line,) = [line for line in figure.axes[0].get_lines() if line.get_label() == walk.label]
        styles.append((to_hex(line.get_color()), line.get_linestyle(), line.get_marker()))
    assert styles == [(to_hex(RATE_STYLES[0.3][0]), "-", RATE_STYLES[0.3][2])] * 3
    assert len({RATE_STYLES[rate][0] for rate in (0.03, 0.3, 1.0, 1.5, 1.7)}) == 5  # notebook 5's


def test_paths_of_one_kind_in_one_picture_still_differ():
    surface = line_surface()
    paths = [descent_path(surface, Momentum(0.3, beta), 10) for beta in (0.5, 0.9)]
    figure = plot_paths(surface, paths)
    lines = [line for line in figure.axes[0].get_lines() if line.get_label().startswith("momentum")]
    assert len({(line.get_color(), line.get_linestyle(), line.get_marker()) for line in lines}) == 2


def test_the_error_curves_label_the_decade_below_their_lowest_value():
    surface = line_surface()
    paths = [descent_path(surface, GradientDescent(rate), 30) for rate in (0.1, 0.4)]
    curve_ax = plot_paths(surface, paths).axes[1]
    lowest = min(path.errors.min() for path in paths)
    bottom = curve_ax.get_ylim()[0]
    assert bottom == 10.0 ** np.floor(np.log10(lowest))
    curve_ax.figure.draw_without_rendering()
    assert log_tick(bottom) in [tick.get_text() for tick in curve_ax.get_yticklabels()]


def test_the_error_curves_end_at_a_labelled_decade_above_their_highest_value():
    surface = line_surface()
    curve_ax = plot_paths(surface, [descent_path(surface, GradientDescent(0.1), 30)]).axes[1]
    top = curve_ax.get_ylim()[1]
    assert top == 10.0 ** (np.floor(np.log10(surface.error_at(surface.centre))) + 1)
    curve_ax.figure.draw_without_rendering()
    assert log_tick(top) in [tick.get_text() for tick in curve_ax.get_yticklabels()]


def test_the_contour_lines_are_equal_steps_of_E_and_the_title_says_how_far_apart():
    for surface in (demo_surface(), line_surface()):
        figure = plot_surface(surface)
        ax = figure.axes[0]
        (lines,) = [c for c in ax.collections if c.get_linewidth()[0] == 0.8]
        levels = np.asarray(lines.levels)
        steps = np.diff(levels)
        assert len(levels) >= 5 and steps == pytest.approx(steps[0])
        assert levels[0] > surface.E.min() and levels[-1] < surface.E.max()
        assert f"a line every {format_number(steps[0], 1)} of E" in ax.get_title()


def test_paths_shared_out_over_maps_each_get_their_own_and_the_curves_show_all():
    surface = line_surface()
    paths = [descent_path(surface, GradientDescent(rate), 10) for rate in (0.05, 0.1, 0.3)]
    figure = plot_paths(surface, paths, labels=["slow", "steady", "fast"], panels=[[0, 1], [2]])
    *maps, curve_ax = figure.axes
    assert [ax.get_title() for ax in maps] == ["slow, steady", "fast"]
    for ax, labels in zip(maps, (["slow", "steady"], ["fast"])):
        assert [line.get_label() for line in ax.get_lines() if not line.get_label().startswith("_")
                and len(line.get_xdata()) > 1] == labels
    assert len(curve_ax.get_lines()) == 3
    assert legend_texts(figure) == ["slow", "steady", "fast"]
    assert canvas.shown_size(figure)[0] <= canvas.MAX_WIDTH_PX
    assert_legible(figure)
    assert_markers_inside(figure)


def test_an_earlier_path_is_drawn_over_a_later_one():
    surface = line_surface()
    paths = [descent_path(surface, optimiser, 10) for optimiser in (GradientDescent(0.1), Momentum(0.1, 0.9))]
    figure = plot_paths(surface, paths)
    for ax in figure.axes:
        plain, momentum = [line for line in ax.get_lines() if len(line.get_xdata()) > 1]
        assert plain.get_zorder() > momentum.get_zorder()


def test_every_path_that_stays_on_the_map_ends_in_its_marker_over_every_path():
    surface = line_surface()
    paths = [descent_path(surface, optimiser, 10)
             for optimiser in (GradientDescent(0.1), Momentum(0.1, 0.9), Adam(0.1))]
    ax = plot_paths(surface, paths).axes[0]
    lines = [line for line in ax.get_lines() if len(line.get_xdata()) > 1]
    ends = [line for line in ax.get_lines() if len(line.get_xdata()) == 1
            and line.get_label().startswith("_")          # not the start: it has a key
            and line.get_marker() != "*"]                 # nor the minimum
    assert [np.column_stack(end.get_data())[0].tolist() for end in ends] == \
        [path.points[-1].tolist() for path in paths]
    assert [end.get_marker() for end in ends] == [line.get_marker() for line in lines]
    assert min(end.get_zorder() for end in ends) > max(line.get_zorder() for line in lines)


def test_a_path_that_left_the_map_is_drawn_wider_over_one_that_did_not():
    surface = line_surface()
    paths = [descent_path(surface, GradientDescent(rate), 10) for rate in (0.1, 2.0)]
    assert [path.left_map for path in paths] == [False, True]
    ax = plot_paths(surface, paths).axes[0]
    stays, leaves = [line for line in ax.get_lines() if not line.get_label().startswith("_")
                     and len(line.get_xdata()) > 1]
    assert leaves.get_zorder() > stays.get_zorder()
    assert leaves.get_linewidth() > stays.get_linewidth()
