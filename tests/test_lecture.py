"""The lecture path (docs/teaching.md) and its notebook (notebooks/lecture/) hold together.

- every cell of the lecture notebook says how it is shown as a slide, the
  notebook was committed from a clean run, and only its widget cells have
  their outputs ignored by nbval, each after a static picture;
- every code line shown on a slide is short enough for a 1024x768 slide;
- the lecture asks the nine questions of the 50-minute plan, in order, and
  docs/teaching.md gives each its answer;
- the right letters are spread over A to D, in Q1-Q9 and in Q1-Q13 (a class
  that always answers B learns nothing about backpropagation);
- the numbers of the 90-minute plan's own questions, Q10-Q13, are the
  engine's, computed here as notebooks 1, 7 and 8 compute them;
- each plan's timings run from 0:00 without a gap to 50 and 90 minutes, and
  the lecture's speaker notes give each section the 50-minute plan's minutes
  and mark each of its cuts;
- every section named in docs/teaching.md ("...") is a heading of a course
  notebook, so that renaming a section without the plan fails here.
"""

import json
import re
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from bp_helpers import Network, demo_network, train
from bp_helpers.activations import LEAKY_SLOPE
from bp_helpers.datasets import curve, xor
from bp_helpers.error_choice import compare_error_functions
from bp_helpers.formatting import format_number

ROOT = Path(__file__).resolve().parent.parent
LECTURE = ROOT / "notebooks" / "lecture" / "lecture_50_minutes.ipynb"
TEACHING = ROOT / "docs" / "teaching.md"
SLIDE_TYPES = {"slide", "subslide", "fragment", "-", "skip", "notes"}
WIDGETS = ("Stepper(", "LearningRateExplorer(")
LONGEST_LINE = 64      # characters of code at 18-19 px on a 1024 px slide, with the prompt


def cells():
    return json.loads(LECTURE.read_text(encoding="utf-8"))["cells"]


def source(cell):
    return "".join(cell["source"])


def teaching():
    return TEACHING.read_text(encoding="utf-8")


def test_every_cell_has_a_slide_type():
    for cell in cells():
        assert cell["metadata"].get("slideshow", {}).get("slide_type") in SLIDE_TYPES, source(cell)


def test_committed_from_a_clean_run():
    code = [cell for cell in cells() if cell["cell_type"] == "code"]
    assert [cell["execution_count"] for cell in code] == list(range(1, len(code) + 1))
    for cell in code:
        for output in cell["outputs"]:
            assert output["output_type"] != "error" and output.get("name") != "stderr", source(cell)


def test_only_widget_cells_are_ignored_and_each_follows_a_picture():
    code = [cell for cell in cells() if cell["cell_type"] == "code"]
    ignored = [k for k, cell in enumerate(code) if "nbval-ignore-output" in cell["metadata"].get("tags", [])]
    assert ignored, "the lecture shows the player and the explorer"
    for k in ignored:
        assert any(widget in source(code[k]) for widget in WIDGETS), source(code[k])
        assert any("image/png" in output.get("data", {}) for output in code[k - 1]["outputs"]), source(code[k])


def test_code_on_the_slides_fits_their_width():
    for cell in cells():
        if cell["cell_type"] == "code" and cell["metadata"]["slideshow"]["slide_type"] != "skip":
            for line in source(cell).splitlines():
                assert len(line) <= LONGEST_LINE, line


def test_the_lecture_asks_the_plans_questions_in_order():
    asked = [int(number) for cell in cells()
             for number in re.findall(r"^### Question (\d+)", source(cell), re.MULTILINE)]
    assert asked == list(range(1, 10))
    for number in asked:
        answer = re.search(rf"^\*\*Q{number}\.?\*\*.*?^- Answer: \*\*([A-D])\*\*", teaching(),
                           re.MULTILINE | re.DOTALL)
        assert answer, f"docs/teaching.md gives no answer to Q{number}"


@pytest.mark.parametrize("questions", [9, 13])
def test_the_right_letters_are_spread_over_a_to_d(questions):
    """Each letter is right as often as the others, give or take one: in the
    50-minute plan's nine questions and in all thirteen of the 90-minute plan."""
    answers = re.findall(r"^\*\*Q(\d+)\.?\*\*.*?^- Answer: \*\*([A-D])\*\*", teaching(), re.MULTILINE | re.DOTALL)
    assert [int(number) for number, _ in answers] == list(range(1, 14))
    counts = Counter(letter for _, letter in answers[:questions])
    fair = questions // 4
    assert set(counts) == set("ABCD") and set(counts.values()) <= {fair, fair + 1}, counts


def ninety_minute_numbers():
    """``{Q: [numbers]}``: what Q10-Q13 and their answers write, in order: what the
    engine computes, as the notebooks compute it, and (as text, the way the code
    types them) the settings of the networks."""
    demo = demo_network()
    linear = Network(demo.sizes, "linear", weights=demo.weights, biases=demo.biases)
    b = linear.forward(np.array([0.0]))[0]           # notebook 1: y_6 = w x_input + b
    w = linear.forward(np.array([1.0]))[0] - b
    X, T = xor()                                     # notebook 7, section 1
    equal = 0.5
    twins = Network([2, 4, 1], ["tanh", "sigmoid"], weights=[np.full((2, 4), equal), np.full((4, 1), equal)])
    twins_run = train(twins, X, T, 3.0, 500)
    seeded_run = train(Network([2, 4, 1], ["tanh", "sigmoid"]), X, T, 3.0, 500)
    X, T = curve()                                   # notebook 7, section 4
    dead_bias = -1.5
    biases = [np.full(8, dead_bias), np.zeros(1)]
    relu_run, leaky_run = (train(Network([1, 8, 1], [name, "sigmoid"], biases=biases), X, T, 3.0, 2000)
                           for name in ("relu", "leaky_relu"))
    squared, cross_entropy = compare_error_functions(learning_rate=1.0, updates=50).values()   # notebook 8
    return {
        10: [w, b],
        11: [f"{equal:g}", twins_run.initial_error, twins_run.final_error, seeded_run.final_error],
        12: [f"{dead_bias:g}", relu_run.initial_error, relu_run.final_error, f"{LEAKY_SLOPE:g}", leaky_run.initial_error,
             leaky_run.final_error],
        13: [squared.y[0], squared.y[0] * (1 - squared.y[0]), squared.dE_dx[0], squared.y[-1],
             cross_entropy.dE_dx[0], cross_entropy.y[-1]],
    }


def test_the_90_minute_questions_write_the_engines_numbers():
    text = teaching().replace("\N{MINUS SIGN}", "-")
    for number, numbers in ninety_minute_numbers().items():
        question = re.split(r"^\*\*Q\d+\.\*\*|^## ", text.split(f"**Q{number}.**")[1], flags=re.MULTILINE)[0]
        written = re.findall(r"-?\d*\.\d+", question)      # a number with a decimal point
        assert written == [x if isinstance(x, str) else format_number(x) for x in numbers], f"Q{number}"


@pytest.mark.parametrize("minutes", [50, 90])
def test_the_plans_timings_add_up(minutes):
    plan = teaching().split(f"## The {minutes}-minute plan")[1].split("\n## ")[0]
    rows = re.findall(r"^\| (\d):(\d\d)–(\d):(\d\d) \|", plan, re.MULTILINE)
    assert rows
    times = [(60 * int(h1) + int(m1), 60 * int(h2) + int(m2)) for h1, m1, h2, m2 in rows]
    assert times[0][0] == 0 and times[-1][1] == minutes
    assert all(end == next_start for (_, end), (next_start, _) in zip(times, times[1:])), times


def fifty_minute_plan():
    return teaching().split("## The 50-minute plan")[1].split("\n## ")[0]


def test_the_notes_give_each_section_its_minutes_on_the_plans_clock():
    """The first speaker notes of each section ("## 3 · ...") begin "Section 3, 0:11–0:19 on
    the clock", the times of the plan's row for step 3."""
    clock = {int(step): times for times, step in re.findall(r"^\| (\d:\d\d–\d:\d\d) \| (\d)\. ", fifty_minute_plan(),
                                                           re.MULTILINE)}
    said, section = {}, None
    for cell in cells():
        heading = re.match(r"## (\d) · ", source(cell))
        if heading:
            section = int(heading[1])
        elif cell["metadata"]["slideshow"]["slide_type"] == "notes" and section and section not in said:
            minutes = re.match(rf"Section {section}, (\S+) on the clock", source(cell))
            said[section] = minutes and minutes[1]
    assert clock and said == clock


def test_the_notes_mark_each_cut_of_the_plan():
    """The plan's cuts, in its order, are marked where they come: "CUT 1" to "CUT 4"."""
    cuts = re.findall(r"^\| (?!cut \|)(?!---)[^|]+\| about \d+ min \|$", fifty_minute_plan(), re.MULTILINE)
    notes = "\n".join(source(cell) for cell in cells() if cell["metadata"]["slideshow"]["slide_type"] == "notes")
    marked = [int(number) for number in re.findall(r"^CUT (\d) when late", notes, re.MULTILINE)]
    assert cuts and sorted(marked) == list(range(1, len(cuts) + 1))


def test_every_section_named_is_a_heading_of_the_course():
    headings = set()
    for path in (ROOT / "notebooks").glob("*.ipynb"):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            if cell["cell_type"] == "markdown":
                headings |= {line.lstrip("#").strip() for line in source(cell).splitlines()
                             if line.startswith("#")}
    named = {" ".join(name.split()) for name in re.findall(r'"([^"]+)"', teaching())}
    assert named and named <= headings, sorted(named - headings)
