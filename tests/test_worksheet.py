"""The printable worksheet and its answer key (make worksheet): the PDFs are built
here by tools/make_worksheet.py, on both papers, and read back with pypdf.

The key's numbers are read from the PDF's text and compared with the engine's
step record, ``trace()``, as the course writes them; the worksheet holds none
of them, only what the learner is given.  Every page is the paper's size,
every text at least 10 pt and everything inside the margins.  Part B comes
first (the formula card and Part A answer some of its questions), and every
page names the bp_helpers version and the day it was built.

Part B, the lecture's questions Q1-Q9, is docs/teaching.md's: every stem and
choice says what the page says (its LaTeX normalised); the lecture notebook's
question slides ask them with ``Prediction`` widgets made from the same data
(``lecture_question``, in plain notation), which the committed slides show;
the key's letters are the plan's answers, and the numbers of the key's lines
are the engine's.

The Chinese edition (``--language zh``, worksheet/zh/) is checked as the
English one, its words looked up with ``tr`` as the pages are: the same
numbers, sizes and margins, the tool run with warnings as errors and no glyph
missing, and its text, extracted from the PDF, Chinese.
"""

import functools
import html
import json
import os
import re
import subprocess
import sys
from collections import Counter
from importlib.metadata import version
from pathlib import Path

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
    WRITE_ON,
    write_worksheet,
)
from bp_helpers.training import train
from bp_helpers.worksheet import (
    LECTURE_QUESTIONS,
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


@functools.cache
def pages(paper, key, language="en"):
    """The figures of one paper's worksheet or key, drawn once for the checks that only read them."""
    set_language(language)
    try:
        return worksheet_pages.worksheet_pages(RECORD, paper, key)
    finally:
        set_language("en")


@pytest.fixture(scope="module")
def folders(tmp_path_factory):
    """``{language: folder}``: the PDFs that ``make worksheet`` writes (tools/make_worksheet.py),
    written with warnings as errors and no glyph missing, with this tree's bp_helpers."""
    folders, path = {}, os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH"))))
    for language in LANGUAGES:
        folders[language] = tmp_path_factory.mktemp(f"worksheet-{language}")
        run = subprocess.run([sys.executable, "-W", "error", str(TOOL), "--language", language,
                              "--out", str(folders[language])], check=True, capture_output=True, text=True,
                             env={**os.environ, "PYTHONPATH": path})
        assert "glyph" not in run.stderr.lower(), run.stderr
    return folders


@pytest.fixture(params=[(language, paper) for language in LANGUAGES for paper in PAPERS],
                ids=lambda param: "-".join(param))
def pdfs(request, folders):
    """``(language, paper, worksheet, key)``: the two PDFs of one paper, read by pypdf."""
    language, paper = request.param
    return language, paper, *(pypdf.PdfReader(folders[language] / f"{name}-{paper.lower()}.pdf")
                              for name in ("worksheet", "answer-key"))


def test_make_worksheet_writes_both_papers(folders):
    for folder in folders.values():
        assert sorted(path.name for path in folder.iterdir()) == sorted(
            f"{name}-{paper.lower()}.pdf" for name in ("worksheet", "answer-key") for paper in PAPERS)


def rows(page, language):
    """Every ``(name, number)`` row of a page's text: a row of the diagram, "dE/dy  -0.0114",
    or an answer of the key, "dE/dy_2 = -0.0114"."""
    row = re.compile(rf"(x = y|x|y|b|dE/dy|dE/dx|dE/dw|E|{said(language, 'target')}|w_\d\d) +"
                     rf"({NUMBER})(?=\s|$)")
    return Counter(row.findall(page.extract_text()))


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
    [number] = [k for k, page in enumerate(reader.pages) if page.mediabox.width > page.mediabox.height]
    return number


def test_every_page_is_the_papers_size(pdfs):
    _, paper, *readers = pdfs
    upright = tuple(round(inches * 72, 1) for inches in PAPERS[paper])
    for reader in readers:
        sizes = [(round(float(page.mediabox.width), 1), round(float(page.mediabox.height), 1))
                 for page in reader.pages]
        across = sizes.pop(network_page(reader))    # the network: across the paper
        assert across == upright[::-1]
        assert set(sizes) == {upright} and len(sizes) >= 2


def test_part_b_comes_first_and_names_the_diagrams_page(pdfs):
    """Part B (the lecture's questions) from page 1, before the formula card and
    Part A, which answer some of them; Part A names the page of the diagram."""
    language, _, *readers = pdfs
    part_a, part_b, card = (said(language, words) for words in
                            ("Part A: by hand", "Part B: the lecture's questions", "Formula card"))
    for reader in readers:
        texts = [page.extract_text().replace("’", "'") for page in reader.pages]
        assert part_b in texts[0]
        after = "\n".join(texts[network_page(reader):])
        assert part_b not in after and card in after and part_a in after
        assert said(language, "Fill in the diagram of page {page} as you go.",
                    page=network_page(reader) + 1) in after


def test_every_page_names_its_version_and_day(pdfs):
    language, _, *readers = pdfs
    built = pattern(language, "bp_helpers {version}, built {day}", version=re.escape(version("bp_helpers")),
                    day=r"\d{4}-\d\d-\d\d")
    for reader in readers:
        for page in reader.pages:
            assert re.search(built, page.extract_text())


def test_the_keys_diagram_has_the_traces_numbers(pdfs):
    language, _, _, key = pdfs
    assert rows(key.pages[network_page(key)], language) == computed_rows() + given_rows(language)


def answers(reader, language):
    """``{name: [numbers]}``: each number asked for, as Part A's pages write it."""
    text = "\n".join(page.extract_text() for page in reader.pages[network_page(reader) + 1:])
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
    assert rows(sheet.pages[network_page(sheet)], language) == given_rows(language)
    values = values_by_name(RECORD)
    for name, written in answers(sheet, language).items():
        assert format_number(values[name]) not in written, name


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("paper", list(PAPERS))
def test_the_worksheet_has_a_line_for_every_number_of_the_key(paper, language):
    [diagram] = [ax for figure in pages(paper, False, language) for ax in figure.axes[1:]]
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
@pytest.mark.parametrize("key", [False, True])
def test_text_is_big_enough_and_inside_the_margins(paper, key, language):
    for figure in pages(paper, key, language):
        renderer = FigureCanvasAgg(figure).get_renderer()
        width, height = figure.get_size_inches() * figure.dpi
        inside = MARGIN * figure.dpi - 0.5
        texts = [text for ax in figure.axes for text in ax.texts if text.get_visible() and text.get_text()]
        assert texts
        for text in texts:
            assert text.get_fontsize() >= SMALLEST_PT, text.get_text()
        drawn = [artist for ax in figure.axes for artist in ax.get_default_bbox_extra_artists()
                 if artist is not ax.patch]         # not the white under the whole page
        for artist in drawn:
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
    slide a ``### Question N`` and below it ``Prediction(*lecture_question(N, numbers))``."""
    cells = json.loads(LECTURE.read_text(encoding="utf-8"))["cells"]
    asked = []
    for cell, below in zip(cells, cells[1:]):
        found = re.search(r"^### Question (\d)", "".join(cell["source"]), re.MULTILINE)
        if cell["cell_type"] == "markdown" and found:
            number = int(found[1])
            assert "".join(below["source"]) == f"Prediction(*lecture_question({number}, numbers))"
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
    text = "\n".join(page.extract_text() for page in reader.pages)
    answer = pattern(language, "Answer: {letter}. {why}", letter="([A-D])", why="(.*?)")
    footer = pattern(language, "page {number} of {pages} · {built}", number=r"\d+", pages=r"\d+", built="")
    return re.findall(rf"^{answer}(?=^Q\d+\. |^{footer}|\Z)", text, re.MULTILINE | re.DOTALL)


def test_the_keys_letters_are_the_plans_and_its_numbers_the_engines(pdfs):
    language, _, sheet, key = pdfs
    answer = pattern(language, "Answer: {letter}. {why}", letter="[A-D]", why="")
    assert not re.search(answer, "".join(page.extract_text() for page in sheet.pages))
    plan, written = plan_questions(), key_answers(key, language)
    assert [letter for letter, _ in written] == [letter for _, _, letter, _ in plan]
    for number, numbers in engine_numbers().items():
        assert re.findall(NUMBER, written[number - 1][1]) == [format_number(x) for x in numbers], number
    # Q8 is the valley of notebook 5, not the demo network: its numbers are the plan's.
    assert {float(x) for x in re.findall(NUMBER, written[7][1])} <= {
        float(x) for x in re.findall(r"\d*\.?\d+", plan[7][3])}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_key_writes_on_the_worksheets_lines(language):
    """Each answer fits on the lines the worksheet gives it: the key laid over a
    learner's sheet shows every answer on its lines."""
    def lines_to_write(figure):     # not the worksheet's line for the name
        return [(tuple(line.get_xdata()), tuple(line.get_ydata())) for line in figure.axes[0].lines
                if line.get_linewidth() == WRITE_ON["linewidth"] and line.get_gid() != "name"]

    sheet, key = (pages("A4", key, language) for key in (False, True))
    assert [lines_to_write(page) for page in sheet] == [lines_to_write(page) for page in key]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("paper", list(PAPERS))
def test_the_name_field_is_clear_of_the_title(paper, language):
    figure = pages(paper, False, language)[0]
    renderer = FigureCanvasAgg(figure).get_renderer()
    texts = {text.get_text(): text.get_window_extent(renderer)
             for ax in figure.axes for text in ax.texts if text.get_visible()}
    title = texts[said(language, "Backpropagation by hand: worksheet")]
    assert texts[said(language, "Name")].x0 > title.x1, f"the name field overlaps the title on {paper}"


def test_the_chinese_edition_says_everything_in_chinese(folders):
    """Every word of the Chinese pages comes from the table (``tr`` shows no English), and
    the text of the Chinese PDFs is Chinese: mostly Chinese characters, and nowhere two
    English words in a row (symbols, names and formulas, as ``y_target`` and ``alpha``, stay)."""
    untranslated.clear()
    for paper in PAPERS:
        for key in (False, True):
            pages.__wrapped__(paper, key, "zh")         # drawn anew: every word looked up
    assert not untranslated
    for path in folders["zh"].iterdir():
        text = "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
        assert len(CHINESE.findall(text)) > len(re.findall("[A-Za-z]", text)) / 2, path.name
        assert not re.findall(r"[A-Za-z]{3,} [A-Za-z]{3,}", text), path.name
