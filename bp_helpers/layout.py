"""Where everything in the network diagram goes, in inches.

Layers run left to right, the input on the left; each node is a box with one
line of text per quantity, each edge a straight line from the right side of
one box to the left side of the next, with its label ``w_ij`` / ``dE/dw``
on it; the error box sits under the output layer, and a one-line key to
the edges runs along the bottom.  ``drawing.py`` draws what this file places.

How the picture stays free of overlaps: text is set in a monospace font, so
a label of n characters is n * CHAR_WIDTH wide whatever its digits, and every
box is sized for the longest number it may hold.  Each edge label sits on
its own edge, where no other edge runs through it, clear of nodes, other
labels and crossings, as near the node the edge leaves as it can
(``place_edge_labels``); a gap between layers is widened until all its
labels find such a place.  A gap with too many edges for that shows an
edge's label only while a highlight points at it.

Left out on purpose: anything about colours, line styles or text (that is
``drawing.py``).  Networks larger than about [4, 8, 8, 3] get no numbers:
nodes are small circles.
"""

import functools
import itertools

import numpy as np
from matplotlib.transforms import Bbox

from .formatting import format_number
from .names import edge_label, node_number
from .steps import BIAS_QUANTITIES, EDGE_QUANTITIES, NODE_QUANTITIES


# Beyond this size numbers no longer fit: only structure, colours and widths.
MAX_LAYERS_WITH_NUMBERS = 5
MAX_NODES_WITH_NUMBERS = 8
# A gap between two layers with more edges than this has no room for all
# their labels: an edge's label is shown only while highlighted.
MAX_LABELLED_EDGES = 12

# Lengths in inches unless the name says points (pt).  The figure's data
# coordinates are inches, so text sizes and positions add up.  The picture
# is shown about 950 pixels wide; every text in it is as large as the
# picture's width allows, so the spaces between boxes are kept small.
FONT = "DejaVu Sans Mono"
FONT_SIZE = 9                              # pt
CHAR_WIDTH = 0.602 * FONT_SIZE / 72        # advance of every DejaVu Sans Mono glyph
LINE_HEIGHT = 1.55 * FONT_SIZE / 72
PAD = 0.06                                 # between a box's border and its text
MARGIN = 0.08                              # around the whole picture
ROW_GAP = 0.25                             # between the node boxes of a layer ...
ROW_GAPS_FOR_LABELS = (0.5, 0.9, 1.3, 1.7, 2.1, 2.5)   # ... or one of these, for edge labels
GAP_ROOM = 0.25                            # a gap is at least this much wider than an edge label
GAP_WIDENINGS = tuple(0.1 * k for k in range(36))  # added to a gap, in turn, until its labels fit
# Shown at the page's width, a picture up to this much taller than wide
# still fits on one screen with the step-through player's controls.
MAX_HEIGHT_PER_WIDTH = 0.6
ERROR_GAP = 0.2                            # between the output layer and the error box
CLEARANCE = 0.04                           # free space kept around every edge label
LABEL_PAD = 0.03                           # white around an edge label's text
# Where along its edge a label may sit (0 = start, 1 = end), best first:
# near the node the edge leaves, so that the labels of a node's edges fan
# out beside it, away from the crossings in the middle of a gap.
POSITIONS_ALONG_EDGE = tuple(0.025 * k for k in range(40))
# The key under the picture: words, and a sample edge of weight w where a
# part is a number (``drawing.py`` draws it as it draws an edge).
KEY = ("edges:", 1.0, "w > 0", -1.0, "w < 0, the thicker the larger |w|")
SAMPLE_CHARS = 5                           # length of a sample edge, in characters
KEY_GAP = 0.08                             # between the picture and the key
# Without numbers nodes are circles, this far apart at most, and the
# tallest layer fits in this height.
ROW_STEP_WITHOUT_NUMBERS = 0.4
HEIGHT_WITHOUT_NUMBERS = 9.0
GAP_WITHOUT_NUMBERS = 2.4


def number_room(precision):
    """Characters kept for a number: enough for ``-0.000123`` (precision 3)."""
    return len(format_number(-1.23456789e-4, precision))


@functools.lru_cache(maxsize=16)
def layout_of(sizes, show, precision):
    """The layout of the picture (the same for the same arguments, so kept).

    When edge labels are to be placed, rows of nodes are spread apart as far
    as the labels need: of the ``ROW_GAPS_FOR_LABELS``, the one whose picture
    labels the most gaps, then is no taller than ``MAX_HEIGHT_PER_WIDTH``
    times its width (or the least too tall), then is the narrowest: the
    picture is shrunk to the page's width, so its width decides how large
    the text looks.  Taller rows leave the edges room for their labels, so
    the gaps between layers can stay narrow.
    """
    if not any(may_label(sizes, show, l) for l in range(len(sizes) - 1)):
        return Layout(sizes, show, precision, ROW_GAP)

    def badness(layout):
        width, height = layout.size
        tallness = max(height / width, MAX_HEIGHT_PER_WIDTH)     # all alike up to the limit
        return -len(layout.labelled_gaps), tallness, width
    return min((Layout(sizes, show, precision, row_gap) for row_gap in ROW_GAPS_FOR_LABELS),
               key=badness)


def with_numbers(sizes):
    return len(sizes) <= MAX_LAYERS_WITH_NUMBERS and max(sizes) <= MAX_NODES_WITH_NUMBERS


def may_label(sizes, show, l):
    """Whether the edges after layer l may have their labels always shown."""
    return (with_numbers(sizes) and any(name in show for name in EDGE_QUANTITIES)
            and sizes[l] * sizes[l + 1] <= MAX_LABELLED_EDGES)


def node_lines(layer, show):
    """The quantities the nodes of ``layer`` show, top to bottom.  The input
    node has one line "x = y = ..." (listed as "x") and no bias."""
    if layer == 0:
        lines = ["x"] if "x" in show or "y" in show else []
        return lines + [name for name in ("dE_dx", "dE_dy") if name in show]
    return [name for name in NODE_QUANTITIES + BIAS_QUANTITIES if name in show]


class Layout:
    """Where everything goes, for one network shape, set of options and
    ``row_gap``, the free space between the node boxes of a layer.

    The key runs along the bottom, ``key_height`` high; the picture above it.
    """

    def __init__(self, sizes, show, precision, row_gap):
        self.sizes = sizes
        self.show = show
        self.with_numbers = with_numbers(sizes)
        self.node_lines = [node_lines(l, show) for l in range(len(sizes))]
        self.edge_lines = [name for name in EDGE_QUANTITIES if name in show]
        if self.with_numbers:
            self._size_boxes(precision, row_gap)
        else:
            self._size_circles()
        self._place_key()
        # Every layer is centred on the picture's middle line; the error box
        # hangs under the output layer and may reach further down.
        half_heights = [(size - 1) * self.row_step / 2 + height / 2
                        for size, height in zip(sizes, self.box_heights)]
        self.error_top = half_heights[-1] + ERROR_GAP      # below the middle line
        above = max(half_heights)
        below = max(above, self.error_top + self.error_height)
        self.middle = self.key_height + below
        self.height = self.middle + above + MARGIN
        self.column_x = [MARGIN + self.box_width / 2]
        self.label_centre = {}          # edge -> centre of its label
        self.labelled_gaps = set()      # gaps whose labels are always shown
        for l in range(len(sizes) - 1):
            self._place_gap(l)
        right = max(self.column_x[-1] + self.box_width / 2, self.error_box().x1, self.key_right)
        self.size = (float(right + MARGIN), float(self.height))

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

    def _place_key(self):
        """The parts of the key, left to right, one character apart, at
        height ``key_y``: ``key_words`` (x, words) and ``key_samples``
        (w, x_start, x_end); ``key_right`` where the key ends and
        ``key_height`` how much of the picture's bottom it takes."""
        self.key_y = MARGIN + LINE_HEIGHT / 2
        self.key_height = MARGIN + LINE_HEIGHT + KEY_GAP
        self.key_words, self.key_samples = [], []
        x = MARGIN
        for part in KEY:
            if isinstance(part, str):
                self.key_words.append((x, part))
                x += len(part) * CHAR_WIDTH
            else:
                self.key_samples.append((part, x, x + SAMPLE_CHARS * CHAR_WIDTH))
                x += SAMPLE_CHARS * CHAR_WIDTH
            x += CHAR_WIDTH
        self.key_right = x - CHAR_WIDTH

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
        return self.column_x[l], self.middle + ((self.sizes[l] - 1) / 2 - i) * self.row_step

    def node_box(self, l, i):
        x, y = self.node_centre(l, i)
        width, height = self.box_width, self.box_heights[l]
        return Bbox.from_bounds(x - width / 2, y - height / 2, width, height)

    def error_box(self):
        """Under the output layer (the last column placed), in line with its left side."""
        x0 = self.column_x[-1] - self.box_width / 2
        y1 = self.middle - self.error_top
        return Bbox.from_bounds(x0, y1 - self.error_height, self.error_width, self.error_height)

    def label_box(self, edge):
        x, y = self.label_centre[edge]
        return Bbox.from_bounds(x - self.label_width / 2, y - self.label_height / 2,
                                self.label_width, self.label_height)

    def edge_segment(self, l, i, j):
        """Start and end of the edge's line: from the right side of node i of
        layer l to the left side of node j of layer l + 1."""
        (x0, y0), (x1, y1) = self.node_centre(l, i), self.node_centre(l + 1, j)
        half = self.box_width / 2
        return np.array([x0 + half, y0]), np.array([x1 - half, y1])

    def _place_gap(self, l):
        """Put layer l + 1 right of layer l, and the labels of the edges between.

        The gap is widened step by step until every label finds a place
        (``place_edge_labels``); then the gap is "labelled" and its labels
        are always shown.  A gap with too many edges, or no room even at the
        widest, keeps the narrowest width and its labels at mid-edge, shown
        only for highlighted edges.
        """
        narrowest = self.column_x[l] + self.box_width + self.gap
        if may_label(self.sizes, self.show, l):
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
        """Labels of the gap after layer l, between the centres of the two
        layers and above the key, clear of the boxes (the error box too)."""
        segments = {edge: self.edge_segment(*edge) for edge in self.gap_edges(l)}
        boxes = [self.node_box(l, i).extents for i in range(self.sizes[l])]
        boxes += [self.node_box(l + 1, j).extents for j in range(self.sizes[l + 1])]
        if l + 2 == len(self.sizes):
            boxes.append(self.error_box().extents)
        bounds = (self.column_x[l], self.key_height, self.column_x[l + 1], self.height)
        return place_edge_labels(segments, self.label_width, self.label_height, boxes, bounds)


def place_edge_labels(segments, width, height, obstacles, bounds):
    """Centre of every edge's label in one gap, or None if one finds no place.

    ``segments`` maps each edge of the gap to its (start, end).  A label is a
    ``width`` x ``height`` box centred on its own edge, at one of the points
    ``POSITIONS_ALONG_EDGE``, the first where the box, with ``CLEARANCE``
    around it, stays inside ``bounds``, meets no obstacle (node boxes,
    labels placed before) and no crossing of two edges, and no other edge
    runs through it.  Boxes are ``(x0, y0, x1, y1)``; all the points of one
    edge are tried at once, as rows of arrays.
    """
    starts = np.array([start for start, _ in segments.values()])
    ends = np.array([end for _, end in segments.values()])
    blocked = np.array(list(obstacles) + _crossings(starts, ends))
    half = np.array([width / 2 + CLEARANCE, height / 2 + CLEARANCE])
    along = np.array(POSITIONS_ALONG_EDGE)[:, np.newaxis]
    centres = {}
    for k, edge in enumerate(segments):
        points = starts[k] + along * (ends[k] - starts[k])
        boxes = np.hstack([points - half, points + half])
        free = (_inside(boxes, bounds) & ~_overlaps_any(boxes, blocked)
                & (np.count_nonzero(_edges_meeting(boxes, starts, ends), axis=1) == 1))  # its own
        if not free.any():
            return None
        first = np.argmax(free)
        centres[edge] = tuple(points[first])
        blocked = np.vstack([blocked, boxes[first]])
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


def _edges_meeting(boxes, starts, ends):
    """Which edges of a gap (straight, all over the same x range) run through
    each of ``boxes``: over the box's width their heights reach into its
    height.  One row per box, one column per edge."""
    x0 = np.maximum(boxes[:, 0], starts[0, 0])[:, np.newaxis]
    x1 = np.minimum(boxes[:, 2], ends[0, 0])[:, np.newaxis]
    slope = (ends[:, 1] - starts[:, 1]) / (ends[:, 0] - starts[:, 0])
    y0 = starts[:, 1] + slope * (x0 - starts[:, 0])
    y1 = starts[:, 1] + slope * (x1 - starts[:, 0])
    return ((x0 <= x1) & (np.minimum(y0, y1) <= boxes[:, 3:4])
            & (np.maximum(y0, y1) >= boxes[:, 1:2]))


def _overlaps_any(boxes, others):
    """Which of ``boxes`` overlap any of the ``others``."""
    a, b = boxes[:, np.newaxis, :], others[np.newaxis, :, :]
    return np.any((b[..., 0] <= a[..., 2]) & (a[..., 0] <= b[..., 2])
                  & (b[..., 1] <= a[..., 3]) & (a[..., 1] <= b[..., 3]), axis=1)


def _inside(boxes, bounds):
    """Which of ``boxes`` lie inside ``bounds``."""
    return ((boxes[:, 0] >= bounds[0]) & (boxes[:, 1] >= bounds[1])
            & (boxes[:, 2] <= bounds[2]) & (boxes[:, 3] <= bounds[3]))
