"""The printable worksheet's words, as data: its formula card and its questions.

The worksheet (``make worksheet``, drawn by ``pictures/worksheet_pages.py``)
has the learner run one step of the algorithm by hand on the demo network
(``presets.py``): the forward pass, the error, the backward pass and one
update, in the order of the 50-minute lecture plan.  Its answer key fills
every field with the numbers of the step record, ``trace()``, written as the
course writes them (``format_number``, 3 significant digits).

A question names the numbers it asks for as the lesson writes them
(``"y_6"``, ``"dE/dw_46"``, ``"new w_46"``); ``values_by_name(trace)`` gives
every number of the step record under such a name, so that the key, and the
test that reads the key back, take their numbers from the engine and from
nowhere else.

Left out on purpose: the biases' derivatives and updates (the biases are
given; ``dE/db = dE/dx``), and more than one example.
"""

from __future__ import annotations

from dataclasses import dataclass

from .formatting import format_number, format_rate
from .names import edge_subscript, node_number
from .quantities import QUANTITY_NAMES
from .steps import Trace

# The lesson's formulas (docs/algorithm.md, sections 2-7), as the card
# prints them: what each gives, then the formula in mathtext (LaTeX).
FORMULA_CARD = (
    ("forward: a node's total input", r"x_j = \sum_i\ w_{ij}\, y_i + b_j"),
    ("forward: its output (sigmoid)", r"y_j = f(x_j) = \dfrac{1}{1 + e^{-x_j}}"),
    ("the error", r"E = \dfrac{1}{2}\,(y_{\mathrm{output}} - y_{\mathrm{target}})^2"),
    ("backward: where it starts",
     r"\dfrac{dE}{dy_{\mathrm{output}}} = y_{\mathrm{output}} - y_{\mathrm{target}}"),
    ("backward: through f", r"\dfrac{dE}{dx} = f'(x)\,\dfrac{dE}{dy},\quad f'(x) = y\,(1 - y)"),
    ("backward: a weight", r"\dfrac{dE}{dw_{ij}} = y_i\,\dfrac{dE}{dx_j}"),
    ("backward: the layer before",
     r"\dfrac{dE}{dy_i} = \sum_{j\ \mathrm{after}\ i}\ w_{ij}\,\dfrac{dE}{dx_j}"),
    ("the update rule", r"w_{ij} \leftarrow w_{ij} - \alpha\,\dfrac{dE}{dw_{ij}}"),
)


@dataclass(frozen=True)
class Question:
    """One question of the worksheet.

    ``topic``: a few words, its heading.  ``text``: the question; ``{x_input}``,
    ``{y_target}`` and ``{alpha}`` are filled in with the example and the
    learning rate.  ``asks``: the numbers it asks for, by name
    (``values_by_name``); the key writes each ``name = value``.  ``lines``:
    lines to write on.  ``key_note``: what the key adds in words.
    """

    topic: str
    text: str
    asks: tuple[str, ...]
    lines: int = 2
    key_note: str = ""


QUESTIONS = (
    Question("Forward pass",
             "The input is x_input = {x_input}. Compute x and y = f(x) of nodes 2 to 6, "
             "layer by layer, and write them in the diagram. What does the network predict?",
             ("x_6", "y_6"), lines=3),
    Question("The error",
             "The target is y_target = {y_target}. How big is the error E?",
             ("E",)),
    Question("The output node",
             "Backpropagation starts here. Compute dE/dy and then dE/dx of node 6.",
             ("dE/dy_6", "dE/dx_6")),
    Question("One weight",
             "How does E change with the weight w_46? Compute dE/dw_46 = y_4 dE/dx_6 "
             "and write it under the diagram.",
             ("dE/dw_46",)),
    Question("A hidden node",
             "Fill in dE/dy and dE/dx of nodes 4 and 5 (each has one edge out, to node 6). "
             "Node 2 has two edges out: dE/dy_2 is the sum over both, "
             "w_24 dE/dx_4 + w_25 dE/dx_5. Compute it, and dE/dx_2.",
             ("dE/dy_4", "dE/dy_5", "dE/dy_2", "dE/dx_2"), lines=3),
    Question("Predict first",
             "Before you compute anything: every weight and bias now takes one step of the "
             "update rule. On the same example, will E go up, go down or stay the same? "
             "Write your guess and why.",
             ("E after the update",), lines=3,
             key_note="down: every weight moves against its dE/dw, downhill on E"),
    Question("One update",
             "Apply the update rule to w_46 with the learning rate alpha = {alpha}. "
             "Does w_46 go up or down, and why?",
             ("new w_46",),
             key_note="up: dE/dw_46 < 0, so E goes down when w_46 goes up"),
)


def written_name(sizes, step) -> str:
    """The lesson's name of the number a step computes: ``"x_4"``, ``"dE/dy_6"``,
    ``"dE/dw_46"``, ``"dE/db_4"``, ``"E"``; an update's ``"new w_46"``, ``"new b_4"``."""
    kind, *where = step.target
    if kind == "error":
        return "E"
    if kind == "edge":
        number = edge_subscript(sizes, *where)
    else:
        number = str(node_number(sizes, *where))
    name = f"{QUANTITY_NAMES[step.quantity]}_{number}"
    return f"new {name}" if step.phase == "update" else name


def values_by_name(trace: Trace) -> dict[str, float]:
    """Every number of the step record under its written name (``written_name``), and
    ``"E after the update"``: the error of the updated network on the same example."""
    values = {written_name(trace.sizes, step): float(step.value) for step in trace}
    values["E after the update"] = float(trace.E_after)
    return values


def givens(trace: Trace) -> dict[str, str]:
    """What a question's text may name: the example and the learning rate, as the course writes them."""
    return {"x_input": format_number(trace.x_input[0]), "y_target": format_number(trace.y_target[0]),
            "alpha": format_rate(trace.learning_rate)}


def answers(question: Question, trace: Trace) -> list[str]:
    """The key's lines for ``question``: ``name = value`` for each number it asks for,
    then its note in words."""
    values = values_by_name(trace)
    lines = [f"{name} = {format_number(values[name])}" for name in question.asks]
    return lines + ([question.key_note] if question.key_note else [])
