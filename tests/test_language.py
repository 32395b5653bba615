"""The learner's language: ``set_language``, the Chinese table, and no English reaching a Chinese learner.

With ``set_language("zh")`` each widget the notebooks use is built and driven
as a learner drives it; every text it shows (descriptions, options, tab
titles, tooltips, placeholders, the values of its HTML and Label widgets) is
looked at: none may be English (``language.is_english``) and ``tr`` may have
met no English text without a translation (``untranslated``).
Outside the widgets, the same for what the package prints: verdicts,
diagnoses, tables, the exercise checkers' lines, ``Overflow`` messages.
"""

import html
import math
import re

import ipywidgets as widgets
import numpy as np
import pytest
from widget_doubles import ExplorerWithBackground

from bp_helpers import DEMO_EXAMPLE, Network, demo_network, words_zh
from bp_helpers.datasets import line, three_classes, xor
from bp_helpers.diagnoses import diagnose
from bp_helpers.error_surface import error_surface
from bp_helpers.exercises import LEARNER_FUNCTIONS, check_all, check_node_input, check_sigmoid
from bp_helpers.experiments import compare_learning_rates, mazur_table
from bp_helpers.failures import dE_dw_columns_table, weight_moves_table
from bp_helpers.gradcheck import gradcheck
from bp_helpers.language import is_english, language, set_language, tr, untranslated
from bp_helpers.network import Overflow
from bp_helpers.predict_widgets import Prediction
from bp_helpers.steps import trace
from bp_helpers.surface_widgets import BatchSizePaths, HandTuner, LearningRatePaths, OptimiserPaths
from bp_helpers.training import train, verdict
from bp_helpers.widgets import LearningRateExplorer, Stepper

FIELD = re.compile(r"\{[^{}]*\}")



def shown_texts(widget):
    """Every text ``widget`` and the widgets inside it show a learner."""
    texts = []
    for name in ("description", "tooltip", "description_tooltip", "placeholder"):
        if widget.has_trait(name) and getattr(widget, name):
            texts.append(getattr(widget, name))
    if isinstance(widget, (widgets.HTML, widgets.HTMLMath, widgets.Label)):
        texts.append(widget.value)
    if isinstance(widget, widgets.Text):
        texts.append(widget.placeholder)
    if hasattr(widget, "_options_labels"):
        texts += list(widget._options_labels)
    if isinstance(widget, widgets.Tab):
        texts += [widget.get_title(k) for k in range(len(widget.children))]
    for child in getattr(widget, "children", ()):
        texts += shown_texts(child)
    return texts


def words_of(text):
    """``text`` as the learner reads it: without HTML tags, entities unescaped."""
    return html.unescape(re.sub(r"<[^>]+>", " ", text))


def assert_chinese(texts):
    """No text of ``texts`` is English, and ``tr`` met no English text it could not translate."""
    english = [text for text in texts if is_english(words_of(text))]
    assert english == []
    assert untranslated == set()


# --- choosing the language ---------------------------------------------------------

def test_the_language_is_english_until_chosen_and_can_be_chosen_back():
    assert language() == "en"
    set_language("zh")
    try:
        assert language() == "zh"
        assert tr("Next") == words_zh.WORDS["Next"]
    finally:
        set_language("en")
    assert tr("Next") == "Next"


@pytest.mark.parametrize("wrong", [None, 1, ["zh"]])
def test_a_language_that_is_not_a_string_is_a_type_error(wrong):
    with pytest.raises(TypeError, match="language"):
        set_language(wrong)


@pytest.mark.parametrize("wrong", ["", "fr", "ZH", "zh-CN"])
def test_an_unknown_language_is_a_value_error(wrong):
    with pytest.raises(ValueError, match="language"):
        set_language(wrong)
    assert language() == "en"


# --- the Chinese table ------------------------------------------------------------------

def test_every_translation_keeps_its_fields_and_is_no_english():
    for english, chinese in words_zh.WORDS.items():
        assert set(FIELD.findall(chinese)) == set(FIELD.findall(english)), english
        assert not is_english(chinese), chinese


def test_a_translation_fills_its_fields_where_chinese_puts_them(chinese):
    assert tr("E {change} in {updates} updates", change="从 0.5 降到 0.1", updates=7) == \
        "7 次更新中 E 从 0.5 降到 0.1"


def test_code_names_and_symbols_are_not_english_words():
    assert not is_english("y_target - y_output, dE_dx_j, learning_rate")
    assert not is_english("forward() 溢出：ReLU, tanh(x), Adam")
    assert is_english("the output")


# --- the widgets, in Chinese -------------------------------------------------------------

def test_the_player_speaks_chinese_through_a_quiz(chinese):
    stepper = Stepper(demo_network(), *DEMO_EXAMPLE, learning_rate=1.0, quiz=True,
                      background=False)
    texts = shown_texts(stepper)
    stepper.guess.value = "很多"                         # not a number
    stepper.check_guess()
    texts += shown_texts(stepper)
    value = stepper.record[0].value
    stepper.guess.value = str(-2 * value - 1)          # wrong, and of the wrong sign
    stepper.check_guess()
    assert "✗" in stepper.quiz_feedback.value
    texts += shown_texts(stepper)
    stepper.guess.value = str(float(value))            # right
    stepper.check_guess()
    assert "✓" in stepper.quiz_feedback.value
    texts += shown_texts(stepper)
    stepper.quiz_toggle.value = False
    stepper.go(len(stepper.record) - 1)                # the summary after the update
    assert stepper.summary.value
    texts += shown_texts(stepper)
    assert_chinese(texts)


def test_every_step_title_and_phase_is_chinese(chinese):
    for net in (demo_network(), Network([2, 2, 3], ["relu", "softmax"], error="cross_entropy")):
        x_input, y_target = np.ones(net.sizes[0]), np.eye(net.sizes[-1])[0]
        titles = [step.title for step in trace(net, x_input, y_target, 0.5)]
        assert_chinese(titles + [tr(name) for name in ("forward propagation", "the error",
                                                       "backpropagation", "the update rule")])


def test_the_player_says_in_chinese_why_a_rate_is_refused(chinese):
    stepper = Stepper(Network([1, 1], "linear", weights=[[[1e154]]], biases=[[0.0]]),
                      [1.0], [0.0], learning_rate=1.0, background=False)
    stepper.learning_rate_slider.value = 100.0         # the update overflows
    assert stepper.problem.value
    assert_chinese(shown_texts(stepper))


def test_the_explorer_speaks_chinese_with_every_tab(chinese):
    X, T = xor()
    explorer = ExplorerWithBackground(Network([2, 2, 1], seed=1), X, T, learning_rate=1.0,
                                      updates=20)
    assert explorer.wait(60)                           # the sweep picture too
    texts = shown_texts(explorer)
    explorer.run(learning_rate=100.0)                  # another verdict
    assert_chinese(texts + shown_texts(explorer))


def test_the_explorer_says_in_chinese_that_a_long_run_is_training(chinese):
    explorer = LearningRateExplorer(demo_network(), *map(np.atleast_2d, DEMO_EXAMPLE),
                                    learning_rate=1.0, updates=10, background=False)
    explorer.updates_slider.value = 1000               # answered at once, trained in a thread
    texts = shown_texts(explorer)
    assert explorer.wait_for_answer(60)
    assert_chinese(texts + shown_texts(explorer))


def test_the_three_class_playground_speaks_chinese(chinese):
    X, T = three_classes()
    net = Network([2, 6, 3], ["tanh", "softmax"], error="cross_entropy", seed=0)
    explorer = LearningRateExplorer(net, X, T, learning_rate=0.3, updates=10, background=False)
    assert_chinese(shown_texts(explorer))


def test_the_error_surface_widgets_speak_chinese(chinese):
    X, T = line()
    bowl = error_surface(Network([1, 1], "linear", weights=[[[0.0]]], biases=[[0.0]]), X, T,
                         ("w_12", "b_2"))
    tuner = HandTuner(demo_network(), *map(np.atleast_2d, DEMO_EXAMPLE))
    tuner.move(0.5, 0.1)
    texts = shown_texts(tuner)
    for paths in (LearningRatePaths(bowl, epochs=3), BatchSizePaths(bowl, epochs=2),
                  OptimiserPaths(bowl, epochs=3)):
        texts += shown_texts(paths)
    assert_chinese(texts)


def test_a_prediction_shows_its_question_and_choices_in_chinese(chinese, monkeypatch):
    question, choices = "Which is larger?", ["the first", "the second"]
    monkeypatch.setitem(words_zh.WORDS, question, "哪个更大？")
    monkeypatch.setitem(words_zh.WORDS, choices[0], "第一个")
    monkeypatch.setitem(words_zh.WORDS, choices[1], "第二个")
    prediction = Prediction(question, choices)
    assert "哪个更大？" in prediction.question.value
    texts = shown_texts(prediction)
    prediction.lock()                                  # nothing chosen yet
    texts += shown_texts(prediction)
    prediction.choices.value = choices[1]              # the English choice is the value
    prediction.lock()
    assert prediction.answer == "the second" and "第二个" in prediction.status.value
    assert_chinese(texts + shown_texts(prediction))


def test_an_untranslated_question_is_remembered(chinese):
    Prediction("Is this question in the table?", ["yes it is", "no it is not"])
    assert untranslated == {"Is this question in the table?", "yes it is",
                                     "no it is not"}
    untranslated.clear()


def test_the_consent_checkbox_speaks_chinese(chinese, monkeypatch):
    from bp_helpers import class_answers
    monkeypatch.setenv(class_answers.ANSWERS_URL_VARIABLE, "http://classroom.invalid/answers")
    monkeypatch.setenv(class_answers.TOKEN_VARIABLE, "token")
    monkeypatch.setattr(class_answers, "_consent", None)
    assert_chinese(shown_texts(class_answers.consent_control()))


# --- what the package prints, in Chinese -----------------------------------------------

def dead_network():
    """One ReLU node whose total input is negative for every example: nothing learns."""
    return Network([1, 1], "relu", weights=[[[-1.0]]], biases=[[-5.0]])


def test_verdicts_of_a_converged_a_diverged_and_a_dead_run_are_chinese(chinese):
    demo = [np.atleast_2d(a) for a in DEMO_EXAMPLE]
    texts, labels = [], set()
    for net, X, T, rate, updates in [(demo_network(), *demo, 1.0, 100),
                                     (Network([1, 1], "linear"), *line(), 10.0, 200),
                                     (demo_network(), *demo, 1.0, 2),
                                     (demo_network(), *demo, 0.01, 100),
                                     (dead_network(), [[1.0], [2.0]], [[0.5], [1.0]], 1.0, 10)]:
        result = train(net, X, T, rate, updates)
        run_verdict = verdict(result)
        labels.add(run_verdict.label)
        texts += [str(result), run_verdict.text, tr(run_verdict.label)]
    assert labels == {"converging", "diverged", "short run", "too slow", "no gradient"}
    comparison = compare_learning_rates(Network([1, 1], "linear"), *line(), [0.3, 10], 20)
    texts += [str(comparison)] + [run.label for run in comparison.runs]
    assert_chinese(texts)


def test_diagnoses_and_the_tables_of_failures_are_chinese(chinese):
    X, T = line()
    twins = Network([1, 3, 1], weights=[np.full((1, 3), 0.5), np.full((3, 1), 0.5)],
                    biases=[np.zeros(3), np.zeros(1)])
    deep = Network([1] + [8] * 8 + [1], seed=0)
    texts = (diagnose(twins, X, T) + diagnose(dead_network(), X, T) + diagnose(deep, X, T)
             + diagnose(Network([1, 1], "linear", weights=[[[1e200]]]), [[1e200]], [[0.0]]))
    assert len(texts) >= 4
    texts.append(dE_dw_columns_table(twins, X, T, 0.5, 2))
    texts.append(weight_moves_table({"sigmoid": deep, "ReLU": deep}, X, T, 0.3, 5))
    texts.append(mazur_table())
    texts.append(str(gradcheck(demo_network(), *DEMO_EXAMPLE)))
    assert_chinese(texts)


def test_overflow_messages_are_chinese(chinese):
    huge = Network([1, 1], "linear", weights=[[[1e200]]], biases=[[0.0]])
    messages = []
    for run in (lambda: huge.forward([1e200]), lambda: huge.error([1e150], [0.0]),
                lambda: Stepper(huge, [1e150], [0.0], background=False)):
        with pytest.raises(Overflow) as raised:
            run()
        messages.append(str(raised.value))
    net = Network([1, 1], "linear", weights=[[[1e150]]], biases=[[0.0]])
    net.forward([1.0])
    net.backward([0.0])
    with pytest.raises(Overflow) as raised:
        net.update(1e300)
    messages.append(str(raised.value))
    assert_chinese(messages)


def test_a_table_pads_chinese_as_two_columns_a_character(chinese):
    lines = mazur_table().splitlines()
    ends = {len(line) + sum(1 for c in line if ord(c) > 0x2E80) for line in lines[1:]}
    header = lines[0]
    assert header.index(tr("published")) > 0 and len(ends) <= 2


# --- the exercise checkers, in Chinese ---------------------------------------------------

def without_function_names(text):
    """``text`` without the learner's functions' names (``update`` is one)."""
    return re.sub(r"\b(" + "|".join(LEARNER_FUNCTIONS) + r")\b", " ", text)


def test_the_checkers_speak_chinese_for_right_wrong_and_unwritten_answers(chinese):
    def sigmoid_wrong(x):
        return 1 / (1 + math.exp(x))

    def node_input_unwritten(y_i, w, b):
        raise NotImplementedError

    def node_input_none(y_i, w, b):
        return None

    results = [check_sigmoid(lambda x: 1 / (1 + math.exp(-x)) if x > -50 else math.exp(x)),
               check_sigmoid(sigmoid_wrong), check_sigmoid(3),
               check_node_input(node_input_unwritten), check_node_input(node_input_none),
               check_node_input(lambda y_i, w, b: [1.0, 2.0]),
               check_node_input(lambda y_i, w, b: float(np.dot(y_i, w)))]
    assert [result.status for result in results] == ["right", "wrong", "wrong", "not written",
                                                     "wrong", "wrong", "wrong"]
    board = str(check_all({"sigmoid": sigmoid_wrong}))
    assert_chinese([without_function_names(str(result)) for result in results]
                   + [without_function_names(board)])


def test_every_hint_and_note_of_the_exercises_is_translated():
    from bp_helpers.exercise_data import EXERCISES
    texts = [exercise.hint for exercise in EXERCISES]
    texts += [exercise.many_numbers_hint for exercise in EXERCISES if exercise.many_numbers_hint]
    texts += [mistake.hint for exercise in EXERCISES for mistake in exercise.mistakes]
    texts += [case.note for exercise in EXERCISES for case in exercise.cases if case.note]
    assert [text for text in texts if text not in words_zh.WORDS] == []
