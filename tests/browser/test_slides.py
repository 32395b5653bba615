"""The lecture's slides on a 1024x768 projector: live in JupyterLab with RISE, and the static deck offline.

The lecture is notebooks/lecture/lecture_50_minutes.ipynb (docs/teaching.md).

- Live: the server of the session (conftest.py) serves it; RISE's slideshow
  (/rise/<notebook>) is opened in a 1024x768 window and stepped through slide
  by slide with its arrow button, as a teacher does, running every code cell
  (Shift+Enter) when its slide comes.  On every slide nothing is cut off, and no
  request leaves the machine.  Then the player's Next button and the explorer's
  learning-rate slider must redraw their pictures.
- Static: tools/build_slides.py builds the deck into a temporary folder, and it
  is opened from disk with every request that is not a file refused; it is
  stepped through the same way.  Every slide fits, nothing failed to load, the
  formulas are typeset, and the player and the explorer show their first state.

"Nothing cut off": every element of the slide shown lies inside the window,
and no code or printed output scrolls sideways.  Screenshots of every slide go
to tests/browser/screenshots/slides-live-NN.png and slides-static-NN.png.

Known limitation: jupyterlab-rise 0.43.1's slideshow is an application of its
own, built on JupyterLab 4.3, and it cannot load the JupyterLab widget manager
of ipywidgets 8 (jupyterlab_widgets 3 asks it for @jupyterlab/console, which it
does not share: jupyterlab-contrib/rise issue 119).  The live widgets then show
their text instead; they render with ipywidgets 7.8.5.  The live test marks
itself as an expected failure on exactly that error, and fails on any other.
"""

import subprocess
import sys
import time

import pytest
from course_notebooks import REPO
from jupyter_pages import image_source, press_keys_on_slider

PROJECTOR = {"width": 1024, "height": 768}
LECTURE = "lecture/lecture_50_minutes.ipynb"
RUN_TIMEOUT = 120          # seconds for the code cells of one slide
WIDGET_TIMEOUT = 30        # seconds for a widget to redraw
# What RISE's slideshow logs when it cannot load ipywidgets' widget manager (see above).
WIDGET_MANAGER_FAILED = "Failed to create module: package: @jupyter-widgets/jupyterlab-manager"

# The slide shown now: its number (from 1), whether it holds code cells, and
# every way it does not fit the window, one line each.
SLIDE_JS = """
() => {
  const sections = [...document.querySelectorAll(".reveal .slides > section")];
  const number = sections.findIndex(s => s.classList.contains("present")) + 1;
  const slide = sections[number - 1];
  const problems = [];
  const [width, height] = [window.innerWidth, window.innerHeight];
  for (const element of slide.querySelectorAll("*")) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || getComputedStyle(element).visibility === "hidden")
      continue;
    const what = `${element.tagName.toLowerCase()}.${[...element.classList].join(".")}`;
    if (box.left < -1 || box.top < -1 || box.right > width + 1 || box.bottom > height + 1)
      problems.push(`${what} reaches (${Math.round(box.left)}, ${Math.round(box.top)})-` +
                    `(${Math.round(box.right)}, ${Math.round(box.bottom)}) in ${width}x${height}`);
    const scrolls = element.matches("pre, .cm-scroller, .jp-OutputArea-output") &&
                    element.scrollWidth > element.clientWidth + 1;
    if (scrolls)
      problems.push(`${what} scrolls sideways (${element.scrollWidth} px in ${element.clientWidth} px)`);
  }
  return {number, count: sections.length, code: slide.querySelectorAll(".jp-CodeCell").length,
          problems: problems.slice(0, 5)};
}
"""

# Whether a code cell runs or waits to ("[*]").
RUNNING_JS = """
() => [...document.querySelectorAll(".reveal .jp-CodeCell .jp-InputPrompt")].some(p => p.innerText.includes("*"))
"""

# Whether the notebook's active cell is a code cell of the slide shown (RISE selects it).
CODE_CELL_SELECTED_JS = """
() => document.querySelector(".reveal .slides > section.present .jp-CodeCell.jp-mod-active") !== null
"""

# Running a cell replaces its outputs: mark those shown before, count the marked ones after.
MARK_OUTPUTS_JS = """
() => document.querySelectorAll(".reveal .slides > section.present .jp-OutputArea-output")
  .forEach(output => { output.dataset.beforeRun = "yes"; })
"""
MARKED_OUTPUTS_JS = """
() => document.querySelectorAll(".reveal [data-before-run]").length
"""

# Resolves once MathJax 2 (the static deck's) has typeset everything queued so far.
MATHJAX_DONE_JS = "() => new Promise(done => MathJax.Hub.Queue(() => done(true)))"


def shown(page):
    return page.evaluate(SLIDE_JS)


def step_through(page, screenshots, prefix, on_slide=None):
    """Show every slide in turn (reveal.js's arrow button); return the problems of each, by number."""
    problems, slide = {}, shown(page)
    seen = []
    while True:
        if on_slide is not None:
            on_slide(slide)
            slide = shown(page)
        seen.append(slide["number"])
        page.screenshot(path=str(screenshots / f"{prefix}-{slide['number']:02d}.png"))
        if slide["problems"]:
            problems[slide["number"]] = slide["problems"]
        if slide["number"] == slide["count"]:
            break
        page.locator(".reveal .controls .navigate-right").click()
        page.wait_for_function(f"() => ({SLIDE_JS})().number === {slide['number'] + 1}", timeout=10_000)
        page.wait_for_timeout(300)         # the slide's pictures laid out
        slide = shown(page)
    assert seen == list(range(1, slide["count"] + 1)), f"slides shown: {seen}"
    return problems


def report(problems):
    return "\n".join(f"slide {number}: " + "; ".join(lines) for number, lines in problems.items())


@pytest.fixture(scope="module")
def deck(tmp_path_factory):
    out = tmp_path_factory.mktemp("slides")
    subprocess.run([sys.executable, str(REPO / "tools" / "build_slides.py"), "--out", str(out)],
                   check=True, capture_output=True, text=True)
    return out / "lecture_50_minutes.slides.html"


def test_the_static_deck_fits_a_projector_offline(browser, deck, screenshots):
    refused, failed = [], []

    def only_files(route):
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            refused.append(route.request.url)
            route.abort()

    page = browser.new_page()
    try:
        page.set_viewport_size(PROJECTOR)
        page.route("**/*", only_files)
        page.on("requestfailed", lambda request: failed.append(request.url))
        page.goto(deck.as_uri())
        page.wait_for_selector(".reveal.ready", timeout=30_000)
        page.evaluate(MATHJAX_DONE_JS)
        for selector in (".bp-stepper", ".bp-explorer"):
            images = page.locator(selector).first.locator("img")
            assert images.count() > 0 and all(
                image.evaluate("img => img.complete && img.naturalWidth > 0") for image in images.all()), \
                f"the deck shows no first state of {selector}"
        problems = step_through(page, screenshots, "slides-static")
        assert page.locator(".mjx-merror").count() == 0
        assert page.locator(".MathJax_CHTML").count() > 0, "the deck shows no typeset formula"
    finally:
        page.close()
    assert not refused, f"the deck asked the network for {refused}"
    assert not failed, f"the deck could not load {failed}"
    assert not problems, "cut off at 1024x768:\n" + report(problems)


def run_code_cells(page, slide):
    """Run the code cell of the shown slide (each slide has at most one), as a teacher does.

    RISE selects the slide's code cell a moment after the slide is shown;
    Shift+Enter runs it, selects the next cell and so shows the next slide:
    here the slideshow is brought back, to look at the outputs.
    """
    number = slide["number"]
    assert slide["code"] == 1, f"slide {number} has {slide['code']} code cells"
    page.wait_for_function(CODE_CELL_SELECTED_JS, timeout=10_000)
    page.evaluate(MARK_OUTPUTS_JS)
    page.locator(".reveal .jp-Notebook").first.focus()
    page.keyboard.press("Shift+Enter")
    deadline = time.monotonic() + RUN_TIMEOUT
    page.wait_for_timeout(300)
    while page.evaluate(RUNNING_JS):
        assert time.monotonic() < deadline, f"slide {number}: its code cell still runs after {RUN_TIMEOUT} s"
        page.wait_for_timeout(200)
    page.wait_for_timeout(800)                  # RISE follows the selection to the next slide
    for _ in range(3):
        if shown(page)["number"] == number:
            break
        page.locator(".reveal .controls .navigate-left").click()
        page.wait_for_timeout(800)
    assert shown(page)["number"] == number, f"the slideshow did not come back to slide {number}"
    assert page.evaluate(MARKED_OUTPUTS_JS) == 0, f"slide {number}: its code cell did not run"


def test_the_live_slides_run_and_fit_a_projector(server, browser, screenshots):
    outside, console = [], []
    page = browser.new_page()
    try:
        page.set_viewport_size(PROJECTOR)
        page.on("request", lambda request: outside.append(request.url)
                if not request.url.startswith((server.url, "data:", "blob:")) else None)
        page.on("console", lambda message: console.append(message.text))
        page.goto(f"{server.url}/rise/{LECTURE}?token={server.token}")
        page.wait_for_selector(".reveal.ready", timeout=60_000)
        page.wait_for_timeout(2000)             # the kernel connected
        problems = step_through(page, screenshots, "slides-live",
                                on_slide=lambda slide: slide["code"] and run_code_cells(page, slide))
        assert not outside, f"the slideshow asked the internet for {outside}"
        assert not problems, "cut off at 1024x768:\n" + report(problems)

        if page.locator(".bp-stepper").count() == 0 and any(WIDGET_MANAGER_FAILED in text for text in console):
            pytest.xfail("jupyterlab-rise 0.43.1 cannot load ipywidgets 8's widget manager "
                         "(jupyterlab-contrib/rise issue 119): the widgets show their text")
        check_the_widgets_answer(page)
    finally:
        page.close()


def check_the_widgets_answer(page):
    """The player's Next button and the explorer's slider redraw their pictures."""
    page.keyboard.press("Home")                 # RISE: the first slide
    stepper = page.locator(".bp-stepper").first
    explorer = page.locator(".bp-explorer").first
    for widget in (stepper, explorer):
        widget.wait_for(state="attached", timeout=WIDGET_TIMEOUT * 1000)

    go_to(page, stepper)
    redraws(page, lambda: image_source(stepper.locator(".bp-diagram")),
            lambda: stepper.locator(".bp-next").click(), "the player's diagram after Next")

    go_to(page, explorer)
    redraws(page, lambda: image_source(explorer.locator(".bp-curve")),
            lambda: press_keys_on_slider(page, explorer.locator(".bp-lr-slider").first, "ArrowLeft", 2),
            "the explorer's error curve after its slider moved")


def redraws(page, read, action, what):
    before = read()
    action()
    deadline = time.monotonic() + WIDGET_TIMEOUT
    while read() == before:
        assert time.monotonic() < deadline, f"{what} did not change within {WIDGET_TIMEOUT} s"
        page.wait_for_timeout(200)


def go_to(page, widget):
    """Step forward to the slide that holds `widget`."""
    while not widget.is_visible():
        page.locator(".reveal .controls .navigate-right").click()
        page.wait_for_timeout(300)
