"""How long each course notebook takes to run top to bottom in a fresh kernel.

    .venv/bin/python tools/time_notebooks.py        (make time-notebooks)

Prints one line per notebook (the course, then its Chinese twins) and the
total; benchmarks/README.md quotes these figures.
The notebooks are run in memory: the files are left as they are.
"""

import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


def seconds_to_run(path):
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(notebook, timeout=120, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}})
    start = time.perf_counter()
    client.execute()
    return time.perf_counter() - start


def main():
    total = 0.0
    for path in sorted(NOTEBOOKS.glob("*.ipynb")) + sorted(NOTEBOOKS.glob("zh/*.ipynb")):
        seconds = seconds_to_run(path)
        total += seconds
        print(f"{str(path.relative_to(NOTEBOOKS)):45s} {seconds:5.1f} s")
    print(f"{'all notebooks':45s} {total:5.1f} s")


if __name__ == "__main__":
    main()
