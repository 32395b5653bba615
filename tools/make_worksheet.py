"""Write the printable worksheet, its answer key and the lecturer's crib sheet, on A4 and on Letter.

    worksheet/worksheet-a4.pdf      worksheet/answer-key-a4.pdf      worksheet/crib-sheet-a4.pdf
    worksheet/worksheet-letter.pdf  worksheet/answer-key-letter.pdf  worksheet/crib-sheet-letter.pdf

The pages are drawn by bp_helpers/pictures/worksheet_pages.py, the questions
are in bp_helpers/worksheet.py (Part B first, a hand-out of its own for the lecture: the
50-minute plan's Q1-Q9, in docs/teaching.md's words; then Part A, for after it:
one step by hand); the key's numbers come from trace() of the demo network.
The crib sheet: the 50-minute plan on one page (its minutes, each question's
letter, line of why and usual wrong answer, what to cut), from the same data.
The PDFs are built, not committed: tests/test_worksheet.py builds them too,
and reads the key's numbers back.  With --language zh, the Chinese edition
(every word through bp_helpers/words_zh.py), in worksheet/zh/.

Usage:  python tools/make_worksheet.py [--language zh] [--out DIR]      (make worksheet)
"""

import argparse
from pathlib import Path

from bp_helpers.language import LANGUAGES, set_language
from bp_helpers.pictures.worksheet_pages import write_handouts

REPO = Path(__file__).resolve().parents[1]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=LANGUAGES, default="en",
                        help="the learner's language (default: en)")
    parser.add_argument("--out", type=Path,
                        help="the folder to write the PDFs into (default: worksheet/, "
                             "in Chinese worksheet/zh/)")
    arguments = parser.parse_args()
    set_language(arguments.language)
    folder = arguments.out or REPO / "worksheet" / ("" if arguments.language == "en" else arguments.language)
    folder.mkdir(parents=True, exist_ok=True)
    for path in write_handouts(folder):
        print(path)


if __name__ == "__main__":
    main()
