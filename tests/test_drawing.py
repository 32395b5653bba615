"""The network diagram: the numbers it writes, empty values, highlighting,
options, large networks, bad input, and that no text overlaps another."""

import itertools
from types import SimpleNamespace

import io

import matplotlib
import numpy as np
import pytest
from matplotlib.colors import to_hex
from matplotlib.figure import Figure
from PIL import Image

from bp_helpers import DEMO_EXAMPLE, STEPPER_SHOW, Network, colors, demo_network, trace
from bp_helpers.drawing import (DEFAULT_SHOW, DIM_ALPHA, DPI, OUTLINE_WIDTH,
                                TARGET_EDGE_EXTRA_WIDTH, NetworkDiagram, draw_network,
                                edge_width, number_text)
from bp_helpers.formatting import format_number
from bp_helpers.layout import FONT_SIZE

EVERYTHING = DEFAULT_SHOW + ("b", "dE_db")


def computed_demo():
    net = demo_network()
    x_input, y_target = DEMO_EXAMPLE
    net.forward(x_input)
    net.backward(y_target)
    return net, y_target


def computed_network(sizes, seed=0):
    rng = np.random.default_rng(seed)
    net = Network(sizes, seed=seed)
    net.biases = [rng.normal(0.0, 0.3, b.shape) for b in net.biases]
    y_target = rng.uniform(0.1, 0.9, sizes[-1])
    net.forward(rng.uniform(-1.0, 1.0, sizes[0]))
    net.backward(y_target)
    return net, y_target


def shown_texts(figure):
    """Every text that is drawn: visible and not empty."""
    return [text for text in figure.findobj(lambda a: hasattr(a, "get_text"))
            if text.get_visible() and text.get_text()]


def strings(figure):
    return {text.get_text() for text in shown_texts(figure)}


def node_value(diagram, l, i, name):
    return diagram.elements[("node", l, i)].values[name].get_text()


# --- the numbers --------------------------------------------------------------

def test_demo_texts_hand_checked():
    """Numbers of the lesson's network, worked out by hand (docs/algorithm.md):
    x_4 = 0.5 * 0.711 + 0.3 * 0.378 + 0.2 = 0.669, E = (0.620 - 0.9)^2 / 2."""
    net, y_target = computed_demo()
    texts = strings(draw_network(net, y_target=y_target))
    for expected in ["node 1", "node 4", "node 6", "x = y = 1.00", "x = 0.669", "y = 0.661",
                     "x = 0.900", "y = 0.711", "y = 0.620", "w_24 = 0.500", "w_56 = -0.500",
                     "E = 0.0392", "target = 0.900", "dE/dy = -0.280"]:
        assert expected in texts


def test_demo_texts_match_the_network_arrays():
    net, y_target = computed_demo()
    diagram = NetworkDiagram(net.sizes, show=EVERYTHING).update(net, y_target=y_target)
    texts = strings(diagram.figure)
    for l, size in enumerate(net.sizes):
        for i in range(size):
            for name in ("dE_dx", "dE_dy"):
                label = {"dE_dx": "dE/dx", "dE_dy": "dE/dy"}[name]
                value = format_number(getattr(net, name)[l][i])
                assert node_value(diagram, l, i, name) == f"{label} = {value}"
            if l > 0:
                assert node_value(diagram, l, i, "x") == f"x = {format_number(net.x[l][i])}"
                assert node_value(diagram, l, i, "y") == f"y = {format_number(net.y[l][i])}"
                assert f"b = {format_number(net.biases[l - 1][i])}" in texts
                assert f"dE/db = {format_number(net.dE_db[l - 1][i])}" in texts
    for l, w in enumerate(net.weights):
        for i, j in np.ndindex(w.shape):
            a, b = 1 + sum(net.sizes[:l]) + i, 1 + sum(net.sizes[:l + 1]) + j
            edge = diagram.elements[("edge", l, i, j)].values
            assert edge["w"].get_text() == f"w_{a}{b} = {format_number(w[i, j])}"
            assert edge["dE_dw"].get_text() == f"dE/dw = {format_number(net.dE_dw[l][i, j])}"
    assert f"E = {format_number(net.E)}" in texts


def test_every_value_has_its_colour_and_its_name():
    net, y_target = computed_demo()
    diagram = NetworkDiagram(net.sizes, show=EVERYTHING).update(net, y_target=y_target)
    names = {"x": "x = ", "y": "y = ", "dE_dx": "dE/dx = ", "dE_dy": "dE/dy = ",
             "b": "b = ", "dE_db": "dE/db = ", "w": "w_", "dE_dw": "dE/dw = "}
    for (kind, *where), element in diagram.elements.items():
        for name, text in element.values.items():
            if name == "E":
                assert text.get_text().startswith("E = ")
                continue
            if kind == "node" and where[0] == 0 and name in ("x", "y"):   # the input
                assert text.get_text().startswith("x = y = ")
                assert to_hex(text.get_color()) == colors.X.lower()
                continue
            assert text.get_text().startswith(names[name])
            assert to_hex(text.get_color()) == colors.QUANTITY_COLORS[name].lower()


def test_nan_and_none_are_shown_empty():
    net, y_target = computed_demo()
    state = SimpleNamespace(
        sizes=net.sizes, weights=net.weights, biases=net.biases,
        x=[a.copy() for a in net.x], y=[a.copy() for a in net.y],
        dE_dx=None, dE_dy=[None] * 4, dE_dw=None, dE_db=None, E=float("nan"), y_target=None)
    state.x[2][0] = np.nan        # x of node 4 not known yet
    state.y[0][0] = np.nan        # the input's y not known yet: only x is shown
    diagram = NetworkDiagram(net.sizes).update(state)
    assert node_value(diagram, 2, 0, "x") == "x = "
    assert node_value(diagram, 2, 1, "x") == f"x = {format_number(net.x[2][1])}"
    assert node_value(diagram, 0, 0, "x") == "x = 1.00"
    assert node_value(diagram, 2, 0, "dE_dx") == "dE/dx = "
    assert diagram.elements[("edge", 1, 0, 0)].values["dE_dw"].get_text() == "dE/dw = "
    assert diagram.elements[("error",)].values["E"].get_text() == "E = "
    assert "target = " in strings(diagram.figure)
    assert not any("nan" in text or text.endswith("= 0.00") for text in strings(diagram.figure))


def test_network_before_forward_shows_only_its_parameters():
    net = demo_network()
    texts = strings(draw_network(net))
    assert {"x = ", "y = ", "dE/dx = ", "dE/dy = ", "dE/dw = ", "E = "} <= texts
    assert "w_12 = 0.800" in texts


def test_step_snapshots_fill_in_one_value_at_a_time():
    x_input, y_target = DEMO_EXAMPLE
    record = trace(demo_network(), x_input, y_target, 1.0)
    diagram = NetworkDiagram(record.sizes)
    diagram.update(record.snapshot(0))
    assert node_value(diagram, 1, 0, "x") == "x = "
    assert diagram.elements[("error",)].values["E"].get_text() == "E = "
    assert "target = 0.900" in strings(diagram.figure)
    for k in range(len(record)):
        diagram.update(record.snapshot(k + 1), record[k].highlight)
        step = record[k]
        if step.quantity in ("x", "y") and step.target[1] > 0:
            _, l, i = step.target
            expected = f"{step.quantity} = {format_number(step.value)}"
            assert node_value(diagram, l, i, step.quantity) == expected
    assert diagram.elements[("error",)].values["E"].get_text() == "E = 0.0392"


def test_tiny_numbers_keep_to_their_room():
    assert number_text(-0.000123456, 3) == "-0.000123"
    assert number_text(-0.0000123456, 3) == "-1.23e-05"
    assert number_text(0.5, 2) == "0.50"
    assert number_text(float("nan"), 3) == ""


# --- highlighting ---------------------------------------------------------------

def test_highlight_marks_target_reads_and_dims_the_rest():
    net, y_target = computed_demo()
    diagram = NetworkDiagram(net.sizes, show=EVERYTHING)
    highlight = {"target": ("node", 2, 0), "quantity": "x",
                 "reads": [("node", 1, 0), ("node", 1, 1), ("edge", 1, 0, 0),
                           ("edge", 1, 1, 0), ("bias", 2, 0)]}
    diagram.update(net, highlight, y_target)
    target = diagram.elements[("node", 2, 0)]
    assert target.outline.get_linewidth() == OUTLINE_WIDTH["target"]
    assert target.values["x"].get_fontweight() == "bold"
    assert target.values["x"].get_bbox_patch() is not None
    assert target.values["y"].get_bbox_patch() is None
    read = diagram.elements[("node", 1, 0)]
    assert read.outline.get_linewidth() == OUTLINE_WIDTH["read"]
    assert read.outline.get_linestyle() == "--"
    assert read.values["y"].get_alpha() == 1.0
    assert diagram.elements[("bias", 2, 0)].values["b"].get_alpha() == 1.0
    assert diagram.elements[("edge", 1, 0, 0)].values["w"].get_alpha() == 1.0
    rest = diagram.elements[("node", 2, 1)]
    assert rest.outline.get_alpha() == DIM_ALPHA
    assert rest.values["x"].get_alpha() == DIM_ALPHA
    assert diagram.edge_lines[(1, 0, 1)].get_alpha() == DIM_ALPHA
    assert diagram.elements[("error",)].values["E"].get_alpha() == DIM_ALPHA

    diagram.update(net, None, y_target)
    assert target.outline.get_linewidth() == OUTLINE_WIDTH["plain"]
    assert target.values["x"].get_bbox_patch() is None
    assert target.values["x"].get_fontweight() == "normal"
    assert rest.values["x"].get_alpha() == 1.0


def test_highlighted_edge_is_thicker_and_its_quantity_boxed():
    net, y_target = computed_demo()
    diagram = NetworkDiagram(net.sizes).update(net, y_target=y_target)
    line = diagram.edge_lines[(1, 1, 0)]
    plain_width = line.get_linewidth()
    assert plain_width == pytest.approx(edge_width(net.weights[1][1, 0]))
    diagram.update(net, {"target": ("edge", 1, 1, 0), "quantity": "dE_dw",
                         "reads": [("node", 1, 1), ("node", 2, 0)]}, y_target)
    assert line.get_linewidth() == pytest.approx(plain_width + TARGET_EDGE_EXTRA_WIDTH)
    label = diagram.elements[("edge", 1, 1, 0)].values
    assert label["dE_dw"].get_bbox_patch() is not None
    assert label["dE_dw"].get_fontweight() == "bold"
    assert label["w"].get_bbox_patch() is None


def test_edges_show_the_sign_and_size_of_w():
    net, y_target = computed_demo()
    diagram = NetworkDiagram(net.sizes).update(net, y_target=y_target)
    positive, negative = diagram.edge_lines[(1, 0, 0)], diagram.edge_lines[(1, 0, 1)]  # 0.5, -0.6
    assert to_hex(positive.get_color()) == colors.POSITIVE_WEIGHT.lower()
    assert to_hex(negative.get_color()) == colors.NEGATIVE_WEIGHT.lower()
    assert positive.get_linestyle() == "-" and negative.get_linestyle() == "--"
    assert diagram.edge_lines[(2, 0, 0)].get_linewidth() > positive.get_linewidth()  # 0.9 > 0.5


def test_dE_dx_is_bold_in_every_role():
    """Its orange is faint on white; bold keeps it readable, dimmed or not."""
    net, y_target = computed_demo()
    diagram = NetworkDiagram(net.sizes).update(
        net, {"target": ("node", 2, 0), "quantity": "x", "reads": [("node", 1, 0)]}, y_target)
    for l, i in [(2, 0), (1, 0), (1, 1)]:            # the target, a read, a dimmed node
        assert diagram.elements[("node", l, i)].values["dE_dx"].get_fontweight() == "bold"
    assert diagram.elements[("node", 1, 1)].values["dE_dy"].get_fontweight() == "normal"


# --- which label is whose, and the key ------------------------------------------

@pytest.mark.parametrize("sizes", [[1, 2, 2, 1], [2, 3, 3, 2], [2, 2, 2]])
def test_each_label_sits_on_its_own_edge_and_no_other(sizes):
    diagram = NetworkDiagram(sizes, show=STEPPER_SHOW)
    layout = diagram.layout
    assert layout.labelled_gaps == set(range(len(sizes) - 1))
    for edge in layout.edges():
        start, end = layout.edge_segment(*edge)
        centre = np.array(layout.label_centre[edge])
        t = (centre[0] - start[0]) / (end[0] - start[0])
        assert 0 <= t <= 1 and centre == pytest.approx(start + t * (end - start))
        box = layout.label_box(edge)
        for other in layout.gap_edges(edge[0]):
            a, b = layout.edge_segment(*other)
            points = a + np.linspace(0, 1, 1001)[:, np.newaxis] * (b - a)
            assert (box.count_contains(points) > 0) == (other == edge), (edge, other)


def test_label_frames_are_drawn_like_their_edges():
    net, y_target = computed_demo()
    diagram = NetworkDiagram(net.sizes).update(net, y_target=y_target)
    assert set(diagram.label_frames) == set(diagram.edge_lines)
    for edge, frame in diagram.label_frames.items():
        line = diagram.edge_lines[edge]
        assert to_hex(frame.get_edgecolor()) == to_hex(line.get_color())
        assert frame.get_linestyle() == line.get_linestyle()
    w_25 = diagram.label_frames[(1, 0, 1)]
    assert w_25.get_linestyle() == "--"                          # w_25 = -0.6
    net.weights[1][0, 1] = 0.25
    diagram.update(net, y_target=y_target)
    assert w_25.get_linestyle() == "-"
    assert to_hex(w_25.get_edgecolor()) == colors.POSITIVE_WEIGHT.lower()


def test_hidden_label_hides_its_frame():
    net, y_target = computed_network([4, 8, 8, 3])
    diagram = NetworkDiagram(net.sizes).update(net, y_target=y_target)
    assert not any(frame.get_visible() for frame in diagram.label_frames.values())
    diagram.update(net, {"target": ("edge", 1, 2, 3), "quantity": "w"}, y_target)
    assert [edge for edge, frame in diagram.label_frames.items()
            if frame.get_visible()] == [(1, 2, 3)]


@pytest.mark.parametrize("sizes", [[1, 2, 2, 1], [10, 20, 5]])
def test_key_shows_what_edges_say(sizes):
    """A line of key under every diagram, with numbers or without: a sample
    edge drawn as a positive and as a negative weight's edge is drawn."""
    net, y_target = computed_demo() if sizes == [1, 2, 2, 1] else computed_network(sizes)
    diagram = NetworkDiagram(sizes).update(net, y_target=y_target)
    assert {"edges:", "w > 0", "w < 0, the thicker the larger |w|"} <= strings(diagram.figure)
    positive, negative = diagram.key_samples
    for sample, w in [(positive, 1.0), (negative, -1.0)]:
        edge = next(line for (l, i, j), line in diagram.edge_lines.items()
                    if np.sign(net.weights[l][i, j]) == w)
        assert to_hex(sample.get_color()) == to_hex(edge.get_color())
        assert sample.get_linestyle() == edge.get_linestyle()
        assert sample.get_linewidth() == pytest.approx(diagram._edge_width(w))
    assert_no_overlaps(diagram.figure)
    key_top = diagram.ax.transData.transform((0, diagram.layout.key_height))[1]
    key = [text for text in diagram.ax.texts if text.get_text().startswith(("edges", "w "))]
    assert all(text.get_window_extent().y1 < key_top for text in key)
    assert all(element.outline.get_window_extent().y0 >= key_top - 1e-6
               for element in diagram.elements.values() if element.outline is not None)


@pytest.mark.parametrize("show", [DEFAULT_SHOW, STEPPER_SHOW])
def test_demo_text_is_large_at_a_notebooks_width(show):
    """Shown 950 pixels wide (a notebook cell, projected in a lecture hall),
    the lesson's diagram still sets its text at 10 pixels or more per em."""
    diagram = NetworkDiagram([1, 2, 2, 1], show=show)
    width = diagram.size[0] * DPI
    assert FONT_SIZE / 72 * DPI * min(1.0, 950 / width) >= 10


def test_error_box_hangs_under_the_output_layer():
    net, y_target = computed_network([2, 3, 3, 2])
    diagram = NetworkDiagram(net.sizes).update(net, y_target=y_target)
    error = diagram.elements[("error",)].outline
    outputs = [diagram.elements[("node", 3, k)].outline for k in range(2)]
    assert error.get_x() == pytest.approx(outputs[0].get_x())
    assert error.get_y() + error.get_height() < min(box.get_y() for box in outputs)


# --- options -----------------------------------------------------------------------

def test_show_subset_and_precision():
    net, y_target = computed_demo()
    texts = strings(draw_network(net, show=("x", "w"), precision=2, y_target=y_target))
    assert {"x = 0.67", "x = y = 1.0", "w_24 = 0.50"} <= texts
    assert not any(text.startswith(("y =", "dE/", "b =")) for text in texts)
    default = strings(draw_network(net, y_target=y_target))
    assert not any(text.startswith(("b =", "dE/db =")) for text in default)


def test_figure_size_and_png_are_fixed():
    net, y_target = computed_demo()
    one = NetworkDiagram(net.sizes).update(net, y_target=y_target)
    two = NetworkDiagram(net.sizes).update(net, y_target=y_target)
    assert one.size == two.size
    assert one.to_png() == two.to_png()
    assert one.to_png()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize("sizes", [[1, 2, 2, 1], [2, 3, 3, 2]])
def test_png_holds_the_pixels_matplotlib_draws(sizes):
    net, y_target = computed_demo() if sizes == [1, 2, 2, 1] else computed_network(sizes)
    diagram = NetworkDiagram(sizes).update(net, y_target=y_target)
    expected = io.BytesIO()
    with matplotlib.rc_context({"text.hinting": "none"}):
        diagram.figure.savefig(expected, format="png", dpi=DPI)
    pixels = np.asarray(Image.open(io.BytesIO(diagram.to_png())))
    assert pixels.shape[:2] == pytest.approx((diagram.size[1] * DPI, diagram.size[0] * DPI), abs=1)
    assert np.array_equal(pixels, np.asarray(Image.open(expected)))


def test_png_of_a_diagram_drawn_into_a_given_axes():
    figure = Figure(figsize=(12, 4), dpi=50)
    diagram = NetworkDiagram([1, 2, 1], ax=figure.add_subplot()).update(Network([1, 2, 1]))
    assert Image.open(io.BytesIO(diagram.to_png())).size == (600, 200)


def test_update_changes_artists_but_adds_none():
    net, y_target = computed_demo()
    diagram = NetworkDiagram(net.sizes).update(net, y_target=y_target)
    count = len(diagram.figure.findobj())
    diagram.update(demo_network(), {"target": ("error",), "quantity": "E"})
    assert len(diagram.figure.findobj()) == count


def test_draws_into_a_given_axes():
    net, y_target = computed_demo()
    figure = Figure(figsize=(12, 4))
    ax = figure.add_subplot()
    assert draw_network(net, ax=ax, y_target=y_target) is figure
    assert "x = 0.669" in {text.get_text() for text in ax.texts}


def test_large_network_keeps_structure_without_numbers():
    net, y_target = computed_network([10, 20, 5])
    diagram = NetworkDiagram(net.sizes).update(net, y_target=y_target)
    assert not any("=" in text for text in strings(diagram.figure))
    edges = list(diagram.edge_lines.values())
    assert len(edges) == 10 * 20 + 20 * 5
    assert all(line in diagram.ax.lines and line.get_visible() for line in edges)
    assert all(line.get_linewidth() > 0 for line in edges)
    signs = {to_hex(line.get_color()) for line in edges}
    assert signs == {colors.POSITIVE_WEIGHT.lower(), colors.NEGATIVE_WEIGHT.lower()}


def test_middle_sized_network_labels_highlighted_edges_only():
    net, y_target = computed_network([4, 8, 8, 3])
    diagram = NetworkDiagram(net.sizes).update(net, y_target=y_target)
    assert node_value(diagram, 2, 3, "x") == f"x = {number_text(net.x[2][3], 3)}"
    assert not any(text.startswith("w_") for text in strings(diagram.figure))
    diagram.update(net, {"target": ("edge", 1, 2, 3), "quantity": "dE_dw"}, y_target)
    assert sum(text.startswith("w_") for text in strings(diagram.figure)) == 1


# --- bad input ---------------------------------------------------------------------

@pytest.mark.parametrize("show, error", [(("x", "z"), ValueError), ("x", TypeError),
                                         (None, TypeError)])
def test_bad_show(show, error):
    with pytest.raises(error, match="show"):
        NetworkDiagram([1, 2, 1], show=show)


@pytest.mark.parametrize("precision, error", [(-1, ValueError), (0, ValueError),
                                              (2.5, TypeError), (True, TypeError)])
def test_bad_precision(precision, error):
    with pytest.raises(error, match="precision"):
        NetworkDiagram([1, 2, 1], precision=precision)


def test_batch_state_is_refused():
    net = demo_network()
    net.forward(np.array([[1.0], [0.5]]))
    with pytest.raises(ValueError, match="state must hold one example"):
        draw_network(net)


def demo_state():
    """The demo network's values after one pass, as a plain object a test may spoil."""
    net, _ = computed_demo()
    state = SimpleNamespace(**{name: getattr(net, name) for name in (
        "sizes", "weights", "biases", "x", "y", "dE_dx", "dE_dy", "dE_dw", "dE_db", "E")})
    state.x, state.weights = list(state.x), list(state.weights)
    return state


@pytest.mark.parametrize("change, match", [
    (lambda s: setattr(s, "sizes", [1, 3, 1]), "state must be a network of sizes"),
    (lambda s: s.x.__setitem__(1, np.array([1.0, np.inf])), r"state\.x\[1\] must be finite"),
    (lambda s: s.weights.__setitem__(0, np.zeros((2, 1))), r"state\.weights\[0\] must have shape"),
    (lambda s: setattr(s, "y", np.zeros(4)), r"state\.y must be a list"),
])
def test_bad_state(change, match):
    state = demo_state()
    change(state)
    with pytest.raises(ValueError, match=match):
        NetworkDiagram([1, 2, 2, 1]).update(state)


@pytest.mark.parametrize("y_target", [["0.9"], [True], np.array(["0.9"]), [1 + 2j], "0.9"])
def test_y_target_must_be_numbers(y_target):
    with pytest.raises(TypeError, match="y_target must be numbers"):
        draw_network(demo_network(), y_target=y_target)


@pytest.mark.parametrize("change, match", [
    (lambda s: s.x.__setitem__(1, np.array(["0.5", "0.5"])), r"state\.x\[1\] must be numbers"),
    (lambda s: s.weights.__setitem__(0, np.array([[True, False]])), r"state\.weights\[0\] must be numbers"),
    (lambda s: setattr(s, "E", "0.04"), r"state\.E must be numbers"),
    (lambda s: setattr(s, "E", False), r"state\.E must be numbers"),
])
def test_state_values_must_be_numbers(change, match):
    state = demo_state()
    change(state)
    with pytest.raises(TypeError, match=match):
        NetworkDiagram([1, 2, 2, 1]).update(state)


def test_state_without_the_attributes_is_refused():
    with pytest.raises(TypeError, match="state must be a Network"):
        draw_network(object())
    with pytest.raises(TypeError, match="state must be a Network"):
        NetworkDiagram([1, 2, 1]).update(SimpleNamespace(sizes=[1, 2, 1]))


@pytest.mark.parametrize("highlight", [
    {"target": ("node", 4, 0)}, {"target": ("edge", 0, 0, 2)}, {"target": ("bias", 0, 0)},
    {"target": ("nod", 1, 0)}, {"target": ("node", 1)}, {"target": ("node", 1.0, 0)},
    {"target": ("node", 1, 0), "quantity": "w"}, {"target": ("node", 1, 0), "reads": [("edge",)]},
    {"target": ("error",), "colour": "red"},
])
def test_bad_highlight(highlight):
    net, _ = computed_demo()
    with pytest.raises(ValueError, match="highlight"):
        NetworkDiagram(net.sizes).update(net, highlight)


def test_highlight_must_be_a_dict_with_a_target():
    with pytest.raises(TypeError, match="highlight"):
        NetworkDiagram([1, 2, 1]).update(Network([1, 2, 1]), [("node", 0, 0)])


# --- no overlaps ------------------------------------------------------------------

def assert_no_overlaps(figure):
    """No two drawn texts share a pixel, and every text lies inside the figure."""
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    boxes = [(text.get_text(), text.get_window_extent(renderer)) for text in shown_texts(figure)]
    assert boxes
    for name, box in boxes:
        assert figure.bbox.containsx(box.x0) and figure.bbox.containsx(box.x1), name
        assert figure.bbox.containsy(box.y0) and figure.bbox.containsy(box.y1), name
    for (name_a, a), (name_b, b) in itertools.combinations(boxes, 2):
        assert not a.overlaps(b), f"{name_a!r} overlaps {name_b!r}"


def assert_labels_clear_of_nodes(diagram):
    """No edge label runs into a node box or the error box."""
    renderer = diagram.figure.canvas.get_renderer()
    nodes = [element.outline.get_window_extent(renderer)
             for (kind, *_), element in diagram.elements.items() if kind in ("node", "error")]
    for (kind, *_), element in diagram.elements.items():
        if kind == "edge":
            for text in element.values.values():
                if text.get_visible():
                    box = text.get_window_extent(renderer)
                    assert not any(box.overlaps(node) for node in nodes), text.get_text()


@pytest.mark.parametrize("sizes", [[1, 2, 2, 1], [2, 3, 3, 2], [2, 2, 2], [1, 3, 1]])
@pytest.mark.parametrize("show", [DEFAULT_SHOW, EVERYTHING])
def test_no_text_overlaps(sizes, show):
    net, y_target = computed_demo() if sizes == [1, 2, 2, 1] else computed_network(sizes)
    diagram = NetworkDiagram(sizes, show=show).update(net, y_target=y_target)
    assert_no_overlaps(diagram.figure)
    assert_labels_clear_of_nodes(diagram)


def test_no_text_overlaps_with_highlight_and_large_numbers():
    net, y_target = computed_network([2, 3, 3, 2], seed=3)
    net.weights[1] *= -123.456      # long numbers, still within their room
    net.dE_dw[1][:] = -0.0000999
    diagram = NetworkDiagram(net.sizes).update(
        net, {"target": ("edge", 1, 2, 0), "quantity": "w",
              "reads": [("edge", 1, 2, 0), ("node", 1, 2)]}, y_target)
    assert_no_overlaps(diagram.figure)


def test_figure_shows_itself_in_a_notebook():
    """Jupyter shows an object with ``_repr_png_`` as a picture, with or
    without matplotlib's inline backend."""
    net, y_target = computed_demo()
    figure = draw_network(net, y_target=y_target)
    assert figure._repr_png_()[:8] == b"\x89PNG\r\n\x1a\n"
    assert repr(figure).startswith("<DiagramFigure size 1")
