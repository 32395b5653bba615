"""Start and stop a private JupyterLab server for the browser tests.

The server runs this virtual environment's Python (so its kernel is the
venv's ipykernel and `import bp_helpers` works), listens on 127.0.0.1 at a
free port with a random token, and serves a temporary copy of the notebooks:
running cells in JupyterLab may autosave, and the committed notebooks must
never change.  Everything Jupyter would write (config, runtime files, user
settings, workspaces, checkpoints, IPython profile) goes to temporary
folders too.  Nothing here asks the internet for anything.

What it leaves out: it serves one folder and is stopped by the test session
that started it; it is not a general-purpose launcher.
"""

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

START_TIMEOUT = 60   # seconds for the server to answer /api/status
STOP_TIMEOUT = 15    # seconds between asking it to stop and killing it

# User settings, read by JupyterLab and Notebook 7 alike, for a quiet,
# test-friendly front end: no news pop-up over the notebook; the notebook's
# own kernel started without a "Select Kernel" dialog (which otherwise shows
# up now and then and blocks the menus); and every cell kept in the page (no
# windowing), so that the tests see all cells and a screenshot shows them all.
USER_SETTINGS = {
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false"},
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {
        "windowingMode": "none", "autoStartDefaultKernel": True},
}


@dataclass
class RunningServer:
    """Where the server listens and which folder it serves."""

    url: str
    token: str
    root_dir: Path
    process: subprocess.Popen
    log_path: Path

    def api(self, method, path):
        """Call the server's REST API and return the decoded JSON (or None)."""
        request = urllib.request.Request(
            f"{self.url}{path}", method=method,
            headers={"Authorization": f"token {self.token}"})
        with urllib.request.urlopen(request, timeout=10) as response:
            body = response.read()
        return json.loads(body) if body else None

    def shut_down_kernels(self):
        """Shut down every running kernel (closing a page leaves its kernel running)."""
        for session in self.api("GET", "/api/sessions"):
            self.api("DELETE", f"/api/sessions/{session['id']}")
        for kernel in self.api("GET", "/api/kernels"):
            self.api("DELETE", f"/api/kernels/{kernel['id']}")

    def log_tail(self, lines=40):
        text = self.log_path.read_text(errors="replace").splitlines()
        return "\n".join(text[-lines:])


def free_port():
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def write_user_settings(settings_dir):
    for name, values in USER_SETTINGS.items():
        path = settings_dir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values))


def start_server(notebook_dir, work_dir):
    """Copy `notebook_dir` into `work_dir` and serve the copy with JupyterLab."""
    root_dir = work_dir / "notebooks"
    shutil.copytree(notebook_dir, root_dir,
                    ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    # User settings and workspaces live under the (temporary) config folder.
    write_user_settings(work_dir / "config" / "lab" / "user-settings")
    env = dict(os.environ,
               JUPYTER_CONFIG_DIR=str(work_dir / "config"),
               JUPYTER_RUNTIME_DIR=str(work_dir / "runtime"),
               JUPYTER_DATA_DIR=str(work_dir / "data"),
               IPYTHONDIR=str(work_dir / "ipython"))
    port, token = free_port(), secrets.token_hex(24)
    command = [
        sys.executable, "-m", "jupyter", "lab", "--no-browser",
        "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0", f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={root_dir}",
        "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        "--LabApp.extension_manager=readonly",
        f"--FileCheckpoints.checkpoint_dir={work_dir / 'checkpoints'}",
    ]
    if os.geteuid() == 0:
        command.append("--allow-root")
    log_path = work_dir / "server.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(command, cwd=root_dir, env=env, stdin=subprocess.DEVNULL,
                                   stdout=log, stderr=subprocess.STDOUT)
    server = RunningServer(f"http://127.0.0.1:{port}", token, root_dir, process, log_path)
    try:
        wait_until_ready(server)
    except BaseException:
        stop_server(server)
        raise
    return server


def wait_until_ready(server):
    """Poll /api/status with the token until the server answers."""
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"jupyter lab exited with code {server.process.returncode}:\n"
                               f"{server.log_tail()}")
        try:
            server.api("GET", "/api/status")
            return
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.25)
    raise RuntimeError(f"jupyter lab did not answer within {START_TIMEOUT} s:\n{server.log_tail()}")


def stop_server(server):
    """Shut the kernels down, ask the server to stop, and kill it if it will not."""
    if server.process.poll() is None:
        try:
            server.shut_down_kernels()
        except (urllib.error.URLError, ConnectionError):
            pass   # the server is stopping anyway; it shuts kernels down itself
        server.process.terminate()
        try:
            server.process.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            server.process.kill()
            server.process.wait()
