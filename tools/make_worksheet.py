"""Write the printable worksheet and its answer key, on A4 and on Letter.

    worksheet/worksheet-a4.pdf      worksheet/answer-key-a4.pdf
    worksheet/worksheet-letter.pdf  worksheet/answer-key-letter.pdf

The pages are drawn by bp_helpers/pictures/worksheet_pages.py, the questions
are in bp_helpers/worksheet.py (Part B first, pages 1-3, for the lecture: the
50-minute plan's Q1-Q9, in docs/teaching.md's words; then Part A, for after it:
one step by hand); the key's numbers come from trace() of the demo network.
The PDFs are built, not committed: tests/test_worksheet.py builds them too,
and reads the key's numbers back.

Usage:  python tools/make_worksheet.py [--out DIR]      (make worksheet)
"""

import argparse
from pathlib import Path

from bp_helpers.pictures.worksheet_pages import PAPERS, write_worksheet

REPO = Path(__file__).resolve().parents[1]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "worksheet",
                        help="the folder to write the PDFs into (default: worksheet/)")
    folder = parser.parse_args().out
    folder.mkdir(parents=True, exist_ok=True)
    for paper in PAPERS:
        for key, name in ((False, "worksheet"), (True, "answer-key")):
            print(write_worksheet(folder / f"{name}-{paper.lower()}.pdf", paper, key))


if __name__ == "__main__":
    main()
