#!/bin/sh
# Builds the learners' image (Dockerfile) from this checkout, sending docker
# only what the image copies: requirements.txt, pyproject.toml, bp_helpers/,
# notebooks/ and the classroom's requirements, settings and start script
# (files git ignores, like __pycache__ or .ipynb_checkpoints, are left out).
#
#   classroom/z2jh/build.sh IMAGE:TAG [docker build options, e.g. --build-arg BASE=...]
set -eu
cd "$(dirname "$0")/../.."
image=${1:?usage: classroom/z2jh/build.sh IMAGE:TAG [docker build options]}
shift
git ls-files -z --cached --others --exclude-standard -- \
        requirements.txt pyproject.toml bp_helpers notebooks \
        classroom/requirements.txt classroom/lab-overrides.json \
        classroom/jupyter_server_config.py classroom/start-singleuser.sh \
        classroom/z2jh/Dockerfile \
    | tar --null --files-from=- --create --file=- \
    | docker build --file classroom/z2jh/Dockerfile --tag "$image" "$@" -
