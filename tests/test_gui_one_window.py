"""Two windows on one database: a second `teachapp gui` opened a second window, and both
listened to the microphone (a spoken command ran twice, both spoke the reply). Now the
second start brings the first window forward and ends at once, saying so; a window on
another database opens as before. Real processes, offscreen."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from conftest import REPO


def _socket(db: Path) -> Path:
    from teachapp.gui.one_window import server_name

    return Path(tempfile.gettempdir()) / server_name(str(db))


def test_a_second_window_on_the_same_database_brings_the_first_forward(teachapp_cli,
                                                                        tmp_path):
    db = tmp_path / "home.sqlite3"
    assert teachapp_cli("--db", str(db), "teach", "tea", "--set",
                        "switch.coffee_maker.on=true").returncode == 0
    first = subprocess.Popen([sys.executable, "-m", "teachapp", "--no-speech", "--db",
                              str(db), "gui"], cwd=REPO, env={**os.environ},
                             stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while not _socket(db).exists():  # the first window is up and listening
            assert first.poll() is None, first.stderr.read() if first.stderr else ""
            assert time.monotonic() < deadline, "the first window never listened"
            time.sleep(0.2)
        # was: a second window opened (this call never returned)
        second = teachapp_cli("--no-speech", "--db", str(db), "gui", timeout=120)
        assert second.returncode == 0, second.stderr
        assert second.stderr == (f"teachapp: teachapp is already open on {db}; its window "
                                 "was brought to the front (one window per database).\n")
        log = Path(os.environ["TEACHAPP_LOG_DIR"]) / "teachapp.log"
        deadline = time.monotonic() + 30
        while "a second start on this database" not in (log.read_text()
                                                       if log.exists() else ""):
            assert time.monotonic() < deadline, "the first window was not asked forward"
            time.sleep(0.2)
        assert first.poll() is None  # the first window goes on
    finally:
        first.terminate()
        first.wait(60)
