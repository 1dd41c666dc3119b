"""Security basics: no listening socket, secrets only in the keyring, files readable
by the user only, and logs that never hold a secret.
"""

import json
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

from conftest import REPO

PASSWORD = "Zq8-s3cret-not-for-logs"

# One interpreter runs the commands a person typically uses, in order, with an
# in-memory keyring standing in for the desktop's; -v logs at DEBUG level too.
_SESSION = """
import io, json, sys
import keyring
from keyring.backend import KeyringBackend

class MemoryKeyring(KeyringBackend):
    priority = 1
    entries = {}
    def get_password(self, service, user):
        return self.entries.get((service, user))
    def set_password(self, service, user, password):
        self.entries[(service, user)] = password
    def delete_password(self, service, user):
        self.entries.pop((service, user), None)

keyring.set_keyring(MemoryKeyring())
from teachapp.cli import main

export_to = sys.argv[1]
commands = [
    (["-v", "teach", "reading mode", "--set", "light.living_room_lamp.brightness=100"], None),
    (["run", "reading mode"], None),
    (["undo"], None),
    (["resolve", "--json", "reading mood"], None),
    (["export", export_to], None),
    (["backup", "now"], None),
    (["list"], None),
    (["backend", "mqtt", "--host", "127.0.0.1", "--user", "me", "--password-stdin"],
     sys.argv[2] + "\\n"),
    (["backend", "show", "--json"], None),
]
for argv, stdin in commands:
    sys.stdin = io.StringIO(stdin or "")
    status = main(argv)
    print("STATUS", " ".join(argv[:2]), status, flush=True)
print("KEYRING", json.dumps(list(MemoryKeyring.entries.values())), flush=True)
"""


def _teachapp_dirs(base: Path) -> list[Path]:
    return [base / "data", base / "config", base / "log"]


def test_typical_use_leaves_private_files_and_no_secret_outside_the_keyring(
        _private_dirs, tmp_path):
    exported = tmp_path / "mine.yaml"
    proc = subprocess.run([sys.executable, "-c", _SESSION, str(exported), PASSWORD],
                          cwd=REPO, capture_output=True, text=True, timeout=180,
                          env={**os.environ, "PYTHONPATH": str(REPO)})
    assert proc.returncode == 0, proc.stderr
    statuses = [line.split()[-1] for line in proc.stdout.splitlines()
                if line.startswith("STATUS")]
    assert statuses == ["0"] * 9, proc.stdout + proc.stderr
    keyring_line = next(line for line in proc.stdout.splitlines() if line.startswith("KEYRING"))
    assert json.loads(keyring_line.split(" ", 1)[1]) == [PASSWORD]
    assert PASSWORD not in proc.stdout.replace(keyring_line, "") + proc.stderr

    created = [p for d in _teachapp_dirs(_private_dirs) if d.exists() for p in d.rglob("*")]
    names = {p.name for p in created}
    assert {"teachapp.sqlite3", "settings.json", "teachapp.log"} <= names, names
    assert any(p.parent.name == "backups" for p in created)
    for path in created:
        mode = stat.S_IMODE(path.stat().st_mode)
        if path.is_dir():
            assert mode == 0o700, f"{path} is {oct(mode)}"
        else:
            assert mode & 0o077 == 0, f"{path} is {oct(mode)}, readable by others"
            assert PASSWORD.encode() not in path.read_bytes(), f"the password is in {path}"
    for base in _teachapp_dirs(_private_dirs):
        assert stat.S_IMODE(base.stat().st_mode) == 0o700
    settings = json.loads((_private_dirs / "config" / "settings.json").read_text())
    assert settings["backend"]["username"] == "me" and "password" not in settings["backend"]
    assert "backed up" in (_private_dirs / "log" / "teachapp.log").read_text()


def test_the_wal_and_shm_files_are_private_while_the_database_is_open(tmp_path):
    from teachapp.store import Store

    old = os.umask(0o022)
    try:
        with Store.open(tmp_path / "home.sqlite3") as store:
            store.has_devices()
            sides = [tmp_path / "home.sqlite3-wal", tmp_path / "home.sqlite3-shm"]
            assert all(p.exists() for p in sides)
            for path in [tmp_path / "home.sqlite3", *sides]:
                assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    finally:
        os.umask(old)


def test_an_existing_database_readable_by_others_is_made_private(tmp_path):
    from teachapp.store import Store

    path = tmp_path / "shared.sqlite3"
    Store.open(path).close()
    os.chmod(path, 0o644)
    Store.open(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def _socket_inodes(pid: int) -> set[str]:
    inodes = set()
    fd_dir = Path(f"/proc/{pid}/fd")
    for fd in fd_dir.iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    return inodes


def _listening(inodes: set[str]) -> list[str]:
    """Sockets among ``inodes`` that accept connections or datagrams from outside."""
    found = []
    for table in ("tcp", "tcp6", "udp", "udp6"):
        path = Path("/proc/net") / table
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            fields = line.split()
            local, state, inode = fields[1], fields[3], fields[9]
            if inode not in inodes:
                continue
            if table.startswith("tcp") and state == "0A":
                found.append(f"{table} LISTEN on {local}")
            elif table.startswith("udp"):
                found.append(f"{table} bound on {local}")
    return found


def test_the_engine_opens_no_listening_socket(db_path):
    proc = subprocess.Popen(
        [sys.executable, "-m", "teachapp", "--db", str(db_path), "--no-speech", "chat"],
        cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(b"help\n")
        proc.stdin.flush()
        first = proc.stdout.readline()
        assert first, proc.stderr.read() if proc.stderr else ""
        time.sleep(0.3)  # let any background service start, if one ever did
        assert proc.poll() is None, "chat should still be waiting for the next line"
        inodes = _socket_inodes(proc.pid)
        assert _listening(inodes) == []
    finally:
        proc.stdin.close()
        proc.wait(timeout=60)


def test_the_socket_scan_sees_a_real_listener():
    """The scan above can fail: a listening socket of this process is found."""
    import socket

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    try:
        assert any("LISTEN" in entry for entry in _listening(_socket_inodes(os.getpid())))
    finally:
        server.close()
