"""How long the error surface's widgets take to answer a slider move: figures, printed.

Run it from the project folder::

    python benchmarks/surface_bench.py           # a table
    python benchmarks/surface_bench.py --quick   # fewer rounds

What it measures: the kernel's time from setting a control's value in
Python (as the browser does) to the widget's new picture being ready
(``bp_helpers/surface_widgets.py``), on notebook 5's settings: the hand
tuner on the demo network (``w_46``, ``b_6``); the learning-rate, batch-size
and optimiser widgets on the straight line (``datasets.line``) over ``w_12``
and ``b_2``.  Each widget cycles through its settings; the median and the
slowest move are printed, against the goal of 100 ms (issue 21).  Making
each widget once is timed too (it walks every path and draws the map).
The browser's own time (receiving and showing the SVG) is not in here:
tests/browser measures it.
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bp_helpers import DEMO_EXAMPLE, Network, demo_network  # noqa: E402
from bp_helpers.datasets import line  # noqa: E402
from bp_helpers.error_surface import error_surface  # noqa: E402
from bp_helpers.surface_widgets import (  # noqa: E402
    BatchSizePaths,
    HandTuner,
    LearningRatePaths,
    OptimiserPaths,
)

GOAL_MS = 100
START = np.array([-0.5, 1.8])     # as in notebook 5


def timed(action):
    """Milliseconds that ``action()`` takes."""
    began = time.perf_counter()
    action()
    return 1000 * (time.perf_counter() - began)


def moves(control, values, rounds):
    """The time of each move of ``control`` through ``values``, ``rounds`` times."""
    return [timed(lambda v=value: setattr(control, "value", v))
            for _ in range(rounds) for value in values]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds")
    rounds = 1 if parser.parse_args().quick else 5
    X, T = line()
    surface = error_surface(Network([1, 1], "linear", weights=[[[0.0]]], biases=[[0.0]]), X, T,
                            ("w_12", "b_2"))
    makers = {"hand tuner": lambda: HandTuner(demo_network(), *DEMO_EXAMPLE),
              "learning rate": lambda: LearningRatePaths(surface, START),
              "batch size": lambda: BatchSizePaths(surface, START),
              "optimisers": lambda: OptimiserPaths(surface, START)}
    widgets, made = {}, {}
    for name, make in makers.items():
        made[name] = timed(lambda n=name, m=make: widgets.__setitem__(n, m()))
    rates = [rate for _, rate in widgets["learning rate"].rate_slider.options]
    timings = {
        "hand tuner": moves(widgets["hand tuner"].sliders[0], [0.5, 1.0, 1.5, 2.0, 2.5], rounds),
        "learning rate": moves(widgets["learning rate"].rate_slider, rates, rounds),
        "batch size": moves(widgets["batch size"].switch, [3, None, 1], rounds),
        "optimisers": moves(widgets["optimisers"].momentum_slider, [0.0, 0.5, 0.95, 0.9], rounds),
    }
    print(f"{'widget':<14} {'made (ms)':>10} {'move: median':>13} {'slowest':>8}  goal")
    for name, times in timings.items():
        verdict = "ok" if max(times) <= GOAL_MS else f"over {GOAL_MS} ms"
        print(f"{name:<14} {made[name]:10.0f} {statistics.median(times):13.1f} "
              f"{max(times):8.1f}  {verdict}")


if __name__ == "__main__":
    main()
