"""A speech model installed into a models folder on a full disk (a real small disk, a
tmpfs, where this machine lets a test mount one): ``models install ko`` said "this
computer has no network connection" when off line, though no download could have
fitted; now the disk is said first, before the network is asked, with the way out.
A disk that fills up part-way says so too. Either way the models already there are
untouched and nothing half-written stays."""

from __future__ import annotations

import http.server
import os
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from teachapp.errors import ModelError
from teachapp.settings import Settings
from teachapp.speech import ModelManager


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    """A 256 KiB disk holding a models folder with one model in it."""
    where = tmp_path / "disk"
    where.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(where)],
                             capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"this machine does not let a test mount a small disk: {mounted.stderr}")
    try:
        kept = where / "data" / "models" / "vosk-model-small-xx"
        (kept / "conf").mkdir(parents=True)
        (kept / "conf" / "model.conf").write_text("--min-active=200\n")
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def _fill(disk: Path, leave: int = 0) -> None:
    """Fill the disk, leaving about ``leave`` bytes."""
    free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
    with (disk / "filler").open("wb") as out:
        try:
            out.write(b"\0" * max(0, free - leave))
            out.flush()
        except OSError:
            pass


def _untouched(disk: Path) -> None:
    models = disk / "data" / "models"
    kept = models / "vosk-model-small-xx" / "conf" / "model.conf"
    assert kept.read_text() == "--min-active=200\n"
    leftovers = [p.name for p in models.iterdir() if p.name != "vosk-model-small-xx"]
    assert all(p == ".downloads" for p in leftovers), leftovers
    if (models / ".downloads").exists():
        assert list((models / ".downloads").iterdir()) == []


def test_install_on_a_full_disk_says_the_disk_first(teachapp_cli, disk, tmp_path):
    _fill(disk)
    env = {"TEACHAPP_DATA_DIR": str(disk / "data"),
           "TEACHAPP_SETTINGS": str(tmp_path / "settings.json")}
    proc = teachapp_cli("--db", str(tmp_path / "home.sqlite3"), "models", "install", "ko",
                        env=env)
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines()[0] == (
        "teachapp: Not enough disk space to download the vosk-model-small-ko-0.22 model: "
        f"about 90 MB are needed in {disk / 'data' / 'models'} and 0 MB are free. Free some "
        "space, or set TEACHAPP_DATA_DIR to a disk with room, then run the install again.")
    _untouched(disk)


class _NoLength(http.server.BaseHTTPRequestHandler):
    """Sends 400 KB without a length (the size is known only at the end)."""

    def do_GET(self) -> None:
        self.send_response(200)
        self.end_headers()
        for _ in range(40):
            self.wfile.write(b"PK" + b"x" * 9_998)

    def log_message(self, *args: object) -> None:
        pass


def test_a_disk_that_fills_up_while_downloading_keeps_nothing_half_written(disk,
                                                                           tmp_path):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _NoLength)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        _fill(disk, leave=100_000)
        manager = ModelManager(Settings(tmp_path / "settings.json"),
                               root=disk / "data" / "models")
        with pytest.raises(ModelError) as info:
            manager.install("xx", url=f"http://127.0.0.1:{server.server_port}/m.zip")
    finally:
        server.shutdown()
    assert str(info.value).startswith(
        f"The disk filled up while downloading http://127.0.0.1:{server.server_port}/m.zip; "
        "nothing half-written was kept. Free some space")
    _untouched(disk)
