"""The lecture's slides on a 1024x768 projector: live with Voilà, and the static deck offline.

The lecture is notebooks/lecture/lecture_50_minutes.ipynb (docs/teaching.md).

- Live: tools/live_slides.py (make live-slides) is started on 127.0.0.1 with
  a free port and a random token; it runs the notebook in a new kernel and
  shows it as reveal.js slides.  The page is opened in a 1024x768 window and
  stepped through slide by slide with reveal.js's arrow button, as a teacher
  does.  Every code cell ran, in order and without an error; on every slide
  nothing is cut off, and no request leaves the machine.  Then a question's
  Prediction takes an answer and locks it in, and the player's Next button
  and the explorer's learning-rate slider (moved with the keyboard) must
  redraw their pictures, the slider's keys leaving the slide where it is.
  The presenter's keys: → on the player's clicked step slider steps the
  player, PageDown (a clicker's key) then moves on by one slide, and after a
  click on a question's choice → moves the slides, not the choice.
- Static: tools/build_slides.py builds the deck into a temporary folder, and it
  is opened from disk with every request that is not a file refused; it is
  stepped through the same way.  Every slide fits, nothing failed to load, the
  formulas are typeset, and the player and the explorer show their first state.

"Nothing cut off": every element of the slide shown lies inside the window,
no code or printed output scrolls sideways, every widget's text is at least
14 px (the course's smallest) and none is cut short, and no row of widgets
wraps (the player's buttons stay on one line).  Screenshots of every slide go
to tests/browser/screenshots/slides-live-NN.png and slides-static-NN.png.
"""

import json
import os
import secrets
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from course_notebooks import NOTEBOOK_DIR, REPO
from jupyter_pages import image_source, press_keys_on_slider
from jupyter_server import START_TIMEOUT, STOP_TIMEOUT, free_port

PROJECTOR = {"width": 1024, "height": 768}
LECTURE = "lecture/lecture_50_minutes.ipynb"
RUN_TIMEOUT = 180          # seconds for Voilà to run the whole notebook and show the slides
WIDGET_TIMEOUT = 30        # seconds for a widget to redraw

# The slide shown now: its number (from 1), its count, and every way it does
# not fit the window, one line each: cut off, scrolling sideways, a widget's
# text under 14 px (the course's smallest) or cut short, a row of widgets wrapped.
SLIDE_JS = """
() => {
  const SMALLEST_PX = 14;
  const WIDGET_TEXT = ".jupyter-widgets :is(button, label, select, input, .widget-label, " +
                      ".widget-readout, .widget-html-content, .lm-TabBar-tabLabel)";
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
  for (const control of slide.querySelectorAll(WIDGET_TEXT)) {
    const size = parseFloat(getComputedStyle(control).fontSize);
    if (control.getBoundingClientRect().width > 0 && control.textContent.trim() && size < SMALLEST_PX)
      problems.push(`widget text "${control.textContent.trim().slice(0, 30)}" at ${size} px`);
    const cut = control.scrollWidth > control.clientWidth + 1 || control.scrollHeight > control.clientHeight + 1;
    if (control.matches("label, button") && control.clientWidth > 0 && cut)
      problems.push(`widget text "${control.textContent.trim().slice(0, 30)}" cut short`);
  }
  for (const row of slide.querySelectorAll(".jupyter-widgets.widget-hbox")) {
    const boxes = [...row.children].map(child => child.getBoundingClientRect()).filter(box => box.width > 0);
    const [lowestTop, highestBottom] = [Math.max(...boxes.map(box => box.top)),
                                        Math.min(...boxes.map(box => box.bottom))];
    if (boxes.length > 1 && lowestTop >= highestBottom)
      problems.push(`a row of widgets wraps (a part starts at ${Math.round(lowestTop)} px, ` +
                    `below another's end at ${Math.round(highestBottom)} px)`);
  }
  return {number, count: sections.length, problems: problems.slice(0, 5)};
}
"""

# The input prompts of the code cells, in the page's order ("In [3]:").
PROMPTS_JS = """
() => [...document.querySelectorAll(".reveal .jp-CodeCell .jp-InputPrompt")]
  .map(p => p.textContent.replace(/\\s+/g, " ").trim())
"""
# What a cell wrote to stderr, or its error.
ERRORS_JS = """
() => [...document.querySelectorAll(".reveal .jp-OutputArea-output")]
  .filter(o => o.matches("[data-mime-type*=stderr], [data-mime-type*=error]"))
  .map(o => o.textContent.slice(0, 300))
"""

# Resolves once MathJax 2 (the static deck's) has typeset everything queued so far.
MATHJAX_DONE_JS = "() => new Promise(done => MathJax.Hub.Queue(() => done(true)))"


def shown(page):
    return page.evaluate(SLIDE_JS)


def step_through(page, screenshots, prefix):
    """Show every slide in turn (reveal.js's arrow button); return the problems of each, by number."""
    problems, slide = {}, shown(page)
    seen = []
    while True:
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


def test_the_static_deck_fits_a_projector_offline(offline_page, deck, screenshots):
    page, refused, failed = offline_page
    page.set_viewport_size(PROJECTOR)
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
    assert not refused, f"the deck asked the network for {refused}"
    assert not failed, f"the deck could not load {failed}"
    assert not problems, "cut off at 1024x768:\n" + report(problems)


@pytest.fixture(scope="module")
def live_slides(tmp_path_factory):
    """tools/live_slides.py on 127.0.0.1, a free port and a random token; its address."""
    work_dir = tmp_path_factory.mktemp("voila")
    port, token = free_port(), secrets.token_hex(24)
    env = dict(os.environ, JUPYTER_CONFIG_DIR=str(work_dir / "config"),
               JUPYTER_RUNTIME_DIR=str(work_dir / "runtime"), IPYTHONDIR=str(work_dir / "ipython"))
    log_path = work_dir / "voila.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [sys.executable, str(REPO / "tools" / "live_slides.py"), "--port", str(port),
             "--token", token, str(NOTEBOOK_DIR / LECTURE)],
            env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for_voila(process, url, log_path)
        yield url, token
    finally:
        process.terminate()
        try:
            process.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def wait_for_voila(process, url, log_path):
    """Poll one of Voilà's scripts until the server answers."""
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"live_slides.py exited with code {process.returncode}:\n"
                               f"{log_path.read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(f"{url}/voila/static/voila.js", timeout=5):
                return
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.25)
    raise RuntimeError(f"Voilà did not answer within {START_TIMEOUT} s:\n{log_path.read_text(errors='replace')}")


def code_cell_count():
    notebook = json.loads((NOTEBOOK_DIR / LECTURE).read_text(encoding="utf-8"))
    return sum(cell["cell_type"] == "code" for cell in notebook["cells"])


def test_the_live_slides_run_and_fit_a_projector(live_slides, browser, screenshots):
    url, token = live_slides
    outside = []
    page = browser.new_page()
    try:
        page.set_viewport_size(PROJECTOR)
        page.on("request", lambda request: outside.append(request.url)
                if not request.url.startswith((url, "data:", "blob:")) else None)
        page.goto(f"{url}/?token={token}", timeout=RUN_TIMEOUT * 1000)
        page.wait_for_selector(".reveal.ready", state="attached", timeout=RUN_TIMEOUT * 1000)
        assert page.evaluate(PROMPTS_JS) == [f"In [{k}]:" for k in range(1, code_cell_count() + 1)]
        assert page.evaluate(ERRORS_JS) == []
        problems = step_through(page, screenshots, "slides-live")
        assert not problems, "cut off at 1024x768:\n" + report(problems)
        check_the_widgets_answer(page)
        assert not outside, f"the slides asked the internet for {outside}"
    finally:
        page.close()


def check_the_widgets_answer(page):
    """Question 1's Prediction locks in an answer; the player's Next button and the
    explorer's slider redraw their pictures."""
    page.keyboard.press("Home")                 # reveal.js: the first slide
    question = page.locator(".bp-prediction").first
    go_to(page, question)
    question.locator("label", has_text="C. ").click()
    question.get_by_role("button", name="Lock in my answer").click()
    question.get_by_text("Your answer:").wait_for(timeout=WIDGET_TIMEOUT * 1000)
    stepper = page.locator(".bp-stepper").first
    explorer = page.locator(".bp-explorer").first
    for widget in (stepper, explorer):
        widget.wait_for(state="attached", timeout=WIDGET_TIMEOUT * 1000)

    go_to(page, stepper)
    redraws(page, lambda: image_source(stepper.locator(".bp-diagram")),
            lambda: stepper.locator(".bp-next").click(), "the player's diagram after Next")
    check_the_presenters_keys(page, stepper)

    go_to(page, explorer)
    redraws(page, lambda: image_source(explorer.locator(".bp-curve")),
            lambda: press_keys_on_slider(page, explorer.locator(".bp-lr-slider").first, "ArrowLeft", 2),
            "the explorer's error curve after its slider moved")
    assert on_the_slide_shown(explorer), "the slider's arrow keys moved the slides too"


def check_the_presenters_keys(page, stepper):
    """On the player's slide: a clicked step slider keeps → (the player steps), PageDown
    moves on by one slide from it; on the next slide, a question's, → after a click on a
    choice moves the slides and leaves the choice as clicked."""
    player_slide = shown(page)["number"]
    handle = stepper.locator(".widget-slider .noUi-handle").first
    redraws(page, lambda: image_source(stepper.locator(".bp-diagram")),
            lambda: (handle.click(), page.keyboard.press("ArrowRight")), "the player's diagram after →")
    assert shown(page)["number"] == player_slide, "→ on the clicked step slider moved the slides"
    page.keyboard.press("PageDown")
    reaches_slide(page, player_slide + 1, "PageDown from the clicked step slider")
    shown_questions = page.locator("section.present .bp-prediction")
    assert shown_questions.count() == 1, "the player's slide is not followed by a question's"
    question = shown_questions.element_handle()             # this one, after the slide changes too
    question.query_selector("label:has-text('A. ')").click()
    page.keyboard.press("ArrowRight")
    reaches_slide(page, player_slide + 2, "→ after a click on a question's choice")
    chosen = question.query_selector("input:checked").evaluate("input => input.parentElement.textContent.trim()")
    assert chosen.startswith("A. "), f"→ changed the choice to {chosen!r}"
    for _ in range(2):
        page.keyboard.press("ArrowLeft")
    reaches_slide(page, player_slide, "← twice")


def reaches_slide(page, number, what):
    page.wait_for_timeout(300)             # a second slide change would have happened by now
    assert shown(page)["number"] == number, f"{what}: slide {shown(page)['number']}, not {number}"


def redraws(page, read, action, what):
    before = read()
    action()
    deadline = time.monotonic() + WIDGET_TIMEOUT
    while read() == before:
        assert time.monotonic() < deadline, f"{what} did not change within {WIDGET_TIMEOUT} s"
        page.wait_for_timeout(200)


def go_to(page, widget):
    """Step forward to the slide that holds `widget`."""
    while not on_the_slide_shown(widget):
        page.locator(".reveal .controls .navigate-right").click()
        page.wait_for_timeout(300)


def on_the_slide_shown(widget):
    return widget.evaluate("w => w.closest('section.present') !== null")
