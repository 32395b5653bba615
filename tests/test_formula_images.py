"""The player's formulas drawn as pictures (formula_images.py): every formula
of the course draws, within a column, legible, each symbol in its colour."""

import re

import numpy as np
import pytest

from bp_helpers import DEMO_EXAMPLE, MAZUR_EXAMPLE, Network, demo_network, mazur_network, trace
from bp_helpers.pictures import canvas, colors
from bp_helpers.pictures import formula_images as fp


def _traces():
    """Step records of the course's networks: every kind of formula, sigmoid,
    tanh, ReLU and linear, one and two outputs, and a wide layer."""
    yield trace(demo_network(), *DEMO_EXAMPLE, 0.1)
    yield trace(mazur_network(), *MAZUR_EXAMPLE, 0.5)
    for activation in ("tanh", "relu", "linear"):
        yield trace(Network([2, 2, 2], activation=activation, seed=1),
                    np.array([0.3, -0.2]), np.array([0.1, 0.9]), 0.1)
    yield trace(Network([4, 8, 3], seed=0), np.full(4, 0.5), np.array([0.1, 0.5, 0.9]), 0.1)


FORMULAS = sorted({line for record in _traces() for step in record
                   for line in (step.formula, step.substituted)})
# Formulas that differ only in their digits are laid out alike (every digit of
# DejaVu Sans is as wide and as high as the others): one of each layout
# stands for all of them (240 of the 694).
LAYOUTS = sorted({re.sub(r"[0-9]", "0", latex): latex for latex in FORMULAS}.values())


def _glyph_counts(latex):
    """How many glyphs and bars of one line are drawn in each colour."""
    return {color: len(paths) for color, paths in fp._shape(latex).paths.items()}


def test_symbols_are_drawn_in_their_quantities_colours():
    # x_4 = w_24 y_2 + w_34 y_3 + b_4: "x4"; "w24", "w34", "b4"; "y2", "y3"; "=", "+", "+"
    assert _glyph_counts(r"x_{4} = w_{24}\,y_{2} + w_{34}\,y_{3} + b_{4}") == {
        colors.X: 2, colors.W: 8, colors.Y: 4, colors.TEXT: 3}


def test_the_bar_of_dE_dx_is_its_colour_and_other_bars_are_text():
    # dE/dw_46 = y_4 dE/dx_6: "dEdw46" and its bar; "y4"; "dEdx6" and its bar; "="
    assert _glyph_counts(r"\frac{dE}{dw_{46}} = y_{4}\,\frac{dE}{dx_{6}}") == {
        colors.DE_DW: 7, colors.Y: 2, colors.DE_DX: 6, colors.TEXT: 1}
    # y_2 = f(x_2) = 1/(1 + exp(-x_2)): the fraction's bar is not x_2's
    assert _glyph_counts(r"y_{2} = f(x_{2}) = \frac{1}{1 + \exp(-x_{2})}") == {
        colors.Y: 2, colors.X: 4, colors.TEXT: len("=f()=11+exp(−)") + 1}


def test_every_digit_is_drawn_as_wide_as_the_others():
    """What LAYOUTS relies on: a formula's picture keeps its size when its digits change
    (to within 2 % of its width and 1 px of its height: matplotlib 3.10's mathtext
    spaces some digits a little differently from 3.11's)."""
    sizes = {canvas.shown_size(fp.formula_figure(f"x_{{{d}{d}}} = {d}.{d}{d}{d} \\cdot {d}" * 3))
             for d in "0123456789"}
    widths, heights = zip(*sizes)
    assert max(widths) <= 1.02 * min(widths) and max(heights) - min(heights) <= 1, sizes


@pytest.mark.parametrize("latex", LAYOUTS)
def test_every_formula_of_the_course_is_drawn_legible_within_a_column(latex):
    """Every glyph, subscripts included, is at least the course's text size, and
    every line fits a notebook column."""
    figure = fp.formula_figure(latex)
    width, height = canvas.shown_size(figure)
    assert 0 < width <= canvas.MAX_WIDTH_PX and height > 0
    scale = fp.formula_size_px() / fp.MEASURE_SIZE
    for _, shape in fp._lines(latex, (canvas.MAX_WIDTH_PX - 2 * fp.PADDING_PX) / scale):
        for glyph in fp._layout(shape.latex)[0].glyphs:
            assert glyph[1] * scale >= canvas.text_px() - 1e-9, (latex, chr(glyph[2]))


def test_a_long_formula_continues_on_indented_lines_with_every_glyph():
    record = trace(Network([4, 8, 8, 3], seed=0), np.full(4, 0.5), np.array([0.1, 0.5, 0.9]), 0.1)
    step = next(step for step in record if step.formula.startswith("x_{21} ="))
    room = (canvas.MAX_WIDTH_PX - 2 * fp.PADDING_PX) / (fp.formula_size_px() / fp.MEASURE_SIZE)
    for latex in (step.formula, step.substituted):
        whole = fp._shape(latex)
        lines = fp._lines(latex, room)
        assert whole.width > room and len(lines) >= 2
        assert [indent for indent, _ in lines] == [0.0] + [fp.INDENT_EM * fp.MEASURE_SIZE] * (len(lines) - 1)
        assert all(indent + shape.width <= room for indent, shape in lines)
        assert all(shape.latex.startswith("{} + ") for _, shape in lines[1:])
        drawn = [sum(len(paths) for paths in shape.paths.values()) for _, shape in lines]
        assert sum(drawn) == sum(len(paths) for paths in whole.paths.values())
    assert canvas.shown_size(fp.formula_figure(step.formula, step.substituted))[0] <= canvas.MAX_WIDTH_PX


def test_a_line_breaks_only_outside_brackets():
    assert fp._pieces(r"E = \frac{1}{2}\left[(y_{5} - a)^2 + (y_{6} - b)^2\right] = 0.298") == [
        "E", r" = \frac{1}{2}\left[(y_{5} - a)^2 + (y_{6} - b)^2\right] = 0.298"]
    assert fp._pieces(r"w_{12} \leftarrow 0.800 - 0.100 \cdot (-0.002) = 0.800") == [
        "w_{12}", r" \leftarrow 0.800 - 0.100 \cdot (-0.002) = 0.800"]
    assert fp._pieces(r"x_{4} = a + b = 0.5") == ["x_{4}", " = a", " + b = 0.5"]   # the result stays


def test_presentation_mode_draws_bigger_formulas():
    latex = r"x_{4} = w_{24}\,y_{2} + w_{34}\,y_{3} + b_{4}"
    small = canvas.shown_size(fp.formula_figure(latex))
    canvas.presentation(True)
    try:
        big = canvas.shown_size(fp.formula_figure(latex))
        assert fp.formula_size_px() == pytest.approx(20 / fp.SUBSCRIPT_SHRINK)
    finally:
        canvas.presentation(False)
    assert big[0] / small[0] == pytest.approx(20 / 14, rel=0.05)
    assert fp.formula_size_px() == pytest.approx(14 / fp.SUBSCRIPT_SHRINK)


def test_the_picture_is_shapes_and_the_same_every_time():
    """No text for a front end to typeset or a font to miss, and the same SVG on every call."""
    latex = r"\frac{dE}{dx_{6}} = f'(x_{6})\,\frac{dE}{dy_{6}}"
    picture = canvas.svg(fp.formula_figure(latex, r"\frac{dE}{dx_{6}} = 0.620 \cdot (1 - 0.620) \cdot (-0.280) = \;?"))
    assert "<text" not in picture and "$" not in picture and "<path" in picture
    assert picture == canvas.svg(fp.formula_figure(latex, r"\frac{dE}{dx_{6}} = 0.620 \cdot (1 - 0.620) \cdot (-0.280) = \;?"))


@pytest.mark.parametrize("presentation", [False, True])
def test_the_error_of_many_outputs_continues_inside_its_brackets(presentation):
    """E = 1/2 [(y_2 - y_target,2)^2 + ... ] of 8 outputs is wider than a column:
    it continues before a "+" inside the brackets, every glyph still full size."""
    record = trace(Network([1, 8], seed=0), [0.5], [0.3] * 8, 0.1)
    error = next(step for step in record if step.quantity == "E")
    canvas.presentation(presentation)
    try:
        scale = fp.formula_size_px() / fp.MEASURE_SIZE
        room = (canvas.MAX_WIDTH_PX - 2 * fp.PADDING_PX) / scale
        for latex in (error.formula, error.substituted):
            lines = fp._lines(fp._for_mathtext(latex), room)
            assert len(lines) >= 2
            assert max(indent + shape.width for indent, shape in lines) <= room
        width, _ = canvas.shown_size(fp.formula_figure(error.formula, error.substituted))
        assert width <= canvas.MAX_WIDTH_PX
    finally:
        canvas.presentation(False)


def test_a_formula_with_no_place_to_continue_is_drawn_smaller_not_refused():
    figure = fp.formula_figure(r"x_{1}\," * 200)
    assert canvas.shown_size(figure)[0] <= canvas.MAX_WIDTH_PX


def test_an_exponent_drawn_before_the_subscript_keeps_the_text_colour():
    # (1 - y_2^2): mathtext draws "y", then the exponent "2", then the subscript "2"
    assert _glyph_counts(r"(1 - y_{2}^2)") == {colors.Y: 2, colors.TEXT: len("(1−2)")}
    assert _glyph_counts(r"x_{1}^{(2)} = 3") == {colors.X: 2, colors.TEXT: len("(2)=3")}
    assert _glyph_counts(r"w_{12}^{21}") == {colors.W: 3, colors.TEXT: 2}


def test_letters_of_words_and_bare_letters_are_not_taken_for_symbols():
    # the x of "max", a bare x, the y of "by": text colour; x_2, x_1, y_1 their own
    assert _glyph_counts(r"y_{2} = \max(x_{2}, 0)") == {
        colors.Y: 2, colors.X: 2, colors.TEXT: len("=max(,0)")}
    assert _glyph_counts(r"x\,x_{1}") == {colors.X: 2, colors.TEXT: 1}
    assert _glyph_counts(r"\text{by}\;y_{1}") == {colors.Y: 2, colors.TEXT: 2}


@pytest.mark.parametrize("formulas, options, error, message", [
    ((), {}, TypeError, "at least one formula"),
    ((None,), {}, TypeError, r"formulas\[0\] must be LaTeX text"),
    (("x_{1}", 3), {}, TypeError, r"formulas\[1\] must be LaTeX text"),
    (("",), {}, ValueError, r"formulas\[0\] must be one line of LaTeX"),
    (("$x_{1}$",), {}, ValueError, "without \\$"),
    (("x_{1 = 2",), {}, ValueError, "mathtext cannot draw the LaTeX 'x_{1 = 2'"),
    (("x_{1}",), {"width_px": "500"}, TypeError, "width_px must be a number"),
    (("x_{1}",), {"width_px": 0}, ValueError, "width_px must be between 200 and 800"),
    (("x_{1}",), {"width_px": 1200}, ValueError, "width_px must be between 200 and 800"),
])
def test_bad_formulas_are_named(formulas, options, error, message):
    with pytest.raises(error, match=message):
        fp.formula_figure(*formulas, **options)


def test_the_characters_of_every_symbol_of_the_course_are_those_mathtext_draws():
    """The shortcut (a symbol's characters without its commands) agrees with mathtext."""
    from bp_helpers.pictures.formula_latex import symbol_spans
    symbols = {latex[begin:end] for latex in FORMULAS for begin, end, _ in symbol_spans(latex)}
    assert len(symbols) > 100
    for symbol in symbols:
        assert fp._drawn_characters(symbol) == tuple(fp._characters(fp._parse(symbol))), symbol
