"""Build the static HTML copy of the course: site/index.html and one page per notebook.

Each notebook is written as it is committed, with its outputs (--execute runs
it again first, in memory), by nbconvert's "lab" template.  The widgets show
their first state without a kernel: the notebook's saved widget state
(metadata "widgets", stored by nbclient and `jupyter nbconvert --execute`) is
embedded in the page, and @jupyter-widgets/html-manager draws it.

The pages load nothing from the internet.  The html manager, require.js (which
the manager needs) and MathJax 2 (the version nbconvert's template and the
manager's HTMLMath speak to) are copied into the site (_static/ and
@jupyter-widgets/) from their npm packages, fetched once with `npm pack`
into build/vendor/ and checked against the sha512 hashes pinned below.

What it leaves out: a kernel.  The widgets are drawn but do not compute;
moving a slider changes nothing.  The notebooks' static figures carry the
lesson on their own.

The Chinese edition (notebooks/zh/) is a site of its own in site/zh/, and
each front page links to the other.

Usage:  python tools/build_site.py [--execute] [--out DIR] [--edition en|zh] [NOTEBOOK ...]
        (make html: both editions)
"""

import argparse
import base64
import hashlib
import html
import json
import re
import shutil
import subprocess
import sys
import tarfile
from dataclasses import dataclass
from pathlib import Path

import nbformat
from nbconvert import HTMLExporter

REPO = Path(__file__).resolve().parents[1]
NOTEBOOK_DIR = REPO / "notebooks"
SITE_DIR = REPO / "site"
VENDOR_DIR = REPO / "build" / "vendor"


@dataclass(frozen=True)
class Edition:
    """The words of one edition's front page, and where its notebooks and pages are."""

    language: str
    notebooks: Path
    folder: str          # of the site, "" for the English edition
    title: str
    intro: str
    other: str           # the address of the other edition's front page
    other_words: str     # and the words of the link to it


EDITIONS = {
    "en": Edition("en", NOTEBOOK_DIR, "", "Backpropagation, step by step",
                  "The course's notebooks, as run, with their outputs. The widgets show their first "
                  "state; to move them, open the notebooks in JupyterLab (<code>make lab</code>).",
                  "zh/index.html", "中文版"),
    "zh": Edition("zh", NOTEBOOK_DIR / "zh", "zh", "反向传播，一步一步",
                  "课程的笔记本，运行后连同输出一起保存。这里的控件只显示初始状态；"
                  "要拖动滑块、单击按钮，请在 JupyterLab 中打开笔记本（<code>make lab</code>）。",
                  "../index.html", "English edition"),
}


@dataclass(frozen=True)
class Copy:
    """Files of a package (glob patterns, relative to its folder `root`) and their folder in the site."""

    patterns: tuple
    to: str
    root: str = "."


@dataclass(frozen=True)
class NpmPackage:
    name: str
    version: str
    integrity: str    # npm's "sha512-<base64>" of the package tarball
    copies: tuple     # of Copy

    @property
    def spec(self):
        return f"{self.name}@{self.version}"


FONTS = ("*.woff2", "*.woff", "*.ttf", "*.eot", "*.svg")

PACKAGES = (
    NpmPackage(
        "@jupyter-widgets/html-manager", "1.0.15",
        "sha512-5thBIV6ymNgmPVOHvzx+gGy8ZSKmSazhtGw4/c4xJDVzRhG9PTeQsRjF3FUTopvFi//SABeNz1yp47bCrJ3CQA==",
        (
            # The AMD embedder, laid out as on a CDN.
            Copy(("embed-amd.js",) + FONTS, "@jupyter-widgets/html-manager/dist", root="dist"),
            # Its modules look for their icon fonts beside their require.js names,
            # taken relative to the page: @jupyter-widgets/html-manager/dist/ and
            # @jupyter-widgets/.
            Copy(FONTS, "@jupyter-widgets", root="dist"),
        )),
    NpmPackage(
        "requirejs", "2.3.8",
        "sha512-7/cTSLOdYkNBNJcDMWf+luFvMriVm7eYxp4BcFCsAX0wF421Vyce5SXP17c+Jd5otXKGNehIonFlyQXSowL6Mw==",
        (Copy(("require.js",), "_static/requirejs"),)),
    NpmPackage(
        "mathjax", "2.7.9",
        "sha512-NOGEDTIM9+MrsqnjPEjVGNx4q0GQxqm61yQwSK+/5S59i26wId5IC5gNu9/bu8+CCVl5p9G2IHcAl/wJa+5+BQ==",
        # The TeX-AMS_CHTML-full configuration and what it loads as it typesets.
        (Copy(("MathJax.js", "config/TeX-AMS_CHTML-full.js", "config/Safe.js", "extensions/**/*",
               "jax/element/**/*", "jax/input/TeX/**/*", "jax/output/CommonHTML/**/*",
               "fonts/HTML-CSS/TeX/woff/**/*"), "_static/mathjax"),)),
)
# MathJax 2 knows \textcolor (which the course's formulas use, as MathJax 3 and
# KaTeX do) only from its "color" extension; this configuration file, loaded
# after the standard one, adds it.
MATHJAX_COURSE_CONFIG = ("_static/mathjax/config/local/course.js", """\
MathJax.Hub.Config({TeX: {extensions: ["color.js"]}});
MathJax.Ajax.loadComplete("[MathJax]/config/local/course.js");
""")

# Outside JupyterLab the widgets' labels would fall back to the browser's serif
# font; this gives them JupyterLab's interface font, as in the notebook.
WIDGET_FONT_STYLE = "<style>.jupyter-widgets { font-family: var(--jp-ui-font-family); }</style>\n"

# The folders of the site that copy_static fills.
STATIC_FOLDERS = ("_static", "@jupyter-widgets")

# Where the pages find them (relative to the pages, which sit in the site's top folder).
STATIC_URLS = {
    "require_js_url": "_static/requirejs/require.js",
    "widget_renderer_url": "@jupyter-widgets/html-manager/dist/embed-amd.js",
    "mathjax_url": "_static/mathjax/MathJax.js?config=TeX-AMS_CHTML-full,Safe,local/course",
}


def npm_integrity(path):
    return "sha512-" + base64.b64encode(hashlib.sha512(path.read_bytes()).digest()).decode()


def fetch(package, vendor_dir):
    """The package's folder under vendor_dir, fetched with `npm pack` the first time."""
    unpacked = vendor_dir / f"{package.name.replace('/', '__')}-{package.version}"
    if unpacked.is_dir():
        return unpacked
    download = vendor_dir / "download"
    download.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(["npm", "pack", package.spec, "--json", "--pack-destination", str(download)],
                            capture_output=True, text=True, cwd=download)
    if result.returncode != 0:
        sys.exit(f"`npm pack {package.spec}` failed:\n{result.stderr}")
    tarball = download / json.loads(result.stdout)[0]["filename"]
    if npm_integrity(tarball) != package.integrity:
        tarball.unlink()
        sys.exit(f"{package.spec}: the downloaded tarball does not match the pinned sha512")
    partial = vendor_dir / f"{unpacked.name}.partial"
    shutil.rmtree(partial, ignore_errors=True)
    with tarfile.open(tarball) as archive:
        archive.extractall(partial, filter="data")
    (partial / "package").rename(unpacked)   # npm tarballs hold one folder, "package/"
    shutil.rmtree(partial)
    tarball.unlink()
    return unpacked


def copy_package(package, vendor_dir, site_dir):
    """Copy the package's files into site_dir, each Copy into its folder."""
    unpacked = fetch(package, vendor_dir)
    for copy in package.copies:
        source = unpacked / copy.root
        for pattern in copy.patterns:
            matches = [path for path in source.glob(pattern) if path.is_file()]
            if not matches:
                sys.exit(f"{package.spec} has no file matching {copy.root}/{pattern}")
            for path in matches:
                target = site_dir / copy.to / path.relative_to(source)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, target)


def copy_static(vendor_dir, site_dir, packages=PACKAGES):
    """Copy the packages' files into the site, and the course's MathJax configuration."""
    for package in packages:
        copy_package(package, vendor_dir, site_dir)
    config_path, config = MATHJAX_COURSE_CONFIG
    (site_dir / config_path).parent.mkdir(parents=True, exist_ok=True)
    (site_dir / config_path).write_text(config, encoding="utf-8")


def execute(notebook, notebook_path):
    """Run the notebook again, storing the widgets' state as nbconvert --execute does."""
    from nbclient import NotebookClient
    NotebookClient(notebook, timeout=600, store_widget_state=True,
                   resources={"metadata": {"path": str(notebook_path.parent)}}).execute()


def title_of(notebook, fallback):
    """The notebook's first heading, without its #'s."""
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip()
    return fallback


def link_pages(page_html, names):
    """Point links between notebooks (href="02_x.ipynb#part") at their pages."""
    pattern = re.compile(r'href="(' + "|".join(re.escape(n) for n in names) + r')\.ipynb(#[^"]*)?"')
    return pattern.sub(lambda m: f'href="{m.group(1)}.html{m.group(2) or ""}"', page_html)


def index_page(entries, edition=EDITIONS["en"]):
    """The edition's front page: the course title, a link to each notebook and one to the other edition."""
    items = "\n".join(f'    <li><a href="{html.escape(page)}">{html.escape(title)}</a></li>'
                      for page, title in entries)
    return f"""<!DOCTYPE html>
<html lang="{edition.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{html.escape(edition.title)}</title>
<style>
  body {{ font-family: system-ui, sans-serif; max-width: 46rem; margin: 3rem auto; padding: 0 1rem;
         line-height: 1.5; color: #1a1a1a; }}
  li {{ margin: 0.4rem 0; }}
</style>
</head>
<body>
<h1>{html.escape(edition.title)}</h1>
<p>{edition.intro}</p>
<ol>
{items}
</ol>
<p><a class="edition" href="{edition.other}">{edition.other_words}</a></p>
</body>
</html>
"""


def build_site(notebook_paths, out_dir, vendor_dir=VENDOR_DIR, run_first=False, edition=EDITIONS["en"]):
    """Write one page per notebook, the index and _static/ into out_dir; return the page names."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for old_page in out_dir.glob("*.html"):
        old_page.unlink()
    for folder in STATIC_FOLDERS:
        shutil.rmtree(out_dir / folder, ignore_errors=True)
    copy_static(vendor_dir, out_dir)

    exporter = HTMLExporter(template_name="lab", embed_images=True, **STATIC_URLS)
    names = [path.stem for path in notebook_paths]
    entries = []
    for path in notebook_paths:
        notebook = nbformat.read(path, as_version=4)
        if run_first:
            execute(notebook, path)
        page_html, _ = exporter.from_notebook_node(notebook, resources={"metadata": {"name": path.stem}})
        page_html = link_pages(page_html, names).replace("</head>", WIDGET_FONT_STYLE + "</head>", 1)
        (out_dir / f"{path.stem}.html").write_text(page_html, encoding="utf-8")
        entries.append((f"{path.stem}.html", title_of(notebook, path.stem)))
        print(f"  {path.stem}.html")
    (out_dir / "index.html").write_text(index_page(entries, edition), encoding="utf-8")
    return [page for page, _ in entries]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", type=Path,
                        help="notebooks to include (default: the edition's notebooks)")
    parser.add_argument("--out", type=Path, default=SITE_DIR, help="output folder (default: site/)")
    parser.add_argument("--execute", action="store_true", help="run each notebook again before writing it")
    parser.add_argument("--edition", choices=EDITIONS, action="append",
                        help="en or zh (default: both, zh in OUT/zh/; en alone if NOTEBOOKs are given)")
    args = parser.parse_args(argv)
    names = args.edition or (["en"] if args.notebooks else list(EDITIONS))
    for edition in (EDITIONS[name] for name in names):
        paths = args.notebooks or sorted(edition.notebooks.glob("*.ipynb"))
        if not paths:
            sys.exit(f"no notebooks in {edition.notebooks}")
        out = args.out / edition.folder
        print(f"Writing {len(paths)} pages to {out}/")
        build_site(paths, out, run_first=args.execute, edition=edition)
    print(f"Open {args.out / 'index.html'}")


if __name__ == "__main__":
    main()
