"""How long a learner waits: from an input (a click, a key) to the new picture, in the browser.

Measured, never asserted on time (a loaded machine is slower, not wrong):
each measurement is the time from the input as the page gets it (its
``pointerdown`` or ``keydown`` event: the learner's click or key) to the
first frame the browser draws with the widget's picture at a new, loaded
source, read with the page's own clock (``performance.now``).  Not from the
call that sends it: Playwright's ``click`` first waits for the button to be
visible, stable over two frames and unhidden, which took about 55 ms here,
a wait no learner has.  The figures go to
``tests/browser/latency.json`` (median and 90th percentile per widget), and
benchmarks/README.md shows them.  What is asserted: that every input did redraw.

- every player (notebooks 3 and 8): Next, ``NEXT_PRESSES`` times;
- every learning-rate explorer (notebooks 4, 6 and 8: notebook 8's is the three-class
  playground, its regions drawn by ``ClassRegions``), right after Run All, while
  the explorers still work on every rate: the right or left arrow key on its
  learning-rate slider, ``KEY_PRESSES`` times, then the End or Home key (to
  the slider's far end and back), ``FAR_PRESSES`` times; for these, also the
  time until the run itself is shown (a long run not trained yet is first
  answered with its start and a progress bar), read at the page's frames too;
- the error surface's widgets (notebook 5): the arrow keys on the hand tuner's first
  slider and on the learning-rate sliders of the paths and optimisers, ``KEY_PRESSES`` times.
"""

import json
from pathlib import Path

import numpy as np
import pytest
from course_notebooks import NOTEBOOK_DIR, notebooks_using
from jupyter_pages import fail_on, notebook_problems
from playwright.sync_api import TimeoutError as PlaywrightTimeout

NEXT_PRESSES = 12
KEY_PRESSES = 12
FAR_PRESSES = 4
SWEEP_TIMEOUT_MS = 180_000          # the spiral's work on every rate takes seconds
RESULTS = Path(__file__).resolve().parent / "latency.json"

# The picture an ipywidgets Image shows (its element, or the img inside it).
PICTURE_JS = "e => e.tagName === 'IMG' ? e : e.querySelector('img')"
# The page's clock once the picture's source differs from ``before`` (checked
# at every frame the browser draws), else false.
NEW_PICTURE = "img.src !== before && img.complete"     # in JS: img, and its src before the input
CHANGED_JS = f"""([img, before]) => {NEW_PICTURE} ? performance.now() : false"""
# The page's clock at the next input it gets (a pointer pressed or a key), kept in
# window.bpInputAt; the page reads it before any of its own handlers run.
ARM_INPUT_CLOCK_JS = """() => { window.bpInputAt = null;
  const mark = () => { if (window.bpInputAt === null) window.bpInputAt = performance.now(); };
  for (const kind of ["pointerdown", "keydown"])
    document.addEventListener(kind, mark, {capture: true, once: true}); }"""
# What a widget shows, to say what went wrong: its text, the element that has the
# focus, whether the picture is still in the page, and the page's clock.
WIDGET_STATE_JS = """e => ({
  text: (e.closest('.bp-explorer, .bp-stepper, .widget-vbox') || e).innerText.slice(0, 600),
  focus: document.activeElement && String(document.activeElement.className),
  picture_in_page: document.contains(e), input_at: window.bpInputAt, now: performance.now()})"""


def input_to_picture_ms(page, image, send_input):
    """Milliseconds from the input ``send_input()`` sends, as the page gets it, to the new
    picture in ``image`` (its source changed and loaded), read with the page's clock at
    each drawn frame."""
    picture = image.evaluate_handle(PICTURE_JS)
    before = picture.evaluate("img => img.src")
    page.evaluate(ARM_INPUT_CLOCK_JS)
    send_input()
    changed = wait_in_page(page, image, CHANGED_JS, [picture, before], 30_000, "a new picture")
    return changed.json_value() - input_time(page)


def wait_in_page(page, image, expression, arg, timeout_ms, what):
    """``page.wait_for_function(expression, arg=arg)`` at every frame; if ``what`` has not
    come within ``timeout_ms``, an AssertionError that says what the widget of ``image`` shows."""
    try:
        return page.wait_for_function(expression, arg=arg, polling="raf", timeout=timeout_ms)
    except PlaywrightTimeout:
        raise AssertionError(f"no {what} {timeout_ms / 1000:.0f} s after the input; the widget "
                             f"shows: {image.evaluate(WIDGET_STATE_JS)}") from None


def input_time(page):
    """The page's clock at the last input armed by ``ARM_INPUT_CLOCK_JS``."""
    at = page.evaluate("window.bpInputAt")
    assert at is not None, "the page got no pointer or key input"
    return at


def summary(times):
    return {"median_ms": round(float(np.median(times)), 1),
            "p90_ms": round(float(np.percentile(times, 90)), 1), "inputs": len(times)}


def record(widget, times):
    """Keep ``times``' summary under ``widget`` ("<notebook>: <what>") in RESULTS, and drop
    the figures of notebooks that are no longer in the course."""
    results = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    results = {name: figures for name, figures in results.items()
               if (NOTEBOOK_DIR / name.partition(":")[0]).exists()}
    results[widget] = summary(times)
    RESULTS.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")


@pytest.mark.parametrize("name", notebooks_using("Stepper(", chinese=False))
def test_player_next_to_picture(pages, name):
    run = pages.run_in_lab(name, fresh=True)
    fail_on(run.problems, f"{name} did not run cleanly")
    stepper = run.panel.locator(".bp-stepper").first
    stepper.scroll_into_view_if_needed()
    image = stepper.locator(".bp-diagram").first
    button = stepper.locator(".bp-next").first
    times = [input_to_picture_ms(run.page, image, button.click) for _ in range(NEXT_PRESSES)]
    record(f"{name}: player, Next", times)
    fail_on(notebook_problems(run.page, run.panel, run.notebook), f"{name} after the player")
    input_to_picture_ms(run.page, image, stepper.locator(".bp-first").first.click)   # back to step 0
    pages.keep(run)     # the other tests of this notebook go on from here


@pytest.mark.parametrize("name", notebooks_using("LearningRateExplorer(", chinese=False))
def test_explorer_key_to_picture(pages, name):
    run = pages.run_in_lab(name, fresh=True)
    fail_on(run.problems, f"{name} did not run cleanly")
    explorers = run.panel.locator(".bp-explorer")
    starting_rates = [e.locator(".bp-lr-value").first.inner_text().strip() for e in explorers.all()]
    for k in range(explorers.count()):      # at once: their work on every rate goes on
        explorer = explorers.nth(k)
        explorer.scroll_into_view_if_needed()
        image = explorer.locator(".bp-curve").first
        handle = explorer.locator(".bp-lr-slider .noUi-handle").first
        record(f"{name}: explorer {k + 1}, learning-rate key",
               arrow_key_times(run.page, handle, image))
        far, shown = far_key_times(run.page, handle, image, explorer.locator(".bp-verdict"))
        record(f"{name}: explorer {k + 1}, End/Home key", far)
        record(f"{name}: explorer {k + 1}, End/Home key, run shown", shown)
    for k in range(explorers.count()):      # and their work on every rate ends well
        progress = explorers.nth(k).locator(".bp-sweep-progress").first
        run.page.wait_for_function("e => getComputedStyle(e).visibility === 'hidden'",
                                   arg=progress.element_handle(), timeout=SWEEP_TIMEOUT_MS)
    fail_on(notebook_problems(run.page, run.panel, run.notebook), f"{name} after the explorers")
    for explorer, rate in zip(explorers.all(), starting_rates):   # Reset: as they were
        explorer.locator(".bp-reset").first.click()
        run.page.wait_for_function("([e, rate]) => e.textContent.trim() === rate",
                                   arg=[explorer.locator(".bp-lr-value").first.element_handle(), rate])
    pages.keep(run)


# From an input on, at every frame the browser draws: the page's clock at the first
# frame with a new, loaded picture (window.bpPictureAt), and at the first frame with a
# new picture and a verdict that does not say a run is training (window.bpShownAt: the
# run itself shown; the explorer writes "training α = ..." before it shows the start of
# a run not trained yet).
ARM_RUN_CLOCK_JS = f"""([img, verdict]) => {{
  const before = img.src;
  window.bpPictureAt = window.bpShownAt = null;
  const look = () => {{
    if ({NEW_PICTURE}) {{
      const now = performance.now();
      if (window.bpPictureAt === null) window.bpPictureAt = now;
      if (!verdict.textContent.includes('training α')) {{ window.bpShownAt = now; return; }}
    }}
    requestAnimationFrame(look);
  }};
  requestAnimationFrame(look); }}"""


def far_key_times(page, handle, image, verdict):
    """Milliseconds from each of ``FAR_PRESSES`` End and Home keys (the slider's far
    end and back) to the new ``image``, and to the run shown (``ARM_RUN_CLOCK_JS``),
    both read in the page, so that no call of the test's falls in between."""
    pictures, runs = [], []
    for press in range(FAR_PRESSES):
        handle.focus()
        key = "End" if press % 2 == 0 else "Home"
        page.evaluate(ARM_RUN_CLOCK_JS, [image.evaluate_handle(PICTURE_JS), verdict.element_handle()])
        page.evaluate(ARM_INPUT_CLOCK_JS)
        page.keyboard.press(key)
        wait_in_page(page, image, "() => window.bpShownAt !== null", None, SWEEP_TIMEOUT_MS,
                     f"run shown for the {key} key")
        at = input_time(page)
        pictures.append(page.evaluate("window.bpPictureAt") - at)
        runs.append(page.evaluate("window.bpShownAt") - at)
    return pictures, runs


def arrow_key_times(page, handle, image):
    """Milliseconds from each of ``KEY_PRESSES`` arrow keys on a slider's ``handle``
    (right, left, right, ...) to the new ``image``."""
    times = []
    for press in range(KEY_PRESSES):
        key = "ArrowRight" if press % 2 == 0 else "ArrowLeft"
        handle.focus()
        times.append(input_to_picture_ms(page, image, lambda: page.keyboard.press(key)))
    return times


# The error surface's widgets (bp_helpers/surface_widgets.py): (widget, slider, picture).
SURFACE_WIDGETS = [(".bp-hand-tuner", ".bp-hand-slider", ".bp-diagram"),
                   (".bp-rate-paths", ".bp-surface-rate", ".bp-surface"),
                   (".bp-optimiser-paths", ".bp-surface-rate", ".bp-surface")]


@pytest.mark.parametrize("name", notebooks_using("LearningRatePaths(", chinese=False))
def test_surface_widgets_key_to_picture(pages, name):
    run = pages.run_in_lab(name, fresh=True)
    fail_on(run.problems, f"{name} did not run cleanly")
    for widget_css, slider_css, picture_css in SURFACE_WIDGETS:
        widget = run.panel.locator(widget_css).first
        widget.scroll_into_view_if_needed()
        image = widget.locator(picture_css).first
        handle = widget.locator(f"{slider_css} .noUi-handle").first
        times = arrow_key_times(run.page, handle, image)
        record(f"{name}: {widget_css.removeprefix('.bp-')}, slider key", times)
    fail_on(notebook_problems(run.page, run.panel, run.notebook), f"{name} after its widgets")
    pages.keep(run)     # each slider pressed right and left as often: as it was
