"""Run every course notebook top to bottom in a fresh kernel and save it with its outputs.

    .venv/bin/python tools/run_notebooks.py [NOTEBOOK ...]     (make run-notebooks)

Without arguments: the course (notebooks/*.ipynb), the lecture that
follows the 50-minute plan of docs/teaching.md (notebooks/lecture/), and
their Chinese twins (notebooks/zh/, notebooks/zh/lecture/).

nbval compares the committed outputs with a fresh run, so the notebooks are
committed as this script leaves them: execution counts 1..n, the widgets'
state saved (a static copy of the course shows their first state).
"""

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
EDITIONS = (NOTEBOOKS, NOTEBOOKS / "zh")


def run(path):
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(notebook, timeout=600, kernel_name="python3",
                            store_widget_state=True,
                            resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    nbformat.write(notebook, path)


def main(names):
    paths = ([Path(name).resolve() for name in names]
             or [path for edition in EDITIONS
                 for path in sorted(edition.glob("*.ipynb")) + sorted(edition.glob("lecture/*.ipynb"))])
    for path in paths:
        run(path)
        print(f"ran {path.relative_to(NOTEBOOKS)}")


if __name__ == "__main__":
    main(sys.argv[1:])
