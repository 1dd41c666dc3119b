"""A database on a full or read-only disk: the message says so, never "damaged".

Real disks: a small tmpfs filled up, and a read-only bind mount (root only; the
tests skip where mounting is not allowed).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import REPO


def _mount(*args: str) -> None:
    proc = subprocess.run(["mount", *args], capture_output=True, text=True)
    if proc.returncode != 0:
        pytest.skip(f"cannot mount here: {proc.stderr.strip()}")


@pytest.fixture
def small_disk(tmp_path):
    """A 1.2 MB tmpfs, unmounted afterwards."""
    if shutil.which("mount") is None:
        pytest.skip("no mount command")
    folder = tmp_path / "disk"
    folder.mkdir()
    _mount("-t", "tmpfs", "-o", "size=1200k", "tmpfs", str(folder))
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


def _fill(disk: Path, *, leave_kib: int = 0) -> None:
    """Fill ``disk`` up to ``leave_kib`` KiB."""
    free = shutil.disk_usage(disk).free // 1024
    with open(disk / "fill", "wb") as out:
        try:
            out.write(b"\0" * max(0, free - leave_kib) * 1024)
        except OSError:
            pass  # full


@pytest.fixture
def home_on(teachapp_cli):
    def make(disk: Path) -> Path:
        db = disk / "home.sqlite3"
        proc = teachapp_cli("--db", str(db), "import", str(REPO / "assets" / "examples.yaml"))
        assert proc.returncode == 0, proc.stderr
        shutil.rmtree(disk / "backups", ignore_errors=True)
        return db
    return make


def test_a_full_disk_is_said_so_and_no_backup_is_offered(teachapp_cli, small_disk, home_on):
    db = home_on(small_disk)
    before = db.read_bytes()
    _fill(small_disk)
    proc = teachapp_cli("--db", str(db), "list")
    assert proc.returncode == 1
    # was: "The database … is damaged (disk I/O error). … move it aside to start afresh."
    # (with a backup: "To go back to it, run 'teachapp … backup restore'", losing work)
    assert f"The disk that holds the database {db} is full" in proc.stderr
    assert "Free some space on that disk" in proc.stderr
    assert "damaged" not in proc.stderr and "restore" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert db.read_bytes() == before
    (small_disk / "fill").unlink()
    assert "Reading mode" in teachapp_cli("--db", str(db), "list").stdout


def test_a_disk_that_fills_during_an_import_is_said_so(teachapp_cli, small_disk, home_on,
                                                       tmp_path):
    db = home_on(small_disk)
    many = tmp_path / "many.yaml"
    many.write_text("version: 1\nroutines:\n" + "".join(
        f"  - name: Routine {i}\n    phrases: [phrase number {i}]\n    steps:\n"
        f"      - say: number {i}\n" for i in range(1500)))
    _fill(small_disk, leave_kib=200)
    proc = teachapp_cli("--db", str(db), "import", str(many))
    assert proc.returncode == 1
    # was: "Cannot use the database sqlite:////…/home.sqlite3: database or disk is full"
    assert f"The disk that holds the database {db} is full" in proc.stderr
    assert "Free some space" in proc.stderr
    (small_disk / "fill").unlink()
    listed = teachapp_cli("--db", str(db), "list").stdout
    assert "Reading mode" in listed and "Routine 1" not in listed  # all or nothing


@pytest.fixture
def read_only_view(tmp_path, home_on):
    """A database taught and closed in ``source``, seen through a read-only bind mount."""
    if shutil.which("mount") is None:
        pytest.skip("no mount command")
    source = tmp_path / "source"
    source.mkdir()
    db = home_on(source)
    view = tmp_path / "view"
    view.mkdir()
    _mount("--bind", str(source), str(view))
    try:
        _mount("-o", "remount,bind,ro", str(view))
        yield view / db.name
    finally:
        subprocess.run(["umount", "-l", str(view)], check=False)


def test_a_database_on_a_read_only_disk_says_so(teachapp_cli, read_only_view):
    db = read_only_view
    proc = teachapp_cli("--db", str(db), "run", "reading mode")
    assert proc.returncode == 1
    # was: "Cannot read and write …; check its permissions. It was left untouched."
    assert "is on a disk mounted read-only" in proc.stderr
    assert "point --db at the copy" in proc.stderr
    made = teachapp_cli("--db", str(db.parent / "new.sqlite3"), "list")
    assert made.returncode == 1
    # was: "Cannot create …: the folder is not writable."
    assert "it is on a disk mounted read-only" in made.stderr


def test_a_database_in_a_folder_you_cannot_write_says_so_not_damaged(teachapp_cli,
                                                                       home_on):
    """A sound database that the person may write, in a folder they may not (a shared
    folder, a copy left by root), was called damaged: "The database … is damaged
    (attempt to write a readonly database). … move it aside to start afresh." Now the
    folder is named, with the fix, and the file is left as it was. Run as another user
    when the tests run as root (root may write anywhere)."""
    import os
    import sys
    import tempfile

    place = Path(tempfile.mkdtemp(prefix="teachapp-folder-"))
    try:
        folder = place / "shared"
        folder.mkdir()
        db = home_on(folder)
        for side in ("-wal", "-shm"):
            Path(f"{db}{side}").unlink(missing_ok=True)
        mine = place / "mine"
        mine.mkdir()
        os.chmod(place, 0o755)
        os.chmod(db, 0o666)
        os.chmod(folder, 0o555)
        os.chmod(mine, 0o777)
        before = db.read_bytes()
        env = {**os.environ, "HOME": str(mine), "TEACHAPP_DATA_DIR": str(mine),
               "TEACHAPP_CONFIG_DIR": str(mine), "TEACHAPP_LOG_DIR": str(mine),
               "TEACHAPP_CACHE_DIR": str(mine)}
        command = [sys.executable, "-m", "teachapp", "--db", str(db), "list"]
        if os.geteuid() == 0:
            if shutil.which("setpriv") is None:
                pytest.skip("running as root without setpriv")
            command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                       *command]
        proc = subprocess.run(command, capture_output=True, text=True, env=env, cwd=REPO,
                              stdin=subprocess.DEVNULL, timeout=120)
        assert proc.returncode == 1, (proc.stdout, proc.stderr)
        assert proc.stderr == (
            f"teachapp: The database {db} is in a folder you cannot write to ({folder}), "
            "so teachapp cannot save to it (SQLite keeps its journal beside the file). It "
            "was left untouched. Make that folder writable for you, or copy the file to a "
            "folder you can write to and point --db at the copy.\n")
        assert db.read_bytes() == before
    finally:
        os.chmod(place / "shared", 0o755)
        shutil.rmtree(place, ignore_errors=True)


def test_reading_a_database_on_a_read_only_disk_works_and_says_so(teachapp_cli, tmp_path,
                                                                   read_only_view):
    """`list`, `export` and `devices` only read, yet on a read-only disk each said "The
    database … is on a disk mounted read-only, so teachapp cannot save to it. It was left
    untouched. …" and showed nothing (exit 1). Now each shows the database, opened for
    reading only, and says so on stderr; a command that changes it still refuses."""
    db = read_only_view
    before = db.read_bytes()
    said = (f"teachapp: The database {db} is on a disk mounted read-only: it was opened "
            "for reading only. To change anything, mount that disk read-write, or copy the "
            "file to a folder you can write to and point --db at the copy.\n")
    listed = teachapp_cli("--db", str(db), "list")
    assert listed.returncode == 0, listed.stderr
    assert "Reading mode" in listed.stdout and listed.stderr == said
    exported = teachapp_cli("--db", str(db), "export")
    assert exported.returncode == 0, exported.stderr
    assert "name: Reading mode" in exported.stdout and exported.stderr == said
    out = tmp_path / "routines.yaml"
    assert teachapp_cli("--db", str(db), "export", str(out)).returncode == 0
    assert "name: Reading mode" in out.read_text()
    devices = teachapp_cli("--db", str(db), "devices", "--json")
    assert devices.returncode == 0, devices.stderr
    assert devices.stdout.count('"id"') >= 1 and devices.stderr == said
    changed = teachapp_cli("--db", str(db), "rename", "Reading mode", "Book time")
    assert changed.returncode == 1
    assert "is on a disk mounted read-only, so teachapp cannot save to it" in changed.stderr
    assert db.read_bytes() == before
