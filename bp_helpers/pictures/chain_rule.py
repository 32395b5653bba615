"""The chain rule, drawn: a derivative as a product of local derivatives along a path.

The network diagram shows nodes and edges; here one path through it is written
out value by value.  Each value is a box with its name and number
(``w_46``, ``x_6``, ``y_6``, ``E``, coloured as the diagram colours them),
and above it, in grey, where the diagram shows it (``edge``, ``node 6``,
``error``).  Between two boxes an arrow carries the operation that makes
the next value from the last (above the arrow) and, under the grey header
"local derivative", in black, how much the next value moves per unit the
last one moves (below it)::

    w_46 --(x y_4, + w_56 y_5 + b_6)--> x_6 --(f)--> y_6 --(1/2 (y_6 - y_target)^2)--> E
           dx_6/dw_46 = y_4                 dy_6/dx_6 = f'(x_6)      dE/dy_6 = y_6 - y_target

``draw_chain_rule`` draws the path of one weight into an output node and
multiplies its local derivatives (lesson, section 7):

    dE/dw_ij = dx_j/dw_ij * dy_j/dx_j * dE/dy_j = y_i * f'(x_j) * (y_j - y_target_j)

Under each box, under the grey header "product from E back", in the colour of
the node diagram's tags, the running product of the local derivatives from
``E`` back to that box: ``dE/dE = 1``, ``dE/dy_6``, ``dE/dx_6``, ``dE/dw_46``,
the very numbers backpropagation stores (formulas 1 to 3).
``draw_paths_adding`` draws a node ``i`` with several outgoing edges: one
path through each node ``j`` it feeds, the edge ``y_i -> x_j`` drawn as the
node diagram draws it (dashed when its weight is negative), the rest of the
path to ``E`` one dotted grey arrow; each path's product
``dx_j/dy_i * dE/dx_j = w_ij * dE/dx_j``, and their sum (formula 4):

    dE/dy_i = sum over j in out(i) of  w_ij * dE/dx_j

Every number is the engine's (``Network.forward`` and ``backward`` on a
copy of the network, ``f'`` the activation's own ``df``), written by
``formatting.format_number``; colour never carries meaning alone, every
value is written with its name.

Left out on purpose: a weight into a hidden node (its paths are the second
picture's), batches (one example), more than ``MAX_PATHS`` paths in one
picture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch
from numpy.typing import ArrayLike

from ..checks import check_array, check_example, check_whole_number
from ..formatting import format_number
from ..language import tr
from ..names import edge_label, node_number
from ..network import Network, check_network
from ..step_formulas import ACTIVATION_TEMPLATES
from . import canvas, colors
from .diagram import edge_look
from .lesson_plots import check_edge, plain_formula
from .plot_layout import course_style

MAX_TERMS = 2          # other edges into a node written out by name
MAX_PATHS = 3          # rows of paths one picture holds, within the height of a notebook's view
# Distances in text heights (canvas.text_px()).
LINE = 1.3             # from one line of text to the next
PAD = 0.5              # inside a box, around its text
GAP = 0.6              # between an arrow's label and the box or label next to it
MARGIN = 0.6           # around the picture
LEAST_ARROW = 3.5      # the shortest arrow
ROW_GAP = 1.5          # between two paths


# --- what the pictures show: the engine's numbers along a path --------------------------

@dataclass(frozen=True)
class Box:
    """A value on the path: where the node diagram shows it, its name, its number."""
    place: str                      # "edge", "node 6", "error"
    name: str                       # "x_6", as the diagram names it
    value: float
    color: str
    product: tuple[str, str, str] | None = None   # dE/d(this value): (name, "-0.0659", colour)

    def lines(self):
        return [(self.place, colors.QUIET_TEXT), (self.name, self.color),
                (format_number(self.value), self.color)]

    def product_lines(self):
        if self.product is None:
            return []
        name, number, color = self.product
        return [(tr("product"), colors.QUIET_TEXT), (tr("from E back"), colors.QUIET_TEXT),
                (name, color),
                ("= " + number, color)]


@dataclass(frozen=True)
class Link:
    """An arrow from one value to the next: the operation, and its local derivative
    (none for the rest of a path, drawn as one arrow)."""
    operation: tuple[str, ...]      # lines above the arrow: "× y_4", "+ w_56·y_5 + b_6"
    derivative: tuple[str, ...]     # lines below it: "dx_6/dw_46", "= y_4"
    value: float | None             # the local derivative's number (the last line below)
    look: tuple[str, str] = (colors.TEXT, "-")     # the arrow's colour and line style

    def above(self):
        quiet = self.value is None
        return [(line, colors.QUIET_TEXT if quiet else colors.TEXT) for line in self.operation]

    def below(self):
        if self.value is None:
            return [(line, colors.QUIET_TEXT) for line in self.derivative]
        return ([(tr("local derivative"), colors.QUIET_TEXT)]
                + [(line, colors.TEXT) for line in self.derivative]
                + [("= " + format_number(self.value), colors.TEXT)])


def ran(net, x_input, y_target):
    """A copy of ``net`` that has run ``forward(x_input)`` and ``backward(y_target)``:
    every number of the pictures is read from it."""
    check_network(net)
    x_input = check_example("x_input", x_input, net.sizes[0])
    if x_input.ndim != 1:
        raise ValueError(tr("x_input must be one example, shape ({sizes_0},): the chain rule is drawn for "
                            "one example, got shape {shape}", sizes_0=net.sizes[0], shape=x_input.shape))
    y_target = check_array("y_target", y_target, (net.sizes[-1],))
    probe = net.copy()
    probe.forward(x_input)
    probe.backward(y_target)
    return probe


def one_path(net, edge, y_target):
    """``(boxes, links)`` of the path from the weight ``edge = (l, i, j)`` (into the
    output layer) to ``E``, read from ``net`` after its ``backward(y_target)``."""
    l, i, j = edge
    sizes, L = net.sizes, len(net.sizes) - 1
    n_i, n_j = node_number(sizes, l, i), node_number(sizes, L, j)
    w_ij = edge_label(sizes, l, i, j)
    target = "y_target" if sizes[-1] == 1 else f"y_target,{n_j}"
    boxes = [
        Box(tr("edge"), w_ij, net.weights[l][i, j], colors.W,
            (f"dE/d{w_ij}", format_number(net.dE_dw[l][i, j]), colors.DE_DW)),
        Box(tr("node {n}", n=n_j), f"x_{n_j}", net.x[L][j], colors.X,
            (f"dE/dx_{n_j}", format_number(net.dE_dx[L][j]), colors.DE_DX)),
        Box(tr("node {n}", n=n_j), f"y_{n_j}", net.y[L][j], colors.Y,
            (f"dE/dy_{n_j}", format_number(net.dE_dy[L][j]), colors.DE_DY)),
        Box(tr("error"), "E", net.E, colors.TEXT, ("dE/dE", "1", colors.TEXT)),
    ]
    links = [
        Link((f"× y_{n_i}", the_rest_of_x(sizes, l, i, j)), (f"dx_{n_j}/d{w_ij}", f"= y_{n_i}"),
             net.y[l][i]),
        Link(("f",), (f"dy_{n_j}/dx_{n_j}", f"= f'(x_{n_j})", "= " + f_prime_text(net, L, n_j)),
             net.activations[L - 1].df(net.x[L][j], net.y[L][j])),
        Link((f"½(y_{n_j} - {target})²" + ("" if sizes[-1] == 1 else " + …"),
              f"{target} = {format_number(y_target[j])}"),
             (f"dE/dy_{n_j}", f"= y_{n_j} - {target}"), net.dE_dy[L][j]),
    ]
    return boxes, links


def the_rest_of_x(sizes, l, i, j):
    """What node ``j`` adds to ``w_ij·y_i`` to make ``x_j``: ``"+ w_56·y_5 + b_6"``
    (``"+ … + b_6"`` past ``MAX_TERMS`` other edges)."""
    n_j = node_number(sizes, l + 1, j)
    others = [f"{edge_label(sizes, l, k, j)}·y_{node_number(sizes, l, k)}"
              for k in range(sizes[l]) if k != i]
    return "+ " + " + ".join((others if len(others) <= MAX_TERMS else ["…"]) + [f"b_{n_j}"])


def f_prime_text(net, layer, n):
    """``f'(x_n)`` of node ``n`` of ``layer`` in plain text, by its activation:
    ``y_6(1 - y_6)`` for the sigmoid (``step_formulas.ACTIVATION_TEMPLATES``)."""
    symbols = ACTIVATION_TEMPLATES[net.activations[layer - 1].name].f_prime[0].format(n=n)
    return re.sub(r"_\{(\w+)\}", r"_\1", plain_formula(symbols)).replace(" (", "(")


def paths_of(net, node):
    """``(start, rows, end)``: the node ``(l, i)`` as a box, one row ``(link, box,
    rest)`` per node ``j`` it feeds, and the error's box; read from ``net``.  The
    edge ``link`` looks as the node diagram draws it; ``rest``, the rest of the path,
    is dotted and grey."""
    l, i = node
    sizes = net.sizes
    n_i = node_number(sizes, l, i)
    start = Box(tr("node {n}", n=n_i), f"y_{n_i}", net.y[l][i], colors.Y)
    rows = []
    for j in range(sizes[l + 1]):
        n_j = node_number(sizes, l + 1, j)
        w_ij = edge_label(sizes, l, i, j)
        link = Link((f"× {w_ij}", the_rest_of_x(sizes, l, i, j)),
                    (f"dx_{n_j}/dy_{n_i}", f"= {w_ij}"), net.weights[l][i, j],
                    edge_look(net.weights[l][i, j]))
        rest = Link((tr("the rest"), tr("of the path")), (passing_through(sizes, l + 1, j),), None,
                    (colors.QUIET_LINE, ":"))
        box = Box(tr("node {n}", n=n_j), f"x_{n_j}", net.x[l + 1][j], colors.X,
                  (f"dE/dx_{n_j}", format_number(net.dE_dx[l + 1][j]), colors.DE_DX))
        rows.append((link, box, rest))
    return start, rows, Box(tr("error"), "E", net.E, colors.TEXT)


def passing_through(sizes, layer, j):
    """Where the rest of the path from ``x_j`` (node ``j`` of ``layer``) to ``E`` goes:
    ``"via y_6"`` from an output node, ``"via node 6"`` or ``"via nodes 6 to 9"``
    (the layers after ``layer``) from any other."""
    if layer == len(sizes) - 1:
        return tr("via y_{n}", n=node_number(sizes, layer, j))
    first, last = node_number(sizes, layer + 1, 0), sum(sizes)
    if first == last:
        return tr("via node {n}", n=first)
    return tr("via nodes {first} to {last}", first=first, last=last)


# --- the pictures ------------------------------------------------------------------------

@course_style
def draw_chain_rule(net: Network, x_input: ArrayLike, y_target: ArrayLike,
                    edge: tuple[int, int, int] = (2, 0, 0)) -> Figure:
    """Draw ``dE/dw_ij`` as the product of the local derivatives along its path.

    ``edge`` is ``(l, i, j)``, the weight ``net.weights[l][i, j]`` from node
    ``i`` of layer ``l`` to node ``j`` of the output layer (by default the
    demo's ``w_46``): one path leads from it to ``E``,
    ``w_ij -> x_j -> y_j -> E``.  Each value is drawn as a box, each step as
    an arrow with its operation above and its local derivative below, and
    under each box the product from ``E`` back to it, the derivative
    backpropagation stores there.  Under the picture:

        dE/dw_ij = dx_j/dw_ij * dy_j/dx_j * dE/dy_j = y_i * f'(x_j) * (y_j - y_target)

    with the numbers, for the example ``(x_input, y_target)``.  ``net`` is not
    changed.  Returns the figure.
    """
    check_network(net)
    l, i, j = check_edge(net, edge)
    if l != len(net.sizes) - 2:
        raise ValueError(tr("edge must lead into the output layer (l = {output_layer}), so that one path "
                            "leads from it to E; got {edge!r}, whose paths are drawn by draw_paths_adding",
                            output_layer=len(net.sizes) - 2, edge=edge))
    probe = ran(net, x_input, y_target)
    y_target = check_array("y_target", y_target, (net.sizes[-1],))       # checked by ran
    boxes, links = one_path(probe, (l, i, j), y_target)
    symbols = " × ".join(link.derivative[0] for link in links)
    formulas = " × ".join(_bracketed(link.derivative[-1][2:]) for link in links)
    numbers = " × ".join(_factor(link.value) for link in links)
    name, number, color = boxes[0].product
    total = [(name, f"= {symbols}", color),
             ("", f"= {formulas}", color),
             ("", f"= {numbers} = {number}", color)]
    return _draw([[box] for box in boxes], [[link] for link in links], total)


@course_style
def draw_paths_adding(net: Network, x_input: ArrayLike, y_target: ArrayLike,
                      node: tuple[int, int] = (1, 0)) -> Figure:
    """Draw ``dE/dy_i`` of a node with several outgoing edges as a sum over its paths.

    ``node`` is ``(l, i)``, node ``i`` of layer ``l`` (not the output layer;
    by default the demo's node 2).  One row per node ``j`` it feeds: the
    arrow ``y_i -> x_j`` (as the node diagram draws the edge: dashed for a
    negative weight) with its local derivative ``dx_j/dy_i = w_ij``, then the
    rest of the path to ``E`` in one dotted grey arrow, whose product of local
    derivatives, ``dE/dx_j`` as backpropagation has it, is written under
    ``x_j``.  Under the picture, each path's product and their sum:

        dE/dy_i = sum over j in out(i) of  w_ij * dE/dx_j

    with the numbers, for the example ``(x_input, y_target)``.  At most
    ``MAX_PATHS`` paths.  ``net`` is not changed.  Returns the figure.
    """
    check_network(net)
    l, i = _check_node(net, node)
    probe = ran(net, x_input, y_target)
    start, rows, end = paths_of(probe, (l, i))
    total, terms = [], []
    for j, (link, box, _) in enumerate(rows):
        dE_dx_j = probe.dE_dx[l + 1][j]
        term = link.value * dE_dx_j                         # dx_j/dy_i * dE/dx_j
        terms.append(term)
        total.append((tr("path through {place}:", place=box.place), f"{link.derivative[0]} × "
                      f"{box.product[0]} = {_factor(link.value)} × {_factor(dE_dx_j)} "
                      f"= {format_number(term)}", colors.TEXT))
    terms = [format_number(terms[0])] + [_factor(term) for term in terms[1:]]
    total.append((f"dE/d{start.name}", f"= {' + '.join(terms)} "
                  f"= {format_number(probe.dE_dy[l][i])}", colors.DE_DY))
    return _draw([[start], [box for _, box, _ in rows], [end]],
                 [[link for link, _, _ in rows], [rest for _, _, rest in rows]], total)


def _bracketed(formula):
    """A formula as a factor of a product: in brackets when it is a sum,
    ``(y_6 - y_target)``, not when its sum is in brackets already, ``y_6(1 - y_6)``."""
    depth, outside = 0, ""
    for character in formula:
        depth += {"(": 1, ")": -1}.get(character, 0)
        outside += character if depth == 0 else ""
    return f"({formula})" if " - " in outside or " + " in outside else formula


def _factor(value):
    """A number as a factor of a product: in brackets when negative, ``(-0.280)``."""
    text = format_number(value)
    return f"({text})" if text.startswith("-") else text


def _check_node(net, node):
    """``node`` as ``(l, i)``: a node of ``net`` with edges out of it (not an output),
    feeding at most ``MAX_PATHS`` nodes."""
    if not (isinstance(node, tuple) and len(node) == 2):
        raise TypeError(tr("node must be (l, i) for node i of layer l, got {node!r}", node=node))
    last = len(net.sizes) - 2
    l = check_whole_number("node's layer l", node[0], 0, last,
                           "an output node has no edge out of it")
    i = check_whole_number("node's index i", node[1], 0, net.sizes[l] - 1,
                           f"layer {l} has {net.sizes[l]} nodes")
    if net.sizes[l + 1] > MAX_PATHS:
        raise ValueError(tr("node {node!r} feeds {n_next} nodes; one picture holds at most {max_paths} paths",
                            node=node, n_next=net.sizes[l + 1], max_paths=MAX_PATHS))
    return l, i


# --- where everything goes -------------------------------------------------------------

def _draw(columns, links, total):
    """The picture: ``columns`` of boxes (one per row, or one for every row), ``links[k]``
    the arrows (one per row) from column ``k`` to column ``k + 1``, and under it the
    lines ``total``, each ``(head, rest, colour)`` (the rests lined up)."""
    t, width = canvas.text_px(), _text_width()
    line = LINE * t
    rows = max(len(column) for column in columns)
    tall = [rows > 1 and len(column) == 1 for column in columns]
    box_width = [max(width(text) for box in column for text, _ in box.lines()) + 2 * PAD * t
                 for column in columns]
    box_height = len(columns[0][0].lines()) * line + PAD * t
    arrows, near = _arrows(columns, links, box_width, tall, width)
    clear = GAP * t if near else box_height / 2 + GAP * t          # from an arrow to its labels
    middles = [sum(box_width[:c]) + sum(arrows[:c]) + box_width[c] / 2
               for c in range(len(columns))]
    above = max(len(link.above()) for row_links in links for link in row_links) * line + clear
    below = max(len(link.below()) for row_links in links for link in row_links) * line + clear
    above, below = max(above, box_height / 2), max(below, box_height / 2)
    products = max(len(box.product_lines()) for column in columns for box in column) * line
    products_top = (box_height / 2 if near else below) + GAP * t       # from a row's centre
    below = max(below, products_top + products) if products else below
    centres = [MARGIN * t + above + r * (above + below + ROW_GAP * t) for r in range(rows)]
    items = []
    for c, column in enumerate(columns):
        for r, box in enumerate(column):
            top = (centres[0] if tall[c] else centres[r]) - box_height / 2
            height = (centres[-1] - centres[0] if tall[c] else 0) + box_height
            items.append(("box", middles[c] - box_width[c] / 2, top, box_width[c], height))
            items += _lines(box.lines(), middles[c], top + height / 2 - len(box.lines()) * line / 2)
            items += _lines(box.product_lines(), middles[c], centres[r] + products_top)
    for k, row_links in enumerate(links):
        start, end = middles[k] + box_width[k] / 2, middles[k + 1] - box_width[k + 1] / 2
        for link, centre in zip(row_links, centres):
            items.append(("arrow", start, end, centre, link.look))
            lines = link.above()
            items += _lines(lines, (start + end) / 2, centre - clear - len(lines) * line)
            items += _lines(link.below(), (start + end) / 2, centre + clear)
    y = centres[-1] + below + 2 * GAP * t
    indent = max(width(head) for head, _, _ in total) + width(" ")
    room = canvas.MAX_WIDTH_PX - 2 * MARGIN * t - indent
    for head, rest, color in total:
        items.append(("text", 0.0, y, head, color, "left"))
        for part in _wrapped(rest, room, width):
            items.append(("text", indent, y, part, color, "left"))
            y += line
    return _render(items, y - line / 2, width)


def _arrows(columns, links, box_width, tall, width):
    """``(lengths, near)``: the arrows' lengths, and whether each label fits beside its
    arrow (``near``), or, where that would be too wide for the page, reaches over the
    boxes beside it, above or below them: as far as the middle of a box of its own row
    (the next arrow's label takes the other half), never over a box of every row."""
    t = canvas.text_px()
    reach = [-GAP * t / 2 if tall[c] else (w - GAP * t) / 2 for c, w in enumerate(box_width)]
    products = [max((width(text) for box in column for text, _ in box.product_lines()),
                    default=0) for column in columns]
    overhang = [max(0, (p - w) / 2) for p, w in zip(products, box_width)]   # under a box, beside it
    near, far = [], []
    for k, row_links in enumerate(links):
        label = max(width(text) for link in row_links for text, _ in link.above() + link.below())
        beside = overhang[k] + overhang[k + 1] + GAP * t
        near.append(max(LEAST_ARROW * t, label + 2 * GAP * t + overhang[k] + overhang[k + 1],
                        beside))
        far.append(max(LEAST_ARROW * t, label - 2 * min(reach[k], reach[k + 1]), beside))
    room = canvas.MAX_WIDTH_PX - 2 * MARGIN * t - sum(box_width)
    return (near, True) if sum(near) <= room else (far, False)


def _wrapped(text, room, width):
    """``text`` in lines at most ``room`` pixels wide where it can be, broken before an
    ``=``: ``"a = b = c"`` may become ``"a = b"`` and ``"= c"``."""
    parts = text.split(" = ")
    lines = [parts[0]]
    for part in parts[1:]:
        if width(f"{lines[-1]} = {part}") <= room:
            lines[-1] += f" = {part}"
        else:
            lines.append(f"= {part}")
    return lines


def _lines(lines, middle, top):
    """Text items of ``lines`` (each ``(text, colour)``), centred on ``middle``, from ``top`` down."""
    line = LINE * canvas.text_px()
    return [("text", middle, top + (k + 0.5) * line, text, color, "center")
            for k, (text, color) in enumerate(lines)]


def _text_width():
    """A function giving the width in CSS pixels of a line of the course's text."""
    renderer = RendererAgg(1, 1, canvas.PX_PER_INCH)
    font = FontProperties(family=canvas.families(), size=canvas.font_size())
    return lambda text: renderer.get_text_width_height_descent(text, font, ismath=False)[0]


def _render(items, bottom, width):
    """A figure holding ``items`` (in CSS pixels, y down), ``MARGIN`` around them."""
    t = canvas.text_px()
    lefts, rights = [], []
    for kind, x, *rest in items:
        if kind == "text":
            shown = width(rest[1])
            left = x - shown / 2 if rest[3] == "center" else x
            lefts.append(left)
            rights.append(left + shown)
        elif kind == "box":
            lefts.append(x)
            rights.append(x + rest[1])
        else:
            lefts.append(x)
            rights.append(rest[0])
    shift = MARGIN * t - min(lefts)
    figure = canvas.new_figure(max(rights) + shift + MARGIN * t, bottom + MARGIN * t)
    ax = figure.add_axes((0, 0, 1, 1))
    width_px, height_px = canvas.shown_size(figure)
    ax.set_xlim(-shift, width_px - shift)
    ax.set_ylim(height_px, 0)
    ax.set_axis_off()
    for kind, x, *rest in items:
        if kind == "text":
            y, text, color, ha = rest
            ax.text(x, y, text, color=color, ha=ha, va="center", fontsize=canvas.font_size())
        elif kind == "box":
            y, w, h = rest
            ax.add_patch(FancyBboxPatch((x, y), w, h, boxstyle="round,pad=0,rounding_size=4",
                                        facecolor=colors.BACKGROUND, edgecolor=colors.TEXT,
                                        linewidth=1.2))
        else:
            end, y, (color, linestyle) = rest
            ax.add_patch(FancyArrowPatch((x, y), (end, y), arrowstyle="-|>", mutation_scale=16,
                                         color=color, linewidth=1.5, shrinkA=0, shrinkB=1,
                                         linestyle=linestyle))
    return figure
