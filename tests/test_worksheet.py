"""The printable worksheet, its answer key and the lecturer's crib sheet (make
worksheet): the PDFs are written here as tools/make_worksheet.py writes them
(``write_handouts``, once per language, in this process), on both papers, and
read back with pypdf; the pages' figures, as drawn into the PDFs, are checked too.

The key's numbers are read from the PDF's text and compared with the engine's
step record, ``trace()``, as the course writes them; the worksheet holds none
of them, only what the learner is given.  Every page is the paper's size,
every text at least 10 pt and everything inside the margins.  Part B comes
first (the formula card and Part A answer some of its questions), and every
page names its hand-out (Part B for the lecture, Part A after it: its pages
numbered apart), the bp_helpers version and the day it was built.  Every page a
learner writes on has a line for the name, clear of the title; each choice's two
boxes stand under their heads (the first vote, after the discussion).

Part B, the lecture's questions Q1-Q9, is docs/teaching.md's: every stem and
choice says what the page says (its LaTeX normalised); the lecture notebook's
question slides ask them with ``Prediction`` widgets made from the same data
(``lecture_question``, in plain notation), which the committed slides show;
the key's letters are the plan's answers, and the numbers of the key's lines
are the engine's.

The Chinese edition (``--language zh``, worksheet/zh/) is checked as the
English one, its words looked up with ``tr`` as the pages are: the same
numbers, sizes and margins, the PDFs written with warnings as errors and no
glyph missing, and its text, extracted from the PDF, Chinese.

The crib sheet is the 50-minute plan on one page: its data (``LECTURE_PLAN``,
``PLAN_CUTS``, each question's ``usual`` wrong answer) is docs/teaching.md's
tables and first usual mistakes, and the crib's letters and numbers, read back,
are the plan's and the engine's.
"""

import functools
import html
import json
import re
import runpy
import sys
import warnings
from collections import Counter
from importlib.metadata import version
from pathlib import Path
from typing import NamedTuple

import pypdf
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from bp_helpers import DEMO_EXAMPLE, DEMO_LEARNING_RATE, demo_network, trace
from bp_helpers.activations import sigmoid, sigmoid_derivative
from bp_helpers.formatting import format_number
from bp_helpers.language import set_language, tr, untranslated
from bp_helpers.names import edge_label
from bp_helpers.pictures import worksheet_pages
from bp_helpers.pictures.worksheet_pages import (
    MARGIN,
    PAPERS,
    SMALLEST_PT,
    VOTE_HEADS,
    WRITE_ON,
    write_handouts,
    write_worksheet,
)
from bp_helpers.training import train
from bp_helpers.worksheet import (
    LECTURE_PLAN,
    LECTURE_QUESTIONS,
    LETTERS,
    PLAN_CUTS,
    QUESTIONS,
    filled,
    lecture_numbers,
    lecture_question,
    plain_text,
    values_by_name,
)

ROOT = Path(__file__).resolve().parents[1]
TOOL = ROOT / "tools" / "make_worksheet.py"
TEACHING = ROOT / "docs" / "teaching.md"
LECTURE = ROOT / "notebooks" / "lecture" / "lecture_50_minutes.ipynb"
RECORD = trace(demo_network(), *DEMO_EXAMPLE, DEMO_LEARNING_RATE)
# A number as the course writes the demo's (3 significant digits: each has a
# decimal point, which tells it from a node's number, "2", that the text
# extracted may put on the same line).
NUMBER = r"-?\d*\.\d+(?:e[+-]?\d+)?"
ASKED = [name for question in QUESTIONS for name in question.asks]
LANGUAGES = ("en", "zh")
CHINESE = re.compile(r"[\u4e00-\u9fff]")


def said(language, text, **values):
    """``tr(text, **values)`` in ``language``: the words the pages print."""
    set_language(language)
    try:
        return tr(text, **values)
    finally:
        set_language("en")


def pattern(language, text, **fields):
    """A regular expression of ``tr(text)`` in ``language``, each of its ``{field}`` s the
    expression ``fields`` gives."""
    marks = {name: f"§{k}§" for k, name in enumerate(fields)}
    expression = re.escape(said(language, text, **marks))
    for name, mark in marks.items():
        expression = expression.replace(re.escape(mark), fields[name])
    return expression


class Handouts(NamedTuple):
    """What ``make worksheet`` writes in one language: the ``folder`` of PDFs, each PDF's
    figures by its file name (``pages``), and the words ``tr`` found no translation for."""

    folder: Path
    pages: dict
    untranslated: set


@pytest.fixture(scope="module")
def handouts(tmp_path_factory):
    """``handouts(language)``: the PDFs that ``make worksheet`` writes (``write_handouts``, which
    tools/make_worksheet.py calls), written once per language in this process, with warnings as
    errors (a glyph missing among them); their figures serve the checks that read the drawing."""
    @functools.cache
    def write(language):
        folder = tmp_path_factory.mktemp(f"worksheet-{language}")
        untranslated.clear()
        set_language(language)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                written = write_handouts(folder)
        finally:
            set_language("en")
        return Handouts(folder, {path.name: pages for path, pages in written.items()}, set(untranslated))
    return write


def drawn(handouts, language, name, paper):
    """The figures of one PDF (``name``: "worksheet", "answer-key" or "crib-sheet"), as drawn into it."""
    return handouts(language).pages[f"{name}-{paper.lower()}.pdf"]


@pytest.fixture(params=[(language, paper) for language in LANGUAGES for paper in PAPERS],
                ids=lambda param: "-".join(param))
def pdfs(request, handouts):
    """``(language, paper, worksheet, key)``: the two PDFs of one paper, read by pypdf (``read``)."""
    language, paper = request.param
    return language, paper, *(read(handouts(language).folder / f"{name}-{paper.lower()}.pdf")
                              for name in ("worksheet", "answer-key"))


class Page(NamedTuple):
    """A page of a PDF as the checks read it: its size in points, and its text as pypdf extracts it."""

    width: float
    height: float
    text: str


@functools.cache
def read(path):
    """The pages (``Page``) of the PDF at ``path``, read once for all the checks."""
    return tuple(Page(float(page.mediabox.width), float(page.mediabox.height), page.extract_text())
                 for page in pypdf.PdfReader(path).pages)


@pytest.mark.parametrize("language", LANGUAGES)
def test_make_worksheet_writes_every_paper(handouts, language):
    assert sorted(path.name for path in handouts(language).folder.iterdir()) == sorted(
        f"{name}-{paper.lower()}.pdf" for name in ("worksheet", "answer-key", "crib-sheet")
        for paper in PAPERS)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_tool_writes_the_handouts_in_the_learners_language(monkeypatch, tmp_path, language):
    """tools/make_worksheet.py hands its folder to ``write_handouts`` in the language asked for
    (``write_handouts`` itself is run by the ``handouts`` fixture)."""
    called = []
    monkeypatch.setattr(worksheet_pages, "write_handouts",
                        lambda to: called.append((to, worksheet_pages.language())) or {})
    monkeypatch.setattr(sys, "argv", [str(TOOL), "--language", language, "--out", str(tmp_path / "out")])
    try:
        runpy.run_path(str(TOOL), run_name="__main__")
    finally:
        set_language("en")
    assert called == [(tmp_path / "out", language)] and (tmp_path / "out").is_dir()


def rows(page, language):
    """Every ``(name, number)`` row of a page's text: a row of the diagram, "dE/dy  -0.0114",
    or an answer of the key, "dE/dy_2 = -0.0114"."""
    row = re.compile(rf"(x = y|x|y|b|dE/dy|dE/dx|dE/dw|E|{said(language, 'target')}|w_\d\d) +"
                     rf"({NUMBER})(?=\s|$)")
    return Counter(row.findall(page.text))


def given_rows(language):
    """What both sheets print in the diagram: the input, the target, the weights, the biases."""
    before = RECORD.before
    given = [("x = y", format_number(RECORD.x_input[0])),
             (said(language, "target"), format_number(RECORD.y_target[0]))]
    given += [(edge_label(RECORD.sizes, l, i, j), format_number(w[i, j]))
              for l, w in enumerate(before.weights) for i in range(w.shape[0]) for j in range(w.shape[1])]
    given += [("b", format_number(b)) for biases in before.biases for b in biases]
    return Counter(given)


def computed_rows():
    """What the key writes in the diagram: every x, y, dE/dy, dE/dx, dE/dw and E of the
    step record before the update, but the input's x and y (given: its "x = y")."""
    names = {"x": "x", "y": "y", "dE_dy": "dE/dy", "dE_dx": "dE/dx", "dE_dw": "dE/dw", "E": "E"}
    return Counter((names[step.quantity], format_number(step.value)) for step in RECORD
                   if step.phase in ("forward", "error", "backward") and step.quantity in names
                   and not (step.phase == "forward" and step.target == ("node", 0, 0)))


def network_page(reader):
    """The number (from 0) of the page across the paper: the network's."""
    [number] = [k for k, page in enumerate(reader) if page.width > page.height]
    return number


def test_every_page_is_the_papers_size(pdfs):
    _, paper, *readers = pdfs
    upright = tuple(round(inches * 72, 1) for inches in PAPERS[paper])
    for reader in readers:
        sizes = [(round(page.width, 1), round(page.height, 1)) for page in reader]
        across = sizes.pop(network_page(reader))    # the network: across the paper
        assert across == upright[::-1]
        assert set(sizes) == {upright} and len(sizes) >= 2


def test_part_b_comes_first_and_names_the_diagrams_page(pdfs):
    """Part B (the lecture's questions) from page 1, before the formula card and
    Part A, which answer some of them; Part A names the page of the diagram, the
    first of its hand-out."""
    language, _, *readers = pdfs
    part_a, part_b, card = (said(language, words) for words in
                            ("Part A: by hand", "Part B: the lecture's questions", "Formula card"))
    for reader in readers:
        texts = [page.text.replace("’", "'") for page in reader]
        assert part_b in texts[0]
        after = "\n".join(texts[network_page(reader):])
        assert part_b not in after and card in after and part_a in after
        assert said(language, "Fill in the diagram of page {page} as you go.", page=1) in after


def footer(language, part, number=r"\d+", pages=r"\d+"):
    """A regular expression of a page's foot: the hand-out ``part``, its number and how many pages."""
    return pattern(language, "{part}, page {number} of {pages} · {built}", part=part, number=number,
                   pages=pages, built="")


def footers(reader, language):
    """``[(part, number, pages)]``: each page's foot, its hand-out and its number in it."""
    parts = "|".join(re.escape(said(language, part)) for part in ("Part A", "Part B"))
    foot = footer(language, f"({parts})", r"(\d+)", r"(\d+)")
    return [re.findall(foot, page.text)[-1] for page in reader]


def test_every_pages_foot_numbers_it_in_its_handout(pdfs):
    """Part B is handed out for the lecture, the rest (the network first) after it: each
    page's foot counts the pages of its hand-out, on the worksheet as on the key."""
    language, _, sheet, key = pdfs
    first_after = network_page(sheet)
    expected = [(said(language, "Part B"), str(n), str(first_after))
                for n in range(1, first_after + 1)]
    after = len(sheet) - first_after
    expected += [(said(language, "Part A"), str(n), str(after)) for n in range(1, after + 1)]
    assert footers(sheet, language) == footers(key, language) == expected


def test_every_page_names_its_version_and_day(pdfs):
    language, _, *readers = pdfs
    built = pattern(language, "bp_helpers {version}, built {day}", version=re.escape(version("bp_helpers")),
                    day=r"\d{4}-\d\d-\d\d")
    for reader in readers:
        for page in reader:
            assert re.search(built, page.text)


def test_the_keys_diagram_has_the_traces_numbers(pdfs):
    language, _, _, key = pdfs
    assert rows(key[network_page(key)], language) == computed_rows() + given_rows(language)


def answers(reader, language):
    """``{name: [numbers]}``: each number asked for, as Part A's pages write it."""
    text = "\n".join(page.text for page in reader[network_page(reader) + 1:])
    return {name: re.findall(rf"(?<!\S)(?<!{CHINESE.pattern} ){re.escape(said(language, name))} = "
                             rf"({NUMBER})(?=\s|$)", text)      # not "E" of "更新后的 E"
            for name in ASKED}


def test_the_keys_answers_are_the_traces(pdfs):
    language, _, sheet, key = pdfs
    values = values_by_name(RECORD)
    on_both = answers(sheet, language)      # "E = 1" of the formula card's E = 1/2 (...)^2
    assert answers(key, language) == {name: on_both[name] + [format_number(values[name])]
                                      for name in ASKED}


def test_the_worksheet_gives_what_is_given_and_no_answer(pdfs):
    language, _, sheet, _ = pdfs
    assert rows(sheet[network_page(sheet)], language) == given_rows(language)
    values = values_by_name(RECORD)
    for name, written in answers(sheet, language).items():
        assert format_number(values[name]) not in written, name


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("paper", list(PAPERS))
def test_the_worksheet_has_a_line_for_every_number_of_the_key(handouts, paper, language):
    [diagram] = [ax for figure in drawn(handouts, language, "worksheet", paper) for ax in figure.axes[1:]]
    lines = [line for line in diagram.lines if line.get_linewidth() == WRITE_ON["linewidth"]]
    assert Counter(name_before(line, diagram) for line in lines) == Counter(
        name for name, _ in computed_rows().elements())


def name_before(line, diagram):
    """The text just left of a line to write on, on its row: the name of what goes there."""
    (start, _), (y, _) = line.get_xdata(), line.get_ydata()
    row = diagram.get_ylim()[1] / 40        # well under a row's height
    left = [text for text in diagram.texts if text.get_visible()
            and text.get_position()[0] < start and abs(text.get_position()[1] - y) < row]
    return max(left, key=lambda text: text.get_position()[0]).get_text()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("paper", list(PAPERS))
@pytest.mark.parametrize("name", ["worksheet", "answer-key", "crib-sheet"])
def test_text_is_big_enough_and_inside_the_margins(handouts, name, paper, language):
    for figure in drawn(handouts, language, name, paper):
        renderer = FigureCanvasAgg(figure).get_renderer()
        width, height = figure.get_size_inches() * figure.dpi
        inside = MARGIN * figure.dpi - 0.5
        texts = [text for ax in figure.axes for text in ax.texts if text.get_visible() and text.get_text()]
        assert texts
        for text in texts:
            assert text.get_fontsize() >= SMALLEST_PT, text.get_text()
        artists = [artist for ax in figure.axes for artist in ax.get_default_bbox_extra_artists()
                   if artist is not ax.patch]       # not the white under the whole page
        for artist in artists:
            box = artist.get_window_extent(renderer)
            assert box.x0 >= inside and box.y0 >= inside, artist
            assert box.x1 <= width - inside and box.y1 <= height - inside, artist


def test_bad_arguments_are_named(tmp_path):
    with pytest.raises(ValueError, match="paper must be one of"):
        write_worksheet(tmp_path / "a.pdf", "A5")
    with pytest.raises(TypeError, match="key must be True or False"):
        write_worksheet(tmp_path / "a.pdf", "A4", key="yes")


# --- Part B: the lecture's questions, as docs/teaching.md asks them ----------

def same_words(latex):
    r"""``latex`` as the test compares it: one space between words, a minus sign
    as a hyphen, and ``\text`` as ``\mathrm`` (the worksheet's mathtext lacks ``\text``)."""
    return " ".join(latex.replace("\N{MINUS SIGN}", "-").replace(r"\text{", r"\mathrm{").split())


def plan_questions():
    """``[(stem, [choices A-D], letter, answer)]``: the questions of docs/teaching.md's
    "### The questions", each with the letter and the words of its "- Answer:"."""
    section = TEACHING.read_text(encoding="utf-8").split("### The questions")[1].split("\n## ")[0]
    found = re.findall(r"^\*\*Q(\d)\.?\*\*(?: \([^)]*\))?\.? (.*?)\n\n- Answer: \*\*([A-D])\*\*(.*?)(?=\n- |\n\n|\Z)",
                       section, re.MULTILINE | re.DOTALL)
    assert [int(number) for number, *_ in found] == list(range(1, len(found) + 1))
    questions = []
    for _, text, letter, answer in found:
        stem, *choices = re.split(r"\s*\([A-D]\)\s+", text)
        questions.append((stem, [choice.rstrip(";.") for choice in choices], letter, answer))
    return questions


def test_part_b_asks_the_plans_questions_in_its_words():
    numbers = lecture_numbers(RECORD)
    plan = plan_questions()
    assert len(plan) == len(LECTURE_QUESTIONS) == 9
    for number, (question, (stem, choices, letter, _)) in enumerate(zip(LECTURE_QUESTIONS, plan), 1):
        assert same_words(filled(question.stem, numbers)) == same_words(stem), f"Q{number}"
        assert [same_words(filled(choice, numbers)) for choice in question.choices] == [
            same_words(choice) for choice in choices], f"Q{number}"
        assert question.answer == letter, f"Q{number}"


def slide_questions():
    """``[number]``: the questions the lecture notebook's question slides ask, in order, each
    slide a ``### Question N`` and below it ``Prediction(*lecture_question(N, numbers), then=AFTER_A_VOTE)``
    (after a vote: "The next slide shows it.")."""
    cells = json.loads(LECTURE.read_text(encoding="utf-8"))["cells"]
    asked = []
    for cell, below in zip(cells, cells[1:]):
        found = re.search(r"^### Question (\d)", "".join(cell["source"]), re.MULTILINE)
        if cell["cell_type"] == "markdown" and found:
            number = int(found[1])
            assert "".join(below["source"]) == f"Prediction(*lecture_question({number}, numbers), then=AFTER_A_VOTE)"
            assert below["metadata"]["slideshow"]["slide_type"] == "-", "the widget shares the slide"
            asked.append(number)
    return asked


def saved_widgets():
    """``(texts of the HTML widgets, choices of the radio buttons)`` of the lecture as committed:
    what the static deck shows."""
    notebook = json.loads(LECTURE.read_text(encoding="utf-8"))
    models = notebook["metadata"]["widgets"]["application/vnd.jupyter.widget-state+json"]["state"].values()
    texts = [model["state"]["value"] for model in models if model["model_name"] == "HTMLModel"]
    choices = [model["state"]["_options_labels"] for model in models if model["model_name"] == "RadioButtonsModel"]
    return texts, choices


def test_the_lectures_slides_ask_part_bs_questions_in_its_words():
    """Each question slide asks with a Prediction made from Part B's data, and the
    committed slides (the static deck) show its words, as plain text."""
    assert slide_questions() == list(range(1, len(LECTURE_QUESTIONS) + 1))
    numbers = lecture_numbers(RECORD)
    texts, choices = saved_widgets()
    for number, question in enumerate(LECTURE_QUESTIONS, 1):
        stem, lettered, right = lecture_question(number, numbers)
        assert stem == plain_text(filled(question.stem, numbers))
        assert lettered == [f"{letter}. {plain_text(filled(choice, numbers))}"
                            for letter, choice in zip("ABCD", question.choices)]
        assert right.startswith(f"{question.answer}. "), f"Q{number}"
        assert f"<b>Predict first:</b> {html.escape(stem)}" in texts, f"Q{number}"
        assert lettered in choices, f"Q{number}"


@pytest.mark.parametrize("latex, plain", [
    (r"$\frac{dE}{dw_{46}} = -0.0436$", "dE/dw_46 = -0.0436"),
    (r"$y_4 \cdot (y_6 - y_{\mathrm{target}})$", "y_4 · (y_6 - y_target)"),
    (r"$w_{ij} \leftarrow w_{ij} - \alpha\,\frac{dE}{dw_{ij}}$", "w_ij ← w_ij - α dE/dw_ij"),
    (r"$|w| \leq 1$", "|w| ≤ 1"),
])
def test_plain_text_writes_formulas_as_the_course_prints_them(latex, plain):
    assert plain_text(latex) == plain


def test_plain_text_refuses_what_it_cannot_write():
    with pytest.raises(ValueError, match="no plain notation"):
        plain_text(r"$\sqrt{2}$")


@pytest.mark.parametrize("number, error", [(0, ValueError), (10, ValueError), ("1", TypeError), (True, TypeError)])
def test_lecture_question_names_a_bad_number(number, error):
    with pytest.raises(error, match="number must be"):
        lecture_question(number, lecture_numbers(RECORD))


def engine_numbers():
    """``{Q: [numbers]}``: what each line of the key computes, from the engine."""
    v = values_by_name(RECORD)
    w, b = RECORD.before.weights, RECORD.before.biases
    f_slope = sigmoid_derivative(v["x_6"], v["y_6"])
    after_100 = [train(demo_network(), *DEMO_EXAMPLE, alpha, 100).final_error for alpha in (1, 100)]
    return {
        1: [w[0][0, 0], v["y_1"], b[0][0], v["x_2"]],
        2: [w[2][0, 0], v["new w_46"], w[1][0, 1], v["new w_25"]],
        3: [v["y_4"], f_slope, v["dE/dy_6"], v["dE/dw_46"]],
        4: [w[1][0, 0], v["dE/dx_4"], w[1][0, 1], v["dE/dx_5"], v["dE/dy_2"]],
        5: [w[2][1, 0], v["dE/dx_6"], v["dE/dy_5"]],
        6: [v["new w_46"] * v["dE/dx_6"], v["dE/dy_4"]],
        7: [after_100[0], after_100[1]],
        9: [sigmoid_derivative(0.0, sigmoid(0.0))],     # the sigmoid's steepest slope
    }


def key_answers(reader, language):
    """``[(letter, line)]``: Part B's answers as the key writes them, in order."""
    text = "\n".join(page.text for page in reader)
    answer = pattern(language, "Answer: {letter}. {why}", letter="([A-D])", why="(.*?)")
    return re.findall(rf"^{answer}(?=^Q\d+\. |^{footer(language, said(language, 'Part B'))}|\Z)", text,
                      re.MULTILINE | re.DOTALL)


def test_the_keys_letters_are_the_plans_and_its_numbers_the_engines(pdfs):
    language, _, sheet, key = pdfs
    answer = pattern(language, "Answer: {letter}. {why}", letter="[A-D]", why="")
    assert not re.search(answer, "".join(page.text for page in sheet))
    plan, written = plan_questions(), key_answers(key, language)
    assert [letter for letter, _ in written] == [letter for _, _, letter, _ in plan]
    for number, numbers in engine_numbers().items():
        assert re.findall(NUMBER, written[number - 1][1]) == [format_number(x) for x in numbers], number
    # Q8 is the valley of notebook 5, not the demo network: its numbers are the plan's.
    assert {float(x) for x in re.findall(NUMBER, written[7][1])} <= {
        float(x) for x in re.findall(r"\d*\.?\d+", plan[7][3])}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_key_writes_on_the_worksheets_lines(handouts, language):
    """Each answer fits on the lines the worksheet gives it: the key laid over a
    learner's sheet shows every answer on its lines."""
    def lines_to_write(figure):     # not the worksheet's line for the name
        return [(tuple(line.get_xdata()), tuple(line.get_ydata())) for line in figure.axes[0].lines
                if line.get_linewidth() == WRITE_ON["linewidth"] and line.get_gid() != "name"]

    sheet, key = (drawn(handouts, language, name, "A4") for name in ("worksheet", "answer-key"))
    assert [lines_to_write(page) for page in sheet] == [lines_to_write(page) for page in key]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("paper", list(PAPERS))
def test_every_page_of_the_worksheet_has_a_name_field_clear_of_the_title(handouts, paper, language):
    """A learner hands the pages in apart: each has its line for the name, right of the title
    (the network's page across the paper too); the key's pages have none."""
    title, name = said(language, "Backpropagation by hand: worksheet"), said(language, "Name")
    for number, figure in enumerate(drawn(handouts, language, "worksheet", paper), 1):
        boxes = boxes_of(figure, title, name)
        assert boxes[name].x0 > boxes[title].x1, f"page {number} on {paper}"
        assert [line.get_gid() for line in figure.axes[0].lines].count("name") == 1, f"page {number}"
    for figure in drawn(handouts, language, "answer-key", paper):
        assert name not in [text.get_text() for ax in figure.axes for text in ax.texts]


def boxes_of(figure, *words):
    """``{text: its box on the page}``: the texts of ``figure`` that say one of ``words``, as drawn."""
    renderer = FigureCanvasAgg(figure).get_renderer()
    return {text.get_text(): text.get_window_extent(renderer) for ax in figure.axes for text in ax.texts
            if text.get_visible() and text.get_text() in words}


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_questions_two_boxes_stand_under_their_heads(handouts, language):
    """Over each question's choices of Part B the heads "1st vote" and "after discussion",
    each over a box per choice: every box stands under a head of its column, none under both."""
    sheet = drawn(handouts, language, "worksheet", "A4")
    network = next(k for k, figure in enumerate(sheet) if figure.get_figwidth() > figure.get_figheight())
    for figure in sheet[:network]:      # Part B's pages
        renderer, page = FigureCanvasAgg(figure).get_renderer(), figure.axes[0]
        heads = [[text.get_window_extent(renderer) for text in page.texts if text.get_text() == said(language, head)]
                 for head in VOTE_HEADS]
        boxes = [patch.get_window_extent(renderer) for patch in page.patches]
        assert len(heads[0]) == len(heads[1]) >= 1 and len(boxes) == 2 * len(LETTERS) * len(heads[0])
        columns = [[k for k, found in enumerate(heads) if any(
            head.x0 <= box.x0 and box.x1 <= head.x1 and box.y1 < head.y0 for head in found)] for box in boxes]
        assert Counter(map(tuple, columns)) == {(0,): len(boxes) // 2, (1,): len(boxes) // 2}


def test_the_chinese_edition_says_everything_in_chinese(handouts):
    """Every word of the Chinese pages comes from the table (``tr`` shows no English), and
    the text of the Chinese PDFs is Chinese: mostly Chinese characters, and nowhere two
    English words in a row (symbols, names and formulas, as ``y_target`` and ``alpha``, stay)."""
    chinese = handouts("zh")
    assert not chinese.untranslated
    for path in chinese.folder.iterdir():
        text = "\n".join(page.text for page in read(path))
        assert len(CHINESE.findall(text)) > len(re.findall("[A-Za-z]", text)) / 2, path.name
        assert not re.findall(r"[A-Za-z]{3,} [A-Za-z]{3,}", text), path.name


# --- the lecturer's crib sheet: the 50-minute plan on one page ----------------

def plan_tables():
    """``(steps, cuts)``: the rows of docs/teaching.md's 50-minute plan, each ``(time, step,
    ask)``, and of its cut list, each ``(cut, saves)``."""
    section = TEACHING.read_text(encoding="utf-8").split("## The 50-minute plan")[1].split("### ")[0]
    rows = [[cell.strip() for cell in line.strip("|").split("|")]
            for line in section.splitlines() if line.startswith("| ") and not line.startswith("| time")
            and not line.startswith("| cut")]
    return [(row[0], row[1], row[3]) for row in rows if len(row) == 4], [
        tuple(row) for row in rows if len(row) == 2]


def test_the_plans_data_is_teaching_mds():
    """LECTURE_PLAN and PLAN_CUTS say what docs/teaching.md's tables say, and each question's
    usual wrong answer is the first of the plan's "Usual mistakes"."""
    steps, cuts = plan_tables()
    clock = worksheet_pages._clock
    assert steps == [
        (f"{clock(step.start)}–{clock(step.end)}",
         f"{number}. {step.section} (slide{'s' if '–' in step.slides else ''} {step.slides})",
         ", ".join(f"Q{asked} ({how})" for asked, how in step.asks) or "none")
        for number, step in enumerate(LECTURE_PLAN, 1)]
    assert cuts == [(cut, f"about {minutes} min") for cut, minutes in PLAN_CUTS]
    assert sorted(asked for step in LECTURE_PLAN for asked, _ in step.asks) == list(
        range(1, len(LECTURE_QUESTIONS) + 1))
    usual = re.findall(r"^- Usual mistakes?: ([A-D])\b", TEACHING.read_text(encoding="utf-8"), re.MULTILINE)
    assert [question.usual[0] for question in LECTURE_QUESTIONS] == usual[:len(LECTURE_QUESTIONS)]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("paper", list(PAPERS))
def test_the_crib_sheet_is_the_plan_on_one_page(handouts, paper, language):
    """One page: each step of the plan with its minutes, each question with the plan's
    letter, the engine's numbers and the usual wrong answer's letter, and the cut list."""
    [page] = read(handouts(language).folder / f"crib-sheet-{paper.lower()}.pdf")
    text = squeezed(page.text)      # a line may break anywhere in Chinese
    clock = worksheet_pages._clock
    for number, step in enumerate(LECTURE_PLAN, 1):
        assert squeezed(f"{clock(step.start)}–{clock(step.end)} {number}. {said(language, step.section)}") in text
    line = pattern(language, "Q{number} ({how}): {letter}. {why} Usually wrong: {usual}.", number=r"(\d)",
                   how=r".*?", letter="([A-D])", why="(.*?)", usual="([A-D])[^.。]*")
    found = re.findall(line.replace("\\ ", ""), text)
    plan = plan_questions()
    assert [(int(number), letter, usual) for number, letter, _, usual in found] == [
        (number, letter, question.usual[0])
        for number, ((_, _, letter, _), question) in enumerate(zip(plan, LECTURE_QUESTIONS), 1)]
    for number, numbers in engine_numbers().items():
        assert re.findall(NUMBER, found[number - 1][2]) == [format_number(x) for x in numbers], number
    for cut, minutes in PLAN_CUTS:
        assert squeezed(said(language, "about {minutes} min: {cut}", minutes=minutes,
                             cut=said(language, cut))) in text


def squeezed(text):
    """``text`` without its spaces and line breaks, as the crib's words compare wherever its
    lines break; a space between two numbers kept as "|", and an en dash or an arrow taken
    for a space (matplotlib 3.10's PDFs give pypdf those as spaces: "0:00 0:05", where
    3.11's give "0:00–0:05")."""
    text = re.sub(r"[–→]", " ", text)
    text = re.sub(r"(?<=\d)\s+(?=[-−\d])", "|", text)
    return re.sub(r"\s+", "", text)
