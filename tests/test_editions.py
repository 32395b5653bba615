"""The Chinese edition is the English edition in other words: the same code, cell for cell.

Each notebook of notebooks/ and notebooks/lecture/ has a twin under
notebooks/zh/ (tools/zh_edition.py makes and syncs them).  The twins' code
cells are the English code cells, character for character, plus one cell
that chooses Chinese; their markdown cells are the English ones translated,
in the same order (matched by cell id).  And a Chinese learner reads no
English: not in the markdown, not in anything a cell printed.
"""

import json
import re
import sys
from pathlib import Path

import nbformat
import pytest

from bp_helpers.language import is_english

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import zh_edition  # noqa: E402

ENGLISH = zh_edition.english_notebooks()
CHINESE = sorted(path for path in zh_edition.CHINESE.rglob("*.ipynb") if ".ipynb_checkpoints" not in path.parts)


def cells(path):
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def name(path):
    return str(path.relative_to(ROOT / "notebooks"))


def test_every_english_notebook_has_a_chinese_twin():
    missing = [name(path) for path in ENGLISH if not zh_edition.twin(path).exists()]
    assert not missing, f"no Chinese twin (tools/zh_edition.py new NAME): {missing}"


def test_every_chinese_notebook_has_an_english_original():
    english = {zh_edition.twin(path) for path in ENGLISH}
    assert [name(path) for path in CHINESE if path not in english] == []


@pytest.mark.parametrize("english", ENGLISH, ids=name)
def test_the_twins_code_cells_are_the_english_ones(english):
    twin = zh_edition.twin(english)
    chinese = cells(twin)
    chooser = [cell for cell in chinese if cell.get("id") == zh_edition.LANGUAGE_CELL_ID]
    assert len(chooser) == 1 and "".join(chooser[0]["source"]) == zh_edition.LANGUAGE_CELL
    chinese = [cell for cell in chinese if cell.get("id") != zh_edition.LANGUAGE_CELL_ID]
    original = cells(english)
    assert [(c["cell_type"], c["id"]) for c in chinese] == [(c["cell_type"], c["id"]) for c in original], (
        f"{name(twin)}: not cell for cell the English notebook: tools/zh_edition.py sync")
    for ours, theirs in zip(chinese, original):
        if ours["cell_type"] == "code":
            assert ours["source"] == theirs["source"], f"{name(twin)}: cell {ours['id']} differs"
        # the slide a cell makes, its tags: the English cell's (a lecture slide is a slide in both)
        assert zh_edition.layout(ours["metadata"]) == zh_edition.layout(theirs["metadata"]), (
            f"{name(twin)}: cell {ours['id']}'s slide or tags differ: tools/zh_edition.py sync")


def english_lines(text):
    """The lines of ``text`` with English words: formulas, code and links left out,
    and the English a Chinese text may carry, a term's gloss in brackets after it
    (批量（batch）) and a source's own title (《A Step by Step Backpropagation Example》)."""
    text = re.sub(r"```.*?```|`[^`]*`|\$\$.*?\$\$|\]\([^)]*\)|<[^>]*>|（[A-Za-z][^（）]*）|《[^《》]*》",
                  " ", text, flags=re.DOTALL)
    return [line for line in text.splitlines() if is_english(line)]


# what a cell shows as it is: the package's source code, and widgets (whose
# words tests/test_language.py checks, in the widgets themselves)
SHOWS_CODE = ("code_of(", "code_between(")
WIDGET = "application/vnd.jupyter.widget-view+json"


def shown_texts(cell):
    """The texts a learner reads in a cell: its markdown, or what it printed and displayed."""
    if cell["cell_type"] == "markdown":
        return ["".join(cell["source"])]
    if any(call in "".join(cell["source"]) for call in SHOWS_CODE):
        return []
    texts = []
    for output in cell.get("outputs", []):
        data = output.get("data", {})
        if WIDGET not in data:
            texts.append("".join(output.get("text", "")) + "".join(data.get("text/plain", "")))
    return texts


@pytest.mark.parametrize("twin", CHINESE, ids=name)
def test_a_chinese_learner_reads_no_english(twin):
    found = [line for cell in cells(twin) for text in shown_texts(cell) for line in english_lines(text)]
    assert found == [], f"{name(twin)}: English for a Chinese learner:\n" + "\n".join(found[:20])


@pytest.mark.parametrize("english", ENGLISH, ids=name)
def test_every_translation_translates_the_english_text_as_it_is_now(english):
    """A markdown cell changed in English after its translation is found, never left stale."""

    source = {cell.id: cell for cell in nbformat.read(english, as_version=4).cells}
    chinese = nbformat.read(zh_edition.twin(english), as_version=4)
    stale = [cell.id for cell in chinese.cells
             if cell.cell_type == "markdown" and zh_edition.stale(cell, source[cell.id])]
    assert stale == [], (f"{name(english)}: translate these cells again, then "
                         f"tools/zh_edition.py translated {name(english)} CELL_ID ...: {stale}")
