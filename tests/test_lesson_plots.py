"""The notebooks' pictures (an activation with its derivative, E against one weight) and
the layout every plot shares (``new_plot``, ``legend_below``, ``x_ticks_apart``)."""

import warnings

import numpy as np
import pytest
from matplotlib.colors import to_hex
from matplotlib.text import Annotation

from bp_helpers import ACTIVATIONS, DEMO_EXAMPLE, Network, demo_network
from bp_helpers.formatting import format_number, format_rate
from bp_helpers.pictures import canvas, colors
from bp_helpers.pictures.lesson_plots import (
    MAX_SPAN,
    WEIGHT_POINTS,
    plot_activation,
    plot_error_against_weight,
)
from bp_helpers.pictures.plot_layout import legend_below, log_scale, log_tick, new_plot

W_46 = (2, 0, 0)      # the demo's dE/dw_46 is -0.0436: raise w_46
W_25 = (1, 0, 1)      # the demo's dE/dw_25 is +0.00567: lower w_25


def activation_axes(name, **options):
    """The axes ``plot_activation`` draws on a plot of its own."""
    return plot_activation(name, **options).axes[0]


def error_axes(*args, **options):
    """The (main) axes ``plot_error_against_weight`` draws on a plot of its own."""
    return plot_error_against_weight(*args, **options).axes[0]


def labelled_lines(ax):
    """The axes' lines with data, by legend label."""
    return {line.get_label(): line for line in ax.get_lines() if len(line.get_xdata())}


def annotations(ax):
    return [child for child in ax.get_children() if isinstance(child, Annotation)]


def arrow(ax):
    """The arrow of the step: on ``ax``, or in its zoomed inset."""
    (annotation,) = [a for axes in [ax] + ax.child_axes for a in annotations(axes)]
    return np.array(annotation.xyann), np.array(annotation.xy)   # tail, head


def legend_columns(legend):
    """How many columns the texts of ``legend`` stand in, as drawn."""
    legend.figure.draw_without_rendering()
    renderer = legend.figure.canvas.get_renderer()
    return len({round(text.get_window_extent(renderer).x0) for text in legend.get_texts()})


def legend_labels(ax):
    return [text.get_text() for text in ax.get_legend().get_texts()]


ZOOMED_OUT = 3.0      # the default span: the demo's steps are too short to see, so they get a zoom
ZOOMED_IN = 0.06      # both demo steps are drawn to scale (w_25's in the zoomed inset)


# --- plot_activation ------------------------------------------------------------

def test_sigmoid_and_its_derivative_hand_checked():
    ax = activation_axes("sigmoid")
    f, df = [line for line in ax.get_lines() if line.get_label().startswith("f")]
    x = f.get_xdata()
    middle = np.flatnonzero(x == 0.0)[0]
    assert f.get_ydata()[middle] == pytest.approx(0.5)       # f(0) = 1 / (1 + 1)
    assert df.get_ydata()[middle] == pytest.approx(0.25)     # f'(0) = 0.5 * (1 - 0.5)
    assert f.get_ydata()[-1] == pytest.approx(1 / (1 + np.exp(-6.0)))
    assert f.get_label() == "f(x) = 1/(1 + e^(-x))"
    assert df.get_label() == "f'(x) = f(x) (1 - f(x))"
    assert ax.get_title() == "sigmoid"
    assert to_hex(f.get_color()) == colors.Y.lower()          # y = f(x) is a y



@pytest.mark.parametrize("name", sorted(ACTIVATIONS))
def test_every_formula_of_a_plot_is_one_line_of_text(name):
    ax = activation_axes(name)
    assert not [text for text in legend_labels(ax) if r"\frac" in text]


@pytest.mark.parametrize("name", sorted(ACTIVATIONS))
def test_every_activation_draws_f_and_its_slope(name):
    ax = activation_axes(name)
    f, df = [line for line in ax.get_lines() if line.get_label().startswith("f")]
    x, y, slope = f.get_xdata(), f.get_ydata(), df.get_ydata()
    # f' is the slope of f: compare with central differences away from relu's kink
    numeric = np.gradient(y, x)
    away_from_kink = np.abs(x) > 0.1
    assert np.allclose(slope[away_from_kink][1:-1], numeric[away_from_kink][1:-1], atol=2e-3)


def test_activation_draws_into_a_given_axes_and_refuses_unknown_names():
    figure, ax = new_plot(500, 300)
    assert plot_activation("tanh", ax=ax) is figure
    assert ax.get_title() == "tanh"
    with pytest.raises(ValueError, match="activation must be one of"):
        plot_activation("softmax")
    with pytest.raises(TypeError, match="activation must be a name"):
        plot_activation(3)


# --- plot_error_against_weight --------------------------------------------------

def test_the_dot_is_the_demo_network_now():
    ax = error_axes(demo_network(), *DEMO_EXAMPLE, W_46)
    lines = labelled_lines(ax)
    (dot,) = [line for label, line in lines.items() if label.startswith("now")]
    assert dot.get_xdata()[0] == 0.9
    assert dot.get_ydata()[0] == pytest.approx(0.0392, abs=5e-5)   # E of the demo
    assert "now: w_46 = 0.900, E = 0.0392" in lines


def test_curve_is_the_error_with_only_that_weight_changed():
    net = demo_network()
    x_input, y_target = DEMO_EXAMPLE
    ax = error_axes(net, x_input, y_target, W_25, span=2.0)
    curve = labelled_lines(ax)["E as w_25 changes"]
    ws, Es = curve.get_xdata(), curve.get_ydata()
    assert len(ws) == WEIGHT_POINTS
    assert ws[0] == pytest.approx(-0.6 - 2.0) and ws[-1] == pytest.approx(-0.6 + 2.0)
    for k in (0, 37, WEIGHT_POINTS - 1):
        changed = demo_network()
        changed.weights[1][0, 1] = ws[k]
        assert Es[k] == pytest.approx(changed.error(x_input, y_target), rel=1e-12)


@pytest.mark.parametrize("edge, slope", [(W_46, -0.0436), (W_25, 0.00567)])
def test_tangent_has_the_slope_of_the_curve(edge, slope):
    ax = error_axes(demo_network(), *DEMO_EXAMPLE, edge)
    lines = labelled_lines(ax)
    (tangent,) = [line for label, line in lines.items() if label.startswith("tangent")]
    (curve,) = [line for label, line in lines.items() if label.startswith("E as")]
    (dot,) = [line for label, line in lines.items() if label.startswith("now")]
    t_w, t_E = tangent.get_xdata(), tangent.get_ydata()
    tangent_slope = (t_E[1] - t_E[0]) / (t_w[1] - t_w[0])
    assert tangent_slope == pytest.approx(slope, rel=2e-3)          # hand-checked demo numbers
    # and it touches the curve at the dot, with the curve's own slope there
    ws, Es = curve.get_xdata(), curve.get_ydata()
    middle = WEIGHT_POINTS // 2
    assert ws[middle] == pytest.approx(dot.get_xdata()[0])
    curve_slope = (Es[middle + 1] - Es[middle - 1]) / (ws[middle + 1] - ws[middle - 1])
    assert tangent_slope == pytest.approx(curve_slope, rel=1e-3)
    assert np.interp(dot.get_xdata()[0], t_w, t_E) == pytest.approx(dot.get_ydata()[0])


# Hand-worked, demo network, alpha = 1:
#   w_46 <- 0.9 - 1 * (-0.0436) = 0.9436; then x_6 = 0.4899 + 0.0436 * y_4 (0.6612) = 0.5187,
#   y_6 = 1 / (1 + e^-0.5187) = 0.6268, E = 1/2 (0.6268 - 0.9)^2 = 0.0373.
#   w_25 <- -0.6 - 1 * 0.00567 = -0.6057.

def test_the_update_arrow_runs_to_the_updated_weight_on_the_curve():
    ax = error_axes(demo_network(), *DEMO_EXAMPLE, W_46, span=ZOOMED_IN)
    tail, head = arrow(ax)
    assert tail == pytest.approx([0.9, 0.0392], abs=5e-5)
    assert head == pytest.approx([0.9436, 0.0373], abs=5e-5)
    (diamond,) = [line for label, line in labelled_lines(ax).items() if "moved alone" in label]
    assert (diamond.get_xdata()[0], diamond.get_ydata()[0]) == tuple(head)
    # E after moving w_46 alone (0.0373), not after a whole update (0.0322)
    assert "w_46 moved alone: w_46 = 0.944, E = 0.0373" in legend_labels(ax)
    step = r"its move -α·dE/dw_46 = +0.0436 (α = 1)"
    assert step in legend_labels(ax)
    assert not ax.child_axes                         # long enough to see: no zoom


def test_the_arrow_is_to_scale_steeper_slope_longer_step():
    steps = {}
    for edge in (W_46, W_25):
        tail, head = arrow(error_axes(demo_network(), *DEMO_EXAMPLE, edge,
                                                     span=ZOOMED_IN))
        steps[edge] = head[0] - tail[0]
    assert steps[W_46] == pytest.approx(0.0436, abs=5e-5)
    assert steps[W_25] == pytest.approx(-0.00567, abs=5e-6)
    assert abs(steps[W_46] / steps[W_25]) == pytest.approx(7.69, abs=0.01)   # "almost eight"


def test_the_step_grows_with_the_learning_rate():
    ax = error_axes(demo_network(), *DEMO_EXAMPLE, W_46, span=ZOOMED_IN,
                                   learning_rate=0.5)
    tail, head = arrow(ax)
    assert head[0] - tail[0] == pytest.approx(0.5 * 0.0436, abs=5e-5)
    step = r"its move -α·dE/dw_46 = +0.0218 (α = 0.5)"
    assert step in legend_labels(ax)


def test_a_step_too_short_to_see_is_drawn_in_a_zoom():
    ax = error_axes(demo_network(), *DEMO_EXAMPLE, W_46, span=ZOOMED_OUT)
    assert not annotations(ax)                       # no arrow longer than the step it shows
    (inset,) = ax.child_axes
    tail, head = arrow(inset)
    assert head == pytest.approx([0.9436, 0.0373], abs=5e-5)
    low, high = inset.get_xlim()
    assert low < 0.9 < 0.9436 < high and high - low == pytest.approx(2 * 0.0436, abs=1e-4)
    assert [label.get_text() for label in inset.get_xticklabels()] == ["0.900", "0.944"]
    assert inset.get_title(loc="right") == "zoomed in 69 times along w"          # 3.0 / 0.0436
    assert "w_46 moved alone: w_46 = 0.944, E = 0.0373" in legend_labels(ax)


@pytest.mark.parametrize("edge, span", [(W_46, ZOOMED_OUT), (W_25, ZOOMED_IN)])
def test_the_zoom_and_its_title_stay_inside_the_plot(edge, span):
    """At the presentation's 20 px the zoom's title is wider than the zoom: it
    stays inside the plot, clear of the error's tick labels on its left."""
    canvas.presentation(True)
    try:
        ax = error_axes(demo_network(), *DEMO_EXAMPLE, edge, span=span)
    finally:
        canvas.presentation(False)
    (inset,) = ax.child_axes
    renderer = ax.figure.canvas.get_renderer()
    zoom, plot = inset.get_tightbbox(renderer), ax.get_window_extent(renderer)     # the zoom: title and ticks
    assert plot.x0 <= zoom.x0 and zoom.x1 <= plot.x1, (zoom, plot)


def test_the_plot_widens_to_show_a_long_step():
    ax = error_axes(demo_network(), *DEMO_EXAMPLE, W_46, span=1.0,
                                   learning_rate=100.0)
    tail, head = arrow(ax)
    assert head[0] == pytest.approx(0.9 + 100 * 0.0436, abs=5e-3)
    curve = labelled_lines(ax)["E as w_46 changes"]
    assert curve.get_xdata()[-1] > head[0]


@pytest.mark.parametrize("edge, word", [(W_46, "raises"), (W_25, "lowers")])
def test_arrow_and_title_follow_the_sign_rule(edge, word):
    ax = error_axes(demo_network(), *DEMO_EXAMPLE, edge, span=ZOOMED_IN)
    (tail, head) = arrow(ax)
    name = {W_46: "46", W_25: "25"}[edge]
    sign = {W_46: "<", W_25: ">"}[edge]
    rule = f"dE/dw_{name} {sign} 0: the update {word} w_{name}"
    assert rule in ax.get_title()
    assert (head[0] > tail[0]) == (word == "raises")
    assert head[1] < tail[1]                                 # E goes down


def test_no_arrow_when_the_slope_is_zero():
    net = demo_network()
    x_input, _ = DEMO_EXAMPLE
    y_target = net.predict(x_input)          # a perfect prediction: every dE/dw is 0
    ax = error_axes(net, x_input, y_target, W_46)
    assert not annotations(ax) and not ax.child_axes
    assert "= 0: the update leaves w_46 as it is" in ax.get_title()


def test_the_network_is_not_changed():
    net = demo_network()
    weights = [w.copy() for w in net.weights]
    plot_error_against_weight(net, *DEMO_EXAMPLE, W_46)
    assert all(np.array_equal(a, b) for a, b in zip(net.weights, weights))
    assert net.x is None and net.dE_dw is None          # nothing recorded on it either


def test_draws_into_a_given_axes():
    figure, (left, right) = new_plot(800, 600, columns=2, sharey=True)
    assert plot_error_against_weight(demo_network(), *DEMO_EXAMPLE, W_46, ax=right) is figure
    assert len(figure.axes) == 2 and not left.get_lines()
    assert right.get_legend() is not None


@pytest.mark.parametrize("change, error, match", [
    ({"net": "demo"}, TypeError, "net must be a Network"),
    ({"x_input": np.array([1.0, 2.0])}, ValueError, "x_input must have shape"),
    ({"y_target": np.array([[0.9, 0.1]])}, ValueError, "y_target must have shape"),
    ({"edge": [2, 0, 0]}, TypeError, r"edge must be \(l, i, j\)"),
    ({"edge": (2, 0, 0.0)}, TypeError, r"edge must be \(l, i, j\)"),
    ({"edge": (3, 0, 0)}, ValueError, r"sizes \[1, 2, 2, 1\], got \(3, 0, 0\)"),
    ({"edge": (2, 0, 1)}, ValueError, "a weight net.weights"),
    ({"span": 0.0}, ValueError, "span must be a finite number greater than 0"),
    ({"span": float("nan")}, ValueError, "span must be a finite number greater than 0"),
    ({"learning_rate": 0.0}, ValueError, "learning_rate must be a finite number greater than 0"),
    ({"learning_rate": float("inf")}, ValueError, "learning_rate must be a finite number"),
    ({"learning_rate": "1"}, TypeError, "learning_rate must be a number"),
    ({"span": 1e308}, ValueError, r"span must be at most 1000000 \(far beyond"),
    ({"span": MAX_SPAN * 1.5}, ValueError, r"span must be at most 1000000"),
    ({"span": 10**400}, ValueError, r"span must be .* a float can hold"),
    ({"learning_rate": 1e300}, ValueError, r"learning_rate = 1.00e\+300 moves the weight by .* at most"),
    ({"learning_rate": 3e7}, ValueError, r"learning_rate = 3.00e\+07 moves the weight by"),
])
def test_bad_input_names_the_argument(change, error, match):
    arguments = {"net": demo_network(), "x_input": DEMO_EXAMPLE[0],
                 "y_target": DEMO_EXAMPLE[1], "edge": W_46, "span": 3.0, **change}
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(error, match=match):
            plot_error_against_weight(**arguments)


@pytest.mark.parametrize("name", sorted(ACTIVATIONS))
@pytest.mark.parametrize("span, error", [(1e308, ValueError), (MAX_SPAN * 1.001, ValueError),
                                         (10**400, ValueError), (-(10**400), ValueError)])
def test_plot_activation_refuses_a_span_past_the_stated_limit_without_warnings(name, span, error):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(error, match=r"^span must be"):
            plot_activation(name, span=span)


@pytest.mark.parametrize("draw", [lambda: plot_activation("tanh", span=MAX_SPAN),
                                  lambda: plot_error_against_weight(demo_network(), *DEMO_EXAMPLE,
                                                                    (1, 1, 0), span=MAX_SPAN)])
def test_the_widest_span_is_drawn_without_warnings(draw):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        figure = draw()
    assert np.isfinite(figure.axes[0].get_xlim()).all()


def test_works_for_another_network_and_a_batch():
    net = Network([2, 3, 1], seed=1)
    X = np.array([[0.0, 1.0], [1.0, 0.0]])
    T = np.array([[1.0], [0.0]])
    ax = error_axes(net, X, T, (0, 1, 2), span=1.0)   # w_25: node 2 to node 5
    probe = net.copy()
    probe.forward(X)
    probe.backward(T)                                # batch means, as the update rule uses
    lines = labelled_lines(ax)
    assert f"now: w_25 = {format_number(net.weights[0][1, 2])}, E = {format_number(probe.E)}" in lines
    tangent = lines[f"tangent: slope dE/dw_25 = {format_number(probe.dE_dw[0][1, 2])}"]
    assert to_hex(tangent.get_color()) == colors.DE_DW.lower()


# --- the layout every plot shares ---------------------------------------------------

def test_a_new_plot_is_a_course_figure_of_that_size_in_the_course_style():
    figure, axes = new_plot(780, 400, columns=2)
    assert isinstance(figure, canvas.CourseFigure)
    assert canvas.shown_size(figure) == (780, 400) and axes.shape == (2,)
    for ax in axes:
        assert not ax.spines["top"].get_visible()
        figure.draw_without_rendering()
        assert all(label.get_fontsize() == pytest.approx(canvas.font_size())
                   for label in ax.get_xticklabels() + ax.get_yticklabels())


def tick_texts(axis):
    return [label.get_text() for label in axis.get_ticklabels()]


@pytest.mark.parametrize("centre, half_span", [
    (0.0, 1e-9), (0.5, 1e-9), (-3.0, 1e-9), (1e5, 1e-5), (2.5e-7, 1e-9), (-1e12, 1e-3),
    (0.0, 1e-5), (0.5, 0.3), (-3.0, 7.0), (1e5, 4e4), (2.5e-7, 1e-6), (0.0, 1e300),
    (-1e12, 4e4), (1e300, 1e299)])
def test_linear_ticks_follow_the_one_rule_with_no_offset_label(centre, half_span):
    figure, ax = new_plot(500, 300)
    ax.plot([centre - half_span, centre + half_span], [centre + half_span, centre - half_span])
    ax.set_xlim(centre - half_span, centre + half_span)
    ax.set_ylim(centre - half_span, centre + half_span)
    figure.draw_without_rendering()
    for axis in (ax.xaxis, ax.yaxis):
        ticks, texts = list(axis.get_major_formatter().ticks), tick_texts(axis)
        assert axis.get_offset_text().get_text() == ""
        assert len(texts) == len(set(texts)) >= 2, texts          # no two alike
        digits = 3
        while len({format_rate(tick, digits) for tick in ticks}) < len(ticks):
            digits += 1                                            # the fewest that tell apart
        step = min(np.diff(ticks))
        assert texts == [format_rate(0.0 if abs(t) < 1e-9 * step else t, digits) for t in ticks]


@pytest.mark.parametrize("make", [
    lambda: plot_activation("sigmoid", span=1e-9),
    lambda: plot_activation("tanh", span=2e5),
    lambda: plot_error_against_weight(demo_network(), *DEMO_EXAMPLE, (2, 0, 0), span=1e-9),
    lambda: plot_error_against_weight(demo_network(), *DEMO_EXAMPLE, (0, 0, 0), span=500.0),
])
def test_the_lesson_plots_ticks_follow_the_one_rule_with_no_offset_label(make):
    figure = make()
    figure.draw_without_rendering()
    for ax in figure.axes:
        for axis in (ax.xaxis, ax.yaxis):
            assert axis.get_offset_text().get_text() == ""
            for text in filter(None, tick_texts(axis)):
                assert "−" not in text and not text.endswith(".0"), text
                assert text == format_rate(float(text), len(text.split("e")[0].strip("-0.")) or 3)


@pytest.mark.parametrize("squeeze", [True, False])
def test_panels_too_narrow_side_by_side_are_stacked(squeeze):
    """Two panels of 390 px hold 27 text heights at 14 px, but only 19.5 at 20 px."""
    assert new_plot(780, 400, columns=2, squeeze=squeeze)[0].axes[1].get_position().y0 == \
        pytest.approx(new_plot(780, 400, columns=2)[0].axes[0].get_position().y0)
    canvas.presentation(True)
    try:
        figure, axes = new_plot(780, 400, columns=2, squeeze=squeeze, width_ratios=[2, 1])
    finally:
        canvas.presentation(False)
    assert canvas.shown_size(figure) == (780, 800)
    assert np.shape(axes) == ((2,) if squeeze else (1, 2))
    top, bottom = np.ravel(axes)
    assert top.get_position().y0 > bottom.get_position().y1       # one under the other
    assert top.get_position().width == pytest.approx(bottom.get_position().width)


def test_a_new_plot_refuses_a_figure_wider_than_a_notebook_column_and_bad_grids():
    with pytest.raises(ValueError, match="width_px must be at most 800"):
        new_plot(1200, 400)
    with pytest.raises(ValueError, match="columns must be at least 1"):
        new_plot(500, 400, columns=0)
    with pytest.raises(TypeError, match="rows must be a whole number"):
        new_plot(500, 400, rows=1.5)


def test_a_legend_below_takes_fewer_columns_when_they_do_not_fit():
    figure, axes = new_plot(780, 400, columns=2)
    for ax in axes:
        for k in range(3):
            ax.plot([0, 1], [k, k], label=f"a long label for the line number {k}")
    assert legend_columns(legend_below(axes[0], columns=3)) == 1   # half of 780 px: one
    alone, ax = new_plot(780, 400)
    ax.plot([0, 1], [0, 1], label="one")
    ax.plot([0, 1], [1, 0], label="two")
    assert legend_columns(legend_below(ax, columns=2)) == 2


def test_log_axes_are_labelled_in_one_format():
    figure, ax = new_plot(500, 400)
    ax.plot([1e-4, 1e2], [1e-6, 1e6])
    log_scale(ax, "x")
    log_scale(ax, "y")
    figure.draw_without_rendering()
    ticks = [(label.get_position(), label.get_text()) for label in ax.get_xticklabels()]
    ticks += [((y, x), text) for (x, y), text in
              ((label.get_position(), label.get_text()) for label in ax.get_yticklabels())]
    labels = [text for _, text in ticks if text]
    assert labels and not [label for label in labels if "^" in label]   # no small exponents
    for (value, _), text in ticks:       # each tick the number it is, by the one rule
        if text:                         # (which decades get one depends on matplotlib)
            assert text == format_rate(value) and float(text) == pytest.approx(value)
    assert {"0.001", "0.01", "0.1", "1", "10"} & set(labels)
    assert {"1e-06", "1e-05", "1e+04", "1e+05", "1e+06"} & set(labels)


@pytest.mark.parametrize("value, text", [
    (1e-5, "1e-05"), (1e-4, "0.0001"), (2e-3, "0.002"), (1.0, "1"), (50.0, "50"),
    (1000.0, "1000"), (3e4, "3e+04"), (1e5, "1e+05"), (1e-300, "1e-300")])
def test_a_log_tick_reads_as_the_same_number_does_everywhere(value, text):
    assert log_tick(value) == text
