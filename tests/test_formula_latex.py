"""Tests of bp_helpers.pictures.formula_latex: each symbol in its colour, clear errors."""

import pytest

from bp_helpers import DEMO_EXAMPLE, demo_network, trace
from bp_helpers.pictures import colors
from bp_helpers.pictures.formula_latex import colorize, show_steps


@pytest.mark.parametrize("latex, symbol, color", [
    ("x_{4} = 0.5", "x_{4}", colors.X), (r"\frac{dE}{dw_{46}}", r"\frac{dE}{dw_{46}}", colors.DE_DW),
    ("y_{6} - y_{target}", "y_{6}", colors.Y)])
def test_colorize_wraps_each_symbol_in_its_colour(latex, symbol, color):
    assert r"\textcolor{" + color + "}{" + symbol + "}" in colorize(latex)


@pytest.mark.parametrize("latex", [5, None, b"x_{4}", ["x_{4}"], 0.5])
def test_colorize_wants_a_string(latex):
    with pytest.raises(TypeError, match=r"^latex must be a formula as a string"):
        colorize(latex)


@pytest.mark.parametrize("steps", ["x", b"x", 5, None, 1.5])
def test_show_steps_wants_a_list_of_steps(steps):
    with pytest.raises(TypeError, match=r"^steps must be a list of steps"):
        show_steps(steps)


@pytest.mark.parametrize("steps", [["x"], [None], [{"formula": "x_{4}"}]])
def test_show_steps_names_the_entry_that_is_no_step(steps):
    with pytest.raises(TypeError, match=r"^steps\[0\] must be a step of trace"):
        show_steps(steps)


def test_show_steps_shows_a_trace_and_a_part_of_one(capsys):
    record = trace(demo_network(), *DEMO_EXAMPLE, 1.0)
    show_steps(record)
    show_steps(record[:3])
    shown = capsys.readouterr().out.splitlines()
    assert len(shown) == len(record) + 3     # outside a notebook each formula is printed
