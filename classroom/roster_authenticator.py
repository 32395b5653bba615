"""RosterAuthenticator: each learner of the class list logs in with their own password.

Used by the classroom's hub (jupyterhub_config.py) and, mounted into the hub
pod, by the Zero to JupyterHub settings (z2jh/config.yaml).  The passwords
(name -> password) come from the configuration: classroom.py generates them
into the state folder; on Zero to JupyterHub they are a values file of the
teacher's.  Only the names in that list get in, each with their own password,
compared in constant time.  Nothing else: no sign-up, no password changes, no
lock-out after wrong guesses (the hub listens on 127.0.0.1 only; see
classroom/README.md for what is safe).
"""

import hmac

from jupyterhub.auth import Authenticator
from traitlets import Dict


class RosterAuthenticator(Authenticator):
    passwords = Dict(config=True, help="Each learner's name -> their password.")

    async def authenticate(self, handler, data):
        name = self.normalize_username(data.get("username", ""))
        given = data.get("password", "").encode()
        expected = self.passwords.get(name, "").encode()
        # An unknown name is compared too (with an empty password), and fails.
        if hmac.compare_digest(given, expected) and expected:
            return name
        return None
