"""The static HTML copy of the course (tools/build_site.py, `make html`).

The site is built once into a temporary folder, from the committed notebooks.
Its npm packages come from build/vendor/ (fetched with `npm pack` the first
time).  That the widgets really draw their first state with the network off
is checked in a browser by tests/browser/test_static_site.py.
"""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("site")
    subprocess.run([sys.executable, str(REPO / "tools" / "build_site.py"), "--out", str(out)],
                   check=True, capture_output=True, text=True)
    return out


def outputs(notebook_path):
    notebook = json.loads(notebook_path.read_text(encoding="utf-8"))
    return [output for cell in notebook["cells"] if cell["cell_type"] == "code"
            for output in cell.get("outputs", [])]


def page_of(site, notebook_path):
    return (site / f"{notebook_path.stem}.html").read_text(encoding="utf-8")


def local_references(page):
    """The src and href values that point into the site (not #anchors, not data: URIs)."""
    values = re.findall(r'(?:src|href)="([^"#][^"]*)"', page)
    return [value.split("?")[0] for value in values
            if not value.startswith(("data:", "http:", "https:", "mailto:"))]


def test_there_are_notebooks_to_build():
    assert NOTEBOOKS, "notebooks/ has no .ipynb file"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_notebook_has_a_page_linked_from_the_index(site, path):
    assert (site / f"{path.stem}.html").is_file()
    index = (site / "index.html").read_text(encoding="utf-8")
    assert f'href="{path.stem}.html"' in index


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_figure_of_the_notebook_is_in_its_page(site, path):
    page = page_of(site, path)
    figures = [output["data"]["image/png"] for output in outputs(path)
               if "image/png" in output.get("data", {})]
    for figure in figures:
        data = "".join(figure).replace("\n", "")
        assert f'src="data:image/png;base64,{data}"' in page


def test_the_pages_show_diagrams(site):
    pages = [page_of(site, path) for path in NOTEBOOKS]
    assert sum(len(re.findall(r'<img [^>]*src="data:image/png;base64,', page)) for page in pages) > 0


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_widgets_are_embedded_with_their_state(site, path):
    page = page_of(site, path)
    views = [output for output in outputs(path) if WIDGET_VIEW in output.get("data", {})]
    assert page.count(f'<script type="{WIDGET_VIEW}">') == len(views)
    if views:
        assert f'<script type="{WIDGET_STATE}">' in page
        assert 'var widgetRendererSrc = \'@jupyter-widgets/html-manager/dist/embed-amd.js\'' in page


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_pages_load_nothing_from_the_internet(site, path):
    page = page_of(site, path)
    assert not re.search(r'<(script|link)[^>]+(src|href)="https?:', page)
    assert not re.search(r"widgetRendererSrc = '(https?:)?//", page)
    for reference in local_references(page):
        assert (site / reference).is_file(), f"{path.stem}.html refers to missing {reference}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_links_between_notebooks_lead_to_pages(site, path):
    page = page_of(site, path)
    for other in NOTEBOOKS:
        assert f'href="{other.name}' not in page
