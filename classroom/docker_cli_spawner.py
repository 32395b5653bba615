"""DockerCLISpawner: each learner's server in the Zero to JupyterHub image, on this machine.

For checking the image (z2jh/Dockerfile) with the same hub and the same test
as the classroom (`classroom.py --image IMAGE`; `BP_CLASSROOM_IMAGE=IMAGE make
test-classroom`).  It is the local spawner with its command replaced by
`docker run`: the hub runs the docker client (as root), and the container runs
as the learner's own account, with the learner's home mounted at /home/jovyan
(where the image's start copies the course on the first start) and the host's
network, so that the server listens on 127.0.0.1 like the others.  Only the
JUPYTERHUB_* variables the hub gives a server go into the container.
Stopping the server interrupts the docker client, which passes the signal on;
the container is removed when it ends.
"""

import pwd
import subprocess

from jupyterhub.spawner import LocalProcessSpawner
from traitlets import Unicode


class DockerCLISpawner(LocalProcessSpawner):
    image = Unicode(config=True, help="The learners' image, built by z2jh/build.sh")

    def make_preexec_fn(self, name):
        return None   # the docker client runs as the hub's account; the container as the learner

    async def start(self):
        account = pwd.getpwnam(self.user.name)
        name = f"bp-classroom-{self.user.name}"
        subprocess.run(["docker", "rm", "--force", name], capture_output=True)   # a leftover
        hub_variables = [key for key in self.get_env()
                         if key.startswith(("JUPYTERHUB_", "JPY_", "BP_CLASS_ANSWERS"))]
        self.cmd = ["docker", "run", "--rm", "--name", name, "--network", "host",
                    "--user", f"{account.pw_uid}:{account.pw_gid}",
                    "--volume", f"{account.pw_dir}:/home/jovyan", "--env", "HOME=/home/jovyan",
                    *(f"--env={key}" for key in hub_variables),
                    self.image, "start-singleuser.sh"]
        return await super().start()
