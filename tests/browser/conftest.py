"""Real-browser tests: the course's notebooks run in JupyterLab and Notebook 7.

How it works
- One JupyterLab server for the whole session (`server`), started from this
  virtual environment on 127.0.0.1 with a free port and a random token, serving
  a temporary copy of notebooks/ (see jupyter_server.py).  It is stopped at the
  end, also when tests fail.
- One headless Chromium for the whole session (`browser`): Debian's
  /usr/bin/chromium driven by Playwright, in a fresh temporary profile.  No
  browser is ever downloaded.
- Tests open notebooks through `pages` (class Pages): opening one closes
  every other page and shuts every kernel down, so each run has a new kernel.
- A test opens a notebook (a new kernel starts), chooses Run > Run All Cells,
  waits for the kernel, and fails on any cell that did not run, wrote to
  stderr (a traceback or a warning), or shows no widget where the committed
  notebook shows one, and on any entry in JupyterLab's log console (where an
  exception in a widget callback lands).  See jupyter_pages.py.
- The widget tests press the step-through player's buttons and move the
  learning-rate explorer's slider with the keyboard and the mouse, and wait
  for the formula, the diagram and the error curve to be redrawn, and lock in
  a prediction's answer and wait for the widget to say which.  They run for
  the notebooks whose code calls Stepper(, LearningRateExplorer( or Prediction(.
  They go on from the page of the run test just before them (see Pages).
- test_static_site.py builds the static HTML copy (tools/build_site.py) and
  opens its pages from disk with every network request refused.
- test_slides.py steps through the lecture's slides at 1024x768: live with
  Voilà (tools/live_slides.py, a server of its own), and the static deck
  (tools/build_slides.py) from disk with every network request refused.
- Screenshots go to tests/browser/screenshots/ (ignored by git): each
  notebook whole after its run, the player mid-way, the explorer after its
  slider moved, and the widgets' first state in the static pages.

Run:  .venv/bin/python -m pytest tests/browser/      (make test-browser)
Another folder of notebooks:  BP_NOTEBOOKS=/some/folder pytest tests/browser/
"""

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from course_notebooks import NOTEBOOK_DIR
from jupyter_pages import (
    hide_left_sidebar,
    lab_url,
    notebook_problems,
    read_notebook,
    run_all,
    wait_for_notebook,
)
from jupyter_server import start_server, stop_server
from playwright.sync_api import sync_playwright

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
VIEWPORT = {"width": 1400, "height": 1000}
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    running = start_server(NOTEBOOK_DIR, tmp_path_factory.mktemp("jupyter"))
    yield running
    stop_server(running)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"the browser tests need Debian's Chromium at {CHROMIUM}: "
                    "apt-get install -y chromium")
    profile = tempfile.mkdtemp(prefix="bp-chromium-")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=str(CHROMIUM), headless=True,
            args=CHROMIUM_ARGS, viewport=VIEWPORT)
        try:
            yield context
        finally:
            context.close()
            shutil.rmtree(profile, ignore_errors=True)


@dataclass
class NotebookRun:
    """A notebook after Run All: its page, and the problems the page showed."""

    name: str
    page: object
    panel: object
    notebook: dict
    problems: list


class Pages:
    """Opens notebooks in the shared browser, one at a time.

    Opening a notebook first closes every page and shuts every kernel down,
    so each run starts in a new kernel.  A test may keep its clean run open
    for the next test on the same notebook (tests are ordered by notebook, see
    pytest_collection_modifyitems): the widget tests then use the notebook
    that the run test has just run, instead of running it a second time.  The
    latency tests, which come first, measure on a fresh run and hand it on with
    their widgets put back as they were.
    """

    def __init__(self, server, browser):
        self.server = server
        self.browser = browser
        self.kept = None

    def run_in_lab(self, name, fresh=False):
        """Notebook `name` opened in JupyterLab and run from top to bottom (the kept
        run of it, unless `fresh`: a test that measures right after Run All)."""
        if self.kept is not None and self.kept.name == name and not fresh:
            run, self.kept = self.kept, None
            return run
        page = self.open_lab(name)
        panel = run_all(page)
        notebook = self.served_notebook(name)
        return NotebookRun(name, page, panel, notebook, notebook_problems(page, panel, notebook))

    def served_notebook(self, name):
        """The notebook as the server has it (notebooks/ may change while the tests run)."""
        return read_notebook(self.server.root_dir / name)

    def keep(self, run):
        """Leave `run` open for the next test."""
        self.kept = run

    def open_lab(self, name):
        """A JupyterLab page showing notebook `name`, its new kernel ready."""
        self.close_all()
        page = self.browser.new_page()
        page.goto(lab_url(self.server, name))
        wait_for_notebook(page)
        hide_left_sidebar(page)
        return page

    def open_notebook7(self, name):
        """Open /tree in Notebook 7 and double-click `name`, as a learner would."""
        self.close_all()
        tree = self.browser.new_page()
        tree.goto(f"{self.server.url}/tree?token={self.server.token}")
        item = tree.locator(".jp-DirListing-item", has_text=name).first
        with self.browser.expect_page() as opened:
            item.dblclick()
        page = opened.value
        wait_for_notebook(page)
        return page

    def close_all(self):
        self.kept = None
        for page in self.browser.pages:
            page.close()
        self.server.shut_down_kernels()


@pytest.fixture(scope="session")
def all_pages(server, browser):
    return Pages(server, browser)


@pytest.fixture
def pages(all_pages, request):
    yield all_pages
    failed = getattr(request.node, "call_report", None) is not None and request.node.call_report.failed
    if all_pages.kept is None or failed:     # a failed test's page is never handed on
        all_pages.close_all()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """Keep each test's report of its call on the test (``pages`` reads it)."""
    report = yield
    if report.when == "call":
        item.call_report = report
    return report


def pytest_collection_modifyitems(items):
    """Run the JupyterLab tests of one notebook one after the other (see Pages.keep)."""
    def notebook_of(item):
        if item.path.parent != Path(__file__).parent:
            return (0, "")
        params = getattr(item, "callspec", None)
        name = params.params.get("name") if params else None
        if "pages" in item.fixturenames and isinstance(name, str):
            return (1, name)
        return (2, "")
    items.sort(key=notebook_of)


@pytest.fixture(scope="session")
def screenshots():
    SCREENSHOTS.mkdir(exist_ok=True)
    return SCREENSHOTS


@pytest.fixture
def offline_page(browser):
    """A page whose requests other than file:// are refused and recorded, as are failed loads."""
    refused, failed = [], []

    def only_files(route):
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            refused.append(route.request.url)
            route.abort()

    page = browser.new_page()
    page.route("**/*", only_files)
    page.on("requestfailed", lambda request: failed.append(request.url))
    yield page, refused, failed
    page.close()
