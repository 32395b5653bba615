"""A teacher can hold the solutions back: a learner's first copy of the course leaves them out.

classroom/start-singleuser.sh copies the course into ~/course on a learner's
first start, without the names in BP_HOLD_BACK (classroom.py --hold-back).
"""

import os
import subprocess
from pathlib import Path

START = Path(__file__).resolve().parents[1] / "classroom" / "start-singleuser.sh"


def first_start(tmp_path, hold_back):
    course = tmp_path / "notebooks"
    (course / "zh" / "lecture").mkdir(parents=True)
    for name in ("09_exercises.ipynb", "09_exercises_solutions.ipynb", "zh/09_exercises_solutions.ipynb",
                 "zh/lecture/lecture_50_minutes.ipynb"):
        (course / name).write_text("{}")
    home = tmp_path / "home"
    home.mkdir()
    environment = dict(os.environ, HOME=str(home), BP_COURSE=str(course), BP_HOLD_BACK=hold_back,
                       BP_SINGLEUSER="true")
    subprocess.run(["sh", str(START)], env=environment, check=True)
    return sorted(str(path.relative_to(home / "course")) for path in (home / "course").rglob("*.ipynb"))


def test_the_held_back_solutions_are_not_copied(tmp_path):
    assert first_start(tmp_path, "09_exercises_solutions.ipynb zh/09_exercises_solutions.ipynb zh/lecture") == [
        "09_exercises.ipynb"]


def test_without_hold_back_everything_is_copied(tmp_path):
    assert first_start(tmp_path, "") == [
        "09_exercises.ipynb", "09_exercises_solutions.ipynb", "zh/09_exercises_solutions.ipynb",
        "zh/lecture/lecture_50_minutes.ipynb"]
