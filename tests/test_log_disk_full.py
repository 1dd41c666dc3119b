"""A log file whose disk fills up while teachapp runs: said once, then no log is kept.

On main Python's handler printed "--- Logging error ---" and a traceback of the failed
write on stderr for every line logged (a full disk under ``teachapp list``: two such
tracebacks, 50 lines, around the one line that said the disk was full); the advice, when
the log could not be opened on a full disk, was "Make it writable for you". The write
here fails for real: the handler's file is /dev/full, which answers every write with
ENOSPC, as a full disk does.
"""

from __future__ import annotations

import logging
import os

import pytest

from teachapp import logs

pytestmark = pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")


@pytest.fixture
def teachapp_log(tmp_path, monkeypatch):
    monkeypatch.setenv("TEACHAPP_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setattr(logs, "_configured", False)
    monkeypatch.setattr(logs, "_problem", None)
    root = logging.getLogger("teachapp")
    before = list(root.handlers)
    logs.setup_logging()
    (added,) = [h for h in root.handlers if h not in before]
    yield root, added
    if added in root.handlers:
        root.removeHandler(added)
        added.close()


def test_a_log_whose_disk_fills_up_is_said_once_and_stops(teachapp_log, tmp_path, capsys):
    root, handler = teachapp_log
    handler.stream = open("/dev/full", "a", encoding="utf-8")  # noqa: SIM115 - the handler closes it
    logging.getLogger("teachapp.cli").info("user error: %s", "the disk is full")
    logging.getLogger("teachapp.store").warning("another line")
    err = capsys.readouterr().err
    path = tmp_path / "logs" / "teachapp.log"
    said = (f"teachapp: Cannot write the log file {path}: no space left on device. Everything "
            "else works, but no log is kept. Free some space on that disk, or set "
            "TEACHAPP_LOG_DIR to a folder on another disk.")
    assert err.splitlines() == [said], err
    assert logs.logging_problem() == said.removeprefix("teachapp: ")
    assert logs.details_where().startswith("No log is kept")
    assert handler not in root.handlers
