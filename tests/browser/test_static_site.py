"""The static HTML copy of the course works in a browser with the network off.

The site is built from the committed notebooks (tools/build_site.py) and each
page is opened from disk while every request that is not a file is refused.
The pages must load every script, font and figure they ask for, typeset their
formulas, and draw each widget in its first state.
"""

import subprocess
import sys

import pytest
from course_notebooks import NOTEBOOK_DIR, REPO, names_using, notebook_names

WIDGETS = {"Stepper(": ".bp-stepper", "LearningRateExplorer(": ".bp-explorer"}

# Resolves once MathJax has typeset everything queued so far.
MATHJAX_DONE_JS = "() => new Promise(done => MathJax.Hub.Queue(() => done(true)))"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("site")
    subprocess.run([sys.executable, str(REPO / "tools" / "build_site.py"), "--out", str(out),
                    *(str(NOTEBOOK_DIR / name) for name in notebook_names(chinese=False))],
                   check=True, capture_output=True, text=True)
    return out


def widget_selectors(name):
    return [selector for call, selector in WIDGETS.items() if name in names_using(call, chinese=False)]


@pytest.mark.parametrize("name", notebook_names(chinese=False))
def test_page_works_offline(site, offline_page, screenshots, name):
    page, refused, failed = offline_page
    stem = name.removesuffix(".ipynb")
    page.goto((site / f"{stem}.html").as_uri())
    for selector in widget_selectors(name):
        widget = page.locator(selector).first
        widget.wait_for(timeout=15_000)
        images = widget.locator("img")
        assert images.count() > 0 and all(
            image.evaluate("img => img.complete && img.naturalWidth > 0") for image in images.all()), \
            f"{selector} in {stem}.html shows no picture"
    page.evaluate(MATHJAX_DONE_JS)
    for selector in widget_selectors(name):
        page.locator(selector).first.screenshot(
            path=str(screenshots / f"static-{stem}-{selector.removeprefix('.bp-')}.png"))

    assert not refused, f"{stem}.html asked the network for {refused}"
    assert not failed, f"{stem}.html could not load {failed}"
    assert "Math Processing Error" not in page.inner_text("body")
    assert page.locator(".mjx-merror").count() == 0, \
        f"{stem}.html: MathJax could not typeset " + page.locator(".mjx-merror").first.inner_text()
    assert page.locator(".MathJax_CHTML").count() > 0, f"{stem}.html shows no typeset formula"


def test_index_links_every_page(site, offline_page):
    page, refused, failed = offline_page
    page.goto((site / "index.html").as_uri())
    links = page.locator("li a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert links == [f"{name.removesuffix('.ipynb')}.html" for name in notebook_names(chinese=False)]
    assert page.locator("a.edition").get_attribute("href") == "zh/index.html"
    assert not refused and not failed


def test_the_chinese_site_works_offline(tmp_path, offline_page):
    """make html writes the Chinese edition into site/zh/: its front page links
    every Chinese notebook and back to the English site, and its pages load offline."""
    subprocess.run([sys.executable, str(REPO / "tools" / "build_site.py"), "--out", str(tmp_path),
                    "--edition", "zh"], check=True, capture_output=True, text=True)
    page, refused, failed = offline_page
    page.goto((tmp_path / "zh" / "index.html").as_uri())
    links = page.locator("li a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    chinese = sorted((REPO / "notebooks" / "zh").glob("*.ipynb"))
    assert links == [f"{path.stem}.html" for path in chinese]
    assert page.locator("a.edition").get_attribute("href") == "../index.html"
    page.goto((tmp_path / "zh" / "03_backpropagation_step_by_step.html").as_uri())
    page.locator(".bp-stepper").first.wait_for(timeout=15_000)
    page.evaluate(MATHJAX_DONE_JS)
    assert page.locator(".MathJax_CHTML").count() > 0 and page.locator(".mjx-merror").count() == 0
    assert "反向传播" in page.inner_text("body")
    assert not refused and not failed
