"""Every notebook runs from top to bottom in JupyterLab, and one in Notebook 7, without errors."""

import pytest
from course_notebooks import names_using, notebook_names, stem
from jupyter_pages import fail_on, notebook_problems, run_all, screenshot_notebook


@pytest.mark.parametrize("name", notebook_names())
def test_notebook_runs_in_jupyterlab(pages, screenshots, name):
    run = pages.run_in_lab(name)
    screenshot_notebook(run.page, run.panel, screenshots / f"lab-{stem(name)}.png")
    fail_on(run.problems, f"{name} in JupyterLab")
    pages.keep(run)   # the widget tests of this notebook go on from here


def notebook_for_notebook7():
    """The first notebook with a widget (the richest check), else the first one."""
    with_widgets = names_using("Stepper(", chinese=False) + names_using("LearningRateExplorer(", chinese=False)
    return sorted(with_widgets or notebook_names(chinese=False))[0]


def test_a_notebook_runs_in_notebook7(pages, screenshots):
    name = notebook_for_notebook7()
    page = pages.open_notebook7(name)
    panel = run_all(page)
    screenshot_notebook(page, panel, screenshots / f"notebook7-{stem(name)}.png")
    fail_on(notebook_problems(page, panel, pages.served_notebook(name)), f"{name} in Notebook 7")
