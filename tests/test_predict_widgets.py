"""The prediction widget, driven from Python as a learner drives it in the browser."""

import ipywidgets
import pytest

import bp_helpers
from bp_helpers.predict_widgets import AFTER_A_VOTE, RUN_IT, Prediction

# ipywidgets 7.7.1 (Colab's) warns of ipykernel's old Comm class whenever a widget is made:
# not a warning of this package.
pytestmark = pytest.mark.filterwarnings(
    "ignore:The `ipykernel.comm.Comm` class has been deprecated:DeprecationWarning")

QUESTION = "All weights start at 0.5. After 100 updates, the three hidden nodes are ..."
CHOICES = ["still identical", "all different", "it depends on the learning rate"]


def test_it_shows_the_question_and_the_choices_with_none_chosen():
    prediction = Prediction(QUESTION, CHOICES)
    assert QUESTION in prediction.question.value
    assert [label for label, _ in prediction.choices.options] == CHOICES     # shown as given
    assert [choice for _, choice in prediction.choices.options] == CHOICES
    assert prediction.choices.value is None and prediction.answer is None
    assert "bp-prediction" in prediction._dom_classes
    assert isinstance(prediction.choices, ipywidgets.RadioButtons)
    assert prediction.lock_button.description == "Lock in my answer"
    assert prediction.lock_button.layout.width == "auto"    # its label whole (see tests/browser)


def test_locking_keeps_the_answer_and_disables_the_choices():
    prediction = Prediction(QUESTION, CHOICES)
    prediction.choices.value = CHOICES[0]
    assert prediction.answer is None                  # chosen, not yet locked
    prediction.lock_button.click()
    assert prediction.answer == CHOICES[0]
    assert prediction.choices.disabled and prediction.lock_button.disabled
    assert CHOICES[0] in prediction.status.value


@pytest.mark.parametrize("then", [RUN_IT, AFTER_A_VOTE])
def test_a_locked_answer_is_followed_by_the_next_step(then):
    prediction = Prediction(QUESTION, CHOICES, then=then) if then != RUN_IT else Prediction(QUESTION, CHOICES)
    prediction.choices.value = CHOICES[0]
    prediction.lock()
    assert prediction.status.value == f"Your answer: <b>{CHOICES[0]}</b>. {then}"


def test_a_choice_changed_after_locking_is_not_the_answer():
    prediction = Prediction(QUESTION, CHOICES)
    prediction.choices.value = CHOICES[1]
    prediction.lock()
    prediction.choices.value = CHOICES[2]              # only from Python: the buttons are disabled
    assert prediction.answer == CHOICES[1]


def test_answering_is_optional():
    prediction = Prediction(QUESTION, CHOICES)
    prediction.lock_button.click()                     # nothing chosen: no exception
    assert prediction.answer is None
    assert not prediction.choices.disabled and not prediction.lock_button.disabled
    assert "Choose one of the answers first" in prediction.status.value


def test_the_answer_is_escaped_in_the_status_line():
    prediction = Prediction("Which is larger?", ["a < b", "a > b"])
    prediction.choices.value = "a < b"
    prediction.lock()
    assert "a &lt; b" in prediction.status.value


def test_it_is_handed_on_lazily_by_the_package():
    assert bp_helpers.Prediction is Prediction
    assert "Prediction" in bp_helpers.__all__


@pytest.mark.parametrize(("question", "choices", "error", "message"), [
    (None, CHOICES, TypeError, "question must be a string"),
    ("  ", CHOICES, ValueError, "question must say something"),
    (QUESTION, "yes or no", TypeError, "choices must be a list of strings"),
    (QUESTION, ["yes", 1], TypeError, "choices must be strings"),
    (QUESTION, ["yes"], ValueError, "at least two different"),
    (QUESTION, ["yes", "yes"], ValueError, "at least two different"),
    (QUESTION, ["yes", ""], ValueError, "non-empty"),
])
def test_bad_arguments_are_refused_naming_them(question, choices, error, message):
    with pytest.raises(error, match=message):
        Prediction(question, choices)


@pytest.mark.parametrize(("then", "error"), [(None, TypeError), (" ", ValueError)])
def test_a_bad_next_step_is_refused_naming_it(then, error):
    with pytest.raises(error, match="then must"):
        Prediction(QUESTION, CHOICES, then=then)
