"""Python ends cleanly while the widgets' background work is still running.

The player draws its steps ahead and every explorer trains every rate of its
slider in threads of their own.  Cut off inside matplotlib's C++ code when
the interpreter ends, such a thread aborted the whole process ("terminate
called without an active exception", exit code 134) in 2 runs out of 3.
Here the player of notebook 3, the explorer of notebook 4 and the XOR
playground of notebook 6 are built, with the notebooks' networks and data,
in a fresh Python, which then ends at once, its background work unfinished;
and once more in a Jupyter kernel that is shut down as JupyterLab does it.

Whether an abort happens is luck (where each thread is when Python ends);
what prevents it is not: every background thread has stopped before Python
runs its atexit functions and finalizes.  So the fresh Python reports, from
its last atexit function, how many threads are still running then: none,
every time, where without the stop it is every widget still working.
"""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
ABORTED = "terminate called"

# The course's two kinds of background work, as notebooks 3, 4 and 6 start
# them: the player drawing its steps ahead, and the explorer of notebook 4 and
# the XOR playground training every rate and drawing its pictures.  (The
# two-circles and spiral playgrounds do the XOR playground's work, longer.)
WIDGETS = textwrap.dedent("""
    from bp_helpers import DEMO_EXAMPLE, DEMO_LEARNING_RATE, Network, demo_network
    from bp_helpers.datasets import xor
    from bp_helpers.widgets import LearningRateExplorer, Stepper

    widgets = [Stepper(demo_network(), *DEMO_EXAMPLE, learning_rate=DEMO_LEARNING_RATE),
               LearningRateExplorer(demo_network(), *DEMO_EXAMPLE, learning_rate=1.0,
                                    updates=100, compare=[0.01, 100]),
               LearningRateExplorer(Network([2, 4, 1], ["tanh", "sigmoid"]), *xor(),
                                    learning_rate=3.0, updates=500)]
""")

# How many threads besides the main one run when the script ends, and when
# Python runs its atexit functions (this one, registered last, runs first:
# after Python's wait for its threads, before it finalizes).
COUNT_THREADS = textwrap.dedent("""
    import atexit
    import threading
    atexit.register(lambda: print(f"{threading.active_count() - 1} threads running at exit"))
    print(f"{threading.active_count() - 1} threads working")
""")


def environment():
    """This process's environment, with this repository's package importable."""
    paths = [os.environ.get("PYTHONPATH"), str(REPO)]
    return dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, paths)))


def test_python_ends_cleanly_while_the_widgets_work_in_the_background(tmp_path):
    done = subprocess.run([sys.executable, "-c", WIDGETS + COUNT_THREADS], cwd=tmp_path, capture_output=True,
                          text=True, timeout=120, env=environment())
    assert done.returncode == 0 and ABORTED not in done.stderr, (
        f"exit code {done.returncode}\n{done.stderr[-2000:]}")
    working, at_exit = (int(line.split()[0]) for line in done.stdout.splitlines())
    # The test means something only if work was still going on at the end ...
    assert working > 0, "no widget was working in the background when the script ended"
    # ... and no thread is left to be cut off when Python finalizes.
    assert at_exit == 0, f"{at_exit} background threads still running when Python finalizes"


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
