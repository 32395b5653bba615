"""Drive JupyterLab and Notebook 7 pages the way a learner does, and read what they show.

A learner opens a notebook, chooses "Run > Run All Cells", waits, and looks.
These helpers do the same through the menus and then read the page: which
cells ran, which printed to stderr (an exception's traceback or a warning),
which widgets failed to render, and what the log console caught (an
exception raised in a widget callback lands there, not in the cell).  Every
problem comes back as one readable line, so a failing test says which cell
broke and how.

What it leaves out: editing notebooks, and JupyterLab's internal JavaScript
API; only the menus, the keyboard, the mouse and the DOM are used.
"""

import json
import re
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

RUN_TIMEOUT = 120      # seconds for one notebook's "Run All"
START_TIMEOUT = 5      # seconds for "Run All" to queue the cells
CHANGE_TIMEOUT = 15    # seconds for a widget to redraw after an action
MAX_SCREENSHOT_HEIGHT = 15000   # pixels; Chromium cannot capture much more at once

# What ipywidgets writes in place of a widget it cannot show (yet).
WIDGET_ERROR_TEXT = "Error displaying widget"
WIDGET_LOADING_TEXT = "Loading widget"

# Read the notebook's state from the DOM in one go: the kernel's status and,
# for every code cell, its prompt, its stderr outputs and whether a widget
# view is rendered in its output area (nested output areas inside widgets,
# like an Output widget's, are not counted as the cell's own).
READ_CELLS_JS = """
(panel) => {
  const status = panel.querySelector(".jp-Notebook-ExecutionIndicator")?.getAttribute("data-status");
  const cells = [...panel.querySelectorAll(".jp-Notebook .jp-CodeCell")].map(cell => {
    const outputs = [...cell.querySelectorAll(".jp-OutputArea-output")]
      .filter(o => o.closest(".jupyter-widgets") === null);
    return {
      prompt: (cell.querySelector(".jp-InputPrompt")?.innerText || "").trim(),
      stderr: outputs.filter(o => o.getAttribute("data-mime-type") === "application/vnd.jupyter.stderr")
                     .map(o => o.innerText),
      widgets: outputs.filter(o => o.querySelector(".jupyter-widgets") !== null).length,
      text: outputs.map(o => o.innerText).join("\\n"),
    };
  });
  return {status, cells};
}
"""

# The run is over when the kernel is idle, no cell is queued or running
# ("[*]"), and the first code cell has a number again (the outputs were
# cleared before the run, so an old number cannot be mistaken for a new one).
RUN_FINISHED_JS = """
(panel) => {
  const status = panel.querySelector(".jp-Notebook-ExecutionIndicator")?.getAttribute("data-status");
  const prompts = [...panel.querySelectorAll(".jp-Notebook .jp-CodeCell .jp-InputPrompt")]
    .map(p => p.innerText.trim());
  return status === "idle" && !prompts.some(p => p.includes("*"))
    && (prompts.length === 0 || /\\[\\d+\\]/.test(prompts[0]));
}
"""

# The run has started once some cell is queued ([*]) or done ([1]).
RUN_STARTED_JS = """
(panel) => [...panel.querySelectorAll(".jp-Notebook .jp-CodeCell .jp-InputPrompt")]
  .some(p => /\\*|\\d/.test(p.innerText))
"""

KERNEL_IDLE_JS = """
(panel) => panel.querySelector(".jp-Notebook-ExecutionIndicator")?.getAttribute("data-status") === "idle"
"""


def read_notebook(path):
    return json.loads(Path(path).read_text(encoding="utf-8"))


def code_cells(notebook):
    return [cell for cell in notebook["cells"] if cell["cell_type"] == "code"]


def shows_widget(cell):
    """Whether the committed cell displays a widget view."""
    return any("application/vnd.jupyter.widget-view+json" in output.get("data", {})
               for output in cell.get("outputs", []))


def may_raise(cell):
    """nbval's tag for a cell that is meant to raise."""
    return "raises-exception" in cell.get("metadata", {}).get("tags", [])


def lab_url(server, name):
    # `reset` starts from an empty workspace, so earlier tabs do not reopen.
    return f"{server.url}/lab/tree/{quote(name)}?token={server.token}&reset"


def hide_left_sidebar(page):
    """Collapse JupyterLab's file browser, so the notebook gets the page's width."""
    page.locator(".jp-SideBar.jp-mod-left .lm-TabBar-tab.lm-mod-current").click()


def current_panel(page):
    """The notebook panel on screen (JupyterLab hides the other tabs' panels)."""
    return page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)").first


def wait_for_notebook(page):
    """Wait until the notebook's cells are shown and its kernel is idle."""
    panel = current_panel(page)
    panel.locator(".jp-Notebook .jp-Cell").first.wait_for(timeout=60_000)
    # Wait, as a learner would, for the new kernel to be ready before running.
    page.wait_for_function(KERNEL_IDLE_JS, arg=panel.element_handle(), timeout=60_000)
    return panel


def choose_menu(page, menu, item):
    """Open a menu of the menu bar and click one of its items."""
    page.get_by_role("menuitem", name=menu, exact=True).click()
    page.locator(".lm-Menu-item", has_text=item).first.click()


def run_all(page):
    """Clear the outputs, then Run All Cells in the notebook's new kernel, and wait for the end.

    The kernel is new: each test opens its notebook on a server with no kernel
    running, and the check that the first cell ran as [1] proves it.  (Choosing
    "Restart Kernel and Run All Cells…" instead would do the same, but a restart
    moments after the kernel started sometimes breaks jupyter_server's websocket
    and the run never ends.)
    """
    panel = wait_for_notebook(page)
    choose_menu(page, "Edit", "Clear Outputs of All Cells")
    start_run_all(page, panel)
    try:
        page.wait_for_function(RUN_FINISHED_JS, arg=panel.element_handle(),
                               timeout=RUN_TIMEOUT * 1000, polling=250)
    except PlaywrightTimeoutError:
        state = panel.evaluate(READ_CELLS_JS)
        prompts = " ".join(cell["prompt"] for cell in state["cells"])
        raise AssertionError(f"Run All did not finish within {RUN_TIMEOUT} s: kernel "
                             f"{state['status']!r}, prompts {prompts}") from None
    settle_widgets(page, panel)
    return panel


def start_run_all(page, panel, tries=3):
    """Choose Run > Run All Cells until the cells are queued.

    Moments after a new kernel reports "idle", JupyterLab sometimes ignores
    Run All Cells (no cell gets a [*]); choosing it again then works.
    """
    for _ in range(tries):
        choose_menu(page, "Run", "Run All Cells")
        try:
            page.wait_for_function(RUN_STARTED_JS, arg=panel.element_handle(),
                                   timeout=START_TIMEOUT * 1000, polling=100)
            return
        except PlaywrightTimeoutError:
            continue
    raise AssertionError(f"Run All Cells did not start any cell, chosen {tries} times")


def settle_widgets(page, panel, timeout=10):
    """Give widget views (drawn after the cell finished) time to appear."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if WIDGET_LOADING_TEXT not in panel.inner_text():
            return
        page.wait_for_timeout(200)


def notebook_problems(page, panel, notebook):
    """Every problem the page shows after a run, one line each (empty: none)."""
    state = panel.evaluate(READ_CELLS_JS)
    expected = code_cells(notebook)
    if len(state["cells"]) != len(expected):
        return [f"the page shows {len(state['cells'])} code cells, the notebook has {len(expected)}"]
    problems = []
    if state["cells"] and state["cells"][0]["prompt"] != "[1]:":
        problems.append(f"the first code cell shows {state['cells'][0]['prompt']!r}, not [1]: "
                        "the kernel was not new")
    for number, (shown, cell) in enumerate(zip(state["cells"], expected), start=1):
        where = f"code cell {number} ({first_line(cell)})"
        if not any(ch.isdigit() for ch in shown["prompt"]):
            problems.append(f"{where} did not run: prompt {shown['prompt']!r}")
        if shown["stderr"] and not may_raise(cell):
            problems.append(f"{where} wrote to stderr:\n{indent(''.join(shown['stderr']))}")
        for failure in (WIDGET_ERROR_TEXT, WIDGET_LOADING_TEXT):
            if failure in shown["text"]:
                problems.append(f"{where} shows {failure!r}:\n{indent(shown['text'])}")
        if shows_widget(cell) and shown["widgets"] == 0:
            problems.append(f"{where} shows no widget, only:\n{indent(shown['text'])}")
    problems.extend(log_console_entries(page))
    return problems


def fail_on(problems, heading):
    """Fail the test with one line per problem, if there are any."""
    if problems:
        pytest.fail(heading + ":\n" + "\n".join(problems), pytrace=False)


def log_console_entries(page):
    """Messages in JupyterLab's log console (errors raised in widget callbacks).

    Notebook 7 has no log console status item; there this returns nothing.
    """
    item = page.locator(".jp-LogConsoleStatusItem [title]")
    if item.count() == 0:
        return []
    title = item.first.get_attribute("title") or ""
    entries = re.search(r"(\d+) log entries", title)
    if entries is None or entries.group(1) == "0":
        return []
    item.first.click()
    console = page.locator(".jp-LogConsolePanel").first
    console.wait_for(timeout=10_000)
    page.wait_for_timeout(300)
    return [f"the log console has entries ({title}):\n{indent(console.inner_text())}"]


def first_line(cell):
    source = "".join(cell["source"]).strip().splitlines()
    return source[0][:60] if source else "empty"


def indent(text):
    return "\n".join("    " + line for line in text.strip().splitlines())


def screenshot_notebook(page, panel, path):
    """Save the whole notebook as one picture.

    JupyterLab scrolls inside the page, so the page's own full-page mode would
    only capture the window: the window is made as tall as the notebook instead.
    """
    scroller = panel.locator(".jp-WindowedPanel-outer").first
    notebook_height, shown_height = scroller.evaluate(
        "e => { e.scrollTop = 0; return [e.scrollHeight, e.clientHeight]; }")
    viewport = page.viewport_size
    menus_and_bars = viewport["height"] - shown_height
    page.set_viewport_size({"width": viewport["width"],
                            "height": min(notebook_height + menus_and_bars, MAX_SCREENSHOT_HEIGHT)})
    page.wait_for_timeout(500)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path))
    page.set_viewport_size(viewport)


def screenshot_widget(page, widget, path):
    """Save one widget as a picture, the window made tall enough to show all of it."""
    viewport = page.viewport_size
    widget_height = widget.bounding_box()["height"]
    page.set_viewport_size({"width": viewport["width"],
                            "height": max(viewport["height"], int(widget_height) + 400)})
    widget.scroll_into_view_if_needed()
    page.wait_for_timeout(300)
    widget.screenshot(path=str(path))
    page.set_viewport_size(viewport)


def wait_until_changed(page, panel, read, before, what, timeout=CHANGE_TIMEOUT):
    """Poll `read()` until it differs from `before`; fail naming `what` if it never does.

    Then wait for the kernel to be idle again (a slider moved by several key
    presses redraws several times) and return what `read()` shows at rest.
    """
    deadline = time.monotonic() + timeout
    while read() == before:
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} did not change within {timeout} s; "
                                 f"it still reads {short(before)}")
        page.wait_for_timeout(100)
    page.wait_for_function(KERNEL_IDLE_JS, arg=panel.element_handle(), timeout=timeout * 1000)
    return read()


def short(value):
    text = str(value)
    return repr(text if len(text) < 120 else text[:117] + "...")


def image_source(locator):
    """The src of an ipywidgets Image (a blob: URL, new on every redraw)."""
    return locator.evaluate("e => (e.tagName === 'IMG' ? e : e.querySelector('img')).src")


def drag_slider(page, slider, fraction):
    """Drag a slider's handle with the mouse to `fraction` (0 to 1) of its track."""
    handle = slider.locator(".noUi-handle").first
    track = slider.locator(".noUi-base").first.bounding_box()
    start = handle.bounding_box()
    page.mouse.move(start["x"] + start["width"] / 2, start["y"] + start["height"] / 2)
    page.mouse.down()
    page.mouse.move(track["x"] + fraction * track["width"], start["y"] + start["height"] / 2, steps=8)
    page.mouse.up()


def press_keys_on_slider(page, slider, key, times):
    """Focus a slider's handle and press an arrow key `times` times."""
    slider.locator(".noUi-handle").first.focus()
    for _ in range(times):
        page.keyboard.press(key)
