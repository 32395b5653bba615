"""bp_helpers: backpropagation you can watch, one number at a time.

This file only hands names on; each idea lives in its own module.
"""

from .activations import ACTIVATIONS, Activation, get_activation
from .names import edge_label, node_label, node_number, node_position
from .network import Network
from .presets import (DEMO_EXAMPLE, DEMO_LEARNING_RATE, MAZUR_EXAMPLE,
                      MAZUR_LEARNING_RATE, demo_network, mazur_network)

__all__ = [
    "ACTIVATIONS", "Activation", "get_activation",
    "edge_label", "node_label", "node_number", "node_position",
    "Network",
    "DEMO_EXAMPLE", "DEMO_LEARNING_RATE", "MAZUR_EXAMPLE", "MAZUR_LEARNING_RATE",
    "demo_network", "mazur_network",
]
