"""What several test files share."""

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
