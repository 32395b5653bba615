# Shared by tools/check_python.sh and tools/check_ipywidgets7.sh (sourced, not run):
# the steps of a check in a fresh venv.

# installed_versions VENV PATTERN: the versions pip installed of the packages
# whose names match PATTERN (an extended regex), on one line.
installed_versions() {
    "$1/bin/python" -m pip list --disable-pip-version-check 2>/dev/null |
        grep -iE "^($2) " | tr -s ' ' | paste -sd, - | sed 's/,/, /g'
}

# use_venv_kernel NAME VENV WORK: nbval starts the notebooks' kernel "python3";
# make it this venv's, not one from the user's Jupyter folders (Jupyter's
# folders moved into WORK), or stop with a message from NAME.
use_venv_kernel() {
    local name=$1 venv=$2 work=$3 kernel_python
    export JUPYTER_DATA_DIR=$work/jupyter-data JUPYTER_CONFIG_DIR=$work/jupyter-config
    unset JUPYTER_PATH JUPYTER_CONFIG_PATH
    kernel_python=$("$venv/bin/python" - <<'PYTHON'
import sys
from jupyter_client.kernelspec import KernelSpecManager
spec = KernelSpecManager().get_kernel_spec("python3")
print(sys.executable if spec.argv[0] in ("python", "python3") else spec.argv[0])
PYTHON
)
    if [ "$kernel_python" != "$venv/bin/python" ]; then
        echo "$name: FAILED: the python3 kernel would run $kernel_python, not $venv/bin/python" >&2
        exit 1
    fi
    echo "the notebooks' kernel python3 runs $kernel_python"
}

# step TEXT: the heading of the next step.
step() { echo; echo "== $*"; }

# verdict STATUS: "passed", or "FAILED (exit STATUS)".
verdict() { if [ "$1" -eq 0 ]; then echo "passed"; else echo "FAILED (exit $1)"; fi; }

# new_work_folder NAME: a temporary folder WORK holding the venv VENV, deleted
# on exit (KEEP_VENV=1 keeps it and says where).
new_work_folder() {
    WORK=$(mktemp -d "${TMPDIR:-/tmp}/$1.XXXXXX")
    VENV=$WORK/venv
    if [ "${KEEP_VENV:-0}" = 1 ]; then
        trap "echo '$1: kept the venv at $VENV'" EXIT
    else
        trap "rm -rf '$WORK'" EXIT
    fi
}

# make_venv NAME PYTHON VENV: a fresh venv, or stop with a message from NAME.
make_venv() {
    step "$2 -m venv $3"
    "$2" -m venv "$3" || {
        echo "$1: FAILED to make a venv with $2 (on Debian: apt-get install python3-venv)" >&2
        exit 1
    }
}

# pip_install NAME VENV REQUIREMENTS: pip install -r REQUIREMENTS into VENV, its
# time in INSTALL_SECONDS, or stop with a message from NAME.
pip_install() {
    local start status
    step "pip install -r $(basename "$3")"
    start=$(date +%s)
    "$2/bin/python" -m pip install --quiet --disable-pip-version-check -r "$3"
    status=$?
    INSTALL_SECONDS=$(( $(date +%s) - start ))
    if [ $status -ne 0 ]; then
        echo "$1: FAILED: pip install -r $3 (exit $status, after $INSTALL_SECONDS s)" >&2
        exit 1
    fi
    echo "installed in $INSTALL_SECONDS s"
}
