"""Every number a notebook prints is stable: the same on every machine.

Another CPU, or another BLAS kernel, rounds differently in the last bit, and
a long or chaotic training run can turn that last bit into the second digit.
A strict nbval run on the machine that wrote the outputs cannot see this.
What can: run each notebook again with every network's weights and biases
changed by a relative 1e-12 (ten thousand times a rounding error) as they
are made, and ask that every output nbval compares stays the same, to the
character.  A number that changes here would change on a learner's machine:
print fewer digits of it, describe it by what is stable, or choose settings
that are not chaotic.

Two perturbations: every parameter times (1 + 1e-12), and every parameter
times (1 +- 1e-12) with random signs.  Both also reach the walks on an error
surface (notebook 5), which set two parameters to the values of a point
(``error_surface.network_at``) rather than make a network: every point at
which ``E`` or its gradient is computed moves by the same relative 1e-12.  The notebooks run in memory (the files
are left as they are) in a fresh kernel each, as nbval runs them, but for
the widget cells: nbval compares none of their outputs and no later cell
uses them, so they are not run (their background work would only slow the
run down).
"""

import importlib
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = sorted((Path(__file__).parents[2] / "notebooks").glob("*.ipynb"))
# The Chinese twins run the same code and print the same numbers in other
# words: one perturbation each checks that their sentences keep the digits.
CHINESE = sorted((Path(__file__).parents[2] / "notebooks" / "zh").glob("*.ipynb"))
RELATIVE_CHANGE = 1e-12

# Run first in the kernel: every new Network (a preset, one from a seed or
# from given weights) gets its parameters changed by a relative 1e-12.  A
# copy stays an exact copy, as the code that makes it expects.
PERTURB = """
import numpy as _np
import bp_helpers.network as _network

_make, _copy = _network.Network.__init__, _network.Network.copy
_signs = _np.random.default_rng(2026)
_copying = [False]

def _perturbed_init(self, *args, **kwargs):
    _make(self, *args, **kwargs)
    if _copying[0]:
        return
    for _p in self.weights + self.biases:
        _s = {signs} if {random_signs} else 1.0
        _p *= 1.0 + {change} * _s

def _exact_copy(self):
    _copying[0] = True
    try:
        return _copy(self)
    finally:
        _copying[0] = False

_network.Network.__init__ = _perturbed_init
_network.Network.copy = _exact_copy

import importlib as _importlib

_surface = _importlib.import_module("bp_helpers.error_surface")   # the module, not its function

_network_at = _surface.network_at

def _perturbed_network_at(net, parameters, point):
    _point = _np.array(point, dtype=float)
    _s = {point_signs} if {random_signs} else 1.0
    return _network_at(net, parameters, _point * (1.0 + {change} * _s))

_surface.network_at = _perturbed_network_at
"""

PERTURBATIONS = {
    "all up": dict(random_signs=False),
    "random signs": dict(random_signs=True),
}


def perturbation_source(random_signs):
    return PERTURB.format(change=RELATIVE_CHANGE, random_signs=random_signs,
                          signs="_signs.choice([-1.0, 1.0], size=_p.shape)",
                          point_signs="_signs.choice([-1.0, 1.0], size=_point.shape)")


def ignored(cell):
    """nbval does not compare this cell's outputs (a widget cell)."""
    return ("NBVAL_IGNORE_OUTPUT" in cell.source
            or "nbval-ignore-output" in cell.metadata.get("tags", []))


def compared_outputs(cell):
    """What nbval compares: printed text (consecutive prints joined, as nbval
    joins them) and every text/plain, in order."""
    texts = []
    for output in cell.outputs:
        if output.output_type == "stream":
            text = f"[{output.name}] {output.text}"
            if texts and texts[-1].startswith(f"[{output.name}] "):
                text = texts.pop() + output.text
            texts.append(text)
        elif output.output_type in ("execute_result", "display_data"):
            texts.append(output.get("data", {}).get("text/plain", ""))
        elif output.output_type == "error":
            texts.append(f"[error] {output.ename}: {output.evalue}")
    return "\n".join(texts)


def run_perturbed(path, random_signs):
    """The notebook's cells as run after the perturbation; a cell nbval does not
    compare (a widget, which no later cell uses) is not run."""
    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "code" and ignored(cell):
            cell.source = ""
    notebook.cells.insert(0, nbformat.v4.new_code_cell(perturbation_source(random_signs)))
    client = NotebookClient(notebook, timeout=600, kernel_name="python3",
                            allow_errors=True,
                            resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    return notebook.cells[1:]


CASES = [(path, perturbation) for path in NOTEBOOKS for perturbation in PERTURBATIONS]
CASES += [(path, "random signs") for path in CHINESE]


@pytest.mark.parametrize(("path", "perturbation"), CASES,
                         ids=[f"{path.parent.name}/{path.name}-{p}" for path, p in CASES])
def test_printed_numbers_survive_a_perturbation(path, perturbation):
    """One notebook under one perturbation: each such run is a test of its own, so
    that pytest-xdist's two processes share them."""
    committed = nbformat.read(path, as_version=4).cells
    perturbed = run_perturbed(path, **PERTURBATIONS[perturbation])
    assert len(committed) == len(perturbed)
    changed = []
    for k, (saved, rerun) in enumerate(zip(committed, perturbed)):
        if saved.cell_type != "code" or ignored(saved):
            continue
        before, after = compared_outputs(saved), compared_outputs(rerun)
        if before != after:
            changed.append(f"cell {k}:\n--- committed\n{before}\n+++ perturbed\n{after}")
    assert not changed, (f"{path.name}: printed text changed when the weights moved by a "
                         f"relative {RELATIVE_CHANGE:g} ({perturbation}):\n" + "\n".join(changed))


def test_the_notebooks_are_found():
    assert NOTEBOOKS, "no notebook found: every perturbed run above was left out"


def test_the_perturbation_reaches_the_networks():
    """The injected code really changes a network's parameters, by the stated amount."""
    namespace = {}
    import bp_helpers.network as network
    surface = importlib.import_module("bp_helpers.error_surface")
    original = network.Network.__init__, network.Network.copy, surface.network_at
    try:
        exec(perturbation_source(random_signs=True), namespace)
        net = network.Network([2, 3, 1], seed=0)
        copy = net.copy()
        point = (-0.5, 1.8)
        on_the_map = surface.network_at(copy, [("edge", 0, 0, 0), ("bias", 1, 0)], point)
    finally:
        network.Network.__init__, network.Network.copy, surface.network_at = original
    moved = [on_the_map.weights[0][0, 0], on_the_map.biases[0][0]]
    for value, exact in zip(moved, point):             # a walk's points move too
        assert 0.5 * RELATIVE_CHANGE < abs(value / exact - 1) < 2 * RELATIVE_CHANGE
    plain = network.Network([2, 3, 1], seed=0)
    for p, q, c in zip(net.weights, plain.weights, copy.weights):
        change = abs(p / q - 1)
        assert ((change > 0.5 * RELATIVE_CHANGE) & (change < 2 * RELATIVE_CHANGE)).all()
        assert (c == p).all()
