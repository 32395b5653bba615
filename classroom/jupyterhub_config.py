# The classroom's JupyterHub, started by classroom.py (which makes the
# accounts, the passwords and settings.json in the state folder first).
#
# - Everything listens on 127.0.0.1 only: the proxy (the learners' address),
#   the hub behind it, the proxy's API, every learner's server and kernel.
# - Each learner logs in with their own name and password (RosterAuthenticator,
#   roster_authenticator.py); nobody else gets in.
# - Each learner's JupyterLab and kernels run as their own local account
#   (LocalProcessSpawner), in their own home, from classroom/.venv, where the
#   course's requirements.txt and bp_helpers are installed.
# - Every learner's server starts with the settings of lab-overrides.json
#   (JupyterLab's) and jupyter_server_config.py (the server's: nothing asked of
#   the internet, idle kernels culled), copied into the venv by install.sh.
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from roster_authenticator import RosterAuthenticator  # noqa: E402

STATE = Path(os.environ["BP_CLASSROOM_STATE"])
SETTINGS = json.loads((STATE / "settings.json").read_text())
PASSWORDS = json.loads((STATE / "passwords.json").read_text())
VENV_BIN = Path(sys.prefix) / "bin"

c = get_config()  # noqa: F821  (JupyterHub defines it)

c.JupyterHub.authenticator_class = RosterAuthenticator
c.RosterAuthenticator.passwords = PASSWORDS
c.Authenticator.allowed_users = set(PASSWORDS)

# Addresses: learners use the proxy's; the hub and the proxy's API sit behind it.
c.JupyterHub.bind_url = f"http://127.0.0.1:{SETTINGS['port']}"
c.JupyterHub.hub_bind_url = f"http://127.0.0.1:{SETTINGS['hub_port']}"
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{SETTINGS['proxy_api_port']}"
c.ConfigurableHTTPProxy.command = [str(HERE / "node_modules" / ".bin" / "configurable-http-proxy")]

# The hub's own files, all in the state folder (only root can read it).
c.JupyterHub.db_url = f"sqlite:///{STATE / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(STATE / "jupyterhub_cookie_secret")
c.JupyterHub.pid_file = str(STATE / "jupyterhub.pid")
c.JupyterHub.cleanup_servers = True      # stopping the hub stops every learner's server

# Each learner's server: their own account, their home, this venv.
c.JupyterHub.spawner_class = "localprocess"
c.Spawner.ip = "127.0.0.1"
c.Spawner.cmd = [str(HERE / "start-singleuser.sh")]
c.Spawner.environment = {
    "BP_COURSE": str(HERE.parent / "notebooks"),
    "BP_SINGLEUSER": str(VENV_BIN / "jupyterhub-singleuser"),
}
c.Spawner.default_url = "/lab/tree/course"
# classroom.py --image IMAGE: each learner's server in that image instead (for
# checking the Zero to JupyterHub image with this hub; docker_cli_spawner.py).
if SETTINGS.get("image"):
    from docker_cli_spawner import DockerCLISpawner
    c.JupyterHub.spawner_class = DockerCLISpawner
    c.DockerCLISpawner.image = SETTINGS["image"]

# A whole class logging in at once, on a small machine: give servers time.
c.Spawner.start_timeout = 180
c.Spawner.http_timeout = 180
