#!/bin/sh
# Installs what the classroom needs, all of it inside classroom/ (run by
# `make classroom` and `make test-classroom`; again whenever an input changes):
#   classroom/.venv          requirements.txt (the course) + classroom/requirements.txt
#                            (JupyterHub), used by the hub and by every learner's
#                            server and kernel
#   classroom/node_modules   configurable-http-proxy, the hub's proxy, from npm
#                            (versions locked in classroom/package-lock.json)
# and every learner's settings: JupyterLab's (lab-overrides.json) and the
# Jupyter server's (jupyter_server_config.py).
set -eu
umask 022   # learners' servers run as their own accounts and must read the venv
cd "$(dirname "$0")/.."
PYTHON=$(command -v "${PYTHON:-python3}")

# Every learner's account runs this venv's Python, so its interpreter must be
# one they can run: a python3 under /root (pyenv's, for one) is not.
runs_for_everyone() {
    [ "$(id -u)" != 0 ] || runuser -u nobody -- "$1" -c "" 2> /dev/null
}
if [ -x classroom/.venv/bin/python ] && ! runs_for_everyone classroom/.venv/bin/python; then
    echo "classroom/.venv: its Python cannot be run by other accounts; making it again"
    rm -rf classroom/.venv
fi
if ! runs_for_everyone "$PYTHON"; then
    if runs_for_everyone /usr/bin/python3; then
        echo "$PYTHON cannot be run by other accounts: the classroom uses /usr/bin/python3"
        PYTHON=/usr/bin/python3
    else
        echo "$PYTHON cannot be run by other accounts: set PYTHON= to one they can run" >&2
        exit 1
    fi
fi
test -x classroom/.venv/bin/python || "$PYTHON" -m venv classroom/.venv
classroom/.venv/bin/python -m pip install --quiet --disable-pip-version-check \
    -r requirements.txt -r classroom/requirements.txt
settings=classroom/.venv/share/jupyter/lab/settings
mkdir -p "$settings" classroom/.venv/etc/jupyter
cp classroom/lab-overrides.json "$settings/overrides.json"
cp classroom/jupyter_server_config.py classroom/.venv/etc/jupyter/jupyter_server_config.py
(cd classroom && npm ci --no-audit --no-fund --loglevel=error)
touch classroom/.venv/.installed
