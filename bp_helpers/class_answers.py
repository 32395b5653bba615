"""The class's answers, for the teacher: sent only in the classroom, only with the learner's consent.

In the course's classroom (classroom/README.md) the teacher sees, per quiz
step of the player (``Stepper(..., quiz=True)``) and per predict-first
question (``Prediction``), how many learners answered, how many were right
and the most common wrong answers.  This module is the learner's side of it.

- Nothing is sent unless the notebook runs in that classroom: its hub tells
  every learner's server where the class's answers go (``BP_CLASS_ANSWERS_URL``)
  and the hub's token for this learner (``JUPYTERHUB_API_TOKEN``).  Elsewhere
  (on a laptop, Colab, Binder, another JupyterHub) ``consent_control()`` is
  None and ``record`` does nothing.
- Nothing is sent unless the learner ticks "share my answers with my
  teacher" (``consent_control()``: one checkbox for every widget of this
  kernel, unticked when the kernel starts; unticking it stops the sending).
- What is sent, for each answer: the notebook's name, the question (or the
  step of the player), the answer, and whether it was right.  The classroom
  knows the learner from the hub's token, not from anything sent here.
- Sending never slows a click: ``record`` puts the answer in a queue that a
  thread sends.  A failed send is logged (``logging``), never shown to the
  learner, and the quiz works on as if nothing were sent.
"""

from __future__ import annotations

import json
import logging
import os
import queue
import threading
import urllib.request

import ipywidgets as widgets

from .language import tr

ANSWERS_URL_VARIABLE = "BP_CLASS_ANSWERS_URL"   # set by the classroom's hub only
TOKEN_VARIABLE = "JUPYTERHUB_API_TOKEN"         # the hub's token for this learner's server
NOTEBOOK_VARIABLE = "JPY_SESSION_NAME"          # the notebook's path, set by the Jupyter server
SEND_TIMEOUT = 10                               # seconds for one answer to reach the classroom
CONSENT_WORDS = (
    "Ticked, each answer you give in this notebook's quizzes and predict-first questions "
    "(the notebook's name, the question or step, your answer, and whether it was right) is "
    "sent to your teacher's class view on this classroom, under your login name.  Only "
    "teachers can open it; other learners cannot.  Unticked (as it starts), nothing is sent.")

log = logging.getLogger(__name__)
_consent = None                    # the consent control, made the first time it is asked for
_checkbox = None                   # its checkbox
_outbox = queue.Queue()            # answers waiting for the sending thread
_sender = None


def classroom():
    """(where answers go, the learner's token) in the course's classroom, else None."""
    url, token = os.environ.get(ANSWERS_URL_VARIABLE), os.environ.get(TOKEN_VARIABLE)
    return (url, token) if url and token else None


def consent_control():
    """The checkbox "share my answers with my teacher" with what it sends, in the classroom;
    None elsewhere.  Every widget of this kernel shows the same one."""
    global _consent, _checkbox
    if classroom() is None:
        return None
    if _consent is None:
        _checkbox = widgets.Checkbox(False, description=tr("share my answers with my teacher"),
                                     indent=False, layout=widgets.Layout(width="auto"))
        _checkbox.add_class("bp-share-answers")
        words = widgets.HTML(f"<small>{tr(CONSENT_WORDS)}</small>",
                             layout=widgets.Layout(max_width="800px"))
        _consent = widgets.VBox([_checkbox, words])
    return _consent


def sharing() -> bool:
    """True in the classroom once the learner has ticked the consent checkbox."""
    return classroom() is not None and _checkbox is not None and _checkbox.value


def record(question: str, answer: str, right: bool | None) -> None:
    """Send one answer to the teacher, if the learner shares their answers (else nothing).

    ``question`` names the question or the player's step, ``answer`` is what
    the learner chose or typed, ``right`` whether it was right (None: the
    question has no right answer).  Returns at once; a thread sends it.
    """
    if not sharing():
        return
    notebook = os.path.basename(os.environ.get(NOTEBOOK_VARIABLE, "")) or "a notebook"
    _outbox.put({"notebook": notebook, "question": question, "answer": answer,
                 "right": None if right is None else bool(right)})    # a NumPy bool too
    _start_sender()


def _start_sender():
    global _sender
    if _sender is None or not _sender.is_alive():
        _sender = threading.Thread(target=_send_in_turn, daemon=True, name="class answers")
        _sender.start()


def _send_in_turn():
    while True:
        answer = _outbox.get()
        try:
            send(answer)
        except Exception as problem:     # the learner's quiz goes on: only the log says so
            log.warning("an answer was not sent to the class view: %s", problem)


def send(answer):
    """POST one answer (a dict) to the classroom with the learner's token."""
    url, token = classroom()
    request = urllib.request.Request(url, data=json.dumps(answer).encode(), method="POST",
                                     headers={"Authorization": f"token {token}",
                                              "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=SEND_TIMEOUT) as response:
        response.read()
