"""Python ends cleanly while the widgets' background work is still running.

The player draws its steps ahead and every explorer trains every rate of its
slider in threads of their own.  Cut off inside matplotlib's C++ code when
the interpreter ends, such a thread aborted the whole process ("terminate
called without an active exception", exit code 134) in 2 runs out of 3.
Here each widget of the course is built (the player of notebook 3, the
explorer of notebook 4, the XOR, two-circles and spiral playgrounds of
notebook 5, with the notebooks' networks and data) in a fresh Python, which
then ends at once, its background work unfinished: 20 times, 2 at a time,
and once more in a Jupyter kernel that is shut down as JupyterLab does it.
"""

import os
import subprocess
import sys
import textwrap
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
RUNS = 20
AT_ONCE = 2
FULL_RUNS = 2          # runs with the notebooks' own numbers of updates; the others
QUICK_UPDATES = 200    # ... at most this many (the same work, sooner over)
ABORTED = "terminate called"

# Every widget of the course, as notebooks 3, 4 and 5 build them.
WIDGETS = textwrap.dedent("""
    import os
    from bp_helpers import DEMO_EXAMPLE, DEMO_LEARNING_RATE, Network, demo_network
    from bp_helpers.datasets import spiral, two_circles, xor
    from bp_helpers.widgets import LearningRateExplorer, Stepper

    cap = int(os.environ.get("BP_UPDATES_CAP", "0")) or None

    def updates(n):
        return n if cap is None else min(n, cap)

    widgets = [Stepper(demo_network(), *DEMO_EXAMPLE, learning_rate=DEMO_LEARNING_RATE),
               LearningRateExplorer(demo_network(), *DEMO_EXAMPLE, learning_rate=1.0,
                                    updates=100, compare=[0.01, 100])]
    for (X, T), net, settings in [
            (xor(), Network([2, 4, 1], ["tanh", "sigmoid"]),
             dict(learning_rate=3.0, updates=updates(500))),
            (two_circles(), Network([2, 6, 1], ["tanh", "sigmoid"]),
             dict(learning_rate=3.0, updates=updates(1000))),
            (spiral(), Network([2, 16, 16, 1], ["tanh", "tanh", "sigmoid"]),
             dict(learning_rate=3.0, updates=updates(2000), compare=[0.3]))]:
        widgets.append(LearningRateExplorer(net, X, T, **settings))
    busy = sum(w._thread is not None and w._thread.is_alive() for w in widgets)
    print(f"{busy} widgets still working")
""")


def environment(updates_cap=0):
    """This process's environment, with this repository's package importable."""
    paths = [os.environ.get("PYTHONPATH"), str(REPO)]
    return dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, paths)),
                BP_UPDATES_CAP=str(updates_cap))


def build_and_exit(run, folder):
    cap = 0 if run < FULL_RUNS else QUICK_UPDATES
    return subprocess.run([sys.executable, "-c", WIDGETS], cwd=folder, capture_output=True,
                          text=True, timeout=120, env=environment(cap))


def test_python_ends_cleanly_while_the_widgets_work_in_the_background(tmp_path):
    with ThreadPoolExecutor(AT_ONCE) as pool:
        finished = list(pool.map(build_and_exit, range(RUNS), [tmp_path] * RUNS))
    problems = [f"run {run}: exit code {done.returncode}\n{done.stderr[-2000:]}"
                for run, done in enumerate(finished)
                if done.returncode != 0 or ABORTED in done.stderr]
    assert not problems, f"{len(problems)} of {RUNS} runs did not end cleanly:\n" + "\n".join(problems)
    # The test means something only if work was still going on at the end.
    still_working = [int(done.stdout.split()[0]) for done in finished]
    assert sum(still_working) > 0, "no widget was working in the background at the end"


def test_a_kernel_shut_down_while_the_widgets_work_ends_cleanly(tmp_path):
    manager_module = pytest.importorskip("jupyter_client.manager")
    stderr_path = tmp_path / "kernel-stderr.txt"
    with open(stderr_path, "w") as stderr:
        manager = manager_module.KernelManager(kernel_name="python3")
        manager.start_kernel(cwd=str(tmp_path), stderr=stderr, stdout=subprocess.DEVNULL,
                             env=environment())
        process = manager.provisioner.process
        client = manager.client()
        client.start_channels()
        try:
            client.wait_for_ready(timeout=60)
            reply = client.execute_interactive(WIDGETS, timeout=120)
            assert reply["content"]["status"] == "ok", reply["content"]
        finally:
            client.stop_channels()
            manager.shutdown_kernel(now=False)     # asks the kernel to end, as JupyterLab does
    process.wait(30)
    text = stderr_path.read_text()
    assert ABORTED not in text, text
    assert process.returncode == 0, f"the kernel ended with exit code {process.returncode}:\n{text}"
