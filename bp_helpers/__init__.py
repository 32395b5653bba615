"""bp_helpers: backpropagation you can watch, one number at a time.

This file only hands names on; each idea lives in its own module.

The engine (the network, its activations and formulas, the step record,
training, gradcheck, the data sets, the exercises' checkers and the
diagnoses of what went wrong) needs NumPy only, and is imported at once.
The pictures (the subpackage ``pictures``), the widgets (``widgets``,
``predict_widgets``) and the notebooks' experiments (``experiments``)
need matplotlib, ipywidgets and IPython: each is imported the first time one
of its names is asked for, so that ``from bp_helpers import Network`` works
where only NumPy is installed.
"""

import importlib

from . import datasets, diagnoses, exercises
from .activations import ACTIVATIONS, Activation, get_activation
from .error_surface import ErrorSurface, Path, descent_path, error_surface
from .gradcheck import GradcheckResult, gradcheck
from .language import say, set_language, tr
from .names import edge_label, node_label, node_number, node_position
from .network import Network, Overflow
from .optimisers import Adam, GradientDescent, Momentum
from .presets import (
    DEMO_EXAMPLE,
    DEMO_LEARNING_RATE,
    MAZUR_EXAMPLE,
    MAZUR_LEARNING_RATE,
    demo_network,
    mazur_network,
)
from .rate_sweep import RateSweep, train_rates
from .steps import Step, Trace, trace
from .training import TrainingResult, Verdict, train, verdict

# name -> the module that has it, imported when the name is first asked for
PICTURES_AND_WIDGETS = {
    "presentation": "pictures", "NetworkDiagram": "pictures", "draw_network": "pictures",
    "colorize": "pictures", "show_steps": "pictures", "formula_figure": "pictures",
    "plot_surface": "pictures", "plot_paths": "pictures", "plot_example_gradients": "pictures",
    "draw_chain_rule": "pictures", "draw_paths_adding": "pictures",
    "STEPPER_SHOW": "widgets", "LearningRateExplorer": "widgets", "Stepper": "widgets",
    "Prediction": "predict_widgets",
}
MODULES_LOADED_WHEN_ASKED = ("pictures", "widgets", "experiments")


def __getattr__(name):
    """Import a picture or widget module (or one of its names) the first time it is asked for."""
    if name in PICTURES_AND_WIDGETS:
        module = importlib.import_module(f".{PICTURES_AND_WIDGETS[name]}", __name__)
        return getattr(module, name)
    if name in MODULES_LOADED_WHEN_ASKED:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "datasets", "diagnoses", "exercises", "experiments",
    "ACTIVATIONS", "Activation", "get_activation",
    "edge_label", "node_label", "node_number", "node_position",
    "Network", "Overflow",
    "DEMO_EXAMPLE", "DEMO_LEARNING_RATE", "MAZUR_EXAMPLE", "MAZUR_LEARNING_RATE",
    "demo_network", "mazur_network",
    "presentation", "NetworkDiagram", "draw_network",
    "GradcheckResult", "gradcheck",
    "say", "set_language", "tr",
    "colorize", "show_steps", "formula_figure",
    "Step", "Trace", "trace",
    "TrainingResult", "Verdict", "train", "verdict",
    "RateSweep", "train_rates",
    "ErrorSurface", "Path", "descent_path", "error_surface",
    "Adam", "GradientDescent", "Momentum",
    "plot_surface", "plot_paths", "plot_example_gradients",
    "draw_chain_rule", "draw_paths_adding",
    "STEPPER_SHOW", "LearningRateExplorer", "Stepper", "Prediction",
]
