"""The class's answers: a JupyterHub service that keeps each learner's answers and shows them to the teacher.

Started by the hub (jupyterhub_config.py) at /services/class-answers/.  The
learner's side is bp_helpers/class_answers.py: with the learner's consent,
their kernel posts each quiz and predict-first answer here with the hub's
token of their server.

    POST /services/class-answers/api/answers        a learner's answer (JSON: notebook,
                                                    question, answer, right: true/false/null)
    GET  /services/class-answers/api/answers/NAME   NAME's answers: NAME themselves, or a teacher
    GET  /services/class-answers/api/summary        per question: answered, right, common wrong
    GET  /services/class-answers/                   the teacher's view of the summary (a page
                                                    that reloads itself every few seconds)

Who may do what is the hub's to say, by scopes (jupyterhub_config.py):
posting needs custom:class-answers:write, which every learner's server token
holds; reading needs custom:class-answers:read, which only the group
`teachers` holds.  A learner is known by the hub's token (the hub says whose
it is), never by what is posted: an answer is kept under the token's owner.

Counts take each learner's first answer to a question (their prediction;
the player lets them check again until right).  The answers are kept in a
SQLite file (BP_CLASS_ANSWERS_DB) in the classroom's state folder, which
only root can read.
"""

import json
import os
import sqlite3
import time
from collections import Counter
from html import escape
from urllib.parse import urlparse

from jupyterhub.services.auth import HubOAuthCallbackHandler, HubOAuthenticated
from jupyterhub.utils import url_path_join
from tornado.httpserver import HTTPServer
from tornado.ioloop import IOLoop
from tornado.web import Application, HTTPError, RequestHandler, authenticated

READ = "custom:class-answers:read"      # the teachers
WRITE = "custom:class-answers:write"    # every learner's server, for their own answers
MAX_TEXT = 500                          # characters: a question, an answer, a notebook's name
COMMON_WRONG = 3                        # the view lists this many most common wrong answers
REFRESH_SECONDS = 5                     # the teacher's view reloads itself this often


class Answers:
    """Every answer, one row each, in SQLite."""

    def __init__(self, path):
        self.db = sqlite3.connect(path)
        self.db.execute("CREATE TABLE IF NOT EXISTS answers (learner TEXT, notebook TEXT, "
                        "question TEXT, answer TEXT, right INTEGER, at REAL)")

    def add(self, learner, notebook, question, answer, right):
        with self.db:
            self.db.execute("INSERT INTO answers VALUES (?, ?, ?, ?, ?, ?)",
                            (learner, notebook, question, answer, right, time.time()))

    def of(self, learner):
        rows = self.db.execute("SELECT notebook, question, answer, right, at FROM answers "
                               "WHERE learner = ? ORDER BY rowid", (learner,))
        return [{"notebook": n, "question": q, "answer": a, "right": as_right(r), "at": at}
                for n, q, a, r, at in rows]

    def summary(self):
        """Per question (in the order first answered): how many learners answered, how many of
        them were right first time (None: the question has no right answer), and the most
        common first answers that were not right."""
        first = {}      # (notebook, question) -> {learner: (answer, right)}
        for learner, notebook, question, answer, right in self.db.execute(
                "SELECT learner, notebook, question, answer, right FROM answers ORDER BY rowid"):
            first.setdefault((notebook, question), {}).setdefault(learner, (answer, right))
        questions = []
        for (notebook, question), by_learner in first.items():
            answers = list(by_learner.values())
            known = [right for _, right in answers if right is not None]
            wrong = Counter(answer for answer, right in answers if right != 1)
            questions.append({"notebook": notebook, "question": question,
                              "answered": len(answers),
                              "right": sum(known) if known else None,
                              "common_wrong": wrong.most_common(COMMON_WRONG)})
        return questions


def as_right(stored):
    return None if stored is None else bool(stored)


class Handler(HubOAuthenticated, RequestHandler):
    @property
    def answers(self):
        return self.settings["answers"]

    def may_read(self):
        return READ in self.current_user["scopes"]


class PostAnswer(Handler):
    hub_scopes = [WRITE]

    @authenticated
    def post(self):
        try:
            body = json.loads(self.request.body)
            text = {key: checked_text(body, key) for key in ("notebook", "question", "answer")}
            right = body["right"]
        except (ValueError, KeyError, TypeError) as problem:
            raise HTTPError(400, f"an answer is JSON with notebook, question, answer (strings of "
                                 f"at most {MAX_TEXT} characters) and right (true, false or "
                                 f"null): {problem}") from None
        if right not in (True, False, None):
            raise HTTPError(400, f"right must be true, false or null, got {right!r}")
        self.answers.add(self.current_user["name"], right=right, **text)
        self.set_status(201)


class LearnersAnswers(Handler):
    hub_scopes = [READ, WRITE]

    @authenticated
    def get(self, name):
        if name != self.current_user["name"] and not self.may_read():
            raise HTTPError(403, "only a teacher may read another learner's answers")
        self.finish({"learner": name, "answers": self.answers.of(name)})


class Summary(Handler):
    hub_scopes = [READ]

    @authenticated
    def get(self):
        self.finish({"questions": self.answers.summary()})


class TeachersView(Handler):
    hub_scopes = [READ]

    @authenticated
    def get(self):
        rows = "".join(view_row(question) for question in self.answers.summary())
        self.finish(VIEW.format(refresh=REFRESH_SECONDS, rows=rows or EMPTY,
                                teacher=escape(self.current_user["name"])))


def checked_text(body, key):
    value = body[key]
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_TEXT:
        raise ValueError(f"{key} must be a non-empty string of at most {MAX_TEXT} characters")
    return value


def view_row(question):
    right = "–" if question["right"] is None else str(question["right"])
    wrong = ", ".join(f"{escape(answer)} ({count})" for answer, count in question["common_wrong"])
    return (f'<tr class="question"><td>{escape(question["notebook"])}</td>'
            f'<td class="text">{escape(question["question"])}</td>'
            f'<td class="answered">{question["answered"]}</td><td class="right">{right}</td>'
            f'<td class="wrong">{wrong}</td></tr>')


EMPTY = '<tr><td colspan="5">No answers yet.</td></tr>'
VIEW = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="refresh" content="{refresh}">
<title>The class's answers</title>
<style>
body {{ font-family: sans-serif; font-size: 18px; margin: 1em; }}
table {{ border-collapse: collapse; }}
th, td {{ border: 1px solid #888; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }}
td.answered, td.right {{ text-align: right; }}
</style></head>
<body>
<h1>The class's answers</h1>
<p>Per question: how many learners answered, how many of them were right first time
(– where the question has no right answer), and their most common first answers that were
not right (where there is no right answer: their most common answers), with how many gave
each.  Only learners who ticked "share my answers with my
teacher" are counted.  This page reloads itself every {refresh} seconds.  (Signed in as
{teacher}.)</p>
<table>
<tr><th>notebook</th><th>question</th><th>answered</th><th>right</th>
<th>most common wrong answers</th></tr>
{rows}
</table>
</body></html>
"""


def main():
    prefix = os.environ["JUPYTERHUB_SERVICE_PREFIX"]
    app = Application([
        (prefix, TeachersView),
        (url_path_join(prefix, "api/answers"), PostAnswer),
        (url_path_join(prefix, "api/answers/([^/]+)"), LearnersAnswers),
        (url_path_join(prefix, "api/summary"), Summary),
        (url_path_join(prefix, "oauth_callback"), HubOAuthCallbackHandler),
    ], cookie_secret=os.urandom(32), answers=Answers(os.environ["BP_CLASS_ANSWERS_DB"]))
    url = urlparse(os.environ["JUPYTERHUB_SERVICE_URL"])
    # Its URL's address (127.0.0.1 on one machine); in Zero to JupyterHub's hub pod,
    # BP_CLASS_ANSWERS_IP=0.0.0.0, as the URL names the hub's Kubernetes Service.
    HTTPServer(app).listen(url.port, os.environ.get("BP_CLASS_ANSWERS_IP", url.hostname))
    IOLoop.current().start()


if __name__ == "__main__":
    main()
