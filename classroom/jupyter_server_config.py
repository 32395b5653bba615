# Every learner's Jupyter server, the same on one machine (install.sh copies
# this file into classroom/.venv/etc/jupyter/) and in the Zero to JupyterHub
# image (z2jh/Dockerfile copies it into /opt/venv/etc/jupyter/).
c = get_config()  # noqa: F821  (Jupyter defines it)

# Nothing asked of the internet; no extensions installed from the page.
c.LabApp.news_url = None
c.LabApp.check_for_updates_class = "jupyterlab.NeverCheckForUpdate"
c.LabApp.extension_manager = "readonly"

# A kernel no notebook has open, left idle for an hour, is shut down to give its
# memory back (a course notebook runs again in seconds); a notebook open in a
# tab keeps its kernel.  The classroom on one machine passes its own times
# (classroom.py --cull-kernels-after); these are the Zero to JupyterHub image's.
c.MappingKernelManager.cull_idle_timeout = 3600
c.MappingKernelManager.cull_interval = 300
