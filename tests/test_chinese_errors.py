"""Bad input, in Chinese: each error message of the package goes through ``tr``.

With ``set_language("zh")`` a representative bad call per module raises a
message with no English word in it (``language.is_english``) that still names
the argument; and a scan of the package's source finds no ``raise ValueError``
or ``raise TypeError`` whose message is a bare string, so a new one cannot slip
past the Chinese learner.
"""

import ast
import pathlib

import numpy as np
import pytest

import bp_helpers
from bp_helpers import DEMO_EXAMPLE, Network, demo_network
from bp_helpers.activations import get_activation
from bp_helpers.datasets import spiral, xor
from bp_helpers.error_surface import error_surface
from bp_helpers.exercises import check_all
from bp_helpers.formatting import format_number
from bp_helpers.gradcheck import gradcheck
from bp_helpers.language import is_english, set_language, untranslated
from bp_helpers.optimisers import Adam, Momentum
from bp_helpers.predict_widgets import Prediction
from bp_helpers.rate_sweep import train_rates
from bp_helpers.steps import trace
from bp_helpers.surface_widgets import BatchSizePaths
from bp_helpers.training import train
from bp_helpers.widgets import Stepper

NAN = float("nan")



def small_surface():
    X, T = xor()
    return error_surface(Network([2, 2, 1], seed=0), X, T, ("w_13", "b_3"))


# (module, the argument named, the bad call)
BAD_CALLS = [
    ("checks", "sizes", lambda: Network([3])),
    ("checks", "x_input", lambda: Network([2, 1]).forward(np.array([NAN, 1.0]))),
    ("network", "activation", lambda: Network([2, 3, 1], activation=["sigmoid"])),
    ("activations", "activation", lambda: get_activation("sigmoidal")),
    ("errors", "error", lambda: Network([2, 1], error="mean")),
    ("training", "learning_rate", lambda: train(Network([2, 1]), *xor(), learning_rate=0.0, updates=1)),
    ("training", "batch_size", lambda: train(Network([2, 1]), *xor(), learning_rate=0.1, updates=1,
                                              batch_size=5)),
    ("datasets", "noise", lambda: spiral(noise=-1.0)),
    ("gradcheck", "h", lambda: gradcheck(demo_network(), *DEMO_EXAMPLE, h=2.0)),
    ("optimisers", "momentum", lambda: Momentum(0.1, momentum=1.5)),
    ("optimisers", "betas", lambda: Adam(0.1, betas=0.9)),
    ("error_surface", "parameters", lambda: error_surface(Network([2, 2, 1], seed=0), *xor(), ("w_13",))),
    ("widgets", "panels", lambda: Stepper(demo_network(), *DEMO_EXAMPLE, learning_rate=1.0,
                                          panels=("diagram", "pictures"), background=False)),
    ("surface_widgets", "batch_sizes", lambda: BatchSizePaths(small_surface(), batch_sizes=())),
    ("predict_widgets", "question", lambda: Prediction("", ["0", "1"])),
    ("exercises", "namespace", lambda: check_all(42)),
    ("steps", "done", lambda: trace(demo_network(), *DEMO_EXAMPLE, learning_rate=1.0).snapshot(1.5)),
    ("rate_sweep", "learning_rates", lambda: train_rates(Network([2, 1]), *xor(), [0.1, -1.0],
                                                         updates=1)),
    ("formatting", "value", lambda: format_number(1j)),
    ("language", "language", lambda: set_language("fr")),
]


@pytest.mark.parametrize("module, argument, call", BAD_CALLS,
                         ids=[f"{module}-{argument}" for module, argument, _ in BAD_CALLS])
def test_a_bad_call_is_explained_in_chinese(chinese, module, argument, call):
    with pytest.raises((ValueError, TypeError)) as error:
        call()
    message = str(error.value)
    assert argument in message
    assert not is_english(message), message
    assert untranslated == set()


def error_messages(path):
    """The message of each ``raise ValueError(message)`` and ``raise TypeError(message)`` in ``path``."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args \
                and getattr(node.exc.func, "id", None) in ("ValueError", "TypeError"):
            yield node.lineno, node.exc.args[0]


def test_every_error_message_of_the_package_goes_through_tr():
    package = pathlib.Path(bp_helpers.__file__).parent
    messages = [(f"{path.relative_to(package)}:{line}", message)
                for path in sorted(package.rglob("*.py")) for line, message in error_messages(path)]
    assert any(place.startswith("checks.py:") for place, _ in messages)    # the scan finds them
    not_through_tr = [place for place, message in messages
                      if not (isinstance(message, ast.Call) and getattr(message.func, "id", None) == "tr")]
    assert not_through_tr == []
