#!/usr/bin/env bash
# Checks the course on one Python version, as a newcomer with that Python
# would: a fresh venv in a temporary folder, `pip install -r requirements.txt`,
# the package's tests (pytest tests/) and the English edition's notebooks and
# the lecture under strict nbval (every printed number as committed, with this
# Python's NumPy and matplotlib).
# `make test` checks the rest on the project's Python: the Chinese edition,
# whose code cells are the English ones (tests/test_editions.py), and the
# perturbation test (tests/stability/), whose question (do the printed digits
# survive a relative 1e-12 nudge?) is the arithmetic's, not the Python's.
#
#   tools/check_python.sh PYTHON     e.g. python3.13 (on PATH, or pyenv's), /usr/bin/python3.10
#
# Prints each step, the install time and a summary line; exits non-zero if the
# Python is missing or outside pyproject.toml's requires-python, or if the
# install, the tests or nbval fail.
# The venv is deleted afterwards (KEEP_VENV=1 keeps it and says where).
# Nothing is installed outside the temporary folder; the repository's
# .venv is not touched.
set -uo pipefail

if [ $# -ne 1 ] || [ "$1" = "-h" ] || [ "$1" = "--help" ]; then
    echo "usage: $0 PYTHON   (a Python executable: python3.10, /path/to/python3.13, ...)" >&2
    exit 2
fi
REQUESTED=$1

# The Python to check: REQUESTED as a command or a path; failing that, for a
# name like python3.12 on a machine with pyenv, pyenv's newest 3.12.x (pyenv's
# shims run only the versions it has been told to use).
find_python() {
    local found minor version
    if found=$(command -v "$1") && "$found" -c pass 2> /dev/null; then
        case $found in /*) echo "$found" ;; *) echo "$(pwd)/$found" ;; esac
        return 0
    fi
    minor=$(expr "$1" : 'python\(3\.[0-9][0-9]*\)$') || return 1
    command -v pyenv > /dev/null || return 1
    version=$(pyenv versions --bare 2> /dev/null | grep -E "^${minor//./\\.}\.[0-9]+$" | sort -V | tail -n 1)
    [ -n "$version" ] && [ -x "$(pyenv root)/versions/$version/bin/$1" ] || return 1
    echo "$(pyenv root)/versions/$version/bin/$1"
}
PYTHON=$(find_python "$REQUESTED") || {
    echo "check_python: no Python '$REQUESTED' runs here (not a path, not on PATH, not a pyenv version)." >&2
    case $REQUESTED in
        python3.*) echo "  Install it (from your system's packages, or: pyenv install ${REQUESTED#python}), or pass its path." >&2 ;;
        *) echo "  Pass a Python executable: a name on PATH (python3.12) or a path." >&2 ;;
    esac
    exit 2
}
cd "$(dirname "$0")/.." || exit 2
REPO=$(pwd)
. "$REPO/tools/venv_checks.sh"
VERSION=$("$PYTHON" -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])') || {
    echo "check_python: '$PYTHON' did not run as a Python" >&2
    exit 2
}

# The range the project declares (pyproject.toml: requires-python), so that a
# Python outside it fails here with a plain message rather than deep in pip.
"$PYTHON" - "$REPO/pyproject.toml" <<'EOF' || exit 2
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
found = re.search(r'^requires-python\s*=\s*"([^"]*)"', text, re.M)
if not found:
    sys.exit(0)
spec = found.group(1)
here = sys.version_info[:2]
for part in spec.split(","):
    m = re.fullmatch(r"\s*(>=|<)\s*(\d+)\.(\d+)\s*", part)
    if not m:
        sys.exit(f"check_python: cannot read requires-python {spec!r} in pyproject.toml")
    op, bound = m.group(1), (int(m.group(2)), int(m.group(3)))
    if (op == ">=" and here < bound) or (op == "<" and here >= bound):
        sys.exit(f"check_python: Python {here[0]}.{here[1]} is outside the project's "
                 f"requires-python {spec!r} (pyproject.toml)")
EOF

new_work_folder check_python

echo "== check_python: Python $VERSION ($PYTHON)"
echo "== repository $REPO, venv $VENV"

make_venv check_python "$PYTHON" "$VENV"
pip_install check_python "$VENV" requirements.txt
installed_versions "$VENV" 'numpy|matplotlib|ipywidgets|ipykernel|ipython|jupyterlab|notebook|nbval|pytest'

use_venv_kernel check_python "$VENV" "$WORK"

step "python -m pytest -q -n 2 --dist worksteal tests/"
START=$(date +%s)
"$VENV/bin/python" -m pytest -q -p no:cacheprovider -n 2 --dist worksteal tests/
TESTS_STATUS=$?
TESTS_SECONDS=$(( $(date +%s) - START ))

step "python -m pytest --nbval -n 2 --dist loadfile --ignore=notebooks/zh notebooks/"
START=$(date +%s)
"$VENV/bin/python" -m pytest -p no:cacheprovider --nbval -n 2 --dist loadfile --ignore=notebooks/zh notebooks/
NBVAL_STATUS=$?
NBVAL_SECONDS=$(( $(date +%s) - START ))

echo
echo "== check_python: Python $VERSION: install ${INSTALL_SECONDS} s;" \
    "tests/ $(verdict $TESTS_STATUS) in ${TESTS_SECONDS} s;" \
    "nbval notebooks/ (English) $(verdict $NBVAL_STATUS) in ${NBVAL_SECONDS} s"
[ $TESTS_STATUS -eq 0 ] && [ $NBVAL_STATUS -eq 0 ]
