"""A whole class at once: the classroom's JupyterHub, five learners in a real browser.

Run:  make test-classroom        (as root: the classroom makes one account per learner)
      BP_CLASSROOM_IMAGE=IMAGE make test-classroom
                                 (each learner's server in the Zero to JupyterHub image)

What it does
- Starts the classroom as a teacher does (classroom/classroom.py) with a class
  list of five new learners, a free port and a temporary folder for the
  hub's state and the learners' homes (see classroom_hub.py).
- In one headless Chromium (Debian's /usr/bin/chromium, driven by
  Playwright), five browser contexts, one per learner (each its own cookies),
  log in at the same moment.  Each learner waits for their JupyterLab,
  double-clicks notebook 3 in their copy of the course, chooses Run > Run All
  Cells in their own new kernel, fails on any cell that did not run or wrote
  to stderr, then presses the step player's Next and waits for its step label
  to change.
- Edits stay with their learner: learner A types a line into a cell and saves;
  A's file on disk has it, B's file and B's server do not, and A's account
  cannot even read B's files.
- A learner cannot get in as another: A's name with B's password is refused;
  A's cookies and an API token of A's, tried on B's pages, files, kernels,
  contents and hub API (and on stopping B's server), are refused (403, 404,
  or the login page), and never show what is in B's home; the same cookies
  and token do open A's own (so the refusals are not an accident).
- The class's answers: in their notebook 3, each learner turns the player's
  quiz on and types a prediction of the step shown, four of them after
  ticking "share my answers with my teacher", one without; the teacher (the
  classroom's teachers' list) opens the class view and sees the four, how
  many were right and the most common wrong answer.  Two learners then answer
  notebook 8's first predict-first question (a Prediction), one right, one
  wrong, and the teacher sees those counts too.  A learner is refused
  at the teacher's view and at another learner's answers, with their cookies
  and with a token of their own, and cannot post an answer as another.
- Memory, the heaviest case: one learner opens notebooks 4 and 5 as well and
  runs them (three notebooks open, notebook 5 the heaviest kernel).
- Nothing listens beyond loopback: every listening TCP socket and bound UDP
  socket of every process of the hub (hub, proxy, services, servers, kernels)
  is on 127.0.0.1 or ::1.
- Idle kernels and servers are shut down: the classroom runs with short
  timeouts (CULL_KERNELS_AFTER, CULL_SERVERS_AFTER); once the browsers are
  closed, every kernel and then every server goes, by the hub's culling.
- Stopping the hub (SIGTERM, as Ctrl+C) stops every process it started.
- It prints each learner's spawn time and memory, and writes them to
  classroom/measurements.md (measurements-z2jh-image.md with an image).  Nothing is timed against a limit: the timeouts
  only keep a broken run from hanging.

The class runs at once on purpose: five logins, five servers starting, five
JupyterLabs loading and five notebooks running together, as in a classroom.
"""

import asyncio
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

# ``pytest tests/`` does not collect this folder (pyproject's norecursedirs,
# as for tests/browser/): it runs when asked, as root, from the classroom's
# own venv (make test-classroom).
import psutil  # noqa: E402
import pytest
from classroom_hub import (  # noqa: E402
    CLASSROOM,
    LOOPBACK,
    MIB,
    REPO,
    as_learner,
    learners_processes,
    listening_sockets,
    memory_of,
    remove_classroom,
    rss_of,
    start_hub,
    stop_hub,
    uid_of,
)
from playwright.async_api import TimeoutError as PlaywrightTimeoutError  # noqa: E402
from playwright.async_api import async_playwright  # noqa: E402

from bp_helpers import DEMO_EXAMPLE, DEMO_LEARNING_RATE, demo_network, trace
from bp_helpers.formatting import format_rate

sys.path.insert(0, str(REPO / "tests" / "browser"))
from jupyter_pages import READ_CELLS_JS, code_cells, may_raise, read_notebook  # noqa: E402

LEARNERS = 5
NOTEBOOK = "03_backpropagation_step_by_step.ipynb"
MORE_NOTEBOOKS = ["04_learning_rate_and_training.ipynb", "05_the_error_surface.ipynb"]
PREDICT_NOTEBOOK = "08_choosing_the_error_function.ipynb"   # its predict-first questions
ANSWERS = "/services/class-answers"
# Short timeouts for idle kernels and servers, so that the test sees them culled.
CULL_KERNELS_AFTER = 20
CULL_SERVERS_AFTER = 60
CULL_TIMEOUT = 240      # seconds for every kernel and server to be culled, browsers closed
COURSE = REPO / "notebooks"
# BP_CLASSROOM_IMAGE=IMAGE: each learner's server runs in that image (the Zero to
# JupyterHub image, classroom/z2jh/build.sh) instead of classroom/.venv.
IMAGE = os.environ.get("BP_CLASSROOM_IMAGE")
MEASUREMENTS = CLASSROOM / ("measurements-z2jh-image.md" if IMAGE else "measurements.md")
LOGS = Path(__file__).resolve().parent / "logs"   # the hub's log and failures' screenshots
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
VIEWPORT = {"width": 1280, "height": 900}

# Timeouts (seconds): a whole class starting at once on a 2-core machine.
LOGIN_TIMEOUT = 180     # from "Sign in" to the learner's JupyterLab with its file browser
KERNEL_TIMEOUT = 90     # from the double-click to the notebook's kernel idle
RUN_TIMEOUT = 180       # Run All Cells
CHANGE_TIMEOUT = 30     # the player's step label after Next; a saved file
STALL_SECONDS = 5       # kernel idle with cells that never ran: Run All Cells again

# The kernel's status and every code cell's prompt ("[ ]:", "[*]:", "[3]:").
RUN_STATE_JS = """
(panel) => ({
  status: panel.querySelector(".jp-Notebook-ExecutionIndicator")?.getAttribute("data-status"),
  prompts: [...panel.querySelectorAll(".jp-Notebook .jp-CodeCell .jp-InputPrompt")]
    .map(p => p.innerText.trim()),
})
"""


@dataclass
class Learner:
    name: str
    context: object = None
    page: object = None
    panel: object = None
    seconds: dict = field(default_factory=dict)   # what the learner waited for, and how long
    labels: tuple = ()                              # the step label before and after Next
    run_all_chosen: int = 0                         # how often Run All Cells had to be chosen
    problems: list = field(default_factory=list)


class Class:
    """The hub, the browser, and each learner's browser context, driven from one event loop."""

    def __init__(self, hub):
        self.hub = hub
        self.loop = asyncio.new_event_loop()
        self.learners = {name: Learner(name) for name in hub.names}
        self.playwright = self.browser = None
        self.figures = {}
        self.teacher_context = None     # the teacher's browser context, once signed in

    def run(self, coroutine):
        return self.loop.run_until_complete(coroutine)

    async def open_browser(self):
        self.playwright = await async_playwright().start()
        self.browser = await self.playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)

    async def close_browser(self):
        if self.browser is not None:
            await self.browser.close()
        if self.playwright is not None:
            await self.playwright.stop()

    def url(self, path):
        return self.hub.url + path


@pytest.fixture(scope="module")
def klass():
    if os.geteuid() != 0:
        pytest.fail("the classroom test runs as root: the classroom makes one account per learner")
    if not CHROMIUM.exists():
        pytest.fail(f"the classroom test needs Debian's Chromium at {CHROMIUM}: "
                    "apt-get install -y chromium")
    hub = start_hub(LEARNERS, IMAGE, ["--cull-kernels-after", str(CULL_KERNELS_AFTER),
                                      "--cull-servers-after", str(CULL_SERVERS_AFTER)])
    klass = Class(hub)
    try:
        klass.run(klass.open_browser())
        yield klass
    finally:
        try:
            klass.run(klass.close_browser())
        finally:
            stop_hub(hub)
            LOGS.mkdir(exist_ok=True)
            shutil.copy(hub.log_path, LOGS / "hub.log")
            remove_classroom(hub)
            klass.loop.close()


# --- What a learner does in their browser -------------------------------------------------

async def attend(klass, learner):
    """Log in, open notebook 3, Run All Cells, press the player's Next."""
    learner.context = await klass.browser.new_context(viewport=VIEWPORT)
    page = learner.page = await learner.context.new_page()
    await page.goto(klass.url("/hub/login"))
    await page.fill("#username_input", learner.name)
    await page.fill("#password_input", klass.hub.passwords[learner.name])
    signed_in = time.monotonic()
    await page.click("#login_submit")

    # The hub starts the learner's server, then sends the browser to its JupyterLab.
    await page.wait_for_url(re.compile(rf"/user/{re.escape(learner.name)}/lab"),
                            timeout=LOGIN_TIMEOUT * 1000)
    # JupyterLab is up when its launcher shows the course's kernel (the kernel
    # specs are loaded) and the file browser shows the learner's course.
    await page.locator(".jp-LauncherCard", has_text="Python 3").first.wait_for(
        timeout=LOGIN_TIMEOUT * 1000)
    item = page.locator(".jp-DirListing-item", has_text=NOTEBOOK)
    await item.wait_for(timeout=LOGIN_TIMEOUT * 1000)
    learner.seconds["login to JupyterLab"] = time.monotonic() - signed_in

    opened = time.monotonic()
    await item.dblclick()
    panel = learner.panel = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)").first
    await panel.locator(".jp-Notebook .jp-Cell").first.wait_for(timeout=KERNEL_TIMEOUT * 1000)
    await wait_for_kernel(klass, learner, NOTEBOOK)
    learner.seconds["notebook open, kernel ready"] = time.monotonic() - opened

    started = time.monotonic()
    await run_all(page, panel, learner)
    learner.seconds["Run All Cells"] = time.monotonic() - started
    learner.problems = run_problems(await panel.evaluate(READ_CELLS_JS),
                                    read_notebook(COURSE / NOTEBOOK))

    stepper = panel.locator(".bp-stepper").first
    await stepper.scroll_into_view_if_needed()
    label = stepper.locator(".bp-step-label")
    before = await label.inner_text()
    await stepper.locator(".bp-next").click()
    learner.labels = (before, await wait_for_change(page, label, before, "the step label after Next"))


async def wait_for_kernel(klass, learner, notebook, settle=2):
    """Wait until the notebook's kernel is there, idle and connected, as page and server both say.

    JupyterLab's own indicator may read "idle" before the notebook has a
    kernel; a cell run then starts a second kernel and shuts the first down.
    So wait until the status bar shows the kernel idle, and the learner's
    server has one session for the notebook with that kernel idle and
    connected, for `settle` seconds in a row.
    """
    page = learner.page
    path = f"course/{notebook}"
    deadline = time.monotonic() + KERNEL_TIMEOUT
    ready_since = None
    while True:
        shown = await page.locator("#jp-main-statusbar").inner_text()
        response = await learner.context.request.get(klass.url(f"/user/{learner.name}/api/sessions"))
        sessions = [s for s in (await response.json() if response.ok else []) if s["path"] == path]
        kernels = [s["kernel"] for s in sessions if s.get("kernel")]
        ready = ("| Idle" in shown and len(sessions) == 1 and len(kernels) == 1
                 and kernels[0]["execution_state"] == "idle" and kernels[0]["connections"] >= 1)
        if not ready:
            ready_since = None
        elif ready_since is None:
            ready_since = time.monotonic()
        elif time.monotonic() - ready_since >= settle:
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"the notebook's kernel was not ready within {KERNEL_TIMEOUT} s: "
                                 f"status bar {shown!r}, sessions {sessions}")
        await page.wait_for_timeout(250)


async def choose_menu(page, menu, item):
    await page.get_by_role("menuitem", name=menu, exact=True).click()
    await page.locator(".lm-Menu-item", has_text=item).first.click()


async def run_all(page, panel, learner, tries=3):
    """Clear the outputs, choose Run All Cells, and wait until every code cell has run.

    Under load (a class starting at once on two cores) JupyterLab now and then
    drops the cells it has queued: right after a new kernel reports idle, or
    when it reconnects to the kernel.  Its kernel is then idle with cells
    that never ran, and a learner would choose Run All Cells again; so does
    this, up to `tries` times in all, and counts how often it had to
    (learner.run_all_chosen, printed with the figures).
    """
    handle = await panel.element_handle()
    await choose_menu(page, "Edit", "Clear Outputs of All Cells")
    await choose_menu(page, "Run", "Run All Cells")
    learner.run_all_chosen = 1
    deadline = time.monotonic() + RUN_TIMEOUT
    stalled_since = None
    while True:
        state = await panel.evaluate(RUN_STATE_JS, handle)
        queued = any("*" in prompt for prompt in state["prompts"])
        all_ran = all(re.search(r"\d", prompt) for prompt in state["prompts"])
        idle = state["status"] == "idle" and not queued
        if idle and all_ran:
            break
        if time.monotonic() > deadline:
            raise AssertionError(f"Run All did not finish within {RUN_TIMEOUT} s (chosen "
                                 f"{learner.run_all_chosen} times): kernel {state['status']!r}, "
                                 f"prompts {' '.join(state['prompts'])}")
        if not idle:
            stalled_since = None
        elif stalled_since is None:
            stalled_since = time.monotonic()
        elif time.monotonic() - stalled_since > STALL_SECONDS:
            if learner.run_all_chosen >= tries:
                raise AssertionError(f"Run All Cells chosen {tries} times, and still some cells "
                                     f"never ran: prompts {' '.join(state['prompts'])}")
            await choose_menu(page, "Run", "Run All Cells")
            learner.run_all_chosen += 1
            stalled_since = None
        await page.wait_for_timeout(250)
    deadline = time.monotonic() + 15   # widget views are drawn after their cell finished
    while "Loading widget" in await panel.inner_text() and time.monotonic() < deadline:
        await page.wait_for_timeout(200)


def run_problems(state, notebook):
    """What went wrong in the run, one line each: cells that did not run or wrote to stderr."""
    expected = code_cells(notebook)
    if len(state["cells"]) != len(expected):
        return [f"the page shows {len(state['cells'])} code cells, the notebook has {len(expected)}"]
    problems = []
    for number, (shown, cell) in enumerate(zip(state["cells"], expected), start=1):
        if not any(ch.isdigit() for ch in shown["prompt"]):
            problems.append(f"code cell {number} did not run: prompt {shown['prompt']!r}")
        if shown["stderr"] and not may_raise(cell):
            problems.append(f"code cell {number} wrote to stderr: {''.join(shown['stderr'])[:500]}")
        if "Error displaying widget" in shown["text"]:
            problems.append(f"code cell {number} shows 'Error displaying widget'")
    return problems


async def wait_for_change(page, locator, before, what, timeout=CHANGE_TIMEOUT):
    deadline = time.monotonic() + timeout
    while (now := await locator.inner_text()) == before:
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} did not change within {timeout} s: still {before!r}")
        await page.wait_for_timeout(100)
    return now


# --- The tests, in the order a class meets them -------------------------------------------

def test_five_learners_at_once_run_notebook_3_and_step_the_player(klass, report):
    async def whole_class():
        return await asyncio.gather(*(attend(klass, learner) for learner in klass.learners.values()),
                                    return_exceptions=True)

    started = time.monotonic()
    outcomes = klass.run(whole_class())
    klass.figures["whole class, login to Next pressed"] = time.monotonic() - started
    failures = []
    for learner, outcome in zip(klass.learners.values(), outcomes):
        if isinstance(outcome, BaseException):
            failures.append(f"{learner.name}: {type(outcome).__name__}: {outcome}")
            if learner.page is not None:
                LOGS.mkdir(exist_ok=True)
                klass.run(learner.page.screenshot(path=LOGS / f"{learner.name}.png", full_page=True))
        failures += [f"{learner.name}: {problem}" for problem in learner.problems]
    measure(klass, report)   # what the class holds now: five kernels that ran notebook 3
    assert not failures, ("not every learner ran notebook 3 and stepped the player:\n"
                          + "\n".join(failures) + "\n\nhub log:\n" + klass.hub.log_tail())
    for learner in klass.learners.values():
        before, after = learner.labels
        assert before and after and before != after


# --- The class's answers, for the teacher ---------------------------------------------------

def step_shown():
    """The question and value of the step every learner's player shows: step 2, after one Next."""
    step = trace(demo_network(), *DEMO_EXAMPLE, DEMO_LEARNING_RATE)[1]
    return f"player step 2 (α = {format_rate(DEMO_LEARNING_RATE)}): {step.title}", step.value


async def predict(learner, typed, share):
    """Turn the player's quiz on, tick "share my answers with my teacher" if `share`, type
    `typed` as the prediction of the step shown and press Check; return the quiz's answer."""
    stepper = learner.panel.locator(".bp-stepper").first
    await stepper.get_by_role("checkbox", name="quiz me").check()
    consent = stepper.get_by_role("checkbox", name="share my answers with my teacher")
    assert not await consent.is_checked(), "the consent is ticked before the learner ticks it"
    if share:
        await consent.check()
    await stepper.get_by_placeholder("a number, e.g. -0.25").fill(typed)
    await stepper.locator(".bp-check").click()
    feedback = stepper.locator(".widget-html", has_text=re.compile("✓ Right|✗ Not yet")).first
    await shown_within(feedback, CHANGE_TIMEOUT, f"{learner.name}: the quiz's ✓ Right or ✗ Not yet "
                       "after Check", stepper.locator(".widget-html").all_inner_texts)
    return await feedback.inner_text()


async def shown_within(locator, timeout, what, shown_instead):
    """Wait for `locator`; if it does not come, say what the widget shows instead."""
    try:
        await locator.wait_for(timeout=timeout * 1000)
    except PlaywrightTimeoutError:
        raise AssertionError(f"{what}: not shown within {timeout} s; the widget shows "
                             f"{await shown_instead()!r}") from None


async def teachers_browser(klass):
    """The teacher's browser, signed in by opening the class view (no server of their own)."""
    teacher = klass.hub.teachers[0]
    context = await klass.browser.new_context(viewport=VIEWPORT)
    page = await context.new_page()
    await page.goto(klass.url(f"{ANSWERS}/"))
    await page.fill("#username_input", teacher)
    await page.fill("#password_input", klass.hub.passwords[teacher])
    await page.click("#login_submit")
    await page.wait_for_url(re.compile(rf"{ANSWERS}/$"), timeout=LOGIN_TIMEOUT * 1000)
    return context, page


async def row_of(page, question):
    """The class view's row of `question`, as the teacher reads it, once it has answers."""
    deadline = time.monotonic() + CHANGE_TIMEOUT
    while True:
        await page.reload()
        row = page.locator("tr.question", has=page.locator("td.text", has_text=question))
        if await row.count():
            return {key: await row.locator(f"td.{key}").inner_text()
                    for key in ("answered", "right", "wrong")}
        assert time.monotonic() < deadline, f"no answers to {question!r} in the class view"
        await page.wait_for_timeout(500)


def test_the_teacher_sees_the_class_answers_shared_with_consent(klass):
    question, value = step_shown()
    right = f"{value:.6g}"
    # Two right, two the same wrong number, and one that is not shared.
    typed = [(right, True), (right, True), ("0.5", True), ("0.5", True), ("0.25", False)]

    async def whole_class():
        return await asyncio.gather(*(predict(learner, answer, share) for learner, (answer, share)
                                      in zip(klass.learners.values(), typed)))
    feedback = klass.run(whole_class())
    assert [text.startswith("✓ Right") for text in feedback] == [True, True, False, False, False]

    async def teacher_reads():
        klass.teacher_context, page = await teachers_browser(klass)
        shown = await row_of(page, question)
        for _ in range(4):      # until all four have arrived (they are sent in the background)
            if shown["answered"] == "4":
                break
            await page.wait_for_timeout(2000)
            shown = await row_of(page, question)
        summary = await (await klass.teacher_context.request.get(klass.url(f"{ANSWERS}/api/summary"))).json()
        return shown, summary
    shown, summary = klass.run(teacher_reads())
    assert shown == {"answered": "4", "right": "2", "wrong": "0.5 (2)"}
    [counted] = [q for q in summary["questions"] if q["question"] == question]
    assert counted == {"notebook": NOTEBOOK, "question": question, "answered": 4, "right": 2,
                       "common_wrong": [["0.5", 2]]}


async def lock_in(klass, learner, choice):
    """Open notebook 8, run its cells down to its first predict-first question, tick "share my
    answers with my teacher" (a new kernel: unticked again), choose `choice` and lock it in."""
    page = learner.page
    await page.locator(".jp-DirListing-item", has_text=PREDICT_NOTEBOOK).dblclick()
    panel = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)").first
    await panel.locator(".jp-Notebook .jp-Cell").first.wait_for(timeout=KERNEL_TIMEOUT * 1000)
    await wait_for_kernel(klass, learner, PREDICT_NOTEBOOK)
    # In command mode, Shift+Enter runs a cell and selects the next: the imports, the
    # markdown between, the question.
    await panel.locator(".jp-Notebook .jp-CodeCell .jp-InputPrompt").first.click()
    for _ in range(3):
        await page.keyboard.press("Shift+Enter")
    prediction = panel.locator(".bp-prediction").first
    await prediction.wait_for(timeout=RUN_TIMEOUT * 1000)
    consent = prediction.get_by_role("checkbox", name="share my answers with my teacher")
    assert not await consent.is_checked(), "the consent is ticked before the learner ticks it"
    await consent.check()
    await prediction.get_by_role("radio", name=choice, exact=True).check()
    await prediction.get_by_role("button", name="Lock in my answer").click()
    locked = prediction.locator(".widget-html", has_text="Your answer:")
    await shown_within(locked, CHANGE_TIMEOUT, f"{learner.name}: the locked answer",
                       prediction.locator(".widget-html").all_inner_texts)


def test_the_teacher_sees_the_class_answers_to_a_predict_first_question(klass):
    """Two learners answer notebook 8's first predict-first question (a Prediction), one right,
    one wrong; the teacher's view counts them."""
    c, d = list(klass.learners.values())[2:4]
    question, choices, right = predict_first_question()
    wrong = next(choice for choice in choices if choice != right)

    async def two_learners():
        await asyncio.gather(lock_in(klass, c, right), lock_in(klass, d, wrong))

    async def teacher_reads():
        page = await klass.teacher_context.new_page()
        await page.goto(klass.url(f"{ANSWERS}/"))
        shown = await row_of(page, question)
        for _ in range(4):      # until both have arrived (they are sent in the background)
            if shown["answered"] == "2":
                break
            await page.wait_for_timeout(2000)
            shown = await row_of(page, question)
        summary = await (await klass.teacher_context.request.get(klass.url(f"{ANSWERS}/api/summary"))).json()
        return shown, summary
    klass.run(two_learners())
    shown, summary = klass.run(teacher_reads())
    assert shown == {"answered": "2", "right": "1", "wrong": f"{wrong} (1)"}
    [counted] = [q for q in summary["questions"] if q["question"] == question]
    assert counted == {"notebook": PREDICT_NOTEBOOK, "question": question, "answered": 2, "right": 1,
                       "common_wrong": [[wrong, 1]]}


def predict_first_question():
    """The first Prediction of notebook 8, as its cell makes it: (question, choices, right)."""
    [cell] = [cell for cell in code_cells(read_notebook(COURSE / PREDICT_NOTEBOOK))
              if "Prediction(" in "".join(cell["source"])][:1]
    source = "".join(cell["source"])
    made = eval(source[source.index("Prediction("):], {"Prediction": lambda *args, **kwargs: (args, kwargs)})
    (question, choices), keywords = made
    return question, choices, keywords["right"]


def test_a_learner_cannot_read_the_class_view_or_another_learners_answers(klass):
    a, b = list(klass.learners.values())[:2]

    async def attempts():
        tried = {}
        for path in (f"{ANSWERS}/", f"{ANSWERS}/api/summary", f"{ANSWERS}/api/answers/{b.name}"):
            response = await a.context.request.get(klass.url(path))
            tried[f"A's cookies {path}"] = response.status
        token = await learners_token(klass, a)
        with_token = await klass.playwright.request.new_context(
            extra_http_headers={"Authorization": f"token {token}"})
        try:
            for path in (f"{ANSWERS}/", f"{ANSWERS}/api/summary", f"{ANSWERS}/api/answers/{b.name}"):
                response = await with_token.get(klass.url(path))
                tried[f"A's token {path}"] = response.status
            # An answer posted with A's token is A's, whatever it claims.
            posted = await with_token.post(klass.url(f"{ANSWERS}/api/answers"), data=json.dumps(
                {"notebook": NOTEBOOK, "question": "posted by A", "answer": "1", "right": True,
                 "learner": b.name}))
            assert posted.status == 201, await posted.text()
            own = await with_token.get(klass.url(f"{ANSWERS}/api/answers/{a.name}"))
            assert own.ok, f"A cannot read A's own answers: {own.status}"
            own = await own.json()
        finally:
            await with_token.dispose()
        teacher = klass.teacher_context.request
        b_answers = await (await teacher.get(klass.url(f"{ANSWERS}/api/answers/{b.name}"))).json()
        return tried, own, b_answers
    tried, own, b_answers = klass.run(attempts())
    let_in = {what: status for what, status in tried.items() if status != 403}
    assert not let_in, f"A was let in: {let_in}"
    assert {answer["question"] for answer in own["answers"]} >= {"posted by A", step_shown()[0]}
    assert all(answer["question"] != "posted by A" for answer in b_answers["answers"])
    assert [answer["answer"] for answer in b_answers["answers"]] == [f"{step_shown()[1]:.6g}"]


async def learners_token(klass, learner):
    """A new API token of the learner's own, asked for on the hub's API as their pages do."""
    xsrf = next(cookie["value"] for cookie in await learner.context.cookies()
                if cookie["name"] == "_xsrf" and cookie["path"].startswith("/hub"))
    made = await learner.context.request.post(
        klass.url(f"/hub/api/users/{learner.name}/tokens"), headers={"X-XSRFToken": xsrf},
        data={"note": "classroom test", "expires_in": 600})
    assert made.status == 201, f"{learner.name} could not make a token: {made.status}"
    return (await made.json())["token"]


def test_a_learners_edit_stays_theirs(klass):
    a, b = list(klass.learners.values())[:2]
    marker = f"a note only {a.name} wrote"

    async def edit_and_save():
        cell = a.panel.locator(".jp-Notebook .jp-CodeCell").first
        await cell.locator(".cm-content").click()
        await a.page.keyboard.press("Control+Home")
        await a.page.keyboard.type(f"# {marker}\n")
        await a.page.keyboard.press("Control+s")
    klass.run(edit_and_save())

    a_file = klass.hub.home(a.name) / "course" / NOTEBOOK
    b_file = klass.hub.home(b.name) / "course" / NOTEBOOK
    deadline = time.monotonic() + CHANGE_TIMEOUT
    while marker not in saved_first_code_source(a_file):
        assert time.monotonic() < deadline, f"{a.name}'s edit was not saved to {a_file}"
        time.sleep(0.2)
    assert a_file.stat().st_uid == uid_of(a.name), "A's server does not run as A's account"
    assert marker not in b_file.read_text()
    assert first_code_source(b_file) == first_code_source(COURSE / NOTEBOOK)

    async def seen_by(learner, name):
        response = await learner.context.request.get(
            klass.url(f"/user/{name}/api/contents/course/{NOTEBOOK}"))
        assert response.ok, f"{learner.name} cannot read their own notebook: {response.status}"
        return "".join(code_cells((await response.json())["content"])[0]["source"])
    assert marker in klass.run(seen_by(a, a.name))
    assert marker not in klass.run(seen_by(b, b.name))
    assert marker not in klass.run(b.panel.locator(".jp-Notebook .jp-CodeCell").first.inner_text())

    # Below the hub: A's account (which runs A's kernels) cannot read B's home.
    reading = subprocess.run([sys.executable, "-c", f"open({str(b_file)!r}).read()"],
                             preexec_fn=as_learner(a.name), capture_output=True, text=True)
    assert reading.returncode != 0 and "PermissionError" in reading.stderr
    assert klass.hub.home(b.name).stat().st_mode & 0o777 == 0o700


def first_code_source(path):
    return "".join(code_cells(json.loads(Path(path).read_text()))[0]["source"])


def saved_first_code_source(path):
    """first_code_source, or "" while the server is still writing the file (in place)."""
    try:
        return first_code_source(path)
    except ValueError:
        return ""


def test_a_learner_cannot_log_in_with_another_learners_password(klass):
    a, b = list(klass.learners.values())[:2]

    async def try_login():
        context = await klass.browser.new_context()
        try:
            page = await context.new_page()
            await page.goto(klass.url("/hub/login"))
            await page.fill("#username_input", a.name)
            await page.fill("#password_input", klass.hub.passwords[b.name])
            await page.click("#login_submit")
            await page.wait_for_load_state()
            return page.url, await page.content()
        finally:
            await context.close()
    url, content = klass.run(try_login())
    assert "/hub/login" in url and "Invalid username or password" in content


def test_a_learners_cookie_and_token_cannot_open_another_learners_server(klass):
    a, b = list(klass.learners.values())[:2]
    secret = f"only {b.name} may read this"
    secret_file = klass.hub.home(b.name) / "course" / "secret.txt"
    subprocess.run(["sh", "-c", f"printf '%s' '{secret}' > {secret_file}"],
                   preexec_fn=as_learner(b.name), check=True)
    b_urls = [f"/user/{b.name}/lab", f"/user/{b.name}/lab/tree/course/{NOTEBOOK}",
              f"/user/{b.name}/api/contents/course", f"/user/{b.name}/api/contents/course/secret.txt",
              f"/user/{b.name}/files/course/secret.txt", f"/user/{b.name}/api/kernels",
              f"/user/{b.name}/api/sessions", f"/hub/api/users/{b.name}",
              f"/hub/api/users/{b.name}/tokens"]

    async def attempts():
        tried = []
        # A's browser, with A's cookies.
        for path in b_urls:
            response = await a.context.request.get(klass.url(path))
            tried.append(("A's cookies", "GET", path, response.status, response.url,
                          await response.text()))
        own = await a.context.request.get(klass.url(f"/user/{a.name}/api/contents/course"))
        assert own.ok, f"A's cookies do not open A's own server: {own.status}"

        token = await learners_token(klass, a)
        with_token = await klass.playwright.request.new_context(
            extra_http_headers={"Authorization": f"token {token}"})
        try:
            for path in b_urls:
                response = await with_token.get(klass.url(path))
                tried.append(("A's token", "GET", path, response.status, response.url,
                              await response.text()))
            response = await with_token.delete(klass.url(f"/hub/api/users/{b.name}/server"))
            tried.append(("A's token", "DELETE", f"/hub/api/users/{b.name}/server",
                          response.status, response.url, await response.text()))
            own = await with_token.get(klass.url(f"/user/{a.name}/api/contents/course"))
            assert own.ok, f"A's token does not open A's own server: {own.status}"
        finally:
            await with_token.dispose()
        b_server = await b.context.request.get(klass.url(f"/user/{b.name}/api/status"))
        assert b_server.ok, f"B's server is no longer there for B: {b_server.status}"
        return tried

    let_in = [f"{who} {method} {path} -> {status} at {url}"
              for who, method, path, status, url, body in klass.run(attempts())
              if not refused(status, url) or secret in body or "secret.txt" in body]
    assert not let_in, "another learner's server let A in:\n" + "\n".join(let_in)


def refused(status, url):
    """403 or 404, or sent to the login page."""
    return status in (403, 404) or (status == 200 and "/hub/login" in url)


def test_three_notebooks_open_with_notebook_5(klass, report):
    """The heaviest case for memory: learner A opens and runs notebooks 4 and 5 as well."""
    a = next(iter(klass.learners.values()))
    alone = memory_of(a.name)

    async def open_and_run(notebook):
        await a.page.locator(".jp-DirListing-item", has_text=notebook).dblclick()
        a.panel = a.page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)").first
        await a.panel.locator(".jp-Notebook .jp-Cell").first.wait_for(timeout=KERNEL_TIMEOUT * 1000)
        await wait_for_kernel(klass, a, notebook)
        await run_all(a.page, a.panel, a)
        return run_problems(await a.panel.evaluate(READ_CELLS_JS), read_notebook(COURSE / notebook))

    kernels = {NOTEBOOK: alone.kernel_rss}
    for notebook in MORE_NOTEBOOKS:
        before = memory_of(a.name).kernel_rss
        problems = klass.run(open_and_run(notebook))
        assert not problems, f"{notebook}: " + "\n".join(problems)
        kernels[notebook] = memory_of(a.name).kernel_rss - before
    three = memory_of(a.name)
    assert three.kernels == 3, f"{a.name} should have three kernels, has {three.kernels}"
    klass.figures["three notebooks"] = (three, kernels)
    report.append(f"{a.name} with notebooks 3, 4 and 5 open, each run: RSS {three.rss:.0f} MiB "
                  f"(kernels: " + ", ".join(f"{name[:2]} {rss:.0f}" for name, rss in kernels.items())
                  + f"), PSS {three.pss:.0f}, USS {three.uss:.0f}")
    write_measurements(klass)


def test_nothing_listens_beyond_loopback(klass, report):
    processes = klass.hub.processes() + learners_processes(klass.hub)
    sockets = sorted(set(listening_sockets(processes)))
    beyond = [s for s in sockets if s[3] not in LOOPBACK]
    report.append(f"listening sockets of the hub's {len(set(p.pid for p in processes))} processes: "
                  f"{len(sockets)}, all on {', '.join(sorted({s[3] for s in sockets}))}")
    assert not beyond, "listening beyond loopback:\n" + "\n".join(map(str, beyond))
    # The proxy, the hub, the proxy's API, and every learner's server and kernel were seen.
    ports = {s[4] for s in sockets}
    assert int(klass.hub.url.rsplit(":", 1)[1]) in ports
    servers = [s for s in sockets if s[0].startswith("jupyterhub-sing")]
    assert len({s[1] for s in servers}) == LEARNERS, f"not every learner's server: {servers}"
    kernels = [s for s in sockets if s[0].startswith("python")]
    assert len({s[1] for s in kernels}) >= LEARNERS, f"not every learner's kernel: {sockets}"


def test_idle_kernels_and_then_idle_servers_are_shut_down(klass, report):
    """Every learner leaves (their browser closed): their kernels go after CULL_KERNELS_AFTER
    seconds idle, then their servers after CULL_SERVERS_AFTER, as the hub's settings say."""
    klass.run(klass.close_browser())
    klass.browser = klass.playwright = None
    left = time.monotonic()
    gone = {}
    while len(gone) < 2:
        processes = learners_processes(klass.hub)
        kinds = {"kernels": [p for p in processes if is_kernel(p)],
                 "servers": [p for p in processes if not is_kernel(p)]}
        for kind, still in kinds.items():
            if not still and kind not in gone:
                gone[kind] = time.monotonic() - left
        assert time.monotonic() - left < CULL_TIMEOUT, (
            f"still running {CULL_TIMEOUT} s after the learners left: "
            f"{ {kind: len(still) for kind, still in kinds.items()} }\n{klass.hub.log_tail()}")
        time.sleep(1)
    assert gone["kernels"] <= gone["servers"]
    assert klass.hub.log_text().count("Culling server") >= LEARNERS, klass.hub.log_tail()
    report.append(f"learners gone: every kernel culled {gone['kernels']:.0f} s later "
                  f"(idle after {CULL_KERNELS_AFTER} s), every server {gone['servers']:.0f} s "
                  f"later (idle after {CULL_SERVERS_AFTER} s)")


def is_kernel(process):
    try:
        return "ipykernel_launcher" in " ".join(process.cmdline())
    except psutil.NoSuchProcess:
        return False


def test_stopping_the_hub_stops_everything(klass):
    klass.run(klass.close_browser())
    klass.browser = klass.playwright = None
    left = stop_hub(klass.hub)
    assert klass.hub.process.returncode == 0, klass.hub.log_tail()
    assert not left, f"still running after the hub stopped (now killed): {left}"


# --- Figures --------------------------------------------------------------------------------

def course_version():
    """The commit the course was at, and whether its notebooks or package differed from it."""
    commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip() or "an unknown commit"
    changed = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--",
                              "notebooks", "bp_helpers"], capture_output=True, text=True).stdout
    return f"commit {commit}" + (" with changes to notebooks/ or bp_helpers/ not yet committed"
                                 if changed.strip() else "")


def measure(klass, report):
    """Each learner's spawn time and memory, printed and written to classroom/measurements.md."""
    spawn = klass.hub.spawn_seconds()
    memory = {name: memory_of(name) for name in klass.learners}
    processes = klass.hub.processes()
    learner_pids = {p.pid for p in learners_processes(klass.hub)}
    hub_and_proxy = rss_of([p for p in processes if p.pid not in learner_pids])
    machine = f"{psutil.cpu_count()} CPUs ({platform.machine()}), " \
              f"{psutil.virtual_memory().total / MIB / 1024:.1f} GiB"

    rows = []
    for name, learner in klass.learners.items():
        m = memory[name]
        rows.append(f"| {name} | {spawn.get(name, float('nan')):.1f} s "
                    f"| {learner.seconds.get('login to JupyterLab', float('nan')):.1f} s "
                    f"| {learner.seconds.get('Run All Cells', float('nan')):.1f} s "
                    f"({learner.run_all_chosen}x) "
                    f"| {m.rss:.0f} | {m.kernel_rss:.0f} | {m.pss:.0f} | {m.uss:.0f} |")
    rss = [m.rss for m in memory.values() if m.processes]
    pss = [m.pss for m in memory.values() if m.processes]
    lines = [
        "# The classroom, as measured by `make test-classroom`",
        "",
        f"{time.strftime('%Y-%m-%d')}, {machine}; the course at {course_version()}; "
        f"{LEARNERS} learners logging in at the same moment, each in their own browser context "
        f"of one headless Chromium on the same machine; each ran {NOTEBOOK} "
        "(Run All Cells) and pressed the player's Next.  Each learner's server and kernel ran "
        + (f"in the docker image {IMAGE} (classroom/z2jh/Dockerfile)." if IMAGE
           else "from classroom/.venv."),
        "",
        "| learner | server start (hub) | login to JupyterLab shown | Run All Cells (chosen) "
        "| RSS MiB (server + kernel) | of which kernel | PSS MiB | USS MiB |",
        "|---|---|---|---|---|---|---|---|",
        *rows,
        "",
        f"- whole class, from the logins to every Next pressed: "
        f"{klass.figures['whole class, login to Next pressed']:.0f} s",
        f"- the hub, its proxy and its two services (the class's answers, the idle culler)"
        f"{' (and the docker clients, one per learner)' if IMAGE else ''}: "
        f"{hub_and_proxy:.0f} MiB RSS",
        "- server start (hub): the hub's own figure (its log's \"took N seconds to start\"), "
        "from the login to the learner's server answering.",
        "- RSS counts the shared libraries (Python, NumPy, matplotlib) in full for every process; "
        "PSS shares them out between the processes that use them; USS is what stopping "
        "this learner gives back.",
    ]
    if rss:
        lines.append(f"- per learner (server + one kernel that ran notebook 3): "
                     f"RSS {min(rss):.0f} to {max(rss):.0f} MiB, PSS {min(pss):.0f} to {max(pss):.0f} MiB")
    klass.figures["lines"] = lines
    write_measurements(klass)
    report.extend(lines[2:] + [f"(written to {MEASUREMENTS.relative_to(REPO)})"])


def write_measurements(klass):
    """classroom/measurements.md: the class's figures, and the heaviest learner's once measured."""
    lines = list(klass.figures["lines"])
    if "three notebooks" in klass.figures:
        three, kernels = klass.figures["three notebooks"]
        lines.append(
            f"- the heaviest case, one learner with three notebooks open ({NOTEBOOK}, "
            f"{', '.join(MORE_NOTEBOOKS)}), each run with Run All Cells: server + three kernels "
            f"RSS {three.rss:.0f} MiB, PSS {three.pss:.0f} MiB, USS {three.uss:.0f} MiB; each kernel "
            f"(RSS, MiB): " + ", ".join(f"{name} {rss:.0f}" for name, rss in kernels.items()))
    MEASUREMENTS.write_text("\n".join(lines) + "\n")
