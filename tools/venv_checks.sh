# Shared by tools/check_python.sh and tools/check_ipywidgets7.sh (sourced, not run).

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
