"""tools/publish.py, run on a copy of the project with a made-up address.

The real notebooks, README.md and pyproject.toml are only read: every run
writes into a copy under pytest's temporary folder.
"""

import difflib
import importlib.util
import json
import re
import shutil
import sys
import types
from contextlib import redirect_stdout
from io import StringIO
from pathlib import Path

import pytest
from IPython.core.inputtransformer2 import TransformerManager

ROOT = Path(__file__).resolve().parents[1]
ADDRESS = "https://github.com/example-org/backprop-course"
COLAB = "https://colab.research.google.com/github/example-org/backprop-course/blob/main/notebooks/"
BINDER = ("https://mybinder.org/v2/gh/example-org/backprop-course/main"
          "?urlpath=lab%2Ftree%2Fnotebooks%2F01_network_and_forward_pass.ipynb")
PIP_LINE = 'install --quiet "bp_helpers @ git+https://github.com/example-org/backprop-course@main"'
NOTEBOOK_NAMES = sorted(path.name for path in (ROOT / "notebooks").glob("*.ipynb"))


def load_publish():
    """tools/publish.py as a module (tools/ is not a package)."""
    spec = importlib.util.spec_from_file_location("publish", ROOT / "tools" / "publish.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


publish = load_publish()


def copy_project(folder):
    """The files the tool edits, copied into folder."""
    shutil.copytree(ROOT / "notebooks", folder / "notebooks")
    for name in ("README.md", "pyproject.toml"):
        shutil.copy(ROOT / name, folder / name)
    return folder


def run(folder, *arguments):
    """Run the tool on the copy in folder; what it printed."""
    printed = StringIO()
    with redirect_stdout(printed):
        publish.main([*arguments, "--root", str(folder)])
    return printed.getvalue()


def snapshot(folder):
    return {path.relative_to(folder): path.read_bytes()
            for path in sorted(folder.rglob("*")) if path.is_file()}


def cells(folder, name):
    return json.loads((folder / "notebooks" / name).read_text(encoding="utf-8"))["cells"]


def install_cells(cell_list):
    return [cell for cell in cell_list if "colab-install" in cell["metadata"].get("tags", [])]


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """A copy of the project, published once with ADDRESS; and what the tool printed."""
    folder = copy_project(tmp_path_factory.mktemp("published"))
    return folder, run(folder, "--repository", ADDRESS)


@pytest.fixture(scope="module")
def untouched(tmp_path_factory):
    """A copy of the project that the tests below expect the tool to leave as it is."""
    return copy_project(tmp_path_factory.mktemp("untouched"))


# ---------------------------------------------------------------- the notebooks

@pytest.mark.parametrize("name", NOTEBOOK_NAMES)
def test_each_notebook_gets_one_install_cell_as_its_first_code_cell(published, name):
    folder, _ = published
    new = cells(folder, name)
    (cell,) = install_cells(new)
    assert [c for c in new if c["cell_type"] == "code"][0] is cell
    assert all(c["cell_type"] == "markdown" for c in new[:new.index(cell)])
    assert cell["outputs"] == [] and cell["execution_count"] is None
    assert cell["id"] == "colab-install"
    assert "".join(cell["source"]) == (
        "# On Google Colab, install this course's package first "
        "(elsewhere, `make lab` or Binder has done it).\n"
        "import sys\n"
        'if "google.colab" in sys.modules:\n'
        f"    %pip {PIP_LINE}")


@pytest.mark.parametrize("name", NOTEBOOK_NAMES)
def test_every_other_cell_and_line_is_unchanged(published, name):
    folder, _ = published
    old = cells(ROOT, name)
    new = cells(folder, name)
    assert [c for c in new if c not in install_cells(new)] == old
    # In the file, the only change is one block of lines inserted: the new cell.
    before = (ROOT / "notebooks" / name).read_text(encoding="utf-8").splitlines(keepends=True)
    after = (folder / "notebooks" / name).read_text(encoding="utf-8").splitlines(keepends=True)
    changes = [op for op in difflib.SequenceMatcher(None, before, after, autojunk=False).get_opcodes()
               if op[0] != "equal"]
    assert [op[0] for op in changes] == ["insert"]
    inserted = "".join(after[changes[0][3]:changes[0][4]])
    assert '"id": "colab-install"' in inserted and inserted.count('"cell_type"') == 1


def test_running_twice_changes_nothing(tmp_path):
    copy_project(tmp_path)
    first = run(tmp_path, "--repository", ADDRESS)
    once = snapshot(tmp_path)
    second = run(tmp_path, "--repository", ADDRESS + ".git/")
    assert snapshot(tmp_path) == once
    assert first.count("changed    ") == len(NOTEBOOK_NAMES) + 2
    assert second.count("unchanged  ") == len(NOTEBOOK_NAMES) + 2
    assert "changed    " not in second


def test_an_updated_address_is_written_in_place(tmp_path):
    """A second run with another address rewrites the same cell, keeping a later run's number."""
    copy_project(tmp_path)
    run(tmp_path, "--repository", ADDRESS)
    path = tmp_path / "notebooks" / NOTEBOOK_NAMES[0]
    notebook = json.loads(path.read_text(encoding="utf-8"))
    for number, cell in enumerate((c for c in notebook["cells"] if c["cell_type"] == "code"), 1):
        cell["execution_count"] = number        # as `make run-notebooks` leaves it
    path.write_text(json.dumps(notebook, indent=1, sort_keys=True, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    run(tmp_path, "--repository", "https://github.com/other/place", "--branch", "course-2027")
    (cell,) = install_cells(cells(tmp_path, NOTEBOOK_NAMES[0]))
    assert cell["execution_count"] == 1
    assert "".join(cell["source"]).endswith(
        '%pip install --quiet "bp_helpers @ git+https://github.com/other/place@course-2027"')
    readme = (tmp_path / "README.md").read_text(encoding="utf-8")
    assert "example-org" not in readme
    assert "https://mybinder.org/v2/gh/other/place/course-2027?urlpath=" in readme
    pyproject = (tmp_path / "pyproject.toml").read_text(encoding="utf-8")
    assert pyproject.count("Repository = ") == 1
    assert 'Repository = "https://github.com/other/place"\n' in pyproject


# ---------------------------------------------------------------- the install cell, as IPython runs it

class FakeIPython:
    """Records the line magics a cell calls, instead of running them."""

    def __init__(self):
        self.calls = []

    def run_line_magic(self, name, line):
        self.calls.append((name, line))


def run_install_cell(folder):
    """Run notebook 1's install cell as IPython would, with a fake IPython; the magics it called."""
    (cell,) = install_cells(cells(folder, NOTEBOOK_NAMES[0]))
    code = TransformerManager().transform_cell("".join(cell["source"]))
    ipython = FakeIPython()
    exec(code, {"get_ipython": lambda: ipython})
    return ipython.calls


def test_on_colab_the_cell_pip_installs_the_package_once(published, monkeypatch):
    monkeypatch.setitem(sys.modules, "google.colab", types.ModuleType("google.colab"))
    assert run_install_cell(published[0]) == [("pip", PIP_LINE)]


def test_elsewhere_the_cell_does_nothing_and_prints_nothing(published, monkeypatch, capsys):
    monkeypatch.delitem(sys.modules, "google.colab", raising=False)
    assert run_install_cell(published[0]) == []
    assert capsys.readouterr() == ("", "")


# ---------------------------------------------------------------- README.md

def links_section(readme):
    match = re.search(r"<!-- colab-binder-links:start -->\n(.*)<!-- colab-binder-links:end -->",
                      readme, re.DOTALL)
    assert match, "the markers are gone"
    return match


def test_readme_has_one_colab_link_per_notebook_and_the_binder_link(published):
    folder, _ = published
    readme = (folder / "README.md").read_text(encoding="utf-8")
    section = links_section(readme)[1]
    links = re.findall(r"\]\((https://[^)]+)\)", section)
    colab = [link for link in links if link.startswith("https://colab.research.google.com/")]
    assert colab == [COLAB + name for name in NOTEBOOK_NAMES]
    assert [link for link in links if link not in colab] == [BINDER]
    rows = [line for line in section.splitlines() if "[Open in Colab]" in line]
    assert rows[0] == f"| 1. The network and the forward pass | [Open in Colab]({COLAB}{NOTEBOOK_NAMES[0]}) |"
    for row, name in zip(rows, NOTEBOOK_NAMES):
        title = json.loads((ROOT / "notebooks" / name).read_text(encoding="utf-8"))["cells"][0]["source"][0]
        assert row.startswith(f"| {title.removeprefix('# ').strip()} | "), row


def test_readme_is_unchanged_outside_the_markers(published):
    folder, _ = published
    old = links_section((ROOT / "README.md").read_text(encoding="utf-8"))
    new = links_section((folder / "README.md").read_text(encoding="utf-8"))
    assert new.string[:new.start()] == old.string[:old.start()]
    assert new.string[new.end():] == old.string[old.end():]


def test_readme_without_the_markers_stops_everything(tmp_path):
    copy_project(tmp_path)
    readme = tmp_path / "README.md"
    readme.write_text(re.sub(r"<!-- colab-binder-links:(start|end) -->\n", "",
                             readme.read_text(encoding="utf-8")), encoding="utf-8")
    before = snapshot(tmp_path)
    with pytest.raises(SystemExit) as stop:
        run(tmp_path, "--repository", ADDRESS)
    message = str(stop.value.code)
    assert "<!-- colab-binder-links:start -->" in message and "where the Colab and Binder links" in message
    assert snapshot(tmp_path) == before


# ---------------------------------------------------------------- pyproject.toml

def test_pyproject_gets_the_address_and_nothing_else(published):
    folder, _ = published
    old = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    new = (folder / "pyproject.toml").read_text(encoding="utf-8")
    table = f'[project.urls]\nRepository = "{ADDRESS}"\n\n'
    assert new.count(table) == 1
    assert new.replace(table, "") == old
    assert new.index("[project]") < new.index(table) < new.index("[tool.setuptools]")


@pytest.mark.parametrize("before, after", [
    ('[project]\nname = "p"\n\n[project.urls]\nHomepage = "https://h"\nRepository = "https://old"\n',
     f'[project]\nname = "p"\n\n[project.urls]\nHomepage = "https://h"\nRepository = "{ADDRESS}"\n'),
    ('[project]\nname = "p"\n\n[project.urls]\nHomepage = "https://h"\n\n[tool.x]\n',
     f'[project]\nname = "p"\n\n[project.urls]\nRepository = "{ADDRESS}"\nHomepage = "https://h"\n\n[tool.x]\n'),
    ('[project]\nname = "p"\n',
     f'[project]\nname = "p"\n\n[project.urls]\nRepository = "{ADDRESS}"\n'),
], ids=["replaced", "added to the table", "table added at the end"])
def test_pyproject_urls_table_in_other_shapes(before, after):
    assert publish.pyproject_with_repository(before, ADDRESS) == after


# ---------------------------------------------------------------- the command line

@pytest.mark.parametrize("address", [
    "", "github.com/example-org/backprop-course", "http://github.com/example-org/backprop-course",
    "https://gitlab.com/example-org/backprop-course", "https://github.com/example-org",
    "https://github.com/example-org/backprop-course/tree/main", "https://github.com/-org/course",
    "https://github.com/OWNER/NAME name", "https://github.com/example-org/..",
])
def test_a_bad_address_stops_with_exit_code_2_naming_the_option(untouched, address, capsys):
    before = snapshot(untouched)
    with pytest.raises(SystemExit) as stop:
        run(untouched, "--repository", address)
    assert stop.value.code == 2
    error = capsys.readouterr().err
    assert "--repository" in error and "https://github.com/OWNER/NAME" in error
    assert snapshot(untouched) == before


def test_a_missing_address_stops_with_exit_code_2_naming_the_option(untouched, capsys):
    with pytest.raises(SystemExit) as stop:
        run(untouched)
    assert stop.value.code == 2
    assert "--repository" in capsys.readouterr().err


def test_a_bad_branch_stops_with_exit_code_2_naming_the_option(untouched, capsys):
    with pytest.raises(SystemExit) as stop:
        run(untouched, "--repository", ADDRESS, "--branch", "feature/x")
    assert stop.value.code == 2
    assert "--branch" in capsys.readouterr().err


@pytest.mark.parametrize("suffix", ["", "/", ".git", ".git/"])
def test_the_address_may_end_in_git_or_a_slash(suffix):
    assert publish.github_address(ADDRESS + suffix) == ("example-org", "backprop-course")


def test_it_prints_what_it_changed(published):
    _, printed = published
    for name in NOTEBOOK_NAMES:
        assert f"changed    notebooks/{name}: the first code cell installs" in printed
    assert f"changed    README.md: Open in Colab links for {len(NOTEBOOK_NAMES)} notebooks" in printed
    assert f'changed    pyproject.toml: [project.urls] Repository = "{ADDRESS}"' in printed
