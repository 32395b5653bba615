"""The printable worksheet's words, as data: its formula card and its questions.

The worksheet (``make worksheet``, drawn by ``pictures/worksheet_pages.py``)
has two parts.  Part A, ``QUESTIONS``: the learner runs one step of the
algorithm by hand on the demo network (``presets.py``): the forward pass,
the error, the backward pass and one update.  Part B, ``LECTURE_QUESTIONS``:
the nine multiple-choice questions Q1-Q9 of the 50-minute plan
(docs/teaching.md, "The questions"), a box to tick per choice and room to
write why.  The answer key fills every field with the numbers of the step
record, ``trace()``, written as the course writes them (``format_number``,
3 significant digits), and gives each Q its letter and a line of why.

Part B's words are docs/teaching.md's: tests/test_worksheet.py compares
every stem and choice with the page (kept there, in Markdown, with the
answers, the usual mistakes and the cells that settle them, which the
worksheet does not print; generating that section from here instead would
put a page of Markdown into Python strings).  The lecturer's crib sheet
prints the plan on one page: ``LECTURE_PLAN`` (its minutes, sections and
questions) and ``PLAN_CUTS``, which the test compares with docs/teaching.md's
tables, and each question's letter, its line of why and its usual wrong
answer (``usual``, whose letter the test finds first in the plan's).

A question names the numbers it asks for as the lesson writes them
(``"y_6"``, ``"dE/dw_46"``, ``"new w_46"``); ``values_by_name(trace)`` gives
every number of the step record under such a name, so that the key, and the
test that reads the key back, take their numbers from the engine and from
nowhere else.

The lecture notebook asks Q1-Q9 with ``Prediction`` widgets made from the
same data (``lecture_question``): the formulas written in the course's plain
notation (``plain_text``: ``dE/dw_46``, ``y_target``), so that a learner can
answer on the slide and, in the classroom, the teacher's class view counts it.

Left out on purpose: the biases' derivatives and updates (the biases are
given; ``dE/db = dE/dx``), and more than one example.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from .activations import sigmoid, sigmoid_derivative
from .formatting import format_number, format_rate
from .language import tr
from .names import edge_label, edge_subscript, node_number
from .quantities import QUANTITY_NAMES
from .steps import Trace
from .training import train

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


@dataclass(frozen=True)
class LectureQuestion:
    r"""One multiple-choice question of the 50-minute plan (docs/teaching.md).

    ``stem`` and ``choices`` (A to D): docs/teaching.md's words, in its LaTeX
    (but ``\mathrm`` for ``\text``, which matplotlib's mathtext lacks);
    ``<name>`` stands for a number of ``lecture_numbers``.  ``answer``: the
    right letter.  ``why``: the key's line, in plain words, with ``<name>``s.
    ``usual``: the wrong answer learners usually give, its letter first (the
    crib sheet's; docs/teaching.md's "Usual mistakes" give it first, and why).
    """

    stem: str
    choices: tuple[str, str, str, str]
    answer: str
    why: str
    usual: str


LECTURE_QUESTIONS = (
    LectureQuestion(
        r"The forward pass computes the total input $x_2$ of node 2 (in the player, step 3). "
        r"Which values does it read?",
        (r"$w_{12}$ only", r"$y_1$, $w_{12}$, $w_{13}$ and $b_2$", r"$y_1$, $w_{12}$ and $b_2$",
         "every weight and bias of the network"),
        "C", "x_2 = w_12 y_1 + b_2 = <w_12> · <y_1> + <b_2> = <x_2>: one edge comes into "
             "node 2, and its bias.",
        "B, the weights leaving node 1, not those entering node 2"),
    LectureQuestion(
        r"The update rule is $w_{ij} \leftarrow w_{ij} - \alpha\,\frac{dE}{dw_{ij}}$ with "
        r"$\alpha = 1$; $\frac{dE}{dw_{46}} = <dE/dw_46>$ and $\frac{dE}{dw_{25}} = +<dE/dw_25>$. "
        r"Which way does each weight move?",
        (r"$w_{46}$ up, $w_{25}$ down, $w_{46}$ about 8 times as far",
         r"$w_{46}$ down, $w_{25}$ up, $w_{25}$ about 8 times as far",
         "both up, by the same amount",
         r"$w_{46}$ up, $w_{25}$ down, by the same amount"),
        "A", "w_46: <w_46> → <new w_46>; w_25: <w_25> → <new w_25>. Each moves alpha times "
             "its slope, against the slope's sign.",
        "B, moving with the slope (uphill)"),
    LectureQuestion(
        r"A change of $w_{46}$ reaches the error through $x_6$ and $y_6$ only. "
        r"$\frac{dE}{dw_{46}}$ is which product of local derivatives?",
        (r"$y_4 \cdot (y_6 - y_{\mathrm{target}})$",
         r"$w_{46} \cdot f'(x_6) \cdot (y_6 - y_{\mathrm{target}})$",
         r"$y_4 + f'(x_6) + (y_6 - y_{\mathrm{target}})$",
         r"$y_4 \cdot f'(x_6) \cdot (y_6 - y_{\mathrm{target}})$"),
        "D", "y_4 · f'(x_6) · (y_6 - y_target) = <y_4> · <f'(x_6)> · (<dE/dy_6>) = <dE/dw_46>.",
        "B, the weight w_46 instead of what it multiplies, y_4"),
    LectureQuestion(
        r"Node 2 feeds node 4 and node 5: a change of $y_2$ reaches the error along two paths. "
        r"How do the two paths make $\frac{dE}{dy_2}$?",
        (r"add: $w_{24}\,\frac{dE}{dx_4} + w_{25}\,\frac{dE}{dx_5}$",
         r"multiply: $w_{24}\,\frac{dE}{dx_4} \cdot w_{25}\,\frac{dE}{dx_5}$",
         "take the larger of the two", "only the path through node 4 counts"),
        "A", "<w_24> · (<dE/dx_4>) + (<w_25>) · <dE/dx_5> = <dE/dy_2>. Multiply along a path, "
             "add over the paths.",
        "B, multiplying the two paths too"),
    LectureQuestion(
        r"Going backward (in the player, step 24): node 5 has one edge out, to node 6, with "
        r"$w_{56} = <w_56>$, and $\frac{dE}{dx_6} = <dE/dx_6>$ is known. What is $\frac{dE}{dy_5}$?",
        ("<dE/dy_5, the sign flipped>", "<dE/dy_5>", "<dE/dx_6>", "<w_56 · dE/dy_6>"),
        "B", "dE/dy_5 = w_56 · dE/dx_6 = (<w_56>) · (<dE/dx_6>) = <dE/dy_5> (formula 4: "
             "one edge out, one term).",
        "A, the sign of the negative weight dropped"),
    LectureQuestion(
        r"The player computes every derivative (steps 14 to 38) before it changes any weight "
        r"(steps 39 to 51). Why?",
        ("it is faster: one pass instead of two",
         "the order does not matter: it is a convention",
         r"the update needs the error $E$, which comes last",
         "formula 4 reads the weights the forward pass used"),
        "D", "with w_46 updated first, dE/dy_4 = new w_46 · dE/dx_6 comes out "
             "<dE/dy_4 with the new w_46>, not <dE/dy_4>.",
        "B, the order does not matter"),
    LectureQuestion(
        r"One update with $\alpha = 100$ lowers the demo's error from <E> to "
        r"<E after one update, alpha 100>; with $\alpha = 1$ only to <E after the update>. "
        r"After 100 updates, which learning rate has the lower error?",
        ("both end at the same error", r"$\alpha = 100$", r"$\alpha = 1$",
         "neither: both stay at their error after the first update"),
        "C", "after 100: alpha = 1 at E = <E after 100 updates, alpha 1>, alpha = 100 stuck "
             "at <E after 100 updates, alpha 100> (y_6 near 1: the sigmoid is flat).",
        "B, judging a learning rate by its first update"),
    LectureQuestion(
        r"A new model, $y = w\,x + b$ (one weight $w$, one bias $b$), is fitted to ten points "
        r"on a line. A map of its error $E$ over $w$ (across) and $b$ (up) shows a long, narrow "
        r"valley. Gradient descent on it: 30 updates from the same start with $\alpha$ = 0.03, "
        r"0.3, 1, 1.5 and 1.7. Which rate leaves the map, and which ends lowest?",
        ("1.7 leaves, 1.5 ends lowest", "1.7 leaves, 1 ends lowest",
         "none leaves, 0.3 ends lowest", "0.03 leaves, 1.7 ends lowest"),
        # The valley of notebook 5, not the demo network: its numbers are the notebook's.
        "B", "1.7 leaves the map at update 4; 1 ends at E = 0.000701, 1.5 at 0.00153: it "
             "zigzags across the valley to the end.",
        "A, the largest rate that stays is the best"),
    LectureQuestion(
        r"The derivatives get smaller towards the input: $\frac{dE}{dx_6} = <dE/dx_6>$ but "
        r"$\frac{dE}{dx_2} = <dE/dx_2>$. In a network with many more sigmoid layers, with weights "
        r"of the usual size (like the demo's: about 1 or less), what happens near the input?",
        ("the derivatives shrink further, so the first layers learn very slowly",
         "nothing changes, every layer gets the same derivatives",
         "the derivatives grow, layer after layer",
         "the derivatives change sign at every layer"),
        "A", "each layer back multiplies by f'(x) = y (1 - y) ≤ <the sigmoid's steepest slope> "
             "(formula 2); weights this size don't undo it: the vanishing gradient.",
        "B, every layer gets the same derivatives"),
)

@dataclass(frozen=True)
class PlanStep:
    """One step of the 50-minute plan (docs/teaching.md, its table): from minute ``start``
    to ``end``, its lecture ``section`` on the deck's ``slides``, and the questions it
    ``asks``, each ``(number, how)``: a show of hands, a discussion round or on paper."""

    start: int
    end: int
    section: str
    slides: str
    asks: tuple[tuple[int, str], ...] = ()


LECTURE_PLAN = (
    PlanStep(0, 5, "The network and the forward pass", "2–6", ((1, "hands"),)),
    PlanStep(5, 11, "How wrong, and which way", "7–11", ((2, "discuss"),)),
    PlanStep(11, 19, "The chain rule, drawn", "12–15",
             ((3, "hands; discuss if it splits"), (4, "discuss"))),
    PlanStep(19, 23, "Four formulas", "16"),
    PlanStep(23, 33, "The whole algorithm, one number at a time", "17–21",
             ((5, "hands"), (6, "discuss"))),
    PlanStep(33, 41, "The learning rate", "22–25", ((7, "discuss"),)),
    PlanStep(41, 47, "The error surface", "26–28", ((8, "hands"),)),
    PlanStep(47, 50, "Summary, exit question, homework", "29–31", ((9, "on paper"),)),
)
# What to cut when time runs short, in this order, and the minutes each saves (docs/teaching.md).
PLAN_CUTS = (
    ("step 7, the error surface (slides 26–28): give Q8 and notebook 5's section as reading", 6),
    ("the explorer's live sweep (slide 25): show its first state (slide 24) and the verdicts only", 3),
    ("the player's stops 38 and 51 (slide 19): say what they show", 2),
    ("Q3's discussion round: a show of hands only", 2),
)
NUMBER_NAME = re.compile(r"<([^<>]+)>")     # "<dE/dw_46>" in a lecture question
LETTERS = "ABCD"
# The mathtext of the lecture's questions in plain notation, rule by rule, in this
# order: \mathrm{target} -> target, w_{46} -> w_46, \frac{dE}{dw_46} -> dE/dw_46, a symbol.
PLAIN_NOTATION = (
    (re.compile(r"\\mathrm\{([^{}]*)\}"), r"\1"),
    (re.compile(r"_\{([^{}]*)\}"), r"_\1"),
    (re.compile(r"\\frac\{([^{}]*)\}\{([^{}]*)\}"), r"\1/\2"),
    (re.compile(r"\\leftarrow"), "←"),
    (re.compile(r"\\alpha"), "α"),
    (re.compile(r"\\cdot"), "·"),
    (re.compile(r"\\leq"), "≤"),
    (re.compile(r"\\,"), " "),
    (re.compile(r"\$"), ""),
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
    then its note in words; in the learner's language (``tr``)."""
    values = values_by_name(trace)
    lines = [f"{tr(name)} = {format_number(values[name])}" for name in question.asks]
    return lines + ([tr(question.key_note)] if question.key_note else [])


def lecture_numbers(record: Trace) -> dict[str, float]:
    """The numbers the lecture's questions name, for ``record`` (the demo's step record):
    every number of the step record (``values_by_name``), the weights and biases
    it starts from (``"w_46"``, ``"b_2"``), and what Q3, Q5, Q6
    and Q7 add:

    - ``"f'(x_6)"``: the sigmoid's slope ``f'(x_6) = y_6 (1 - y_6)``;
    - ``"dE/dy_5, the sign flipped"`` and ``"w_56 · dE/dy_6"`` (``dE/dy`` of node 6
      where its ``dE/dx`` belongs): Q5's usual wrong answers;
    - ``"the sigmoid's steepest slope"``: ``f'(0)``, the most ``f'`` ever is (Q9);
    - ``"dE/dy_4 with the new w_46"``: ``new w_46 · dE/dx_6``, what updating
      ``w_46`` before the backward pass is done gives;
    - ``"E after one update, alpha 100"``, and ``"E after 100 updates, alpha 1"``
      (and ``alpha 100``): training a copy of the network on the example.
    """
    numbers = values_by_name(record)
    before, sizes = record.before, record.sizes
    for layer, (weights, biases) in enumerate(zip(before.weights, before.biases)):
        numbers |= {edge_label(sizes, layer, i, j): float(w)
                    for (i, j), w in np.ndenumerate(weights)}
        numbers |= {f"b_{node_number(sizes, layer + 1, j)}": float(b) for j, b in enumerate(biases)}
    numbers["f'(x_6)"] = numbers["y_6"] * (1 - numbers["y_6"])
    numbers["dE/dy_5, the sign flipped"] = -numbers["dE/dy_5"]
    numbers["w_56 · dE/dy_6"] = numbers["w_56"] * numbers["dE/dy_6"]
    numbers["the sigmoid's steepest slope"] = float(sigmoid_derivative(0.0, sigmoid(0.0)))
    numbers["dE/dy_4 with the new w_46"] = numbers["new w_46"] * numbers["dE/dx_6"]
    example = (record.x_input, record.y_target)
    numbers["E after one update, alpha 100"] = train(before.copy(), *example, 100, 1).final_error
    for alpha in (1, 100):
        numbers[f"E after 100 updates, alpha {alpha}"] = train(before.copy(), *example, alpha,
                                                               100).final_error
    return numbers


def filled(text: str, numbers: dict[str, float]) -> str:
    """``text`` with each ``<name>`` written as ``format_number(numbers[name])``."""
    return NUMBER_NAME.sub(lambda name: format_number(numbers[name[1]]), text)


def plain_text(latex: str) -> str:
    r"""``latex`` (a lecture question's words, its formulas in ``$...$``) in the course's plain
    notation, as its printouts write it: ``$\frac{dE}{dw_{46}}$`` as ``dE/dw_46``,
    ``$y_{\mathrm{target}}$`` as ``y_target``, ``\alpha`` as ``α``.  A formula it cannot
    write plainly raises ValueError."""
    text = latex
    for pattern, plain in PLAIN_NOTATION:
        text = pattern.sub(plain, text)
    if re.search(r"[\\{}]", text):
        raise ValueError(tr("latex has a formula with no plain notation here: {latex!r}", latex=latex))
    return text


def lecture_question(number: int, numbers: dict[str, float]) -> tuple[str, list[str], str]:
    """Question ``number`` (1 to 9) of the lecture as a ``Prediction`` asks it:
    ``(question, choices, right)``, the choices lettered ``"A. ..."`` to ``"D. ..."``
    as on the worksheet, ``right`` the one of ``answer``.  In the learner's language
    (``tr``), the numbers of ``numbers`` (``lecture_numbers``) filled in and the
    formulas in plain notation (``plain_text``)."""
    if isinstance(number, bool) or not isinstance(number, int):
        raise TypeError(tr("number must be an integer from 1 to {n_lecture_questions}, got {number!r}",
                           n_lecture_questions=len(LECTURE_QUESTIONS), number=number))
    if not 1 <= number <= len(LECTURE_QUESTIONS):
        raise ValueError(tr("number must be from 1 to {n_lecture_questions}, got {number}",
                            n_lecture_questions=len(LECTURE_QUESTIONS), number=number))
    question = LECTURE_QUESTIONS[number - 1]
    words = [plain_text(filled(tr(text), numbers)) for text in (question.stem, *question.choices)]
    choices = [f"{letter}. {choice}" for letter, choice in zip(LETTERS, words[1:])]
    return words[0], choices, choices[LETTERS.index(question.answer)]
