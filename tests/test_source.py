"""What notebook 3 shows of the engine is the engine's own code, as it runs."""

import inspect
import json
from pathlib import Path

import numpy as np
import pytest

from bp_helpers import MAZUR_EXAMPLE, Network, formulas, mazur_network
from bp_helpers.network import backward_pass
from bp_helpers.source import code_between, code_of

NOTEBOOK_3 = Path(__file__).resolve().parents[1] / "notebooks" / "03_backpropagation_step_by_step.ipynb"
LOOP = ("dE_dy[L] =", "dE_dy[l - 1] =")


def test_the_loop_shown_is_in_the_running_backward():
    shown = code_between(backward_pass, *LOOP)
    source = inspect.getsource(backward_pass)
    for line in shown.splitlines():
        assert line.strip() in source
    assert shown.splitlines()[0].startswith("dE_dy[L] = error.output_dE_dy")


@pytest.mark.parametrize("make, example", [
    (mazur_network, MAZUR_EXAMPLE),
    (lambda: Network([2, 3, 2], ["tanh", "softmax"], seed=4, error="cross_entropy"),
     ([0.5, -1.0], [0.25, 0.75])),
])
def test_the_loop_shown_computes_what_backward_computes(make, example):
    net = make()
    x_input, y_target = example
    net.forward(x_input)
    net.backward(y_target)
    L = len(net.sizes) - 1
    one = np.newaxis                        # the loop works on a batch: here, of one example
    names = {"formulas": formulas, "activations": net.activations, "error": net.error_function,
             "x": [x[one] for x in net.x], "y": [y[one] for y in net.y], "w": net.weights,
             "L": L, "y_target": np.array(y_target)[one], "dE_dy": [None] * (L + 1),
             "dE_dx": [None] * (L + 1), "dE_dw": [None] * L, "dE_db": [None] * L}
    exec(code_between(backward_pass, *LOOP), names)
    for ours, engine in zip(names["dE_dw"] + names["dE_db"], net.dE_dw + net.dE_db):
        np.testing.assert_array_equal(ours, engine)


def test_a_formula_is_shown_without_its_docstring():
    assert code_of(formulas.dE_dx) == "def dE_dx(f_prime, dE_dy):\n    return f_prime * dE_dy"


def test_text_that_is_not_there_is_named():
    with pytest.raises(ValueError, match="'no such line' is not in the source of backward_pass"):
        code_between(backward_pass, "no such line", "dE_dy[l - 1] =")


def test_notebook_3_shows_the_code_as_it_is_now():
    cells = json.loads(NOTEBOOK_3.read_text(encoding="utf-8"))["cells"]
    [cell] = [c for c in cells if "code_between(backward_pass" in "".join(c["source"])]
    printed = "".join("".join(o.get("text", "")) for o in cell["outputs"])
    assert printed.startswith(code_between(backward_pass, *LOOP))
    assert code_of(formulas.hidden_dE_dy) in printed
