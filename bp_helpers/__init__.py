"""bp_helpers: backpropagation you can watch, one number at a time.

This file only hands names on; each idea lives in its own module.
"""

from . import datasets, exercises, experiments
from .activations import ACTIVATIONS, Activation, get_activation
from .drawing import NetworkDiagram, draw_network
from .gradcheck import GradcheckResult, gradcheck
from .latex import colorize, show_steps
from .names import edge_label, node_label, node_number, node_position
from .network import Network, Overflow
from .presets import (DEMO_EXAMPLE, DEMO_LEARNING_RATE, MAZUR_EXAMPLE,
                      MAZUR_LEARNING_RATE, demo_network, mazur_network)
from .steps import Step, Trace, trace
from .training import TrainingResult, Verdict, train, verdict
from .widgets import STEPPER_SHOW, LearningRateExplorer, Stepper

__all__ = [
    "datasets", "exercises", "experiments",
    "ACTIVATIONS", "Activation", "get_activation",
    "edge_label", "node_label", "node_number", "node_position",
    "Network", "Overflow",
    "DEMO_EXAMPLE", "DEMO_LEARNING_RATE", "MAZUR_EXAMPLE", "MAZUR_LEARNING_RATE",
    "demo_network", "mazur_network",
    "NetworkDiagram", "draw_network",
    "GradcheckResult", "gradcheck",
    "colorize", "show_steps",
    "Step", "Trace", "trace",
    "TrainingResult", "Verdict", "train", "verdict",
    "STEPPER_SHOW", "LearningRateExplorer", "Stepper",
]
