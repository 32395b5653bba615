"""The class's answers: sent to the teacher in the classroom with consent, and never otherwise.

"The classroom" here is a small HTTP server of the test's own that keeps
what it is sent, named by the variables the classroom's hub sets for every
learner's server (``BP_CLASS_ANSWERS_URL``, ``JUPYTERHUB_API_TOKEN``).  The
real classroom and its teacher's view are tested by ``make test-classroom``.
"""

import http.server
import json
import threading
import time
import urllib.request

import pytest

from bp_helpers import DEMO_EXAMPLE, class_answers, demo_network
from bp_helpers.predict_widgets import Prediction
from bp_helpers.widgets import Stepper, close_enough

pytestmark = pytest.mark.filterwarnings(
    "ignore:The `ipykernel.comm.Comm` class has been deprecated:DeprecationWarning")

QUESTION = "All weights start at 0.5. After 100 updates, the three hidden nodes are ..."
CHOICES = ["still identical", "all different", "it depends on the learning rate"]
TOKEN = "a-learners-token"
STEP = 34                  # the player's step 35: dE/dw_13 = 0.000375
SEND_WAIT = 10             # seconds the test waits for the sending thread


@pytest.fixture(autouse=True)
def fresh_kernel(monkeypatch):
    """Each test starts as a fresh kernel: no consent control yet, no classroom."""
    monkeypatch.setattr(class_answers, "_consent", None)
    monkeypatch.setattr(class_answers, "_checkbox", None)
    for variable in (class_answers.ANSWERS_URL_VARIABLE, class_answers.TOKEN_VARIABLE):
        monkeypatch.delenv(variable, raising=False)


class Classroom(http.server.ThreadingHTTPServer):
    """Keeps every answer posted to it, with the token it came with; answers after `delay` s."""

    def __init__(self, delay=0.0):
        super().__init__(("127.0.0.1", 0), Keeper)
        self.delay, self.received, self.arrived = delay, [], threading.Event()

    @property
    def url(self):
        return f"http://127.0.0.1:{self.server_address[1]}/services/class-answers/api/answers"


class Keeper(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        time.sleep(self.server.delay)
        self.server.received.append((self.headers["Authorization"], json.loads(body)))
        self.server.arrived.set()
        self.send_response(201)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def classroom(monkeypatch):
    server = Classroom()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setenv(class_answers.ANSWERS_URL_VARIABLE, server.url)
    monkeypatch.setenv(class_answers.TOKEN_VARIABLE, TOKEN)
    monkeypatch.setenv(class_answers.NOTEBOOK_VARIABLE, "course/03_backpropagation_step_by_step.ipynb")
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def nothing_sent(monkeypatch):
    """Fails the test if anything is sent anywhere."""
    def refuse(*args, **kwargs):
        raise AssertionError(f"something was sent: {args}")
    monkeypatch.setattr(urllib.request, "urlopen", refuse)


def quiz_at(k):
    stepper = Stepper(demo_network(), *DEMO_EXAMPLE, quiz=True, background=False)
    stepper.go(k)
    return stepper


def guess(stepper, text):
    stepper.guess.value = text
    stepper.check_button.click()


def lock(prediction, choice):
    prediction.choices.value = choice
    prediction.lock_button.click()


def shown_classes(widget):
    """The CSS classes of a widget and of everything inside it."""
    found = set(widget._dom_classes)
    for child in getattr(widget, "children", ()):
        found |= shown_classes(child)
    return found


def received_after(server, count):
    deadline = time.monotonic() + SEND_WAIT
    while len(server.received) < count and time.monotonic() < deadline:
        time.sleep(0.02)
    return server.received


# --- outside the classroom: the quiz as always, nothing sent --------------------------------

def test_outside_the_classroom_there_is_no_consent_control_and_nothing_is_sent(nothing_sent):
    stepper, prediction = quiz_at(STEP), Prediction(QUESTION, CHOICES, right=CHOICES[1])
    assert class_answers.consent_control() is None
    assert "bp-share-answers" not in shown_classes(stepper) | shown_classes(prediction)
    guess(stepper, "0.5")
    assert "Not yet" in stepper.quiz_feedback.value
    guess(stepper, "0.000375")
    assert "Right" in stepper.quiz_feedback.value and not stepper.hidden
    lock(prediction, CHOICES[0])
    assert prediction.answer == CHOICES[0]
    assert class_answers._outbox.empty()


def test_another_jupyterhub_is_not_the_classroom(monkeypatch, nothing_sent):
    # Binder and other hubs give a token too, but no classroom to send to.
    monkeypatch.setenv(class_answers.TOKEN_VARIABLE, TOKEN)
    assert class_answers.consent_control() is None
    guess(quiz_at(STEP), "0.5")
    assert class_answers._outbox.empty()


# --- in the classroom -----------------------------------------------------------------------

def test_in_the_classroom_the_consent_control_is_shown_unticked_and_says_what_is_sent(classroom):
    stepper, prediction = quiz_at(STEP), Prediction(QUESTION, CHOICES)
    consent = class_answers.consent_control()
    assert consent in stepper.quiz_box.children and consent in prediction.children
    assert class_answers._checkbox.value is False
    assert "share my answers with my teacher" == class_answers._checkbox.description
    words = consent.children[1].value
    for sent in ("notebook's name", "your answer", "whether it was right", "login name",
                 "Only teachers", "nothing is sent"):
        assert sent in words


def test_unticked_nothing_is_sent(classroom, nothing_sent):
    stepper, prediction = quiz_at(STEP), Prediction(QUESTION, CHOICES)
    guess(stepper, "0.5")
    lock(prediction, CHOICES[2])
    assert class_answers._outbox.empty() and classroom.received == []


def test_ticked_each_answer_is_sent_with_the_learners_token(classroom):
    stepper = quiz_at(STEP)
    prediction = Prediction(QUESTION, CHOICES, right=CHOICES[1])
    class_answers._checkbox.value = True
    guess(stepper, "0.50")
    guess(stepper, "3.75e-4")
    lock(prediction, CHOICES[0])
    received = received_after(classroom, 3)
    step = f"player step {STEP + 1} (α = 1): {stepper.record[STEP].title}"
    notebook = "03_backpropagation_step_by_step.ipynb"
    assert received == [
        (f"token {TOKEN}", {"notebook": notebook, "question": step, "answer": "0.5", "right": False}),
        (f"token {TOKEN}", {"notebook": notebook, "question": step, "answer": "0.000375",
                            "right": True}),
        (f"token {TOKEN}", {"notebook": notebook, "question": QUESTION, "answer": CHOICES[0],
                            "right": False}),
    ]


def test_answers_to_a_step_at_two_learning_rates_are_sent_as_two_questions(classroom):
    """The update's values depend on the rate: the class view must not count a right
    answer at α = 1 and a "wrong" one at α = 30 as answers to one question."""
    record = quiz_at(0).record
    update = next(k for k, step in enumerate(record) if step.phase == "update")
    stepper = quiz_at(update)
    class_answers._checkbox.value = True
    right_at_1 = stepper.record[update].value
    guess(stepper, f"{right_at_1:g}")
    stepper.set_learning_rate(30)
    right_at_30 = stepper.record[update].value
    assert not close_enough(right_at_1, right_at_30)     # so the quiz says "Not yet"
    guess(stepper, f"{right_at_1:g}")
    guess(stepper, f"{right_at_30:g}")
    title = stepper.record[update].title
    assert [(answer["question"], answer["right"]) for _, answer in received_after(classroom, 3)] == [
        (f"player step {update + 1} (α = 1): {title}", True),
        (f"player step {update + 1} (α = 30): {title}", False),
        (f"player step {update + 1} (α = 30): {title}", True),
    ]


def test_the_prediction_box_sends_its_value_only_when_it_loses_the_focus():
    """ipywidgets holds back a box's later values while its first is on its way to the
    kernel, but not a button's click: typed at every key, "-0.25" could be checked as "-0."
    (and sent so to the teacher).  Sent on leaving the box, it goes just before Check's click."""
    assert quiz_at(STEP).guess.continuous_update is False


def test_a_prediction_that_reaches_the_kernel_after_the_check_is_checked_then(classroom):
    """Under load Check's click may reach the kernel before the box's value: the box is
    empty there.  The value, when it comes, is checked (and sent) as if it had come first."""
    stepper = quiz_at(STEP)
    class_answers._checkbox.value = True
    stepper.check_button.click()
    assert "Type your prediction in the box first" in stepper.quiz_feedback.value
    stepper.guess.value = "0.5"
    assert "Not yet" in stepper.quiz_feedback.value
    assert [answer["answer"] for _, answer in received_after(classroom, 1)] == ["0.5"]
    stepper.guess.value = "0.000375"       # typed after the answer: waits for Check
    assert "Not yet" in stepper.quiz_feedback.value and stepper.hidden
    stepper.check_button.click()
    assert "Right" in stepper.quiz_feedback.value


def test_a_check_on_an_empty_box_does_not_carry_over_to_the_next_step():
    stepper = quiz_at(STEP)
    stepper.check_button.click()
    stepper.go(STEP + 1)
    stepper.guess.value = "0.5"
    assert stepper.quiz_feedback.value == ""


def test_a_question_without_a_right_answer_sends_right_as_none(classroom):
    prediction = Prediction(QUESTION, CHOICES)
    class_answers._checkbox.value = True
    lock(prediction, CHOICES[1])
    assert received_after(classroom, 1)[0][1]["right"] is None


def test_unticking_stops_the_sending(classroom):
    stepper = quiz_at(STEP)
    class_answers._checkbox.value = True
    guess(stepper, "1")
    assert len(received_after(classroom, 1)) == 1
    class_answers._checkbox.value = False
    guess(stepper, "2")
    assert class_answers._outbox.empty()
    time.sleep(0.2)
    assert len(classroom.received) == 1


def test_a_slow_classroom_does_not_slow_the_click(classroom):
    classroom.delay = 2.0
    stepper = quiz_at(STEP)
    class_answers._checkbox.value = True
    started = time.monotonic()
    guess(stepper, "0.5")
    assert time.monotonic() - started < classroom.delay      # answered before the send ends
    assert "Not yet" in stepper.quiz_feedback.value
    assert len(received_after(classroom, 1)) == 1


def test_a_failed_send_is_logged_not_shown(classroom, caplog, monkeypatch):
    monkeypatch.setenv(class_answers.ANSWERS_URL_VARIABLE, classroom.url.replace(
        str(classroom.server_address[1]), "1"))                  # nothing listens on port 1
    stepper = quiz_at(STEP)
    class_answers._checkbox.value = True
    with caplog.at_level("WARNING", logger=class_answers.__name__):
        guess(stepper, "0.5")
        deadline = time.monotonic() + SEND_WAIT
        while not caplog.records and time.monotonic() < deadline:
            time.sleep(0.02)
    assert "not sent to the class view" in caplog.text
    assert "Not yet" in stepper.quiz_feedback.value and stepper.problem.value == ""


def test_right_must_be_one_of_the_choices():
    with pytest.raises(ValueError, match="right must be one of the choices"):
        Prediction(QUESTION, CHOICES, right="something else")
