"""The classroom test prints what it measured at the end of the run (see test_classroom.py)."""

import pytest

REPORT = pytest.StashKey[list]()


@pytest.fixture(scope="session")
def report(request):
    """Lines for the end of the run: append to this list."""
    return request.config.stash.setdefault(REPORT, [])


def pytest_terminal_summary(terminalreporter, config):
    lines = config.stash.get(REPORT, [])
    if lines:
        terminalreporter.section("the classroom, as measured")
        for line in lines:
            terminalreporter.write_line(line)
