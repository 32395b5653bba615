"""The learner's language: every word the course shows passes through ``tr``.

The English text is its own key (as in GNU gettext): code and notebooks are
written in English, ``tr("E before the update: {E:.4f}", E=E)`` looks the
text up in the table of the language chosen with ``set_language`` and then
fills in the values.  A language's table (``words_zh.py`` for Chinese) maps
each English text to its translation, with the same ``{...}`` fields.
Symbols stay as they are in every language: ``x``, ``y``, ``E``, ``dE/dx``,
``w_24``, ``α``.
"""

from __future__ import annotations

import re

from . import words_zh

TABLES = {"en": {}, "zh": words_zh.WORDS}
LANGUAGES = tuple(TABLES)

# words made of Latin letters that are symbols or names, the same in every language
NAMES = frozenset({
    # activations, symbols and functions of the formulas
    "ReLU", "tanh", "sigmoid", "softmax", "XOR", "NaN", "inf", "nan", "alpha", "lambda",
    "max", "min", "exp", "log", "sum",
    # software, keys, an optimiser and the people the course cites
    "NumPy", "PyTorch", "Jupyter", "JupyterLab", "Python", "Google", "TensorFlow",
    "Playground", "Shift", "Enter", "Adam", "Mazur", "Matt", "Kingma",
    # Python's own names that the checkers quote
    "True", "False", "None", "def", "return", "raise", "float", "int", "bool", "str",
    "list", "tuple", "math", "NotImplementedError",
    # the formats the pictures' errors name
    "LaTeX", "CSS",
})

# code in a text: paths (docs/teaching.md), names with an underscore
# (y_target, check_{name}) or a dot (net.error), calls and indexing
# (Network(, weights[), keyword arguments (activation=), quoted names ('relu')
CODE = re.compile(r"[\w.]+/[\w./]+|\w*_\w*|[A-Za-z]\w*(?:\.\w+)+|[A-Za-z]\w*(?=[(\[=])"
                  r"|'\w+'|\"\w+\"")

_chosen = {"language": "en"}

# English texts that a learner was shown untranslated (the tests read this)
untranslated: set[str] = set()


def set_language(language: str) -> None:
    """Show every word of the course in ``language``: ``"en"`` or ``"zh"`` (Simplified Chinese)."""
    if not isinstance(language, str):
        raise TypeError(tr("language must be a string, one of {languages}; got {type}",
                           languages=LANGUAGES, type=type(language).__name__))
    if language not in TABLES:
        raise ValueError(tr("language must be one of {languages}; got {language!r}",
                            languages=LANGUAGES, language=language))
    _chosen["language"] = language


def language() -> str:
    """The language chosen with ``set_language`` (``"en"`` at first)."""
    return _chosen["language"]


def tr(text: str, **values: object) -> str:
    """``text`` in the learner's language, its ``{...}`` fields filled with ``values``.

    Without values the text is returned as found, braces and all (LaTeX
    keeps its ``{}``).  A text with English words and no translation is
    shown in English and remembered in ``untranslated``.
    """
    words = TABLES[language()].get(text)
    if words is None:
        words = text
        if language() != "en" and is_english(text):
            untranslated.add(text)
    return words.format(**values) if values else words


def say(text: str, **values: object) -> None:
    """Print ``tr(text, **values)``: a sentence for the learner, in their language."""
    print(tr(text, **values))


def is_english(text: str) -> bool:
    """Whether ``text`` has an English word: three or more Latin letters that are no symbol or name.

    ``{...}`` fields, ``$...$`` formulas, HTML tags and ``<...>`` slots for
    numbers, and code (``CODE``) are left out of the count.
    """
    text = CODE.sub(" ", re.sub(r"\{[^{}]*\}|\$[^$]*\$|<[^<>]*>", " ", text))
    return any(word not in NAMES for word in re.findall(r"[A-Za-z]{3,}", text))
