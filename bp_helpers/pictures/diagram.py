"""The network diagram: the lesson's picture of circles and arrows, with its numbers.

Layers run left to right, the input on the left.  Each node is a circle with
its global number inside ("4", see ``names.py``); each edge a straight line
with an arrowhead, its width the size of ``|w|`` (0.5 pt at 0, 4 pt from
|w| = 2) and nothing else, dashed black when ``w < 0``.  The arrowheads
point the way values flow in the step shown: left to right in the forward
pass, right to left in the backward pass (derivatives flow from the error
back to the input).  The error ``E`` and the target sit in a box right of
the output layer, joined to each output node by an arrow.

Beside each node, a tag holds its values, each row a name and a number:
forward values (``x``, ``y``, ``b``) above a thin line, derivatives
(``dE/dy``, ``dE/dx``, ``dE/db``) below it.  Beside each edge, where there is
room, a label with ``w_24`` and ``dE/dw``; where there is not, the values of
the edges in focus are in a table under the picture (a node's step with
no edge in focus: the edges whose weights its formulas use).  A big network is drawn
as circles and arrows only, the values of the element in focus in that
table.  ``diagram_layout.py`` places it all so that no edge runs under a tag or a
label.  Every quantity has its own colour (``colors.py``), dark enough to
read at 4.5:1, and is always written with its name.  A key under the picture
explains exactly the marks it shows.

A highlight marks one step: the circle (or the edge) it computes gets a
strong tint and a thick outline (an edge: a halo), its tag a pale tint, a
thick outline and a frame around the value computed; what it reads gets a
lighter tint.  Line width stays ``|w|``.

``NetworkDiagram(sizes)`` builds the figure and all its artists once;
``update(state, highlight)`` only changes texts, colours, widths and the
arrowheads' direction, so that the step-through player can redraw on every
click.  ``draw_network(state)`` does both in one call.

Left out on purpose: batches (the diagram shows one example), animation,
interaction with the figure itself.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection, PolyCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Circle, FancyBboxPatch, Polygon, Rectangle
from matplotlib.transforms import Affine2D
from numpy.typing import ArrayLike

from ..checks import check_numbers, check_sizes, check_whole_number
from ..formatting import format_number
from ..language import language, tr
from ..names import edge_label, node_number
from ..network import Network
from ..quantities import (
    BIAS_QUANTITIES,
    EDGE_QUANTITIES,
    NODE_QUANTITIES,
    PHASES,
    QUANTITY_NAMES,
    check_id,
)
from ..steps import Snapshot
from . import canvas, colors
from .diagram_layout import (
    CIRCLES,
    PAD_CHARS,
    PAD_LINES,
    TAGS,
    flow,
    layout_of,
    number_room,
    padded,
    row_name,
    row_text,
    text_chars,
)

# The lesson's picture: a node shows x, y, dE/dx, dE/dy; an edge w, dE/dw.
DEFAULT_SHOW = ("x", "y", "dE_dx", "dE_dy", "w", "dE_dw")
MAX_PRECISION = 10              # significant digits a diagram writes at most
WHY_MAX_PRECISION = "the diagram's boxes have room for 10 digits"
# What a highlight may emphasise in each kind of thing it points at.
HIGHLIGHT_QUANTITIES = {
    "node": NODE_QUANTITIES, "bias": BIAS_QUANTITIES, "edge": EDGE_QUANTITIES, "error": ("E",),
}
BACKWARD = "backward"

# Line widths in points.
THINNEST_EDGE, THICKEST_EDGE, FULL_WIDTH_AT = 0.5, 4.0, 2.0   # |w| = 0 .. |w| >= 2
EDGE_FOCUS = {"target": colors.EDGE_TARGET, "read": colors.EDGE_READ}   # an edge in focus
OUTLINE_WIDTH = {"plain": 1.0, "target": 3.0, "read": 2.0}
MARKER_FILL = {"plain": colors.BACKGROUND, "target": colors.TARGET_TINT, "read": colors.READ_TINT}
TAG_FILL = {"plain": colors.BACKGROUND, "target": colors.TARGET_LABEL_TINT,
            "read": colors.READ_LABEL_TINT}
TAG_OUTLINE = {"plain": colors.QUIET_LINE, "target": colors.TEXT, "read": colors.TEXT}
# Circles with layers of more than DENSE_LAYER nodes: arrowheads this much
# smaller, set back this many radii from the circles, where the edges part.
DENSE_LAYER, DENSE_ARROW, DENSE_SETBACK = 4, 0.7, 0.5
DIVIDER_WIDTH = 0.8
CONNECTOR_WIDTH = 1.2
EMPHASIS_BOX = {"boxstyle": "square,pad=0.1", "facecolor": "none",
                "edgecolor": colors.TEXT, "linewidth": 1.2}


def edge_width(w):
    """Line width (pt) of an edge with weight ``w``: from 0.5 at w = 0 to 4 from |w| = 2 on."""
    if math.isnan(w):
        return THINNEST_EDGE
    return THINNEST_EDGE + (THICKEST_EDGE - THINNEST_EDGE) * min(abs(w), FULL_WIDTH_AT) / FULL_WIDTH_AT


def number_text(value, precision):
    """``value`` as ``format_number`` writes it, in at most ``number_room(precision)``
    characters: a number that would be longer (smaller than 1e-4 in size, or
    huge) is written in scientific notation, ``-5.39e-05``, then, if that is
    still too long, ``-1.00e100``, then with fewer digits.  Empty for nan."""
    if math.isnan(value):
        return ""
    room = number_room(precision)
    text = format_number(value, precision)
    digits = precision - 1
    while len(text) > room and digits >= 0:
        text = f"{value:.{digits}e}"
        if len(text) > room:        # e-05 -> e-5
            mantissa, exponent = text.split("e")
            text = f"{mantissa}e{int(exponent)}"
        digits -= 1
    return text


def arrowhead(start, end, length, backward):
    """The triangle of an arrow from ``start`` to ``end`` (at ``start`` pointing back if ``backward``)."""
    if backward:
        start, end = end, start
    unit = (end - start) / np.hypot(*(end - start))
    normal = np.array([-unit[1], unit[0]])
    base = end - length * unit
    return np.array([end, base + 0.45 * length * normal, base - 0.45 * length * normal])


# --- the artists --------------------------------------------------------------

class _Element:
    """The artists of one thing a highlight can point at: a node, a bias, an
    edge or the error.  ``marker``: its circle (or the error box), tinted
    strongly; ``tag``: the box its values sit in, tinted palely; ``values``
    maps a quantity to the text showing it."""

    def __init__(self, marker=None, tag=None, values=None, plain_outline=colors.QUIET_LINE):
        self.marker, self.tag, self.values = marker, tag, values or {}
        self.outline = dict(TAG_OUTLINE, plain=plain_outline)
        self.drawn = None               # the (role, framed quantity) last drawn

    def framed(self, role, quantity):
        """Whether drawing as ``role`` frames a value (the target's quantity)."""
        return role == "target" and quantity in self.values

    def set_role(self, role, quantity):
        """Draw as ``role`` ("plain", "target" or "read"), with a frame around the
        ``quantity`` the target computes; nothing is touched if that is what is drawn."""
        if (role, quantity if role == "target" else None) == self.drawn:
            return
        self.drawn = (role, quantity if role == "target" else None)
        if self.marker is not None:
            self.marker.set_facecolor(MARKER_FILL[role])
            self.marker.set_linewidth(OUTLINE_WIDTH[role])
        if self.tag is not None:
            self.tag.set_facecolor(TAG_FILL[role])
            self.tag.set_edgecolor(self.outline[role])
            self.tag.set_linewidth(OUTLINE_WIDTH[role])
        framed = {id(text) for name, text in self.values.items()
                  if role == "target" and name == quantity}     # the input's x and y: one text
        for text in self.values.values():
            text.set_bbox(EMPHASIS_BOX if id(text) in framed else None)


class NetworkDiagram:
    """The diagram of a network of layers ``sizes``, ready to be updated.

    ``show``: the quantities to write, any of "x", "y", "dE_dx", "dE_dy",
    "b", "dE_db", "w", "dE_dw"; by default ``DEFAULT_SHOW``, the lesson's
    picture (no biases).
    ``precision``: significant digits of every number (as ``format_number``),
    from 1 to ``MAX_PRECISION`` (10: the boxes have room for no more).
    ``ax``: an Axes to draw into, about ``size`` inches large for the text
    to fit; by default the diagram makes its own figure of that size, at
    most ``canvas.MAX_WIDTH_PX`` x ``canvas.MAX_HEIGHT_PX``: a network
    too big for that gets a more compact view (``diagram_layout.py``).
    ``highlights=False``: the diagram is never highlighted.
    ``max_height_px``: the tallest the figure may be, in CSS pixels (by
    default ``canvas.MAX_HEIGHT_PX``, 600); a widget passes what its
    place leaves, and the layout takes a more compact arrangement to keep
    within it: the key and the table across the page, closer lines, tags
    without edge labels, at last circles only, their rows as close as needed.

    ``keep_height=False``: a highlighted picture, too, ends under its last
    row (a single picture); by default it keeps the rows of the fullest
    step, so that a player's pictures are all one height.

    ``update(state, highlight)`` writes a state's values; ``to_png()``
    renders the figure; ``figure`` is the matplotlib Figure.
    """

    def __init__(self, sizes: Sequence[int], show: Sequence[str] = DEFAULT_SHOW, precision: int = 3,
                 ax: Axes | None = None, highlights: bool = True, max_height_px: float | None = None,
                 keep_height: bool = True) -> None:
        self.sizes = check_sizes(sizes)
        self.show = _check_show(show)
        self.precision = check_whole_number("precision", precision, 1, MAX_PRECISION,
                                            WHY_MAX_PRECISION)
        if ax is not None and not isinstance(ax, Axes):
            raise TypeError(tr("ax must be a matplotlib Axes (or None for a figure of the diagram's own), "
                               "got {type}", type=type(ax).__name__))
        if not isinstance(highlights, bool):
            raise TypeError(tr("highlights must be True or False, got {highlights!r}", highlights=highlights))
        self.max_height_px = _check_max_height(max_height_px)
        if not isinstance(keep_height, bool):
            raise TypeError(tr("keep_height must be True or False, got {keep_height!r}",
                               keep_height=keep_height))
        self.keep_height = keep_height
        self.layout = layout_of(tuple(self.sizes), self.show, self.precision, canvas.text_px(),
                                highlights, self.max_height_px, language())
        self.size = self.layout.size
        self._own_figure = ax is None
        self.figure, self.ax = _new_axes(self.size, ax)
        self.font_size = self.layout.font_pt
        self.elements = {}              # highlight id -> _Element
        self.frames = {}                # text -> the patch it must stay inside (for tests)
        self.edges = self.layout.edges()
        self.phase = "forward"
        self._edges_drawn = None        # (weights, roles) the edges were last drawn with
        self._fitted = {}               # edge -> corners its label's patch was last cut to
        self.target_texts = []
        self._add_edges()
        for l, i in self.layout.nodes():
            self._add_node(l, i)
        for edge in self.edges:
            self._add_edge_label(edge)
        self._add_error()
        self._add_table()
        self._add_key()
        self._point_arrows(backward=False)

    def _text(self, x, y, color, text="", ha="left", va="center_baseline"):
        return self.ax.text(x, y, text, color=color, family=canvas.families(canvas.MONO_FONT),
                            size=self.font_size, ha=ha, va=va, zorder=6)

    def _box(self, box, zorder=4):
        patch = FancyBboxPatch((box.x0, box.y0), box.width, box.height,
                               boxstyle="round,pad=0,rounding_size=0.04",
                               facecolor=colors.BACKGROUND, edgecolor=colors.QUIET_LINE,
                               linewidth=OUTLINE_WIDTH["plain"], zorder=zorder)
        return self.ax.add_patch(patch)

    def _rows(self, box, names, colors_of, layer=None):
        """Texts of rows ``names`` in ``box`` from its top, the line between the
        forward and backward part after row ``layer`` (if given)."""
        layout = self.layout
        left = box.x0 + PAD_CHARS * layout.char
        y = box.y1 - PAD_LINES * layout.line
        texts = {}
        for k, name in enumerate(names):
            if layer is not None and k == layer:     # the thin line between the passes
                y -= 0.2 * layout.line
                self.ax.add_line(Line2D([left, box.x1 - PAD_CHARS * layout.char], [y, y],
                                        color=colors.QUIET_TEXT, linewidth=DIVIDER_WIDTH,
                                        zorder=5))
                y -= 0.2 * layout.line
            texts[name] = self._text(left, y - 0.5 * layout.line, colors_of(name))
            y -= layout.line
        return texts

    def _add_node(self, l, i):
        layout = self.layout
        centre = layout.centres[(l, i)]
        circle = self.ax.add_patch(Circle(centre, layout.radius, facecolor=colors.BACKGROUND,
                                          edgecolor=colors.TEXT, zorder=3))
        if layout.numbered():
            self._text(*centre, colors.TEXT, str(node_number(self.sizes, l, i)), ha="center")
        box = layout.tags.get((l, i))
        tag, values = None, {}
        if box is not None:
            tag = self._box(box)
            forward, backward = layout.parts[l]
            values = self._rows(box, forward + backward, lambda n: colors.QUANTITY_COLORS[n],
                                len(forward) if forward and backward else None)
            for text in values.values():
                self.frames[text] = tag
            if l == 0 and "x" in values:     # the input's one row "x = y"
                values["y"] = values["x"]
        node_values = {name: values[name] for name in NODE_QUANTITIES if name in values}
        bias_values = {name: values[name] for name in BIAS_QUANTITIES if name in values}
        self.elements[("node", l, i)] = _Element(circle, tag, node_values)
        self.elements[("bias", l, i)] = _Element(values=bias_values)

    def _add_edges(self):
        segments = [np.array(self.layout.segments[edge]) for edge in self.edges]
        connectors = [np.array(self.layout.connector(k)) for k in range(self.sizes[-1])]
        self.edge_lines = self.ax.add_collection(LineCollection(segments, capstyle="butt",
                                                                zorder=2))
        self.connectors = self.ax.add_collection(LineCollection(
            connectors, colors=colors.TEXT, linewidths=CONNECTOR_WIDTH, zorder=2))
        self.arrow_segments = segments + connectors
        self.arrowheads = self.ax.add_collection(PolyCollection(
            [], facecolors=[colors.POSITIVE_WEIGHT] * len(segments) + [colors.TEXT] * len(connectors),
            edgecolors="none", zorder=2.5))

    def _point_arrows(self, backward):
        length = self.layout.arrow_length()
        edges = len(self.edges)
        dense = self.layout.view == CIRCLES and max(self.sizes) > DENSE_LAYER
        heads = []
        for k, (a, b) in enumerate(self.arrow_segments):
            if dense and k < edges:     # many edges meet each circle: small heads, set
                unit = (b - a) / np.hypot(*(b - a))     # back where the edges are apart
                back = DENSE_SETBACK * self.layout.radius * unit
                a, b = a + back, b - back
                heads.append(arrowhead(a, b, DENSE_ARROW * length, backward))
            else:
                heads.append(arrowhead(a, b, length, backward))
        self.arrowheads.set_verts(heads)

    def _add_edge_label(self, edge):
        """The label beside ``edge``: its rows turned along the edge on a white
        patch as big as the text, no outline until highlighted."""
        place = self.layout.labels.get(edge)
        values = {}
        tag = None
        if place is not None:
            tag = self.ax.add_patch(Polygon(place.corners, closed=True,
                                            facecolor=colors.BACKGROUND, edgecolor="none",
                                            linewidth=OUTLINE_WIDTH["plain"], zorder=4))
            for name, (x, y) in zip(self.layout.edge_rows, place.rows):
                text = self.ax.text(x, y, "", color=colors.QUANTITY_COLORS[name],
                                    family=canvas.families(canvas.MONO_FONT), size=self.font_size,
                                    ha="left",
                                    va="center_baseline", rotation=place.angle,
                                    rotation_mode="anchor", zorder=6)
                values[name] = text
                self.frames[text] = tag
        self.elements[("edge", *edge)] = _Element(tag=tag, values=values, plain_outline="none")

    def _add_error(self):
        layout, box = self.layout, self.layout.error_box
        outline = self._box(box)
        names = ["E"] + [f"target {k}" for k in range(self.sizes[-1] if layout.error_targets else 0)]
        texts = self._rows(box, names, lambda n: colors.QUANTITY_COLORS[
            "E" if n == "E" else "y_target"])
        for text in texts.values():
            self.frames[text] = outline
        self.target_texts = [texts[name] for name in names[1:]]
        self.elements[("error",)] = _Element(tag=outline, values={"E": texts["E"]})

    def _add_table(self):
        """The table under the picture: cells of "name number", filled by ``update``."""
        layout = self.layout
        cells = {}
        self.table_rows = {}            # cell index -> its row
        for k, row in enumerate(layout.table["rows"]):
            for start, index in row:
                cells[index] = self._text(layout.margin + start * layout.char, 0.0, colors.TEXT)
                self.table_rows[index] = k
        self.table_cells = [cells[index] for index in sorted(cells)]

    def _add_key(self):
        """The key under the picture: each mark it may show and what it means, drawn
        at the origin and moved to its place in the key by an offset of its own."""
        self.key_parts = {}             # (phrase index, part index) -> (offset, artists)
        self.key_samples = []           # the key's sample edges
        for index, (_, parts) in enumerate(self.layout.phrases):
            for k, (_, part) in enumerate(parts):
                offset = Affine2D()
                artists = self._key_part(0.0, 0.0, part)
                for artist in artists:
                    artist.set_transform(offset + self.ax.transData)
                    artist.set_visible(False)
                self.key_parts[index, k] = (offset, artists)
        self._rows_drawn = None         # (table rows, key flow, packed) last placed

    def _key_part(self, x, y, part):
        layout, kind = self.layout, part[0]
        c = layout.char
        if kind == "text":
            color = colors.QUANTITY_COLORS.get(part[2]) or getattr(colors, part[2])
            return [self._text(x, y, color, part[1])]
        if kind == "sample":
            w = part[1]
            color, style = edge_look(w)
            sample = self.ax.add_line(Line2D([x, x + 4 * c], [y, y], color=color, linestyle=style,
                                             linewidth=edge_width(w), solid_capstyle="butt",
                                             dash_capstyle="butt"))
            self.key_samples.append(sample)
            return [sample]
        if kind == "arrow":
            start, end = np.array([x, y]), np.array([x + 4 * c, y])
            if part[1] < 0:
                start, end = end, start
            head = arrowhead(start, end, layout.arrow_length(), False)
            return [self.ax.add_line(Line2D(*zip(start, end), color=colors.POSITIVE_WEIGHT,
                                            linewidth=1.5, solid_capstyle="butt")),
                    self.ax.add_patch(Polygon(head, facecolor=colors.POSITIVE_WEIGHT,
                                              edgecolor="none"))]
        if kind == "focus":            # a sample edge in a focus colour
            return [self.ax.add_line(Line2D([x, x + 4 * c], [y, y], color=EDGE_FOCUS[part[1]],
                                            linewidth=2.0, solid_capstyle="butt"))]
        if kind == "swatch":
            role = part[1]
            return [self.ax.add_patch(Circle((x + c, y), 0.35 * layout.line,
                                             facecolor=MARKER_FILL[role], edgecolor=colors.TEXT,
                                             linewidth=OUTLINE_WIDTH[role]))]
        return [self.ax.add_patch(Rectangle((x + 0.2 * c, y - 0.3 * layout.line), 1.6 * c,
                                           0.6 * layout.line, **{k: v for k, v in EMPHASIS_BOX.items()
                                                                  if k != "boxstyle"}))]

    # --- writing a state ------------------------------------------------

    def update(self, state: Network | Snapshot, highlight: dict | None = None,
               y_target: ArrayLike | None = None) -> NetworkDiagram:
        """Write the values of ``state`` and mark ``highlight``; return self.

        ``state``: a ``Network`` or any object with its attributes (``sizes``,
        ``weights``, ``biases``, ``x``, ``y``, ``dE_dx``, ``dE_dy``, ``dE_dw``,
        ``dE_db``; optionally ``E`` and ``y_target``) for one example.  A
        list that is ``None`` or a value that is ``nan`` is shown empty.
        ``y_target`` overrides ``state.y_target`` (a ``Network`` keeps none).

        ``highlight``: ``None`` or ``{"target": id, "reads": [ids],
        "quantity": name, "phase": "forward" | "error" | "backward" |
        "update"}`` with ids ``("node", l, i)``, ``("edge", l, i, j)``,
        ``("bias", l, j)`` or ``("error",)``.  The target is tinted strongly,
        its tag outlined and its quantity framed; what it reads is tinted
        lightly; in the backward phase the arrowheads point back.
        """
        values = _read_state(state, self.sizes, y_target)
        roles, quantity, phase = _roles(highlight, self.sizes)
        if self.layout.with_tags:
            self._write_numbers(values)
        else:                           # circles: only the error box has numbers
            self._set_text(self.elements[("error",)].values["E"],
                           self._text_of("error", (), "E", values))
            self._write_targets(values)
        framed = False
        for key, element in self.elements.items():
            role = roles.get(key, "plain")
            element.set_role(role, quantity)
            framed = framed or element.framed(role, quantity)
        table_rows, table_framed = self._fill_table(values, roles, quantity, phase)
        framed = framed or table_framed
        self._style_edges(values["w"], roles)
        if phase != self.phase and (BACKWARD in (phase, self.phase)):
            self._point_arrows(phase == BACKWARD)
        self.phase = phase
        self._place_rows(roles, quantity, phase, framed, table_rows)
        return self

    def _style_edges(self, w, roles):
        """Colour, dash and width of every edge: its weight's look, in focus
        colour when the step computes or reads it; width |w| always.  Only
        when something changed since the last update."""
        weights = tuple(float(w[l][i, j]) for l, i, j in self.edges)
        focus = tuple(roles.get(("edge", *e)) for e in self.edges)
        if (weights, focus) == self._edges_drawn:
            return
        self._edges_drawn = (weights, focus)
        looks = [edge_look(value) for value in weights]
        line_colors = [EDGE_FOCUS.get(role, color) for (color, _), role in zip(looks, focus)]
        self.edge_lines.set_color(line_colors)
        self.edge_lines.set_linestyle([style for _, style in looks])
        self.edge_lines.set_linewidth([edge_width(value) for value in weights])
        self.arrowheads.set_facecolor(line_colors + [colors.TEXT] * self.sizes[-1])

    def _place_rows(self, roles, quantity, phase, framed, table_rows):
        """The key's entries for exactly the marks in the picture (the arrows'
        direction, a highlight's marks only when drawn), flowed into rows under
        the table.  With nothing highlighted, the rows close up under the picture
        and the figure ends under them (no empty row); else each row keeps its
        place, so that a player's pictures keep one height."""
        layout = self.layout
        drawn = {(key[0], role) for key, role in roles.items()}
        shown = {"always", BACKWARD if phase == BACKWARD else "forward"}
        shown |= {f"{kind} {role}" for kind, role in drawn if kind in ("node", "edge")}
        if ("error", "target") in drawn:
            shown.add("node target")
        if ("error", "read") in drawn:
            shown.add("node read")
        if framed:
            shown.add("framed")
        if roles:       # "computed" only when the step computes a quantity
            shown.add("in focus" if quantity is None else "computed")
        rows = flow(layout.phrases, layout.key_chars, shown)
        # A picture of its own closes up under its rows; a player's keeps one height.
        packed = self._own_figure and (not roles or not self.keep_height)
        if not packed:
            table_rows = len(layout.table["rows"])
        placed = (table_rows, tuple(map(tuple, rows)), packed)
        if placed == self._rows_drawn:
            return
        self._rows_drawn = placed
        table_y, key_y, bottom = layout.rows_below(table_rows,
                                                   len(rows) if packed else layout.key_rows)
        for index, cell in zip(sorted(self.table_rows), self.table_cells):
            if self.table_rows[index] < table_rows:
                cell.set_y(table_y[self.table_rows[index]])
        for _, artists in self.key_parts.values():
            for artist in artists:
                artist.set_visible(False)
        for k, row in enumerate(rows):
            for start, index, part in row:
                offset, artists = self.key_parts[index, part]
                offset.clear().translate(layout.margin + start * layout.char, key_y[k])
                for artist in artists:
                    artist.set_visible(True)
        if self._own_figure:            # the figure ends under the last row
            cut = math.floor(bottom * canvas.PX_PER_INCH + 1e-6) / canvas.PX_PER_INCH
            width, height = self.size
            self.figure.set_size_inches(width, height - cut)
            self.ax.set_ylim(cut, height)

    @staticmethod
    def _set_text(text, value):
        """Set a text only when it changes (a changed text is laid out anew when drawn)."""
        if text.get_text() != value:
            text.set_text(value)

    def _write_numbers(self, values):
        layout = self.layout
        for (kind, *where), element in self.elements.items():
            for name, text in element.values.items():
                self._set_text(text, self._text_of(kind, where, name, values))
        for edge, place in layout.labels.items():    # each label's patch as long as its text
            texts = self.elements[("edge", *edge)].values.values()
            chars = max(len(text.get_text()) for text in texts)
            fitted = place.fitted(chars * layout.char)
            if fitted != self._fitted.get(edge):
                self._fitted[edge] = fitted
                self.elements[("edge", *edge)].tag.set_xy(fitted)
        self._write_targets(values)

    def _write_targets(self, values):
        layout = self.layout
        for k, text in enumerate(self.target_texts):
            self._set_text(text, row_text(layout.target_name(k),
                                   number_text(values["y_target"][k], self.precision),
                                   layout.error_names, layout.number_chars))

    def _text_of(self, kind, where, name, values):
        """What the text of quantity ``name`` in the element ``(kind, *where)`` says."""
        layout, p = self.layout, self.precision
        if kind == "error":
            return row_text("E", number_text(values["E"], p), layout.error_names,
                            layout.number_chars)
        if kind == "edge":      # a label: short, "w_24 0.500" (its patch fits it)
            l, i, j = where
            label = edge_label(self.sizes, l, i, j) if name == "w" else QUANTITY_NAMES[name]
            number = number_text(values[name][l][i, j], p)
            return f"{padded(label, layout.label_name_chars)} {number}".rstrip()
        l, i = where
        if l == 0 and name in ("x", "y"):   # the input's row: "x", then "x = y" once y is known
            label = "x" if math.isnan(values["y"][0][i]) else row_name(0, "x")
            return row_text(label, number_text(values["x"][0][i], p),
                            layout.layer_name_chars[0], layout.number_chars)
        return row_text(row_name(l, name), number_text(values[name][l][i], p),
                        layout.layer_name_chars[l], layout.number_chars)

    def _fill_table(self, values, roles, quantity=None, phase="forward"):
        """The table: the values the picture has no room for, of what is in focus
        (with nothing highlighted, of every edge), the value the step computes
        framed.  Returns ``(rows filled, whether a value is framed)``."""
        layout = self.layout
        entries = self._table_entries(values, roles, phase)[:len(self.table_cells)]
        widths = layout.table["cell_chars"]
        framed = False
        for k, cell in enumerate(self.table_cells):
            name, number, color, computes = (entries[k] if k < len(entries)
                                             else ("", "", colors.TEXT, None))
            if layout.view == CIRCLES:      # "name number", each cell after the one before
                text = f"{name} {number}".strip()
                if k % 4:
                    before = self.table_cells[k - 1]
                    start = (before.get_position()[0] - layout.margin) / layout.char
                    chars = (layout.table["header_chars"] if k % 4 == 1
                             else text_chars(before.get_text()))
                    cell.set_x(layout.margin + (start + chars + 2) * layout.char)
            else:
                width = widths[k % len(widths)]
                text = (f"{name} {number}".strip() if not number else
                        row_text(name, number, width - 1 - layout.number_chars,
                                 layout.number_chars))
            self._set_text(cell, text)
            cell.set_color(color)
            frame = quantity is not None and computes is not None and quantity in computes
            cell.set_bbox(EMPHASIS_BOX if frame and text else None)
            framed = framed or (frame and bool(text))
        filled = [self.table_rows[index] for index, cell in zip(sorted(self.table_rows),
                                                                self.table_cells)
                  if cell.get_text()]
        return (max(filled) + 1 if filled else 0), framed

    def _table_entries(self, values, roles, phase="forward"):
        """``[(name, number, colour, quantities)]`` for the table's cells;
        ``quantities``: what a cell of the target shows (framed when the step
        computes it), else None."""
        if self.layout.view == TAGS:
            return self._edge_table_entries(values, roles)
        if self.layout.view == CIRCLES:
            return self._focus_table_entries(values, roles, phase)
        return []

    def _edge_table_entries(self, values, roles):
        """The tags view's table: the edges in focus, the weights a node's
        formulas use, or every edge when nothing is highlighted."""
        layout = self.layout
        focus = [key[1:] for key in roles if key[0] == "edge"]
        target = next((key for key, role in roles.items() if role == "target"), None)
        if not roles and layout.every_edge:
            focus = self.edges
        elif roles and not focus:       # a node's step: the weights its formulas use
            focus = self._edges_of(target)
        return [(edge_label(self.sizes, *edge) if name == "w" else QUANTITY_NAMES[name],
                 number_text(values[name][edge[0]][edge[1:]], self.precision),
                 colors.QUANTITY_COLORS[name], (name,) if target == ("edge", *edge) else None)
                for edge in focus for name in layout.edge_rows]

    def _focus_table_entries(self, values, roles, phase):
        """The circles view's table: the target in two rows like a tag, [name,
        forward values], ["", derivatives]; then a row for each thing the step
        reads, and what room is left for the weights or nodes its formula uses."""
        target = next((key for key, role in roles.items() if role == "target"), None)
        if target is None:
            return []
        rows = self._target_rows(target, values)
        def node(key):      # a bias belongs to its node
            return tuple(key[1:]) if key[0] in ("node", "bias") else key
        reads = [key for key, role in roles.items()
                 if role == "read" and node(key) != node(target)]
        edges = [key[1:] for key in reads if key[0] == "edge"]
        for key in reads:               # a node read, with the edge joining it to the target
            if key[0] == "edge":
                continue
            row = self._read_row(key, values, phase)
            joining = [e for e in edges if key[0] == "node" and tuple(key[1:]) in
                       ((e[0], e[1]), (e[0] + 1, e[2]))][:1]
            for edge in joining:
                edges.remove(edge)
                row += self._cells("edge", edge, ["w"], values)
            rows.append(row)
        room = len(self.table_cells) // 4 - len(rows) - len(edges)
        if target[0] != "edge":         # room left: the weights the target's formulas use
            edges += [e for e in self._edges_of(target) if e not in edges][:max(room, 0)]
        else:                           # room left: the nodes it joins (dE/dw = y * dE/dx)
            l, i, j = target[1:]
            rows += [self._read_row(key, values, BACKWARD) for key in
                     (("node", l, i), ("node", l + 1, j)) if key not in reads][:max(room, 0)]
        rows += [[(tr("edge"), "", colors.TEXT, None)] + self._cells("edge", e, self.layout.edge_rows
                                                                 or ["w"], values)
                 for e in edges]
        blank = ("", "", colors.TEXT, None)
        return [(name, number, color, computes if k < 2 else None)
                for k, row in enumerate(rows) for name, number, color, computes
                in (row + [blank] * 4)[:4]]

    def _cells(self, kind, where, names, values):
        """Table cells ``(name, number, colour, quantities)`` of ``names`` of a node or an edge."""
        p = self.precision
        cells = []
        for name in names:
            if kind == "edge":
                l, i, j = where
                label = edge_label(self.sizes, *where) if name == "w" else QUANTITY_NAMES[name]
                cells.append((label, number_text(values[name][l][i, j], p),
                              colors.QUANTITY_COLORS[name], (name,)))
                continue
            l, i = where
            label, computes = row_name(l, name), (name,)
            if l == 0 and name == "x":      # the input's "x", "x = y" once y is known
                label = "x" if math.isnan(values["y"][0][i]) else label
                computes = ("x", "y")
            cells.append((label, number_text(values[name][l][i], p),
                          colors.QUANTITY_COLORS[name], computes))
        return cells

    def _target_rows(self, target, values):
        p, layout = self.precision, self.layout
        blank = ("", "", colors.TEXT, None)
        kind, *where = target
        if kind == "error":
            targets = [(layout.target_name(k), number_text(values["y_target"][k], p),
                        colors.QUANTITY_COLORS["y_target"], None)
                       for k in range(min(self.sizes[-1], 2))]
            return [[(tr("error"), "", colors.TEXT, None),
                     ("E", number_text(values["E"], p), colors.QUANTITY_COLORS["E"], ("E",))],
                    [blank] + targets]
        if kind == "edge":
            return [[(tr("edge"), "", colors.TEXT, None)] + self._cells("edge", where, ["w"], values),
                    [blank] + self._cells("edge", where, ["dE_dw"], values)]
        l, i = where
        forward = ["x"] if l == 0 else ["x", "y", "b"]
        backward = ["dE_dy", "dE_dx"] + ([] if l == 0 else ["dE_db"])
        return [[(tr("node {n}", n=node_number(self.sizes, l, i)), "", colors.TEXT, None)]
                + self._cells("node", where, forward, values),
                [blank] + self._cells("node", where, backward, values)]

    def _read_row(self, key, values, phase):
        """One row of the table for a thing the step reads: what it gives the formula."""
        p, layout = self.precision, self.layout
        kind, *where = key
        if kind == "error":
            return ([(tr("error"), "", colors.TEXT, None),
                     ("E", number_text(values["E"], p), colors.QUANTITY_COLORS["E"], None)]
                    + [(layout.target_name(k), number_text(values["y_target"][k], p),
                        colors.QUANTITY_COLORS["y_target"], None)
                       for k in range(1 if self.sizes[-1] == 1 else 0)])   # the table's width
        if kind == "edge":
            return [(tr("edge"), "", colors.TEXT, None)] + self._cells("edge", where,
                                                                   ["w", "dE_dw"], values)
        l, i = where
        header = (tr("node {n}", n=node_number(self.sizes, l, i)), "", colors.TEXT, None)
        if kind == "bias":
            return [header] + self._cells("node", where, ["b", "dE_db"], values)
        y = "x" if l == 0 else "y"      # the input's "x = y"
        names = [y] if phase in ("forward", "error") else [y, "dE_dx"]
        return [header] + self._cells("node", where, names, values)

    def _edges_of(self, target):
        """The edges whose weights the formulas of ``target`` use: those into a
        node (or its bias), out of an input node, into the outputs for the error."""
        kind, *where = target
        if kind == "error":
            where = [len(self.sizes) - 1, None]
        l, i = where
        if l == 0:
            return [edge for edge in self.edges if edge[:2] == (0, i)]
        return [edge for edge in self.edges if edge[0] == l - 1 and i in (None, edge[2])]

    def to_png(self) -> bytes:
        """The figure as PNG bytes (``canvas.png``: crisp, 2 pixels per CSS pixel)."""
        return canvas.png(self.figure)

    def to_svg(self) -> str:
        """The figure as SVG text (``canvas.svg``), for the widgets' redraws."""
        return canvas.svg(self.figure)

    def _repr_png_(self):
        return self.figure._repr_png_()


def draw_network(state: Network | Snapshot, ax: Axes | None = None, show: Sequence[str] = DEFAULT_SHOW,
                 precision: int = 3, highlight: dict | None = None,
                 y_target: ArrayLike | None = None) -> Figure:
    """Draw ``state`` (a ``Network`` or a step snapshot); return the Figure.

    ``NetworkDiagram(state.sizes, show, precision, ax).update(state,
    highlight, y_target)``: see both for the arguments.
    """
    if not hasattr(state, "sizes"):
        raise TypeError(tr("state must be a Network or an object with its attributes (sizes, weights, "
                           "biases, x, y, ...), got {type}", type=type(state).__name__))
    diagram = NetworkDiagram(state.sizes, show, precision, ax, keep_height=False)
    diagram.update(state, highlight, y_target)
    return diagram.figure


def edge_look(w):
    """(colour, line style) of an edge of weight ``w``: positive solid,
    negative dashed, not known (nan) dotted."""
    if math.isnan(w):
        return colors.UNKNOWN, ":"
    if w >= 0:
        return colors.POSITIVE_WEIGHT, "-"
    return colors.NEGATIVE_WEIGHT, "--"


def _new_axes(size, ax):
    if ax is None:
        figure = canvas.new_figure(round(size[0] * canvas.PX_PER_INCH),
                                     round(size[1] * canvas.PX_PER_INCH))
        ax = figure.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, size[0])
    ax.set_ylim(0, size[1])
    ax.set_aspect("equal")
    ax.set_axis_off()
    return ax.figure, ax


# --- checks at the entry points -----------------------------------------------

STATE_ARRAYS = ("weights", "biases", "x", "y", "dE_dx", "dE_dy", "dE_dw", "dE_db")


LEAST_HEIGHT_PX = 100      # a diagram needs at least this much


def _check_max_height(max_height_px):
    """``max_height_px`` as a whole number of CSS pixels (None: ``canvas.MAX_HEIGHT_PX``)."""
    if max_height_px is None:
        return canvas.MAX_HEIGHT_PX
    if isinstance(max_height_px, bool) or not isinstance(max_height_px, (int, np.integer)):
        raise TypeError(tr("max_height_px must be a whole number of pixels or None, got {max_height_px!r}",
                           max_height_px=max_height_px))
    if not LEAST_HEIGHT_PX <= max_height_px <= canvas.MAX_HEIGHT_PX:
        raise ValueError(tr("max_height_px must be from {least} to {most} (pixels), got "
                            "{max_height_px!r}",
                            least=LEAST_HEIGHT_PX, most=canvas.MAX_HEIGHT_PX,
                            max_height_px=max_height_px))
    return int(max_height_px)


def _check_show(show):
    if isinstance(show, str) or not hasattr(show, "__iter__"):
        raise TypeError(tr("show must be a list of quantity names such as ('x', 'y'), got {show!r}",
                           show=show))
    show = tuple(show)
    for name in show:
        if name not in QUANTITY_NAMES:
            raise ValueError(tr("show must name quantities among {quantity_names}, got {name!r}",
                                quantity_names=list(QUANTITY_NAMES), name=name))
    return show


def _read_state(state, sizes, y_target):
    """The state's values by quantity name, every list complete, nan where not known.

    ``w`` and ``dE_dw`` are per weight matrix (``w[l][i, j]``); the node
    quantities, ``b`` and ``dE_db`` are per layer of nodes (``b[l][j]`` is
    the bias of node j of layer l, nan for the input layer).
    """
    missing = [name for name in ("sizes",) + STATE_ARRAYS if not hasattr(state, name)]
    if missing:
        raise TypeError(tr("state must be a Network or an object with its attributes; {type} has "
                           "no {missing}",
                           type=type(state).__name__, missing=', '.join(missing)))
    if list(state.sizes) != sizes:
        raise ValueError(tr("state must be a network of sizes {sizes} (this diagram's), got "
                            "sizes {state_sizes}",
                            sizes=sizes, state_sizes=list(state.sizes)))
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
        raise ValueError(tr("{name} must be a list of {n_shapes} arrays, one per layer, got {arrays!r}",
                            name=name, n_shapes=len(shapes), arrays=arrays))
    result = []
    for l, (array, shape) in enumerate(zip(arrays, shapes)):
        where = f"{name}[{l}]" if len(shapes) > 1 else name
        if array is None:
            result.append(np.full(shape, np.nan))
            continue
        array = check_numbers(where, array)     # as the network checks; nan means "not known yet"
        if len(shape) == 1 and array.ndim == 2:
            raise ValueError(tr("state must hold one example, but {where} has shape {shape} (a batch): draw "
                                "one example, shape {expected}", where=where, shape=array.shape,
                                expected=shape))
        if array.shape != shape:
            raise ValueError(tr("{where} must have shape {expected}, got shape {shape}",
                                where=where, expected=shape, shape=array.shape))
        if np.isinf(array).any():
            raise ValueError(tr("{where} must be finite (nan for 'not known yet'), got {array!r}",
                                where=where, array=array))
        result.append(array)
    return result


def _roles(highlight, sizes):
    """``({id: "target" or "read"}, quantity, phase)`` of a highlight; ``({}, None,
    "forward")`` for none."""
    if highlight is None:
        return {}, None, "forward"
    if not isinstance(highlight, dict) or "target" not in highlight:
        raise TypeError(tr("highlight must be None or a dict with a 'target' id, got {highlight!r}",
                           highlight=highlight))
    unknown = set(highlight) - {"target", "reads", "quantity", "phase"}
    if unknown:
        raise ValueError(tr("highlight may only have the keys 'target', 'reads', 'quantity' and 'phase', "
                            "got {unknown}", unknown=sorted(unknown)))
    phase = highlight.get("phase", "forward")
    if phase not in PHASES:
        raise ValueError(tr("highlight['phase'] must be one of {phases}, got {phase!r}",
                            phases=list(PHASES), phase=phase))
    target = check_id(highlight["target"], sizes)
    roles = {check_id(item, sizes): "read" for item in highlight.get("reads", ())}
    roles[target] = "target"
    quantity = highlight.get("quantity")
    allowed = HIGHLIGHT_QUANTITIES[target[0]]
    if quantity is not None and quantity not in allowed:
        raise ValueError(tr("highlight['quantity'] of a {target_0} must be one of {allowed}, got "
                            "{quantity!r}", target_0=target[0], allowed=list(allowed), quantity=quantity))
    return roles, quantity, phase
