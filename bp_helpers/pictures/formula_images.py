"""Formulas drawn as pictures, coloured like the diagram, in every front end.

A widget typesets no LaTeX on Colab or in VS Code: there an ipywidgets
``HTMLMath`` shows its ``$...$`` source.  So the player draws each formula
itself, with matplotlib's mathtext, from the same LaTeX that ``step_formulas.py``
writes and ``formula_latex.py`` colours:

- every symbol in its quantity's colour (``formula_latex.symbol_spans``), a fraction
  like dE/dx with its bar, the rest in the text colour;
- as shapes (each glyph's outline), so it looks the same on every screen,
  whatever fonts it has, and stays sharp at any zoom;
- at ``1 / SUBSCRIPT_SHRINK`` times the course's text, so that even a
  subscript is ``canvas.text_px()`` high (14 px; 20 in presentation mode);
  fractions as in display maths (``\\dfrac``), their parts at full size;
- a line too wide for a notebook column continues on the next line, before
  a "=", a "+" or a "\\leftarrow" outside every group and parenthesis (square
  brackets are drawn plain, so that the sum of an error with many outputs
  can continue); the result, ``= value``, stays with the last term.  A
  formula that still does not fit is drawn smaller rather than cut.
"""

from __future__ import annotations

import functools
import re

import numpy as np
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.patches import PathPatch
from matplotlib.path import Path
from matplotlib.textpath import TextToPath
from matplotlib.transforms import Affine2D

from ..language import tr
from . import canvas, colors
from .formula_latex import group_end, symbol_spans

SUBSCRIPT_SHRINK = 0.7           # mathtext draws a subscript at 0.7 of its base
MEASURE_SIZE = 100               # glyphs are measured at this size, then scaled
PADDING_PX = 6                   # white space around the formula
LINE_GAP_EM = 0.5                # between two lines of one formula, in formula sizes
FORMULA_GAP_EM = 0.8             # between two formulas
INDENT_EM = 2.0                  # a continued line starts this far in
BREAKS = (" = ", " + ", r" \leftarrow ")     # where a long line may continue
NARROWEST_PX = 200               # the least width_px a picture may be given
MATH_STYLE = {"mathtext.fontset": "dejavusans"}
# What the picture draws differently from the notebooks' LaTeX: fractions as
# in display maths, square brackets plain (mathtext's \left[ needs its
# \right] on the same line).
FOR_MATHTEXT = ((r"\left[", "["), (r"\right]", "]"))

# LaTeX whose drawn characters are its own: letters, digits, commas, groups, _, \frac, \text.
PLAIN_SYMBOL = r"(?:\\frac|\\text|[A-Za-z0-9,{}_])*"

_OUTLINES = TextToPath()          # glyph outlines, and its mathtext parser keeps what it parsed
_FONT = FontProperties(family=canvas.FONT, size=MEASURE_SIZE, math_fontfamily="dejavusans")


def formula_size_px():
    """Height of a formula's text in CSS pixels: its subscripts are the course's text size."""
    return canvas.text_px() / SUBSCRIPT_SHRINK


def formula_figure(*formulas: str, width_px: float = canvas.MAX_WIDTH_PX) -> Figure:
    """A picture of ``formulas`` (LaTeX, without ``$``), one under the other, coloured.

    Each formula takes as many lines as it needs to fit ``width_px`` CSS
    pixels; the picture is as wide as its widest line.
    """
    formulas = _check_formulas(formulas)
    width_px = _check_width(width_px)
    scale = formula_size_px() / MEASURE_SIZE
    room = (width_px - 2 * PADDING_PX) / scale     # width of a line, at MEASURE_SIZE
    lines = [(k, indent, shape) for k, latex in enumerate(formulas)
             for indent, shape in _lines(latex, room)]
    gaps = [(LINE_GAP_EM if k == k_before else FORMULA_GAP_EM) * MEASURE_SIZE
            for (k_before, _, _), (k, _, _) in zip(lines, lines[1:])] + [0.0]
    width = max(indent + shape.width for _, indent, shape in lines)
    height = sum(shape.height + shape.depth for _, _, shape in lines) + sum(gaps)
    scale = min(scale, room * scale / width)        # too wide even so: drawn smaller
    figure = canvas.new_figure(width * scale + 2 * PADDING_PX, height * scale + 2 * PADDING_PX)
    top = height
    for (_, indent, shape), gap in zip(lines, gaps):
        baseline = top - shape.height
        place = Affine2D().translate(indent, baseline).scale(scale).translate(PADDING_PX, PADDING_PX)
        _draw(figure, shape, place)
        top = baseline - shape.depth - gap
    return figure


def _check_formulas(formulas):
    if not formulas:
        raise TypeError(tr("formula_figure needs at least one formula (LaTeX text, without $)"))
    for k, latex in enumerate(formulas):
        if not isinstance(latex, str):
            raise TypeError(tr("formulas[{k}] must be LaTeX text (a str, without $), got {type} {latex!r}",
                               k=k, type=type(latex).__name__, latex=latex))
        if not latex.strip() or "$" in latex or "\n" in latex:
            raise ValueError(tr("formulas[{k}] must be one line of LaTeX, not empty and without $ (the "
                                "picture is all maths), got {latex!r}", k=k, latex=latex))
    return [_for_mathtext(latex) for latex in formulas]


def _check_width(width_px):
    if isinstance(width_px, bool) or not isinstance(width_px, (int, float)):
        raise TypeError(tr("width_px must be a number of CSS pixels, got {width_px!r}", width_px=width_px))
    if not NARROWEST_PX <= width_px <= canvas.MAX_WIDTH_PX:
        raise ValueError(tr("width_px must be between {narrowest_px} and {max_width_px} CSS pixels (a "
                            "notebook column), got {width_px}",
                            narrowest_px=NARROWEST_PX, max_width_px=canvas.MAX_WIDTH_PX, width_px=width_px))
    return width_px


def _for_mathtext(latex):
    for written, drawn in FOR_MATHTEXT:
        latex = latex.replace(written, drawn)
    return latex


class _Shape:
    """One line of a formula laid out by mathtext at ``MEASURE_SIZE``, its
    outlines grouped by colour: ``paths`` maps a colour to the glyphs and bars
    drawn in it.  Measures are in mathtext's units, y up, 0 on the baseline."""

    def __init__(self, latex):
        self.latex = latex
        parsed, (glyph_info, glyph_map, rects) = _layout(latex)
        self.width, self.height, self.depth = parsed.width, parsed.height - parsed.depth, parsed.depth
        glyph_colors = [colors.TEXT] * len(parsed.glyphs)
        bar_colors = [colors.TEXT] * len(parsed.rects)
        for glyphs, color, fraction in _symbol_glyphs(latex, _characters(parsed)):
            for k in glyphs:
                glyph_colors[k] = color
            if fraction:
                lefts = [parsed.glyphs[k][-2] for k in glyphs]   # x: (font, size, code, [index,] x, y)
                for k, (x, _, w, _) in enumerate(parsed.rects):
                    if min(lefts) - MEASURE_SIZE / 2 <= x and x + w <= max(lefts) + MEASURE_SIZE:
                        bar_colors[k] = color
        self.paths = {}
        for (key, x, y, size), color in zip(glyph_info, glyph_colors):
            vertices, codes = glyph_map[key]
            self._add(color, Path(np.asarray(vertices) * size + (x, y), codes))
        for (vertices, codes), color in zip(rects, bar_colors):
            self._add(color, Path(vertices, codes))

    def _add(self, color, path):
        self.paths.setdefault(color, []).append(path)


@functools.lru_cache(maxsize=4096)
def _shape(latex):
    """The ``_Shape`` of one line (a player draws the same formulas again and again)."""
    return _Shape(latex)


@functools.lru_cache(maxsize=4096)
def _width(latex):
    """The width of one line of LaTeX, at ``MEASURE_SIZE``."""
    return _parse(latex).width


def _layout(latex):
    """mathtext's layout of ``latex`` (glyphs, bars, size) and its outlines, at ``MEASURE_SIZE``."""
    parsed = _parse(latex)      # mathtext keeps it: the outlines below reuse it
    with canvas.DRAWING, canvas.private_style(MATH_STYLE):
        outlines = _OUTLINES.get_glyphs_mathtext(_FONT, _dollars(latex))
    return parsed, outlines


def _parse(latex):
    """mathtext's layout of ``latex``: its glyphs, bars and size, at ``MEASURE_SIZE``."""
    with canvas.DRAWING, canvas.private_style(MATH_STYLE):
        try:
            return _OUTLINES.mathtext_parser.parse(_dollars(latex), 72, _FONT)
        except ValueError as error:
            reason = str(error).strip().splitlines()[-1]
            raise ValueError(tr("matplotlib's mathtext cannot draw the LaTeX {latex!r}: {reason}",
                                latex=latex, reason=reason)) from None


def _dollars(latex):
    """What mathtext is given: the maths between $, its fractions as in display maths."""
    return "$" + latex.replace(r"\frac", r"\dfrac") + "$"


def _characters(parsed):
    """The characters of the glyphs mathtext draws, in the order it writes them."""
    return [chr(glyph[2]) for glyph in parsed.glyphs]


@functools.lru_cache(maxsize=256)
def _drawn_characters(latex):
    """The characters drawn for a piece of LaTeX: ``x_{4}`` -> ``("x", "4")``.

    The lesson's symbols are letters, digits and commas, in groups, fractions
    and ``\\text``: their characters are what is left without those commands
    (``\\frac{dE}{dx_{4}}`` -> "dEdx4"), found without asking mathtext.
    """
    if re.fullmatch(PLAIN_SYMBOL, latex):
        return tuple(re.sub(r"\\frac|\\text|[{}_]", "", latex))
    return tuple(_characters(_parse(latex)))


def _symbol_glyphs(latex, characters):
    """``[(glyphs, colour, fraction)]``: which of the ``characters`` drawn for
    ``latex`` (their indices) are each symbol's, its colour, and whether it is
    a fraction (dE/dx).

    mathtext lays out a formula in the order it is written, but for one thing:
    an exponent comes right after its base, before the subscript (``y_{3}^2``:
    "y", "2", "3").  So a symbol's glyphs are the first run of its own
    characters not yet taken, with its exponent's glyphs skipped after the
    first one.  A symbol not found so (in a formula written in an unusual
    way) keeps the text colour.
    """
    found, taken, start = [], set(), 0
    for begin, end, color in symbol_spans(latex):
        own = _drawn_characters(latex[begin:end])
        exponent = _exponent(latex, end)
        skip = len(_drawn_characters(exponent)) if exponent and len(own) > 1 else 0
        glyphs = (_find(characters, own, skip, start, taken)
                  or _find(characters, own, skip, 0, taken))
        if glyphs:
            found.append((glyphs, color, latex.startswith(r"\frac", begin)))
            taken.update(glyphs)
            start = glyphs[-1] + 1
    return found


def _exponent(latex, end):
    """The exponent written right after a symbol ending at ``end`` (``2`` of
    ``y_{3}^2``, ``(2)`` of ``x_{1}^{(2)}``), or ``""``."""
    if not latex.startswith("^", end):
        return ""
    if latex.startswith("{", end + 1):
        return latex[end + 2:group_end(latex, end + 1) - 1]
    return latex[end + 1:end + 2]


def _find(characters, own, skip, start, taken):
    """Indices of the first glyphs at or after ``start`` that read ``own`` (with
    ``skip`` glyphs of an exponent after the first), none of them ``taken``;
    ``None`` if there are none."""
    for first in range(start, len(characters)):
        glyphs = [first] + list(range(first + 1 + skip, first + skip + len(own)))
        if (glyphs[-1] < len(characters) and not taken.intersection(glyphs)
                and [characters[k] for k in glyphs] == list(own)):
            return glyphs
    return None


def _lines(latex, room):
    """``latex`` as ``(indent, _Shape)`` lines, each at most ``room`` wide where it can be:
    as many of its ``_pieces`` on each line as fit, measured one by one."""
    if _width(latex) <= room:
        return [(0.0, _shape(latex))]
    indent = INDENT_EM * MEASURE_SIZE
    lines, current, width = [], "", 0.0
    for piece in _pieces(latex):
        piece_width = _width("{}" + piece)      # "{} + b": the + is a binary operator
        if current and (indent if lines else 0.0) + width + piece_width > room:
            lines.append(current)
            current, width = "{}" + piece, indent + piece_width
        else:
            current, width = current + piece, width + piece_width
    lines.append(current)
    return [(indent if k else 0.0, _shape(line)) for k, line in enumerate(lines)]


def _pieces(latex):
    """``latex`` cut before each of ``BREAKS`` that is outside every group and
    parenthesis; the result (a last ``= value``) stays with the piece before it."""
    pieces, start, depth = [], 0, 0
    for k, character in enumerate(latex):
        depth += _depth_change(latex, k, character)
        if depth == 0 and k > start and latex.startswith(BREAKS, k):
            pieces.append(latex[start:k])
            start = k
    pieces.append(latex[start:])
    if len(pieces) > 2 and pieces[-1].startswith(" = "):
        pieces[-2:] = [pieces[-2] + pieces[-1]]
    return pieces


def _depth_change(latex, k, character):
    """+1 where a group or parenthesis opens at ``k``, -1 where one closes, else 0
    (``\\\\left(`` counts twice, as its ``\\\\right)``; ``\\\\leftarrow`` is no bracket)."""
    if character in "{(" or _is_command(latex, k, r"\left"):
        return 1
    if character in "})" or _is_command(latex, k, r"\right"):
        return -1
    return 0


def _is_command(latex, k, command):
    """True if ``latex`` has the command ``command`` (not a longer one) at ``k``."""
    end = k + len(command)
    return latex.startswith(command, k) and not latex[end:end + 1].isalpha()


def _draw(figure, shape, place):
    """Draw ``shape``'s outlines on ``figure``, moved by ``place`` (to CSS pixels)."""
    to_figure = place + Affine2D().scale(1 / canvas.PX_PER_INCH) + figure.dpi_scale_trans
    for color, paths in shape.paths.items():
        figure.add_artist(PathPatch(Path.make_compound_path(*paths), facecolor=color,
                                    edgecolor="none", transform=to_figure))
