"""The network diagram: the numbers it writes, empty values, highlighting, the
key, options, the views of big networks, bad input, and, measured on the
figure's own artists, that every text fits its frame, overlaps no other text,
stays on the figure, is at least 14 px tall and reads at 4.5:1."""

import itertools
import math
from types import SimpleNamespace

import numpy as np
import pytest
from matplotlib.colors import to_hex
from matplotlib.patches import Circle

from bp_helpers import DEMO_EXAMPLE, MAZUR_EXAMPLE, STEPPER_SHOW, Network, demo_network, mazur_network, trace
from bp_helpers.formatting import format_number
from bp_helpers.pictures import canvas, colors
from bp_helpers.pictures import diagram_layout as layout_geometry
from bp_helpers.pictures.diagram import (
    DEFAULT_SHOW,
    MAX_PRECISION,
    OUTLINE_WIDTH,
    THICKEST_EDGE,
    THINNEST_EDGE,
    NetworkDiagram,
    draw_network,
    edge_width,
    number_text,
)
from bp_helpers.pictures.diagram_layout import CIRCLES, FULL, TAGS

EVERYTHING = DEFAULT_SHOW + ("b", "dE_db")
QUANTITY_NAME_OF = {"x": "x", "y": "y", "b": "b", "w": "w", "E": "E", "dE_dx": "dE/dx",
                    "dE_dy": "dE/dy", "dE_db": "dE/db", "dE_dw": "dE/dw"}


def computed_demo():
    net = demo_network()
    x_input, y_target = DEMO_EXAMPLE
    net.forward(x_input)
    net.backward(y_target)
    return net, y_target


def computed_network(sizes, seed=0, activation="sigmoid"):
    rng = np.random.default_rng(seed)
    net = Network(sizes, activation=activation, seed=seed)
    net.biases = [rng.normal(0.0, 0.3, b.shape) for b in net.biases]
    y_target = rng.uniform(0.1, 0.9, sizes[-1])
    net.forward(rng.uniform(-1.0, 1.0, sizes[0]))
    net.backward(y_target)
    return net, y_target


def wide_ranging_relu():
    """A ReLU network whose numbers run from about 1e-6 to 1e6."""
    net = Network([2, 3, 2], activation="relu", seed=0,
                  weights=[np.array([[1e3, 2e-3, 5.0], [1e-6, 1e2, 1.0]]),
                           np.array([[1e3, 1e-6], [2e-3, 1.0], [1.0, 1e-3]])],
                  biases=[np.array([1e-6, 0.5, 2.0]), np.array([0.0, 1e-6])])
    y_target = np.array([1e6, 1e-6])
    net.forward(np.array([1.0, 1e-3]))
    net.backward(y_target)
    return net, y_target


def shown_texts(figure):
    """Every text that is drawn: visible and not empty."""
    return [text for text in figure.findobj(lambda a: hasattr(a, "get_text"))
            if text.get_visible() and text.get_text()]


def words(text):
    """A text with its runs of spaces and line breaks as single spaces: "x 0.669"."""
    return " ".join(text.get_text().split())


def strings(figure):
    return {words(text) for text in shown_texts(figure)}


def node_value(diagram, l, i, name):
    return words(diagram.elements[("node", l, i)].values[name])


# --- the numbers --------------------------------------------------------------

def test_demo_texts_hand_checked():
    """Numbers of the lesson's network, worked out by hand (docs/algorithm.md):
    x_4 = 0.5 * 0.711 + 0.3 * 0.378 + 0.2 = 0.669, E = (0.620 - 0.9)^2 / 2."""
    net, y_target = computed_demo()
    texts = strings(draw_network(net, y_target=y_target))
    for expected in ["1", "4", "6", "x = y 1.00", "x 0.669", "y 0.661",
                     "x 0.900", "y 0.711", "y 0.620", "E 0.0392", "target 0.900",
                     "dE/dy -0.280"]:
        assert expected in texts


def test_demo_texts_match_the_network_arrays():
    net, y_target = computed_demo()
    diagram = NetworkDiagram(net.sizes, show=EVERYTHING).update(net, y_target=y_target)
    texts = strings(diagram.figure)
    for l, size in enumerate(net.sizes):
        for i in range(size):
            for name, label in (("dE_dx", "dE/dx"), ("dE_dy", "dE/dy")):
                value = format_number(getattr(net, name)[l][i])
                assert node_value(diagram, l, i, name) == f"{label} {value}"
            if l > 0:
                assert node_value(diagram, l, i, "x") == f"x {format_number(net.x[l][i])}"
                assert node_value(diagram, l, i, "y") == f"y {format_number(net.y[l][i])}"
                assert f"b {format_number(net.biases[l - 1][i])}" in texts
                assert f"dE/db {format_number(net.dE_db[l - 1][i])}" in texts
    for l, w in enumerate(net.weights):
        for i, j in np.ndindex(w.shape):
            a, b = 1 + sum(net.sizes[:l]) + i, 1 + sum(net.sizes[:l + 1]) + j
            diagram.update(net, {"target": ("edge", l, i, j)}, y_target)   # label or table
            shown = strings(diagram.figure)
            assert f"w_{a}{b} {format_number(w[i, j])}" in shown
            assert f"dE/dw {format_number(net.dE_dw[l][i, j])}" in shown
    assert f"E {format_number(net.E)}" in texts


def test_rows_are_a_table_name_left_number_right():
    """Every row of a node is as wide as every other: the numbers line up."""
    net, y_target = computed_demo()
    diagram = NetworkDiagram(net.sizes, show=EVERYTHING).update(net, y_target=y_target)
    rows = [text.get_text() for (kind, *_), element in diagram.elements.items()
            if kind == "node" for text in element.values.values()]
    assert len({len(row) for row in rows}) == 1
    assert all(row[0] != " " and row[-1] != " " for row in rows)


def test_every_value_has_its_colour_and_its_name():
    net, y_target = computed_demo()
    diagram = NetworkDiagram(net.sizes, show=EVERYTHING).update(net, y_target=y_target)
    names = {"x": "x ", "y": "y ", "dE_dx": "dE/dx ", "dE_dy": "dE/dy ", "b": "b ",
             "dE_db": "dE/db ", "w": "w_", "dE_dw": "dE/dw", "E": "E "}
    for (kind, *where), element in diagram.elements.items():
        for name, text in element.values.items():
            if kind == "node" and where[0] == 0 and name in ("x", "y"):   # the input
                assert text.get_text().startswith("x = y ")
                assert to_hex(text.get_color()) == colors.X.lower()
                continue
            assert text.get_text().startswith(names[name])
            assert to_hex(text.get_color()) == colors.QUANTITY_COLORS[name].lower()


def test_forward_values_above_the_line_derivatives_below():
    """Position carries the meaning too: in every node, x and y sit above
    the line between the parts, dE/dy and dE/dx below it."""
    net, y_target = computed_demo()
    diagram = NetworkDiagram(net.sizes, show=EVERYTHING).update(net, y_target=y_target)
    layout = diagram.layout
    for l, i in layout.nodes():
        values = diagram.elements[("node", l, i)].values
        line = (values["x"].get_position()[1] + values["dE_dy"].get_position()[1]) / 2
        assert values["x"].get_position()[1] > line
        assert values["dE_dy"].get_position()[1] < line
        assert values["dE_dx"].get_position()[1] < line
        if l > 0:
            assert values["y"].get_position()[1] > line


def test_nan_and_none_are_shown_empty():
    net, y_target = computed_demo()
    state = SimpleNamespace(
        sizes=net.sizes, weights=net.weights, biases=net.biases,
        x=[a.copy() for a in net.x], y=[a.copy() for a in net.y],
        dE_dx=None, dE_dy=[None] * 4, dE_dw=None, dE_db=None, E=float("nan"), y_target=None)
    state.x[2][0] = np.nan        # x of node 4 not known yet
    diagram = NetworkDiagram(net.sizes).update(state)
    assert node_value(diagram, 2, 0, "x") == "x"
    assert node_value(diagram, 2, 1, "x") == f"x {format_number(net.x[2][1])}"
    assert node_value(diagram, 0, 0, "x") == "x = y 1.00"
    assert node_value(diagram, 2, 0, "dE_dx") == "dE/dx"
    assert words(diagram.elements[("error",)].values["E"]) == "E"
    assert "target" in strings(diagram.figure)
    assert not any("nan" in text or text.endswith(" 0.00") for text in strings(diagram.figure))


def test_network_before_forward_shows_only_its_parameters():
    net = demo_network()
    texts = strings(draw_network(net, highlight={"target": ("edge", 0, 0, 0)}))
    assert {"x", "y", "dE/dx", "dE/dy", "dE/dw", "E"} <= texts
    assert "w_12 0.800" in texts


def test_step_snapshots_fill_in_one_value_at_a_time():
    x_input, y_target = DEMO_EXAMPLE
    record = trace(demo_network(), x_input, y_target, 1.0)
    diagram = NetworkDiagram(record.sizes)
    diagram.update(record.snapshot(0))
    assert node_value(diagram, 1, 0, "x") == "x"
    assert words(diagram.elements[("error",)].values["E"]) == "E"
    assert "target 0.900" in strings(diagram.figure)
    for k in range(len(record)):
        diagram.update(record.snapshot(k + 1), record[k].highlight)
        step = record[k]
        if step.quantity in ("x", "y") and step.target[1] > 0:
            _, l, i = step.target
            expected = f"{step.quantity} {format_number(step.value)}"
            assert node_value(diagram, l, i, step.quantity) == expected
    assert words(diagram.elements[("error",)].values["E"]) == "E 0.0392"


def test_tiny_numbers_keep_to_their_room():
    assert number_text(-0.000123456, 3) == "-0.000123"
    assert number_text(-0.0000123456, 3) == "-1.23e-05"
    assert number_text(1.23456e6, 3) == "1.23e+06"
    assert number_text(0.5, 2) == "0.50"
    assert number_text(float("nan"), 3) == ""


# --- highlighting, arrows, key ---------------------------------------------------

def test_highlight_tints_the_target_and_what_it_reads_and_dims_nothing():
    net, y_target = computed_demo()
    diagram = NetworkDiagram(net.sizes, show=EVERYTHING)
    highlight = {"target": ("node", 2, 0), "quantity": "x", "phase": "forward",
                 "reads": [("node", 1, 0), ("node", 1, 1), ("edge", 1, 0, 0),
                           ("edge", 1, 1, 0), ("bias", 2, 0)]}
    diagram.update(net, highlight, y_target)
    target = diagram.elements[("node", 2, 0)]
    assert to_hex(target.marker.get_facecolor()) == colors.TARGET_TINT.lower()
    assert target.marker.get_linewidth() == OUTLINE_WIDTH["target"]
    assert to_hex(target.tag.get_facecolor()) == colors.TARGET_LABEL_TINT.lower()
    assert target.values["x"].get_bbox_patch() is not None        # the value computed: framed
    assert target.values["y"].get_bbox_patch() is None
    read = diagram.elements[("node", 1, 0)]
    assert to_hex(read.marker.get_facecolor()) == colors.READ_TINT.lower()
    lines = diagram.edge_lines.get_colors()
    k = diagram.edges.index((1, 0, 0))
    assert to_hex(lines[k]) == colors.EDGE_READ.lower()          # read: amber, width |w|
    assert to_hex(lines[diagram.edges.index((0, 0, 0))]) == colors.POSITIVE_WEIGHT.lower()
    for artist in diagram.figure.findobj():
        assert artist.get_alpha() in (None, 1.0)                  # nothing dimmed
    diagram.update(net, None, y_target)
    assert to_hex(target.marker.get_facecolor()) == colors.BACKGROUND.lower()
    assert target.values["x"].get_bbox_patch() is None


def test_line_width_means_w_and_nothing_else():
    net, y_target = computed_demo()
    diagram = NetworkDiagram(net.sizes).update(net, y_target=y_target)
    plain = list(diagram.edge_lines.get_linewidths())
    diagram.update(net, {"target": ("edge", 1, 1, 0), "quantity": "dE_dw",
                         "reads": [("node", 1, 1), ("edge", 1, 0, 0)]}, y_target)
    assert list(diagram.edge_lines.get_linewidths()) == plain
    for k, (l, i, j) in enumerate(diagram.edges):
        assert plain[k] == pytest.approx(edge_width(net.weights[l][i, j]))
    assert edge_width(0.0) == THINNEST_EDGE == 0.5
    assert edge_width(2.0) == edge_width(-7.0) == THICKEST_EDGE == 4.0
    assert edge_width(float("nan")) == THINNEST_EDGE
    styles = diagram.edge_lines.get_linestyles()
    k = diagram.edges.index((1, 0, 1))                       # w_25 = -0.6: dashed
    assert styles[k][1] is not None and styles[diagram.edges.index((1, 1, 0))][1] is None


def arrow_directions(diagram):
    """For every arrow (edges, then connectors): +1 if its head is at the right end, -1 at the left."""
    directions = []
    for (a, b), head in zip(diagram.arrow_segments, diagram.arrowheads.get_paths()):
        tip = head.vertices[0]
        directions.append(1 if np.hypot(*(tip - b)) < np.hypot(*(tip - a)) else -1)
    return directions


def test_arrowheads_point_the_way_values_flow_in_the_phase():
    x_input, y_target = DEMO_EXAMPLE
    record = trace(demo_network(), x_input, y_target, 1.0)
    diagram = NetworkDiagram(record.sizes, show=STEPPER_SHOW)
    for k, step in enumerate(record):
        diagram.update(record.snapshot(k + 1), step.highlight)
        expected = -1 if step.phase == "backward" else 1
        assert set(arrow_directions(diagram)) == {expected}, step.phase
        key = {words(t) for t in shown_texts(diagram.figure) if t.get_visible()}
        assert ("backward: derivatives flow" in key) == (step.phase == "backward")
        assert ("forward: values flow" in key) == (step.phase != "backward")
    assert len(diagram.arrow_segments) == len(diagram.edges) + record.sizes[-1]


def key_shown(diagram):
    """``{words of a shown phrase: [kinds of its shown marks]}`` of the key."""
    shown = {}
    for (index, k), (_, artists) in sorted(diagram.key_parts.items()):
        if artists[0].get_visible():
            shown.setdefault(index, []).append(diagram.layout.phrases[index][1][k][1])
    return {" ".join(part[1] for part in parts if part[0] == "text"):
            [part[:2] for part in parts if part[0] != "text"] for parts in shown.values()}


def key_texts(diagram):
    """The key's shown texts, each with its extent (display pixels), in order."""
    diagram.figure.draw_without_rendering()
    renderer = diagram.figure.canvas.get_renderer()
    return [(text.get_text(), text.get_window_extent(renderer))
            for (index, k), (_, artists) in sorted(diagram.key_parts.items())
            for text in artists if hasattr(text, "get_text") and text.get_visible()]


def test_key_shows_exactly_the_marks_in_the_picture():
    net, y_target = computed_demo()
    diagram = NetworkDiagram(net.sizes, show=EVERYTHING).update(net, y_target=y_target)
    texts = strings(diagram.figure)
    assert "computed" not in texts and "read" not in texts
    for phrase in ["|w| = 0", "|w| ≥ 2", "dashed: w < 0", "forward: values flow",
                   "E: the error", "above the line,", "below"]:
        assert phrase in texts
    diagram.update(net, {"target": ("node", 3, 0), "quantity": "dE_dx", "phase": "backward"},
                   y_target)
    shown = key_shown(diagram)
    assert shown["computed"] == [("swatch", "target"), ("frame",)]   # the circle and the value
    assert "read" not in shown and "forward: values flow" not in shown
    assert shown["backward: derivatives flow"] == [("arrow", -1)]
    diagram.update(net, {"target": ("edge", 2, 0, 0), "quantity": "dE_dw", "phase": "backward",
                         "reads": [("node", 2, 0), ("node", 3, 0)]}, y_target)
    shown = key_shown(diagram)
    assert shown["computed"][0] == ("focus", "target")              # the edge, no circle
    assert shown["read"] == [("swatch", "read")]                    # circles read, no edge
    place = dict(key_texts(diagram))                                # "read" right after "computed"
    assert place["read"].y0 == pytest.approx(place["computed"].y0)
    assert place["computed"].x1 < place["read"].x0 < place["computed"].x1 + 60
    widths = sorted(sample.get_linewidth() for sample in diagram.key_samples)
    assert widths[0] == THINNEST_EDGE and widths[-1] == THICKEST_EDGE
    plain = NetworkDiagram(net.sizes, show=("x", "y", "w", "b"), highlights=False)
    assert "computed" not in strings(plain.update(net, y_target=y_target).figure)
    with pytest.raises(TypeError, match="highlights must be True or False"):
        NetworkDiagram(net.sizes, highlights="no")


@pytest.mark.parametrize("sizes, highlight", [
    ([2, 3, 3, 2], {"target": ("node", 2, 0)}),
    ([4, 8, 8, 3], {"target": ("node", 1, 2), "phase": "backward"}),
    ([1, 2, 2, 1], {"target": ("edge", 1, 0, 1)})])
def test_a_node_merely_in_focus_is_not_called_computed(sizes, highlight):
    """Notebook 6's highlights name no quantity: the key says "in focus", and
    nothing is framed; with a quantity, it says "computed"."""
    net, y_target = computed_network(sizes)
    diagram = NetworkDiagram(sizes).update(net, highlight, y_target)
    shown = key_shown(diagram)
    assert "in focus" in shown and "computed" not in shown
    assert ("frame",) not in shown["in focus"]
    quantity = "dE_dw" if highlight["target"][0] == "edge" else "y"
    diagram.update(net, dict(highlight, quantity=quantity), y_target)
    shown = key_shown(diagram)
    assert "computed" in shown and "in focus" not in shown


@pytest.mark.parametrize("show", [("x", "y", "w", "b"), DEFAULT_SHOW, STEPPER_SHOW])
def test_no_highlight_leaves_no_empty_row_under_the_key(show):
    """Unhighlighted, the figure ends a margin under the key's last row; highlighted,
    it keeps its height (a player's pictures do not jump)."""
    net, y_target = computed_demo()
    diagram = NetworkDiagram(net.sizes, show=show)
    diagram.update(net, {"target": ("edge", 0, 0, 0), "quantity": "dE_dw",
                         "reads": [("node", 0, 0)]}, y_target)
    tall = canvas.shown_size(diagram.figure)[1]
    assert tall == round(diagram.layout.size[1] * canvas.PX_PER_INCH)
    diagram.update(net, None, y_target)
    lowest = min(box.y0 for _, box in key_texts(diagram))
    margin = diagram.layout.margin * canvas.PX_PER_INCH
    assert lowest - 1 <= margin + 1
    assert canvas.shown_size(diagram.figure)[1] <= tall
    assert_fits(diagram)


@pytest.mark.parametrize("k", [1, 14, 29])
def test_a_step_picture_has_no_empty_table_row(k):
    """Notebook 3's pictures of single steps: a node's step lists the weights
    its formulas use (the edges into it, out of an input) where the edges in
    focus would be, and a picture of its own keeps no empty row for them."""
    record = trace(demo_network(), *DEMO_EXAMPLE, 1.0)
    highlight = record[k - 1].highlight
    figure = draw_network(record.snapshot(k), show=STEPPER_SHOW, highlight=highlight)
    diagram = NetworkDiagram(record.sizes, show=STEPPER_SHOW, keep_height=False)
    diagram.update(record.snapshot(k), highlight)
    assert canvas.shown_size(diagram.figure) == canvas.shown_size(figure)
    cells = [words(cell) for cell in diagram.table_cells if cell.get_text()]
    kind, l, *rest = highlight["target"]
    read_edges = [key for key in highlight.get("reads", ()) if key[0] == "edge"]
    if kind == "node" and not read_edges:
        into = [edge for edge in diagram.edges
                if (edge[:2] == (0, rest[0]) if l == 0 else edge[::2] == (l - 1, rest[0]))]
        assert [cell.split()[0] for cell in cells if cell.startswith("w_")] == \
            [layout_geometry.edge_label(record.sizes, *edge) for edge in into]
    lowest_picture = min(box.y0 for box in diagram.layout.tags.values() if box is not None)
    lowest_picture = min(lowest_picture, diagram.layout.picture.y0)
    table_y = [cell.get_position()[1] for cell in diagram.table_cells if cell.get_text()]
    key_top = max(box.y1 for _, box in key_texts(diagram)) / canvas.PX_PER_INCH
    below = min(table_y) if table_y else lowest_picture
    gap_lines = (below - key_top - diagram.ax.get_ylim()[0]) / diagram.layout.line
    assert gap_lines < 1.5, f"{gap_lines:.1f} lines between the picture and the key"


def test_a_players_pictures_keep_one_height_and_fill_the_table():
    record = trace(demo_network(), *DEMO_EXAMPLE, 1.0)
    diagram = NetworkDiagram(record.sizes, show=STEPPER_SHOW)
    heights = set()
    for k in range(1, len(record)):
        diagram.update(record.snapshot(k), record[k - 1].highlight)
        heights.add(canvas.shown_size(diagram.figure)[1])
        if diagram.layout.view == TAGS and record[k - 1].highlight["target"][0] != "error":
            assert any(cell.get_text() for cell in diagram.table_cells), k
    assert len(heights) == 1


def test_edges_in_focus_are_written_in_the_table_when_they_have_no_label():
    net, y_target = computed_demo()
    diagram = NetworkDiagram(net.sizes, show=STEPPER_SHOW)
    diagram.update(net, {"target": ("edge", 2, 0, 0), "quantity": "dE_dw"}, y_target)
    if diagram.layout.view == TAGS:
        assert {"w_46 0.900", "dE/dw -0.0436"} <= strings(diagram.figure)
    diagram.update(net, None, y_target)         # nothing in focus: every edge
    assert_every_edge_written(diagram, net, ("w", "dE_dw"))


def test_a_big_network_names_the_node_in_focus_in_the_table():
    net, y_target = computed_network([4, 8, 8, 3], seed=1)
    diagram = NetworkDiagram(net.sizes).update(
        net, {"target": ("node", 1, 2), "quantity": "x"}, y_target)
    assert diagram.layout.view == CIRCLES
    texts = strings(diagram.figure)
    assert "node 7" in texts and f"x {format_number(net.x[1][2])}" in texts
    assert_fits(diagram)
    rows = {}
    for cell in diagram.table_cells:             # the table reads like a tag: two rows
        if cell.get_text():                      # (then the weights its formulas use)
            rows.setdefault(round(cell.get_position()[1], 6), []).append(cell.get_text())
    first, second, *others = [rows[y] for y in sorted(rows, reverse=True)]
    assert all(row[0] == "edge" for row in others)
    assert first == ["node 7", f"x {format_number(net.x[1][2])}",
                     f"y {format_number(net.y[1][2])}", f"b {format_number(net.biases[0][2])}"]
    assert [cell.split()[0] for cell in second] == ["dE/dy", "dE/dx", "dE/db"]
    xs = [cell.get_position()[0] for cell in diagram.table_cells[:4]]
    assert xs == sorted(xs)                                      # one after the other
    diagram.update(net, {"target": ("error",), "quantity": "E"}, y_target)
    assert words(diagram.elements[("error",)].values["E"]) == f"E {format_number(net.E)}"
    assert f"E {format_number(net.E)}" in strings(diagram.figure)


# --- measured on the figure's artists ------------------------------------------------

def fitted_cases():
    mazur = mazur_network()
    mazur.forward(MAZUR_EXAMPLE[0])
    mazur.backward(MAZUR_EXAMPLE[1])
    return {
        "demo": computed_demo(),
        "Mazur's": (mazur, MAZUR_EXAMPLE[1]),
        "[2, 3, 3, 2]": computed_network([2, 3, 3, 2], seed=3),
        "ReLU, 1e-6 to 1e6": wide_ranging_relu(),
        "[4, 8, 8, 3]": computed_network([4, 8, 8, 3], seed=1),
    }


def text_boxes(diagram):
    """(text, its extent including any frame around it) of every drawn text."""
    figure = diagram.figure
    figure.draw_without_rendering()
    renderer = figure.canvas.get_renderer()
    boxes = []
    for text in shown_texts(figure):
        box = text.get_window_extent(renderer)
        frame = text.get_bbox_patch()
        if frame is not None:
            box = frame.get_window_extent(renderer)
        boxes.append((text, box))
    return boxes, renderer


def text_corners(text, renderer):
    """The four corners (display pixels) of a text as drawn, turned with it: its
    upright extent turned about its anchor (``rotation_mode="anchor"``)."""
    angle = text.get_rotation()
    if angle == 0:
        box = text.get_window_extent(renderer)
        return [(box.x0, box.y0), (box.x1, box.y0), (box.x1, box.y1), (box.x0, box.y1)]
    text.set_rotation(0)
    box = text.get_window_extent(renderer)
    text.set_rotation(angle)
    ax, ay = text.get_transform().transform(text.get_position())
    c, s_ = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    return [(ax + (x - ax) * c - (y - ay) * s_, ay + (x - ax) * s_ + (y - ay) * c)
            for x, y in ((box.x0, box.y0), (box.x1, box.y0), (box.x1, box.y1), (box.x0, box.y1))]


def patch_corners(patch, renderer):
    """The corners (display pixels) of a label's patch."""
    return [tuple(p) for p in patch.get_transform().transform(patch.get_xy()[:4])]


def assert_every_edge_written(diagram, net, names):
    """Each edge's w (and dE/dw, if among ``names``) is written in the picture: in
    its label beside it, or in the table, its dE/dw in the cell after its w."""
    from bp_helpers.names import edge_label
    shown = [name for name in ("w", "dE_dw") if name in names and name in diagram.show]
    cells = [words(cell) for cell in diagram.table_cells if cell.get_visible()]
    values = {"w": net.weights, "dE_dw": net.dE_dw}
    for edge in diagram.edges:
        l, i, j = edge
        expected = [f"{edge_label(net.sizes, *edge) if name == 'w' else 'dE/dw'} "
                    f"{number_text(values[name][l][i, j], 3)}" for name in shown]
        label = diagram.elements[("edge", *edge)].values
        if label:
            assert [words(label[name]) for name in shown] == expected, edge
        else:
            assert expected[0] in cells, (edge, expected, cells)
            k = cells.index(expected[0])
            assert cells[k:k + len(expected)] == expected, edge


def assert_fits(diagram):
    """Every text on the figure, inside its own frame, overlapping no other text."""
    boxes, renderer = text_boxes(diagram)
    figure_box = diagram.figure.bbox
    assert boxes
    for text, box in boxes:
        name = repr(text.get_text())
        assert (figure_box.x0 <= box.x0 and box.x1 <= figure_box.x1
                and figure_box.y0 <= box.y0 and box.y1 <= figure_box.y1), f"{name} runs off"
        if text in diagram.frames and text.get_rotation() == 0:
            frame = diagram.frames[text].get_window_extent(renderer)
            assert (frame.x0 < box.x0 and box.x1 < frame.x1
                    and frame.y0 < box.y0 and box.y1 < frame.y1), f"{name} crosses its frame"
        elif text in diagram.frames:            # a turned label: its text inside its patch
            frame = patch_corners(diagram.frames[text], renderer)
            for corner in text_corners(text, renderer):
                assert layout_geometry._point_polygon_distance(corner, frame) == 0 or \
                    layout_geometry._point_polygon_distance(corner, frame) < 1.0, \
                    f"{name} crosses its patch"
    corners = [(text, text_corners(text, renderer)) for text, _ in boxes]
    for (a, box_a), (b, box_b) in itertools.combinations(corners, 2):
        assert not layout_geometry.polygons_overlap(shrunk(box_a), shrunk(box_b)), \
            f"{a.get_text()!r} overlaps {b.get_text()!r}"


def shrunk(corners, px=0.5):
    """A convex polygon's corners moved ``px`` towards its centre (the renderer's rounding)."""
    cx = sum(x for x, _ in corners) / len(corners)
    cy = sum(y for _, y in corners) / len(corners)
    out = []
    for x, y in corners:
        d = math.hypot(x - cx, y - cy) or 1.0
        out.append((x - px * (x - cx) / d, y - px * (y - cy) / d))
    return layout_geometry._counter_clockwise(out)


def share_a_pixel(a, b):
    return (min(a.x1, b.x1) - max(a.x0, b.x0) >= 1) and (min(a.y1, b.y1) - max(a.y0, b.y0) >= 1)


def visible_shares(diagram):
    """For each of the diagram's arrow segments (data coordinates), its share under no tag,
    label, box or text, sampled on the drawn figure every half pixel (a turned label by
    its own outline)."""
    from matplotlib.path import Path
    figure = diagram.figure
    figure.draw_without_rendering()
    renderer = figure.canvas.get_renderer()
    covers = [patch.get_transform().transform_path(patch.get_path())
              for patch in diagram.ax.patches
              if patch.get_visible() and not isinstance(patch, Circle)]
    covers += [Path(text_corners(text, renderer) + [text_corners(text, renderer)[0]])
               for text in shown_texts(figure)
               if text.get_text() not in {str(n) for n in range(1, 1000)}]   # not in circles
    shares = []
    for start, end in diagram.arrow_segments:
        a, b = diagram.ax.transData.transform([start, end])
        points = a + np.linspace(0, 1, int(2 * np.hypot(*(b - a))) + 2)[:, None] * (b - a)
        covered = np.zeros(len(points), bool)
        for path in covers:
            covered |= (path.contains_points(points, radius=0.5)
                        | path.contains_points(points, radius=-0.5))
        shares.append(1 - covered.mean())
    return shares


def highlights(sizes):
    L = len(sizes) - 1
    return [None,
            {"target": ("node", L, 0), "quantity": "dE_dx", "phase": "backward",
             "reads": [("node", L - 1, i) for i in range(sizes[L - 1])]},
            {"target": ("edge", 0, 0, 0), "quantity": "dE_dw", "reads": [("node", 0, 0)]},
            {"target": ("bias", 1, 0), "quantity": "b"},
            {"target": ("error",), "quantity": "E", "reads": [("node", L, 0)]}]


@pytest.mark.parametrize("case", list(fitted_cases()))
def test_every_text_fits_and_every_edge_shows(case):
    net, y_target = fitted_cases()[case]
    diagram = NetworkDiagram(net.sizes, show=EVERYTHING)
    for highlight in highlights(net.sizes):
        diagram.update(net, highlight, y_target)
        assert_fits(diagram)
    shares = visible_shares(diagram)
    assert min(shares) >= 0.7, min(shares)


COURSE_NETWORKS = [([1, 2, 2, 1], ("x", "y", "w", "b")), ([1, 2, 2, 1], STEPPER_SHOW),
                   ([1, 2, 2, 1], DEFAULT_SHOW), ([2, 2, 2], DEFAULT_SHOW),
                   ([2, 3, 3, 2], DEFAULT_SHOW), ([2, 4, 1], DEFAULT_SHOW),
                   ([2, 6, 1], DEFAULT_SHOW), ([4, 8, 8, 3], DEFAULT_SHOW),
                   ([2, 16, 16, 1], DEFAULT_SHOW), ([3] * 15, DEFAULT_SHOW),
                   ([1, 95], DEFAULT_SHOW)]
# 10,000 edges: drawn once, at the course's size (about 2 s; 35 s before issue 20).
HUGE_NETWORK = ([100, 100], DEFAULT_SHOW, 14)


@pytest.mark.parametrize("sizes, show, text_px",
                         [(*network, px) for network in COURSE_NETWORKS for px in (14, 20)]
                         + [HUGE_NETWORK])
def test_every_course_network_fits_the_screen(sizes, show, text_px):
    try:
        canvas.presentation(text_px == 20)
        net, y_target = computed_network(sizes)
        diagram = NetworkDiagram(sizes, show=show).update(
            net, {"target": ("node", 1, 0), "quantity": "x"}, y_target)
        width, height = canvas.shown_size(diagram.figure)
        assert width <= canvas.MAX_WIDTH_PX and height <= canvas.MAX_HEIGHT_PX
        if sum(sizes) < 60:
            assert_fits(diagram)
    finally:
        canvas.presentation(False)


@pytest.mark.parametrize("sizes", [[1, 2, 2, 1], [4, 8, 8, 3], [1, 95], [30, 3], [100, 100]])
def test_every_edge_runs_from_circle_to_circle_towards_the_other_centre(sizes):
    layout = NetworkDiagram(sizes).layout
    assert sorted(layout.segments) == layout.edges()
    for (l, i, j), (start, end) in layout.segments.items():
        a, b = np.array(layout.centres[(l, i)]), np.array(layout.centres[(l + 1, j)])
        unit = (b - a) / math.dist(a, b)
        np.testing.assert_allclose([start, end], [a + layout.radius * unit, b - layout.radius * unit],
                                   rtol=0, atol=1e-12)


def background_of(diagram, text):
    frame = diagram.frames.get(text)
    return colors.BACKGROUND if frame is None else to_hex(frame.get_facecolor())


@pytest.mark.parametrize("case", ["demo", "[2, 3, 3, 2]"])
def test_every_text_reads_at_4_5_to_1_on_what_is_behind_it(case):
    net, y_target = fitted_cases()[case]
    diagram = NetworkDiagram(net.sizes, show=EVERYTHING)
    for highlight in highlights(net.sizes):
        diagram.update(net, highlight, y_target)
        for text in shown_texts(diagram.figure):
            ratio = colors.contrast(to_hex(text.get_color()), background_of(diagram, text))
            assert ratio >= 4.5, (text.get_text(), ratio)


def test_course_colours_reach_their_contrast_and_tints_stay_apart():
    for name, color in colors.QUANTITY_COLORS.items():
        for background in (colors.BACKGROUND, colors.TARGET_LABEL_TINT, colors.READ_LABEL_TINT):
            assert colors.contrast(color, background) >= 4.5, (name, background)
    assert colors.contrast(colors.TEXT, colors.TARGET_TINT) >= 4.5     # the circle's number
    assert colors.contrast(colors.READ_TINT) >= 1.3
    assert colors.contrast(colors.READ_TINT, colors.TARGET_TINT) >= 1.3
    assert colors.contrast(colors.TARGET_TINT) >= 1.3 * 1.3
    for color in (colors.POSITIVE_WEIGHT, colors.NEGATIVE_WEIGHT, colors.QUIET_LINE):
        assert colors.contrast(color) >= 3.0          # lines: the WCAG level for graphics


# --- the figure and its pictures ----------------------------------------------------

def test_png_is_twice_as_sharp_and_says_its_size():
    net, y_target = computed_demo()
    figure = draw_network(net, y_target=y_target)
    width, height = canvas.shown_size(figure)
    data, metadata = figure._repr_png_()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    png_width, png_height = np.frombuffer(data[16:24], ">u4")
    assert (png_width, png_height) == (2 * width, 2 * height)
    assert metadata == {"width": width, "height": height}


def test_png_holds_the_pixels_matplotlib_draws():
    """The fast encoder writes the very pixels of matplotlib's renderer."""
    import io

    from PIL import Image
    net, y_target = computed_demo()
    diagram = NetworkDiagram(net.sizes).update(net, y_target=y_target)
    ours = np.asarray(Image.open(io.BytesIO(diagram.to_png())))
    figure = diagram.figure
    dpi = figure.dpi
    figure.dpi = canvas.PX_PER_INCH * canvas.PIXEL_RATIO
    import matplotlib
    with matplotlib.rc_context({"text.hinting": "none"}):
        rgba, (w, h) = figure.canvas.print_to_buffer()
    figure.dpi = dpi
    np.testing.assert_array_equal(ours, np.frombuffer(rgba, np.uint8).reshape(h, w, 4))


def test_svg_keeps_the_text_its_spaces_and_a_fallback_font():
    net, y_target = computed_demo()
    diagram = NetworkDiagram(net.sizes).update(net, y_target=y_target)
    svg = diagram.to_svg()
    assert "x = y      1.00" in svg                       # text, spaces and all
    assert "white-space: pre" in svg
    assert "'DejaVu Sans Mono', Menlo, Consolas, 'Liberation Mono', monospace" in svg
    assert diagram.to_svg() == svg                        # the same on every call
    width, height = canvas.shown_size(diagram.figure)
    assert f'width="{width * 72 / 96:g}pt"'.replace(".0pt", "pt")[:10] in svg


def test_update_changes_artists_but_adds_none():
    net, y_target = computed_demo()
    diagram = NetworkDiagram(net.sizes)
    count = len(diagram.figure.findobj())
    diagram.update(net, {"target": ("node", 1, 0), "quantity": "x"}, y_target)
    diagram.update(net, None, y_target)
    assert len(diagram.figure.findobj()) == count


def test_draws_into_a_given_axes():
    net, y_target = computed_demo()
    figure = canvas.new_figure(800, 500)
    ax = figure.add_subplot()
    assert draw_network(net, ax=ax, y_target=y_target) is figure
    assert "x 0.669" in strings(figure)


def test_show_subset_and_precision():
    net, y_target = computed_demo()
    diagram = NetworkDiagram(net.sizes, show=("x", "y"), precision=5).update(
        net, y_target=y_target)
    texts = strings(diagram.figure)
    assert f"x {format_number(net.x[2][0], 5)}" in texts
    assert not any(text.startswith("dE/dx") for text in texts)
    assert not diagram.layout.labels


def test_figure_shows_itself_in_a_notebook():
    """Jupyter shows an object with ``_repr_png_`` as a picture, with or
    without matplotlib's inline backend."""
    net, y_target = computed_demo()
    figure = draw_network(net, y_target=y_target)
    data, metadata = figure._repr_png_()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and metadata["width"] <= canvas.MAX_WIDTH_PX
    assert repr(figure) == "<CourseFigure with 1 Axes>"     # no size: it may differ a pixel


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


@pytest.mark.parametrize("sizes", [[1, 2, 2, 1], [3, 5, 2], [4, 10, 10, 3]])
def test_precision_past_the_limit_is_refused_by_name_and_the_limit_is_drawn(sizes):
    net = Network(sizes, seed=2)
    every_quantity = ("x", "y", "dE_dx", "dE_dy", "b", "dE_db", "w", "dE_dw")
    for precision in (MAX_PRECISION + 1, 5 * MAX_PRECISION, 10**6):
        with pytest.raises(ValueError, match=rf"precision must be at most {MAX_PRECISION} "):
            draw_network(net, precision=precision, show=every_quantity)
    draw_network(net, precision=MAX_PRECISION, show=every_quantity)


@pytest.mark.parametrize("ax", ["ax", 3, [None], SimpleNamespace(figure=None)])
def test_an_ax_that_is_no_axes_is_refused_by_name(ax):
    with pytest.raises(TypeError, match=r"ax must be a matplotlib Axes .*, got "):
        draw_network(demo_network(), ax=ax)


def test_bad_presentation_switch():
    with pytest.raises(TypeError, match="on must be True or False"):
        canvas.presentation("yes")
    assert canvas.text_px() == 14


def test_a_figure_wider_than_a_column_is_refused():
    with pytest.raises(ValueError, match="width_px must be at most 800"):
        canvas.new_figure(1200, 300)


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


def test_edge_width_is_never_nan():
    assert not math.isnan(edge_width(float("nan")))




# --- edge labels beside their edges ---------------------------------------------------

def labelled_cases():
    mazur = mazur_network()
    mazur.forward(MAZUR_EXAMPLE[0])
    mazur.backward(MAZUR_EXAMPLE[1])
    demo = demo_network()
    demo.forward(DEMO_EXAMPLE[0])
    return {"demo, notebook 1": (demo, ("x", "y", "w", "b"), DEMO_EXAMPLE[1]),
            "Mazur's": (mazur, DEFAULT_SHOW, MAZUR_EXAMPLE[1])}


def px_segments(diagram):
    """Every edge and connector as a segment in display pixels."""
    transform = diagram.ax.transData.transform
    return [tuple(map(tuple, transform([a, b]))) for a, b in diagram.arrow_segments]


@pytest.mark.parametrize("case", list(labelled_cases()))
def test_every_edge_has_its_label_beside_it(case):
    """Each label touches its own edge (a few px), is nearer to it than to any other
    edge, covers no other edge, label, tag, circle or text, and leaves 70 % of
    every edge in view."""
    net, show, y_target = labelled_cases()[case]
    diagram = NetworkDiagram(net.sizes, show=show).update(net, y_target=y_target)
    assert diagram.layout.view == FULL
    boxes, renderer = text_boxes(diagram)
    segments = px_segments(diagram)
    transform = diagram.ax.transData.transform
    labels = {}
    for k, edge in enumerate(diagram.edges):
        element = diagram.elements[("edge", *edge)]
        assert element.tag is not None, edge
        corners = layout_geometry._counter_clockwise(patch_corners(element.tag, renderer))
        labels[edge] = corners
        own = layout_geometry.polygon_segment_distance(corners, *segments[k])
        assert 0 < own <= 6.0, (edge, own)                    # touching-close, not on it
        apart = diagram.layout.label_apart * canvas.PX_PER_INCH
        if case == "Mazur's":       # room to keep the turned labels well clear
            assert diagram.layout.label_apart == pytest.approx(
                max(layout_geometry.LABEL_APART_CHARS) * diagram.layout.char)
        for m, segment in enumerate(segments):      # the turned label against every other
            if m != k:                              # edge and connector, and its arrowhead
                other = layout_geometry.polygon_segment_distance(corners, *segment)
                assert other > own, (edge, diagram.arrow_segments[m], other, own)
                assert other >= apart - 0.5, (edge, diagram.arrow_segments[m], other)
                head = layout_geometry._counter_clockwise(
                    [tuple(p) for p in transform(diagram.arrowheads.get_paths()[m].vertices[:3])])
                assert not layout_geometry.polygons_overlap(corners, head), edge
                assert min(layout_geometry._point_polygon_distance(p, corners)
                           for p in head) >= apart - 0.5, (edge, m)
        names = {words(text).split()[0] for text in element.values.values()}
        assert names == {f"w_{net.sizes and diagram_name(net.sizes, *edge)}"} | (
            {"dE/dw"} if "dE_dw" in show else set())
    for a, b in itertools.combinations(labels.values(), 2):
        assert not layout_geometry.polygons_overlap(a, b)
    transform = diagram.ax.transData.transform
    for patch in diagram.ax.patches:
        if patch in {diagram.elements[("edge", *e)].tag for e in labels}:
            continue
        if isinstance(patch, Circle):
            centre = transform(patch.center)
            radius = patch.radius * diagram.ax.transData.get_matrix()[0, 0]
            for corners in labels.values():
                assert layout_geometry._point_polygon_distance(tuple(centre), corners) > radius
        elif patch.get_visible():
            box = patch.get_window_extent(renderer)
            for corners in labels.values():
                assert not layout_geometry.polygons_overlap(
                    corners, [(box.x0, box.y0), (box.x1, box.y0), (box.x1, box.y1),
                              (box.x0, box.y1)])
    own_texts = {id(t) for e in labels for t in diagram.elements[("edge", *e)].values.values()}
    for text, _ in boxes:
        if id(text) not in own_texts:
            for corners in labels.values():
                assert not layout_geometry.polygons_overlap(shrunk(text_corners(text, renderer)),
                                                            corners), text.get_text()
    shares = visible_shares(diagram)
    assert min(shares) >= 0.7, min(shares)
    assert_fits(diagram)


def diagram_name(sizes, l, i, j):
    from bp_helpers.names import edge_subscript
    return edge_subscript(sizes, l, i, j)


def test_the_edge_a_step_computes_is_marked_without_a_wider_line():
    x_input, y_target = DEMO_EXAMPLE
    record = trace(demo_network(), x_input, y_target, 1.0)
    diagram = NetworkDiagram(record.sizes, show=("x", "y", "w", "b"))
    k = next(n for n, step in enumerate(record) if step.target[0] == "edge")
    diagram.update(record.snapshot(k), None)
    plain = list(diagram.edge_lines.get_linewidths())
    step = record[k]
    diagram.update(record.snapshot(k + 1), step.highlight)
    assert list(diagram.edge_lines.get_linewidths()) == plain            # width: |w| only
    index = diagram.edges.index(step.target[1:])
    assert to_hex(diagram.edge_lines.get_colors()[index]) == colors.EDGE_TARGET.lower()
    label = diagram.elements[step.target].tag
    assert to_hex(label.get_facecolor()) == colors.TARGET_LABEL_TINT.lower()
    assert label.get_linewidth() == OUTLINE_WIDTH["target"]           # not colour alone
    assert key_shown(diagram)["computed"][0] == ("focus", "target")
    assert colors.contrast(colors.EDGE_TARGET) >= 3 and colors.contrast(colors.EDGE_READ) >= 3


# --- a height limit, and every value somewhere ------------------------------------------

HEIGHT_CASES = [([1, 2, 2, 1], ("x", "y", "w", "b")), ([1, 2, 2, 1], DEFAULT_SHOW),
                ([1, 2, 2, 1], STEPPER_SHOW), ([2, 2, 2], DEFAULT_SHOW),
                ([2, 4, 1], ("x", "y", "w", "b")), ([2, 6, 1], ("x", "y", "w", "b")),
                ([2, 16, 16, 1], ("x", "y", "w", "b"))]


@pytest.mark.parametrize("max_height_px", [300, 413, 460])
@pytest.mark.parametrize("text_px", [14, 20])
@pytest.mark.parametrize("sizes, show", HEIGHT_CASES)
def test_max_height_is_honoured(sizes, show, text_px, max_height_px):
    try:
        canvas.presentation(text_px == 20)
        net, y_target = computed_network(sizes)
        diagram = NetworkDiagram(sizes, show=show, max_height_px=max_height_px)
        for highlight in (highlights(sizes)[1], None):
            diagram.update(net, highlight, y_target)
            width, height = canvas.shown_size(diagram.figure)
            assert width <= canvas.MAX_WIDTH_PX and height <= max_height_px
            if sum(sizes) < 20:
                assert_fits(diagram)
    finally:
        canvas.presentation(False)


def test_an_error_box_taller_than_the_room_left_lists_no_targets():
    """Closer rows cannot make the circles' picture shorter than its error box: at 20 px
    in 327 px (the player's room for a softmax output of 3), the box listing the three
    targets is too tall, the box without them fits.  With less room still, no box
    fits: a clear error, not rows shrunk towards 0."""
    try:
        canvas.presentation(True)
        net, y_target = computed_network([3, 3])
        diagram = NetworkDiagram([3, 3], show=STEPPER_SHOW, max_height_px=327)
        assert diagram.layout.view == CIRCLES and not diagram.layout.error_targets
        diagram.update(net, highlights([3, 3])[1], y_target)
        assert canvas.shown_size(diagram.figure)[1] <= 327
        with pytest.raises(ValueError, match="max_height_px=200 leaves no room"):
            NetworkDiagram([2, 6, 3], show=STEPPER_SHOW, max_height_px=200)
    finally:
        canvas.presentation(False)


@pytest.mark.parametrize("text_px, show, max_height_px", [
    (14, ("x", "y", "w", "b"), None), (14, DEFAULT_SHOW, None), (14, STEPPER_SHOW, 413),
    (20, ("x", "y", "w", "b"), None)])
def test_the_demo_shows_its_tags_and_every_edge(text_px, show, max_height_px):
    """The demo keeps its values in tags at 14 px (the player's too, in 413 px) and
    at 20 px; unhighlighted, every edge's w and dE/dw is written somewhere."""
    try:
        canvas.presentation(text_px == 20)
        net, y_target = computed_demo()
        diagram = NetworkDiagram(net.sizes, show=show, max_height_px=max_height_px)
        assert diagram.layout.view in (FULL, TAGS)
        diagram.update(net, None, y_target)
        assert node_value(diagram, 1, 0, "x") == f"x {format_number(net.x[1][0])}"
        if max_height_px is None:
            assert_every_edge_written(diagram, net, show)
        assert_fits(diagram)
        shares = visible_shares(diagram)
        assert min(shares) >= 0.7, min(shares)
    finally:
        canvas.presentation(False)


@pytest.mark.parametrize("value, error", [(99, ValueError), (601, ValueError), (400.0, TypeError),
                                          ("400", TypeError), (True, TypeError)])
def test_bad_max_height(value, error):
    with pytest.raises(error, match="max_height_px"):
        NetworkDiagram([1, 2, 1], max_height_px=value)


def test_the_players_circles_table_in_presentation_mode():
    """At 20 px the player's diagram is circles and a table: the input's row says
    "x" until y is known, the value the step computes is framed (and the key
    shows the frame), the things it reads have their rows, the error box
    shows the target, and every step keeps one height."""
    from bp_helpers.widgets import STEPPER_CONTROLS_PX, WIDGET_HEIGHT_PX
    try:
        canvas.presentation(True)
        record = trace(demo_network(), *DEMO_EXAMPLE, 1.0)
        diagram = NetworkDiagram(record.sizes, show=STEPPER_SHOW,
                                 max_height_px=WIDGET_HEIGHT_PX - STEPPER_CONTROLS_PX)
        assert diagram.layout.view == CIRCLES
        heights = set()
        for k in range(len(record)):
            step = record[k]
            diagram.update(record.snapshot(k + 1), step.highlight)
            heights.add(canvas.shown_size(diagram.figure)[1])
            cells = [cell for cell in diagram.table_cells if cell.get_text()]
            framed = [words(cell) for cell in cells if cell.get_bbox_patch() is not None]
            assert len(framed) == 1, (k, framed)
            name = QUANTITY_NAME_OF[step.highlight["quantity"]]
            assert (framed[0].startswith(name) or framed[0].startswith("w_")
                    or framed[0].startswith("x = y")), (k, framed)
            assert ("frame",) in key_shown(diagram)["computed"]
            assert "target 0.900" in strings(diagram.figure)
            if k == 0:
                assert framed == ["x 1.00"]
            if k == 1:
                assert framed == ["x = y 1.00"]
            if k == 6:          # x_4 = w_24 y_2 + w_34 y_3 + b_4
                texts = [words(cell) for cell in cells]
                assert "node 2" in texts and "node 3" in texts
                assert "w_24 0.500" in texts and "w_34 0.300" in texts
            assert_fits(diagram)
        assert len(heights) == 1
    finally:
        canvas.presentation(False)


@pytest.mark.parametrize("sizes", [[2, 2, 2], [2, 3, 3, 2], [4, 8, 8, 3]])
def test_the_error_box_is_compact_and_each_arrow_meets_its_target(sizes):
    """The box is as tall as its rows (E and each target), and the arrow from
    each output node ends at the row of its own target."""
    net, y_target = computed_network(sizes)
    diagram = NetworkDiagram(sizes).update(net, y_target=y_target)
    layout = diagram.layout
    box = layout.error_box
    assert box.height == pytest.approx(layout._rows_height(1 + sizes[-1]))
    diagram.figure.draw_without_rendering()
    renderer = diagram.figure.canvas.get_renderer()
    for k, text in enumerate(diagram.target_texts):
        _, end = layout.connector(k)
        assert end[0] == pytest.approx(box.x0)
        extent = text.get_window_extent(renderer)
        y = diagram.ax.transData.transform(end)[1]
        assert extent.y0 <= y <= extent.y1, (k, y, extent)


def test_dense_circles_keep_their_arrowheads_off_the_circles():
    """[4, 8, 8, 3] as circles: small arrowheads, set back from the circles, so
    that the 120 heads do not merge into blobs round the circles."""
    net, y_target = computed_network([4, 8, 8, 3])
    diagram = NetworkDiagram(net.sizes).update(
        net, {"target": ("node", 1, 2), "phase": "backward"}, y_target)
    layout = diagram.layout
    assert layout.view == CIRCLES
    from bp_helpers.pictures.diagram import DENSE_SETBACK
    for (l, i, _), path in zip(diagram.edges, diagram.arrowheads.get_paths()):
        head = path.vertices[:3]
        own = np.array(layout.centres[(l, i)])          # backward: the head points at the source
        assert np.hypot(*(head[0] - own)) >= (1 + 0.99 * DENSE_SETBACK) * layout.radius
        assert np.hypot(*(head[0] - (head[1] + head[2]) / 2)) < layout.arrow_length()
