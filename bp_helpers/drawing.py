"""The network diagram: the lesson's picture of a network, with its numbers.

Layers run left to right, the input on the left.  Each node is a box named
by its global number ("node 4", see ``names.py``) that holds its values
``x``, ``y``, ``dE/dx``, ``dE/dy`` (and, if asked for, its bias ``b`` and
``dE/db``).  Each edge carries ``w_ij`` and ``dE/dw``; its colour
and line style give the sign of ``w`` (negative: dashed), its width the size
of ``|w|``.  The error ``E`` and the target sit in a box right of the output
layer.  Every quantity has its own colour (``colors.py``) and is always
written with its name; numbers are written by ``formatting.format_number``,
as everywhere in the lessons, and a value not known yet (``None`` or
``nan``) is left empty.

``NetworkDiagram(sizes)`` builds the figure and all its artists once for a
network shape; ``update(state, highlight)`` only changes texts, colours,
alphas and line widths, so that the step-through player can redraw on every
step.  ``draw_network(state)`` does both in one call.

How the picture stays free of overlaps: text is set in a monospace font, so
a label of n characters is n * CHAR_WIDTH wide whatever its digits, and every
box is sized for the longest number it may hold.  Each edge label sits on
its own edge, where no other edge runs through it, clear of nodes, other
labels and crossings (``_place_edge_labels``); a gap between layers is
widened until all its labels find such a place.  A gap with too many edges
for that shows an edge's label only while a highlight points at it.

Left out on purpose: batches (the diagram shows one example), animation
(the player redraws), interaction with the figure itself.  Networks larger
than about [4, 8, 8, 3] are drawn without numbers: structure, edge colours
and widths only.
"""

import functools
import io
import itertools
import math
import numbers

import matplotlib
import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Circle, FancyBboxPatch, Rectangle
from matplotlib.transforms import Bbox

from . import colors
from .checks import check_sizes, check_whole_number
from .formatting import format_number
from .names import edge_label, node_number

# How each quantity is written in the picture.
QUANTITY_NAMES = {
    "x": "x", "y": "y", "dE_dx": "dE/dx", "dE_dy": "dE/dy",
    "b": "b", "dE_db": "dE/db", "w": "w", "dE_dw": "dE/dw",
}
# The lesson's picture: a node shows x, y, dE/dx, dE/dy; an edge w, dE/dw.
DEFAULT_SHOW = ("x", "y", "dE_dx", "dE_dy", "w", "dE_dw")
NODE_QUANTITIES = ("x", "y", "dE_dx", "dE_dy")
BIAS_QUANTITIES = ("b", "dE_db")
EDGE_QUANTITIES = ("w", "dE_dw")
# What a highlight may emphasise in each kind of thing it points at.
HIGHLIGHT_QUANTITIES = {
    "node": NODE_QUANTITIES, "bias": BIAS_QUANTITIES, "edge": EDGE_QUANTITIES, "error": ("E",),
}

# Beyond this size numbers no longer fit: only structure, colours and widths.
MAX_LAYERS_WITH_NUMBERS = 5
MAX_NODES_WITH_NUMBERS = 8
# A gap between two layers with more edges than this has no room for all
# their labels: an edge's label is shown only while highlighted.
MAX_LABELLED_EDGES = 12

# Lengths in inches unless the name says points (pt).  The figure's data
# coordinates are inches, so text sizes and positions add up.
DPI = 100
FONT = "DejaVu Sans Mono"
FONT_SIZE = 7                              # pt
CHAR_WIDTH = 0.602 * FONT_SIZE / 72        # advance of every DejaVu Sans Mono glyph
LINE_HEIGHT = 1.6 * FONT_SIZE / 72
PAD = 0.07                                 # between a box's border and its text
MARGIN = 0.1                               # around the whole picture
ROW_GAP = 0.3                              # between the node boxes of a layer ...
ROW_GAPS_FOR_LABELS = (0.6, 0.8, 1.0, 1.2, 1.4)    # ... or one of these, for edge labels
GAP_ROOM = 0.3                             # a gap is at least this much wider than an edge label
GAP_WIDENINGS = tuple(0.1 * k for k in range(31))  # added to a gap, in turn, until its labels fit
ERROR_GAP = 0.3                            # between the output layer and the error box
CLEARANCE = 0.04                           # free space kept around every edge label
LABEL_PAD = 0.03                           # white around an edge label's text
# Where along its edge a label may sit (0 = start, 1 = end), best first.
POSITIONS_ALONG_EDGE = tuple(0.5 + sign * 0.025 * k for k in range(20) for sign in (1, -1))
# Without numbers nodes are circles, this far apart at most, and the
# tallest layer fits in this height.
ROW_STEP_WITHOUT_NUMBERS = 0.4
HEIGHT_WITHOUT_NUMBERS = 9.0
GAP_WITHOUT_NUMBERS = 2.4
EDGE_WIDTH_WITHOUT_NUMBERS = 0.5           # factor: many edges, thinner lines

# The look of highlighting.  Roles: "plain" (no highlight), "target" (what
# the step computes), "read" (what it reads), "rest" (dimmed).
DIM_ALPHA = 0.25
OUTLINE_WIDTH = {"plain": 1.0, "target": 3.0, "read": 2.0, "rest": 1.0}   # pt
OUTLINE_STYLE = {"plain": "-", "target": "-", "read": "--", "rest": "-"}
TARGET_EDGE_EXTRA_WIDTH = 2.0                                             # pt
EMPHASIS_BOX = {"boxstyle": "square,pad=0.15", "facecolor": "white",
                "edgecolor": colors.TEXT, "linewidth": 1.0}


def edge_width(w):
    """Line width (pt) of an edge with weight ``w``: wider for larger ``|w|``, up to |w| = 2."""
    if math.isnan(w):
        return 0.6
    return 0.6 + 1.4 * min(abs(w), 2.0)


def value_text(name, value, precision):
    """``"dE/dx = -0.00235"``; ``"dE/dx = "`` while the value is not known (nan)."""
    return f"{QUANTITY_NAMES[name]} = {number_text(value, precision)}"


def number_text(value, precision):
    """``value`` as ``format_number`` writes it, in at most ``number_room(precision)``
    characters: a number that would be longer (smaller than 1e-4 in size, or
    huge) is written in scientific notation, ``-5.39e-05``.  Empty for nan."""
    if math.isnan(value):
        return ""
    text = format_number(value, precision)
    if len(text) > number_room(precision):
        text = f"{value:.{precision - 1}e}"
    return text


def number_room(precision):
    """Characters kept for a number: enough for ``-0.000123`` (precision 3)."""
    return len(format_number(-1.23456789e-4, precision))


# --- the layout, in inches --------------------------------------------------

@functools.lru_cache(maxsize=16)
def _layout(sizes, show, precision):
    """The layout of the picture (the same for the same arguments, so kept).

    When edge labels are to be placed, rows of nodes are spread apart as far
    as the labels need: of the ``ROW_GAPS_FOR_LABELS``, the one whose picture
    labels the most gaps, then has the smallest width + height.
    """
    if not any(_may_label(sizes, show, l) for l in range(len(sizes) - 1)):
        return _Layout(sizes, show, precision, ROW_GAP)
    layouts = [_Layout(sizes, show, precision, row_gap) for row_gap in ROW_GAPS_FOR_LABELS]
    return min(layouts, key=lambda layout: (-len(layout.labelled_gaps), sum(layout.size)))


def _with_numbers(sizes):
    return len(sizes) <= MAX_LAYERS_WITH_NUMBERS and max(sizes) <= MAX_NODES_WITH_NUMBERS


def _may_label(sizes, show, l):
    """Whether the edges after layer l may have their labels always shown."""
    return (_with_numbers(sizes) and any(name in show for name in EDGE_QUANTITIES)
            and sizes[l] * sizes[l + 1] <= MAX_LABELLED_EDGES)


class _Layout:
    """Where everything goes, for one network shape, set of options and
    ``row_gap``, the free space between the node boxes of a layer."""

    def __init__(self, sizes, show, precision, row_gap):
        self.sizes = sizes
        self.show = show
        self.with_numbers = _with_numbers(sizes)
        self.node_lines = [_node_lines(l, show) for l in range(len(sizes))]
        self.edge_lines = [name for name in EDGE_QUANTITIES if name in show]
        if self.with_numbers:
            self._size_boxes(precision, row_gap)
        else:
            self._size_circles()
        tallest = (max(sizes) - 1) * self.row_step + max(self.box_heights)
        self.height = max(tallest, self.error_height) + 2 * MARGIN
        self.column_x = [MARGIN + self.box_width / 2]
        self.label_centre = {}          # edge -> centre of its label
        self.labelled_gaps = set()      # gaps whose labels are always shown
        for l in range(len(sizes) - 1):
            self._place_gap(l)
        output_right = self.column_x[-1] + self.box_width / 2
        self.error_centre = (output_right + ERROR_GAP + self.error_width / 2, self.height / 2)
        self.size = (output_right + ERROR_GAP + self.error_width + MARGIN, self.height)

    def _size_boxes(self, precision, row_gap):
        number = number_room(precision)
        node_chars = max(len("dE/dx = ") + number, len(f"node {sum(self.sizes)}"))
        self.box_width = node_chars * CHAR_WIDTH + 2 * PAD
        self.box_heights = [(1 + len(lines)) * LINE_HEIGHT + 2 * PAD for lines in self.node_lines]
        longest_name = max(len(edge_label(self.sizes, *edge)) for edge in self.edges())
        label_chars = max(longest_name, len("dE/dw")) + len(" = ") + number
        self.label_width = label_chars * CHAR_WIDTH + 2 * LABEL_PAD
        self.label_height = len(self.edge_lines) * LINE_HEIGHT + 2 * LABEL_PAD
        self.gap = self.label_width + GAP_ROOM if self.edge_lines else GAP_ROOM
        self.row_step = max(self.box_heights) + row_gap
        target_chars = len(self.target_name(self.sizes[-1] - 1)) + len(" = ") + number
        self.error_width = target_chars * CHAR_WIDTH + 2 * PAD
        self.error_height = (2 + self.sizes[-1]) * LINE_HEIGHT + 2 * PAD  # header, E, targets

    def _size_circles(self):
        self.row_step = min(ROW_STEP_WITHOUT_NUMBERS, HEIGHT_WITHOUT_NUMBERS / max(self.sizes))
        self.box_width = 0.6 * self.row_step
        self.box_heights = [self.box_width] * len(self.sizes)
        self.gap = GAP_WITHOUT_NUMBERS
        self.error_width = self.error_height = LINE_HEIGHT + 2 * PAD

    def target_name(self, k):
        """``"target"`` for one output node, ``"target_7"`` for output node 7 of several."""
        if self.sizes[-1] == 1:
            return "target"
        return f"target_{node_number(self.sizes, len(self.sizes) - 1, k)}"

    def nodes(self):
        return [(l, i) for l, size in enumerate(self.sizes) for i in range(size)]

    def gap_edges(self, l):
        return [(l, i, j) for i in range(self.sizes[l]) for j in range(self.sizes[l + 1])]

    def edges(self):
        return [edge for l in range(len(self.sizes) - 1) for edge in self.gap_edges(l)]

    def node_centre(self, l, i):
        return self.column_x[l], self.height / 2 + ((self.sizes[l] - 1) / 2 - i) * self.row_step

    def node_box(self, l, i):
        x, y = self.node_centre(l, i)
        width, height = self.box_width, self.box_heights[l]
        return Bbox.from_bounds(x - width / 2, y - height / 2, width, height)

    def error_box(self):
        x, y = self.error_centre
        return Bbox.from_bounds(x - self.error_width / 2, y - self.error_height / 2,
                                self.error_width, self.error_height)

    def edge_segment(self, l, i, j):
        """Start and end of the edge's line: from the right side of node i of
        layer l to the left side of node j of layer l + 1."""
        (x0, y0), (x1, y1) = self.node_centre(l, i), self.node_centre(l + 1, j)
        half = self.box_width / 2
        return np.array([x0 + half, y0]), np.array([x1 - half, y1])

    def _place_gap(self, l):
        """Put layer l + 1 right of layer l, and the labels of the edges between.

        The gap is widened step by step until every label finds a place
        (``_place_edge_labels``); then the gap is "labelled" and its labels
        are always shown.  A gap with too many edges, or no room even at the
        widest, keeps the narrowest width and its labels at mid-edge, shown
        only for highlighted edges.
        """
        narrowest = self.column_x[l] + self.box_width + self.gap
        if _may_label(self.sizes, self.show, l):
            for extra in GAP_WIDENINGS:
                self.column_x.append(narrowest + extra)
                centres = self._fit_labels(l)
                if centres is not None:
                    self.labelled_gaps.add(l)
                    self.label_centre.update(centres)
                    return
                self.column_x.pop()
        self.column_x.append(narrowest)
        if self.with_numbers and self.edge_lines:
            for edge in self.gap_edges(l):
                start, end = self.edge_segment(*edge)
                self.label_centre[edge] = tuple((start + end) / 2)

    def _fit_labels(self, l):
        """Labels of the gap after layer l, between the centres of the two layers."""
        segments = {edge: self.edge_segment(*edge) for edge in self.gap_edges(l)}
        nodes = [self.node_box(l, i).extents for i in range(self.sizes[l])]
        nodes += [self.node_box(l + 1, j).extents for j in range(self.sizes[l + 1])]
        bounds = (self.column_x[l], 0, self.column_x[l + 1], self.height)
        return _place_edge_labels(segments, self.label_width, self.label_height, nodes, bounds)


def _node_lines(layer, show):
    """The quantities the nodes of ``layer`` show, top to bottom.  The input
    node has one line "x = y = ..." (listed as "x") and no bias."""
    if layer == 0:
        lines = ["x"] if "x" in show or "y" in show else []
        return lines + [name for name in ("dE_dx", "dE_dy") if name in show]
    return [name for name in NODE_QUANTITIES + BIAS_QUANTITIES if name in show]


def _place_edge_labels(segments, width, height, obstacles, bounds):
    """Centre of every edge's label in one gap, or None if one finds no place.

    ``segments`` maps each edge of the gap to its (start, end).  A label is a
    ``width`` x ``height`` box centred on its own edge, at one of the points
    ``POSITIONS_ALONG_EDGE``, the first where the box, with ``CLEARANCE``
    around it, stays inside ``bounds``, meets no obstacle (node boxes,
    labels placed before) and no crossing of two edges, and no other edge
    runs through it.  Boxes are ``(x0, y0, x1, y1)``.
    """
    starts = np.array([start for start, _ in segments.values()])
    ends = np.array([end for _, end in segments.values()])
    blocked = np.array(list(obstacles) + _crossings(starts, ends))
    half_width, half_height = width / 2 + CLEARANCE, height / 2 + CLEARANCE
    centres = {}
    for k, edge in enumerate(segments):
        for t in POSITIONS_ALONG_EDGE:
            x, y = starts[k] + t * (ends[k] - starts[k])
            box = (x - half_width, y - half_height, x + half_width, y + half_height)
            if (_inside(box, bounds) and not _overlaps_any(box, blocked)
                    and np.count_nonzero(_edges_meeting(box, starts, ends)) == 1):  # its own
                centres[edge] = (x, y)
                blocked = np.vstack([blocked, box])
                break
        else:
            return None
    return centres


def _crossings(starts, ends):
    """Small boxes around the points where two edges of one gap cross.

    All edges of a gap run from the same x to the same x, so two edges cross
    where their heights, y(t) = y_start + t (y_end - y_start), become equal
    for some t strictly between 0 and 1 (at 0 or 1 they only share a node).
    """
    boxes = []
    for a, b in itertools.combinations(range(len(starts)), 2):
        rise_a, rise_b = ends[a, 1] - starts[a, 1], ends[b, 1] - starts[b, 1]
        if rise_a == rise_b:
            continue
        t = (starts[b, 1] - starts[a, 1]) / (rise_a - rise_b)
        if 0 < t < 1:
            x, y = starts[a] + t * (ends[a] - starts[a])
            boxes.append((x - CLEARANCE, y - CLEARANCE, x + CLEARANCE, y + CLEARANCE))
    return boxes


def _edges_meeting(box, starts, ends):
    """Which edges of a gap (straight, all over the same x range) run through
    ``box``: over the box's width their heights reach into its height."""
    x0, x1 = max(box[0], starts[0, 0]), min(box[2], ends[0, 0])
    slope = (ends[:, 1] - starts[:, 1]) / (ends[:, 0] - starts[:, 0])
    y0 = starts[:, 1] + slope * (x0 - starts[:, 0])
    y1 = starts[:, 1] + slope * (x1 - starts[:, 0])
    return (x0 <= x1) & (np.minimum(y0, y1) <= box[3]) & (np.maximum(y0, y1) >= box[1])


def _overlaps_any(box, boxes):
    return np.any((boxes[:, 0] <= box[2]) & (box[0] <= boxes[:, 2])
                  & (boxes[:, 1] <= box[3]) & (box[1] <= boxes[:, 3]))


def _inside(box, bounds):
    return (box[0] >= bounds[0] and box[1] >= bounds[1]
            and box[2] <= bounds[2] and box[3] <= bounds[3])


# --- the artists --------------------------------------------------------------

class _Element:
    """The artists of one thing a highlight can point at: a node, a bias, an
    edge or the error.  ``values`` maps a quantity to the text showing it;
    ``others`` are the rest of its artists (outline, header, lines)."""

    def __init__(self, outline=None, values=None, others=()):
        self.outline = outline
        self.values = values or {}
        self.artists = list(others) + list(dict.fromkeys(self.values.values()))
        if outline is not None:
            self.artists.append(outline)

    def set_role(self, role, quantity):
        """Draw as ``role``: the target bold with a thick outline and its
        ``quantity`` boxed, a read outlined dashed, the rest dimmed."""
        weight = "bold" if role == "target" else "normal"
        for artist in self.artists:
            artist.set_alpha(DIM_ALPHA if role == "rest" else 1.0)
            if hasattr(artist, "set_fontweight"):
                artist.set_fontweight(weight)
        for name, text in self.values.items():
            text.set_bbox(EMPHASIS_BOX if role == "target" and name == quantity else None)
        if self.outline is not None:
            self.outline.set_linewidth(OUTLINE_WIDTH[role])
            self.outline.set_linestyle(OUTLINE_STYLE[role])


class NetworkDiagram:
    """The diagram of a network of layers ``sizes``, ready to be updated.

    ``show``: the quantities to write, any of "x", "y", "dE_dx", "dE_dy",
    "b", "dE_db", "w", "dE_dw"; by default ``DEFAULT_SHOW``, the lesson's
    picture (no biases).
    ``precision``: significant digits of every number (as ``format_number``).
    ``ax``: an Axes to draw into, about ``size`` inches large for the text
    to fit; by default the diagram makes its own Figure of that size.

    ``update(state, highlight)`` writes a state's values; ``to_png()``
    renders the figure; ``figure`` is the matplotlib Figure.
    """

    def __init__(self, sizes, show=DEFAULT_SHOW, precision=3, ax=None):
        self.sizes = check_sizes(sizes)
        self.show = _check_show(show)
        self.precision = check_whole_number("precision", precision, 1)
        self.layout = _layout(tuple(self.sizes), self.show, self.precision)
        self.size = self.layout.size
        self.figure, self.ax = _new_axes(self.size, ax)
        self.elements = {}              # highlight id -> _Element
        self.edge_lines = {}            # edge -> its line
        self.label_backgrounds = {}     # edge -> white box behind its label
        self.target_texts = []
        for l, i in self.layout.nodes():
            self._add_node(l, i)
        for edge in self.layout.edges():
            self._add_edge(*edge)
        self._add_error()

    def _text(self, x, y, color, text="", ha="left"):
        return self.ax.text(x, y, text, color=color, family=FONT, size=FONT_SIZE,
                            ha=ha, va="center", zorder=4)

    def _box(self, box):
        outline = FancyBboxPatch((box.x0, box.y0), box.width, box.height,
                                 boxstyle="round,pad=0,rounding_size=0.05",
                                 facecolor="white", edgecolor=colors.TEXT, zorder=3)
        return self.ax.add_patch(outline)

    def _lines_in(self, box, count):
        """Left end of text lines 0..count-1 (0 at the top) in ``box``."""
        return [(box.x0 + PAD, box.y1 - PAD - (k + 0.5) * LINE_HEIGHT) for k in range(count)]

    def _add_node(self, l, i):
        layout = self.layout
        if not layout.with_numbers:
            outline = self.ax.add_patch(Circle(layout.node_centre(l, i), layout.box_width / 2,
                                               facecolor="white", edgecolor=colors.TEXT, zorder=3))
            self.elements[("node", l, i)] = _Element(outline)
            self.elements[("bias", l, i)] = _Element()
            return
        box = layout.node_box(l, i)
        header_at, *lines_at = self._lines_in(box, 1 + len(layout.node_lines[l]))
        header = self._text(*header_at, colors.TEXT, f"node {node_number(self.sizes, l, i)}")
        texts = {name: self._text(*at, colors.QUANTITY_COLORS[name])
                 for name, at in zip(layout.node_lines[l], lines_at)}
        if l == 0 and "x" in texts:     # the input's one line "x = y = ..."
            texts["y"] = texts["x"]
        node_values = {name: texts[name] for name in NODE_QUANTITIES if name in texts}
        bias_values = {name: texts[name] for name in BIAS_QUANTITIES if name in texts}
        self.elements[("node", l, i)] = _Element(self._box(box), node_values, [header])
        self.elements[("bias", l, i)] = _Element(values=bias_values)

    def _add_edge(self, l, i, j):
        start, end = self.layout.edge_segment(l, i, j)
        line = self.ax.add_line(Line2D([start[0], end[0]], [start[1], end[1]], zorder=1,
                                       solid_capstyle="butt", dash_capstyle="butt"))
        self.edge_lines[(l, i, j)] = line
        texts = {}
        if (l, i, j) in self.layout.label_centre:
            layout = self.layout
            x, y = layout.label_centre[(l, i, j)]
            width, height = layout.label_width, layout.label_height
            # White behind the label, so that no line runs through its text;
            # never dimmed, so that it stays white.
            self.label_backgrounds[(l, i, j)] = self.ax.add_patch(Rectangle(
                (x - width / 2, y - height / 2), width, height,
                facecolor="white", edgecolor="none", zorder=2))
            top = y + height / 2 - LABEL_PAD
            for k, name in enumerate(layout.edge_lines):
                texts[name] = self._text(x, top - (k + 0.5) * LINE_HEIGHT,
                                         colors.QUANTITY_COLORS[name], ha="center")
        self.elements[("edge", l, i, j)] = _Element(values=texts, others=[line])

    def _add_error(self):
        layout, box = self.layout, self.layout.error_box()
        L = len(self.sizes) - 1
        connectors = []
        for k in range(self.sizes[L]):
            (x, y), half = layout.node_centre(L, k), layout.box_width / 2
            connectors.append(self.ax.add_line(Line2D(
                [x + half, box.x0], [y, layout.error_centre[1]], zorder=1,
                color=colors.TEXT, linestyle=":", linewidth=1.0)))
        if not layout.with_numbers:
            header = self._text(*layout.error_centre, colors.TEXT, "E", ha="center")
            self.elements[("error",)] = _Element(self._box(box), others=[header] + connectors)
            return
        header_at, E_at, *targets_at = self._lines_in(box, 2 + self.sizes[L])
        header = self._text(*header_at, colors.TEXT, "error")
        E = self._text(*E_at, colors.QUANTITY_COLORS["E"])
        self.target_texts = [self._text(*at, colors.QUANTITY_COLORS["y_target"])
                             for at in targets_at]
        self.elements[("error",)] = _Element(self._box(box), {"E": E},
                                             [header] + self.target_texts + connectors)

    # --- writing a state ------------------------------------------------

    def update(self, state, highlight=None, y_target=None):
        """Write the values of ``state`` and mark ``highlight``; return self.

        ``state``: a ``Network`` or any object with its attributes (``sizes``,
        ``weights``, ``biases``, ``x``, ``y``, ``dE_dx``, ``dE_dy``, ``dE_dw``,
        ``dE_db``; optionally ``E`` and ``y_target``) for one example.  A
        list that is ``None`` or a value that is ``nan`` is shown empty.
        ``y_target`` overrides ``state.y_target`` (a ``Network`` keeps none).

        ``highlight``: ``None`` or ``{"target": id, "reads": [ids],
        "quantity": name}`` with ids ``("node", l, i)``, ``("edge", l, i, j)``,
        ``("bias", l, j)`` or ``("error",)``.  The target is drawn bold with a
        thick outline (an edge: thicker), its quantity boxed; what it reads
        is outlined dashed; everything else is dimmed.
        """
        values = _read_state(state, self.sizes, y_target)
        roles, quantity = _roles(highlight, self.sizes)
        if self.layout.with_numbers:
            self._write_numbers(values)
        for key, element in self.elements.items():
            element.set_role(roles.get(key, "rest" if roles else "plain"), quantity)
        for (l, i, j), line in self.edge_lines.items():
            role = roles.get(("edge", l, i, j))
            width = edge_width(values["w"][l][i, j])
            if not self.layout.with_numbers:
                width *= EDGE_WIDTH_WITHOUT_NUMBERS
            _style_edge(line, values["w"][l][i, j], width, role == "target")
            shown = l in self.layout.labelled_gaps or role is not None
            for text in self.elements[("edge", l, i, j)].values.values():
                text.set_visible(shown)
            if (l, i, j) in self.label_backgrounds:
                self.label_backgrounds[(l, i, j)].set_visible(shown)
        return self

    def _write_numbers(self, values):
        for (kind, *where), element in self.elements.items():
            for name, text in element.values.items():
                text.set_text(self._text_of(kind, where, name, values))
        for k, text in enumerate(self.target_texts):
            text.set_text(f"{self.layout.target_name(k)} = "
                          f"{number_text(values['y_target'][k], self.precision)}")

    def _text_of(self, kind, where, name, values):
        """What the text of quantity ``name`` in the element ``(kind, *where)`` says."""
        p = self.precision
        if kind == "error":
            return f"E = {number_text(values['E'], p)}"
        if kind == "edge":
            l, i, j = where
            label = edge_label(self.sizes, l, i, j) if name == "w" else QUANTITY_NAMES[name]
            return f"{label} = {number_text(values[name][l][i, j], p)}"
        l, i = where
        if kind == "node" and l == 0 and name in ("x", "y"):   # the input's "x = y = ..."
            return _input_text(values["x"][0][i], values["y"][0][i], p)
        return value_text(name, values[name][l][i], p)

    def to_png(self):
        """The figure as PNG bytes (fixed size, ``DPI`` dots per inch).

        Made for redrawing on every step: glyphs are drawn without hinting
        and the PNG is compressed lightly, which together take a third off
        the time and look the same at this size.
        """
        buffer = io.BytesIO()
        with matplotlib.rc_context({"text.hinting": "none"}):
            self.figure.savefig(buffer, format="png", dpi=DPI, pil_kwargs={"compress_level": 1})
        return buffer.getvalue()

    def _repr_png_(self):
        return self.to_png()


def draw_network(state, ax=None, show=DEFAULT_SHOW, precision=3, highlight=None, y_target=None):
    """Draw ``state`` (a ``Network`` or a step snapshot); return the Figure.

    ``NetworkDiagram(state.sizes, show, precision, ax).update(state,
    highlight, y_target)``: see both for the arguments.
    """
    if not hasattr(state, "sizes"):
        raise TypeError(f"state must be a Network or an object with its attributes "
                        f"(sizes, weights, biases, x, y, ...), got {type(state).__name__}")
    diagram = NetworkDiagram(state.sizes, show, precision, ax)
    diagram.update(state, highlight, y_target)
    return diagram.figure


def _style_edge(line, w, width, is_target):
    """Colour and dashes by the sign of ``w``; ``width`` in points."""
    if math.isnan(w):
        color, style = colors.UNKNOWN, ":"
    elif w >= 0:
        color, style = colors.POSITIVE_WEIGHT, "-"
    else:
        color, style = colors.NEGATIVE_WEIGHT, "--"
    line.set_color(color)
    line.set_linestyle(style)
    line.set_linewidth(width + (TARGET_EDGE_EXTRA_WIDTH if is_target else 0.0))


def _input_text(x, y, precision):
    """The input node's line: "x = y = 1.00" once y is known, "x = 1.00" before."""
    if math.isnan(y):
        return value_text("x", x, precision)
    return f"x = y = {number_text(y, precision)}"


class DiagramFigure(Figure):
    """A matplotlib Figure that a notebook shows as a picture on its own.

    Jupyter shows a plain Figure as a picture only once matplotlib's inline
    backend is on (after ``%matplotlib inline`` or a first pyplot figure);
    otherwise it prints ``<Figure size ...>``.  This one always shows.
    """

    def _repr_png_(self):
        buffer = io.BytesIO()
        self.savefig(buffer, format="png")
        return buffer.getvalue()


def _new_axes(size, ax):
    if ax is None:
        figure = DiagramFigure(figsize=size, dpi=DPI)
        FigureCanvasAgg(figure)
        ax = figure.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, size[0])
    ax.set_ylim(0, size[1])
    ax.set_aspect("equal")
    ax.set_axis_off()
    return ax.figure, ax


# --- checks at the entry points -----------------------------------------------

STATE_ARRAYS = ("weights", "biases", "x", "y", "dE_dx", "dE_dy", "dE_dw", "dE_db")


def _check_show(show):
    if isinstance(show, str) or not hasattr(show, "__iter__"):
        raise TypeError(f"show must be a list of quantity names such as ('x', 'y'), got {show!r}")
    show = tuple(show)
    for name in show:
        if name not in QUANTITY_NAMES:
            raise ValueError(f"show must name quantities among {list(QUANTITY_NAMES)}, "
                             f"got {name!r}")
    return show


def _read_state(state, sizes, y_target):
    """The state's values by quantity name, every list complete, nan where not known.

    ``w`` and ``dE_dw`` are per weight matrix (``w[l][i, j]``); the node
    quantities, ``b`` and ``dE_db`` are per layer of nodes (``b[l][j]`` is
    the bias of node j of layer l, nan for the input layer).
    """
    missing = [name for name in ("sizes",) + STATE_ARRAYS if not hasattr(state, name)]
    if missing:
        raise TypeError(f"state must be a Network or an object with its attributes; "
                        f"{type(state).__name__} has no {', '.join(missing)}")
    if list(state.sizes) != sizes:
        raise ValueError(f"state must be a network of sizes {sizes} (this diagram's), "
                         f"got sizes {list(state.sizes)}")
    nodes = [(n,) for n in sizes]
    weights = [(a, b) for a, b in zip(sizes[:-1], sizes[1:])]
    arrays = {name: _layer_arrays(f"state.{name}", getattr(state, name), shapes)
              for name, shapes in [("weights", weights), ("biases", nodes[1:]),
                                   ("x", nodes), ("y", nodes), ("dE_dx", nodes),
                                   ("dE_dy", nodes), ("dE_dw", weights), ("dE_db", nodes[1:])]}
    no_bias = [np.full(nodes[0], np.nan)]
    values = {"w": arrays.pop("weights"), "b": no_bias + arrays.pop("biases"),
              "dE_db": no_bias + arrays.pop("dE_db"), **arrays}
    if y_target is None:
        y_target = getattr(state, "y_target", None)
    values["y_target"] = _layer_arrays("y_target", [y_target], [nodes[-1]])[0]
    values["E"] = float(_layer_arrays("state.E", [getattr(state, "E", None)], [()])[0])
    return values


def _layer_arrays(name, arrays, shapes):
    """``arrays`` as float arrays of ``shapes`` (one per layer); ``None`` becomes nan."""
    if arrays is None:
        return [np.full(shape, np.nan) for shape in shapes]
    if (isinstance(arrays, np.ndarray) or not hasattr(arrays, "__len__")
            or len(arrays) != len(shapes)):
        raise ValueError(f"{name} must be a list of {len(shapes)} arrays, one per layer, "
                         f"got {arrays!r}")
    result = []
    for l, (array, shape) in enumerate(zip(arrays, shapes)):
        where = f"{name}[{l}]" if len(shapes) > 1 else name
        if array is None:
            result.append(np.full(shape, np.nan))
            continue
        try:
            array = np.asarray(array, dtype=float)
        except (TypeError, ValueError):
            raise TypeError(f"{where} must be numbers, got {array!r}") from None
        if len(shape) == 1 and array.ndim == 2:
            raise ValueError(f"state must hold one example, but {where} has shape "
                             f"{array.shape} (a batch): draw one example, shape {shape}")
        if array.shape != shape:
            raise ValueError(f"{where} must have shape {shape}, got shape {array.shape}")
        if np.isinf(array).any():
            raise ValueError(f"{where} must be finite (nan for 'not known yet'), got {array!r}")
        result.append(array)
    return result


def _roles(highlight, sizes):
    """``({id: "target" or "read"}, quantity)`` of a highlight; ``({}, None)`` for none."""
    if highlight is None:
        return {}, None
    if not isinstance(highlight, dict) or "target" not in highlight:
        raise TypeError(f"highlight must be None or a dict with a 'target' id, got {highlight!r}")
    unknown = set(highlight) - {"target", "reads", "quantity"}
    if unknown:
        raise ValueError(f"highlight may only have the keys 'target', 'reads' and 'quantity', "
                         f"got {sorted(unknown)}")
    target = _check_id(highlight["target"], sizes)
    roles = {_check_id(item, sizes): "read" for item in highlight.get("reads", ())}
    roles[target] = "target"
    quantity = highlight.get("quantity")
    allowed = HIGHLIGHT_QUANTITIES[target[0]]
    if quantity is not None and quantity not in allowed:
        raise ValueError(f"highlight['quantity'] of a {target[0]} must be one of "
                         f"{list(allowed)}, got {quantity!r}")
    return roles, quantity


ID_LENGTHS = {"node": 3, "edge": 4, "bias": 3, "error": 1}


def _check_id(item, sizes):
    """A highlight id as a tuple, checked against the network's ``sizes``."""
    well_formed = (isinstance(item, (tuple, list)) and len(item) > 0
                   and item[0] in ID_LENGTHS and len(item) == ID_LENGTHS[item[0]]
                   and all(isinstance(k, numbers.Integral) and not isinstance(k, bool)
                           for k in item[1:]))
    if not well_formed:
        raise ValueError(f"highlight ids must be ('node', l, i), ('edge', l, i, j), "
                         f"('bias', l, j) or ('error',), got {item!r}")
    kind, *where = item
    if not _is_part(kind, where, sizes):
        raise ValueError(f"highlight id {tuple(item)!r} is not part of a network "
                         f"of sizes {sizes}")
    return (kind, *map(int, where))


def _is_part(kind, where, sizes):
    L = len(sizes) - 1
    if kind == "error":
        return True
    if kind == "edge":
        l, i, j = where
        return 0 <= l < L and 0 <= i < sizes[l] and 0 <= j < sizes[l + 1]
    l, i = where
    first = 1 if kind == "bias" else 0  # the input layer has no bias
    return first <= l <= L and 0 <= i < sizes[l]
