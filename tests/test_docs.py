"""The lesson the package cites is in the repository, with the engine's numbers."""

import re
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]


def test_every_cited_lesson_file_exists():
    for path in sorted((ROOT / "bp_helpers").glob("*.py")) + [ROOT / "README.md"]:
        text = path.read_text(encoding="utf-8")
        assert "ALGORITHM.md" not in text, f"{path.name} cites a file outside the repository"
        for cited in re.findall(r"docs/[\w/.-]+\.md", text):
            assert (ROOT / cited).is_file(), f"{path.name} cites {cited}, which is missing"


def test_the_lesson_defines_the_names_the_code_uses():
    lesson = (ROOT / "docs" / "algorithm.md").read_text(encoding="utf-8")
    for name in ("x_j", "y_j = f(x_j)", "dE/dy_output = y_output - y_target",
                 "dE/dx_j  = f'(x_j) * dE/dy_j", "dE/dw_ij = y_i * dE/dx_j",
                 "weights[l][i, j]", "biases[l][j]", "Node numbers", "Batches"):
        assert name in lesson, name


def test_both_readmes_link_only_to_what_is_there():
    """Every relative link of README.md and README.zh-CN.md (notebooks, images, documents) exists."""
    for readme in ("README.md", "README.zh-CN.md"):
        text = (ROOT / readme).read_text(encoding="utf-8")
        links = [link.split("#")[0] for link in re.findall(r"\]\(([^)\s]+)\)", text)
                 if "://" not in link and not link.startswith("#")]
        assert links, readme
        missing = [link for link in links if not (ROOT / link).exists()]
        assert missing == [], f"{readme} links to {missing}"


def test_the_lessons_demo_numbers_and_step_table_are_the_engines():
    """docs/algorithm.md's demo block and 51-step table, read back and compared with the
    demo network and ``trace()`` (the values as the course prints them)."""
    from bp_helpers import DEMO_EXAMPLE, DEMO_LEARNING_RATE, demo_network, trace
    from bp_helpers.formatting import format_number
    from bp_helpers.names import node_number
    lesson = (ROOT / "docs" / "algorithm.md").read_text(encoding="utf-8")
    net = demo_network()
    written = dict(re.findall(r"\b([wb]_\d+) = (-?[\d.]+)", lesson.split("## The demo network")[1]))
    expected = {}
    for l, w in enumerate(net.weights):
        for i, j in np.ndindex(w.shape):
            expected[f"w_{node_number(net.sizes, l, i)}{node_number(net.sizes, l + 1, j)}"] = w[i, j]
        for j, b in enumerate(net.biases[l]):
            expected[f"b_{node_number(net.sizes, l + 1, j)}"] = b
    assert {name: float(value) for name, value in written.items()} == expected
    record = trace(net, *DEMO_EXAMPLE, DEMO_LEARNING_RATE)
    table = re.findall(r"^\| (\d+) \| (\w+) \| (.+) \| (\S+) \|$", lesson, flags=re.MULTILINE)
    assert table == [(str(k + 1), step.phase, step.title, format_number(step.value))
                     for k, step in enumerate(record)]
