"""The lesson the package cites is in the repository."""

import re
from pathlib import Path

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
