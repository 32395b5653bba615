"""Which notebooks the browser tests run: every notebooks/*.ipynb, found anew each run,
and two Chinese twins (the player's and the explorer's notebooks): their code is
the English code (tests/test_editions.py), so two show that the Chinese words
fit and work in the browser.

Set BP_NOTEBOOKS=<folder> to test another folder instead (for example a
scratch copy with a deliberately broken notebook, to see the suite fail).
"""

import json
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
NOTEBOOK_DIR = Path(os.environ.get("BP_NOTEBOOKS", REPO / "notebooks")).resolve()


CHINESE_IN_THE_BROWSER = ("zh/03_backpropagation_step_by_step.ipynb", "zh/04_learning_rate_and_training.ipynb")


def notebook_names(chinese=True):
    """The English notebooks' names, then (if `chinese`) the Chinese twins tested in the browser."""
    names = sorted(path.name for path in NOTEBOOK_DIR.glob("*.ipynb"))
    return names + [name for name in CHINESE_IN_THE_BROWSER if chinese and (NOTEBOOK_DIR / name).exists()]


def stem(name):
    """A notebook's name as part of a file name: "zh/03_x.ipynb" -> "zh-03_x"."""
    return name.removesuffix(".ipynb").replace("/", "-")


def names_using(text, chinese=True):
    """Notebooks whose code cells contain `text`, e.g. "Stepper("."""
    return [name for name in notebook_names(chinese) if text in code_of(NOTEBOOK_DIR / name)]


def notebooks_using(text, chinese=True):
    """names_using(text, chinese) as pytest parameters.

    While no notebook uses `text`, a single parameter that is skipped with a
    reason, so the report says what is not tested yet.
    """
    return names_using(text, chinese) or [
        pytest.param(None, marks=pytest.mark.skip(reason=f"no notebook calls {text} yet"))]


def code_of(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    return "\n".join("".join(cell["source"]) for cell in notebook["cells"]
                     if cell["cell_type"] == "code")
