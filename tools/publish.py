"""Make the course open on Google Colab and Binder, once the repository has its public address.

    .venv/bin/python tools/publish.py --repository https://github.com/OWNER/NAME [--branch main]
    (make publish REPOSITORY=https://github.com/OWNER/NAME)

It writes three things, and writes them again in place when run again (a
second run with the same address changes nothing):

- in every notebook of notebooks/, a first code cell, tagged colab-install,
  that installs the package with %pip when it runs on Colab and does nothing
  elsewhere (`make lab` and Binder install it from requirements.txt);
- in README.md, between the lines <!-- colab-binder-links:start --> and
  <!-- colab-binder-links:end -->, an "Open in Colab" link for every notebook
  and one Binder link that opens the first notebook in JupyterLab;
- in pyproject.toml, the address as [project.urls] Repository.

It prints what it changed.  --root names another copy of the project (the
tests run it on one).
"""

import argparse
import json
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]

INSTALL_TAG = "colab-install"
LINKS_START = "<!-- colab-binder-links:start -->"
LINKS_END = "<!-- colab-binder-links:end -->"

GITHUB_ADDRESS = re.compile(
    r"https://github\.com/(?P<owner>[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)"
    r"/(?P<name>[A-Za-z0-9._-]+?)(?:\.git)?/?")
BRANCH_NAME = re.compile(r"[A-Za-z0-9._-]+")
# A TOML table header on a line of its own: [project], [tool.setuptools], [[array]].
TABLE_HEADER = re.compile(r"^\[{1,2}[^\[\]\n]+\]{1,2}[ \t]*(?:#.*)?$", re.MULTILINE)


@dataclass(frozen=True)
class Repository:
    """A repository on GitHub, and the addresses of its files on Colab and Binder."""

    owner: str
    name: str
    branch: str

    @property
    def url(self):
        return f"https://github.com/{self.owner}/{self.name}"

    def pip_requirement(self, package):
        """What pip installs: the package from this branch of the repository."""
        return f"{package} @ git+{self.url}@{self.branch}"

    def colab_link(self, notebook):
        return (f"https://colab.research.google.com/github/{self.owner}/{self.name}"
                f"/blob/{self.branch}/notebooks/{notebook.name}")

    def binder_link(self, notebook):
        """Binder's address that opens this notebook in JupyterLab."""
        path = quote(f"lab/tree/notebooks/{notebook.name}", safe="")
        return f"https://mybinder.org/v2/gh/{self.owner}/{self.name}/{self.branch}?urlpath={path}"


# ---------------------------------------------------------------- the command line

def github_address(text):
    """argparse's type for --repository: (owner, name) of https://github.com/OWNER/NAME."""
    match = GITHUB_ADDRESS.fullmatch(text)
    if match is None or match["name"] in (".", ".."):
        raise argparse.ArgumentTypeError(
            f"expected the repository's address on GitHub, https://github.com/OWNER/NAME "
            f"(a .git or a / at the end is allowed), not {text!r}")
    return match["owner"], match["name"]


def branch_name(text):
    """argparse's type for --branch: a branch name without slashes."""
    if BRANCH_NAME.fullmatch(text) is None:
        raise argparse.ArgumentTypeError(
            f"expected a branch name of letters, digits, '.', '_' and '-', not {text!r}")
    return text


def parse_arguments(argv):
    parser = argparse.ArgumentParser(
        description="Write the Colab install cell, the Colab and Binder links and the "
                    "repository's address, once the repository has its public address.")
    parser.add_argument("--repository", required=True, type=github_address,
                        metavar="https://github.com/OWNER/NAME",
                        help="the repository's public address on GitHub")
    parser.add_argument("--branch", default="main", type=branch_name,
                        help="the branch that Colab, Binder and pip read (default: main)")
    parser.add_argument("--root", default=ROOT, type=Path,
                        help="the project's folder (default: this repository)")
    return parser.parse_args(argv)


# ---------------------------------------------------------------- the notebooks

def install_source(requirement):
    """The install cell: a %pip install on Colab, nothing elsewhere."""
    return ("# On Google Colab, install this course's package first "
            "(elsewhere, `make lab` or Binder has done it).\n"
            "import sys\n"
            'if "google.colab" in sys.modules:\n'
            f'    %pip install --quiet "{requirement}"')


def is_install_cell(cell):
    return INSTALL_TAG in cell["metadata"].get("tags", [])


def new_install_cell():
    """An empty code cell tagged as the install cell, never run (nbformat 4.5's fields)."""
    return {"cell_type": "code", "execution_count": None, "id": INSTALL_TAG,
            "metadata": {"tags": [INSTALL_TAG]}, "outputs": [], "source": []}


def with_install_cell(cells, source):
    """The cells with exactly one install cell, placed as the first code cell.

    An install cell already there is updated in place: its source is set and
    its outputs cleared, its id, execution count and metadata are kept (so that
    a later `make run-notebooks` stays).
    """
    old = [cell for cell in cells if is_install_cell(cell)]
    others = [cell for cell in cells if not is_install_cell(cell)]
    cell = old[0] if old else new_install_cell()
    cell["source"], cell["outputs"] = source.splitlines(keepends=True), []
    first_code = next((k for k, other in enumerate(others) if other["cell_type"] == "code"),
                      len(others))
    return others[:first_code] + [cell] + others[first_code:]


def notebook_json(notebook):
    """A notebook as nbformat writes it: indent 1, sorted keys, characters as they are, final newline."""
    return json.dumps(notebook, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def notebook_with_install_cell(notebook, source):
    """The notebook's text with its install cell."""
    return notebook_json(dict(notebook, cells=with_install_cell(notebook["cells"], source)))


def notebook_title(notebook, path):
    """The notebook's first markdown heading, without its #s (the file's name if it has none)."""
    for cell in notebook["cells"]:
        if cell["cell_type"] == "markdown":
            heading = re.search(r"^#+[ \t]+(.+?)[ \t]*$", "".join(cell["source"]), re.MULTILINE)
            if heading:
                return heading[1]
    return path.name


# ---------------------------------------------------------------- README.md

def links_block(repository, titles):
    """The Markdown between the markers: one Binder link, and a Colab link per notebook.

    titles maps each notebook's path to its title, in the course's order.
    """
    first = next(iter(titles))
    lines = [
        LINKS_START,
        "",
        "To follow the course in a browser with nothing to install, open "
        f"[the whole course on Binder]({repository.binder_link(first)}) (JupyterLab, "
        f'starting at "{titles[first]}"), or one notebook on Google Colab, where its '
        "first code cell installs the package:",
        "",
        "| notebook | on Google Colab |",
        "|---|---|",
    ]
    for path, title in titles.items():
        cell = title.replace("|", "\\|")  # a bare | would end the table's cell
        lines.append(f"| {cell} | [Open in Colab]({repository.colab_link(path)}) |")
    lines += ["", LINKS_END]
    return "\n".join(lines)


def readme_with_links(text, block):
    """README.md's text with block in place of the markers and what is between them."""
    start, end = text.find(LINKS_START), text.find(LINKS_END)
    if text.count(LINKS_START) != 1 or text.count(LINKS_END) != 1 or end < start:
        raise SystemExit(
            f"README.md needs the two lines {LINKS_START} and {LINKS_END}, once each and in "
            "this order: put them, each on a line of its own, where the Colab and Binder "
            "links should go (tools/publish.py writes the links between them)")
    return text[:start] + block + text[end + len(LINKS_END):]


# ---------------------------------------------------------------- pyproject.toml

def table_body(text, name):
    """Where the body of the TOML table [name] starts and ends in text, or None if it is missing."""
    for header in TABLE_HEADER.finditer(text):
        if header[0].split("#")[0].strip() == f"[{name}]":
            following = TABLE_HEADER.search(text, header.end())
            return min(header.end() + 1, len(text)), following.start() if following else len(text)
    return None


def project_table(text):
    """Where the body of pyproject.toml's [project] table starts and ends."""
    body = table_body(text, "project")
    if body is None:
        raise SystemExit("pyproject.toml has no [project] table")
    return body


def package_name(text):
    """The name of pyproject.toml's [project], as pip knows the package."""
    start, end = project_table(text)
    name = re.search(r'^name[ \t]*=[ \t]*"([^"]+)"', text[start:end], re.MULTILINE)
    if name is None:
        raise SystemExit('pyproject.toml\'s [project] has no name = "..."')
    return name[1]


def pyproject_with_repository(text, url):
    """pyproject.toml's text with [project.urls] Repository = url, every other line as it was.

    A missing [project.urls] table is added right after [project].
    """
    entry = f'Repository = "{url}"\n'
    urls = table_body(text, "project.urls")
    if urls is None:
        table = "[project.urls]\n" + entry
        _, end = project_table(text)
        if end == len(text):
            return text + ("" if text.endswith("\n") else "\n") + "\n" + table
        return text[:end] + table + "\n" + text[end:]
    start, end = urls
    old = re.compile(r"^Repository[ \t]*=.*\n?", re.MULTILINE).search(text, start, end)
    if old:
        return text[:old.start()] + entry + text[old.end():]
    return text[:start] + entry + text[start:]


# ---------------------------------------------------------------- the whole edit

@dataclass(frozen=True)
class Edit:
    """A file's new text, and what the change is, in words."""

    path: Path
    text: str
    what: str


def planned_edits(root, repository):
    """Every file's new text, computed before any file is written (so an error writes nothing)."""
    pyproject = (root / "pyproject.toml").read_text(encoding="utf-8")
    readme = (root / "README.md").read_text(encoding="utf-8")
    notebooks = sorted((root / "notebooks").glob("*.ipynb"))
    if not notebooks:
        raise SystemExit(f"no notebooks in {root / 'notebooks'}")
    requirement = repository.pip_requirement(package_name(pyproject))
    source = install_source(requirement)
    contents = {path: json.loads(path.read_text(encoding="utf-8")) for path in notebooks}
    titles = {path: notebook_title(notebook, path) for path, notebook in contents.items()}
    edits = [Edit(path, notebook_with_install_cell(notebook, source),
                  f'the first code cell installs "{requirement}" on Colab')
             for path, notebook in contents.items()]
    edits.append(Edit(root / "README.md", readme_with_links(readme, links_block(repository, titles)),
                      f"Open in Colab links for {len(notebooks)} notebooks, and a Binder link "
                      f"that opens {notebooks[0].name}"))
    edits.append(Edit(root / "pyproject.toml", pyproject_with_repository(pyproject, repository.url),
                      f'[project.urls] Repository = "{repository.url}"'))
    return edits


def apply(edits, root):
    """Write the edits that change their file, print each file's fate; True if any notebook changed."""
    notebook_changed = False
    for edit in edits:
        where = edit.path.relative_to(root)
        if edit.path.read_text(encoding="utf-8") == edit.text:
            print(f"unchanged  {where}")
            continue
        edit.path.write_text(edit.text, encoding="utf-8")
        print(f"changed    {where}: {edit.what}")
        notebook_changed |= edit.path.suffix == ".ipynb"
    return notebook_changed


def main(argv=None):
    arguments = parse_arguments(argv)
    owner, name = arguments.repository
    repository = Repository(owner, name, arguments.branch)
    root = arguments.root.resolve()
    if apply(planned_edits(root, repository), root):
        print("Next: `make run-notebooks`, which runs the notebooks and numbers their install "
              "cells as in a clean run (tests/test_notebooks.py checks it), then `make test`.")


if __name__ == "__main__":
    main()
