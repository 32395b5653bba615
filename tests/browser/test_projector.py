"""Every notebook fits a projector: JupyterLab in a 1024x768 window, left sidebar collapsed.

There the output column is 844 px wide and the notebook panel 647 px tall
(NOTEBOOK_TESTING.md).  After Run All, for every output of every notebook:

- each picture is shown at the width it was drawn at (at least 97 %):
  JupyterLab shrinks an <img> wider than its column, and its text with it;
- no output scrolls sideways;
- each widget is at most as tall as the notebook panel, in every tab, and
  an explorer's learning-rate slider, error curve and decision boundary
  are on the screen together.

The same in presentation mode (20 px text), with a notebook of the widgets
written for this test (notebook 5's surface widgets among them).  Screenshots of the player, the explorer and a
playground at 1024x768 go to tests/browser/screenshots/projector-*.png.
"""

import json

import pytest
from course_notebooks import notebook_names, stem
from jupyter_pages import fail_on, run_all, screenshot_widget

PROJECTOR = {"width": 1024, "height": 768}
SHOWN_AT_LEAST = 0.97           # a picture's shown width over its drawn width
SWEEP_TIMEOUT_MS = 180_000      # the explorers' work on every rate

# Every problem of the outputs as shown now, one line each, and what was measured.
MEASURE_JS = f"""
(panel) => {{
  const notebook = panel.querySelector(".jp-NotebookPanel-notebook");
  const limit = notebook.clientHeight;
  const problems = [], widgets = [];
  const cells = [...panel.querySelectorAll(".jp-Notebook .jp-CodeCell")];
  cells.forEach((cell, index) => {{
    const where = `code cell ${{index + 1}}`;
    const outputs = [...cell.querySelectorAll(".jp-OutputArea-output")]
      .filter(o => o.parentElement.closest(".jupyter-widgets") === null);
    for (const output of outputs) {{
      const box = output.getBoundingClientRect();
      if (output.scrollWidth > output.clientWidth + 1)
        problems.push(`${{where}}: an output scrolls sideways (${{output.scrollWidth}} px ` +
                      `in ${{output.clientWidth}} px)`);
      for (const img of output.querySelectorAll("img")) {{
        const shown = img.getBoundingClientRect().width;
        if (shown === 0) continue;                       // in a hidden tab
        const drawn = parseFloat(img.getAttribute("width")) || img.naturalWidth;
        if (drawn && shown / drawn < {SHOWN_AT_LEAST})
          problems.push(`${{where}}: a picture drawn ${{drawn}} px wide is shown ` +
                        `${{Math.round(shown)}} px wide (${{Math.round(100 * shown / drawn)}} %)`);
      }}
      const top = output.querySelector(".jupyter-widgets");
      if (top === null) continue;
      const kind = output.querySelector(".bp-stepper") ? "player"
        : output.querySelector(".bp-explorer") ? "explorer" : "widget";
      widgets.push({{where, kind, height: Math.round(box.height), width: Math.round(box.width)}});
      if (box.height > limit)
        problems.push(`${{where}}: the ${{kind}} is ${{Math.round(box.height)}} px tall, ` +
                      `the notebook panel ${{limit}} px`);
      for (const part of output.querySelectorAll(".jupyter-widgets")) {{
        const right = part.getBoundingClientRect().right;
        if (right > box.right + 1)
          problems.push(`${{where}}: part of the ${{kind}} (${{part.className.split(" ")
            .filter(c => c.startsWith("bp-")).join(" ") || part.tagName}}) reaches ` +
            `${{Math.round(right - box.right)}} px past the column`);
      }}
      for (const explorer of output.querySelectorAll(".bp-explorer")) {{
        const parts = [".bp-lr-slider", ".bp-curve", ".bp-boundary"]
          .map(css => explorer.querySelector(css)).filter(e => e !== null)
          .map(e => e.getBoundingClientRect()).filter(r => r.width > 0);
        const span = Math.max(...parts.map(r => r.bottom)) - Math.min(...parts.map(r => r.top));
        if (span > limit)
          problems.push(`${{where}}: from the learning-rate slider to the bottom of the ` +
                        `pictures it changes is ${{Math.round(span)}} px, the panel ${{limit}} px`);
      }}
    }}
  }});
  return {{limit, problems, widgets}};
}}
"""

SCREENSHOT_OF = {   # notebook -> (widget's CSS class, its name in the screenshot's file name)
    "03_backpropagation_step_by_step.ipynb": (".bp-stepper", "stepper"),
    "04_learning_rate_and_training.ipynb": (".bp-explorer", "explorer"),
    "06_beyond_the_demo.ipynb": (".bp-explorer", "playground"),
    "05_the_error_surface.ipynb": (".bp-rate-paths", "surface"),
    "zh/03_backpropagation_step_by_step.ipynb": (".bp-stepper", "stepper"),
    "zh/04_learning_rate_and_training.ipynb": (".bp-explorer", "explorer"),
}


def measure_every_tab(page, panel):
    """MEASURE_JS with every widget's first tab shown, then with each other tab in turn."""
    found = panel.evaluate(MEASURE_JS)
    problems, sizes = list(found["problems"]), list(found["widgets"])
    tabs = panel.locator(".bp-pages .lm-TabBar-tab, .bp-pages .p-TabBar-tab")
    for k in range(tabs.count()):
        tab = tabs.nth(k)
        tab.scroll_into_view_if_needed()
        tab.click()
        page.wait_for_timeout(300)
        name = tab.inner_text().strip()
        again = panel.evaluate(MEASURE_JS)
        problems += [f"{problem} (tab {name!r})" for problem in again["problems"]]
        sizes += [dict(size, tab=name) for size in again["widgets"]]
    for k in range(tabs.count()):     # back to each widget's first tab
        if tabs.nth(k).evaluate("e => e.previousElementSibling === null"):
            tabs.nth(k).click()
    return list(dict.fromkeys(problems)), found["limit"], sizes


def wait_for_background_work(page, panel):
    for bar in panel.locator(".bp-sweep-progress").all():
        page.wait_for_function("e => getComputedStyle(e).visibility === 'hidden'",
                               arg=bar.element_handle(), timeout=SWEEP_TIMEOUT_MS)


def on_the_projector(page, panel, title, screenshots, shots=()):
    """Measure the notebook at 1024x768 (the window restored after), screenshots of `shots`."""
    viewport = page.viewport_size
    page.set_viewport_size(PROJECTOR)
    try:
        page.wait_for_timeout(500)
        wait_for_background_work(page, panel)
        problems, limit, sizes = measure_every_tab(page, panel)
        print(f"{title}: notebook panel {limit} px tall; widgets: {json.dumps(sizes)}")
        for css, label in shots:
            for k, widget in enumerate(panel.locator(css).all()):
                suffix = f"-{k + 1}" if k else ""
                screenshot_widget(page, widget, screenshots / f"projector-{title}-{label}{suffix}.png")
    finally:
        page.set_viewport_size(viewport)
    return problems


@pytest.mark.parametrize("name", notebook_names())
def test_every_output_fits_a_projector(pages, screenshots, name):
    run = pages.run_in_lab(name)
    fail_on(run.problems, f"{name} did not run cleanly")
    css, label = SCREENSHOT_OF.get(name, (None, None))
    problems = on_the_projector(run.page, run.panel, stem(name), screenshots,
                                [(css, label)] if css else [])
    pages.keep(run)
    fail_on(problems, f"{name} at 1024x768 (JupyterLab, left sidebar collapsed)")


# The course's widgets in presentation mode, each with the panels a teacher would show.
PRESENTATION_CELLS = [
    "import bp_helpers as bp\nfrom bp_helpers import DEMO_EXAMPLE, DEMO_LEARNING_RATE, Network, "
    "demo_network\nfrom bp_helpers.datasets import spiral, two_circles, xor\n"
    "from bp_helpers.widgets import LearningRateExplorer, Stepper\n_ = bp.presentation()",
    "Stepper(demo_network(), *DEMO_EXAMPLE, learning_rate=DEMO_LEARNING_RATE, panels=('diagram',))",
    "LearningRateExplorer(demo_network(), *DEMO_EXAMPLE, learning_rate=1.0, updates=100, "
    "compare=[0.01, 100], panels=[('curve', 'sweep')])",
    "X, T = xor()\nLearningRateExplorer(Network([2, 4, 1], ['tanh', 'sigmoid']), X, T, "
    "learning_rate=3.0, updates=500, panels=[('curve', 'boundary'), 'sweep', 'network'])",
    "X, T = spiral()\nLearningRateExplorer(Network([2, 16, 16, 1], ['tanh', 'tanh', 'sigmoid']), "
    "X, T, learning_rate=3.0, updates=300, compare=[0.3], panels=[('curve', 'boundary')])",
    # notebook 5's: the hand tuner, and the paths on the straight line's bowl
    "from bp_helpers.surface_widgets import BatchSizePaths, HandTuner, LearningRatePaths, "
    "OptimiserPaths\nHandTuner(demo_network(), *DEMO_EXAMPLE, parameters=('w_46', 'b_6'))",
    "from bp_helpers.datasets import line\nfrom bp_helpers.error_surface import error_surface\n"
    "X, T = line()\nbowl = error_surface(Network([1, 1], 'linear', weights=[[[0.0]]], "
    "biases=[[0.0]]), X, T, ('w_12', 'b_2'))\nLearningRatePaths(bowl, (-0.5, 1.8), learning_rate=0.03)",
    "BatchSizePaths(bowl, (-0.5, 1.8), learning_rate=0.3)",
    "OptimiserPaths(bowl, (-0.5, 1.8), learning_rate=0.1, momentum=0.9)",
]


def test_the_widgets_fit_a_projector_in_presentation_mode(pages, server, screenshots):
    name = "projector_presentation.ipynb"      # beside the served copy of the course only
    cells = [{"cell_type": "code", "execution_count": None, "id": f"cell{k}", "metadata": {},
              "outputs": [], "source": source} for k, source in enumerate(PRESENTATION_CELLS)]
    notebook = {"cells": cells, "metadata": {"kernelspec": {
        "display_name": "Python 3", "language": "python", "name": "python3"}},
        "nbformat": 4, "nbformat_minor": 5}
    (server.root_dir / name).write_text(json.dumps(notebook), encoding="utf-8")
    page = pages.open_lab(name)
    panel = run_all(page)
    problems = on_the_projector(page, panel, "presentation", screenshots,
                                [(".bp-stepper", "stepper"), (".bp-explorer", "explorer"),
                                 (".bp-rate-paths", "surface")])
    fail_on(problems, "the widgets in presentation mode at 1024x768")
