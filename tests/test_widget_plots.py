"""The widgets' figures: the error curve (each run in its learning rate's style, a ✕
where a run blew up) and the decision boundary (class colours that match their regions)."""

import colorsys
import warnings

import numpy as np
import pytest
from matplotlib.colors import to_hex, to_rgb

from bp_helpers import Network, train
from bp_helpers.datasets import three_classes, xor
from bp_helpers.formatting import format_rate
from bp_helpers.pictures import canvas, colors
from bp_helpers.pictures.plot_layout import LOG_TICK_ROOM_Y, new_plot
from bp_helpers.pictures.widget_plots import (
    CLASS_COLORS,
    CLASS_MARKERS,
    CURRENT_WIDTH,
    KEPT_RUNS,
    KEPT_WIDTH,
    LINESTYLES,
    MANY_CLASS_STYLES,
    ClassRegions,
    DecisionBoundary,
    ErrorCurve,
    RateSweepPlot,
    check_compare,
    plane_picture,
)
from bp_helpers.training import verdict

X_LINE = np.linspace(-1.0, 1.0, 10).reshape(10, 1)
T_LINE = 2.0 * X_LINE + 0.5           # a straight line: alpha = 10 diverges at update 4


def falling(start, updates=20):
    """An error curve that halves at every update."""
    return start * 0.5 ** np.arange(updates)


def style_of(line):
    return to_hex(line.get_color()), line.get_linestyle()


def rate_style(rate, linestyle="-"):
    """The look of a rate's line: its decade's colour and the figure's ``linestyle`` for it."""
    return to_hex(colors.rate_style(rate)["color"]), linestyle


def crosses(curve):
    """``(x, y)`` of every ✕ drawn, in the order of the axes' lines."""
    return [(line.get_xdata()[-1], line.get_ydata()[-1]) for line in curve.ax.get_lines()
            if line.get_marker() == "x" and len(line.get_xdata())]


# --- the error curve ----------------------------------------------------------------

def test_the_current_run_is_drawn_in_its_rates_style_and_named():
    curve = ErrorCurve()
    curve.show(falling(1.0), "α = 0.5 (converging)", learning_rate=0.5)
    assert style_of(curve.line) == rate_style(0.5)
    assert curve.line.get_linewidth() == CURRENT_WIDTH
    np.testing.assert_array_equal(curve.line.get_ydata(), falling(1.0))
    assert [text.get_text() for text in curve.ax.get_legend().get_texts()] == [
        "α = 0.5 (converging)"]
    curve.show(falling(2.0), "α = 20 (converging)", learning_rate=20)
    assert style_of(curve.line) == rate_style(20)          # the same line, restyled
    curve.keep()
    curve.show(falling(2.0), "α = 0.2 (converging)", learning_rate=0.2)
    assert style_of(curve.line) == rate_style(0.2, "--")   # a style no other rate has


def test_kept_runs_keep_their_rates_style_thinner_oldest_dropped_after_five():
    curve = ErrorCurve()
    rates = [0.001, 0.01, 0.1, 1.0, 10.0, 100.0]
    for rate in rates:
        curve.show(falling(rate), f"α = {rate:g}", learning_rate=rate)
        curve.keep()
    assert len(curve.kept) == KEPT_RUNS
    assert [line.get_label() for line in curve.kept] == [f"α = {rate:g}" for rate in rates[1:]]
    assert [(to_hex(run.line.get_color()), run.linestyle) for run in curve.kept_runs] == [
        rate_style(rate, LINESTYLES[k]) for k, rate in enumerate(rates[1:], 1)]   # each its own
    assert {line.get_linewidth() for line in curve.kept} == {KEPT_WIDTH}
    assert not len(curve.line.get_xdata())          # kept, so no longer drawn as current
    legend = [text.get_text() for text in curve.ax.get_legend().get_texts()]
    assert legend == [f"α = {rate:g}" for rate in rates[1:]]
    curve.keep()                                    # nothing current: nothing more to keep
    assert len(curve.kept) == KEPT_RUNS
    curve.clear()
    assert curve.kept == [] and not [line for line in curve.ax.get_lines()
                                     if len(line.get_xdata())]


def test_the_axes_show_every_run_and_label_updates_with_whole_numbers():
    curve = ErrorCurve()
    curve.show(falling(1.0, 50), "α = 1", learning_rate=1.0)
    curve.keep()
    curve.show(falling(3.0, 20), "α = 2", learning_rate=2.0)
    low, high = curve.ax.get_ylim()
    assert low < 0.5 ** 49 and 3.0 < high
    assert curve.ax.get_xlim()[1] > 49
    curve.figure.draw_without_rendering()
    ticks = curve.ax.get_xticks()
    assert np.all(ticks == np.round(ticks))


@pytest.mark.parametrize("scale", [1e-321, 1e-300, 1e-5, 1.0, 1e150, 1e305, 1e308])
@pytest.mark.parametrize("shape", [np.linspace(1.2, 1.0, 50), np.linspace(1.7, 1.0, 50),
                                   np.full(20, 1.0), 0.5 ** np.arange(0, 12)])
def test_the_error_axis_has_labelled_ticks_apart_for_any_size_of_E(scale, shape):
    # the same ticks on every matplotlib: 3.10 failed near the largest float (issue 20)
    curve = ErrorCurve()
    curve.show(shape * scale, "α = 1", learning_rate=1.0)
    curve.figure.draw_without_rendering()
    low, high = curve.ax.get_ylim()
    ticks = [tick for tick in curve.ax.get_yticks() if low <= tick <= high]
    assert len(ticks) >= 2
    assert len(set(curve.ax.get_yticks())) == len(curve.ax.get_yticks())
    assert [label.get_text() for label in curve.ax.get_yticklabels()] == [
        format_rate(tick) for tick in curve.ax.get_yticks()]
    heights = curve.ax.transData.transform([(0, tick) for tick in ticks])[:, 1]
    text = canvas.text_px() * curve.figure.dpi / canvas.PX_PER_INCH
    assert np.diff(heights).min() >= LOG_TICK_ROOM_Y * text - 1e-6


def test_a_run_that_blew_up_rises_to_a_cross_at_that_update_inside_the_axes():
    net = Network([1, 1], "linear", seed=0)
    result = train(net, X_LINE, T_LINE, 10.0, 100)
    assert result.diverged_at == 4 and len(result.errors) == 4      # E at updates 0..3
    curve = ErrorCurve()
    curve.show(result.errors, "α = 10 (diverged)", result.diverged_at, learning_rate=10.0)
    (cross,) = [line for line in curve.ax.get_lines() if line.get_marker() == "x"]
    np.testing.assert_array_equal(cross.get_xdata(), [3, 4])         # from the last E ...
    assert cross.get_ydata()[0] == result.errors[-1]
    assert style_of(cross) == rate_style(10.0)                       # ... in the run's style
    [(x, y)] = crosses(curve)                                        # ... to the cross
    low, high = curve.ax.get_ylim()
    assert x == 4 and result.errors.max() < y < high                 # above every E drawn
    assert x < curve.ax.get_xlim()[1]
    curve.figure.draw_without_rendering()
    assert max(curve.ax.get_yticks()) <= result.errors.max() * 1.5   # no tick in its band
    curve.keep()                                                     # a kept run keeps it
    assert crosses(curve) == [(4, y)]
    curve.show(falling(0.5), "α = 0.1", learning_rate=0.1)
    assert len(crosses(curve)) == 1
    curve.clear()
    assert crosses(curve) == []


def test_the_curve_draws_into_a_given_axes():
    figure, (left, right) = new_plot(800, 400, columns=2)
    curve = ErrorCurve(right)
    assert curve.figure is figure and curve.ax is right and right.get_yscale() == "log"


def test_show_refuses_a_learning_rate_that_is_no_rate():
    curve = ErrorCurve()
    with pytest.raises(ValueError, match="learning_rate must be a finite number greater than 0"):
        curve.show(falling(1.0), "α = 0", learning_rate=0.0)
    with pytest.raises(TypeError, match="learning_rate"):
        curve.show(falling(1.0), "α = 1", None)


def test_its_own_figure_is_sized_in_text_heights():
    assert canvas.shown_size(ErrorCurve().figure) == (560, 400)
    assert canvas.shown_size(DecisionBoundary(*xor()).figure) == (440, 400)
    canvas.presentation(True)
    try:
        assert canvas.shown_size(ErrorCurve().figure) == (800, 572)
    finally:
        canvas.presentation(False)


def test_a_widget_can_size_each_figure_in_css_pixels():
    assert canvas.shown_size(ErrorCurve(width_px=500, height_px=300).figure) == (500, 300)
    assert canvas.shown_size(RateSweepPlot(width_px=380).figure) == (380, 400)
    assert canvas.shown_size(DecisionBoundary(*xor(), height_px=350).figure) == (440, 350)
    with pytest.raises(ValueError, match="width_px"):
        ErrorCurve(width_px=900)
    with pytest.raises(ValueError, match="height_px"):
        RateSweepPlot(height_px=0)


def test_the_png_is_the_course_png():
    curve = ErrorCurve()
    curve.show(falling(1.0), "α = 1", learning_rate=1.0)
    assert curve.to_png() == canvas.png(curve.figure)
    boundary = DecisionBoundary(*xor())
    assert boundary.to_png() == canvas.png(boundary.figure)


# --- the decision boundary ----------------------------------------------------------

def hue(color):
    return colorsys.rgb_to_hsv(*to_rgb(color))[0]


@pytest.fixture
def xor_boundary():
    X, T = xor()
    net = Network([2, 4, 1], ["tanh", "sigmoid"])
    train(net, X, T, 3.0, 500)
    boundary = DecisionBoundary(X, T)
    boundary.show(net)
    return boundary, net


def test_the_shading_is_the_prediction_on_the_grid(xor_boundary):
    boundary, net = xor_boundary
    shaded = boundary.image.get_array()
    assert shaded.shape == (60, 60)
    np.testing.assert_allclose(shaded.ravel(), net.predict(boundary.grid)[:, 0])
    assert shaded.min() < 0.5 < shaded.max()


def test_each_class_is_drawn_in_the_hue_of_its_region_and_a_shape_of_its_own(xor_boundary):
    boundary, _ = xor_boundary
    regions = boundary.image.get_cmap()
    assert to_hex(regions(0.5)) == colors.BACKGROUND.lower()          # white on the boundary
    points = {collection.get_label(): collection for collection in boundary.ax.collections
              if collection.get_label().startswith("class")}
    assert set(points) == {"class 0", "class 1"}
    for target, region in ((1, regions(1.0)), (0, regions(0.0))):
        strong = points[f"class {target}"].get_facecolor()[0]
        assert to_hex(strong) == to_hex(CLASS_COLORS[target])
        assert hue(region) == pytest.approx(hue(strong), abs=0.02)    # the same hue ...
        assert sum(to_rgb(region)) > sum(to_rgb(strong)) + 0.9        # ... a light tint of it
    assert CLASS_MARKERS[0] != CLASS_MARKERS[1]
    X, T = xor()
    ones = points["class 1"].get_offsets()
    np.testing.assert_array_equal(ones, X[T[:, 0] > 0.5])


def test_the_boundary_is_the_line_y_0_5(xor_boundary):
    boundary, net = xor_boundary
    on_it = boundary.boundary.get_paths()[0].vertices[::10]
    np.testing.assert_allclose(net.predict(on_it)[:, 0], 0.5, atol=0.02)


# --- the regions of several classes ---------------------------------------------------

@pytest.fixture(scope="module")
def three_regions():
    X, T = three_classes()
    net = Network([2, 6, 3], ["tanh", "softmax"], error="cross_entropy")
    train(net, X, T, 1.0, 300)
    regions = ClassRegions(X, T)
    regions.show(net)
    return regions, net, X, T


def test_each_classs_region_is_where_its_output_is_the_largest(three_regions):
    regions, net, _, _ = three_regions
    filled = [artist for artist in regions.regions if artist.filled]
    assert len(filled) == 3
    y = net.predict(regions.grid)
    winner = y.argmax(axis=1)
    for k, region in enumerate(filled):
        inside = region.get_paths()[0].contains_points(regions.grid)
        # away from the boundaries (where the grid's straight pieces cut corners), and
        # inside the plane's edges (a point on a path's edge counts as outside)
        sure = np.sort(y, axis=1)[:, -1] - np.sort(y, axis=1)[:, -2] > 0.1
        sure &= np.pad(np.ones((58, 58), bool), 1).ravel()
        np.testing.assert_array_equal(inside[sure], (winner == k)[sure])


def test_the_boundaries_are_where_two_outputs_are_equal_and_the_largest(three_regions):
    regions, net, _, _ = three_regions
    lines = [artist for artist in regions.regions if not artist.filled]
    assert len(lines) == 3
    for line in lines:
        on_it = np.concatenate([path.vertices for path in line.get_paths()])[::5]
        top_two = np.sort(net.predict(on_it), axis=1)[:, -2:]
        np.testing.assert_allclose(top_two[:, 0], top_two[:, 1], atol=0.02)


def test_the_classes_differ_in_hatch_and_marker_not_in_colour_alone(three_regions):
    regions, _, X, T = three_regions
    filled = [artist for artist in regions.regions if artist.filled]
    assert len({region.hatches[0] for region in filled}) == 3
    assert canvas.svg(regions.figure).count("<pattern") == 2     # class 0's region is plain
    points = {collection.get_label(): collection for collection in regions.ax.collections
              if collection.get_label().startswith("class")}
    assert set(points) == {"class 0", "class 1", "class 2"}
    assert len({style.marker for style in MANY_CLASS_STYLES}) == len(MANY_CLASS_STYLES)
    for k in range(3):
        np.testing.assert_array_equal(points[f"class {k}"].get_offsets(), X[T[:, k] == 1])
        assert hue(filled[k].get_facecolor()[0]) == pytest.approx(
            hue(points[f"class {k}"].get_facecolor()[0]), abs=0.02)


def test_the_legend_reads_along_its_rows_classes_in_order_each_swatch_beside_its_marker(
        three_regions):
    regions = three_regions[0]
    legend = regions.ax.get_legend()
    regions.figure.draw_without_rendering()        # the legend's entries are placed when drawn
    renderer = regions.figure.canvas.get_renderer()
    boxes = {text.get_text(): text.get_window_extent(renderer) for text in legend.get_texts()}
    row_height = max(box.height for box in boxes.values())

    def place(label):        # top row first, each row from the left
        return -round(boxes[label].y0 / row_height), boxes[label].x0

    assert sorted(boxes, key=place) == ["class 0", "class 1", "class 2", "boundary", "wrong region"]
    for swatch, marker in ((handle[0], handle[1]) for handle in legend.legend_handles
                           if isinstance(handle, tuple)):
        assert swatch.get_window_extent(renderer).x1 < marker.get_window_extent(renderer).x0


def test_the_points_in_a_wrong_region_are_ringed_on_top_and_the_boundaries_under_the_points(
        three_regions):
    regions, net, X, T = three_regions
    wrong = net.predict(X).argmax(axis=1) != T.argmax(axis=1)
    assert 0 < wrong.sum() < 5            # two, after 300 updates
    *again, ring = regions.wrong
    np.testing.assert_array_equal(np.sort(ring.get_offsets(), axis=0), np.sort(X[wrong], axis=0))
    assert ring.get_facecolor().size == 0 or ring.get_facecolor()[0][3] == 0   # hollow
    redrawn = np.concatenate([points.get_offsets() for points in again])
    np.testing.assert_array_equal(np.sort(redrawn, axis=0), np.sort(X[wrong], axis=0))
    points = [c for c in regions.ax.collections if c.get_label().startswith("class")]
    lowest_point = min(c.get_zorder() for c in points)
    assert max(artist.get_zorder() for artist in regions.regions) < lowest_point
    assert min(artist.get_zorder() for artist in regions.wrong) > max(c.get_zorder() for c in points)


def test_the_plane_picture_is_the_boundary_for_one_output_and_the_regions_for_several():
    assert isinstance(plane_picture(*xor()), DecisionBoundary)
    assert isinstance(plane_picture(*three_classes()), ClassRegions)


def test_regions_of_a_prediction_that_overflows_are_a_note_and_come_back():
    regions = ClassRegions(*three_classes())
    huge = Network([2, 3], "softmax", weights=[np.full((2, 3), 1e308)], error="cross_entropy")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert regions.show(huge) is False
    assert "The prediction overflows here" in canvas.svg(regions.figure)
    assert regions.regions == []
    assert regions.show(Network([2, 3], "softmax", error="cross_entropy")) is True
    assert regions.note.get_text() == "" and len(regions.regions) == 6


@pytest.mark.parametrize("T, match", [
    (np.zeros((4, 1)), r"T must have one column per class, 2 to 4"),
    (np.eye(5)[:4], r"T must have one column per class, 2 to 4 of them, got 5"),
    (np.zeros((3, 3)), r"T must have shape"),
])
def test_the_regions_refuse_targets_they_cannot_draw(T, match):
    with pytest.raises(ValueError, match=match):
        ClassRegions(np.zeros((4, 2)), T)


def test_compare_is_a_list_of_at_most_five_learning_rates():
    assert check_compare([0.01, 1, 100]) == [0.01, 1.0, 100.0]
    with pytest.raises(TypeError, match="compare must be a list"):
        check_compare(0.1)
    with pytest.raises(ValueError, match="compare can hold at most 5"):
        check_compare([0.1] * 6)
    with pytest.raises(ValueError, match=r"compare\[1\] must be between 0\.001 and 100"):
        check_compare([0.1, 1000])


def test_a_run_that_jumps_up_and_down_is_faint_and_under_the_others_a_climbing_one_is_not():
    """An oscillating run hides nothing; a run on its way to diverging is one line, in full,
    and every ✕ is drawn at full strength."""
    curve = ErrorCurve()
    steady = np.geomspace(1.0, 1e-3, 50)
    jumpy = np.where(np.arange(50) % 2, 0.5, 0.3)
    climbing = np.geomspace(1.0, 1e6, 20)
    curve.show(steady, "α = 0.1 (converging)", learning_rate=0.1)
    curve.keep()
    curve.show(jumpy, "α = 100 (oscillating)", 30, learning_rate=100.0)
    curve.keep()
    curve.show(climbing, "α = 10 (diverged at update 20)", 20, learning_rate=10.0)
    lines = {line.get_label(): line for line in curve.ax.get_lines()}
    faint, full = lines["α = 100 (oscillating)"], lines["α = 0.1 (converging)"]
    assert faint.get_alpha() < 1 and faint.get_zorder() < full.get_zorder()
    assert lines["α = 10 (diverged at update 20)"].get_alpha() in (None, 1.0)
    crosses = [line for line in curve.ax.get_lines()
               if line.get_marker() == "x" and len(line.get_xdata())]
    assert len(crosses) == 2 and all(cross.get_alpha() in (None, 1.0) for cross in crosses)


@pytest.mark.parametrize("weights", [[[[1e308], [1e308]]], [[[-1.7e308], [0.0]]],
                                     [[[1e200, 1e200], [1e200, 1e200]], [[1e200], [1e200]]]])
def test_a_prediction_that_overflows_on_the_plane_is_a_note_not_a_picture_of_nan(weights):
    boundary = DecisionBoundary(*xor())
    net = Network([2] * (len(weights)) + [1], "linear", weights=weights)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert boundary.show(net) is False
        picture = canvas.svg(boundary.figure)
    assert "The prediction overflows here" in picture
    assert np.all(boundary.image.get_array() == 0.5)        # no shading, and no NaN
    assert boundary.boundary is None
    assert boundary.show(Network([2, 2, 1], seed=1)) is True     # and back to normal
    assert boundary.note.get_text() == ""
    assert boundary.boundary is not None


@pytest.mark.parametrize("X, T, match", [
    (np.zeros((0, 2)), np.zeros((0, 1)), "X must hold at least one example"),
    (np.zeros((4, 3)), np.zeros((4, 1)), r"X must have shape \(B, 2\)"),
    (np.zeros((4, 2)), np.zeros((3, 1)), r"T must have shape \(4, 1\)"),
    (np.full((4, 2), 2e307), np.zeros((4, 1)), r"X must be at most 1e\+307 in size"),
])
def test_the_decision_boundary_refuses_data_it_cannot_draw(X, T, match):
    with pytest.raises(ValueError, match=match):
        DecisionBoundary(X, T)


@pytest.mark.parametrize("high", [1e307, 1.7e308, 1.79e308])
def test_errors_near_the_largest_float_get_finite_axes_and_no_warning(high):
    errors = np.geomspace(high, high / 1e6, 20)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        curve = ErrorCurve()
        curve.show(errors, "α = 1", learning_rate=1.0)
        curve.keep()
        curve.show(errors[:3], "α = 100", diverged_at=3, learning_rate=100.0)
        canvas.svg(curve.figure)
        bottom, top = curve.ax.get_ylim()
        assert np.isfinite(top) and top >= errors.max() and bottom <= errors.min()
        sweep = RateSweepPlot()
        results = [train(Network([1, 1], "linear"), [1.0], [0.5], rate, 3) for rate in (0.1, 1.0)]
        results = [type(r)(r.errors, r.initial_error, final, r.diverged_at, r.message)
                   for r, final in zip(results, (high, 1e-3))]
        sweep.show([0.1, 1.0], results, [verdict(result) for result in results])
        canvas.svg(sweep.figure)
        assert np.all(np.isfinite(sweep.ax.get_ylim()))
