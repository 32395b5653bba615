"""Predict, then run: a question the learner answers before an experiment.

``Prediction(question, choices)`` shows the question, its choices as radio
buttons and a "Lock in my answer" button.  Locking keeps the answer
(``answer``) and disables the choices, so that the experiment below is
read against what the learner expected, not against a guess changed
afterwards.  The question and the choices are given in English and shown
in the learner's language (``language.tr``); ``answer`` is the English
choice.  Answering is optional: an unanswered prediction has
``answer`` None, and nothing else depends on it.  ``right``, if given, is
the choice the experiment bears out: it is not shown, only sent with the
answer to the teacher's class view (in the classroom, with the learner's
consent: ``class_answers``).  ``then``: what to do once an answer is
locked in (a lecture's slide says ``AFTER_A_VOTE``, "The next slide shows it.").

Only standard ipywidgets, so that it works with ipywidgets 7.7.1 (Colab's)
and 8.  CSS class ``bp-prediction`` (the browser tests find it by that).
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import ipywidgets as widgets

from . import class_answers
from .language import tr

WIDTH = "800px"     # the widest a notebook's output is drawn
RUN_IT = "Now run the experiment below."       # a notebook's next step, after an answer
AFTER_A_VOTE = "The next slide shows it."      # a lecture's next step


class Prediction(widgets.VBox):
    """A question with ``choices`` (at least two distinct, non-empty strings) and a
    "Lock in my answer" button; ``answer`` is the locked choice, or None.
    ``right``: the right choice, for the teacher's class view (or None).  ``then``:
    the next step, said once an answer is locked in (``RUN_IT`` or ``AFTER_A_VOTE``)."""

    def __init__(self, question: str, choices: Sequence[str], right: str | None = None,
                 then: str = RUN_IT) -> None:
        question, choices = _check_question(question), _check_choices(choices)
        self._then = _check_question(then, "then")
        self.right = _check_right(right, choices)
        self._question_text = question
        self.question = widgets.HTML(tr("<b>Predict first:</b> {question}",
                                        question=html.escape(tr(question))))
        self.choices = widgets.RadioButtons(options=[(tr(choice), choice) for choice in choices],
                                            index=None,
                                            style={"description_width": "initial"},
                                            layout=widgets.Layout(width="auto", max_width=WIDTH))
        # as wide as its label: ipywidgets' fixed button width cuts it to "Lock in my ans..."
        self.lock_button = widgets.Button(description=tr("Lock in my answer"), icon="lock",
                                          layout=widgets.Layout(width="auto"))
        self.lock_button.on_click(lambda _: self.lock())
        self.status = widgets.HTML(tr("Answering is optional, but it makes the experiment "
                                      "tell you more."))
        self._answer = None
        consent = class_answers.consent_control()      # in the classroom only
        super().__init__([self.question, self.choices,
                          widgets.HBox([self.lock_button, self.status]),
                          *([consent] if consent else [])],
                         layout=widgets.Layout(max_width=WIDTH))
        self.add_class("bp-prediction")

    @property
    def answer(self) -> str | None:
        """The locked answer, or None while none is locked."""
        return self._answer

    def lock(self) -> None:
        """Keep the chosen answer and disable the choices and the button; with no
        choice made, only say so (answering is optional)."""
        if self.choices.value is None:
            self.status.value = tr("Choose one of the answers first, or just run the experiment.")
            return
        self._answer = self.choices.value
        self.choices.disabled = self.lock_button.disabled = True
        class_answers.record(self._question_text, self._answer,
                             None if self.right is None else self._answer == self.right)
        self.status.value = tr("Your answer: <b>{answer}</b>. {then}",
                               answer=html.escape(tr(self._answer)), then=html.escape(tr(self._then)))


def _check_question(question, name="question"):
    """``question`` (or the text called ``name``): a string that says something."""
    if not isinstance(question, str):
        raise TypeError(tr("{name} must be a string, got {question!r}", name=name, question=question))
    if not question.strip():
        raise ValueError(tr("{name} must say something, got {question!r}", name=name, question=question))
    return question


def _check_right(right, choices):
    """None, or one of ``choices``."""
    if right is not None and right not in choices:
        raise ValueError(tr("right must be one of the choices {choices!r} (or None), got {right!r}",
                            choices=choices, right=right))
    return right


def _check_choices(choices):
    """A list of at least two distinct, non-empty strings."""
    if isinstance(choices, str) or not isinstance(choices, (list, tuple)):
        raise TypeError(tr("choices must be a list of strings, got {choices!r}", choices=choices))
    if not all(isinstance(choice, str) for choice in choices):
        raise TypeError(tr("choices must be strings, got {choices!r}", choices=list(choices)))
    if not all(choice.strip() for choice in choices) or len(choices) < 2 or len(set(choices)) != len(choices):
        raise ValueError(tr("choices must hold at least two different, non-empty answers, got {choices!r}",
                            choices=list(choices)))
    return list(choices)
