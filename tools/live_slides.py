"""Present a lecture notebook as live slides: reveal.js with a kernel, the widgets moving.

    python tools/live_slides.py [--port PORT] [--token TOKEN] [NOTEBOOK]      (make live-slides)

Voilà runs the notebook (default: notebooks/lecture/lecture_50_minutes.ipynb)
in a new kernel and shows it as reveal.js slides, one slide per cell as its
"slideshow" metadata says (as the static deck, tools/build_slides.py), the code
above its output, and the player and the explorer live: their buttons and
sliders compute in the kernel.  It listens on 127.0.0.1 only and asks for a
token, which the address it prints carries; every page load runs the notebook
afresh (about 20 s).  Ctrl+C stops it.

The slides load nothing from the internet: Voilà's template "lecture"
(tools/templates/voila_lecture/) leaves out what Voilà's reveal template
fetches from CDNs, and reveal.js's style sheets (reveal.js 4.6.1, the static
deck's, from its npm package, checked against its pinned sha512) are served
by Voilà from build/jupyter/voila/templates/lecture/, which this script
assembles each time it starts.
"""

import argparse
import os
import secrets
import shutil
import sys
from pathlib import Path

from build_site import VENDOR_DIR, copy_package
from build_slides import LECTURE_DIR, REVEAL

REPO = Path(__file__).resolve().parents[1]
TEMPLATES = Path(__file__).resolve().parent / "templates"
DATA_DIR = REPO / "build" / "jupyter"         # a Jupyter data folder: Voilà looks for templates in it
TEMPLATE = "lecture"
LECTURE = LECTURE_DIR / "lecture_50_minutes.ipynb"

def assemble_template(data_dir=DATA_DIR, vendor_dir=VENDOR_DIR):
    """Write Voilà's template "lecture" into data_dir: the template, the slides' style, reveal.js."""
    template_dir = data_dir / "voila" / "templates" / TEMPLATE
    shutil.rmtree(template_dir, ignore_errors=True)
    shutil.copytree(TEMPLATES / "voila_lecture", template_dir)
    shutil.copytree(TEMPLATES / "static", template_dir / "static")
    copy_package(REVEAL, vendor_dir, template_dir / "static")


def voila_command(notebook, port, token):
    return [sys.executable, "-m", "voila", str(notebook), "--no-browser",
            "--Voila.ip=127.0.0.1", f"--port={port}", "--Voila.port_retries=0", f"--token={token}",
            f"--template={TEMPLATE}",
            "--VoilaConfiguration.strip_sources=False"]      # the code above its output, as in the notebook


def voila_environment(data_dir=DATA_DIR):
    """This process's environment, with data_dir among Jupyter's data folders."""
    folders = [str(data_dir)] + [folder for folder in os.environ.get("JUPYTER_PATH", "").split(os.pathsep)
                                 if folder]
    return dict(os.environ, JUPYTER_PATH=os.pathsep.join(folders))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebook", nargs="?", type=Path, default=LECTURE,
                        help="the notebook to present (default: the 50-minute lecture)")
    parser.add_argument("--port", type=int, default=8866, help="the port on 127.0.0.1 (default: 8866)")
    parser.add_argument("--token", default=secrets.token_hex(24), help="the token (default: a random one)")
    args = parser.parse_args(argv)
    if not args.notebook.is_file():
        sys.exit(f"no notebook {args.notebook}")
    assemble_template()
    print(f"The slides: http://127.0.0.1:{args.port}/?token={args.token}  (Ctrl+C stops)", flush=True)
    command = voila_command(args.notebook.resolve(), args.port, args.token)
    os.execve(command[0], command, voila_environment())     # this process becomes Voilà

if __name__ == "__main__":
    main()
