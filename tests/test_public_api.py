"""The public API has type hints: every parameter and every return, so that
``help()`` and an editor say what goes in and what comes out."""

import inspect
import typing

import pytest

import bp_helpers
import bp_helpers.pictures
from bp_helpers import datasets, diagnoses, exercises, experiments, formatting


def handed_on(package):
    """``(name, object)`` of each function and class that ``package.__all__`` hands on."""
    objects = [(name, getattr(package, name)) for name in package.__all__]
    return [(name, obj) for name, obj in objects
            if (inspect.isfunction(obj) or inspect.isclass(obj))]


def module_functions(module):
    """``(name, function)`` of each public function defined in ``module`` itself."""
    return [(f"{module.__name__}.{name}", obj) for name, obj in vars(module).items()
            if inspect.isfunction(obj) and obj.__module__ == module.__name__
            and not name.startswith("_")]


def signatures(name, obj):
    """``(name, function)`` of each signature of ``obj`` that must be hinted: a function's
    own; a class's ``__init__`` (one written in Python: an exception such as
    ``Overflow`` takes ``ValueError``'s message) and its public methods and properties."""
    if inspect.isfunction(obj):
        return [(name, obj)]
    found = []
    if inspect.isfunction(obj.__init__):
        found.append((f"{name}.__init__", obj.__init__))
    for attribute, member in vars(obj).items():
        if attribute.startswith("_"):
            continue
        if isinstance(member, property):
            found.append((f"{name}.{attribute}", member.fget))
        elif isinstance(member, (staticmethod, classmethod)):
            found.append((f"{name}.{attribute}", member.__func__))
        elif inspect.isfunction(member):
            found.append((f"{name}.{attribute}", member))
    return found


PUBLIC = (handed_on(bp_helpers) + handed_on(bp_helpers.pictures)
          + [pair for module in (experiments, exercises, datasets, formatting, diagnoses)
             for pair in module_functions(module)])
SIGNATURES = sorted({name: function for pair in PUBLIC for name, function in signatures(*pair)}.items())


def test_the_api_has_signatures_to_check():
    names = [name for name, _ in SIGNATURES]
    for expected in ("Network.__init__", "Network.forward", "train", "Trace.__init__",
                     "NetworkDiagram.update", "plot_surface", "bp_helpers.exercises.check_sigmoid",
                     "bp_helpers.formatting.format_number", "bp_helpers.datasets.spiral",
                     "bp_helpers.experiments.compare_learning_rates", "Prediction.__init__",
                     "Prediction.lock", "bp_helpers.diagnoses.diagnose"):
        assert expected in names


@pytest.mark.parametrize(("name", "function"), SIGNATURES, ids=[name for name, _ in SIGNATURES])
def test_every_parameter_and_the_return_is_hinted(name, function):
    signature = inspect.signature(function)
    parameters = list(signature.parameters.values())
    if parameters and parameters[0].name in ("self", "cls"):
        parameters = parameters[1:]
    unhinted = [p.name for p in parameters if p.annotation is inspect.Parameter.empty]
    assert unhinted == [], f"{name}: no type hint on {unhinted}"
    assert signature.return_annotation is not inspect.Signature.empty, f"{name}: no return hint"


@pytest.mark.parametrize(("name", "function"), SIGNATURES, ids=[name for name, _ in SIGNATURES])
def test_every_hint_names_something_real(name, function):
    """The hints are text (``from __future__ import annotations``, so that ``help()``
    shows ``ArrayLike``, not NumPy's long union); each must evaluate, on every
    Python the course supports, to the types it names."""
    hints = typing.get_type_hints(function)
    assert "return" in hints
