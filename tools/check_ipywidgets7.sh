#!/usr/bin/env bash
# Checks the course's kernel side with ipywidgets 7.7.1, the version Google
# Colab ships, in a fresh venv in a temporary folder:
#
#   tools/check_ipywidgets7.sh [PYTHON]      (default: python3)
#
# The venv holds requirements.txt with these changes, and nothing else:
#   - ipywidgets==7.7.1 instead of ipywidgets>=8.1;
#   - widgetsnbextension==3.6.1 and jupyterlab_widgets==1.1.1, the front-end
#     halves released with 7.7.1 (left free, pip pairs 7.7.1 with
#     jupyterlab_widgets 3, which belongs to ipywidgets 8);
#   - notebook<7 instead of notebook>=7.2 and jupyterlab, playwright left out:
#     widgetsnbextension 3.6 requires the notebook package, and notebook 6.5
#     needs no JupyterLab.  No front end is tested here.
#     Every other version is pip's choice; the script prints them.
# Then it runs the widget tests (tests/test_widgets.py,
# tests/test_predict_widgets.py) and every notebook of the English edition and
# the lecture top to bottom (pytest --nbval-lax: the cells must run without an
# error; their outputs are not compared, since a widget's saved state differs
# between ipywidgets 7 and 8; the Chinese twins run the same code cells).
# Exits non-zero if the install, the tests or a notebook fail.  The venv is
# deleted afterwards (KEEP_VENV=1 keeps it).
set -uo pipefail

if [ $# -gt 1 ] || [ "${1:-}" = "-h" ] || [ "${1:-}" = "--help" ]; then
    echo "usage: $0 [PYTHON]   (a Python executable; default python3)" >&2
    exit 2
fi
REQUESTED=${1:-python3}
PYTHON=$(command -v "$REQUESTED") || {
    echo "check_ipywidgets7: no Python executable '$REQUESTED' (not a file, not on PATH)" >&2
    exit 2
}
case $PYTHON in /*) ;; *) PYTHON=$(pwd)/$PYTHON ;; esac
cd "$(dirname "$0")/.." || exit 2
REPO=$(pwd)
. "$REPO/tools/venv_checks.sh"
VERSION=$("$PYTHON" -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])') || {
    echo "check_ipywidgets7: '$PYTHON' did not run as a Python" >&2
    exit 2
}

new_work_folder check_ipywidgets7

echo "== check_ipywidgets7: Python $VERSION ($PYTHON), repository $REPO"

# requirements.txt, with the lines above changed; every other line as it is
# (the package itself, `-e .`, from this repository by its absolute path).
REQUIREMENTS=$WORK/requirements-ipywidgets7.txt
"$PYTHON" - "$REPO" "$REQUIREMENTS" <<'EOF' || exit 2
import re, sys
repo, out = sys.argv[1], sys.argv[2]
DROP = {"ipywidgets", "jupyterlab", "notebook", "playwright"}
PINS = ["ipywidgets==7.7.1", "widgetsnbextension==3.6.1", "jupyterlab_widgets==1.1.1",
        "notebook<7"]
kept, dropped = [], set()
for line in open(f"{repo}/requirements.txt", encoding="utf-8"):
    line = line.split("#", 1)[0].strip()
    if not line:
        continue
    if line == "-e .":
        kept.append(f"-e {repo}")
        continue
    name = re.match(r"[A-Za-z0-9_.\-]+", line).group(0).lower().replace("_", "-")
    if name in DROP:
        dropped.add(name)
    else:
        kept.append(line)
if dropped != DROP:
    sys.exit(f"check_ipywidgets7: requirements.txt no longer lists {sorted(DROP - dropped)}: "
             "update the DROP list of tools/check_ipywidgets7.sh")
open(out, "w", encoding="utf-8").write("\n".join(kept + PINS) + "\n")
EOF
echo "requirements: $(paste -sd' ' "$REQUIREMENTS")"

make_venv check_ipywidgets7 "$PYTHON" "$VENV"
pip_install check_ipywidgets7 "$VENV" "$REQUIREMENTS"
installed_versions "$VENV" 'numpy|matplotlib|ipywidgets|widgetsnbextension|jupyterlab.widgets|ipykernel|ipython|jupyter.client|notebook|jupyterlab|nbval|pytest'
WIDGETS_VERSION=$("$VENV/bin/python" -c 'import ipywidgets; print(ipywidgets.__version__)')
if [ "$WIDGETS_VERSION" != 7.7.1 ]; then
    echo "check_ipywidgets7: FAILED: the venv's kernel imports ipywidgets $WIDGETS_VERSION, not 7.7.1" >&2
    exit 1
fi

use_venv_kernel check_ipywidgets7 "$VENV" "$WORK"

step "python -m pytest -q -n 2 --dist worksteal tests/test_widgets.py tests/test_predict_widgets.py   (ipywidgets $WIDGETS_VERSION)"
"$VENV/bin/python" -m pytest -q -p no:cacheprovider -n 2 --dist worksteal tests/test_widgets.py tests/test_predict_widgets.py
TESTS_STATUS=$?

step "python -m pytest --nbval-lax -n 2 --dist loadfile --ignore=notebooks/zh notebooks/   (every cell must run; outputs not compared)"
"$VENV/bin/python" -m pytest -p no:cacheprovider --nbval-lax -n 2 --dist loadfile --ignore=notebooks/zh notebooks/
NBVAL_STATUS=$?

echo
echo "== check_ipywidgets7: ipywidgets $WIDGETS_VERSION on Python $VERSION:" \
    "widget tests $(verdict $TESTS_STATUS); notebooks (nbval-lax) $(verdict $NBVAL_STATUS)"
[ $TESTS_STATUS -eq 0 ] && [ $NBVAL_STATUS -eq 0 ]
