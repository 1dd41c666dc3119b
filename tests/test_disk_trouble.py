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


def test_a_database_on_a_read_only_disk_says_so(teachapp_cli, tmp_path, home_on):
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
        proc = teachapp_cli("--db", str(view / db.name), "run", "reading mode")
        assert proc.returncode == 1
        # was: "Cannot read and write …; check its permissions. It was left untouched."
        assert "is on a disk mounted read-only" in proc.stderr
        assert "point --db at the copy" in proc.stderr
        made = teachapp_cli("--db", str(view / "new.sqlite3"), "list")
        assert made.returncode == 1
        # was: "Cannot create …: the folder is not writable."
        assert "it is on a disk mounted read-only" in made.stderr
    finally:
        subprocess.run(["umount", "-l", str(view)], check=False)
