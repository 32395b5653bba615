"""Which notebooks the browser tests run: every notebooks/*.ipynb, found anew each run.

Set BP_NOTEBOOKS=<folder> to test another folder instead (for example a
scratch copy with a deliberately broken notebook, to see the suite fail).
"""

import json
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
NOTEBOOK_DIR = Path(os.environ.get("BP_NOTEBOOKS", REPO / "notebooks")).resolve()


def notebook_names():
    return sorted(path.name for path in NOTEBOOK_DIR.glob("*.ipynb"))


def names_using(text):
    """Notebooks whose code cells contain `text`, e.g. "Stepper("."""
    return [name for name in notebook_names() if text in code_of(NOTEBOOK_DIR / name)]


def notebooks_using(text):
    """names_using(text) as pytest parameters.

    While no notebook uses `text`, a single parameter that is skipped with a
    reason, so the report says what is not tested yet.
    """
    return names_using(text) or [
        pytest.param(None, marks=pytest.mark.skip(reason=f"no notebook calls {text} yet"))]


def code_of(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    return "\n".join("".join(cell["source"]) for cell in notebook["cells"]
                     if cell["cell_type"] == "code")
