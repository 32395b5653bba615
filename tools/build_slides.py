"""Build the lecture's static slides: a reveal.js deck per lecture notebook, opened offline.

    python tools/build_slides.py [--out DIR] [NOTEBOOK ...]        (make slides)

Each notebook of notebooks/lecture/ (the 50-minute plan of docs/teaching.md) is
written as committed, with its outputs, by nbconvert's reveal.js template:
slides/<name>.slides.html.  Its cells' "slideshow" metadata says where a slide
starts ("slide"), what stays on it ("-"), what is left out ("skip") and what
is a speaker note ("notes": press S).  The widgets show their first state
without a kernel, as in the static site (tools/build_site.py): the notebook's
saved widget state, drawn by @jupyter-widgets/html-manager.  To move them,
present the notebook live: tools/live_slides.py (make live-slides).

The deck loads nothing from the internet.  nbconvert's template takes reveal.js
from a CDN; here reveal.js 4.6.1 (MIT licence, copied with its LICENSE; the last
4.x, the major version the template is written for) comes from its npm
package, fetched and checked against its pinned sha512 as build_site.py does
for require.js, the widget manager and MathJax 2, which the deck uses too.  The
template's two other look-ups, jQuery and mermaid, are left out by
tools/templates/lecture_slides.html.j2 (it says why).
"""

import argparse
import shutil
import sys
from pathlib import Path

import nbformat
from build_site import (
    PACKAGES,
    STATIC_FOLDERS,
    STATIC_URLS,
    VENDOR_DIR,
    WIDGET_FONT_STYLE,
    Copy,
    NpmPackage,
    copy_static,
)
from nbconvert import SlidesExporter

REPO = Path(__file__).resolve().parents[1]
LECTURE_DIR = REPO / "notebooks" / "lecture"
CHINESE_LECTURE_DIR = REPO / "notebooks" / "zh" / "lecture"
SLIDES_DIR = REPO / "slides"
TEMPLATES = Path(__file__).resolve().parent / "templates"

REVEAL = NpmPackage(
    "reveal.js", "4.6.1",
    "sha512-1CW0auaXNPmwmvQ7TwpszwVxMi2Xr5cTS3J3EBC/HHgbPF32Dn7aiu/LKWDOGjMbaDwKQiGmfqcoGQ74HUHCMw==",
    # What the template asks for, under the prefix it is given, with the white
    # theme's fonts, and the licence.
    (Copy(("LICENSE", "dist/reveal.js", "dist/reveal.css", "dist/theme/white.css",
           "dist/theme/fonts/source-sans-pro/*", "plugin/notes/notes.js"), "_static/reveal.js"),))

# A projector of 1024x768: reveal.js scales the slide to the window, less a
# margin of 4 %, so at that window size the slide is shown at 96 %.
SLIDE_SETTINGS = dict(reveal_url_prefix="_static/reveal.js", reveal_theme="white",
                      reveal_transition="none", reveal_number="c/t",
                      reveal_width="1024", reveal_height="768")


def build_slides(notebook_paths, out_dir, vendor_dir=VENDOR_DIR):
    """Write one deck per notebook and the scripts they load into out_dir; return the decks' names."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for old_deck in out_dir.glob("*.slides.html"):
        old_deck.unlink()
    for folder in STATIC_FOLDERS:
        shutil.rmtree(out_dir / folder, ignore_errors=True)
    copy_static(vendor_dir, out_dir, PACKAGES + (REVEAL,))

    exporter = SlidesExporter(template_file="lecture_slides.html.j2", extra_template_paths=[str(TEMPLATES)],
                              embed_images=True, **SLIDE_SETTINGS, **STATIC_URLS)
    decks = []
    for path in notebook_paths:
        notebook = nbformat.read(path, as_version=4)
        deck_html, _ = exporter.from_notebook_node(notebook, resources={"metadata": {"name": path.stem}})
        deck_html = deck_html.replace("</head>", WIDGET_FONT_STYLE + "</head>", 1)
        deck = f"{path.stem}.slides.html"
        (out_dir / deck).write_text(deck_html, encoding="utf-8")
        decks.append(deck)
        print(f"  {deck}")
    return decks


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", type=Path,
                        help="lecture notebooks (default: notebooks/lecture/*.ipynb into OUT, "
                             "and the Chinese edition's, notebooks/zh/lecture/*.ipynb, into OUT/zh)")
    parser.add_argument("--out", type=Path, default=SLIDES_DIR, help="output folder (default: slides/)")
    args = parser.parse_args(argv)
    editions = ([(args.notebooks, args.out)] if args.notebooks else
                [(sorted(LECTURE_DIR.glob("*.ipynb")), args.out),
                 (sorted(CHINESE_LECTURE_DIR.glob("*.ipynb")), args.out / "zh")])
    for paths, out in editions:
        if not paths:
            sys.exit("no lecture notebooks")
        print(f"Writing {len(paths)} slide decks to {out}/")
        decks = build_slides(paths, out)
        print(f"Open {out / decks[0]} (offline; S shows the speaker notes)")


if __name__ == "__main__":
    main()
