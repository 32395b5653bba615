"""The error surface's widgets, driven from Python as a learner drives them in the browser."""

import base64
import re

import numpy as np
import pytest

from bp_helpers import DEMO_EXAMPLE, Network, demo_network, trace
from bp_helpers.datasets import line
from bp_helpers.error_surface import descent_path, error_surface, network_at
from bp_helpers.formatting import format_number
from bp_helpers.optimisers import Adam, GradientDescent, Momentum
from bp_helpers.pictures import canvas
from bp_helpers.surface_widgets import (
    BatchSizePaths,
    HandTuner,
    LearningRatePaths,
    OptimiserPaths,
    check_batch_sizes,
)

COLUMN_PX, PANEL_PX = 844, 647     # JupyterLab at 1024 x 768: the output column, the panel
CONTROLS_PX = 70                   # a row of controls: 32 px (a slider) or 60 (the batch switch)
START = np.array([-0.5, 1.8])      # up the valley's side, far along it from its bottom (notebook 5)


@pytest.fixture(scope="module")
def surface():
    X, T = line()
    return error_surface(Network([1, 1], "linear", weights=[[[0.0]]], biases=[[0.0]]), X, T,
                         ("w_12", "b_2"))


def svg_of(image):
    return bytes(image.value).decode()


def embedded_png(svg):
    """The PNG that the widget's SVG carries behind its shapes (the map)."""
    data = re.search(r'href="data:image/png;base64,([^"]+)"', svg).group(1)
    return base64.b64decode(data)


def fits_the_projector(image):
    width, height = int(image.width), int(image.height)
    return width <= COLUMN_PX and height + CONTROLS_PX <= PANEL_PX


# --- by hand ----------------------------------------------------------------------

def test_the_hand_tuners_sliders_move_the_two_parameters_and_E_follows():
    net = demo_network()
    tuner = HandTuner(net, *DEMO_EXAMPLE)
    assert [s.description for s in tuner.sliders] == ["w_46", "b_6"]
    assert tuple(tuner.point) == (0.9, 0.1)
    E = tuner.move(1.5, 0.4)
    moved = network_at(demo_network(), tuner.parameters, (1.5, 0.4))
    assert E == moved.error(*DEMO_EXAMPLE)
    assert f"E = {format_number(E)}" in tuner.reading.value
    assert tuner.best == E < demo_network().error(*DEMO_EXAMPLE)     # higher w_46 and b_6: lower E
    assert bytes(tuner.diagram_image.value).startswith(b"<?xml")
    assert " 1.50<" in svg_of(tuner.diagram_image)                   # the diagram shows w_46
    tuner.move(-1.0, -1.0)                                          # worse: the best stays
    assert tuner.best == E and tuple(tuner.best_point) == (1.5, 0.4)
    assert net.weights[2][0, 0] == 0.9                              # the net given is not changed


def test_a_slider_move_redraws_the_tuner_once():
    tuner = HandTuner(demo_network(), *DEMO_EXAMPLE)
    drawn = []
    tuner.diagram_image.observe(lambda change: drawn.append(change.new), "value")
    tuner.sliders[0].value = 1.2
    assert len(drawn) == 1 and " 1.20<" in bytes(drawn[0]).decode()


def test_the_hand_tuner_refuses_bad_parameters_by_name():
    with pytest.raises(ValueError, match="parameters"):
        HandTuner(demo_network(), *DEMO_EXAMPLE, parameters=("w_46", "w_99"))
    with pytest.raises(ValueError, match="two different"):
        HandTuner(demo_network(), *DEMO_EXAMPLE, parameters=("w_46", "w_46"))


# --- the learning rate ----------------------------------------------------------------

def test_the_rate_slider_redraws_the_path_of_its_rate(surface):
    widget = LearningRatePaths(surface, START, learning_rate=0.3)
    first = svg_of(widget.image)
    widget.rate_slider.value = 1.5
    (path,) = widget.paths()
    expected = descent_path(surface, GradientDescent(1.5), 30, start=START)
    np.testing.assert_array_equal(path.points, expected.points)
    assert svg_of(widget.image) != first
    assert embedded_png(svg_of(widget.image)) == embedded_png(first)     # the map: drawn once
    assert embedded_png(first) == canvas.png(widget.view.background)


def test_small_rates_crawl_good_ones_walk_down_large_ones_leave_the_map(surface):
    widget = LearningRatePaths(surface, START)
    fell = {}
    for rate in (0.03, 1.0, 1.5, 1.7):
        widget.rate_slider.value = rate
        (path,) = widget.paths()
        fell[rate] = path.errors[-1] / path.errors[0]
        assert np.isfinite(path.points).all() and np.isfinite(path.errors).all()
    assert fell[0.03] > 0.1 and fell[1.0] < 0.01 * fell[0.03]    # a crawl; far down
    (zigzag,) = widget.walked[(1.5,)]                      # across the valley and back
    across = np.diff(zigzag.points[:6, 1])
    assert np.all(across[:-1] * across[1:] < 0)
    (out,) = widget.walked[(1.7,)]
    assert out.left_map and not surface.contains(out.points[-1])
    widget.rate_slider.value = 1.7
    assert f"left the map at update {out.updates}" in svg_of(widget.image)


def test_the_arrow_is_the_players_dE_dw_of_the_two_parameters():
    """The surface of notebook 3's demo over w_46 and b_6: the downhill arrow points along
    minus the dE/dw_46 and dE/db_6 the player computes, and the first step is alpha times
    it (ringed: too short to see)."""
    x_input, y_target = DEMO_EXAMPLE
    surface = error_surface(demo_network(), x_input, y_target, ("w_46", "b_6"))
    widget = LearningRatePaths(surface, learning_rate=1.0)
    record = trace(demo_network(), x_input, y_target, 1.0)
    shown = {(step.quantity, step.target): step.value for step in record}    # what it shows
    gradient = np.array([shown["dE_dw", surface.parameters[0]], shown["dE_db", surface.parameters[1]]])
    assert surface.gradient_at(surface.centre)[1].tolist() == gradient.tolist()
    (downhill,) = widget.view.map_ax.patches
    tail, head = (np.array(end) for end in downhill._posA_posB)
    direction = (head - tail) / np.hypot(*(head - tail))
    assert direction == pytest.approx(-gradient / np.hypot(*gradient), abs=1e-12)
    (ring,) = [line for line in widget.view.map_ax.get_lines() if line.get_markerfacecolor() == "none"]
    assert np.column_stack(ring.get_data())[0].tolist() == (surface.centre - 1.0 * gradient).tolist()
    assert "first step −α·gradient, α = 1: too short to see" in svg_of(widget.image)


# --- batch sizes -------------------------------------------------------------------

def test_every_batch_size_sees_the_same_examples_from_the_same_start(surface):
    widget = BatchSizePaths(surface, START, learning_rate=0.3, epochs=5)
    assert [label for label, _ in widget.switch.options] == ["1", "3", "all"]
    paths = {}
    for size in (1, 3, None):
        widget.switch.value = size
        (paths[size],) = widget.paths()
        assert f"batch size {size}" in svg_of(widget.image) if size else True
    for path in paths.values():
        np.testing.assert_array_equal(path.points[0], START)
        assert path.examples_seen[-1] == 5 * len(surface.X)
    assert [paths[size].updates for size in (1, 3, None)] == [50, 20, 5]
    expected = descent_path(surface, GradientDescent(0.3), 5, batch_size=3, start=START)
    np.testing.assert_array_equal(paths[3].points, expected.points)


def test_bad_batch_sizes_are_refused_by_name():
    with pytest.raises(ValueError, match="batch_sizes"):
        check_batch_sizes((1, 1))
    with pytest.raises(ValueError, match="batch_sizes"):
        check_batch_sizes(())
    with pytest.raises(ValueError, match="batch_sizes"):
        check_batch_sizes((0, None))


# --- optimisers --------------------------------------------------------------------

def test_the_optimisers_walk_from_the_same_start_with_the_sliders_alpha_and_beta(surface):
    widget = OptimiserPaths(surface, START)
    widget.rate_slider.value = 0.3
    widget.momentum_slider.value = 0.5
    paths = widget.paths()
    for path, optimiser in zip(paths, (GradientDescent(0.3), Momentum(0.3, 0.5), Adam(0.3))):
        expected = descent_path(surface, optimiser, 30, start=START)
        np.testing.assert_array_equal(path.points, expected.points)
        assert f"{path.label.split(' (')[0]}" in svg_of(widget.image)
    assert "momentum (β = 0.5)" in svg_of(widget.image) and "α = 0.3" in svg_of(widget.image)
    widget.momentum_slider.value = 0.9              # momentum's path only changes
    moved = widget.paths()
    np.testing.assert_array_equal(moved[0].points, paths[0].points)
    np.testing.assert_array_equal(moved[2].points, paths[2].points)
    assert not np.array_equal(moved[1].points[:5], paths[1].points[:5])


def test_momentum_reaches_the_bottom_first_on_the_line(surface):
    """What notebook 5 asks the learner to predict, with the widget's defaults."""
    widget = OptimiserPaths(surface, START)
    plain, momentum, adam = (path.errors[-1] for path in widget.paths())
    assert momentum < plain / 10 and momentum < adam / 100


# --- every widget fits the projector --------------------------------------------------

def test_every_picture_fits_the_projector(surface):
    tuner = HandTuner(demo_network(), *DEMO_EXAMPLE)
    assert int(tuner.diagram_image.width) <= COLUMN_PX
    assert int(tuner.diagram_image.height) + 2 * CONTROLS_PX <= PANEL_PX
    for widget in (LearningRatePaths(surface, START), BatchSizePaths(surface, START),
                   OptimiserPaths(surface, START)):
        assert fits_the_projector(widget.image), (widget.image.width, widget.image.height)
        assert "<image" in svg_of(widget.image)


def test_a_surface_is_needed():
    with pytest.raises(TypeError, match="surface must be an ErrorSurface"):
        LearningRatePaths("map")


def test_every_picture_fits_the_projector_in_presentation_mode(surface):
    canvas.presentation(True)
    try:
        for widget in (LearningRatePaths(surface, START), OptimiserPaths(surface, START)):
            assert fits_the_projector(widget.image), (widget.image.width, widget.image.height)
            assert int(widget.image.width) <= canvas.MAX_WIDTH_PX
    finally:
        canvas.presentation(False)
