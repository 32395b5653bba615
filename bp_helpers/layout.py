"""Where everything in the network diagram goes, in inches (100 CSS pixels each).

Layers run left to right, the input on the left.  Each node is a box: a
header ("node 4", and "forward" at the right), the forward values (``x``,
``y``, ``b``), a line, the word "backward" and the derivatives (``dE/dy``,
``dE/dx``, ``dE/db``): the two passes sit in separate, labelled parts, so
that a reader who cannot tell the colours apart still knows which is which.
Each row is a table row: the name at the left, the number at the right.

Edges run from the right side of one box to the left side of the next, at
the height of the line between the two parts, where no text is.  Each edge's
label (``w_24`` and ``dE/dw``) sits on its own edge, clear of nodes, other
labels and crossings (``place_edge_labels``); a gap between layers is
widened until all its labels find such a place.  The error box hangs under
the output layer; each output node has its own connector to it, running
down a lane right of the output column.  The key runs along the bottom.

Everything is sized from text extents measured by matplotlib's renderer in
the diagram's own monospace font, at the course's text size
(``pictures.text_px()``), with room to spare.  The picture is at most
``pictures.MAX_WIDTH_PX`` wide; a network whose full picture would be wider
gets, in turn, a view without edge labels (the highlighted edges' values are
then written under the picture), then a view of small circles without
numbers.  ``drawing.py`` draws what this file places.
"""

import functools
import itertools

import matplotlib
import numpy as np
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.font_manager import FontProperties
from matplotlib.transforms import Bbox

from . import pictures
from .formatting import format_number
from .names import edge_label, node_number
from .steps import BIAS_QUANTITIES, EDGE_QUANTITIES, QUANTITY_NAMES

# Views, from the fullest to the most compact.
FULL, UNLABELLED_EDGES, CIRCLES = "full", "unlabelled edges", "circles"
# A picture with numbers at most this tall (CSS px, about two screens);
# a taller network is drawn as circles.
MAX_HEIGHT_PX = 1400
# A gap between two layers with more edges than this has no room for all
# their labels: an edge's label is shown only while a highlight points at it.
MAX_LABELLED_EDGES = 12

# Lengths in units of the text: characters (the monospace advance) across,
# lines (LINE_SPACING x the font size) down.
LINE_SPACING = 1.45
PAD_CHARS = 0.6                     # between a box's side and its text
PAD_LINES = 0.3                     # between a box's top or bottom and its text
ROW_GAP_LINES = (0.8, 2.0, 3.0, 4.0, 5.0, 6.0)   # between the boxes of a layer: tried in turn
GAP_CHARS = 0.5                     # an edge label's gap is this much wider than the label
NARROW_GAP_CHARS = 4.0              # a gap without edge labels, at least ...
WIDE_GAP_CHARS = 16.0               # ... and at most, as the page's width allows
LANE_CHARS = 1.0                    # between the lanes to the error box
GAP_WIDENINGS = tuple(0.5 * k for k in range(40))   # chars added to a gap, in turn
CLEARANCE_CHARS = 0.4               # free space kept around every edge label
MARGIN_CHARS = 1.0                  # around the whole picture
KEY_GAP_LINES = 0.6                 # between the picture and the key
# Shown at the page's width, a picture up to this much taller than wide
# still fits on one screen with the step-through player's controls.
MAX_HEIGHT_PER_WIDTH = 0.75
# Where along its edge a label may sit (0 = start, 1 = end), best first:
# near the node the edge leaves, so that the labels of a node's edges fan
# out beside it, away from the crossings in the middle of a gap.
POSITIONS_ALONG_EDGE = tuple(0.025 * k for k in range(40))
# Circles: at most this far apart, and the tallest layer at most this tall (inches).
ROW_STEP_CIRCLES = 0.45
HEIGHT_CIRCLES = 7.0
GAP_CIRCLES = 2.0


# --- measured text ---------------------------------------------------------------

@functools.lru_cache(maxsize=8)
def text_metrics(font_pt):
    """``(char_width, line_height)`` in inches of the diagram's monospace font at ``font_pt``.

    The advance is measured by matplotlib's Agg renderer, as the pictures
    are drawn (no hinting, which would round each glyph to whole pixels), at
    7200 dpi over 100 characters, so that any rounding is spread thin; every
    glyph of a monospace font has this advance.
    """
    dpi = 7200
    renderer = RendererAgg(1, 1, dpi)
    font = FontProperties(family=pictures.MONO_FONT, size=font_pt)
    with matplotlib.rc_context({"text.hinting": "none"}):
        width, _, _ = renderer.get_text_width_height_descent("0" * 100, font, ismath=False)
    return width / 100 / dpi, LINE_SPACING * font_pt / 72


def number_room(precision):
    """Characters kept for a number: enough for ``-0.000123`` (precision 3)."""
    return len(format_number(-1.23456789e-4, precision))


def row_text(name, number, name_chars, number_chars):
    """One table row: ``name`` at the left, ``number`` at the right (monospace)."""
    return f"{name:<{name_chars}} {number:>{number_chars}}"


# --- what each box holds ------------------------------------------------------

def node_parts(layer, show):
    """``(forward, backward)``: the quantities a node of ``layer`` shows, top to bottom.

    The input node has one forward row, "x = y" (listed as "x"), and no bias.
    """
    if layer == 0:
        forward = ["x"] if "x" in show or "y" in show else []
        return forward, [name for name in ("dE_dy", "dE_dx") if name in show]
    forward = [name for name in ("x", "y", "b") if name in show]
    backward = [name for name in ("dE_dy", "dE_dx", "dE_db") if name in show]
    return forward, backward


def row_name(layer, name):
    """The name a node's row starts with: ``"x = y"`` for the input, else the quantity's."""
    return "x = y" if layer == 0 and name == "x" else QUANTITY_NAMES[name]


@functools.lru_cache(maxsize=16)
def layout_of(sizes, show, precision, text_px, highlights=True):
    """The layout of the picture (the same for the same arguments, so kept).

    The fullest view that fits ``pictures.MAX_WIDTH_PX`` and ``MAX_HEIGHT_PX``.  With edge labels,
    rows of nodes are spread apart as far as the labels need: of the
    ``ROW_GAP_LINES``, the one whose picture labels the most gaps, then is
    no taller than ``MAX_HEIGHT_PER_WIDTH`` times its width (or the least
    too tall), then is the narrowest.
    """
    font_pt = text_px * 72 / pictures.PX_PER_INCH
    max_width = pictures.MAX_WIDTH_PX / pictures.PX_PER_INCH
    max_height = MAX_HEIGHT_PX / pictures.PX_PER_INCH
    for view in (FULL, UNLABELLED_EDGES):
        if view == FULL and not any(may_label(sizes, show, l) for l in range(len(sizes) - 1)):
            continue
        candidates = [Layout(sizes, show, precision, font_pt, view, row_gap, highlights)
                      for row_gap in (ROW_GAP_LINES if view == FULL else ROW_GAP_LINES[:1])]
        fitting = [layout for layout in candidates
                   if layout.size[0] <= max_width and layout.size[1] <= max_height]
        if fitting:
            return min(fitting, key=_badness)
    return Layout(sizes, show, precision, font_pt, CIRCLES, 0.0, highlights)


def _badness(layout):
    width, height = layout.size
    tallness = max(height / width, MAX_HEIGHT_PER_WIDTH)     # all alike up to the limit
    return -len(layout.labelled_gaps), tallness, width


def may_label(sizes, show, l):
    """Whether the edges after layer l may have their labels always shown."""
    return (any(name in show for name in EDGE_QUANTITIES)
            and sizes[l] * sizes[l + 1] <= MAX_LABELLED_EDGES)


class Layout:
    """Where everything goes, for one network shape, set of options, font size,
    ``view`` and ``row_gap`` (lines between the boxes of a layer).

    ``with_numbers``: boxes with values (not circles); ``labelled_gaps``:
    the gaps whose edge labels are always shown.  The key runs along the
    bottom, ``key_height`` high; the picture above it.
    """

    def __init__(self, sizes, show, precision, font_pt, view, row_gap, highlights=True):
        self.sizes, self.show, self.view = sizes, show, view
        self.font_pt = font_pt
        self.char, self.line = text_metrics(font_pt)
        self.with_numbers = view != CIRCLES
        self.parts = [node_parts(l, show) for l in range(len(sizes))]
        self.edge_lines = [name for name in EDGE_QUANTITIES if name in show]
        self.number_chars = number_room(precision)
        self.margin = MARGIN_CHARS * self.char
        self.clearance = CLEARANCE_CHARS * self.char
        if self.with_numbers:
            self._size_boxes(row_gap)
        else:
            self._size_circles()
        L = len(sizes) - 1
        # First everything is placed around a middle line at height 0: every
        # layer's anchors (where its edges meet it) are centred on it, the
        # error box hangs under the output layer.  Then the key is flowed
        # into the picture's width, and everything moves up above it.
        spans = [(size - 1) * self.row_step / 2 for size in sizes]
        self.middle = 0.0
        self.top = max(span + top for span, top in zip(spans, self.above))
        self.error_top = spans[L] + self.below[L] + self.line      # below the middle line
        self.bottom = -max(max(span + bottom for span, bottom in zip(spans, self.below)),
                           self.error_top + self.error_height)
        self.column_x = [self.margin + self.box_width / 2]
        self.label_centre = {}          # edge -> centre of its label
        self.labelled_gaps = set()      # gaps whose labels are always shown
        for l in range(L):
            self._place_gap(l)
        self._widen_unlabelled_gaps()
        for edge in self.label_centre:          # a label may stand above or below the nodes
            box = self.label_box(edge)
            self.top = max(self.top, box.y1 + self.clearance)
            self.bottom = min(self.bottom, box.y0 - self.clearance)
        self.phrases = key_phrases(show, self.with_numbers and highlights,
                                   self.with_numbers, bool(self.labelled_gaps))
        widest_phrase = max(phrase_chars(phrase) for phrase in self.phrases) * self.char
        right = max(self.lane_x(0) + LANE_CHARS * self.char, self.error_box().x1,
                    self.margin + widest_phrase)
        self.width = right + self.margin
        self.key_rows = flow(self.phrases, (self.width - 2 * self.margin) / self.char)
        self.key_height = (self.margin + len(self.key_rows) * self.line
                           + KEY_GAP_LINES * self.line)
        self.has_caption = (self.with_numbers and bool(self.edge_lines)
                            and len(self.labelled_gaps) < L)
        self.caption_height = self.line if self.has_caption else 0.0
        self.middle = self.key_height + self.caption_height - self.bottom
        self.label_centre = {edge: (x, y + self.middle)
                             for edge, (x, y) in self.label_centre.items()}
        self.height = self.middle + self.top + self.margin
        self.size = (float(self.width), float(self.height))

    # --- sizes ---------------------------------------------------------------

    def _size_boxes(self, row_gap):
        names = [row_name(l, name) for l, (forward, backward) in enumerate(self.parts)
                 for name in forward + backward]
        self.name_chars = max(len(name) for name in names + ["dE/dx"])
        header_chars = len(f"node {sum(self.sizes)}") + 2 + len("forward")
        row_chars = max(self.name_chars + 1 + self.number_chars, header_chars)
        self.box_width = row_chars * self.char + 2 * PAD_CHARS * self.char
        # above / below the anchor: the header and forward rows above, the
        # "backward" row and the derivatives below (the anchor in the middle
        # of a box without derivatives).
        self.above, self.below = [], []
        pad = PAD_LINES * self.line
        for forward, backward in self.parts:
            if backward:
                self.above.append((1 + len(forward)) * self.line + pad)
                self.below.append((1 + len(backward)) * self.line + pad)
            else:                # no derivatives: the anchor in the middle
                half = ((1 + len(forward)) * self.line + 2 * pad) / 2
                self.above.append(half)
                self.below.append(half)
        self.edge_name_chars = max([len(edge_label(self.sizes, *edge)) for edge in self.edges()]
                                   + [len("dE/dw")])
        # an edge label: each quantity's name, and its number under it
        label_chars = max(self.edge_name_chars, self.number_chars)
        self.label_width = label_chars * self.char + 2 * PAD_CHARS * self.char
        self.label_height = 2 * len(self.edge_lines) * self.line + 2 * PAD_LINES * self.line
        labelled = self.view == FULL and self.edge_lines
        self.gap = (self.label_width + 2 * GAP_CHARS * self.char if labelled
                    else NARROW_GAP_CHARS * self.char)
        self.row_step = max(a + b for a, b in zip(self.above, self.below)) + row_gap * self.line
        L = len(self.sizes) - 1
        self.target_chars = max(len(self.target_name(k)) for k in range(self.sizes[L]))
        error_chars = max(self.target_chars, len("E")) + 1 + self.number_chars
        self.error_width = error_chars * self.char + 2 * PAD_CHARS * self.char
        self.error_height = (2 + self.sizes[L]) * self.line + 2 * PAD_LINES * self.line

    def _size_circles(self):
        self.row_step = min(ROW_STEP_CIRCLES, HEIGHT_CIRCLES / max(self.sizes))
        self.box_width = 0.6 * self.row_step
        self.above = self.below = [self.box_width / 2] * len(self.sizes)
        # as wide as the page allows, at most GAP_CIRCLES
        room = pictures.MAX_WIDTH_PX / pictures.PX_PER_INCH - 2 * self.margin - 6 * self.char
        self.gap = min(GAP_CIRCLES, room / (len(self.sizes) - 1) - self.box_width)
        self.error_width = 2 * self.char + 2 * PAD_CHARS * self.char
        self.error_height = self.line + 2 * PAD_LINES * self.line

    def target_name(self, k):
        """``"target"`` for one output node, ``"target_7"`` for output node 7 of several."""
        if self.sizes[-1] == 1:
            return "target"
        return f"target_{node_number(self.sizes, len(self.sizes) - 1, k)}"

    # --- where things are ------------------------------------------------------

    def nodes(self):
        return [(l, i) for l, size in enumerate(self.sizes) for i in range(size)]

    def gap_edges(self, l):
        return [(l, i, j) for i in range(self.sizes[l]) for j in range(self.sizes[l + 1])]

    def edges(self):
        return [edge for l in range(len(self.sizes) - 1) for edge in self.gap_edges(l)]

    def anchor(self, l, i):
        """Where the edges meet node i of layer l: its centre line, between its two parts."""
        return self.column_x[l], self.middle + ((self.sizes[l] - 1) / 2 - i) * self.row_step

    def node_box(self, l, i):
        x, y = self.anchor(l, i)
        return Bbox.from_extents(x - self.box_width / 2, y - self.below[l],
                                 x + self.box_width / 2, y + self.above[l])

    def divider_y(self, l, i):
        """Height of the line between the forward and the backward part (the anchor)."""
        return self.anchor(l, i)[1]

    def lane_x(self, k):
        """x of the lane from output node k down to the error box (the top node's outermost)."""
        n = self.sizes[-1]
        return self.column_x[-1] + self.box_width / 2 + (n - k) * LANE_CHARS * self.char

    def error_box(self):
        """Under the output layer, from its left side to past the last lane."""
        x0 = self.column_x[-1] - self.box_width / 2
        y1 = self.middle - self.error_top
        width = max(self.error_width, self.lane_x(0) + LANE_CHARS * self.char - x0)
        return Bbox.from_extents(x0, y1 - self.error_height, x0 + width, y1)

    def connector(self, k):
        """The points of output node k's connector to the error box: right, then down."""
        L = len(self.sizes) - 1
        x0 = self.node_box(L, k).x1
        y = self.anchor(L, k)[1]
        lane = self.lane_x(k)
        return [(x0, y), (lane, y), (lane, self.error_box().y1)]

    def label_box(self, edge):
        x, y = self.label_centre[edge]
        return Bbox.from_bounds(x - self.label_width / 2, y - self.label_height / 2,
                                self.label_width, self.label_height)

    def edge_segment(self, l, i, j):
        """Start and end of the edge's line: from the right side of node i of
        layer l to the left side of node j of layer l + 1, at their anchors."""
        (x0, y0), (x1, y1) = self.anchor(l, i), self.anchor(l + 1, j)
        half = self.box_width / 2
        return np.array([x0 + half, y0]), np.array([x1 - half, y1])

    def caption_y(self):
        """Height of the line under the picture that names highlighted edges (no labels)."""
        return self.key_height + self.caption_height / 2

    def key_row_y(self, k):
        """Height of the key's row k (0 at the top)."""
        return self.margin + (len(self.key_rows) - k - 0.5) * self.line

    # --- the gaps --------------------------------------------------------------

    def _place_gap(self, l):
        """Put layer l + 1 right of layer l, and the labels of the edges between.

        The gap is widened step by step until every label finds a place
        (``place_edge_labels``); then the gap is "labelled".  A gap with too
        many edges, or no room even at the widest, keeps the narrowest width
        and no labels: a highlighted edge's values are written in the caption
        under the picture.
        """
        narrowest = self.column_x[l] + self.box_width + self.gap
        if self.view == FULL and may_label(self.sizes, self.show, l):
            for extra in GAP_WIDENINGS:
                self.column_x.append(narrowest + extra * self.char)
                centres = self._fit_labels(l)
                if centres is not None:
                    self.labelled_gaps.add(l)
                    self.label_centre.update(centres)
                    return
                self.column_x.pop()
        self.column_x.append(narrowest)

    def _widen_unlabelled_gaps(self):
        """Give the gaps without labels the room the page has left, up to
        ``WIDE_GAP_CHARS`` each, so that their many edges spread out."""
        unlabelled = [l for l in range(len(self.sizes) - 1) if l not in self.labelled_gaps]
        if not unlabelled:
            return
        used = self.lane_x(0) + LANE_CHARS * self.char + self.margin
        room = pictures.MAX_WIDTH_PX / pictures.PX_PER_INCH - max(used, self.error_box().x1
                                                                   + self.margin)
        extra = min(room / len(unlabelled), (WIDE_GAP_CHARS - NARROW_GAP_CHARS) * self.char)
        if extra <= 0:
            return
        shift = [extra * sum(1 for l in unlabelled if l < k) for k in range(len(self.sizes))]
        self.column_x = [x + dx for x, dx in zip(self.column_x, shift)]
        self.label_centre = {edge: (x + shift[edge[0]], y)
                             for edge, (x, y) in self.label_centre.items()}

    def _fit_labels(self, l):
        """Labels of the gap after layer l, between the centres of the two
        layers and above the key, clear of the boxes (the error box too)."""
        segments = {edge: self.edge_segment(*edge) for edge in self.gap_edges(l)}
        boxes = [self.node_box(l, i).extents for i in range(self.sizes[l])]
        boxes += [self.node_box(l + 1, j).extents for j in range(self.sizes[l + 1])]
        if l + 2 == len(self.sizes):
            boxes.append(self.error_box().extents)
        room = self.label_height + 2 * self.clearance    # labels may stand out by one
        bounds = (self.column_x[l], self.bottom - room, self.column_x[l + 1], self.top + room)
        return place_edge_labels(segments, self.label_width, self.label_height, boxes, bounds,
                                 self.clearance)


def place_edge_labels(segments, width, height, obstacles, bounds, clearance):
    """Centre of every edge's label in one gap, or None if one finds no place.

    ``segments`` maps each edge of the gap to its (start, end).  A label is a
    ``width`` x ``height`` box on its own edge: centred on one of the points
    ``POSITIONS_ALONG_EDGE`` or, failing that, resting on it from above or
    hanging from it below.  It takes the first place where the box, with
    ``clearance`` around it, stays inside ``bounds``, meets no obstacle
    (node boxes, labels placed before) and no crossing of two edges, and no
    other edge runs through it.  Boxes are ``(x0, y0, x1, y1)``; all the
    places of one edge are tried at once, as rows of arrays.
    """
    starts = np.array([start for start, _ in segments.values()])
    ends = np.array([end for _, end in segments.values()])
    blocked = np.array(list(obstacles) + _crossings(starts, ends, clearance))
    half = np.array([width / 2 + clearance, height / 2 + clearance])
    along = np.array(POSITIONS_ALONG_EDGE)[:, np.newaxis]
    shifts = [np.array([0.0, dy]) for dy in (0.0, height / 2, -height / 2)]  # on, above, below
    centres = {}
    for k, edge in enumerate(segments):
        on_edge = starts[k] + along * (ends[k] - starts[k])
        points = np.vstack([on_edge + shift for shift in shifts])
        boxes = np.hstack([points - half, points + half])
        free = (_inside(boxes, bounds) & ~_overlaps_any(boxes, blocked)
                & _edges_meeting(boxes, starts, ends)[:, k]                              # its own
                & (np.count_nonzero(_edges_meeting(boxes, starts, ends), axis=1) == 1))  # only
        if not free.any():
            return None
        first = np.argmax(free)
        centres[edge] = tuple(points[first])
        blocked = np.vstack([blocked, boxes[first]])
    return centres


def _crossings(starts, ends, clearance):
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
            boxes.append((x - clearance, y - clearance, x + clearance, y + clearance))
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
    if len(others) == 0:
        return np.zeros(len(boxes), bool)
    a, b = boxes[:, np.newaxis, :], others[np.newaxis, :, :]
    return np.any((b[..., 0] <= a[..., 2]) & (a[..., 0] <= b[..., 2])
                  & (b[..., 1] <= a[..., 3]) & (a[..., 1] <= b[..., 3]), axis=1)


def _inside(boxes, bounds):
    """Which of ``boxes`` lie inside ``bounds``."""
    return ((boxes[:, 0] >= bounds[0]) & (boxes[:, 1] >= bounds[1])
            & (boxes[:, 2] <= bounds[2]) & (boxes[:, 3] <= bounds[3]))


# --- the key -----------------------------------------------------------------
# A phrase is a list of parts: ("text", words, colour name in colors.py),
# ("sample", w) for a sample edge of weight w, ("swatch", tint name) for a
# sample fill.  Parts are one character apart, phrases three.
PART_GAP, PHRASE_GAP = 1, 3
SAMPLE_CHARS = 4                   # length of a sample edge or fill, in characters


def key_phrases(show, highlights, with_numbers, edge_labels):
    """What the key says, phrase by phrase, for a picture showing ``show``
    (and the highlight's fills, if it may have ``highlights``)."""
    phrases = []
    if with_numbers:
        forward = [name for name in ("x", "y", "b") if name in show]
        backward = [name for name in ("dE_dy", "dE_dx", "dE_db") if name in show]
        if forward:
            words = "forward, above the line:" if backward else "node values:"
            phrases.append([("text", words, "QUIET_TEXT")]
                           + [("text", QUANTITY_NAMES[n], n) for n in forward])
        if backward:
            phrases.append([("text", "backward, below:", "QUIET_TEXT")]
                           + [("text", QUANTITY_NAMES[n], n) for n in backward])
        if edge_labels:
            phrases.append([("text", "edge labels:", "QUIET_TEXT")]
                           + [("text", QUANTITY_NAMES[n], n) for n in EDGE_QUANTITIES
                              if n in show])
    phrases.append([("sample", 1.0), ("text", "w > 0", "QUIET_TEXT"),
                    ("sample", -1.0), ("text", "w < 0", "QUIET_TEXT")])
    phrases.append([("sample", 0.0), ("text", "|w| = 0", "QUIET_TEXT"),
                    ("sample", 2.0), ("text", "|w| ≥ 2", "QUIET_TEXT")])
    if highlights:
        phrases.append([("swatch", "TARGET_TINT"), ("text", "computed in this step", "QUIET_TEXT"),
                        ("swatch", "READ_TINT"), ("text", "read by it", "QUIET_TEXT")])
    return phrases


def part_chars(part):
    return len(part[1]) if part[0] == "text" else SAMPLE_CHARS


def phrase_chars(phrase):
    return sum(part_chars(part) for part in phrase) + PART_GAP * (len(phrase) - 1)


def flow(phrases, width_chars):
    """The phrases in rows of at most ``width_chars`` characters, in order:
    a list of rows, each a list of ``(start_char, part)``."""
    rows, row, x = [], [], 0
    for phrase in phrases:
        length = phrase_chars(phrase)
        if row and x + PHRASE_GAP + length > width_chars:
            rows.append(row)
            row, x = [], 0
        elif row:
            x += PHRASE_GAP
        for part in phrase:
            row.append((x, part))
            x += part_chars(part) + PART_GAP
        x -= PART_GAP
    rows.append(row)
    return rows
