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

Views, tried in turn until the picture fits ``canvas.MAX_WIDTH_PX`` x
``canvas.MAX_HEIGHT_PX``: ``FULL`` (tags and edge labels), ``TAGS`` (tags;
the values of the edges in focus in the table), ``CIRCLES`` (circles and
arrows only, numbered while the numbers fit; the values of the element in
focus in the table).  ``CIRCLES`` always fits, so any network is drawn.

Everything is sized from text extents measured by matplotlib's renderer in
the diagram's monospace font, at the course's text size
(``canvas.text_px()``); a word in Chinese (``tr``), wider than its count of
characters, by its measured width (``text_chars``).  ``diagram.py`` draws
what this file places.
"""

import functools
import itertools
import math

import numpy as np
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.font_manager import FontProperties
from matplotlib.transforms import Bbox

from ..formatting import format_number
from ..language import tr
from ..names import edge_label, node_number
from ..quantities import EDGE_QUANTITIES, QUANTITY_NAMES
from . import canvas

FULL, TAGS, CIRCLES = "full", "tags", "circles"

# Lengths in units of the text: characters (the monospace advance) across,
# lines (LINE_SPACING x the font size) down.
LINE_SPACING = 1.45
LABEL_LINE_SPACING = 1.2            # the rows of an edge's label, closer
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
LABEL_PAD_CHARS = 0.3               # between a label's side and its text
LABEL_GAP_PX = 2.5                  # between a label and its own edge's line (beyond its width)
LABEL_APART_CHARS = (1.5, 0.5)     # between a label and any other edge or arrowhead, tried in turn
LABEL_STEP_CHARS = 0.5              # between the places along an edge a label may start at
LABEL_PLACES = 12                   # places kept per side of an edge (the nearest its ends)
MAX_LABELLED_EDGES = 24             # more edges than this: no labels are tried
ROW_GAPS_FULL = (1.0, 2.0, 3.0, 4.0, 5.5, 7.0, 8.5, 10.0, 12.0, 14.0, 16.0)
# Ever more compact, in turn, until the picture fits its height: 0 as is; 1 the
# key and the table flowed across the whole page width; 2 also lines closer
# (TIGHT_LINE_SPACING); 3 (tags only) also no table of every edge when nothing is
# highlighted (each edge's values then only shown while it is in focus).
COMPACT = {"full": (0, 1, 2), "tags": (0, 1, 2, 3)}
TIGHT_LINE_SPACING = 1.25
TABLE_GAP_CHARS = 2                 # between two entries of a table row
MAX_CIRCLES_TARGETS = 4            # circles: the error box lists at most this many targets
MAX_READ_ROWS = 6                   # circles: rows for what the step reads, at most
GAPS_FULL = (0, 3, 6, 9, 12, 14, 16)
ARROW_PX = 9.0                      # length of an arrowhead, at most
THICKEST_LINE_PT = 4.0              # the widest edge (drawing.THICKEST_EDGE)


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
    font = FontProperties(family=canvas.MONO_FONT, size=font_pt)
    with canvas.private_style({"text.hinting": "none"}):
        width, _, _ = renderer.get_text_width_height_descent("0" * 100, font, ismath=False)
    return width / 100 / dpi, LINE_SPACING * font_pt / 72


@functools.lru_cache(maxsize=256)
def text_chars(text):
    """The width of ``text`` in the diagram's characters (the monospace advance): its
    length for Latin text; a Chinese character (from ``canvas.CJK_FAMILY``, about
    1.7 characters wide) by the width measured as ``text_metrics`` measures."""
    if text.isascii():
        return len(text)
    dpi, font_pt = 7200, 12.0
    renderer = RendererAgg(1, 1, dpi)
    font = FontProperties(family=canvas.families(canvas.MONO_FONT), size=font_pt)
    with canvas.private_style({"text.hinting": "none"}):
        width, _, _ = renderer.get_text_width_height_descent(text, font, ismath=False)
    return width / dpi / text_metrics(font_pt)[0]


def padded(text, chars):
    """``text`` and spaces after it, ``chars`` characters wide (at least one space less
    for a width that is no whole number)."""
    return text + " " * max(0, math.floor(chars - text_chars(text) + 1e-9))


@functools.lru_cache(maxsize=16)
def number_room(precision):
    """Characters kept for a number: enough for ``-0.000123`` (precision 3)."""
    return len(format_number(-1.23456789e-4, precision))


def row_text(name, number, name_chars, number_chars):
    """One table row: ``name`` at the left, ``number`` at the right (monospace)."""
    return f"{padded(name, name_chars)} {number:>{number_chars}}"


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
def layout_of(sizes, show, precision, text_px, highlights=True,
              max_height_px=canvas.MAX_HEIGHT_PX, language="en"):
    """The layout of the picture (the same for the same arguments, so kept; the
    ``language`` of its words, as ``language.language()`` says, sets their widths).

    The page is ``canvas.MAX_WIDTH_PX`` x ``max_height_px``.  The first of
    ``FULL`` and ``TAGS`` whose tags and labels all find a place inside it,
    each tried ever more compact (``COMPACT``: the key and the table across
    the page, then closer lines, then, in ``TAGS``, no table of every edge),
    and at each step with rows and gaps from the tightest; else ``CIRCLES``,
    its rows as close as the height needs.
    """
    font_pt = text_px * 72 / canvas.PX_PER_INCH
    page = (canvas.MAX_WIDTH_PX / canvas.PX_PER_INCH, max_height_px / canvas.PX_PER_INCH)
    has_values = any(name in show for name in QUANTITY_NAMES)
    edges = sum(a * b for a, b in zip(sizes[:-1], sizes[1:]))
    for view in (FULL, TAGS):
        if not has_values or (view == FULL and (not any(n in show for n in EDGE_QUANTITIES)
                                                or edges > MAX_LABELLED_EDGES)):
            continue
        # A layout that found no place for every tag and label finds none either with
        # its key and table flowed otherwise (COMPACT 1 and 3 change only those):
        # {(apart, closer lines, row gap, gap): whether it was too wide}.
        unplaced = {}
        # Labels well clear of the other edges if the page allows, else closer.
        for apart, compact in itertools.product(
                LABEL_APART_CHARS if view == FULL else LABEL_APART_CHARS[-1:], COMPACT[view]):
            for row_gap in ROW_GAPS_FULL if view == FULL else ROW_GAPS_LINES:
                for gap in GAPS_FULL if view == FULL else GAPS_CHARS:
                    same = (apart, compact >= 2, row_gap, gap)
                    if same in unplaced:
                        if unplaced[same]:
                            break
                        continue
                    layout = Layout(sizes, show, precision, font_pt, view, row_gap, gap,
                                    highlights, page=page, compact=compact, label_apart=apart)
                    if layout.placed and layout.size[0] <= page[0] and layout.size[1] <= page[1]:
                        return layout
                    too_wide = layout.error_box.x1 + layout.margin > page[0]
                    if not layout.placed:
                        unplaced[same] = too_wide
                    if too_wide:
                        break           # wider gaps: wider still
    # Circles: a row under the target's for each thing the step reads, as many as fit.
    for read_rows in range(min(MAX_READ_ROWS, max(sizes)) if highlights else 0, -1, -1):
        layout = Layout(sizes, show, precision, font_pt, CIRCLES, 0.0, 0.0, highlights,
                        page=page, read_rows=read_rows)
        if layout.size[1] <= page[1]:
            return layout
    targets = True
    while layout.size[1] > page[1]:        # a long key or table: closer rows
        room = page[1] - (layout.size[1] - layout.picture.height)    # what they leave
        # Closer rows cannot make the picture shorter than its error box's rows: if they
        # are too tall, the box without the list of targets (it spans the outputs), or
        # no room.
        pinned = layout.error_height > room
        if room <= 0 or (pinned and not layout.error_targets):
            raise ValueError(tr("max_height_px={max_height_px} leaves no room for the circles of a network "
                                "of sizes {sizes}: give it more",
                                max_height_px=max_height_px, sizes=list(sizes)))
        if pinned:
            targets, step = False, layout.row_step
        else:
            step = 0.98 * layout.row_step * room / layout.picture.height
        layout = Layout(sizes, show, precision, font_pt, CIRCLES, 0.0, 0.0, highlights, step,
                        page=page, read_rows=0, targets=targets)
    return layout


class Layout:
    """Where everything goes, for one network shape, set of options, font size,
    ``view``, ``row_gap`` (lines between the circles of a layer, beyond their
    tags) and ``gap`` (characters between the tags of two layers).

    ``placed``: every tag and label found a place.  Boxes are ``Bbox``es in
    inches, ``y`` up; the key at the bottom, the table above it.
    """

    def __init__(self, sizes, show, precision, font_pt, view, row_gap, gap, highlights=True,
                 row_step=None, page=None, compact=0, read_rows=0,
                 label_apart=LABEL_APART_CHARS[-1], targets=True):
        self.sizes, self.show, self.view = list(sizes), show, view
        self.font_pt = font_pt
        self.page = page or (canvas.MAX_WIDTH_PX / canvas.PX_PER_INCH,
                             canvas.MAX_HEIGHT_PX / canvas.PX_PER_INCH)
        self.compact = compact
        self.read_rows = read_rows if view == CIRCLES else 0
        self.label_apart = label_apart * self.char_width(font_pt)
        self.char, self.line = text_metrics(font_pt)
        if compact >= 2:
            self.line *= TIGHT_LINE_SPACING / LINE_SPACING
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
            self._size_circles(row_step, targets)
        self._place_columns()
        self.tags, self.labels = {}, {}
        if self.with_tags and not self._may_fit():
            self.placed = False
            self.size = (np.inf, np.inf)
            return
        if self.segments is None:       # not measured yet by ``_place_columns``
            self.segments = self._segments()
        # What tags and labels must keep clear of, as plain numbers, while they are placed
        # (not moved by ``_shift_up``): every line with an arrowhead, every circle's box.
        self.lines = [(_point(a), _point(b)) for a, b in self.all_segments()]
        self.circles = [_extents(Bbox.from_bounds(x - self.radius, y - self.radius, 2 * self.radius,
                                                  2 * self.radius)) for x, y in self.centres.values()]
        if self.with_tags and self.placed:
            for node in self.nodes():
                self.tags[node] = self._place_tag(*node)
        if view == FULL and self.placed:
            self._place_labels()
        if not self.placed:
            self.size = (np.inf, np.inf)
            return
        self._size_table_and_key(highlights)
        self._shift_up()

    # --- sizes -----------------------------------------------------------------

    @staticmethod
    def char_width(font_pt):
        return text_metrics(font_pt)[0]

    def _size_tags(self, row_gap, gap):
        # Each layer's tags as narrow as its own names ("x" in a hidden layer,
        # "x = y" in the input's): at 20 px, four layers of tags fill a page.
        self.layer_name_chars = [max([text_chars(row_name(l, n)) for n in f + b] + [1])
                                 for l, (f, b) in enumerate(self.parts)]
        self.name_chars = max(self.layer_name_chars)
        self.radius = RADIUS_LINES * self.line
        self.tag_widths = [self._box_width(chars + 1 + self.number_chars)
                           for chars in self.layer_name_chars]
        self.tag_width = max(self.tag_widths)
        self.tag_heights = [self._rows_height(len(f) + len(b)) + (DIVIDER_LINES * self.line
                                                                  if f and b else 0.0)
                            for f, b in self.parts]
        # The last edge joins the two highest node numbers: it has the longest name.
        self.edge_name_chars = len(edge_label(self.sizes, len(self.sizes) - 2,
                                              self.sizes[-2] - 1, self.sizes[-1] - 1))
        label_name = max([self.edge_name_chars if "w" in self.edge_rows else 0]
                         + [len("dE/dw") if "dE_dw" in self.edge_rows else 0])
        self.label_name_chars = label_name
        self.label_width = (label_name + 1 + self.number_chars + 2 * LABEL_PAD_CHARS) * self.char
        self.label_line = LABEL_LINE_SPACING * self.font_pt / 72
        self.label_height = (len(self.edge_rows) + 0.3) * self.label_line
        # Rows of a layer: two circles and their tags (one above, one below) fit between.
        self.row_step = 2 * self.radius + row_gap * self.line
        self.column_step = self.tag_width + gap * self.char
        self._size_error(with_targets=True)

    def _size_circles(self, row_step, targets):
        """Circles ``row_step`` apart (by default as tall as the page allows, at
        most twice a numbered circle), the columns spread over the page."""
        page = self.page
        self.name_chars = 0
        # "E" and the targets, as with tags, unless there are too many targets to list
        # (or no ``targets`` are wanted: no room for them)
        self._size_error(with_targets=targets and self.sizes[-1] <= MAX_CIRCLES_TARGETS)
        room = page[1] - 2 * self.margin - 6 * self.line
        self.row_step = row_step or min(2.4 * RADIUS_LINES * self.line, room / max(self.sizes))
        self.radius = 0.4 * self.row_step
        across = (page[0] - 2 * self.margin - 2 * self.radius - ARROW_CHARS * self.char
                  - self.error_width)
        self.column_step = min(8 * self.char + 2 * self.radius,
                               across / max(len(self.sizes) - 1, 1))
        self.tag_width = 2 * self.radius
        self.tag_widths = [self.tag_width] * len(self.sizes)
        self.tag_heights = [0.0] * len(self.sizes)

    def _may_fit(self):
        """Whether the circles and the tags above and below them, the error box
        and two rows of key could fit the page at all (checked before placing)."""
        tallest = max((size - 1) * self.row_step + 2 * (self.radius + self.clearance + h)
                      for size, h in zip(self.sizes, self.tag_heights))
        wide = self.error_box.x1 + self.margin
        return wide <= self.page[0] and tallest + 2 * self.margin + 2 * self.line <= self.page[1]

    def _size_error(self, with_targets):
        """The error box: "E" and its number, and each output's target (in every view)."""
        # The last target has the highest node number: the longest name.
        names = ["E"] + ([self.target_name(self.sizes[-1] - 1)] if with_targets else [])
        self.error_names = max(text_chars(name) for name in names)
        self.error_rows = 1 + (self.sizes[-1] if with_targets else 0)
        self.error_targets = with_targets
        self.error_width = self._box_width(self.error_names + 1 + self.number_chars)
        self.error_height = self._rows_height(self.error_rows)

    def _box_width(self, chars):
        return (chars + 2 * PAD_CHARS) * self.char

    def _rows_height(self, rows):
        return (rows + 2 * PAD_LINES) * self.line

    def numbered(self):
        """Whether the circles have room for their numbers (two characters beside each other)."""
        return 2 * self.radius >= len(str(sum(self.sizes))) * self.char + 0.2 * self.char

    def target_name(self, k):
        """``"target"`` for one output node, ``"target_7"`` for output node 7 of several
        (in the learner's language)."""
        if self.sizes[-1] == 1:
            return tr("target")
        return tr("target_{n}", n=node_number(self.sizes, len(self.sizes) - 1, k))

    # --- where things are --------------------------------------------------------

    def nodes(self):
        return [(l, i) for l, size in enumerate(self.sizes) for i in range(size)]

    def edges(self):
        return [(l, i, j) for l in range(len(self.sizes) - 1)
                for i in range(self.sizes[l]) for j in range(self.sizes[l + 1])]

    def _place_columns(self):
        """Circle centres around height 0 (moved up later), the error box right of the outputs."""
        first = self.margin + max(self.tag_widths[0] / 2, self.radius)
        # Two layers' tags ``column_step - tag_width`` apart, each as wide as its own.
        self.column_x = [first]
        for l in range(1, len(self.sizes)):
            self.column_x.append(self.column_x[-1] + self.column_step - self.tag_width
                                 + (self.tag_widths[l - 1] + self.tag_widths[l]) / 2)
        self.centres = {(l, i): (self.column_x[l], ((size - 1) / 2 - i) * self.row_step)
                        for l, size in enumerate(self.sizes) for i in range(size)}
        self.segments = None        # measured once needed (``_segments``)
        L = len(self.sizes) - 1
        ys = [self.centres[(L, k)][1] for k in range(self.sizes[L])]
        x0 = self.column_x[L] + self.radius + ARROW_CHARS * self.char
        if self.error_targets:
            # As tall as its rows, level with the middle of the outputs; each
            # output's arrow meets the row of its own target.
            top = (max(ys) + min(ys)) / 2 + self.error_height / 2
            bottom = top - self.error_height
        else:
            # Too many targets to list: the box spans the outputs, each arrow straight.
            top = max(ys) + (0.5 + PAD_LINES) * self.line
            bottom = min(min(ys) - 0.5 * self.line, top - self.error_height)
        self.error_box = Bbox.from_extents(x0, bottom, x0 + self.error_width, top)
        self.error_below = False
        if self.sizes[L] == 1 and self.with_tags:
            # One output: its tag above it, the box under it (one short arrow
            # down), so that the picture is no wider than its layers.
            x = self.column_x[L]
            top = ys[0] - self.radius - ARROW_CHARS * self.char
            self.segments = self._segments()
            edges = [(_point(a), _point(b)) for a, b in self.segments.values()]
            for x0 in (x - self.error_width / 2, x - 2 * self.radius, x - self.radius):
                box = Bbox.from_extents(x0, top - self.error_height, x0 + self.error_width, top)
                clear = _extents(box.padded(self.clearance))
                if not any(segment_meets_box(a, b, clear) for a, b in edges):
                    self.error_box, self.error_below = box, True
                    break

    def _segments(self):
        """``{(l, i, j): (start, end)}``: every edge, from circle boundary to circle
        boundary, a pair of layers at a time."""
        segments = {}
        for l in range(len(self.sizes) - 1):
            a = np.array([self.centres[(l, i)] for i in range(self.sizes[l])])[:, np.newaxis]
            b = np.array([self.centres[(l + 1, j)] for j in range(self.sizes[l + 1])])
            d = (b - a)[..., np.newaxis]            # each edge's (dx, dy), a column
            # |d| as np.linalg.norm(d) takes it (a dot product): the pictures drawn with
            # that are unchanged to the last digit
            unit = (b - a) / np.sqrt(np.swapaxes(d, -1, -2) @ d)[..., 0]
            starts, ends = a + self.radius * unit, b - self.radius * unit
            segments.update(((l, i, j), (starts[i, j], ends[i, j]))
                            for i, j in np.ndindex(starts.shape[:2]))
        return segments

    def connector(self, k):
        """The arrow from output node k to the error box: to the row of its target
        on the box's left side (straight across when the box lists no targets)."""
        x, y = self.centres[(len(self.sizes) - 1, k)]
        if self.error_below:
            return np.array([x, y - self.radius]), np.array([x, self.error_box.y1])
        if not self.error_targets:
            return np.array([x + self.radius, y]), np.array([self.error_box.x0, y])
        end = np.array([self.error_box.x0, self.target_row_y(k)])
        unit = (end - [x, y]) / np.hypot(*(end - [x, y]))
        return np.array([x, y]) + self.radius * unit, end

    def target_row_y(self, k):
        """The height of the middle of target k's row in the error box."""
        return self.error_box.y1 - (PAD_LINES + 1.5 + k) * self.line

    def arrow_length(self):
        """Length of an arrowhead (inches): ``ARROW_PX``, less on small circles."""
        return min(ARROW_PX / canvas.PX_PER_INCH, 0.9 * self.radius)

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
        w, h = self.tag_widths[l], self.tag_heights[l]
        if h == 0:
            return None
        size = self.sizes[l]
        sides = ([1] if i < (size - 1) / 2 else [-1] if i > (size - 1) / 2 else [1, -1])
        if l == len(self.sizes) - 1 and self.error_below:
            sides = [1]
        for side in sides:
            near = y + self.radius + self.clearance if side > 0 else y - self.radius - self.clearance - h
            # The input's tag may also sit higher (lower), clear of its edges' slope.
            lifts = (0.0, 1.0, 2.0, 3.0) if l == 0 else (0.0,)
            for y0, x0 in itertools.product(
                    [near + side * lift * self.line for lift in lifts],
                    (x - w / 2, x - self.radius, x + self.radius - w,
                     x + self.radius + self.clearance, x - self.radius - self.clearance - w)):
                box = (x0, y0, x0 + w, y0 + h)
                if x0 >= self.margin - 1e-9 and self._free(box):
                    return Bbox.from_extents(*box)
        self.placed = False
        return None

    def _place_labels(self):
        """Every edge's label beside its edge, turned along it (``search_labels``);
        if they cannot all be placed, ``placed`` turns False."""
        # the tags and the error box, grown by the clearance, as corners
        boxes = [box_corners(box.padded(self.clearance)) for box in [self.error_box]
                 + [t for t in self.tags.values() if t is not None]]
        candidates = {}
        for edge in self.edges():
            candidates[edge] = self._label_candidates(edge, boxes)
            if not candidates[edge]:        # an edge with no place: no need to look further
                break
        chosen = search_labels(candidates, self.clearance) if all(candidates.values()) else None
        if chosen is None:
            self.placed = False
            return
        self.labels = chosen

    def _label_candidates(self, edge, boxes):
        """``[(LabelPlace, corners grown by clearance)]`` of the places beside
        ``edge`` that keep clear of every other edge and arrowhead, every circle,
        and ``boxes`` (the tags and the error box); near either end first, away from the crossings
        in the middle."""
        l, i, j = edge
        a, b = np.array(self.centres[(l, i)]), np.array(self.centres[(l + 1, j)])
        length = float(np.hypot(*(b - a)))
        unit = (float((b - a)[0] / length), float((b - a)[1] / length))
        origin = (float(a[0]), float(a[1]))
        w, h, c = self.label_width, self.label_height, self.clearance
        offset = THICKEST_LINE_PT / 2 / 72 + LABEL_GAP_PX / canvas.PX_PER_INCH
        # From where the label's corner clears its source's circle to where it
        # clears its target's, in steps of half a character, from both ends in.
        first = math.sqrt(max((self.radius + c) ** 2 - offset ** 2, 0.0))
        last = length - first - w
        if last < first:
            return []
        count = int((last - first) / (LABEL_STEP_CHARS * self.char)) + 2
        starts = np.linspace(first, last, count).tolist()
        order = [k for pair in zip(range(count), reversed(range(count))) for k in pair][:count]
        angle = math.degrees(math.atan2(unit[1], unit[0]))
        own = list(self.segments).index(edge)
        others = [(line, _bounds(line)) for k, line in enumerate(self.lines) if k != own]
        places = []
        for side in (1, -1):
            q0, q1 = sorted((side * offset, side * (offset + h)))
            for k in order:
                corners = _counter_clockwise(_rect_along(origin, unit, starts[k], w, q0, q1))
                if not self._label_clear(corners, others, boxes):
                    continue
                places.append(self._label_place(origin, unit, starts[k], (q0, q1), corners, angle))
                if len(places) >= (LABEL_PLACES if side > 0 else 2 * LABEL_PLACES):
                    break
        return places

    def _label_clear(self, corners, others, boxes):
        """Whether a label with ``corners`` keeps clear of every circle, of every
        other edge and arrowhead (``others``: segments with their bounds), of
        ``boxes`` (corners), and of the left margin.  Each exact distance is
        measured only where the bounds come that close."""
        bounds = _bounds(corners)
        near = self.radius + self.clearance
        if any(_bounds_gap(bounds, (x - near, y - near, x + near, y + near)) == 0
               and _point_polygon_distance((x, y), corners) < near
               for x, y in self.centres.values()):
            return False
        # Well clear of every other edge, so that a turned label is not read as
        # sitting on an edge that crosses its own.
        near = self.label_apart + max(THICKEST_LINE_PT / 2 / 72, 0.45 * self.arrow_length())
        if any(_bounds_gap(bounds, segment_bounds) < near
               and polygon_segment_distance(corners, p, q) < near
               for (p, q), segment_bounds in others):
            return False
        if any(polygons_overlap(corners, box) for box in boxes):
            return False
        return min(x for x, _ in corners) >= self.margin

    def _label_place(self, origin, unit, start, across, corners, angle):
        """``(LabelPlace, corners grown by clearance)`` of a label starting
        ``start`` along its edge from ``origin``, ``across = (q0, q1)`` beside it."""
        c, w = self.clearance, self.label_width
        q0, q1 = across
        grown = _counter_clockwise(_rect_along(origin, unit, start - c, w + 2 * c, q0 - c, q1 + c))
        along = start + LABEL_PAD_CHARS * self.char
        rows = [(origin[0] + along * unit[0] - q * unit[1], origin[1] + along * unit[1] + q * unit[0])
                for q in [q1 - (0.65 + n) * self.label_line for n in range(len(self.edge_rows))]]
        return LabelPlace(corners, angle, rows, LABEL_PAD_CHARS * self.char), grown

    def _free(self, box):
        """Whether ``box`` = ``(x0, y0, x1, y1)``, grown by ``clearance``, meets no edge,
        circle, tag, label or the error box."""
        c = self.clearance
        grown = (box[0] - c, box[1] - c, box[2] + c, box[3] + c)
        if any(segment_meets_box(a, b, grown) for a, b in self.lines):
            return False
        others = [t for t in list(self.tags.values()) if t is not None]
        others += [label.bbox for label in self.labels.values()]
        others.append(self.error_box)
        return not any(overlap(grown, _extents(other)) for other in others) and not any(
            overlap(grown, circle) for circle in self.circles)

    # --- the table, the key, the whole picture -----------------------------------

    def _size_table_and_key(self, highlights):
        """The table and the key under the picture, flowed into its width (from
        ``compact`` 1 on, into the page's), rows kept for the most they hold."""
        boxes = [self.error_box] + [b for b in self.tags.values() if b is not None]
        boxes += [label.bbox for label in self.labels.values()]
        boxes += [Bbox.from_bounds(x - self.radius, y - self.radius, 2 * self.radius,
                                   2 * self.radius) for x, y in self.centres.values()]
        self.picture = Bbox.union(boxes)
        self.width = self.picture.x1 + self.margin
        across = self.page[0] if self.compact >= 1 else self.width
        width_chars = int((across - 2 * self.margin) / self.char + 1e-9)
        self.highlights = highlights
        self.every_edge = (self.view == TAGS and bool(self.edge_rows) and self.compact < 3)
        self.table = focus_table(self, width_chars)
        self.phrases = key_phrases(self, highlights)
        self.key_sets = shown_sets(self, highlights)
        needed = max([phrase_chars(p, shown) for p in self.phrases for shown in self.key_sets
                      if phrase_shown(p, shown)] + [self.table.get("chars", 0)])
        width_chars = max(width_chars, needed)  # a narrow network: the key sets the width
        self.key_chars = width_chars
        self.key_rows = max(len(flow(self.phrases, width_chars, shown)) for shown in self.key_sets)
        used = max([row_chars for shown in self.key_sets
                    for row_chars in flow_widths(self.phrases, width_chars, shown)]
                   + [self.table.get("chars", 0)])
        self.width = max(self.width, 2 * self.margin + used * self.char)
        self.table_height = len(self.table["rows"]) * self.line
        self.key_height = self.key_rows * self.line

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

    def rows_below(self, table_rows, key_rows):
        """``(table row heights, key row heights, bottom)``: under the picture,
        ``table_rows`` rows of the table then ``key_rows`` of the key, each from
        the top; ``bottom``, the figure's lowest point that keeps them all (0
        when they are as many as kept, more when fewer: the figure may be cut there)."""
        gap = KEY_GAP_LINES * self.line
        y = self.picture.y0 - gap
        table = [y - (k + 0.5) * self.line for k in range(table_rows)]
        if table_rows:
            y -= table_rows * self.line + gap
        key = [y - (k + 0.5) * self.line for k in range(key_rows)]
        y -= key_rows * self.line
        return table, key, max(0.0, y - self.margin)


def _point(p):
    """A point as two Python floats (the geometry below runs on them, not on NumPy's scalars)."""
    return float(p[0]), float(p[1])


def _extents(box):
    """A ``Bbox``'s ``(x0, y0, x1, y1)`` as Python floats."""
    return float(box.x0), float(box.y0), float(box.x1), float(box.y1)


def overlap(a, b, tolerance=1e-6):
    """Whether two boxes, each ``(x0, y0, x1, y1)``, share more than a boundary."""
    return (min(a[2], b[2]) - max(a[0], b[0]) > tolerance
            and min(a[3], b[3]) - max(a[1], b[1]) > tolerance)


def segment_meets_box(a, b, box):
    """Whether some length of the segment a-b lies inside ``box`` = ``(x0, y0, x1, y1)``
    (Liang-Barsky clipping: the part inside runs from ``t0`` to ``t1`` along it)."""
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    x0, y0, x1, y1 = box
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, ax - x0), (dx, x1 - ax), (-dy, ay - y0), (dy, y1 - ay)):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
    return t1 > t0 and (dx != 0 or dy != 0)


# --- the focus table ------------------------------------------------------------
# Values the picture has no room for, of what the step is about: in TAGS,
# the edges in focus, one "w_24 0.500  dE/dw -0.0436" entry each; in
# CIRCLES, the element in focus, a header and one entry per quantity.

def focus_table(layout, width_chars):
    """``{"rows", "cell_chars", "per_row", "chars"}``: the table's grid, rows of
    ``(start_char, cell index)``, every cell a "name number" entry.

    ``TAGS``: one entry per edge, a cell per quantity (``w_24  0.500 dE/dw
    -0.0271``), as many entries a row as fit, rows kept for every edge
    (``every_edge``) or for the edges in focus (a node's, at most).
    ``CIRCLES``: like a tag, the element's name, then its forward values on
    one row and its derivatives on the next; then ``read_rows`` rows, one per
    thing the step reads; each cell placed after the one before when filled."""
    n = layout.number_chars
    if (layout.view == FULL or (layout.view == TAGS and not layout.edge_rows)
            or (not layout.highlights and not layout.every_edge)):
        return {"cell_chars": [], "rows": [], "per_row": 1, "chars": 0}
    if layout.view == TAGS:
        cells = [(layout.edge_name_chars if name == "w" else len(QUANTITY_NAMES[name])) + 1 + n
                 for name in layout.edge_rows]
        entry = sum(cells) + len(cells) - 1
        step = entry + TABLE_GAP_CHARS
        per_row = max(1, (width_chars + TABLE_GAP_CHARS) // step)
        count = len(layout.edges()) if layout.every_edge else max(layout.sizes)
        starts = [sum(cells[:q]) + q for q in range(len(cells))]
        rows = [[(k * step + starts[q], (first + k) * len(cells) + q)
                 for k in range(min(per_row, count - first)) for q in range(len(cells))]
                for first in range(0, count, per_row)]
        return {"cell_chars": cells, "rows": rows, "per_row": per_row,
                "chars": min(per_row, count) * step - TABLE_GAP_CHARS}
    header = max(text_chars(tr("node {n}", n=sum(layout.sizes))), text_chars(tr("error")),
                 text_chars(tr("edge")))
    target = text_chars(layout.target_name(layout.sizes[-1] - 1))
    widest = header + max(3 * (2 + len("dE/dx") + 1 + n), 2 * (2 + target + 1 + n))
    rows = [[(0, 4 * k)] + [(header + 2, 4 * k + 1 + m) for m in range(3)]
            for k in range(2 + layout.read_rows)]
    return {"cell_chars": [], "header_chars": header, "rows": rows, "per_row": 4,
            "chars": widest}


# --- the key ----------------------------------------------------------------------
# A phrase is ``(conditions, parts)``: it is shown when any of its conditions
# holds (``shown_sets``).  A part is ``(condition, part)``: shown with its
# phrase when its condition holds (None: always).  Parts: ("text", words,
# colour name), ("sample", w) a sample edge of weight w, ("arrow", direction),
# ("swatch", role) a sample circle of a highlight role, ("focus", role) a
# sample edge in a focus colour, ("frame",) a framed value.  Parts are one
# character apart, phrases three.  The drawing flows the phrases shown into
# rows on every update, so that none leaves a hole where a hidden one would be.
PART_GAP, PHRASE_GAP = 1, 3
SAMPLE_CHARS = 4
CONDITIONS = ("always", "forward", "backward", "node target", "node read", "edge target",
              "edge read", "framed", "computed", "in focus")


def key_phrases(layout, highlights):
    """What the key says, phrase by phrase: ``(conditions, [(condition, part)])``."""
    show = layout.show
    def quiet(words):
        return (None, ("text", tr(words), "QUIET_TEXT"))
    phrases = [(("forward",), [(None, ("arrow", 1)), quiet("forward: values flow")]),
               (("backward",), [(None, ("arrow", -1)), quiet("backward: derivatives flow")])]
    if layout.with_tags:
        forward = [n for n in ("x", "y", "b") if n in show]
        backward = [n for n in ("dE_dy", "dE_dx", "dE_db") if n in show]
        parts = [quiet("node:")] + [(None, ("text", QUANTITY_NAMES[n], n)) for n in forward]
        if forward and backward:
            parts.append(quiet("above the line,"))
        parts += [(None, ("text", QUANTITY_NAMES[n], n)) for n in backward]
        if forward and backward:
            parts.append(quiet("below"))
        phrases.append((("always",), parts))
    if layout.view == FULL:
        phrases.append((("always",), [quiet("edge:")] + [(None, ("text", QUANTITY_NAMES[n], n))
                                                        for n in layout.edge_rows]))
    phrases.append((("always",), [(None, ("sample", 0.0)), quiet("|w| = 0"),
                                  (None, ("sample", 2.0)), quiet("|w| ≥ 2"),
                                  (None, ("sample", -1.0)), quiet("dashed: w < 0")]))
    if layout.compact == 0:             # compact: the error box says "E" itself
        phrases.append((("always",), [quiet("E: the error")]))
    if highlights:
        phrases.append((("node target", "edge target", "framed"),
                        [("node target", ("swatch", "target")),
                         ("edge target", ("focus", "target")),
                         ("framed", ("frame",)),
                         # a step computes a quantity; a node or edge merely in focus does not
                         ("computed", ("text", tr("computed"), "QUIET_TEXT")),
                         ("in focus", ("text", tr("in focus"), "QUIET_TEXT"))]))
        phrases.append((("node read", "edge read"),
                        [("node read", ("swatch", "read")), ("edge read", ("focus", "read")),
                         quiet("read")]))
    return phrases


def shown_sets(layout, highlights):
    """Every set of conditions a picture can show at once: either phase; with
    highlights, a node's or an edge's target, with reads of both kinds and a
    framed value (the most the key ever holds), or nothing highlighted."""
    sets = []
    for phase in ("forward", "backward"):
        sets.append({"always", phase})
        if highlights:
            for target in ("node target", "edge target"):
                sets.append({"always", phase, target, "node read", "edge read", "framed",
                             "computed"})
                sets.append({"always", phase, target, "node read", "edge read", "in focus"})
    return sets


def phrase_shown(phrase, shown):
    return any(condition in shown for condition in phrase[0])


def shown_parts(phrase, shown):
    """Indices of the parts of ``phrase`` shown with ``shown``."""
    return [k for k, (condition, _) in enumerate(phrase[1])
            if condition is None or condition in shown]


def part_chars(part):
    if part[0] == "text":
        return text_chars(part[1])
    return 2 if part[0] in ("swatch", "frame") else SAMPLE_CHARS


def phrase_chars(phrase, shown):
    parts = [phrase[1][k][1] for k in shown_parts(phrase, shown)]
    return sum(part_chars(part) for part in parts) + PART_GAP * (len(parts) - 1)


def flow(phrases, width_chars, shown):
    """The phrases shown with ``shown``, in rows of at most ``width_chars``
    characters, in order: a list of rows, each a list of ``(start_char,
    phrase index, part index)``."""
    rows, row, x = [], [], 0
    for index, phrase in enumerate(phrases):
        if not phrase_shown(phrase, shown):
            continue
        length = phrase_chars(phrase, shown)
        if row and x + PHRASE_GAP + length > width_chars:
            rows.append(row)
            row, x = [], 0
        elif row:
            x += PHRASE_GAP
        start = x
        for k in shown_parts(phrase, shown):
            row.append((start, index, k))
            start += part_chars(phrase[1][k][1]) + PART_GAP
        x += length
    rows.append(row)
    return rows


def flow_widths(phrases, width_chars, shown):
    """The length in characters of each row ``flow`` makes."""
    widths = []
    for row in flow(phrases, width_chars, shown):
        if row:
            start, index, k = row[-1]
            widths.append(start + part_chars(phrases[index][1][k][1]))
    return widths


# --- labels beside their edges ------------------------------------------------------
# A label is a rectangle turned along its edge: from ``start`` to ``start +
# length`` along the edge (from its source's centre), from ``offset`` to
# ``offset + height`` to one side of it.  Geometry in plain floats: a layout
# tries a few hundred places, each against every edge, circle and tag.

class LabelPlace:
    """Where an edge's label goes: ``corners`` (4 points, counter-clockwise),
    ``angle`` (degrees, the edge's), ``rows`` the anchor (left end, middle
    height, in the label's own upright frame) of each row of text, top first."""

    def __init__(self, corners, angle, rows, pad=0.0):
        self.corners, self.angle, self.rows, self.pad = corners, angle, rows, pad

    def fitted(self, text_width):
        """The corners of the label's patch cut to ``text_width`` of text (and its padding)."""
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = self.corners
        length = math.hypot(x1 - x0, y1 - y0)
        t = min(1.0, (text_width + 2 * self.pad) / length)
        return [(x0, y0), (x0 + t * (x1 - x0), y0 + t * (y1 - y0)),
                (x3 + t * (x2 - x3), y3 + t * (y2 - y3)), (x3, y3)]

    def translated(self, dx, dy):
        return LabelPlace([(x + dx, y + dy) for x, y in self.corners], self.angle,
                          [(x + dx, y + dy) for x, y in self.rows], self.pad)

    @property
    def bbox(self):
        xs, ys = zip(*self.corners)
        return Bbox.from_extents(min(xs), min(ys), max(xs), max(ys))


def _rect_along(origin, unit, start, length, q0, q1):
    """Corners of the rectangle from ``start`` to ``start + length`` along ``unit``
    from ``origin``, and from ``q0`` to ``q1`` across (to the left of ``unit``)."""
    (ox, oy), (ux, uy) = origin, unit
    nx, ny = -uy, ux
    return [(ox + s * ux + q * nx, oy + s * uy + q * ny)
            for s, q in ((start, q0), (start + length, q0), (start + length, q1), (start, q1))]


def _bounds(points):
    """``(x0, y0, x1, y1)`` of ``points``."""
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def _bounds_gap(a, b):
    """The distance between two bounds: never more than between what they hold."""
    dx = max(0.0, a[0] - b[2], b[0] - a[2])
    dy = max(0.0, a[1] - b[3], b[1] - a[3])
    return math.hypot(dx, dy)


def _point_segment_distance(p, a, b):
    dx, dy = b[0] - a[0], b[1] - a[1]
    norm = dx * dx + dy * dy
    t = 0.0 if norm == 0 else max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / norm))
    return math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy)


def _cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def _segments_cross(a, b, c, d):
    return (_cross(a, b, c) * _cross(a, b, d) < 0) and (_cross(c, d, a) * _cross(c, d, b) < 0)


def _inside(p, polygon):
    """Whether ``p`` is inside the convex ``polygon`` (corners counter-clockwise)."""
    return all(_cross(polygon[k - 1], polygon[k], p) > 0 for k in range(len(polygon)))


def polygon_segment_distance(polygon, a, b):
    """Distance between a convex polygon and the segment a-b (0 if they meet)."""
    if _inside(a, polygon) or _inside(b, polygon):
        return 0.0
    sides = [(polygon[k - 1], polygon[k]) for k in range(len(polygon))]
    if any(_segments_cross(a, b, c, d) for c, d in sides):
        return 0.0
    return min([_point_segment_distance(p, a, b) for p in polygon]
               + [_point_segment_distance(p, c, d) for c, d in sides for p in (a, b)])


def polygons_overlap(p, q):
    """Whether two convex polygons share more than a boundary (separating axes)."""
    for polygon in (p, q):
        for k in range(len(polygon)):
            (x0, y0), (x1, y1) = polygon[k - 1], polygon[k]
            nx, ny = y0 - y1, x1 - x0
            a = [nx * x + ny * y for x, y in p]
            b = [nx * x + ny * y for x, y in q]
            if max(a) <= min(b) + 1e-9 or max(b) <= min(a) + 1e-9:
                return False
    return True


def box_corners(box):
    return [(box.x0, box.y0), (box.x1, box.y0), (box.x1, box.y1), (box.x0, box.y1)]


def search_labels(candidates, clearance, budget=20000):
    """One place per edge from ``candidates`` ({edge: [(place, grown corners)]},
    each free of everything but the other labels) so that no two labels come
    closer than ``clearance``: a depth-first search, the edges with fewest
    places first.  ``None`` if there is none (within ``budget`` tries)."""
    order = sorted(candidates, key=lambda edge: len(candidates[edge]))
    chosen, tries = {}, [budget]

    def place(k):
        if k == len(order):
            return True
        for place_, grown in candidates[order[k]]:
            if any(polygons_overlap(grown, other.corners) for other in chosen.values()):
                continue
            tries[0] -= 1
            if tries[0] < 0:
                return False
            chosen[order[k]] = place_
            if place(k + 1):
                return True
            del chosen[order[k]]
        return False

    return chosen if place(0) else None


def _counter_clockwise(corners):
    """The corners of a convex polygon, counter-clockwise."""
    area = sum(_cross(corners[0], corners[k], corners[k + 1]) for k in range(1, len(corners) - 1))
    return corners if area > 0 else corners[::-1]


def _point_polygon_distance(p, corners):
    """Distance from ``p`` to a convex polygon (0 inside it)."""
    if _inside(p, corners):
        return 0.0
    return min(_point_segment_distance(p, corners[k - 1], corners[k])
               for k in range(len(corners)))
