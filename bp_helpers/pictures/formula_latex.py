"""Formulas as LaTeX, coloured like the diagram.

Each step of the record (``steps.py``) has its formula in plain LaTeX,
written by ``step_formulas.py``.  Here each symbol is wrapped in its
quantity's colour (``colors.py``) with ``\\textcolor``, which MathJax 3
(JupyterLab, Notebook 7) and KaTeX (VS Code) both understand.  The symbol
itself stays written, so colour is never the only clue.  ``show_steps``
displays steps in a notebook, one line each.
"""

from __future__ import annotations

from collections.abc import Iterable

from IPython.display import Math, display

from ..language import tr
from ..steps import Step
from . import colors

# The symbols of the lesson, by how they start, and their colours.  The
# fractions come first: "\frac{dE}{dx_" must win over "x_".
SYMBOL_COLORS = [
    (r"\frac{dE}{dx_", colors.DE_DX), (r"\frac{dE}{dy_", colors.DE_DY),
    (r"\frac{dE}{dw_", colors.DE_DW), (r"\frac{dE}{db_", colors.DE_DW),
    ("x_", colors.X), ("y_", colors.Y), ("w_", colors.W), ("b_", colors.W),
]


def colorize(latex: str) -> str:
    r"""Wrap each symbol of a step formula in its colour: ``x_{4}`` -> ``\textcolor{#0072B2}{x_{4}}``."""
    if not isinstance(latex, str):
        raise TypeError(tr("latex must be a formula as a string, such as 'x_{{4}} = 0.5', got {latex!r}",
                           latex=latex))
    out, k = [], 0
    for begin, end, color in symbol_spans(latex):
        out += [latex[k:begin], r"\textcolor{" + color + "}{" + latex[begin:end] + "}"]
        k = end
    return "".join(out) + latex[k:]


def symbol_spans(latex):
    r"""``[(begin, end, colour)]`` of each symbol of ``latex``, in order:
    ``latex[begin:end]`` is ``x_{4}`` or ``\frac{dE}{dx_{4}}``."""
    spans, k = [], 0
    while k < len(latex):
        symbol = _symbol_at(latex, k)
        if symbol is None:
            k += 1
        else:
            end, color = symbol
            spans.append((k, end, color))
            k = end
    return spans


def _symbol_at(latex, k):
    r"""``(end, colour)`` of the symbol starting at ``k``, or ``None``.

    A symbol is a prefix of ``SYMBOL_COLORS`` at the start of a word (``x_``
    in ``x_{4}``, not in ``\max_``) followed by its subscript in braces; a
    ``\frac{dE}{dx_{4}}`` ends one brace later.
    """
    if k > 0 and latex[k - 1].isalpha():
        return None
    for prefix, color in SYMBOL_COLORS:
        if latex.startswith(prefix, k) and latex.startswith("{", k + len(prefix)):
            end = group_end(latex, k + len(prefix))
            return (end + 1 if prefix.startswith(r"\frac") else end), color
    return None


def group_end(latex, start):
    """Index just after the brace that closes the ``{`` at ``start``."""
    depth = 0
    for k in range(start, len(latex)):
        depth += {"{": 1, "}": -1}.get(latex[k], 0)
        if depth == 0:
            return k + 1
    raise ValueError(tr("unbalanced braces in {latex!r}", latex=latex))


def show_steps(steps: Iterable[Step]) -> None:
    """Display each step's formula in symbols, then with its numbers, coloured.

    ``steps`` is a list of steps (``steps.Step``), a ``Trace`` or a part of one
    (``record[:5]``)."""
    if isinstance(steps, (str, bytes)) or not hasattr(steps, "__iter__"):
        raise TypeError(tr("steps must be a list of steps, such as trace(...) or a part of it, got {steps!r}",
                           steps=steps))
    steps = list(steps)
    for k, step in enumerate(steps):
        if not (isinstance(getattr(step, "formula", None), str)
                and isinstance(getattr(step, "substituted", None), str)):
            raise TypeError(tr("steps[{k}] must be a step of trace(...) (with a formula), got {step!r}",
                               k=k, step=step))
    for step in steps:
        display(Math(colorize(step.formula + r"\qquad " + step.substituted)))
