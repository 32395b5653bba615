"""The engine runs with NumPy alone; the pictures and widgets load when asked for."""

import subprocess
import sys
import textwrap

import pytest

# Run in a fresh interpreter in which these cannot be imported, as on a
# machine that has NumPy and nothing else.
BLOCKED = ("matplotlib", "ipywidgets", "IPython")
BLOCK = "import sys\n" + "".join(f"sys.modules[{name!r}] = None\n" for name in BLOCKED)


def run_python(code):
    return subprocess.run([sys.executable, "-c", BLOCK + textwrap.dedent(code)],
                          capture_output=True, text=True, timeout=120)


def test_the_engine_runs_without_matplotlib_ipywidgets_or_ipython():
    done = run_python("""
        import numpy as np
        from bp_helpers import (DEMO_EXAMPLE, Network, demo_network, gradcheck, train,
                                trace, verdict)
        from bp_helpers import datasets, diagnoses, exercises
        net = demo_network()
        assert diagnoses.diagnose(net, *DEMO_EXAMPLE) == []
        assert len(trace(net, *DEMO_EXAMPLE, 1.0)) == 51
        assert gradcheck(net, *DEMO_EXAMPLE).passed()
        X, T = datasets.xor()
        result = train(Network([2, 3, 1], seed=1), X, T, 1.0, 20)
        print(verdict(result).label)
        for name in ("matplotlib", "ipywidgets", "IPython"):
            assert sys.modules[name] is None, name
    """)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() in {"too slow", "converging", "stalled"}


@pytest.mark.parametrize("name", ["draw_network", "Stepper", "show_steps", "experiments",
                                  "Prediction"])
def test_a_picture_or_widget_asked_for_without_its_packages_names_what_is_missing(name):
    done = run_python(f"import bp_helpers\nbp_helpers.{name}\n")
    assert done.returncode != 0
    assert "ModuleNotFoundError" in done.stderr or "ImportError" in done.stderr


def test_pictures_and_widgets_load_when_asked_for():
    done = subprocess.run([sys.executable, "-c", textwrap.dedent("""
        import sys
        import bp_helpers
        assert "matplotlib" not in sys.modules and "ipywidgets" not in sys.modules
        from bp_helpers import LearningRateExplorer, Stepper, draw_network, experiments
        assert bp_helpers.draw_network is draw_network
        assert "matplotlib" in sys.modules and "ipywidgets" in sys.modules
    """)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_an_unknown_name_is_an_attribute_error():
    import bp_helpers
    with pytest.raises(AttributeError, match="no attribute 'draw_netwrok'"):
        _ = bp_helpers.draw_netwrok
