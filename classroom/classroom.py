"""Start the classroom: a JupyterHub on this machine, one account and one copy of the course per learner.

    make classroom                        # (as root) the hub at http://127.0.0.1:8000/
    classroom/.venv/bin/python classroom/classroom.py --help

What it does, in order (classroom/README.md says why):
1. reads the class list, classroom/learners.txt: one learner's name a line
   (lower-case letters, digits, "-"; "#" starts a comment), and the teachers'
   list, classroom/teachers.txt (the same; optional): the teachers may open
   the class's answers (/services/class-answers/);
2. gives each learner and teacher a password, generated once and kept in
   classroom/state/passwords.txt (readable by root only), and prints them;
3. makes each learner a local account (no password of its own: nobody logs
   in to the machine with it) marked "bp classroom learner", with a private
   home folder; the hub starts that learner's JupyterLab and kernels as that
   account, so learners cannot read or change each other's files;
4. starts JupyterHub (classroom/jupyterhub_config.py) with its proxy from
   classroom/node_modules: everything listens on 127.0.0.1 only.  Kernels
   with no notebook open on them and servers nobody used are shut down
   after an hour idle (--cull-kernels-after, --cull-servers-after).
On a learner's first login their server copies the course into ~/course
(start-singleuser.sh), without what --hold-back names (the solutions, the
lecture with its answers) until it is released.  Ctrl+C stops the hub, the
proxy and every learner's server and kernels.

    classroom.py --release NAME

copies notebooks/NAME (held back until now) into the course of every learner
who has logged in, as that learner; the hub may run meanwhile.  Start the hub
without --hold-back NAME afterwards, so that later first logins get it too.

    classroom.py --remove-accounts [--remove-homes]

removes the accounts this script made for the names in the class list and
the teachers' list (only those marked "bp classroom learner"), and with
--remove-homes their homes.

It must run as root: it makes accounts and starts servers as them.
"""

import argparse
import json
import os
import pwd
import re
import secrets
import shutil
import socket
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
COURSE = HERE.parent / "notebooks"     # what each learner's ~/course is copied from
VENV = HERE / ".venv"
PROXY = HERE / "node_modules" / ".bin" / "configurable-http-proxy"
MARK = "bp classroom learner"          # the accounts' comment (GECOS) field
NAME = re.compile(r"^[a-z][a-z0-9-]{0,31}$")
# Passwords for slips of paper: no 0/o, 1/l/i; 10 characters, about 49 bits.
PASSWORD_LETTERS = "abcdefghjkmnpqrstuvwxyz23456789"
PASSWORD_LENGTH = 10
IDLE_HOUR = 3600    # seconds: idle kernels and servers are shut down after this, unless told


def main():
    parser = argparse.ArgumentParser(
        description="A JupyterHub for a class on this machine (see classroom/README.md).")
    parser.add_argument("--learners", type=Path, default=HERE / "learners.txt",
                        help="the class list, one name a line (default: %(default)s)")
    parser.add_argument("--teachers", type=Path, default=HERE / "teachers.txt",
                        help="the teachers, one name a line, who may open the class's answers; "
                             "the file may be missing (default: %(default)s)")
    parser.add_argument("--port", type=int, default=8000,
                        help="the hub's address is http://127.0.0.1:PORT/ (default: %(default)s)")
    parser.add_argument("--state", type=Path, default=HERE / "state",
                        help="the hub's database, secrets and passwords (default: %(default)s)")
    parser.add_argument("--homes", type=Path, default=Path("/home"),
                        help="where the learners' home folders go (default: %(default)s)")
    parser.add_argument("--cull-kernels-after", type=positive_seconds, default=IDLE_HOUR,
                        metavar="SECONDS",
                        help="shut down a kernel no notebook has open after it has been idle "
                             "this long (default: %(default)s)")
    parser.add_argument("--cull-servers-after", type=positive_seconds, default=IDLE_HOUR,
                        metavar="SECONDS",
                        help="stop a learner's server nobody has used this long "
                             "(default: %(default)s)")
    parser.add_argument("--hold-back", type=course_item, action="append", default=[], metavar="NAME",
                        help="leave this file or folder of notebooks/ out of the learners' copies "
                             "until --release NAME (e.g. 09_exercises_solutions.ipynb, lecture, zh/lecture); "
                             "repeat for more")
    parser.add_argument("--release", type=course_item, metavar="NAME",
                        help="copy notebooks/NAME into every learner's course now, instead of starting")
    parser.add_argument("--image",
                        help="run each learner's server in this docker image (z2jh/Dockerfile) "
                             "instead of classroom/.venv: for checking the image")
    parser.add_argument("--remove-accounts", action="store_true",
                        help="remove the class list's learner accounts instead of starting")
    parser.add_argument("--remove-homes", action="store_true",
                        help="with --remove-accounts: also delete their home folders")
    args = parser.parse_args()

    if os.geteuid() != 0:
        sys.exit("The classroom runs as root: it makes one account per learner and starts each "
                 "learner's server as that account.  Run it with sudo.")
    learners = read_class_list(args.learners)
    teachers = read_class_list(args.teachers) if args.teachers.exists() else []
    both = sorted(set(learners) & set(teachers))
    if both:
        sys.exit(f"{', '.join(both)}: in both the class list and the teachers' list; "
                 "a name is a learner or a teacher.")
    names = learners + teachers
    if args.remove_accounts:
        remove_accounts(names, args.remove_homes)
        return
    if args.release:
        release(args.release, learners, args.homes.resolve())
        return
    for needed in (VENV / "bin" / "jupyterhub", PROXY):
        if not needed.exists():
            sys.exit(f"{needed} is missing: run `make classroom` (it runs classroom/install.sh).")

    homes = args.homes.resolve()
    state = args.state.resolve()
    for name in names:          # refuse the whole list before making anything
        existing_account(name, homes)
    state.mkdir(mode=0o700, parents=True, exist_ok=True)
    state.chmod(0o700)
    passwords = learner_passwords(state, names)
    for name in names:
        make_account(name, homes)

    settings = {"port": args.port, "hub_port": free_port(), "proxy_api_port": free_port(),
                "answers_port": free_port(), "image": args.image, "teachers": teachers,
                "cull_kernels_after": args.cull_kernels_after,
                "cull_servers_after": args.cull_servers_after, "hold_back": args.hold_back}
    (state / "settings.json").write_text(json.dumps(settings, indent=1))
    print_welcome(args.port, state, passwords, teachers)
    start_hub(state)


def positive_seconds(text):
    seconds = int(text)
    if seconds < 1:
        raise argparse.ArgumentTypeError(f"a number of seconds, at least 1, got {text}")
    return seconds


def course_item(text):
    """A file or folder of notebooks/, by its path there ("lecture", "zh/lecture")."""
    parts = text.split("/")
    if not all(re.fullmatch(r"[A-Za-z0-9_-][A-Za-z0-9._-]*", part) for part in parts) or \
            not (COURSE / text).exists():
        raise argparse.ArgumentTypeError(f"the path of a file or folder in {COURSE}, got {text!r}")
    return text


def release(item, learners, homes):
    """Copy notebooks/ITEM into ~/course of each learner who has one, as that learner
    (cp runs as them: it writes only where they may, and keeps what they already have)."""
    for name in learners:
        course = homes / name / "course"
        if not course.is_dir():
            print(f"{name}: no course yet; their first login copies it")
            continue
        subprocess.run(["runuser", "-u", name, "--", "cp", "-R", "-n", "--", str(COURSE / item),
                        f"{(course / item).parent}/"], check=True)
        print(f"{name}: {item} released")


def read_class_list(path):
    if not path.exists():
        sys.exit(f"No class list at {path}.  Write the learners' names into it, one a line "
                 "(lower-case letters, digits and -), and start again.")
    names = []
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        name = line.split("#", 1)[0].strip()
        if not name:
            continue
        if not NAME.match(name):
            sys.exit(f"{path}, line {number}: {name!r} is not a name this classroom accepts: "
                     "lower-case letters, digits and -, starting with a letter, at most 32.")
        if name in names:
            sys.exit(f"{path}, line {number}: {name!r} is in the list twice.")
        names.append(name)
    if not names:
        sys.exit(f"The class list {path} holds no names.")
    return names


def learner_passwords(state, names):
    """Each learner's password: kept from the last start, generated for new names."""
    path = state / "passwords.json"
    known = json.loads(path.read_text()) if path.exists() else {}
    passwords = {name: known.get(name) or new_password() for name in names}
    write_private(path, json.dumps(passwords, indent=1))
    write_private(state / "passwords.txt",
                  "".join(f"{name}  {password}\n" for name, password in passwords.items()))
    return passwords


def new_password():
    return "".join(secrets.choice(PASSWORD_LETTERS) for _ in range(PASSWORD_LENGTH))


def write_private(path, text):
    """Write a file only its owner (root) can read."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as file:
        file.write(text)
    os.chmod(path, 0o600)


def existing_account(name, homes):
    """The learner's account if the classroom made it before; any other account or home is refused."""
    home = homes / name
    try:
        account = pwd.getpwnam(name)
    except KeyError:
        if home.exists():
            sys.exit(f"{home} exists but no account {name!r}: move it away, or choose --homes.")
        return None
    if account.pw_gecos != MARK or Path(account.pw_dir) != home:
        sys.exit(f"An account named {name!r} already exists on this machine and is not a "
                 f"classroom learner's with its home in {homes} (it is {account.pw_gecos!r}, "
                 f"home {account.pw_dir}).  Rename the learner in the class list.")
    return account


def make_account(name, homes):
    """The learner's account and private home folder (kept if the classroom made them before)."""
    home = homes / name
    account = existing_account(name, homes)
    if account is None:
        # No password (locked): the only way in is the hub.  bash for JupyterLab's terminal.
        subprocess.run(["useradd", "--home-dir", str(home), "--no-create-home",
                        "--shell", "/bin/bash", "--comment", MARK, "--user-group", name],
                       check=True)
        account = pwd.getpwnam(name)
        print(f"made the account {name} (home {home})")
    homes.mkdir(mode=0o755, parents=True, exist_ok=True)
    if not home.exists():
        home.mkdir(mode=0o700)
        os.chown(home, account.pw_uid, account.pw_gid)


def remove_accounts(names, remove_homes):
    for name in names:
        try:
            account = pwd.getpwnam(name)
        except KeyError:
            continue
        if account.pw_gecos != MARK:
            print(f"left {name}: not a classroom learner's account")
            continue
        subprocess.run(["userdel", name], check=True)
        print(f"removed the account {name}")
        if remove_homes and Path(account.pw_dir).is_dir():
            shutil.rmtree(account.pw_dir)
            print(f"removed {account.pw_dir}")


def free_port():
    """A TCP port on 127.0.0.1 that nothing listens on right now (for the hub's inner parts)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def print_welcome(port, state, passwords, teachers):
    width = max(len(name) for name in passwords)
    print(f"\nThe classroom: http://127.0.0.1:{port}/   (Ctrl+C stops it, and every learner's server)")
    print(f"Each learner and teacher logs in with their name and password "
          f"(kept in {state / 'passwords.txt'}):")
    for name, password in passwords.items():
        print(f"  {name:<{width}}  {password}{'   (teacher)' if name in teachers else ''}")
    if teachers:
        print(f"The class's answers, for the teachers: http://127.0.0.1:{port}/services/class-answers/")
    print(flush=True)


def start_hub(state):
    """Replace this process with JupyterHub, run from the state folder."""
    env = dict(os.environ, BP_CLASSROOM_STATE=str(state),
               PATH=f"{VENV / 'bin'}{os.pathsep}{os.environ.get('PATH', '/usr/bin:/bin')}")
    os.chdir(state)
    hub = VENV / "bin" / "jupyterhub"
    os.execve(hub, [str(hub), "--config", str(HERE / "jupyterhub_config.py")], env)


if __name__ == "__main__":
    main()
