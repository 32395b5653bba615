#!/bin/sh
# A learner's server, started by the hub as the learner's own account (and,
# in the Zero to JupyterHub image, as the image's user).  On the first start
# it copies the course into ~/course; later starts keep the learner's copy as
# it is.  (A learner who wants a fresh copy renames ~/course and logs in again,
# or chooses File > Hub Control Panel > Stop My Server, then Start.)
#   BP_COURSE       the folder holding the course's notebooks
#   BP_SINGLEUSER   the jupyterhub-singleuser to run (default: the one on PATH)
#   BP_HOLD_BACK    names of files or folders of the course left out of the copy,
#                   separated by spaces (classroom.py --hold-back; default: none)
set -eu
if [ ! -e "$HOME/course" ]; then
    rm -rf "$HOME/.course-copying"
    mkdir "$HOME/.course-copying"
    cp -R "$BP_COURSE"/* "$HOME/.course-copying/"
    for held_back in ${BP_HOLD_BACK:-}; do
        rm -rf "$HOME/.course-copying/$held_back"
    done
    mv "$HOME/.course-copying" "$HOME/course"
fi
exec "${BP_SINGLEUSER:-jupyterhub-singleuser}" "$@"
