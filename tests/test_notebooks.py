"""Every course notebook reads like a chapter and was committed from a clean run."""

import json
import re
from pathlib import Path

import pytest

COURSE = sorted((Path(__file__).parent.parent / "notebooks").glob("*.ipynb"))
CHINESE = sorted((Path(__file__).parent.parent / "notebooks" / "zh").glob("*.ipynb"))
NOTEBOOKS = COURSE + CHINESE
# the headings every chapter has, in each edition
GOALS = {"en": r"what you will learn", "zh": r"你将学到"}
SUMMARY = {"en": r"summary", "zh": r"小结"}
WIDGETS = ("Stepper(", "LearningRateExplorer(", "interact(", "HandTuner(", "LearningRatePaths(",
           "BatchSizePaths(", "OptimiserPaths(", "Prediction(")
# A prediction only asks: its question is in the text before it, and it needs no picture.
PICTURE_WIDGETS = tuple(widget for widget in WIDGETS if widget != "Prediction(")


def load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def edition(path):
    return "zh" if path.parent.name == "zh" else "en"


def test_the_course_is_there():
    numbers = sorted({path.name[:2] for path in COURSE})
    assert numbers == ["01", "02", "03", "04", "05", "06", "07", "08", "09"], [p.name for p in COURSE]


def ids(path):
    return f"{edition(path)}/{path.name}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids)
def test_title_and_learning_goals(path):
    cells = load(path)["cells"]
    first = "".join(cells[0]["source"])
    assert cells[0]["cell_type"] == "markdown" and first.startswith("# "), path.name
    markdown = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    assert re.search(GOALS[edition(path)], markdown, re.IGNORECASE), path.name
    assert re.search(SUMMARY[edition(path)], markdown, re.IGNORECASE), path.name


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids)
def test_committed_from_a_clean_top_to_bottom_run(path):
    code = [c for c in load(path)["cells"] if c["cell_type"] == "code"]
    counts = [c["execution_count"] for c in code]
    assert counts == list(range(1, len(code) + 1)), f"{path.name}: run it top to bottom"
    for cell in code:
        for output in cell["outputs"]:
            assert output["output_type"] != "error", f"{path.name}: {output.get('ename')}"
            assert output.get("name") != "stderr", f"{path.name}: {''.join(output['text'])}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids)
def test_outputs_are_ignored_only_for_widgets(path):
    """nbval skips a cell marked NBVAL_IGNORE_OUTPUT: only widget cells may be."""
    code = [c for c in load(path)["cells"] if c["cell_type"] == "code"]
    for k, cell in enumerate(code):
        source = "".join(cell["source"])
        ignored = "NBVAL_IGNORE_OUTPUT" in source or "nbval-ignore-output" in cell["metadata"].get("tags", [])
        if ignored:
            assert any(w in source for w in WIDGETS), f"{path.name}: ignored cell without a widget:\n{source}"
            if not any(w in source for w in PICTURE_WIDGETS):
                continue
            before = code[k - 1]["outputs"] if k else []
            assert any("image/png" in o.get("data", {}) for o in before), (
                f"{path.name}: a widget cell needs a static figure just before it:\n{source}")
