"""The benchmark script: its plain NumPy reference computes what Network computes,
and its report has every figure.  Nothing here is timed: speed is read from
``python benchmarks/bench.py``, never asserted."""

import json
import math
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from sgd import sgd_errors

from bp_helpers import DEMO_EXAMPLE, DEMO_LEARNING_RATE, Network, demo_network

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import bench  # noqa: E402  (benchmarks/bench.py, outside the package)


def copies(arrays):
    return [array.copy() for array in arrays]


def demo_case():
    return demo_network(), *DEMO_EXAMPLE


def random_case():
    rng = np.random.default_rng(1)
    return Network([3, 5, 4, 2], seed=1), rng.uniform(-2, 2, 3), rng.uniform(0.1, 0.9, 2)


@pytest.mark.parametrize("case", [demo_case, random_case])
def test_plain_numpy_example_step_matches_network(case):
    network, x_input, y_target = case()
    weights, biases = copies(network.weights), copies(network.biases)
    learning_rate = 0.7
    for _ in range(3):
        weights_before = copies(weights)
        E = bench.plain_numpy_example_step(weights, biases, x_input, y_target, learning_rate)
        network.forward(x_input)
        E_network = network.backward(y_target)
        dE_dw_network = network.dE_dw          # update() forgets the pass
        network.update(learning_rate)
        assert E == pytest.approx(E_network, rel=1e-12)
        for l, (w, w_before) in enumerate(zip(weights, weights_before)):
            dE_dw = (w_before - w) / learning_rate   # the gradient the update used
            np.testing.assert_allclose(dE_dw, dE_dw_network[l], rtol=1e-9, atol=1e-14)
        for ours, theirs in zip(weights + biases, network.weights + network.biases):
            np.testing.assert_allclose(ours, theirs, rtol=1e-12, atol=1e-15)


def test_plain_numpy_batch_step_matches_network():
    sizes = [5, 4, 3, 2]
    network = Network(sizes, seed=2)
    rng = np.random.default_rng(3)
    x_input, y_target = rng.uniform(-1, 1, (7, 5)), rng.uniform(0.05, 0.95, (7, 2))
    weights, biases = copies(network.weights), copies(network.biases)
    for _ in range(3):
        E = bench.plain_numpy_batch_step(weights, biases, x_input, y_target, 0.5)
        network.forward(x_input)
        E_network = network.backward(y_target)
        network.update(0.5)
        assert E == pytest.approx(E_network, rel=1e-12)
        for ours, theirs in zip(weights + biases, network.weights + network.biases):
            np.testing.assert_allclose(ours, theirs, rtol=1e-12, atol=1e-15)


@pytest.mark.parametrize("x_input, y_target", [
    DEMO_EXAMPLE,
    (np.array([[0.5], [-1.0], [2.0]]), np.array([[0.9], [0.1], [0.5]])),
])
def test_plain_numpy_step_follows_network_from_the_same_start(x_input, y_target):
    network = demo_network()
    step = bench.plain_numpy_step(network, x_input, y_target, DEMO_LEARNING_RATE)
    errors = [step() for _ in range(4)]
    expected = sgd_errors(network, x_input, y_target, DEMO_LEARNING_RATE, 4)
    np.testing.assert_allclose(errors, expected, rtol=1e-12)
    assert errors[-1] < errors[0]


def test_network_step_leaves_the_given_network_alone():
    network = demo_network()
    step = bench.network_step(network, *DEMO_EXAMPLE, DEMO_LEARNING_RATE)
    step()
    for ours, original in zip(network.weights, demo_network().weights):
        np.testing.assert_array_equal(ours, original)


def test_missing_packages_are_reported_not_installed(monkeypatch):
    monkeypatch.setitem(sys.modules, "torch", None)       # makes `import torch` fail
    monkeypatch.setitem(sys.modules, "micrograd", None)
    monkeypatch.setitem(sys.modules, "micrograd.engine", None)
    x_input, y_target = DEMO_EXAMPLE
    for builder, name in [(bench.torch_step, "torch"), (bench.micrograd_step, "micrograd")]:
        with pytest.raises(bench.NotMeasured, match=f"^{name} not installed$"):
            builder(demo_network(), x_input, y_target, DEMO_LEARNING_RATE)
    figure = bench.batch_step(quick=True)
    others = {entry["name"]: entry for entry in figure["compared_with"]}
    for name, package in [("PyTorch autograd", "torch"), ("micrograd", "micrograd")]:
        assert others[name]["value"] is None and others[name]["ratio"] is None
        assert others[name]["note"] == f"{package} not installed"
    # the goal against torch stays in the table, neither passed nor missed
    assert others["PyTorch autograd"]["goal"] == "bp_helpers faster"
    assert others["PyTorch autograd"]["met"] is None
    assert others["plain NumPy"]["value"] > 0
    table = "\n".join(bench.format_table({"machine": bench.machine(), "method": dict(
        bench.timing(True), quick=True), "benchmarks": [figure]}))
    [line] = [line for line in table.splitlines() if "PyTorch autograd" in line]
    assert "torch not installed" in line and "bp_helpers faster" in line


def test_seconds_per_step_gives_every_label_a_positive_time():
    calls = []
    made = []

    def make_a():
        made.append(1)
        return lambda: calls.append(1)
    seconds = bench.seconds_per_step({"a": make_a, "b": lambda: lambda: sum(range(50))},
                                     rounds=2, min_seconds=0.001)
    assert len(made) == 3          # one for the warm-up, then a fresh one every round
    assert set(seconds) == {"a", "b"}
    assert all(0 < value < 0.001 for value in seconds.values())
    assert len(calls) > 2        # warm-up and rounds did call it


@pytest.fixture(scope="module")
def quick_report():
    return bench.run(quick=True)


def test_report_has_machine_and_method(quick_report):
    machine = quick_report["machine"]
    assert set(machine) == {"python", "numpy", "blas", "cpu_count", "machine",
                            "openblas_coretype", "torch", "micrograd", "allocator"}
    assert machine["allocator"] == "the C library's default"    # run() leaves it alone
    assert machine["numpy"] == np.__version__ and machine["cpu_count"] >= 1
    assert quick_report["method"]["quick"] is True
    assert quick_report["method"]["rounds"] >= 1


def test_report_has_positive_figures_and_goals(quick_report):
    benchmarks = {b["name"]: b for b in quick_report["benchmarks"]}
    assert list(benchmarks) == ["demo step", "batch step", "player step", "explorer answer",
                                "rate sweep"]
    assert benchmarks["demo step"]["unit"] == "us" and benchmarks["batch step"]["unit"] == "ms"
    for name, goal in (("player step", "median under"), ("explorer answer", "slowest under")):
        assert benchmarks[name]["unit"] == "ms"
        assert benchmarks[name]["goal"].startswith(goal)
        assert isinstance(benchmarks[name]["met"], bool)
    for benchmark in benchmarks.values():
        assert {"name", "description", "value", "unit", "goal", "met"} <= set(benchmark)
        assert math.isfinite(benchmark["value"]) and benchmark["value"] > 0
    goals = {"demo step": (None, None),
             "batch step": ("bp_helpers within 1.30x", None)}
    for name, (plain_goal, formulas_goal) in goals.items():
        checks, formulas = benchmarks[name]["parts"]
        assert checks["name"] == "of which checks" and formulas["name"] == "formulas alone"
        # (not compared with the step's own time: --quick's one short round of each can
        # find the checks slower than the whole step on a busy machine)
        assert checks["value"] > 0
        assert formulas["value"] == pytest.approx(benchmarks[name]["value"] - checks["value"],
                                                  abs=2e-4)
        assert formulas["goal"] == formulas_goal
        assert isinstance(formulas["met"], bool) == (formulas_goal is not None)
        plain = benchmarks[name]["compared_with"][0]
        assert plain["name"] == "plain NumPy"
        assert plain["value"] > 0 and plain["ratio"] > 0
        assert plain["goal"] == plain_goal
        assert isinstance(plain["met"], bool) == (plain_goal is not None)
        assert formulas["ratio"] == pytest.approx(formulas["value"] / plain["value"], rel=1e-2)
        for other in benchmarks[name]["compared_with"]:
            assert set(other) == {"name", "value", "ratio", "goal", "met", "note"}
            assert (other["value"] is None) == (other["note"] is not None)
            assert other["value"] is None or other["value"] > 0


def test_rate_sweep_times_the_grid_of_every_explorer_and_one_train_per_rate(quick_report):
    [sweep] = [b for b in quick_report["benchmarks"] if b["name"] == "rate sweep"]
    assert sweep["unit"] == "ms" and sweep["goal"] is None and sweep["met"] is None
    assert "51 rates" in sweep["description"] and "10 updates (parts" in sweep["description"]
    assert [part["name"] for part in sweep["parts"]] == ["XOR", "spiral", "spiral, all at once"]
    assert all(part["value"] > 0 for part in sweep["parts"])
    assert [other["name"] for other in sweep["compared_with"]] == ["all at once",
                                                                   "train() per rate"]
    for other in sweep["compared_with"]:
        assert other["value"] > 0
        assert other["ratio"] == pytest.approx(sweep["value"] / other["value"])


def test_explorer_answer_times_the_next_and_the_farthest_rate_of_each_explorer(quick_report):
    [answer] = [b for b in quick_report["benchmarks"] if b["name"] == "explorer answer"]
    assert "0.1 s after the last" in answer["description"]      # --quick: notebook 4 only
    assert [part["name"] for part in answer["parts"]] == [
        "demo: next rate", "demo: next rate, run shown",
        "demo: farthest rate", "demo: farthest rate, run shown", "demo: every rate ready"]
    moves, shown = answer["parts"][0:4:2], answer["parts"][1:4:2]
    assert answer["value"] == max(part["value"] for part in moves)
    assert all(part["goal"] == "under 150 ms" and part["met"] == (part["value"] < 150)
               for part in moves)
    assert answer["met"] == all(part["met"] for part in moves)
    assert all(run["value"] >= move["value"] and run["goal"] is None
               for move, run in zip(moves, shown))
    ready = answer["parts"][4]
    assert ready["value"] > 0 and ready["goal"] is None


def test_the_explorers_are_the_course_notebooks_own():
    """The explorers timed are built as notebooks 4 and 6 build theirs."""
    notebooks = bench.course_explorers()
    assert {name: list(explorers) for name, explorers in notebooks.items()} == {
        "notebook 4": ["demo"], "notebook 6": ["XOR", "two circles", "spiral"]}
    sources = {name: "".join(cell for cell in _code_cells(f"notebooks/0{name[-1]}_*.ipynb"))
               for name in notebooks}
    for notebook, explorers in notebooks.items():
        for net, _, _, settings in explorers.values():
            assert f"updates={settings['updates']}" in sources[notebook]
            assert str(net.sizes) in sources[notebook] or notebook == "notebook 4"


def _code_cells(pattern):
    [path] = Path(__file__).resolve().parents[1].glob(pattern)
    return ["".join(cell["source"]) for cell in json.loads(path.read_text())["cells"]
            if cell["cell_type"] == "code"]


def test_the_far_and_near_rates_of_a_slider():
    from bp_helpers.widgets import LearningRateExplorer
    explorer = LearningRateExplorer(demo_network(), *DEMO_EXAMPLE, learning_rate=3.0,
                                    updates=1, background=False)
    assert bench._far_and_near(explorer.learning_rate_slider) == [
        ("next rate", 4.0), ("farthest rate", 0.001)]
    explorer.learning_rate_slider.value = 100.0
    assert bench._far_and_near(explorer.learning_rate_slider) == [
        ("next rate", 80.0), ("farthest rate", 0.001)]


def test_checks_of_a_step_run_the_checks_of_forward_and_backward():
    x_input, y_target = DEMO_EXAMPLE
    network = demo_network()
    step = bench.checks_of_a_step(network, x_input, y_target, DEMO_LEARNING_RATE)
    assert step() is None
    # the same checks refuse what forward and backward refuse
    with pytest.raises(ValueError, match="x_input"):
        bench.checks_of_a_step(network, np.array([np.nan]), y_target, DEMO_LEARNING_RATE)
    assert network.x is None          # the given network keeps no pass


def test_keep_freed_memory_says_what_the_memory_does():
    script = ("import sys; sys.path.insert(0, 'benchmarks'); import bench; "
              "print(bench.keep_freed_memory())")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            cwd=Path(__file__).resolve().parents[1], check=True)
    text = result.stdout.strip()
    assert text.startswith(("glibc keeps freed memory", "the C library's default",
                            "glibc's default"))


def test_json_output_is_one_object(quick_report, monkeypatch, capsys):
    calls = []
    monkeypatch.setattr(bench, "run", lambda **kwargs: calls.append(kwargs) or quick_report)
    bench.main(["--json", "--quick"])
    assert calls == [{"quick": True, "keep_memory": False}]    # as a learner's kernel runs
    report = json.loads(capsys.readouterr().out)
    assert [b["name"] for b in report["benchmarks"]] == [
        "demo step", "batch step", "player step", "explorer answer", "rate sweep"]
    assert report["benchmarks"][0]["compared_with"][0]["value"] > 0
    bench.main(["--allocator"])
    assert calls[-1] == {"quick": False, "keep_memory": True}


def test_table_prints_figures_goals_and_marks(quick_report):
    table = "\n".join(bench.format_table(quick_report))
    assert f"NumPy {np.__version__}" in table and "CPUs" in table
    demo = quick_report["benchmarks"][0]
    assert f"{demo['value']:.1f} us" in table
    assert "bp_helpers within 1.30x" in table
    assert "of which checks" in table and "formulas alone" in table
    assert "memory: the C library's default" in table
    assert ("pass" in table) or ("MISS" in table)


def test_a_registered_benchmark_appears_without_other_changes(monkeypatch, capsys):
    def widget_latency(quick):
        return {"name": "player step", "description": "one click of Next", "value": 12.5,
                "unit": "ms", "goal": "under 50 ms", "met": True}
    monkeypatch.setattr(bench, "BENCHMARKS", [widget_latency])
    bench.main(["--quick"])
    table = capsys.readouterr().out
    assert "player step: one click of Next" in table
    [line] = [line for line in table.splitlines() if "12.500 ms" in line]
    assert "under 50 ms" in line and line.endswith("pass")
    bench.main(["--quick", "--json"])
    assert json.loads(capsys.readouterr().out)["benchmarks"][0]["value"] == 12.5
