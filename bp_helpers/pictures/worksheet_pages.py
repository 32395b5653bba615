"""The printable worksheet, its answer key and the lecturer's crib sheet: the pages
of a PDF, A4 or Letter.

First, from page 1, Part B: the lecture's questions Q1-Q9, each choice with
two boxes to tick, in two columns headed "1st vote" and "after discussion", and
lines to write why: the pages to hand out for the lecture, which give none
of its answers away.  The key ticks the right boxes and writes its line of
why on the same lines, so that it can be laid over a learner's sheet.

Then, across the paper, the first page to hand out after the lecture: the
demo network drawn by the course's own diagram (``NetworkDiagram``, its
numbers in the boxes beside the nodes and in the table under it), made as
large as the page allows.  The key writes every
number of the step record there; the worksheet draws, where the key has a
number, a line to write it on: the same layout, so that the key laid over a
learner's sheet shows each answer on its line.  What the learner is given
(the input, the target, the weights and the biases) is printed on both.

The last pages, upright: the formula card and Part A's questions
(``bp_helpers/worksheet.py``), each with lines to write on.

Every page's foot: its hand-out and its number in it (Part B, for the lecture,
and Part A, after it, are printed and handed out apart), the version of
``bp_helpers`` and the day the PDF was built, so that a printed sheet can be
matched with the slides.  Every page a learner writes on has a line for the
name: the hand-outs' pages come back separately.

The crib sheet (``crib_sheet``), for the lecturer: the 50-minute plan on one
page, from the data the worksheet and the slides are made from
(``LECTURE_PLAN``, ``PLAN_CUTS``, ``LECTURE_QUESTIONS``): each step's minutes,
each question's letter, the key's line of why and the usual wrong answer.

For print: no text under ``SMALLEST_PT`` (10 pt), everything inside
``MARGIN`` of every edge of both papers, and in black and white every
quantity still reads by its name (colour never carries meaning alone).

In Chinese (``set_language("zh")``) every word comes through ``tr``, in the
course's Chinese font (``canvas.families``) embedded in the PDF as a font
(``pdf.fonttype`` 42: the text stays text); a line is wrapped by its measured
width, Chinese character by character, as Chinese has no spaces.

Left out on purpose: other networks than the demo (the questions name its
nodes and edges), and other papers than A4 and Letter.
"""

from __future__ import annotations

import functools
import re
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from importlib.metadata import version
from pathlib import Path

import numpy as np
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.patches import Rectangle
from matplotlib.textpath import TextToPath

from ..language import language, tr
from ..presets import DEMO_EXAMPLE, DEMO_LEARNING_RATE, demo_network
from ..steps import Trace, trace
from ..worksheet import (
    FORMULA_CARD,
    LECTURE_PLAN,
    LECTURE_QUESTIONS,
    LETTERS,
    PLAN_CUTS,
    QUESTIONS,
    answers,
    filled,
    givens,
    lecture_numbers,
)
from . import canvas, colors
from .diagram import NetworkDiagram

PAPERS = {"A4": (210 / 25.4, 297 / 25.4), "Letter": (8.5, 11.0)}   # upright, in inches
MARGIN = 0.5                    # inches kept blank on every side (12.7 mm)
FOOTER = 0.35                   # inches over the bottom margin kept for the page number
SMALLEST_PT = 10                # no printed text is smaller
ROOM_TO_SPARE = 0.1             # inches a wrapped line leaves free: matplotlib versions draw a
                                # line a little wider or narrower than it measures
TEXT_PT, TITLE_PT, FORMULA_PT = 11, 16, 13
TEXT_LINE = 0.2                 # inches from one line of words to the next
LINE_PITCH = 0.36               # inches between two lines to write on (9 mm)
FORMULA_ROW = 0.56              # inches per formula of the card (fractions are tall)
PART_PT = 13                    # the heading of a part
CHOICE_GAP = 0.06               # inches between two choices
BOX = 0.17                      # inches: the side of a box to tick
VOTE_HEADS = ("1st vote", "after discussion")   # the heads of the two columns of boxes
HEAD_PT = SMALLEST_PT
COLUMN_GAP = 0.15               # inches between the two columns, and before the letters
LETTER_WIDTH = 0.3              # inches from a choice's letter to its words
WHY_LINES = 2                   # lines to write why on
ANSWER_CHARS = 70               # the key's answers (monospace) are as wide as this many characters
# The diagram shows the biases (given) besides the lesson's x, y, dE/dy, dE/dx, w, dE/dw.
SHOW = ("x", "y", "b", "dE_dy", "dE_dx", "w", "dE_dw")
# A diagram's row "name   number" whose number the learner writes.
TO_FILL = ("x", "y", "dE/dy", "dE/dx", "dE/dw", "E")
ROW = re.compile(r"(?P<name>\S+(?: = y)?) +(?P<number>-?\d[\d.]*(?:e[+-]?\d+)?)")
# Chinese characters and punctuation (CJK blocks and full-width forms): Chinese has no spaces.
CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
# A word to wrap, after its spaces: a Chinese character is a word, with the punctuation
# that may not start a line after it; in the words, a formula $...$ and "a = b" stay whole
# (the key's answers break at any space).
_CHINESE, _NOT_FIRST = rf"[（《“]*[{CJK}]", "[，。、；：？！）》”]*"
WORDS = {"words": re.compile(rf"(\s*)((?:(?:\$[^$]*\$|[^\s${CJK}]| = (?=[^\s{CJK}]))+|{_CHINESE})"
                             rf"{_NOT_FIRST})"),
         "answers": re.compile(rf"(\s*)((?:[^\s{CJK}]+|{_CHINESE}){_NOT_FIRST})")}
FRACTION = re.compile(r"\\frac\{([^{}]*)\}\{((?:[^{}]|\{[^{}]*\})*)\}")   # \frac{dE}{dw_{46}}
WRITE_ON = {"color": colors.TEXT, "linewidth": 0.6}
_MEASURE = TextToPath()
FONTS = {"words": (canvas.FONT, "normal"), "answers": (canvas.MONO_FONT, "bold")}   # family, weight


def write_worksheet(path: str | Path, paper: str = "A4", key: bool = False) -> Path:
    """Write the worksheet (or with ``key=True`` its answer key) on ``paper``
    ("A4" or "Letter") as a PDF at ``path``; return the path.

    The key's numbers are the step record of the demo network on its example,
    at its learning rate: ``trace(demo_network(), *DEMO_EXAMPLE, DEMO_LEARNING_RATE)``.
    """
    if paper not in PAPERS:
        raise ValueError(tr("paper must be one of {papers}, got {paper!r}", papers=list(PAPERS), paper=paper))
    if not isinstance(key, bool):
        raise TypeError(tr("key must be True or False, got {key!r}", key=key))
    with _print_style():
        pages = worksheet_pages(_demo_record(), paper, key)
        return _save(path, pages, f"{_title(key)} ({paper})")


def write_handouts(folder: str | Path) -> dict[Path, list[Figure]]:
    """Write what ``make worksheet`` prints into ``folder``, on every paper: the worksheet,
    its answer key and the lecturer's crib sheet (``worksheet-a4.pdf``, ``answer-key-a4.pdf``,
    ``crib-sheet-a4.pdf``, and the same on Letter).  Returns each PDF's path with its
    pages, as drawn into it."""
    record, folder, written = _demo_record(), Path(folder), {}
    with _print_style():
        for paper in PAPERS:
            for name, title, pages in (
                    ("worksheet", _title(False), worksheet_pages(record, paper, False)),
                    ("answer-key", _title(True), worksheet_pages(record, paper, True)),
                    ("crib-sheet", tr(CRIB_TITLE), [crib_sheet(record, paper)])):
                path = _save(folder / f"{name}-{paper.lower()}.pdf", pages, f"{title} ({paper})")
                written[path] = pages
    return written


def _demo_record():
    """The step record every sheet prints: the demo network on its example, at its learning rate."""
    return trace(demo_network(), *DEMO_EXAMPLE, DEMO_LEARNING_RATE)


@contextmanager
def _print_style():
    """Within, the pages are drawn and saved in their style: Chinese embeds its font
    (Type 42), so that the text stays text."""
    text_as = 42 if language() == "zh" else 3
    with canvas.DRAWING, canvas.private_style({"mathtext.fontset": "dejavusans", "pdf.fonttype": text_as}):
        yield


def _save(path, pages, title):
    """Write the figures ``pages`` as the PDF ``path``, titled ``title``; return the path."""
    path = Path(path)
    with PdfPages(path, metadata={"Title": title, "CreationDate": None}) as pdf:
        for page in pages:
            pdf.savefig(page)
    return path


def worksheet_pages(record: Trace, paper: str, key: bool) -> list[Figure]:
    """The pages of ``record`` (the demo's step record): Part B (the lecture's
    questions), then the network, the formula card and Part A; each page numbered
    in its hand-out."""
    lecture = _Pages(paper, key)
    _lecture_questions(lecture, record, key)
    by_hand = _Pages(paper, key)
    by_hand.top = _formula_card(by_hand.page, by_hand.width, by_hand.top)
    _by_hand(by_hand, record, key, network_page=1)
    after = [_network_page(record, paper, key)] + by_hand.figures
    _number(lecture.figures, tr("Part B"))
    _number(after, tr("Part A"))
    return lecture.figures + after


def _number(handout, part):
    """Each page's foot in a ``handout`` (the pages of ``part``, handed out together): its
    number in the hand-out, the version of bp_helpers and the day the PDF was built."""
    built = tr("bp_helpers {version}, built {day}", version=version("bp_helpers"),
               day=date.today().isoformat())
    for number, figure in enumerate(handout, 1):
        width, _ = figure.get_size_inches()
        _words(figure.axes[0], width - MARGIN, MARGIN + 0.15,
               tr("{part}, page {number} of {pages} · {built}", part=part, number=number,
                  pages=len(handout), built=built), ha="right", color=colors.QUIET_TEXT)


# --- the lecturer's crib sheet ------------------------------------------------

CRIB_TITLE = "The 50-minute lecture: crib sheet"
CRIB_INDENT = 0.3               # inches from the margin to a question's lines


def crib_sheet(record, paper):
    """The lecturer's crib sheet, one upright page of ``paper``: the 50-minute plan
    (``LECTURE_PLAN``), each step's minutes, section and slides, under it each question
    it asks with its right letter, the key's line of why (its numbers those of
    ``record``, the demo's step record) and the usual wrong answer; then what to
    cut when time runs short (``PLAN_CUTS``)."""
    figure, page = _page(paper)
    width, height = figure.get_size_inches()
    _words(page, MARGIN, height - MARGIN - 0.2, tr(CRIB_TITLE), size=TITLE_PT, weight="bold")
    top, numbers = height - MARGIN - 0.4, lecture_numbers(record)
    for number, step in enumerate(LECTURE_PLAN, 1):
        slides = tr("slides {slides}" if "–" in step.slides else "slide {slides}", slides=step.slides)
        top = _paragraph(page, width, top - 0.08, tr(
            "{start}–{end}   {number}. {section} ({slides})", start=_clock(step.start),
            end=_clock(step.end), number=number, section=tr(step.section), slides=slides),
            weight="bold")
        for asked, how in step.asks:
            question = LECTURE_QUESTIONS[asked - 1]
            top = _paragraph(page, width, top, tr(
                "Q{number} ({how}): {letter}. {why} Usually wrong: {usual}.", number=asked,
                how=tr(how), letter=question.answer, why=filled(tr(question.why), numbers),
                usual=tr(question.usual)), indent=CRIB_INDENT)
    top = _paragraph(page, width, top - 0.08, tr("Never drop the predictions; when time runs "
                                                 "short, cut in this order:"), weight="bold")
    for cut, minutes in PLAN_CUTS:
        top = _paragraph(page, width, top, tr("about {minutes} min: {cut}", cut=tr(cut),
                                              minutes=minutes), indent=CRIB_INDENT)
    _number([figure], tr("Crib sheet"))
    return figure


def _clock(minutes):
    """A minute of the lecture as its clock shows it: 5 as ``"0:05"``."""
    return f"{minutes // 60}:{minutes % 60:02d}"


# --- the network, across the paper --------------------------------------------

def _network_page(record, paper, key):
    """The diagram, across the paper, under the heading and what is given."""
    figure, page = _page(paper, across=True)
    width, height = figure.get_size_inches()
    top = _heading(page, width, height - MARGIN, key)
    top = _paragraph(page, width, top, tr(
        "The lesson's demo network; f is the sigmoid in nodes 2 to 6. One example: "
        "x_input = {x_input}, y_target = {y_target}; learning rate alpha = {alpha}. "
        "Given: the weights w (under the network) and the biases b (in the boxes). "
        "Write each node's x and y (forward pass), then its dE/dy and dE/dx (backward "
        "pass), and each edge's dE/dw, on the lines.", **givens(record)))
    if key:     # under the page, so that the diagram stands where the worksheet's does
        _words(page, MARGIN, MARGIN + 0.15, tr("The key's numbers: the engine's step record, "
               "trace(), to 3 significant digits."), color=colors.QUIET_TEXT)
    diagram = NetworkDiagram(record.sizes, SHOW, highlights=False, ax=figure.add_axes((0, 0, 1, 1)))
    diagram.update(record.snapshot(_backward_done(record)))
    _fit(diagram, width, top - 0.1)
    if not key:
        _blank_fields(diagram)
    return figure


def _backward_done(record):
    """How many steps are done when the backward pass is: every derivative known,
    the weights not yet updated."""
    return sum(step.phase != "update" for step in record)


def _fit(diagram, width, top):
    """Place the diagram under ``top``, centred, as large as the page allows: its
    shapes and its text grow alike."""
    w, h = diagram.size
    scale = min((width - 2 * MARGIN) / w, (top - MARGIN - FOOTER) / h)
    page_width, page_height = diagram.figure.get_size_inches()
    diagram.ax.set_position(((page_width - scale * w) / 2 / page_width,
                             (top - scale * h) / page_height,
                             scale * w / page_width, scale * h / page_height))
    for text in diagram.ax.texts:
        text.set_fontsize(text.get_fontsize() * scale)


def _blank_fields(diagram):
    """Where the key writes a number the learner computes, keep its name and
    draw a line to write on, as long as the number's room."""
    char, line = diagram.layout.char, diagram.layout.line
    for text in diagram.ax.texts:
        row = ROW.fullmatch(text.get_text())
        if not text.get_visible() or row is None or row["name"] not in TO_FILL:
            continue
        x, y = text.get_position()
        start, end = x + (len(row["name"]) + 1) * char, x + len(row[0]) * char
        text.set_text(row["name"])
        diagram.ax.plot([start, end], [y - 0.3 * line] * 2, zorder=6, **WRITE_ON)


# --- the upright pages: the questions and the formula card ---------------------

class _Pages:
    """Upright pages of ``paper``, filled from the top down: ``page`` is the Axes
    drawn on, ``top`` the height (in inches) over which it is full."""

    def __init__(self, paper, key):
        self.paper, self.key, self.figures = paper, key, []
        self.new_page()

    def new_page(self):
        figure, self.page = _page(self.paper)
        self.figures.append(figure)
        self.width, height = figure.get_size_inches()
        self.top = _heading(self.page, self.width, height - MARGIN, self.key)

    def room_for(self, block):
        """Go on to a new page unless a ``block`` inches tall fits on this one."""
        if self.top - block < MARGIN + FOOTER:
            self.new_page()


def _by_hand(pages, record, key, network_page):
    """Part A: the questions of one step by hand, each with its lines to write on
    (the diagram to fill in is page ``network_page``)."""
    pages.top = _part(pages.page, pages.width, pages.top, tr("Part A: by hand"),
                      tr("Fill in the diagram of page {page} as you go.", page=network_page))
    values = givens(record)
    for number, question in enumerate(QUESTIONS, 1):
        text = _wrap(tr("A{number}. {topic}. {question}", number=number, topic=tr(question.topic),
                        question=tr(question.text, **values)), pages.width)
        written = _answer_lines(answers(question, record), pages.width) if key else []
        lines = max(question.lines, len(written))
        pages.room_for(len(text) * TEXT_LINE + lines * LINE_PITCH)
        top = _paragraph(pages.page, pages.width, pages.top, text)
        pages.top = _lines_to_write(pages.page, pages.width, top, lines, written) - 0.15


def _lecture_questions(pages, record, key):
    """Part B: the lecture's questions Q1-Q9, two boxes to tick for each choice (the
    first vote and the vote after the discussion), lines to write why; the key ticks
    the right boxes and writes its why on the lines."""
    pages.top = _part(pages.page, pages.width, pages.top, tr("Part B: the lecture's questions"),
                      tr("For each question tick one box under 1st vote, before the discussion, "
                         "and one under after discussion, after it. Write why in a line or two."))
    numbers, width, columns = lecture_numbers(record), pages.width, _vote_columns()
    for number, question in enumerate(LECTURE_QUESTIONS, 1):
        stem = _wrap(f"Q{number}. " + _printable(filled(tr(question.stem), numbers)), width)
        choices = [_wrap(_printable(filled(tr(choice), numbers)), width, columns.words)
                   for choice in question.choices]
        answer = tr("Answer: {letter}. {why}", letter=question.answer,
                    why=filled(tr(question.why), numbers))
        written = _answer_lines([answer], width) if key else []
        lines = max(WHY_LINES, len(written))
        pages.room_for((len(stem) + sum(map(len, choices)) + 2) * TEXT_LINE
                       + len(choices) * CHOICE_GAP + lines * LINE_PITCH)
        top = _vote_heads(pages.page, _paragraph(pages.page, width, pages.top, stem), columns)
        for letter, choice in zip(LETTERS, choices):
            top = _choice(pages.page, top, columns, letter, choice, key and letter == question.answer)
        _words(pages.page, MARGIN, top - 0.7 * TEXT_LINE, tr("Why?"))
        pages.top = _lines_to_write(pages.page, width, top - 0.1, lines, written) - 0.2


def _part(page, width, top, title, words):
    """The heading of a part, and a line of what to do."""
    _words(page, MARGIN, top - 0.2, title, size=PART_PT, weight="bold")
    return _paragraph(page, width, top - 0.35, words)


@dataclass(frozen=True)
class _Columns:
    """Where a choice's parts stand, in inches from the margin: the two votes' boxes
    (their centres), its letter and its words."""

    boxes: tuple[float, float]
    letter: float
    words: float


def _vote_columns():
    """The columns of Part B's choices: the two votes' boxes each centred under its head
    (``VOTE_HEADS``, in the learner's language), then the letter and the words."""
    lefts, right = [], 0.0
    for head in VOTE_HEADS:
        lefts.append(right)
        right += _inches(tr(head)) * HEAD_PT / TEXT_PT + COLUMN_GAP
    boxes = tuple((left + end - COLUMN_GAP) / 2 for left, end in zip(lefts, [*lefts[1:], right]))
    return _Columns(boxes, right, right + LETTER_WIDTH)


def _vote_heads(page, top, columns):
    """The heads of the two columns of boxes, under ``top``: which vote each is."""
    y = top - 0.7 * TEXT_LINE
    for head, centre in zip(VOTE_HEADS, columns.boxes):
        _words(page, MARGIN + centre, y, tr(head), size=HEAD_PT, ha="center")
    return top - TEXT_LINE


def _choice(page, top, columns, letter, lines, ticked):
    """A choice under ``top``: two boxes to tick (the first vote, the vote after the
    discussion: ``columns``), its letter and its ``lines`` of words; ``ticked``: the
    key's cross in both boxes.  Returns the height under it."""
    y = top - 0.7 * TEXT_LINE
    for centre in columns.boxes:
        box = (MARGIN + centre - BOX / 2, y - BOX / 2)
        page.add_patch(Rectangle(box, BOX, BOX, facecolor="none", edgecolor=colors.TEXT,
                                 linewidth=1.0))
        if ticked:
            for corners in (((0, BOX), (0, BOX)), ((0, BOX), (BOX, 0))):
                page.plot(*(np.add(start, corner) for start, corner in zip(box, corners)),
                          color=colors.TEXT, linewidth=2.0)
    _words(page, MARGIN + columns.letter, y, letter, weight="bold")
    for k, line in enumerate(lines):
        _words(page, MARGIN + columns.words, y - k * TEXT_LINE, line)
    return top - len(lines) * TEXT_LINE - CHOICE_GAP


def _printable(latex):
    r"""docs/teaching.md's LaTeX as the page prints it: a fraction ``\frac{dE}{dw}`` as
    ``dE/dw`` (mathtext writes a fraction's parts at 70 %, under 10 pt), and outside
    the formulas a minus sign, not a hyphen, before a number."""
    parts = re.split(r"(\$[^$]*\$)", latex)
    return "".join(FRACTION.sub(r"\1/\2", re.sub(r"(?<=[\w}])\\frac", r"\\,\\frac", part))
                   if part.startswith("$")
                   else re.sub(r"(?<![\w.])-(?=\d)", "\N{MINUS SIGN}", part) for part in parts)


def _formula_card(page, width, top):
    """The lesson's formulas in a box: what each gives, and the formula."""
    rows = len(FORMULA_CARD)
    bottom = top - 0.45 - rows * FORMULA_ROW - 0.1
    page.add_patch(_frame(MARGIN, bottom, width - 2 * MARGIN, top - bottom))
    _words(page, MARGIN + 0.15, top - 0.25, tr("Formula card"), weight="bold")
    _words(page, MARGIN + 1.6, top - 0.25, tr("w_ij: the edge from node i to node j;  "
           "alpha: the learning rate"), color=colors.QUIET_TEXT)
    for k, (words, formula) in enumerate(FORMULA_CARD):
        y = top - 0.45 - (k + 0.5) * FORMULA_ROW
        _words(page, MARGIN + 0.15, y, tr(words))
        page.text(MARGIN + 2.85, y, f"${formula}$", size=FORMULA_PT, va="center",
                  color=colors.TEXT)
    return bottom - 0.25


def _answer_lines(items, width):
    """The key's answers, as few lines as fit (``ANSWER_CHARS`` wide, and on a page of
    ``width`` inches): ``name = value`` pairs side by side, a note in words on lines of
    its own."""
    room = min(_inches("0" * ANSWER_CHARS, "answers"), width - 2 * MARGIN - 0.35)
    lines = []
    for part in (part for item in items for part in _fill(item, room, "answers")):
        if lines and _inches(f"{lines[-1]}    {part}", "answers") <= room:
            lines[-1] += "    " + part
        else:
            lines.append(part)
    return lines


def _lines_to_write(page, width, top, count, written):
    """``count`` lines to write on under ``top``, with the key's ``written`` on them."""
    for k in range(count):
        y = top - (k + 1) * LINE_PITCH
        page.plot([MARGIN + 0.3, width - MARGIN], [y, y], **WRITE_ON)
        if k < len(written):
            page.text(MARGIN + 0.35, y + 0.06, written[k], size=TEXT_PT,
                      family=canvas.families(canvas.MONO_FONT), weight="bold", color=colors.TEXT)
    return top - count * LINE_PITCH


# --- the parts of every page --------------------------------------------------

def _page(paper, across=False):
    """A page of ``paper`` (turned ``across`` for a landscape page), and an Axes
    over all of it measured in inches, y up."""
    width, height = PAPERS[paper]
    if across:
        width, height = height, width
    figure = Figure(figsize=(width, height))
    page = figure.add_axes((0, 0, 1, 1))
    page.set_xlim(0, width)
    page.set_ylim(0, height)
    page.set_axis_off()
    return figure, page


def _heading(page, width, top, key):
    """The title (and on every page of the worksheet, not the key's, a line for the
    name); returns the height under it."""
    _words(page, MARGIN, top - 0.2, _title(key), size=TITLE_PT, weight="bold")
    if not key:
        _words(page, width - MARGIN - 2.3, top - 0.2, tr("Name"))      # right of the title, also upright
        page.plot([width - MARGIN - 1.85, width - MARGIN], [top - 0.27] * 2, gid="name", **WRITE_ON)
    return top - 0.5


def _title(key):
    return tr("Backpropagation by hand: answer key") if key else tr("Backpropagation by hand: worksheet")


def _wrap(text, width, indent=0.0):
    """``text`` in lines as wide as a page of ``width`` inches holds between its
    margins (less ``indent``), in the words' font (``_fill``)."""
    return _fill(text, width - 2 * MARGIN - indent - ROOM_TO_SPARE, "words")


def _fill(text, room, font):
    """``text`` in lines at most ``room`` inches wide, each line measured as it is printed
    in ``font`` (``_inches``), between two of its words (``WORDS``: Chinese between two
    characters)."""
    lines = []
    for space, word in WORDS[font].findall(text):
        longer = lines[-1] + (" " if space else "") + word if lines else word
        if lines and _inches(longer, font) <= room:
            lines[-1] = longer
        else:
            lines.append(word)
    return lines


def _inches(text, font="words"):
    """How wide ``text`` is printed at TEXT_PT in ``font`` (``FONTS``: the words' or the
    key's answers'), in the learner's language, in inches."""
    family, weight = FONTS[font]
    return sum(_measured(part, tuple(canvas.families(family)), weight) for part in _parts(text))


@functools.cache
def _measured(text, families, weight):
    """``_inches``, remembered: the four PDFs wrap the same words."""
    font = FontProperties(family=list(families), weight=weight, size=TEXT_PT)
    width, _, _ = _MEASURE.get_text_width_height_descent(text, font, ismath="$" in text)
    return width / 72


def _paragraph(page, width, top, text, indent=0.0, **style):
    """Words from ``top`` down, ``indent`` inches in from the margin (``text``: a string
    to wrap, or its lines); returns the height under them."""
    lines = _wrap(text, width, indent) if isinstance(text, str) else text
    for k, line in enumerate(lines):
        _words(page, MARGIN + indent, top - (k + 0.7) * TEXT_LINE, line, **style)
    return top - len(lines) * TEXT_LINE - 0.05


def _words(page, x, y, text, size=TEXT_PT, color=colors.TEXT, **style):
    """``text`` from ``x`` on, its baseline's centre at ``y``.  A line of Chinese with formulas
    ``$...$`` is drawn part by part, one after the other: mathtext has no Chinese."""
    for part in _parts(text):
        page.text(x, y, part, size=size, family=canvas.families(canvas.FONT), color=color,
                  va="center_baseline", **style)
        x += _inches(part) * size / TEXT_PT


def _parts(text):
    """The parts ``text`` is drawn in: itself, but a line of Chinese with formulas ``$...$``
    in its words and its formulas, each drawn after the other (mathtext has no Chinese)."""
    if not re.search(f"[{CJK}]", text):
        return [text]
    return [part for part in re.split(r"(\$[^$]*\$)", text) if part]


def _frame(x, y, width, height):
    return Rectangle((x, y), width, height, facecolor="none", edgecolor=colors.QUIET_TEXT,
                     linewidth=1.0)

