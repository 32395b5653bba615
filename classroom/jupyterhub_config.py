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
#   the internet), copied into the venv by install.sh.
# - The class's answers (class_answers_service.py): each learner's quiz and
#   predict-first answers, sent with their consent, for the teachers (the
#   group `teachers`, from the teachers' list) to see.
# - Idle kernels and idle servers are shut down after the times of the
#   classroom's settings (classroom.py --cull-kernels-after, --cull-servers-after).
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
c.Authenticator.allowed_users = set(PASSWORDS)      # the learners and the teachers

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
    "BP_HOLD_BACK": " ".join(SETTINGS.get("hold_back", [])),     # classroom.py --hold-back
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

# --- The class's answers, for the teachers --------------------------------------------------
# Posting an answer needs custom:class-answers:write: every user has it, and so
# does the token of their server (JUPYTERHUB_API_TOKEN, which their kernels
# use); the service keeps an answer under that token's owner.  Opening the
# teacher's view or another learner's answers needs custom:class-answers:read
# and access to the service: only the group `teachers` has them.
ANSWERS = "class-answers"
c.JupyterHub.custom_scopes = {
    "custom:class-answers:read": {"description": "read every learner's answers (the teachers)"},
    "custom:class-answers:write": {"description": "send one's own answers"},
}
c.JupyterHub.load_groups = {"teachers": {"users": SETTINGS["teachers"]}}
c.JupyterHub.load_roles = [
    {"name": "user", "scopes": ["self", "custom:class-answers:write"]},
    {"name": "teacher", "groups": ["teachers"],
     "scopes": [f"access:services!service={ANSWERS}", "custom:class-answers:read"]},
    {"name": "idle-culler", "services": ["idle-culler"],
     "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"]},
]
c.Spawner.server_token_scopes = ["users:activity!user", "access:servers!server",
                                 "custom:class-answers:write"]
c.JupyterHub.services = [{
    "name": ANSWERS,
    "url": f"http://127.0.0.1:{SETTINGS['answers_port']}",
    "command": [sys.executable, str(HERE / "class_answers_service.py")],
    "environment": {"BP_CLASS_ANSWERS_DB": str(STATE / "class-answers.sqlite")},
    "oauth_client_allowed_scopes": ["custom:class-answers:read"],
    "oauth_no_confirm": True,       # the classroom's own page: no "authorize access?" question
}]
# Where each learner's kernels send their answers (bp_helpers/class_answers.py):
# outside this classroom the variable is not set, and nothing is sent.
c.Spawner.environment["BP_CLASS_ANSWERS_URL"] = (
    f"http://127.0.0.1:{SETTINGS['port']}/services/{ANSWERS}/api/answers")

# --- Idle kernels and servers -----------------------------------------------------------------
# A kernel with no notebook open on it (its tab or the browser closed) that has
# been idle for cull_kernels_after seconds is shut down; a notebook open in a
# tab keeps its kernel.  A learner's server that has seen nothing from them
# for cull_servers_after seconds (they left) is stopped by jupyterhub-idle-culler;
# their files stay, and logging in starts it again.  Each is checked a few
# times within its timeout, and the hub learns of activity as often.


def check_every(timeout):
    """Seconds between two checks for a timeout: four a timeout, at most every 5 minutes."""
    return max(1, min(300, timeout // 4))


CULL_KERNELS_AFTER, CULL_SERVERS_AFTER = SETTINGS["cull_kernels_after"], SETTINGS["cull_servers_after"]
c.Spawner.args = [f"--MappingKernelManager.cull_idle_timeout={CULL_KERNELS_AFTER}",
                  f"--MappingKernelManager.cull_interval={check_every(CULL_KERNELS_AFTER)}"]
c.Spawner.environment["JUPYTERHUB_ACTIVITY_INTERVAL"] = str(check_every(CULL_SERVERS_AFTER))
c.JupyterHub.last_activity_interval = check_every(CULL_SERVERS_AFTER)
c.JupyterHub.services.append({
    "name": "idle-culler",
    "command": [sys.executable, "-m", "jupyterhub_idle_culler",
                f"--timeout={CULL_SERVERS_AFTER}", f"--cull-every={check_every(CULL_SERVERS_AFTER)}"],
})
