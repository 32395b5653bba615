"""Every plot of the course, as the notebooks and the widgets draw it, read as a picture:
legible from the back row, nothing off the figure, markers inside their axes, at
least 10 px and outlined in a dark colour, each learning rate in its decade's
colour and a line style of its own, every log axis labelled in one format, no
code names, and the playground's regions apart in lightness with every point
standing out from the region under it.

Each picture is drawn at the course's text size and again in presentation
mode (``canvas.presentation()``), where the text is bigger in the same
width.
"""

import functools
import re
from unittest import mock

import numpy as np
import pytest
from matplotlib.colors import to_hex, to_rgb, to_rgba
from picture_checks import assert_legible, assert_markers_inside, drawn_texts, rate_lines

from bp_helpers import DEMO_EXAMPLE, Network, demo_network, train, verdict
from bp_helpers.datasets import curve, spiral, three_classes, two_circles, xor
from bp_helpers.diagnoses import gradient_ratio
from bp_helpers.experiments import (
    compare_learning_rates,
    deep_network,
    explorer_first_state,
    plot_fits,
    plot_one_update,
    plot_rate_sweep,
)
from bp_helpers.formatting import format_rate
from bp_helpers.pictures import canvas, colors
from bp_helpers.pictures.gradient_bars import plot_dE_dx_by_layer
from bp_helpers.pictures.lesson_plots import plot_activation, plot_activations, plot_error_against_weight
from bp_helpers.pictures.plot_layout import MAX_HEIGHT_PX, log_tick, new_plot
from bp_helpers.pictures.widget_plots import (
    CLASS_REGIONS,
    ClassRegions,
    DecisionBoundary,
    ErrorCurve,
    RateSweepPlot,
)
from bp_helpers.rate_sweep import train_rates
from bp_helpers.training import TrainingResult

x_demo, t_demo = DEMO_EXAMPLE
X_LINE = np.linspace(-1.0, 1.0, 10).reshape(10, 1)
T_LINE = 2.0 * X_LINE + 0.5            # notebook 4's straight line: diverges for alpha >= 3


def two_weights():
    """Notebook 2: two weights side by side, one vertical scale."""
    figure, (left, right) = new_plot(800, 560, columns=2, sharey=True)
    for edge, ax in (((2, 0, 0), left), ((1, 0, 1), right)):
        plot_error_against_weight(demo_network(), x_demo, t_demo, edge, span=0.06, ax=ax)
    return figure


def two_comparisons():
    """Notebook 4: XOR and a straight line, side by side."""
    figure, axes = new_plot(800, 520, columns=2)
    compare_learning_rates(Network([2, 2, 1], seed=1), *xor(), [0.5, 10, 50, 100], 300,
                           ax=axes[0], title="XOR")
    compare_learning_rates(Network([1, 1], "linear"), X_LINE, T_LINE, [0.3, 3, 10], 20,
                           ax=axes[1], title="a straight line")
    return figure


def fits():
    """Notebook 4: a network before and after training on 40 examples."""
    X, T = curve()
    nets = {"before training": Network([1, 4, 1], seed=0)}
    for updates in (100, 1000):
        nets[f"after {updates} updates"] = nets["before training"].copy()
        train(nets[f"after {updates} updates"], X, T, 10.0, updates)
    return plot_fits(nets, X, T)


def widget_curve(rates=(0.01, 100, 1.0), X=x_demo, T=t_demo, net=demo_network):
    """The explorer's curve on its own figure: each rate kept, the last one current."""
    error_curve = ErrorCurve()
    for k, rate in enumerate(rates):
        if k:
            error_curve.keep()
        result = train(net(), X, T, rate, 100)
        error_curve.show(result.errors, f"α = {format_rate(rate)} ({verdict(result).label})",
                         result.diverged_at, learning_rate=rate)
    return error_curve.figure


def widget_sweep(X=x_demo, T=t_demo, net=demo_network, updates=100):
    """The explorer's sweep picture on its own figure, the rate 1 marked."""
    rates = list(np.logspace(-3, 2, 16))
    sweep = train_rates(net(), X, T, rates, updates)
    picture = RateSweepPlot()
    picture.show(rates, sweep.results, [verdict(result) for result in sweep.results])
    picture.mark(1.0)
    return picture.figure


def widget_boundary(data=two_circles, sizes=(2, 6, 1)):
    """The explorer's decision boundary on its own figure."""
    X, T = data()
    net = Network(list(sizes), ["tanh"] * (len(sizes) - 2) + ["sigmoid"])
    train(net, X, T, 3.0, 300)
    boundary = DecisionBoundary(X, T)
    boundary.show(net)
    return boundary.figure


PICTURES = {
    "activation": lambda: plot_activation("sigmoid"),
    "activations, notebook 1": lambda: plot_activations(["sigmoid", "linear"], span=6.0),
    "activations, notebook 6": lambda: plot_activations(["sigmoid", "tanh", "relu", "linear"]),
    "three activations": lambda: plot_activations(["sigmoid", "tanh", "relu"]),
    "E against w_46, zoomed": lambda: plot_error_against_weight(demo_network(), x_demo, t_demo,
                                                                (2, 0, 0)),
    "E against w_25, zoomed": lambda: plot_error_against_weight(demo_network(), x_demo, t_demo,
                                                                (1, 0, 1)),
    "E against a weight, a long step": lambda: plot_error_against_weight(
        demo_network(), x_demo, t_demo, (2, 0, 0), span=1.0, learning_rate=100.0),
    "two weights, notebook 2": two_weights,
    "one update, notebook 4": lambda: plot_one_update(demo_network(), x_demo, t_demo,
                                                      np.logspace(-2, 2.5, 46)),
    "demo compared, notebook 4": lambda: compare_learning_rates(
        demo_network(), x_demo, t_demo, [0.01, 1.0, 100], 100, title="the demo example").figure,
    "two comparisons, notebook 4": two_comparisons,
    "six rates compared": lambda: compare_learning_rates(
        demo_network(), x_demo, t_demo, [0.001, 0.01, 0.1, 0.3, 5.0, 100.0], 30).figure,
    "diverged runs alone": lambda: compare_learning_rates(
        Network([1, 1], "linear"), X_LINE, T_LINE, [3.0, 10.0], 20, title="diverged").figure,
    "first state, notebook 4": lambda: explorer_first_state(
        demo_network(), x_demo, t_demo, compare=[0.01, 100]).figure,
    "first state with a boundary, notebook 6": lambda: explorer_first_state(
        Network([2, 4, 1], ["tanh", "sigmoid"]), *xor(), learning_rate=3.0, updates=500,
        compare=[0.3, 30.0]).figure,
    "first state of the spiral": lambda: explorer_first_state(
        Network([2, 16, 16, 1], ["tanh", "tanh", "sigmoid"]), *spiral(), learning_rate=3.0,
        updates=300).figure,
    "fits, notebook 4": fits,
    "dE/dx by layer, notebook 7": lambda: plot_dE_dx_by_layer(
        {name: gradient_ratio(deep_network(name), *curve()).sizes
         for name in ("sigmoid", "tanh", "relu")}),
    "dE/dx by layer with zeros": lambda: plot_dE_dx_by_layer(
        {"a": [1e-7, 1e-3, 1e-1, 1e3], "b": [0.0, 0.0, 1e-2, 1e-2]}),
    "widget curve": widget_curve,
    "widget curve, six runs": lambda: widget_curve((0.001, 0.01, 0.2, 5.0, 100.0, 1.0)),
    "widget curve, diverged": lambda: widget_curve((3.0, 10.0), X_LINE, T_LINE,
                                                   lambda: Network([1, 1], "linear", seed=0)),
    "rate sweep, notebook 4": lambda: plot_rate_sweep(demo_network(), x_demo, t_demo, 100,
                                                      learning_rate=1.0),
    "rate sweep that diverges": lambda: plot_rate_sweep(Network([1, 1], "linear"), X_LINE,
                                                        T_LINE, 20, learning_rate=3.0),
    "widget sweep": widget_sweep,
    "widget sweep, XOR": lambda: widget_sweep(*xor(), lambda: Network([2, 2, 1], seed=1), 300),
    "widget boundary, circles": widget_boundary,
    "widget boundary, XOR": lambda: widget_boundary(xor, (2, 4, 1)),
}


@functools.cache
def picture(name):
    """``PICTURES[name]``, made once at the course's text size (14 px) for every check
    that only reads it: drawing a figure again changes none of its artists."""
    assert canvas.text_px() == canvas.TEXT_PX["notebook"], "made outside presentation mode"
    return PICTURES[name]()


@pytest.fixture(params=["notebook", "presentation"])
def text_mode(request):
    canvas.presentation(request.param == "presentation")
    yield request.param
    canvas.presentation(False)


@pytest.mark.parametrize("name", PICTURES)
def test_every_text_is_legible_inside_the_figure_and_apart(name, text_mode):
    assert_legible(picture(name) if text_mode == "notebook" else PICTURES[name]())


@pytest.mark.parametrize("name", PICTURES)
def test_every_marker_is_inside_its_axes(name):
    assert_markers_inside(picture(name))


@pytest.mark.parametrize("name", [name for name in PICTURES
                                  if "curve" in name or "compar" in name or "first" in name])
def test_each_learning_rate_has_its_own_colour_and_line_style(name):
    figure = picture(name)
    assert rate_lines(figure)
    assert_distinct_rate_styles(figure)


def assert_distinct_rate_styles(figure):
    """On each axes, every line labelled "α = ..." has its rate's decade colour
    (``colors.rate_style``) and a line style no other rate of the axes has."""
    for ax in figure.axes:
        styles = {}
        for line in ax.get_lines():
            if line.get_label().startswith("α = ") and len(line.get_xdata()):
                rate = float(line.get_label().split()[2])
                assert to_hex(line.get_color()) == to_hex(colors.rate_style(rate)["color"])
                dashes = line._unscaled_dash_pattern      # tells (0, (10, 3)) from "--"
                styles.setdefault(rate, set()).add((dashes[0], tuple(dashes[1] or ())))
        assert all(len(style) == 1 for style in styles.values())
        assert len({next(iter(style)) for style in styles.values()}) == len(styles)


def test_the_pictures_are_crisp_pngs_at_their_size():
    figure = plot_activation("tanh")
    png = canvas.png(figure)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert (width, height) == tuple(canvas.PIXEL_RATIO * size
                                    for size in canvas.shown_size(figure))


# --- marks, keys and scales, read on the figures' artists ---------------------------------

DARK = 3.0              # a mark's outline: at least 3:1 on white (WCAG for graphics)
MIN_MARKER_PX = 10


def _seen(rgba):
    """The colour ``rgba`` shows on white (its alpha mixed in), as "#rrggbb"."""
    r, g, b, a = to_rgba(rgba)
    return to_hex([a * c + 1 - a for c in (r, g, b)])


def _marks(figure):
    """``(what, size in px, edge colours)`` of every marker of data drawn on ``figure``."""
    px_per_point = canvas.PX_PER_INCH / 72
    for ax in [ax for top in figure.axes for ax in [top] + list(top.child_axes)]:
        for line in ax.get_lines():
            marker = line.get_marker()
            if (marker in ("None", "", None, " ") or not line.get_visible()
                    or not len(line.get_xdata())):
                continue
            edge = line.get_markeredgecolor()
            yield (repr(line.get_label()), line.get_markersize() * px_per_point,
                   [to_rgba(edge, line.get_alpha())])
        for points in ax.collections:
            if len(points.get_offsets()) and points.get_offset_transform() == ax.transData:
                yield (repr(points.get_label()), np.sqrt(np.min(points.get_sizes())) * px_per_point,
                       [tuple(edge) for edge in points.get_edgecolors()])


@pytest.mark.parametrize("name", PICTURES)
def test_every_marker_is_at_least_10_px_and_outlined_in_a_dark_colour(name):
    for what, size, edges in _marks(picture(name)):
        assert size >= MIN_MARKER_PX, f"the markers of {what} are {size:.1f} px"
        for edge in edges:
            assert colors.contrast(_seen(edge)) >= DARK, f"the outline of {what} is {_seen(edge)}"


@pytest.mark.parametrize("name", PICTURES)
def test_every_log_axis_is_labelled_in_one_format(name):
    """Every tick of a log axis by the one rule for numbers (1e-05, 0.002, 1, 1e+04),
    never as 10^-4, and never one tick in another format than the others."""
    figure = picture(name)
    renderer, drawn = drawn_texts(figure)
    drawn = set(map(id, drawn))
    for ax in figure.axes:
        for axis, scale in ((ax.xaxis, ax.get_xscale()), (ax.yaxis, ax.get_yscale())):
            if scale != "log":
                continue
            along = 0 if axis is ax.xaxis else 1
            ticks = [(label.get_position()[along], label.get_text())
                     for label in axis.get_ticklabels() if id(label) in drawn]
            assert ticks, f"a log axis of {name} has no labelled tick"
            assert all(text == log_tick(value) for value, text in ticks), ticks


# w_46, dw_46, y_2, and the network's x_input, y_target, y_output: the lesson's names
LESSON_NAME = re.compile(r"d?[A-Za-z]_\d+|x_input|y_target|y_output")


@pytest.mark.parametrize("name", PICTURES)
def test_no_code_name_in_any_label_title_or_key(name):
    """Axis labels, titles and keys speak the lesson's notation ("output y", "w_46",
    "dE/dw_46", "x_input"), never the code's ("dE_dw", "learning_rate")."""
    _, texts = drawn_texts(picture(name))
    for text in texts:
        for word in re.findall(r"[A-Za-z]\w*_\w+", text.get_text()):
            assert LESSON_NAME.fullmatch(word), f"{word!r} in {text.get_text()!r}"


def lightness(color):
    """CIELAB L* of an sRGB colour: linear light, the luminance Y (D65), then L*."""
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in to_rgb(color)]
    Y = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    f = Y ** (1 / 3) if Y > (6 / 29) ** 3 else Y / (3 * (6 / 29) ** 2) + 4 / 29
    return 116 * f - 16


def test_lightness_is_cielab_l_star():
    assert lightness("#FFFFFF") == pytest.approx(100)
    assert lightness("#000000") == pytest.approx(0)
    assert lightness("#777777") == pytest.approx(50.0, abs=0.3)      # the middle grey
    assert lightness("#FF0000") == pytest.approx(53.24, abs=0.05)


def test_the_two_class_regions_differ_in_lightness():
    assert abs(lightness(CLASS_REGIONS(0.0)) - lightness(CLASS_REGIONS(1.0))) >= 10


@pytest.mark.parametrize("name", [name for name in PICTURES if "boundary" in name])
def test_every_point_stands_out_from_the_region_under_it(name):
    """3:1 at least between a point's colour and the tint shaded where it lies."""
    figure = picture(name)
    for ax in figure.axes:
        if not ax.images:
            continue
        image = ax.images[0]
        shaded, (left, right, bottom, top) = image.get_array(), image.get_extent()
        rows, columns = shaded.shape
        for points in ax.collections:
            if not points.get_label().startswith("class"):
                continue
            face = to_hex(points.get_facecolor()[0])
            for x, y in points.get_offsets():
                column = int(round((x - left) / (right - left) * (columns - 1)))
                row = int(round((y - bottom) / (top - bottom) * (rows - 1)))
                under = to_hex(image.get_cmap()(shaded[row, column]))
                assert colors.contrast(face, under) >= 3.0, (face, under, x, y)


# --- the widgets' figures at every width a widget gives them ------------------------------

WIDGET_WIDTHS = [300, 396, 560, 800]       # from a narrow column to canvas.MAX_WIDTH_PX
# The widths a widget gives a picture in each text mode: in presentation mode the
# explorer's narrowest picture is 396 px.
WIDGET_SIZES = [("notebook", width) for width in WIDGET_WIDTHS] + [
    ("presentation", width) for width in WIDGET_WIDTHS if width >= 396]
WIDGET_HEIGHT = 420                         # the explorer's (widgets.PICTURES_HEIGHT)
LONG_RUNS = [(0.001, "too slow"), (0.01, "too slow"), (0.3, "oscillating"),
             (5.0, "getting worse"), (30.0, "diverged at update 12"),
             (100.0, "diverged at update 3")]    # five kept, the last one current


class _Verdict:
    def __init__(self, label):
        self.label = label


def widget_curve_of_six(width_px, height_px):
    """The explorer's curve at its most crowded: 6 runs with long verdicts, 2 diverged."""
    curve = ErrorCurve(width_px=width_px, height_px=height_px)
    for k, (rate, label) in enumerate(LONG_RUNS):
        if k:
            curve.keep()
        diverged_at = int(label.split()[-1]) if label.startswith("diverged") else None
        errors = np.geomspace(1.0, 1e-4 if diverged_at is None else 1e3, diverged_at or 100)
        curve.show(errors, f"α = {format_rate(rate)} ({label})", diverged_at,
                   learning_rate=rate)
    return curve


def widget_sweep_of_every_verdict(width_px, height_px):
    """The sweep picture with a region of every verdict, a ✕ and a triangle on the floor."""
    labels = ["no gradient", "too slow", "stalled", "converging", "getting worse",
              "oscillating", "short run", "diverged"]
    rates = np.logspace(-3, 2, 16)
    picture = RateSweepPlot(width_px=width_px, height_px=height_px)
    final = np.geomspace(1e-1, 1e-14, len(rates))      # the last ones under the floor
    results = [TrainingResult(np.geomspace(1.0, E, 5), 1.0, E, 3 if k == len(rates) - 1
                              else None, "") for k, E in enumerate(final)]    # the last: ✕
    picture.show(rates, results, [_Verdict(labels[k * len(labels) // len(rates)])
                                  for k in range(len(rates))])
    picture.mark(1.0)
    return picture


def widget_boundary_at(width_px, height_px):
    X, T = xor()
    boundary = DecisionBoundary(X, T, width_px=width_px, height_px=height_px)
    net = Network([2, 4, 1], ["tanh", "sigmoid"])
    train(net, X, T, 3.0, 200)
    boundary.show(net)
    return boundary


def widget_regions_at(width_px, height_px):
    X, T = three_classes()
    regions = ClassRegions(X, T, width_px=width_px, height_px=height_px)
    net = Network([2, 6, 3], ["tanh", "softmax"], error="cross_entropy")
    train(net, X, T, 1.0, 100)
    regions.show(net)
    return regions


WIDGET_FIGURES = {"curve of six runs": widget_curve_of_six,
                  "sweep of every verdict": widget_sweep_of_every_verdict,
                  "boundary": widget_boundary_at,
                  "regions of three classes": widget_regions_at}


@pytest.mark.parametrize("text_mode, width_px", WIDGET_SIZES, indirect=["text_mode"])
@pytest.mark.parametrize("name", WIDGET_FIGURES)
def test_a_widget_figure_holds_its_legend_at_every_width_in_its_height(name, width_px,
                                                                       text_mode):
    """At any width a widget gives it, and the explorer's height, every text of the
    figure (legend included) lies inside it, at the course's size, apart from the others;
    the figure keeps the size it was given."""
    picture = WIDGET_FIGURES[name](width_px, WIDGET_HEIGHT)
    assert canvas.shown_size(picture.figure) == (width_px, WIDGET_HEIGHT)
    assert_legible(picture.figure)
    assert_markers_inside(picture.figure)
    legend = picture.ax.get_legend()
    renderer, drawn = drawn_texts(picture.figure)
    assert set(legend.get_texts()) <= set(drawn)        # the legend is drawn, all of it
    assert min(text.get_fontsize() for text in drawn) >= canvas.font_size() - 1e-9


@pytest.mark.parametrize("width_px", WIDGET_WIDTHS)
@pytest.mark.parametrize("name", WIDGET_FIGURES)
def test_a_widget_figure_of_its_own_height_grows_to_hold_its_legend(name, width_px, text_mode):
    picture = WIDGET_FIGURES[name](width_px, None)
    width, height = canvas.shown_size(picture.figure)
    assert width == width_px and height >= type(picture).SIZE[1] * canvas.text_px() - 1
    assert_legible(picture.figure)
    assert_markers_inside(picture.figure)


# --- a legend's handle shows its line's style ----------------------------------------------

# One kind of bar, named by the axis label, its groups by the names above them: no legend.
WITHOUT_LEGEND = ("dE/dx by layer",)


@pytest.mark.parametrize("name", [name for name in PICTURES if not name.startswith(WITHOUT_LEGEND)])
def test_every_legend_handle_shows_a_whole_period_of_its_dashes(name):
    """matplotlib scales a dash pattern with the line's width: a thick dash-dot line's
    first dash alone is longer than a usual handle, which then shows a solid bar.  Each
    dashed handle of every legend holds a whole period and the next dash (— · —)."""
    figure = picture(name)
    figure.draw_without_rendering()
    legends = [ax.get_legend() for ax in figure.axes if ax.get_legend() is not None]
    assert legends, f"{name} has no legend"
    for legend in legends:
        for handle, text in zip(legend.legend_handles, legend.get_texts()):
            lines = [part for part in np.ravel([handle]) if hasattr(part, "get_xdata")]
            for line in lines:
                _, dashes = line._dash_pattern          # in points, at the handle's width
                if not dashes or line.get_linestyle() in ("None", ""):
                    continue
                length = np.ptp(np.asarray(line.get_xdata(), dtype=float))     # points
                assert length >= sum(dashes) + dashes[0] - 1e-6, \
                    f"{text.get_text()!r}: a handle of {length:.1f} pt, dashes {dashes}"


def _drawn_data(ax):
    """Every artist of ``ax`` that draws something besides its axis elements (spines,
    ticks, grid, labels, title, background): lines with data, patches of some size,
    collections, images, texts that are not empty."""
    axis_parts = set(ax.spines.values()) | {ax.xaxis, ax.yaxis, ax.patch, ax.title,
                                            ax._left_title, ax._right_title, ax.get_legend()}
    for artist in ax.get_children():
        if artist in axis_parts or not artist.get_visible():
            continue
        if hasattr(artist, "get_xdata") and not len(artist.get_xdata()):
            continue
        if hasattr(artist, "get_text") and not artist.get_text().strip():
            continue
        if hasattr(artist, "get_height") and artist.get_height() == 0:
            continue
        yield artist


@pytest.mark.parametrize("make", [widget_sweep_of_every_verdict,
                                  lambda width, height: _sweep_of(widget_sweep)])
def test_everything_the_sweep_draws_is_in_its_key_or_named_by_its_axes(make):
    """The rate in use is a ring, in the key; no line across the axes, in no key, that
    looks like the dotted hatch of "stalled".  The line of final errors is named by the
    axis labels; each region's verdict, the grey band (as the ✕'s key says) in the key."""
    picture = make(440, 420)
    picture.figure.draw_without_rendering()
    legend = picture.ax.get_legend()
    keyed = set(legend.legend_handles) | set(_keyed_originals(picture.ax, legend))
    verdicts = {handle.get_gid() for handle in keyed if handle.get_gid()}
    texts = " ".join(text.get_text() for text in legend.get_texts())
    for artist in _drawn_data(picture.ax):
        if artist is picture.line or artist in keyed:
            continue
        if artist.get_gid() in verdicts:
            continue                            # a region of a verdict in the key
        if artist is picture.band and "grey band" in texts.replace("\n", " "):
            continue
        pytest.fail(f"{artist!r} ({artist.get_label()!r}) is drawn but in no key")


def _keyed_originals(ax, legend):
    """The artists of ``ax`` whose labels the legend shows."""
    labels = {text.get_text().replace("\n", " ") for text in legend.get_texts()}
    return [artist for artist in ax.get_children()
            if hasattr(artist, "get_label") and artist.get_label() in labels]


def _sweep_of(make_figure):
    """The ``RateSweepPlot`` whose figure ``make_figure`` draws (found by its axes)."""
    made = {}
    original = RateSweepPlot.mark

    def recording_mark(self, learning_rate):
        made["picture"] = self
        return original(self, learning_rate)

    with mock.patch.object(RateSweepPlot, "mark", recording_mark):
        make_figure()
    return made["picture"]


def test_the_sweep_of_notebook_4_draws_no_line_across_its_axes():
    figure = plot_rate_sweep(demo_network(), x_demo, t_demo, 100, learning_rate=1.0)
    for ax in figure.axes:
        for line in ax.get_lines():
            x = np.asarray(line.get_xdata(), dtype=float)
            assert not (len(x) == 2 and x[0] == x[1] and line.get_visible()), line


def _equal_scales(figure):
    figure.draw_without_rendering()
    for ax in figure.axes:
        if not ax.images:
            continue
        box = ax.get_window_extent()
        (left, right), (bottom, top) = ax.get_xlim(), ax.get_ylim()
        per_px_x, per_px_y = (right - left) / box.width, (top - bottom) / box.height
        assert per_px_x == pytest.approx(per_px_y, rel=0.02), (per_px_x, per_px_y)
        bar = [other for other in figure.axes + list(ax.child_axes)
               if other is not ax and other.get_ylabel() == "prediction y"][0]
        assert bar.get_window_extent().height == pytest.approx(box.height, abs=1.0)
        assert bar.get_window_extent().x0 > box.x1          # beside the plot, not over it
        return
    pytest.fail("no decision boundary")


@pytest.mark.parametrize("name", [name for name in PICTURES
                                  if "boundary" in name or "spiral" in name])
def test_the_decision_boundary_has_equal_scales_and_its_bar_beside_it(name):
    """A circle is round and XOR's square square: one unit is as long along both axes."""
    _equal_scales(picture(name))


@pytest.mark.parametrize("width_px", WIDGET_WIDTHS)
def test_the_widgets_boundary_has_equal_scales_at_every_width(width_px):
    _equal_scales(widget_boundary_at(width_px, WIDGET_HEIGHT).figure)


# --- heights and names --------------------------------------------------------------------

DEFAULTS = {     # each plotting function with its defaults (the notebooks' arguments)
    "plot_activation": lambda: plot_activation("relu"),
    "plot_activations": lambda: plot_activations(),
    "plot_error_against_weight": lambda: plot_error_against_weight(demo_network(), x_demo,
                                                                   t_demo, (2, 0, 0)),
    "plot_one_update": lambda: plot_one_update(demo_network(), x_demo, t_demo, [0.1, 1, 10]),
    "compare_learning_rates": lambda: compare_learning_rates(demo_network(), x_demo, t_demo,
                                                             [0.01, 1.0, 100], 30).figure,
    "explorer_first_state": lambda: explorer_first_state(demo_network(), x_demo, t_demo).figure,
    "explorer_first_state, 2-D": lambda: explorer_first_state(
        Network([2, 4, 1], ["tanh", "sigmoid"]), *xor(), compare=[0.3, 30.0]).figure,
    "plot_rate_sweep": lambda: plot_rate_sweep(demo_network(), x_demo, t_demo, 30,
                                               learning_rate=1.0),
    "plot_fits": fits,
    "plot_dE_dx_by_layer": lambda: plot_dE_dx_by_layer(
        {name: gradient_ratio(deep_network(name), *curve()).sizes
         for name in ("sigmoid", "tanh", "relu")}),
    "ErrorCurve": widget_curve,
    "RateSweepPlot": widget_sweep,
    "DecisionBoundary": widget_boundary,
    "ClassRegions": lambda: widget_regions_at(None, None).figure,
    "explorer_first_state, three classes": lambda: explorer_first_state(
        Network([2, 6, 3], ["tanh", "softmax"], error="cross_entropy"), *three_classes(),
        updates=100).figure,
}


@pytest.mark.parametrize("name", DEFAULTS)
def test_every_default_picture_fits_a_laptops_notebook_panel(name):
    """JupyterLab at 1024 x 768 shows 647 px of output: no default picture is taller than
    ``plot_layout.MAX_HEIGHT_PX``, and its text is at the course's size, inside and apart."""
    figure = DEFAULTS[name]()
    assert canvas.shown_size(figure)[1] <= MAX_HEIGHT_PX
    assert_legible(figure)


def test_the_four_activations_of_notebook_5_fit_in_600_px():
    figure = plot_activations(["sigmoid", "tanh", "relu", "linear"])
    assert canvas.shown_size(figure) == (800, 600)


@pytest.mark.parametrize("name", ["activations, notebook 6", "dE/dx by layer, notebook 7"])
def test_the_activations_are_named_as_the_lesson_writes_them(name):
    _, texts = drawn_texts(picture(name))
    words = {word for text in texts for word in re.findall(r"\w+", text.get_text())}
    assert "ReLU" in words and "relu" not in words


def test_the_fits_name_the_networks_input_and_output_in_the_lessons_notation():
    ax = fits().axes[0]
    assert ax.get_xlabel() == "x_input"
    assert "y_output" in ax.get_ylabel() and "y_target" in ax.get_ylabel()
