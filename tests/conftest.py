"""What several test files share."""

import sys

import pytest

from bp_helpers.language import set_language, untranslated


@pytest.fixture
def chinese():
    """The learner's language is Chinese for the test, and English again after it;
    the words shown untranslated (``untranslated``) counted from empty."""
    set_language("zh")
    untranslated.clear()
    yield
    set_language("en")
    untranslated.clear()


@pytest.fixture(autouse=True)
def background_work_ends_with_its_test():
    """The widgets a test made stop their background work when it ends (a player draws
    every step, an explorer trains every rate: seconds that would only slow the next tests)."""
    yield
    widgets = sys.modules.get("bp_helpers.widgets")     # loaded only by the tests that use it
    if widgets is not None:
        assert widgets.finish_background_work(), "a widget's background work did not stop"
