"""Write the printable worksheet and its answer key, on A4 and on Letter.

    worksheet/worksheet-a4.pdf      worksheet/answer-key-a4.pdf
    worksheet/worksheet-letter.pdf  worksheet/answer-key-letter.pdf

The pages are drawn by bp_helpers/pictures/worksheet_pages.py, the questions
are in bp_helpers/worksheet.py (Part B first, pages 1-3, for the lecture: the
50-minute plan's Q1-Q9, in docs/teaching.md's words; then Part A, for after it:
one step by hand); the key's numbers come from trace() of the demo network.
The PDFs are built, not committed: tests/test_worksheet.py builds them too,
and reads the key's numbers back.  With --language zh, the Chinese edition
(every word through bp_helpers/words_zh.py), in worksheet/zh/.

Usage:  python tools/make_worksheet.py [--language zh] [--out DIR]      (make worksheet)
"""

import argparse
from pathlib import Path

from bp_helpers.language import LANGUAGES, set_language
from bp_helpers.pictures.worksheet_pages import PAPERS, write_worksheet

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
    for paper in PAPERS:
        for key, name in ((False, "worksheet"), (True, "answer-key")):
            print(write_worksheet(folder / f"{name}-{paper.lower()}.pdf", paper, key))


if __name__ == "__main__":
    main()
