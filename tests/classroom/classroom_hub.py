"""Start and stop the classroom's JupyterHub for the test, and look at its processes.

The hub is started the way a teacher starts it (classroom/classroom.py, as
`make classroom` does), with a class list of the test's own learners, a free
port, and a temporary folder for its state and the learners' homes.  Stopping
it stops every learner's server and kernel; whatever is left is killed by
process id, the learners' accounts are removed (only those the classroom
made), and the temporary folder is deleted.

The process helpers read what is running from /proc through psutil: every
process of the hub (the hub, its proxy, every learner's server and kernel),
their listening sockets, and each learner's memory.
"""

import json
import os
import pwd
import re
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[2]
CLASSROOM = REPO / "classroom"
PYTHON = CLASSROOM / ".venv" / "bin" / "python"
START_TIMEOUT = 60   # seconds for the hub to answer /hub/health
STOP_TIMEOUT = 30    # seconds for the hub to stop its servers, before the rest is killed
GRACE = 10           # seconds for what the hub started to end by itself after the hub ended
LOOPBACK = {"127.0.0.1", "::1"}
MIB = 1024 * 1024


@dataclass
class RunningHub:
    url: str
    names: list                 # the learners
    teachers: list
    passwords: dict
    work_dir: Path
    process: subprocess.Popen
    log_path: Path
    seen: dict = field(default_factory=dict)   # pid -> psutil.Process, every process seen

    @property
    def homes(self):
        return self.work_dir / "homes"

    def home(self, name):
        return self.homes / name

    def log_text(self):
        return self.log_path.read_text(errors="replace")

    def log_tail(self, lines=40):
        return "\n".join(self.log_text().splitlines()[-lines:])

    def spawn_seconds(self):
        """Each learner's server start, as the hub measured it (its log's "took N seconds")."""
        return {name: float(seconds) for name, seconds in
                re.findall(r"User (\S+) took ([\d.]+) seconds to start", self.log_text())}

    def processes(self):
        """The hub and every process under it: its proxy, the learners' servers and their kernels."""
        hub = psutil.Process(self.process.pid)
        found = [hub] + hub.children(recursive=True)
        for process in found:
            self.seen.setdefault(process.pid, process)
        return found


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def learner_names(count):
    """Names no account on this machine has: a short first name and this run's random suffix,
    and a teacher's name with the same suffix."""
    suffix = secrets.token_hex(2)
    firsts = ["ada", "bea", "cyd", "dev", "eli", "fay", "gus", "hal", "ivy", "joe"]
    return [f"{first}-{suffix}" for first in firsts[:count]], f"tess-{suffix}"


def start_hub(count, image=None, settings=()):
    """A classroom for `count` new learners and a teacher, running and answering (the learners'
    servers in `image`; `settings`: more of classroom.py's options)."""
    work_dir = Path(tempfile.mkdtemp(prefix="bp-classroom-"))
    work_dir.chmod(0o755)   # the learners' accounts reach their homes through it
    names, teacher = learner_names(count)
    class_list, teachers_list = work_dir / "learners.txt", work_dir / "teachers.txt"
    class_list.write_text("".join(name + "\n" for name in names))
    teachers_list.write_text(teacher + "\n")
    port = free_port()
    log_path = work_dir / "hub.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [str(PYTHON), str(CLASSROOM / "classroom.py"), "--learners", str(class_list),
             "--teachers", str(teachers_list),
             "--port", str(port), "--state", str(work_dir / "state"),
             "--homes", str(work_dir / "homes"), *(["--image", image] if image else []),
             *settings],
            stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
    hub = RunningHub(f"http://127.0.0.1:{port}", names, [teacher], {}, work_dir, process, log_path)
    try:
        wait_until_ready(hub)
        hub.passwords = json.loads((work_dir / "state" / "passwords.json").read_text())
    except BaseException:
        stop_hub(hub)
        remove_classroom(hub)
        raise
    return hub


def wait_until_ready(hub):
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if hub.process.poll() is not None:
            raise RuntimeError(f"the classroom exited with code {hub.process.returncode}:\n"
                               f"{hub.log_tail()}")
        try:
            with urllib.request.urlopen(f"{hub.url}/hub/health", timeout=5):
                return
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.25)
    raise RuntimeError(f"the hub did not answer within {START_TIMEOUT} s:\n{hub.log_tail()}")


def stop_hub(hub):
    """Stop the hub (it stops its proxy and every server); kill what is left and return it."""
    if hub.process.poll() is None:
        try:
            hub.processes()   # remember every process, to kill any the hub leaves behind
        except psutil.NoSuchProcess:
            pass
        hub.process.send_signal(signal.SIGTERM)
        try:
            hub.process.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            hub.process.kill()
            hub.process.wait()
    left = {process.pid: process for process in hub.seen.values() if process.is_running()}
    left.update((process.pid, process) for process in learners_processes(hub))
    # A kernel notices that its server has gone and stops by itself, within a few seconds.
    _, left = psutil.wait_procs(list(left.values()), timeout=GRACE)
    for process in left:
        try:
            process.kill()
        except psutil.NoSuchProcess:
            pass
    psutil.wait_procs(left, timeout=10)
    return left


def remove_classroom(hub):
    """Remove the learners' accounts (only those the classroom made), their homes, the hub's state."""
    subprocess.run([str(PYTHON), str(CLASSROOM / "classroom.py"), "--learners",
                    str(hub.work_dir / "learners.txt"), "--teachers",
                    str(hub.work_dir / "teachers.txt"), "--remove-accounts", "--remove-homes"],
                   check=False, stdout=subprocess.DEVNULL)
    shutil.rmtree(hub.work_dir, ignore_errors=True)


def uid_of(name):
    try:
        return pwd.getpwnam(name).pw_uid
    except KeyError:
        return None


def learners_processes(hub):
    """Every process running as one of the test's learners or its teacher."""
    uids = {uid_of(name) for name in hub.names + hub.teachers} - {None}
    found = []
    for process in psutil.process_iter(["uids"]):
        if process.info["uids"] and process.info["uids"].real in uids:
            found.append(process)
    return found


def listening_sockets(processes):
    """(process name, pid, protocol, address, port) of every socket the processes listen on.

    TCP: sockets in LISTEN.  UDP: every bound socket that is not connected
    (it takes datagrams from anyone who can reach its address).
    """
    found = []
    for process in processes:
        try:
            connections = process.net_connections(kind="inet")
            name = process.name()
        except psutil.NoSuchProcess:
            continue
        for conn in connections:
            tcp = conn.type == socket.SOCK_STREAM
            if (tcp and conn.status == psutil.CONN_LISTEN) or (not tcp and not conn.raddr):
                found.append((name, process.pid, "tcp" if tcp else "udp",
                              conn.laddr.ip, conn.laddr.port))
    return found


@dataclass
class Memory:
    """One learner's processes: their server and kernels, in MiB."""

    processes: int
    rss: float      # resident: counts shared libraries in full for each process
    pss: float      # proportional: shared pages split between their users
    uss: float      # unique: what stopping this learner gives back
    kernel_rss: float
    kernels: int


def memory_of(name):
    uid = uid_of(name)
    total = {"rss": 0, "pss": 0, "uss": 0}
    kernel_rss = 0
    count = kernels = 0
    for process in psutil.process_iter(["uids", "cmdline"]):
        if not process.info["uids"] or process.info["uids"].real != uid:
            continue
        try:
            info = process.memory_full_info()
        except psutil.NoSuchProcess:
            continue
        count += 1
        for key in total:
            total[key] += getattr(info, key)
        if "ipykernel_launcher" in " ".join(process.info["cmdline"] or []):
            kernel_rss += info.rss
            kernels += 1
    return Memory(count, total["rss"] / MIB, total["pss"] / MIB, total["uss"] / MIB,
                  kernel_rss / MIB, kernels)


def rss_of(processes):
    total = 0
    for process in processes:
        try:
            total += process.memory_info().rss
        except psutil.NoSuchProcess:
            pass
    return total / MIB


def as_learner(name):
    """A preexec_fn that runs a command as the learner's account (for files in their home)."""
    account = pwd.getpwnam(name)

    def switch():
        os.setgid(account.pw_gid)
        os.setgroups([])
        os.setuid(account.pw_uid)
    return switch
