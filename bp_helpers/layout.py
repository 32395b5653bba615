"""Where everything in the network diagram goes, in inches (96 CSS pixels each).

The picture is the lesson's: layers of numbered circles, left to right,
joined by straight arrows.  Around it, in the fullest view that fits:

- a **tag** beside each node with its values, forward rows (``x``, ``y``,
  ``b``), a thin line, backward rows (``dE/dy``, ``dE/dx``, ``dE/db``):
  above the circle for the upper half of a layer, below it for the lower
  half, shifted left or right until no edge runs under it (``_place_tag``);
- a **label** beside each edge (``w_24 0.500``, ``dE/dw -0.0436``), clear
  of every edge, tag and other label (``_place_label``);
- the **error box** (``E`` and the target) right of the output layer, one
  horizontal arrow from each output node into it;
- a **focus table** under the picture for values the picture has no room
  for; the **key** along the bottom.

Views, tried in turn until the picture fits ``pictures.MAX_WIDTH_PX`` x
``pictures.MAX_HEIGHT_PX``: ``FULL`` (tags and edge labels), ``TAGS`` (tags;
the values of the edges in focus in the table), ``CIRCLES`` (circles and
arrows only, numbered while the numbers fit; the values of the element in
focus in the table).  ``CIRCLES`` always fits, so any network is drawn.

Everything is sized from text extents measured by matplotlib's renderer in
the diagram's monospace font, at the course's text size
(``pictures.text_px()``).  ``drawing.py`` draws what this file places.
"""

import functools

import matplotlib
import numpy as np
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.font_manager import FontProperties
from matplotlib.transforms import Bbox

from . import pictures
from .formatting import format_number
from .names import edge_label, node_number
from .steps import EDGE_QUANTITIES, QUANTITY_NAMES

FULL, TAGS, CIRCLES = "full", "tags", "circles"

# Lengths in units of the text: characters (the monospace advance) across,
# lines (LINE_SPACING x the font size) down.
LINE_SPACING = 1.45
PAD_CHARS = 0.5                     # between a tag's side and its text
PAD_LINES = 0.25                    # between a tag's top or bottom and its text
DIVIDER_LINES = 0.4                 # the room of the line between forward and backward rows
RADIUS_LINES = 0.8                  # a circle with a number, in the views with tags
CLEARANCE_CHARS = 0.5               # free space around every tag and label
MARGIN_CHARS = 1.0                  # around the whole picture
ARROW_CHARS = 3.0                   # the shortest arrow into the error box
KEY_GAP_LINES = 0.5                 # between the picture (or table) and the key
ROW_GAPS_LINES = (1.0, 2.0, 3.0, 4.0, 5.5, 7.0)   # between circles of a layer, tried in turn
GAPS_CHARS = (-6, -3, 0, 3, 6, 9, 12, 16, 20)      # between tags of two layers (< 0: tags
#                                                   shifted sideways pass each other), in turn
ALONG_EDGE = (0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8)  # where a label may sit along its edge
ARROW_PX = 9.0                      # length of an arrowhead, at most


# --- measured text ---------------------------------------------------------------

@functools.lru_cache(maxsize=8)
def text_metrics(font_pt):
    """``(char_width, line_height)`` in inches of the diagram's monospace font at ``font_pt``.

    The advance is measured by matplotlib's Agg renderer, as the pictures
    are drawn (no hinting), at 7200 dpi over 100 characters; every glyph of
    a monospace font has this advance.
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


# --- choosing the view -------------------------------------------------------------

@functools.lru_cache(maxsize=32)
def layout_of(sizes, show, precision, text_px, highlights=True):
    """The layout of the picture (the same for the same arguments, so kept).

    The first of ``FULL`` and ``TAGS`` whose tags and labels all find a
    place inside the page, trying rows and gaps from the tightest; else
    ``CIRCLES``.  Of the fitting candidates of a view, the least tall.
    """
    font_pt = text_px * 72 / pictures.PX_PER_INCH
    page = (pictures.MAX_WIDTH_PX / pictures.PX_PER_INCH,
            pictures.MAX_HEIGHT_PX / pictures.PX_PER_INCH)
    has_values = any(name in show for name in QUANTITY_NAMES)
    for view in (FULL, TAGS):
        if not has_values or (view == FULL and not any(n in show for n in EDGE_QUANTITIES)):
            continue
        for row_gap in ROW_GAPS_LINES:
            for gap in GAPS_CHARS:
                layout = Layout(sizes, show, precision, font_pt, view, row_gap, gap, highlights)
                if layout.placed and layout.size[0] <= page[0] and layout.size[1] <= page[1]:
                    return layout
                if layout.error_box.x1 + layout.margin > page[0]:
                    break           # wider gaps: wider still
    layout = Layout(sizes, show, precision, font_pt, CIRCLES, 0.0, 0.0, highlights)
    while layout.size[1] > page[1]:        # a long key or table: closer rows
        rest = layout.size[1] - layout.picture.height
        step = 0.98 * layout.row_step * (page[1] - rest) / layout.picture.height
        layout = Layout(sizes, show, precision, font_pt, CIRCLES, 0.0, 0.0, highlights, step)
    return layout


class Layout:
    """Where everything goes, for one network shape, set of options, font size,
    ``view``, ``row_gap`` (lines between the circles of a layer, beyond their
    tags) and ``gap`` (characters between the tags of two layers).

    ``placed``: every tag and label found a place.  Boxes are ``Bbox``es in
    inches, ``y`` up; the key at the bottom, the table above it.
    """

    def __init__(self, sizes, show, precision, font_pt, view, row_gap, gap, highlights=True,
                 row_step=None):
        self.sizes, self.show, self.view = list(sizes), show, view
        self.font_pt = font_pt
        self.char, self.line = text_metrics(font_pt)
        self.margin = MARGIN_CHARS * self.char
        self.clearance = CLEARANCE_CHARS * self.char
        self.number_chars = number_room(precision)
        self.parts = [node_parts(l, show) for l in range(len(sizes))]
        self.edge_rows = [name for name in EDGE_QUANTITIES if name in show]
        self.with_tags = view in (FULL, TAGS)
        self.placed = True
        if self.with_tags:
            self._size_tags(row_gap, gap)
        else:
            self._size_circles(row_step)
        self._place_columns()
        self.tags, self.labels = {}, {}
        if self.with_tags and not self._may_fit():
            self.placed = False
            self.size = (np.inf, np.inf)
            return
        self.segments = {edge: self._segment(*edge) for edge in self.edges()}
        if self.with_tags and self.placed:
            for node in self.nodes():
                self.tags[node] = self._place_tag(*node)
        if view == FULL and self.placed:
            for edge in self.edges():
                self.labels[edge] = self._place_label(edge)
        if not self.placed:
            self.size = (np.inf, np.inf)
            return
        self._size_table_and_key(highlights)
        self._shift_up()

    # --- sizes -----------------------------------------------------------------

    def _size_tags(self, row_gap, gap):
        names = [row_name(l, n) for l, (f, b) in enumerate(self.parts) for n in f + b]
        self.name_chars = max([len(name) for name in names] + [1])
        self.radius = RADIUS_LINES * self.line
        self.tag_width = self._box_width(self.name_chars + 1 + self.number_chars)
        self.tag_heights = [self._rows_height(len(f) + len(b)) + (DIVIDER_LINES * self.line
                                                                  if f and b else 0.0)
                            for f, b in self.parts]
        self.edge_name_chars = max(len(edge_label(self.sizes, *e)) for e in self.edges())
        label_name = max([self.edge_name_chars if "w" in self.edge_rows else 0]
                         + [len("dE/dw") if "dE_dw" in self.edge_rows else 0])
        self.label_name_chars = label_name
        self.label_width = self._box_width(label_name + 1 + self.number_chars)
        self.label_height = self._rows_height(len(self.edge_rows))
        # Rows of a layer: two circles and their tags (one above, one below) fit between.
        self.row_step = 2 * self.radius + row_gap * self.line
        self.column_step = self.tag_width + gap * self.char
        self._size_error(with_targets=True)

    def _size_circles(self, row_step):
        """Circles ``row_step`` apart (by default as tall as the page allows, at
        most twice a numbered circle), the columns spread over the page."""
        page = (pictures.MAX_WIDTH_PX / pictures.PX_PER_INCH,
                pictures.MAX_HEIGHT_PX / pictures.PX_PER_INCH)
        self.name_chars = 0
        self._size_error(with_targets=False)
        room = page[1] - 2 * self.margin - 6 * self.line
        self.row_step = row_step or min(2.4 * RADIUS_LINES * self.line, room / max(self.sizes))
        self.radius = 0.4 * self.row_step
        across = (page[0] - 2 * self.margin - 2 * self.radius - ARROW_CHARS * self.char
                  - self.error_width)
        self.column_step = min(8 * self.char + 2 * self.radius,
                               across / max(len(self.sizes) - 1, 1))
        self.tag_width = 2 * self.radius
        self.tag_heights = [0.0] * len(self.sizes)

    def _may_fit(self):
        """Whether the circles and the tags above and below them, the error box
        and two rows of key could fit the page at all (checked before placing)."""
        tallest = max((size - 1) * self.row_step + 2 * (self.radius + self.clearance + h)
                      for size, h in zip(self.sizes, self.tag_heights))
        wide = self.error_box.x1 + self.margin
        return (wide <= pictures.MAX_WIDTH_PX / pictures.PX_PER_INCH
                and tallest + 2 * self.margin + 2 * self.line
                <= pictures.MAX_HEIGHT_PX / pictures.PX_PER_INCH)

    def _size_error(self, with_targets):
        """The error box: "E" and its number, and each output's target."""
        rows = ["E"] + ([self.target_name(k) for k in range(self.sizes[-1])]
                        if with_targets else [])
        self.error_names = max(len(row) for row in rows)
        self.error_rows = len(rows)
        numbers = self.number_chars if with_targets else 0
        self.error_width = self._box_width(self.error_names + (1 + numbers if numbers else 0))
        self.error_height = self._rows_height(self.error_rows)

    def _box_width(self, chars):
        return (chars + 2 * PAD_CHARS) * self.char

    def _rows_height(self, rows):
        return (rows + 2 * PAD_LINES) * self.line

    def numbered(self):
        """Whether the circles have room for their numbers (two characters beside each other)."""
        return 2 * self.radius >= len(str(sum(self.sizes))) * self.char + 0.2 * self.char

    def target_name(self, k):
        """``"target"`` for one output node, ``"target_7"`` for output node 7 of several."""
        if self.sizes[-1] == 1:
            return "target"
        return f"target_{node_number(self.sizes, len(self.sizes) - 1, k)}"

    # --- where things are --------------------------------------------------------

    def nodes(self):
        return [(l, i) for l, size in enumerate(self.sizes) for i in range(size)]

    def edges(self):
        return [(l, i, j) for l in range(len(self.sizes) - 1)
                for i in range(self.sizes[l]) for j in range(self.sizes[l + 1])]

    def _place_columns(self):
        """Circle centres around height 0 (moved up later), the error box right of the outputs."""
        first = self.margin + max(self.tag_width / 2, self.radius)
        self.column_x = [first + l * self.column_step for l in range(len(self.sizes))]
        self.centres = {(l, i): (self.column_x[l], ((size - 1) / 2 - i) * self.row_step)
                        for l, size in enumerate(self.sizes) for i in range(size)}
        L = len(self.sizes) - 1
        ys = [self.centres[(L, k)][1] for k in range(self.sizes[L])]
        x0 = self.column_x[L] + self.radius + ARROW_CHARS * self.char
        # The box hangs from the top output's arrow (which meets its first row),
        # so that a tag above the top output node is clear of it.
        top = max(ys) + (0.5 + PAD_LINES) * self.line
        bottom = min(min(ys) - 0.5 * self.line, top - self.error_height)
        self.error_box = Bbox.from_extents(x0, bottom, x0 + self.error_width, top)

    def _segment(self, l, i, j):
        """An edge from circle boundary to circle boundary."""
        a, b = np.array(self.centres[(l, i)]), np.array(self.centres[(l + 1, j)])
        unit = (b - a) / np.linalg.norm(b - a)
        return a + self.radius * unit, b - self.radius * unit

    def connector(self, k):
        """The arrow from output node k to the error box: horizontal, to its left side."""
        x, y = self.centres[(len(self.sizes) - 1, k)]
        return np.array([x + self.radius, y]), np.array([self.error_box.x0, y])

    def arrow_length(self):
        """Length of an arrowhead (inches): ``ARROW_PX``, less on small circles."""
        return min(ARROW_PX / pictures.PX_PER_INCH, 0.9 * self.radius)

    def all_segments(self):
        """Every line with an arrowhead: the edges, then the connectors to the error."""
        return list(self.segments.values()) + [self.connector(k) for k in range(self.sizes[-1])]

    # --- tags and labels -------------------------------------------------------

    def _place_tag(self, l, i):
        """The tag of node (l, i): above its circle for the upper half of the
        layer, below for the lower half (the middle node: either), centred or
        shifted sideways, the first place that covers no edge and no other
        tag; if none, ``placed`` turns False."""
        x, y = self.centres[(l, i)]
        w, h = self.tag_width, self.tag_heights[l]
        if h == 0:
            return None
        size = self.sizes[l]
        sides = ([1] if i < (size - 1) / 2 else [-1] if i > (size - 1) / 2 else [1, -1])
        for side in sides:
            y0 = y + self.radius + self.clearance if side > 0 else y - self.radius - self.clearance - h
            for x0 in (x - w / 2, x - self.radius, x + self.radius - w):
                box = Bbox.from_bounds(x0, y0, w, h)
                if self._free(box):
                    return box
        self.placed = False
        return None

    def _place_label(self, edge):
        """The label of ``edge``: beside it (above or below, clear of it by
        ``clearance``), at the first of ``ALONG_EDGE`` where it covers no
        edge, tag, circle or other label."""
        if not self.placed:
            return None
        start, end = self.segments[edge]
        w, h = self.label_width, self.label_height
        slope = (end[1] - start[1]) / (end[0] - start[0])
        lift = abs(slope) * w / 2 + h / 2 + self.clearance
        for t in ALONG_EDGE:
            cx, cy = start + t * (end - start)
            for dy in (lift, -lift):
                box = Bbox.from_bounds(cx - w / 2, cy + dy - h / 2, w, h)
                if self._free(box):
                    return box
        self.placed = False
        return None

    def _free(self, box):
        """Whether ``box`` (grown by ``clearance``) meets no edge, circle, tag, label or the error box."""
        grown = box.padded(self.clearance)
        if any(segment_in_box(a, b, grown) > 0 for a, b in self.all_segments()):
            return False
        others = [t for t in list(self.tags.values()) + list(self.labels.values()) if t is not None]
        others.append(self.error_box)
        others += [Bbox.from_bounds(x - self.radius, y - self.radius, 2 * self.radius,
                                    2 * self.radius) for x, y in self.centres.values()]
        return not any(overlap(grown, other) for other in others)

    # --- the table, the key, the whole picture -----------------------------------

    def _size_table_and_key(self, highlights):
        """The focus table and the key under the picture, flowed into its width."""
        boxes = [self.error_box] + [b for b in list(self.tags.values())
                                    + list(self.labels.values()) if b is not None]
        boxes += [Bbox.from_bounds(x - self.radius, y - self.radius, 2 * self.radius,
                                   2 * self.radius) for x, y in self.centres.values()]
        self.picture = Bbox.union(boxes)
        self.width = self.picture.x1 + self.margin
        width_chars = int((self.width - 2 * self.margin) / self.char)
        self.table = focus_table(self, width_chars)
        self.phrases = key_phrases(self, highlights)
        self.key_rows = flow(self.phrases, width_chars)
        needed = max(phrase_chars(p) for p in self.phrases)
        if needed > width_chars:        # a narrow network: the key sets the width
            self.width = 2 * self.margin + needed * self.char
            self.key_rows = flow(self.phrases, needed)
        self.table_height = len(self.table["rows"]) * self.line
        self.key_height = len(self.key_rows) * self.line

    def _shift_up(self):
        """Move the picture above the table and the key; the figure's size."""
        bottom = self.margin + self.key_height + KEY_GAP_LINES * self.line
        if self.table_height:
            bottom += self.table_height + KEY_GAP_LINES * self.line
        dy = bottom - self.picture.y0
        self.centres = {node: (x, y + dy) for node, (x, y) in self.centres.items()}
        self.segments = {edge: (a + [0, dy], b + [0, dy]) for edge, (a, b) in self.segments.items()}
        self.tags = {node: None if b is None else b.translated(0, dy) for node, b in self.tags.items()}
        self.labels = {edge: b.translated(0, dy) for edge, b in self.labels.items()}
        self.error_box = self.error_box.translated(0, dy)
        self.picture = self.picture.translated(0, dy)
        self.height = self.picture.y1 + self.margin
        self.size = (float(self.width), float(self.height))

    def key_row_y(self, k):
        """Height of the key's row k (0 at the top)."""
        return self.margin + (len(self.key_rows) - k - 0.5) * self.line

    def table_row_y(self, k):
        """Height of the table's row k (0 at the top)."""
        top = self.margin + self.key_height + KEY_GAP_LINES * self.line + self.table_height
        return top - (k + 0.5) * self.line


def overlap(a, b, tolerance=1e-6):
    """Whether two boxes share more than a boundary."""
    return (min(a.x1, b.x1) - max(a.x0, b.x0) > tolerance
            and min(a.y1, b.y1) - max(a.y0, b.y0) > tolerance)


def segment_in_box(a, b, box):
    """Length of the segment a-b inside ``box`` (Liang-Barsky clipping)."""
    d = b - a
    t0, t1 = 0.0, 1.0
    for p, q in ((-d[0], a[0] - box.x0), (d[0], box.x1 - a[0]),
                 (-d[1], a[1] - box.y0), (d[1], box.y1 - a[1])):
        if p == 0:
            if q < 0:
                return 0.0
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
    return max(0.0, t1 - t0) * float(np.hypot(*d))


# --- the focus table ------------------------------------------------------------
# Values the picture has no room for, of what the step is about: in TAGS,
# the edges in focus, one "w_24 0.500  dE/dw -0.0436" entry each; in
# CIRCLES, the element in focus, a header and one entry per quantity.

def focus_table(layout, width_chars):
    """``{"cell_chars", "cells_per_row", "rows"}``: the table's grid of cells,
    each cell a "name number" entry; rows of ``(start_char, cell index)``."""
    n = layout.number_chars
    if layout.view == FULL:
        return {"cell_chars": 0, "rows": []}
    if layout.view == TAGS:
        if not layout.edge_rows:
            return {"cell_chars": 0, "rows": []}
        cell = layout.label_name_chars + 1 + n
        count = len(layout.edge_rows) * max(layout.sizes)     # a node's edges, at most
        per_entry = len(layout.edge_rows)
    else:
        names = ["x = y", "dE/dx", "dE/db", "dE/dw", layout.target_name(0), "E",
                 edge_label(layout.sizes, *layout.edges()[-1])]
        cell = max(len(name) for name in names) + 1 + n
        count, per_entry = 1 + 6, 1           # a header, then up to six values
    step = cell + 2
    per_row = max(per_entry, (width_chars + 2) // step // per_entry * per_entry)
    rows = [[(k * step, index) for k, index in enumerate(range(start, min(start + per_row, count)))]
            for start in range(0, count, per_row)]
    return {"cell_chars": cell, "rows": rows}


# --- the key ----------------------------------------------------------------------
# A phrase is a list of parts: ("text", words, colour name), ("sample", w) a
# sample edge of weight w, ("arrow", direction), ("swatch", role) a sample
# circle of a highlight role, ("frame",) a framed value.  Parts are one
# character apart, phrases three.  A phrase tagged "highlight" is shown only
# while the picture is highlighted.
PART_GAP, PHRASE_GAP = 1, 3
SAMPLE_CHARS = 4


def key_phrases(layout, highlights):
    """What the key says, phrase by phrase: ``(when, parts)``, ``when`` one of
    "always", "forward", "backward", "highlight"."""
    show = layout.show
    phrases = [("forward", [("arrow", 1), ("text", "forward: values flow along the arrows",
                                          "QUIET_TEXT")]),
               ("backward", [("arrow", -1), ("text", "backward: derivatives flow back",
                                            "QUIET_TEXT")])]
    if layout.with_tags:
        forward = [n for n in ("x", "y", "b") if n in show]
        backward = [n for n in ("dE_dy", "dE_dx", "dE_db") if n in show]
        parts = [("text", "beside a node:", "QUIET_TEXT")] + [
            ("text", QUANTITY_NAMES[n], n) for n in forward]
        if forward and backward:
            parts.append(("text", "above the line,", "QUIET_TEXT"))
        parts += [("text", QUANTITY_NAMES[n], n) for n in backward]
        if forward and backward:
            parts.append(("text", "below", "QUIET_TEXT"))
        phrases.append(("always", parts))
    if layout.view == FULL:
        phrases.append(("always", [("text", "beside an edge:", "QUIET_TEXT")]
                        + [("text", QUANTITY_NAMES[n], n) for n in layout.edge_rows]))
    phrases.append(("always", [("sample", 0.0), ("text", "|w| = 0", "QUIET_TEXT"),
                               ("sample", 2.0), ("text", "|w| ≥ 2", "QUIET_TEXT"),
                               ("sample", -1.0), ("text", "dashed: w < 0", "QUIET_TEXT")]))
    phrases.append(("always", [("text", "E: the error, one arrow from each output",
                                "QUIET_TEXT")]))
    if highlights:
        phrases.append(("highlight", [("swatch", "target"), ("text", "computed in this step",
                                                             "QUIET_TEXT")]))
        phrases.append(("highlight", [("swatch", "read"), ("text", "read by it",
                                                           "QUIET_TEXT")]))
        if layout.with_tags:
            phrases.append(("highlight", [("frame",), ("text", "the value computed",
                                                       "QUIET_TEXT")]))
    return phrases


def part_chars(part):
    return len(part[1]) if part[0] == "text" else (2 if part[0] in ("swatch", "frame")
                                                   else SAMPLE_CHARS)


def phrase_chars(phrase):
    parts = phrase[1]
    return sum(part_chars(part) for part in parts) + PART_GAP * (len(parts) - 1)


def flow(phrases, width_chars):
    """The phrases in rows of at most ``width_chars`` characters, in order; a
    "backward" phrase shares the place of the "forward" one before it (one
    of the two is shown).  A list of rows, each a list of
    ``(start_char, phrase index, part)``."""
    rows, row, x = [], [], 0
    for index, phrase in enumerate(phrases):
        if phrase[0] == "backward":
            continue
        shared = [index] + [k for k in (index + 1,) if k < len(phrases)
                            and phrase[0] == "forward" and phrases[k][0] == "backward"]
        length = max(phrase_chars(phrases[k]) for k in shared)
        if row and x + PHRASE_GAP + length > width_chars:
            rows.append(row)
            row, x = [], 0
        elif row:
            x += PHRASE_GAP
        for k in shared:
            start = x
            for part in phrases[k][1]:
                row.append((start, k, part))
                start += part_chars(part) + PART_GAP
        x += length
    rows.append(row)
    return rows
