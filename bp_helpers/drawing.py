"""The network diagram: the lesson's picture of a network, with its numbers.

Layers run left to right, the input on the left.  Each node is a box named
by its global number ("node 4", see ``names.py``) that holds its values
``x``, ``y``, ``dE/dx``, ``dE/dy`` (and, if asked for, its bias ``b`` and
``dE/db``).  Each edge carries ``w_ij`` and ``dE/dw``, in a label framed
like the edge itself; its line style and colour give the sign of ``w``
(positive: solid grey, negative: dashed black), its width the size of
``|w|``, and a key under the picture says so.  The error ``E`` and the
target sit in a box under the output layer.  Every quantity has its own
colour (``colors.py``) and is always written with its name; numbers are
written by ``formatting.format_number``, as everywhere in the lessons, and
a value not known yet (``None`` or ``nan``) is left empty.  Where
everything goes, and why nothing overlaps, is ``layout.py``.

``NetworkDiagram(sizes)`` builds the figure and all its artists once for a
network shape; ``update(state, highlight)`` only changes texts, colours,
alphas and line widths, so that the step-through player can redraw on every
step.  ``draw_network(state)`` does both in one call.

Left out on purpose: batches (the diagram shows one example), animation
(the player redraws), interaction with the figure itself.  Networks larger
than about [4, 8, 8, 3] are drawn without numbers: structure, edge colours
and widths only.
"""

import io
import math
import struct
import zlib

import matplotlib
import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Circle, FancyBboxPatch, Rectangle

from . import colors
from .checks import check_numbers, check_sizes, check_whole_number
from .formatting import format_number
from .layout import FONT, FONT_SIZE, LABEL_PAD, LINE_HEIGHT, PAD, layout_of, number_room
from .names import edge_label, node_number
from .steps import (BIAS_QUANTITIES, EDGE_QUANTITIES, NODE_QUANTITIES, QUANTITY_NAMES,
                    check_id)

# The lesson's picture: a node shows x, y, dE/dx, dE/dy; an edge w, dE/dw.
DEFAULT_SHOW = ("x", "y", "dE_dx", "dE_dy", "w", "dE_dw")
# What a highlight may emphasise in each kind of thing it points at.
HIGHLIGHT_QUANTITIES = {
    "node": NODE_QUANTITIES, "bias": BIAS_QUANTITIES, "edge": EDGE_QUANTITIES, "error": ("E",),
}

DPI = 100
EDGE_WIDTH_WITHOUT_NUMBERS = 0.5           # factor: many edges, thinner lines
LABEL_FRAME_WIDTH = 0.8                    # pt: the frame of an edge label
# The orange of dE/dx is faint on white: its text is always bold.
ALWAYS_BOLD = ("dE_dx",)

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
        ``quantity`` boxed, a read outlined dashed, the rest dimmed.
        (``ALWAYS_BOLD`` quantities are bold in every role.)"""
        weight = "bold" if role == "target" else "normal"
        for artist in self.artists:
            artist.set_alpha(DIM_ALPHA if role == "rest" else 1.0)
            if hasattr(artist, "set_fontweight"):
                artist.set_fontweight(weight)
        for name, text in self.values.items():
            if name in ALWAYS_BOLD:
                text.set_fontweight("bold")
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
        self.layout = layout_of(tuple(self.sizes), self.show, self.precision)
        self.size = self.layout.size
        self.figure, self.ax = _new_axes(self.size, ax)
        self.elements = {}              # highlight id -> _Element
        self.edge_lines = {}            # edge -> its line
        self.label_backgrounds = {}     # edge -> white box behind its label
        self.label_frames = {}          # edge -> frame of its label, styled like the edge
        self.target_texts = []
        self.key_samples = []           # the key's sample edges
        for l, i in self.layout.nodes():
            self._add_node(l, i)
        for edge in self.layout.edges():
            self._add_edge(*edge)
        self._add_error()
        self._add_key()

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
        texts, others = {}, [line]
        if (l, i, j) in self.layout.label_centre:
            box = self.layout.label_box((l, i, j))
            # White behind the label, so that no line runs through its text;
            # never dimmed, so that it stays white.  Its frame is drawn like
            # the edge (and dimmed with it), which ties the label to its edge.
            self.label_backgrounds[(l, i, j)] = self.ax.add_patch(Rectangle(
                box.p0, box.width, box.height, facecolor="white", edgecolor="none", zorder=2))
            frame = self.ax.add_patch(Rectangle(box.p0, box.width, box.height, facecolor="none",
                                                linewidth=LABEL_FRAME_WIDTH, zorder=2))
            self.label_frames[(l, i, j)] = frame
            others.append(frame)
            x = (box.x0 + box.x1) / 2
            for k, name in enumerate(self.layout.edge_lines):
                texts[name] = self._text(x, box.y1 - LABEL_PAD - (k + 0.5) * LINE_HEIGHT,
                                         colors.QUANTITY_COLORS[name], ha="center")
        self.elements[("edge", l, i, j)] = _Element(values=texts, others=others)

    def _add_error(self):
        layout, box = self.layout, self.layout.error_box()
        L = len(self.sizes) - 1
        # Dotted lines join the output nodes, one under the other, and the
        # error box under them: E is computed from all of them.
        x = layout.column_x[L]
        tops = [layout.node_box(L, k).y0 for k in range(self.sizes[L])]
        bottoms = [layout.node_box(L, k).y1 for k in range(1, self.sizes[L])] + [box.y1]
        connectors = [self.ax.add_line(Line2D([x, x], [top, bottom], color=colors.TEXT,
                                              linestyle=":", linewidth=1.0))
                      for top, bottom in zip(tops, bottoms)]
        if not layout.with_numbers:
            header = self._text((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2, colors.TEXT, "E",
                                ha="center")
            self.elements[("error",)] = _Element(self._box(box), others=[header] + connectors)
            return
        header_at, E_at, *targets_at = self._lines_in(box, 2 + self.sizes[L])
        header = self._text(*header_at, colors.TEXT, "error")
        E = self._text(*E_at, colors.QUANTITY_COLORS["E"])
        self.target_texts = [self._text(*at, colors.QUANTITY_COLORS["y_target"])
                             for at in targets_at]
        self.elements[("error",)] = _Element(self._box(box), {"E": E},
                                             [header] + self.target_texts + connectors)

    def _add_key(self):
        """The key under the picture: a sample edge for w > 0 and one for
        w < 0, drawn as every edge is, and what the width says."""
        y = self.layout.key_y
        for x, words in self.layout.key_words:
            self._text(x, y, colors.TEXT, words)
        for w, x_start, x_end in self.layout.key_samples:
            sample = self.ax.add_line(Line2D([x_start, x_end], [y, y], solid_capstyle="butt",
                                             dash_capstyle="butt"))
            _style_edge(sample, w, self._edge_width(w), False)
            self.key_samples.append(sample)

    def _edge_width(self, w):
        """``edge_width(w)``, thinner in a picture without numbers (it has many edges)."""
        return edge_width(w) * (1.0 if self.layout.with_numbers else EDGE_WIDTH_WITHOUT_NUMBERS)

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
        for edge in self.edge_lines:
            l, i, j = edge
            self._style_edge_and_label(edge, values["w"][l][i, j], roles.get(("edge", *edge)))
        return self

    def _style_edge_and_label(self, edge, w, role):
        """The edge's line and its label's frame styled by ``w``; the label
        shown in a labelled gap, elsewhere only while a highlight points at it."""
        _style_edge(self.edge_lines[edge], w, self._edge_width(w), role == "target")
        shown = edge[0] in self.layout.labelled_gaps or role is not None
        for text in self.elements[("edge", *edge)].values.values():
            text.set_visible(shown)
        if edge in self.label_frames:
            color, style = _edge_look(w)
            self.label_frames[edge].set(visible=shown, edgecolor=color, linestyle=style)
            self.label_backgrounds[edge].set_visible(shown)

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
        """The figure as PNG bytes, at the figure's size and resolution
        (``DPI`` dots per inch, unless the diagram was drawn into an ``ax``).

        Made for redrawing on every step: glyphs are drawn without hinting,
        and the pixels are written by ``_png``, which together take a third
        off the time and look the same at this size.
        """
        canvas = self.figure.canvas
        if not isinstance(canvas, FigureCanvasAgg):     # a plain Figure's, given with ``ax``
            canvas = FigureCanvasAgg(self.figure)
        with matplotlib.rc_context({"text.hinting": "none"}):
            rgba, (width, height) = canvas.print_to_buffer()
        return _png(np.frombuffer(rgba, np.uint8).reshape(height, width, 4))

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
    """Colour and dashes by the sign of ``w`` (``_edge_look``); ``width`` in points."""
    color, style = _edge_look(w)
    line.set_color(color)
    line.set_linestyle(style)
    line.set_linewidth(width + (TARGET_EDGE_EXTRA_WIDTH if is_target else 0.0))


def _edge_look(w):
    """(colour, line style) of an edge of weight ``w``: positive solid,
    negative dashed, not known (nan) dotted."""
    if math.isnan(w):
        return colors.UNKNOWN, ":"
    if w >= 0:
        return colors.POSITIVE_WEIGHT, "-"
    return colors.NEGATIVE_WEIGHT, "--"


def _png(rgba):
    """PNG bytes of a picture given as an array of RGBA pixels, rows top first.

    Pillow's PNG encoder, which matplotlib uses, tries five filters on every
    row of pixels, and so takes longer than drawing the diagram; a mostly
    white picture compresses as well with its rows left unfiltered (filter
    type 0, the byte in front of each row), by zlib at its fastest level.
    """
    height, width, _ = rgba.shape
    rows = np.zeros((height, 1 + 4 * width), np.uint8)
    rows[:, 1:] = rgba.reshape(height, 4 * width)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA, not interlaced
    chunks = [(b"IHDR", header), (b"IDAT", zlib.compress(rows, 1)), (b"IEND", b"")]
    return b"\x89PNG\r\n\x1a\n" + b"".join(
        struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        for kind, data in chunks)


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
