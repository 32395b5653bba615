"""Two ready-made networks: the lesson's demo and Matt Mazur's worked example.

``demo_network()`` is the network of the lesson: sizes ``[1, 2, 2, 1]``,
sigmoid everywhere, with weights and biases of one decimal so that the
numbers are pleasant to follow by hand::

    node 1 (input)  ->  nodes 2, 3  ->  nodes 4, 5  ->  node 6 (output)

    w_12 =  0.8   w_13 = -0.4                      b_2 =  0.1   b_3 = -0.1
    w_24 =  0.5   w_25 = -0.6   w_34 = 0.3   w_35 = 0.7   b_4 = 0.2   b_5 = -0.2
    w_46 =  0.9   w_56 = -0.5                      b_6 =  0.1

Its example ``DEMO_EXAMPLE``: ``x_input = 1.0``, ``y_target = 0.9``.  The
network first predicts ``y_6 = 0.620`` (error ``E = 0.0392``); one update
with ``DEMO_LEARNING_RATE = 1.0`` lowers the error to ``E = 0.0322``.

``mazur_network()`` is the classic worked example ("A Step by Step
Backpropagation Example", Matt Mazur, 2015): two inputs, two hidden and two
output nodes, and biases that the example holds fixed.  Its published
numbers (``MAZUR_PUBLISHED``) are checked in ``tests/test_presets.py`` and
compared with ours in notebook 4.
"""

from __future__ import annotations

import numpy as np

from .network import Network


def _read_only(numbers):
    """A float array of ``numbers`` that cannot be changed (``x *= 2`` raises),
    so that no notebook cell can change a preset for every cell after it."""
    array = np.array(numbers, dtype=float)
    array.flags.writeable = False
    return array


# Tuples, and read-only arrays: the presets cannot be changed by accident.
DEMO_SIZES = (1, 2, 2, 1)
DEMO_WEIGHTS = (
    ((0.8, -0.4),),                # w_12, w_13
    ((0.5, -0.6),                  # w_24, w_25
     (0.3, 0.7)),                  # w_34, w_35
    ((0.9,),                       # w_46
     (-0.5,)),                     # w_56
)
DEMO_BIASES = ((0.1, -0.1), (0.2, -0.2), (0.1,))   # b_2, b_3; b_4, b_5; b_6
DEMO_EXAMPLE = (_read_only([1.0]), _read_only([0.9]))  # (x_input, y_target)
DEMO_LEARNING_RATE = 1.0

# Mazur's names: w1: i1->h1, w2: i2->h1, w3: i1->h2, w4: i2->h2,
# w5: h1->o1, w6: h2->o1, w7: h1->o2, w8: h2->o2.  Here weights[l][i, j].
MAZUR_WEIGHTS = (
    ((0.15, 0.25),                 # i1->h1 (w1), i1->h2 (w3)
     (0.20, 0.30)),                # i2->h1 (w2), i2->h2 (w4)
    ((0.40, 0.50),                 # h1->o1 (w5), h1->o2 (w7)
     (0.45, 0.55)),                # h2->o1 (w6), h2->o2 (w8)
)
MAZUR_BIASES = ((0.35, 0.35), (0.60, 0.60))
MAZUR_EXAMPLE = (_read_only([0.05, 0.10]), _read_only([0.01, 0.99]))
MAZUR_LEARNING_RATE = 0.5

# Numbers published in "A Step by Step Backpropagation Example" (Matt Mazur,
# 2015), as printed there: strings, so that they keep their digits.  His w5
# runs from h1 to o1 (our w_35), his w1 from i1 to h1 (our w_13).  All but the
# last are his hand-worked numbers, and ours agree with them to every digit.
# The last, "After this first round of backpropagation, the total error is now
# down to 0.291027924", is what ``experiments.update_in_the_wrong_order``
# gives; every derivative first, then every update (``Network``) gives
# 0.291027774.
MAZUR_PUBLISHED = {
    "E before the update": "0.298371109",
    "out_o1": "0.75136507",
    "dE/dw5": "0.082167041",
    "dE/dw1": "0.000438568",
    "w5 after one update": "0.35891648",
    "w1 after one update": "0.149780716",
    "E after one update": "0.291027924",
}


def demo_network() -> Network:
    """The lesson's ``[1, 2, 2, 1]`` sigmoid network (numbers in the module docstring)."""
    return Network(DEMO_SIZES, "sigmoid", weights=DEMO_WEIGHTS, biases=DEMO_BIASES)


def mazur_network() -> Network:
    """Mazur's ``[2, 2, 2]`` sigmoid network; its biases stay fixed when it learns."""
    return Network([2, 2, 2], "sigmoid", weights=MAZUR_WEIGHTS, biases=MAZUR_BIASES,
                   learn_biases=False)
