"""The network diagram: the lesson's picture of a network, with its numbers.

Layers run left to right, the input on the left.  Each node is a box named
by its global number ("node 4", see ``names.py``) in two labelled parts:
above the line its forward values ``x``, ``y`` (and ``b``), below it the
derivatives ``dE/dy``, ``dE/dx`` (and ``dE/db``), each row a name and a
number.  Each edge carries ``w_ij`` and ``dE/dw``, in a label framed like
the edge itself; its line style and colour give the sign of ``w``
(positive: solid grey, negative: dashed black), its width the size of
``|w|`` (0.5 pt at 0, 4 pt from |w| = 2).  The error ``E`` and the target
sit in a box under the output layer, joined to each output node by its own
connector.  A key under the picture says what every colour, line and fill
means.  Every quantity has its own colour (``colors.py``), dark enough to
read at 4.5:1, and is always written with its name; numbers are written by
``formatting.format_number``, as everywhere in the lessons, and a value not
known yet (``None`` or ``nan``) is left empty.

A highlight marks one step: the box or label the step computes gets a
tinted fill and a thick outline, and the value it computes a frame; what
the step reads gets a lighter tint.  Nothing is dimmed: every value stays
readable.  (Dashes only ever mean a negative weight.)

Where everything goes, and why nothing overlaps, is ``layout.py``; how a
figure becomes a crisp picture is ``pictures.py``.  ``NetworkDiagram(sizes)``
builds the figure and all its artists once for a network shape;
``update(state, highlight)`` only changes texts, fills and line widths, so
that the step-through player can redraw on every step.
``draw_network(state)`` does both in one call.

Left out on purpose: batches (the diagram shows one example), animation
(the player redraws), interaction with the figure itself.
"""

import math

import numpy as np
from matplotlib.lines import Line2D
from matplotlib.patches import Circle, FancyBboxPatch, Rectangle

from . import colors, pictures
from .checks import check_numbers, check_sizes, check_whole_number
from .formatting import format_number
from .layout import (LINE_SPACING, PAD_CHARS, PAD_LINES, layout_of, number_room, row_name,
                     row_text)
from .names import edge_label, node_number
from .steps import (BIAS_QUANTITIES, EDGE_QUANTITIES, NODE_QUANTITIES, QUANTITY_NAMES,
                    check_id)

# The lesson's picture: a node shows x, y, dE/dx, dE/dy; an edge w, dE/dw.
DEFAULT_SHOW = ("x", "y", "dE_dx", "dE_dy", "w", "dE_dw")
# What a highlight may emphasise in each kind of thing it points at.
HIGHLIGHT_QUANTITIES = {
    "node": NODE_QUANTITIES, "bias": BIAS_QUANTITIES, "edge": EDGE_QUANTITIES, "error": ("E",),
}

# Line widths in points.
THINNEST_EDGE, THICKEST_EDGE, FULL_WIDTH_AT = 0.5, 4.0, 2.0   # |w| = 0 .. |w| >= 2
OUTLINE_WIDTH = {"plain": 1.0, "target": 3.0, "read": 2.0}
FILL = {"plain": colors.BACKGROUND, "target": colors.TARGET_TINT, "read": colors.READ_TINT}
EXTRA_EDGE_WIDTH = {"target": 2.0, "read": 1.0}   # added to a highlighted edge
DIVIDER_WIDTH = 0.8
CONNECTOR_WIDTH = 1.2
# The frame around the value a step computes: a one-line value's fits in
# its row; an edge label's two lines fill their rows, so theirs has no pad.
EMPHASIS_BOX = {"boxstyle": "square,pad=0.1", "facecolor": "none",
                "edgecolor": colors.TEXT, "linewidth": 1.2}
EMPHASIS_BOX_TWO_LINES = dict(EMPHASIS_BOX, boxstyle="square,pad=0")


def edge_width(w):
    """Line width (pt) of an edge with weight ``w``: from 0.5 at w = 0 to 4 from |w| = 2 on."""
    if math.isnan(w):
        return THINNEST_EDGE
    return THINNEST_EDGE + (THICKEST_EDGE - THINNEST_EDGE) * min(abs(w), FULL_WIDTH_AT) / FULL_WIDTH_AT


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


# --- the artists --------------------------------------------------------------

class _Element:
    """The artists of one thing a highlight can point at: a node, a bias, an
    edge or the error.  ``patch`` is tinted and outlined by a highlight (a
    node's box, an edge label's background); ``values`` maps a quantity to
    the text showing it."""

    def __init__(self, patch=None, values=None):
        self.patch = patch
        self.values = values or {}

    def set_role(self, role, quantity):
        """Draw as ``role`` ("plain", "target" or "read"): its fill and outline,
        and a frame around the ``quantity`` the target computes."""
        if self.patch is not None:
            self.patch.set_facecolor(FILL[role])
            self.patch.set_linewidth(OUTLINE_WIDTH[role])
        framed = {id(text) for name, text in self.values.items()
                  if role == "target" and name == quantity}     # the input's x and y: one text
        for text in self.values.values():
            emphasis = EMPHASIS_BOX_TWO_LINES if "\n" in text.get_text() else EMPHASIS_BOX
            text.set_bbox(emphasis if id(text) in framed else None)


class NetworkDiagram:
    """The diagram of a network of layers ``sizes``, ready to be updated.

    ``show``: the quantities to write, any of "x", "y", "dE_dx", "dE_dy",
    "b", "dE_db", "w", "dE_dw"; by default ``DEFAULT_SHOW``, the lesson's
    picture (no biases).
    ``precision``: significant digits of every number (as ``format_number``).
    ``ax``: an Axes to draw into, about ``size`` inches large for the text
    to fit; by default the diagram makes its own figure of that size, at
    most a notebook column wide (``pictures.MAX_WIDTH_PX``): a network too
    big for that gets a more compact view (``layout.py``).
    ``highlights=False``: the diagram is never highlighted, so its key leaves
    out the highlight's fills.

    ``update(state, highlight)`` writes a state's values; ``to_png()``
    renders the figure; ``figure`` is the matplotlib Figure.
    """

    def __init__(self, sizes, show=DEFAULT_SHOW, precision=3, ax=None, highlights=True):
        self.sizes = check_sizes(sizes)
        self.show = _check_show(show)
        self.precision = check_whole_number("precision", precision, 1)
        if not isinstance(highlights, bool):
            raise TypeError(f"highlights must be True or False, got {highlights!r}")
        self.layout = layout_of(tuple(self.sizes), self.show, self.precision, pictures.text_px(),
                                highlights)
        self.size = self.layout.size
        self.figure, self.ax = _new_axes(self.size, ax)
        self.font_size = self.layout.font_pt
        self.elements = {}              # highlight id -> _Element
        self.edge_lines = {}            # edge -> its line
        self.label_backgrounds = {}     # edge -> the fill behind its label
        self.label_frames = {}          # edge -> frame of its label, styled like the edge
        self.frames = {}                # text -> the patch it must stay inside (for tests)
        self.target_texts = []
        self.caption = None
        self.key_samples = []           # the key's sample edges
        for l, i in self.layout.nodes():
            self._add_node(l, i)
        for edge in self.layout.edges():
            self._add_edge(*edge)
        self._add_error()
        self._add_key()
        if self.layout.has_caption:
            self.caption = self._text(self.layout.margin, self.layout.caption_y(), colors.TEXT)

    def _text(self, x, y, color, text="", ha="left", va="center_baseline", lines=1):
        """A text of ``lines`` lines (its rows ``layout.line`` apart) in the diagram's font."""
        return self.ax.text(x, y, text, color=color, family=pictures.MONO_FONT,
                            size=self.font_size, ha=ha, va=va, zorder=4,
                            linespacing=LINE_SPACING if lines > 1 else 1.2)

    def _box(self, box, zorder=3):
        patch = FancyBboxPatch((box.x0, box.y0), box.width, box.height,
                               boxstyle="round,pad=0,rounding_size=0.04",
                               facecolor=colors.BACKGROUND, edgecolor=colors.TEXT, zorder=zorder)
        return self.ax.add_patch(patch)

    def _row_y(self, top, k):
        """Height of row k (0 at the top) of a box whose text starts at ``top``."""
        return top - (k + 0.5) * self.layout.line

    def _add_node(self, l, i):
        layout = self.layout
        if not layout.with_numbers:
            circle = self.ax.add_patch(Circle(layout.anchor(l, i), layout.box_width / 2,
                                              facecolor=colors.BACKGROUND,
                                              edgecolor=colors.TEXT, zorder=3))
            self.elements[("node", l, i)] = _Element(circle)
            self.elements[("bias", l, i)] = _Element()
            return
        box = layout.node_box(l, i)
        outline = self._box(box)
        left, right = box.x0 + PAD_CHARS * layout.char, box.x1 - PAD_CHARS * layout.char
        forward, backward = layout.parts[l]
        top = box.y1 - PAD_LINES * layout.line
        texts = [self._text(left, self._row_y(top, 0), colors.TEXT,
                            f"node {node_number(self.sizes, l, i)}"),
                 self._text(right, self._row_y(top, 0), colors.QUIET_TEXT, "forward", ha="right")]
        values = {}
        for k, name in enumerate(forward, start=1):
            values[name] = self._text(left, self._row_y(top, k), colors.QUANTITY_COLORS[name])
        if backward:
            # The line between the parts stops short of the box's sides, where
            # the edges meet it, so that an edge never reads as its continuation.
            y = layout.divider_y(l, i)
            inset = PAD_CHARS * layout.char
            self.ax.add_line(Line2D([box.x0 + inset, box.x1 - inset], [y, y],
                                    color=colors.QUIET_TEXT, linewidth=DIVIDER_WIDTH, zorder=3.5))
            row = 1 + len(forward)
            texts.append(self._text(right, self._row_y(top, row), colors.QUIET_TEXT,
                                    "backward", ha="right"))
            for k, name in enumerate(backward, start=row + 1):
                values[name] = self._text(left, self._row_y(top, k),
                                          colors.QUANTITY_COLORS[name])
        for text in texts + list(values.values()):
            self.frames[text] = outline
        if l == 0 and "x" in values:     # the input's one row "x = y"
            values["y"] = values["x"]
        node_values = {name: values[name] for name in NODE_QUANTITIES if name in values}
        bias_values = {name: values[name] for name in BIAS_QUANTITIES if name in values}
        self.elements[("node", l, i)] = _Element(outline, node_values)
        self.elements[("bias", l, i)] = _Element(values=bias_values)

    def _add_edge(self, l, i, j):
        start, end = self.layout.edge_segment(l, i, j)
        line = self.ax.add_line(Line2D([start[0], end[0]], [start[1], end[1]], zorder=1,
                                       solid_capstyle="butt", dash_capstyle="butt"))
        self.edge_lines[(l, i, j)] = line
        texts = {}
        background = None
        if (l, i, j) in self.layout.label_centre:
            box = self.layout.label_box((l, i, j))
            # A fill behind the label, so that no line runs through its text,
            # and a frame drawn like the edge, which ties the label to it.
            background = self.ax.add_patch(Rectangle(
                box.p0, box.width, box.height, facecolor=colors.BACKGROUND, edgecolor="none",
                zorder=2))
            frame = self.ax.add_patch(Rectangle(box.p0, box.width, box.height, facecolor="none",
                                                linewidth=1.0, zorder=2.5))
            self.label_backgrounds[(l, i, j)] = background
            self.label_frames[(l, i, j)] = frame
            top = box.y1 - PAD_LINES * self.layout.line
            for k, name in enumerate(self.layout.edge_lines):   # two rows each: name, number
                texts[name] = self._text(box.x0 + PAD_CHARS * self.layout.char,
                                         top - (2 * k + 1) * self.layout.line,
                                         colors.QUANTITY_COLORS[name], va="center", lines=2)
                self.frames[texts[name]] = background
        self.elements[("edge", l, i, j)] = _Element(background, texts)

    def _add_error(self):
        layout, box = self.layout, self.layout.error_box()
        L = len(self.sizes) - 1
        for k in range(self.sizes[L]):      # each output node's own connector
            xs, ys = zip(*layout.connector(k))
            self.ax.add_line(Line2D(xs, ys, color=colors.TEXT, linewidth=CONNECTOR_WIDTH,
                                    zorder=1))
        outline = self._box(box)
        if not layout.with_numbers:
            E = self._text((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2, colors.TEXT, "E",
                           ha="center")
            self.frames[E] = outline
            self.elements[("error",)] = _Element(outline)
            return
        left = box.x0 + PAD_CHARS * layout.char
        top = box.y1 - PAD_LINES * layout.line
        header = self._text(left, self._row_y(top, 0), colors.TEXT, "error")
        E = self._text(left, self._row_y(top, 1), colors.QUANTITY_COLORS["E"])
        self.target_texts = [self._text(left, self._row_y(top, 2 + k),
                                        colors.QUANTITY_COLORS["y_target"])
                             for k in range(self.sizes[L])]
        for text in [header, E] + self.target_texts:
            self.frames[text] = outline
        self.elements[("error",)] = _Element(outline, {"E": E})

    def _add_key(self):
        """The key under the picture: what each colour, line and fill means."""
        layout = self.layout
        for k, row in enumerate(layout.key_rows):
            y = layout.key_row_y(k)
            for start, part in row:
                x = layout.margin + start * layout.char
                if part[0] == "text":
                    _, words, color = part
                    color = colors.QUANTITY_COLORS.get(color) or getattr(colors, color)
                    self._text(x, y, color, words)
                elif part[0] == "sample":
                    w = part[1]
                    sample = self.ax.add_line(Line2D(
                        [x, x + 4 * layout.char], [y, y], solid_capstyle="butt",
                        dash_capstyle="butt"))
                    _style_edge(sample, w, edge_width(w))
                    self.key_samples.append(sample)
                else:
                    tint = getattr(colors, part[1])
                    self.ax.add_patch(Rectangle((x, y - 0.35 * layout.line), 4 * layout.char,
                                                0.7 * layout.line, facecolor=tint,
                                                edgecolor=colors.TEXT, linewidth=1.0))

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
        ``("bias", l, j)`` or ``("error",)``.  The target gets a tinted fill,
        a thick outline (an edge: a thicker line) and a frame around its
        quantity; what it reads gets a lighter tint.
        """
        values = _read_state(state, self.sizes, y_target)
        roles, quantity = _roles(highlight, self.sizes)
        if self.layout.with_numbers:
            self._write_numbers(values)
        for key, element in self.elements.items():
            element.set_role(roles.get(key, "plain"), quantity)
        for edge in self.edge_lines:
            l, i, j = edge
            self._style_edge_and_label(edge, values["w"][l][i, j], roles.get(("edge", *edge)))
        if self.caption is not None:
            self.caption.set_text(self._caption_text(roles, values))
        return self

    def _style_edge_and_label(self, edge, w, role):
        """The edge's line and its label's frame styled by ``w``."""
        _style_edge(self.edge_lines[edge], w, edge_width(w), role)
        if edge in self.label_frames:
            color, style = _edge_look(w)
            self.label_frames[edge].set(edgecolor=color, linestyle=style)

    def _caption_text(self, roles, values):
        """The values of the highlighted edge, if its gap has no labels, in one line."""
        for key, role in roles.items():
            if key[0] == "edge" and role == "target" and key[1] not in self.layout.labelled_gaps:
                l, i, j = key[1:]
                return (f"{edge_label(self.sizes, l, i, j)} = "
                        f"{number_text(values['w'][l][i, j], self.precision)},  dE/dw = "
                        f"{number_text(values['dE_dw'][l][i, j], self.precision)}")
        return ""

    def _write_numbers(self, values):
        layout = self.layout
        for (kind, *where), element in self.elements.items():
            for name, text in element.values.items():
                text.set_text(self._text_of(kind, where, name, values))
        for k, text in enumerate(self.target_texts):
            text.set_text(row_text(layout.target_name(k),
                                   number_text(values["y_target"][k], self.precision),
                                   layout.target_chars, layout.number_chars))

    def _text_of(self, kind, where, name, values):
        """What the text of quantity ``name`` in the element ``(kind, *where)`` says."""
        layout, p = self.layout, self.precision
        if kind == "error":
            return row_text("E", number_text(values["E"], p), layout.target_chars,
                            layout.number_chars)
        if kind == "edge":          # the name, and the number under it
            l, i, j = where
            label = edge_label(self.sizes, l, i, j) if name == "w" else QUANTITY_NAMES[name]
            number = number_text(values[name][l][i, j], p)
            return f"{label}\n{number:>{max(layout.edge_name_chars, layout.number_chars)}}"
        l, i = where
        if l == 0 and name in ("x", "y"):   # the input's row: "x", then "x = y" once y is known
            label = "x" if math.isnan(values["y"][0][i]) else row_name(0, "x")
            return row_text(label, number_text(values["x"][0][i], p),
                            layout.name_chars, layout.number_chars)
        return row_text(row_name(l, name), number_text(values[name][l][i], p),
                        layout.name_chars, layout.number_chars)

    def to_png(self):
        """The figure as PNG bytes (``pictures.png``: crisp, 2 pixels per CSS pixel)."""
        return pictures.png(self.figure)

    def to_svg(self):
        """The figure as SVG text (``pictures.svg``), for the widgets' redraws."""
        return pictures.svg(self.figure)

    def _repr_png_(self):
        return self.figure._repr_png_()


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


def _style_edge(line, w, width, role=None):
    """Colour and dashes by the sign of ``w`` (``_edge_look``); ``width`` in
    points, wider for a highlighted edge (``role`` "target" or "read")."""
    color, style = _edge_look(w)
    line.set_color(color)
    line.set_linestyle(style)
    line.set_linewidth(width + EXTRA_EDGE_WIDTH.get(role, 0.0))


def _edge_look(w):
    """(colour, line style) of an edge of weight ``w``: positive solid,
    negative dashed, not known (nan) dotted."""
    if math.isnan(w):
        return colors.UNKNOWN, ":"
    if w >= 0:
        return colors.POSITIVE_WEIGHT, "-"
    return colors.NEGATIVE_WEIGHT, "--"


def _new_axes(size, ax):
    if ax is None:
        figure = pictures.new_figure(round(size[0] * pictures.PX_PER_INCH),
                                     round(size[1] * pictures.PX_PER_INCH))
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
        array = check_numbers(where, array)     # as the network checks; nan means "not known yet"
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
    target = check_id(highlight["target"], sizes)
    roles = {check_id(item, sizes): "read" for item in highlight.get("reads", ())}
    roles[target] = "target"
    quantity = highlight.get("quantity")
    allowed = HIGHLIGHT_QUANTITIES[target[0]]
    if quantity is not None and quantity not in allowed:
        raise ValueError(f"highlight['quantity'] of a {target[0]} must be one of "
                         f"{list(allowed)}, got {quantity!r}")
    return roles, quantity
