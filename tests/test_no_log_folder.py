"""TEACHAPP_LOG_DIR naming a file: everything works, and the missing log is said.

Decided: the log is where details go, never what a command needs, so a log that
cannot be kept stops nothing (as DESIGN.md asks of every missing part: "the app starts,
says what is missing and how to fix it (also in doctor)"). On main it was silent: no
line, doctor did not mention the log, and the window's "Details are in FILE" for an
unexpected error raised again while saying it (the log file's folder cannot be made).
"""

from __future__ import annotations

import json

import pytest


@pytest.fixture
def in_the_way(tmp_path):
    blocker = tmp_path / "notes.txt"
    blocker.write_text("not a folder\n")
    return blocker


def _said(blocker, default: str) -> str:
    return (f"Cannot make teachapp's log folder {blocker}: a file of that name is in the "
            "way. Everything else works, but no log is kept. Set TEACHAPP_LOG_DIR to a "
            f"folder you can write to, or unset it to use {default}.")


def test_a_command_works_and_says_no_log_is_kept(teachapp_cli, tmp_path, in_the_way):
    env = {"TEACHAPP_LOG_DIR": str(in_the_way)}
    proc = teachapp_cli("--db", str(tmp_path / "home.db"), "--no-speech", "run",
                        "desk lamp on", env=env)
    assert proc.returncode == 0, proc.stderr
    assert "Desk lamp" in proc.stdout
    line = proc.stderr.splitlines()
    assert len(line) == 1, proc.stderr
    default = line[0].rsplit("unset it to use ", 1)[1].rstrip(".")
    assert line[0] == f"teachapp: {_said(in_the_way, default)}"
    assert in_the_way.read_text() == "not a folder\n"
    doctor = teachapp_cli("--db", str(tmp_path / "home.db"), "doctor", "--json", env=env)
    checks = {c["check"]: c for c in map(json.loads, doctor.stdout.splitlines())}
    assert checks["log"] == {"check": "log", "ok": False,
                             "message": _said(in_the_way, default)}


def test_a_log_file_that_is_a_link_leaves_the_file_it_names_alone(teachapp_cli, tmp_path):
    """teachapp.log a symbolic link (to a file of the person's, or another program's):
    the log was appended to that file and its mode set to 0600. Now nothing outside the
    log folder changes, and the missing log is said as a missing folder is."""
    import os

    logs, theirs = tmp_path / "logs", tmp_path / "notes.txt"
    logs.mkdir()
    theirs.write_text("call the plumber\n")
    os.chmod(theirs, 0o644)
    (logs / "teachapp.log").symlink_to(theirs)
    proc = teachapp_cli("--db", str(tmp_path / "home.db"), "--no-speech", "run",
                        "desk lamp on", env={"TEACHAPP_LOG_DIR": str(logs)})
    assert proc.returncode == 0, proc.stderr
    assert "Desk lamp" in proc.stdout
    # was: silent, notes.txt made 0600 and the run's lines appended to it
    assert theirs.read_text() == "call the plumber\n"
    assert oct(theirs.stat().st_mode & 0o777) == oct(0o644)
    assert proc.stderr == (
        f"teachapp: The log file {logs / 'teachapp.log'} is a link to {theirs}, and "
        "teachapp writes its log only inside its own folder. Everything else works, but no "
        "log is kept. Remove the link, or set TEACHAPP_LOG_DIR to another folder.\n")


def test_doctor_says_where_the_log_is(teachapp_cli, tmp_path):
    doctor = teachapp_cli("--db", str(tmp_path / "home.db"), "doctor", "--json",
                          env={"TEACHAPP_LOG_DIR": str(tmp_path / "logs")})
    checks = {c["check"]: c for c in map(json.loads, doctor.stdout.splitlines())}
    assert checks["log"] == {"check": "log", "ok": True,
                             "message": str(tmp_path / "logs" / "teachapp.log")}


def test_the_window_says_it_and_an_unexpected_error_is_still_shown(qtbot, tmp_path,
                                                                     in_the_way, monkeypatch):
    from gui_helpers import close_window, open_window

    from teachapp import logs

    monkeypatch.setenv("TEACHAPP_LOG_DIR", str(in_the_way))
    monkeypatch.setattr(logs, "_configured", False)
    monkeypatch.setattr(logs, "_problem", None)
    logs.setup_logging()
    window, bridge = open_window(qtbot, tmp_path / "home.db")
    try:
        said = [window.strip.log.item(i).text() for i in range(window.strip.log.count())]
        assert any(text.startswith(f"Cannot make teachapp's log folder {in_the_way}")
                   for text in said), said
        errors: list[str] = []
        bridge.error.connect(errors.append)
        bridge.report(RuntimeError("the disk went away"))
        assert errors == ["Something went wrong: RuntimeError: the disk went away. No log is "
                          "kept (see 'teachapp doctor'); run teachapp with -v to see the "
                          "details."]
    finally:
        close_window(window, bridge)
