"""The course's widgets answer a learner's clicks, keys and drags by redrawing.

The step-through player (Stepper) and the learning-rate explorer
(LearningRateExplorer) carry fixed CSS classes (bp-...), which these tests
use to find their parts.  A widget whose control is not wired to its
picture fails here: its image and text never change.
"""

from functools import partial

import pytest
from course_notebooks import notebooks_using, stem
from jupyter_pages import (
    drag_slider,
    fail_on,
    image_source,
    notebook_problems,
    press_keys_on_slider,
    screenshot_widget,
    wait_until_changed,
)

NEXT_PRESSES = 4
SWEEP_TIMEOUT_MS = 180_000      # the spiral's work on every rate takes seconds


def run_cleanly(pages, name):
    """The notebook after Run All; the widget tests need it to have run without errors.

    The run stays open for the next widget test of the same notebook (``Pages.keep``):
    each test uses a widget of its own, so notebook 8's four tests need one run.
    """
    run = pages.run_in_lab(name)
    fail_on(run.problems, f"{name} did not run cleanly")
    pages.keep(run)
    return run.page, run.panel, run.notebook


# What a learner watches change, read from the page.
STEP_PARTS = {
    "the step label": lambda stepper: stepper.locator(".bp-step-label").inner_text(),
    "the formula": lambda stepper: image_source(stepper.locator(".bp-formula")),
    "the diagram": lambda stepper: image_source(stepper.locator(".bp-diagram")),
}
OUTCOME_PARTS = {
    "the error curve": lambda explorer: image_source(explorer.locator(".bp-curve")),
    "the verdict": lambda explorer: explorer.locator(".bp-verdict").inner_text(),
}


def read_parts(parts, widget):
    return {what: read(widget) for what, read in parts.items()}


def wait_for_all_to_change(page, panel, parts, widget, before, action):
    """After `action`, every one of `parts` must show something new."""
    return {what: wait_until_changed(page, panel, partial(read, widget), before[what],
                                     f"{what} after {action}")
            for what, read in parts.items()}


@pytest.mark.parametrize("name", notebooks_using("Stepper("))
def test_stepper_next_and_play_redraw_the_step(pages, screenshots, name):
    page, panel, notebook = run_cleanly(pages, name)
    stepper = panel.locator(".bp-stepper").first
    stepper.scroll_into_view_if_needed()
    shown = read_parts(STEP_PARTS, stepper)
    for press in range(1, NEXT_PRESSES + 1):
        stepper.locator(".bp-next").click()
        shown = wait_for_all_to_change(page, panel, STEP_PARTS, stepper, shown, f"Next press {press}")
    screenshot_widget(page, stepper, screenshots / f"{stem(name)}-stepper-midway.png")

    play_pause = stepper.locator(".bp-play button").first
    play_pause.click()
    wait_for_all_to_change(page, panel, STEP_PARTS, stepper, shown, "pressing Play")
    play_pause.click()   # pause, so nothing keeps redrawing while the page is read
    fail_on(notebook_problems(page, panel, notebook), f"{name} after using the player")


def slider_fraction(slider):
    """Where the slider's handle sits on its track, from 0 (left) to 1 (right)."""
    handle = slider.locator(".noUi-handle").first
    low, high, now = (float(handle.get_attribute(a))
                      for a in ("aria-valuemin", "aria-valuemax", "aria-valuenow"))
    return (now - low) / (high - low)


@pytest.mark.parametrize("name", notebooks_using("LearningRateExplorer("))
def test_explorer_follows_its_learning_rate_slider(pages, screenshots, name):
    page, panel, notebook = run_cleanly(pages, name)
    explorer = panel.locator(".bp-explorer").first
    explorer.scroll_into_view_if_needed()
    # Its work on every rate done (the bar hidden), the sweep picture is shown too.
    page.wait_for_function("e => getComputedStyle(e).visibility === 'hidden'",
                           arg=explorer.locator(".bp-sweep-progress").first.element_handle(),
                           timeout=SWEEP_TIMEOUT_MS)
    assert image_source(explorer.locator(".bp-sweep")), "no sweep picture beside the explorer"
    slider = explorer.locator(".bp-lr-slider").first
    shown = read_parts(OUTCOME_PARTS, explorer)
    screenshot_widget(page, explorer, screenshots / f"{stem(name)}-explorer-first.png")

    # Keyboard: first away from the nearer end of the track, then back to the
    # start (the starting rate is one of the slider's stops, so exactly the
    # same rate) and past it.
    rate_label = explorer.locator(".bp-lr-value")
    start_rate = rate_label.inner_text()
    away, back = ("ArrowLeft", "ArrowRight") if slider_fraction(slider) > 0.5 else ("ArrowRight", "ArrowLeft")
    press_keys_on_slider(page, slider, away, 3)
    shown = wait_for_all_to_change(page, panel, OUTCOME_PARTS, explorer, shown, f"pressing {away} 3 times")
    press_keys_on_slider(page, slider, back, 3)
    shown = wait_for_all_to_change(page, panel, OUTCOME_PARTS, explorer, shown, f"pressing {back} 3 times")
    assert rate_label.inner_text() == start_rate, "3 keys away and 3 back is not the starting rate"
    press_keys_on_slider(page, slider, back, 3)
    shown = wait_for_all_to_change(page, panel, OUTCOME_PARTS, explorer, shown, f"pressing {back} 3 more times")

    # Mouse: drag the handle to the far end of the track.
    far_end = 0.05 if slider_fraction(slider) > 0.5 else 0.95
    drag_slider(page, slider, far_end)
    wait_for_all_to_change(page, panel, OUTCOME_PARTS, explorer, shown,
                           f"dragging the slider to {far_end:.0%} of its track")
    screenshot_widget(page, explorer, screenshots / f"{stem(name)}-explorer.png")

    fail_on(notebook_problems(page, panel, notebook), f"{name} after using the explorer")


@pytest.mark.parametrize("name", notebooks_using("Prediction("))
def test_a_prediction_locks_in_the_answer_clicked(pages, screenshots, name):
    """Click a choice of the first prediction, then "Lock in my answer": the widget
    says which answer is locked in, and its choices can no longer be changed."""
    page, panel, notebook = run_cleanly(pages, name)
    prediction = panel.locator(".bp-prediction").first
    prediction.scroll_into_view_if_needed()
    status = prediction.locator(".widget-html").last
    before = status.inner_text()
    choice = prediction.locator(".widget-radio-box label").last
    answer = choice.inner_text().strip()
    lock = prediction.locator("button", has_text="Lock in my answer")
    assert lock.evaluate("b => b.scrollWidth <= b.clientWidth"), "the button's label is cut"
    choice.click()
    lock.click()
    feedback = wait_until_changed(page, panel, status.inner_text, before, "the prediction's feedback")
    assert f"Your answer: {answer}" in feedback, feedback
    assert all(radio.is_disabled() for radio in prediction.locator("input[type=radio]").all())
    screenshot_widget(page, prediction, screenshots / f"{stem(name)}-prediction.png")
    fail_on(notebook_problems(page, panel, notebook), f"{name} after locking in a prediction")


@pytest.mark.parametrize("name", notebooks_using("three_classes("))
def test_the_class_regions_follow_the_learning_rate_slider(pages, screenshots, name):
    """Notebook 8's three-class playground: its plane picture (the regions of the classes)
    is shown, and a new learning rate redraws it with the curve and the verdict."""
    page, panel, notebook = run_cleanly(pages, name)
    explorer = next(explorer for explorer in panel.locator(".bp-explorer").all()
                    if explorer.locator(".bp-boundary").count())
    explorer.scroll_into_view_if_needed()
    parts = {**OUTCOME_PARTS,
             "the class regions": lambda widget: image_source(widget.locator(".bp-boundary"))}
    shown = read_parts(parts, explorer)
    assert shown["the class regions"], "no picture of the class regions"
    slider = explorer.locator(".bp-lr-slider").first
    away = "ArrowLeft" if slider_fraction(slider) > 0.5 else "ArrowRight"
    press_keys_on_slider(page, slider, away, 3)
    wait_for_all_to_change(page, panel, parts, explorer, shown, f"pressing {away} 3 times")
    screenshot_widget(page, explorer, screenshots / f"{stem(name)}-regions.png")
    fail_on(notebook_problems(page, panel, notebook), f"{name} after the class regions")
