"""The Zero to JupyterHub settings (classroom/z2jh/config.yaml) give the class's answers the
same service, scopes, roles and teachers' group as the one-machine classroom's hub
(classroom/jupyterhub_config.py, the settings `make test-classroom` runs).

No Kubernetes here: this reads the two files, it does not run the chart.  The hub's
settings are read by running classroom/jupyterhub_config.py as JupyterHub would, on a
state folder of the test's own (its login, RosterAuthenticator, is left out: it needs
JupyterHub, which only classroom/.venv holds).
"""

import json
import runpy
import sys
import types
from pathlib import Path
from urllib.parse import urlparse

import pytest
import yaml
from traitlets.config import Config

CLASSROOM = Path(__file__).resolve().parents[1] / "classroom"
SERVICE = "class-answers"
ANSWERS_PATH = f"/services/{SERVICE}/api/answers"


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    """The one-machine classroom's JupyterHub settings, as jupyterhub_config.py makes them."""
    state = tmp_path_factory.mktemp("state")
    (state / "settings.json").write_text(json.dumps(
        {"port": 8000, "hub_port": 8001, "proxy_api_port": 8002, "answers_port": 8003,
         "image": None, "teachers": ["tess"], "cull_kernels_after": 3600,
         "cull_servers_after": 3600}))
    (state / "passwords.json").write_text(json.dumps({"ada": "x", "tess": "y"}))
    config = Config()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("BP_CLASSROOM_STATE", str(state))
        patch.setitem(sys.modules, "roster_authenticator",
                      types.SimpleNamespace(RosterAuthenticator=object))
        patch.setattr(sys, "path", list(sys.path))
        runpy.run_path(str(CLASSROOM / "jupyterhub_config.py"), {"get_config": lambda: config})
    return config


@pytest.fixture(scope="module")
def z2jh():
    return yaml.safe_load((CLASSROOM / "z2jh" / "config.yaml").read_text())


def hub_service(hub):
    [service] = [s for s in hub.JupyterHub.services if s["name"] == SERVICE]
    return service


def test_the_service_has_the_same_name_scopes_and_program(hub, z2jh):
    ours, theirs = hub_service(hub), z2jh["hub"]["services"][SERVICE]
    for key in ("oauth_client_allowed_scopes", "oauth_no_confirm"):
        assert theirs[key] == ours[key], key
    program = Path(ours["command"][-1]).name
    assert Path(theirs["command"][-1]).name == program == "class_answers_service.py"
    mounted = {Path(f["mountPath"]).name: f["mountPath"] for f in z2jh["hub"]["extraFiles"].values()}
    assert mounted[program] == theirs["command"][-1], "the service's program is not mounted where it runs"
    assert set(theirs["environment"]) >= set(ours["environment"])


def test_the_custom_scopes_and_the_servers_token_scopes_are_the_same(hub, z2jh):
    config = z2jh["hub"]["config"]
    assert config["JupyterHub"]["custom_scopes"] == hub.JupyterHub.custom_scopes
    assert config["Spawner"]["server_token_scopes"] == hub.Spawner.server_token_scopes


def test_the_learners_and_the_teachers_roles_are_the_same(hub, z2jh):
    roles = {role["name"]: role for role in hub.JupyterHub.load_roles}
    theirs = z2jh["hub"]["loadRoles"]
    assert set(theirs) == {"user", "teacher"}
    for name, role in theirs.items():
        assert role["scopes"] == roles[name]["scopes"], name
        assert role.get("groups") == roles[name].get("groups"), name
    assert set(z2jh["hub"]["config"]["JupyterHub"]["load_groups"]) == set(hub.JupyterHub.load_groups) \
        == {"teachers"}


def test_learners_kernels_send_to_the_service_by_the_proxy_and_its_port_is_open(hub, z2jh):
    ours = hub.Spawner.environment["BP_CLASS_ANSWERS_URL"]
    theirs = z2jh["singleuser"]["extraEnv"]["BP_CLASS_ANSWERS_URL"]
    assert urlparse(theirs).path == urlparse(ours).path == ANSWERS_PATH
    assert urlparse(theirs).hostname == "proxy-public"
    service = z2jh["hub"]["services"][SERVICE]
    port = urlparse(service["url"]).port
    assert urlparse(service["url"]).hostname == "hub" and service["environment"]["BP_CLASS_ANSWERS_IP"] == "0.0.0.0"
    assert [p["port"] for p in z2jh["hub"]["service"]["extraPorts"]] == [port]
    assert [p["port"] for rule in z2jh["hub"]["networkPolicy"]["ingress"] for p in rule["ports"]] == [port]
    assert [p["port"] for rule in z2jh["proxy"]["chp"]["networkPolicy"]["egress"]
            for p in rule["ports"]] == [port]
