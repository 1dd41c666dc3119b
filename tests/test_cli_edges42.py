"""Edges of `export` and of the cache folder, driven through the CLI as a person would.

- `export notes.txt/out.yaml` with notes.txt a file said "not a directory; choose a folder
  you can write to": the system's words, naming no file. It now names the file in the way.
- `export FILE` wrote over whatever FILE held: a note, a backup, the very database it was
  reading (`--db home.db export home.db` left a YAML file where the database was, and the
  next command said "home.db is not a teachapp database"). A file that holds something
  other than routines is now left as it was and said; an empty file or a routine file
  (an export made before) is still written over, as the contract's `export FILE` did.
- TEACHAPP_CACHE_DIR naming a file was silent: every start parsed the word lists afresh,
  and neither a command nor `doctor` said why. It is said as the log's folder is.
"""

from __future__ import annotations

import json
import sqlite3

import pytest


@pytest.fixture
def home(teachapp_cli, tmp_path):
    db = tmp_path / "home.db"
    taught = teachapp_cli("--db", str(db), "--no-speech", "teach", "movie night",
                          "--set", "media_player.tv.on=true")
    assert taught.returncode == 0, taught.stderr
    return db


def test_export_into_a_folder_that_is_a_file_names_that_file(teachapp_cli, tmp_path, home):
    notes = tmp_path / "notes.txt"
    notes.write_text("milk, eggs\n")
    proc = teachapp_cli("--db", str(home), "export", str(notes / "out.yaml"))
    assert proc.returncode == 1
    assert proc.stderr.strip() == (
        f"teachapp: Cannot write {notes / 'out.yaml'}: {notes} is a file, not a folder, so "
        "nothing can be saved inside it; choose a folder to save in. Nothing was written.")
    assert notes.read_text() == "milk, eggs\n"
    deeper = teachapp_cli("--db", str(home), "export", str(notes / "sub" / "out.yaml"))
    assert deeper.returncode == 1 and f"{notes} is a file, not a folder" in deeper.stderr


def test_export_into_the_database_itself_keeps_it(teachapp_cli, tmp_path, home):
    proc = teachapp_cli("--db", str(home), "export", str(home))
    assert proc.returncode == 1
    assert proc.stderr.strip() == (
        f"teachapp: Cannot write {home}: it is the database teachapp is using, and the "
        "routines would replace it. Nothing was written. Give another file name, e.g. "
        f"{home.with_suffix('.yaml')}.")
    listed = teachapp_cli("--db", str(home), "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert [json.loads(line)["name"] for line in listed.stdout.splitlines()] == ["movie night"]


def test_export_into_a_file_of_something_else_leaves_it(teachapp_cli, tmp_path, home):
    notes = tmp_path / "notes.txt"
    notes.write_text("call the plumber on monday\n")
    proc = teachapp_cli("--db", str(home), "export", str(notes))
    assert proc.returncode == 1
    assert proc.stderr.strip() == (
        f"teachapp: Cannot write {notes}: it holds text that is no routine file, and the "
        "routines would replace it. Nothing was written. Give another file name, or move "
        "that file away first.")
    assert notes.read_text() == "call the plumber on monday\n"

    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("create table t (x)").connection.commit()
    before = other.read_bytes()
    proc = teachapp_cli("--db", str(home), "export", str(other))
    assert proc.returncode == 1
    assert "it holds an SQLite database (a teachapp database or backup?)" in proc.stderr
    assert other.read_bytes() == before


def test_export_over_an_export_or_an_empty_file_still_writes(teachapp_cli, tmp_path, home):
    out = tmp_path / "routines.yaml"
    first = teachapp_cli("--db", str(home), "export", str(out))
    assert first.returncode == 0, first.stderr
    teachapp_cli("--db", str(home), "--no-speech", "teach", "bed time",
                 "--set", "media_player.tv.on=false")
    again = teachapp_cli("--db", str(home), "export", str(out))
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == f"Exported 2 routines to {out}."
    assert "bed time" in out.read_text()
    empty = tmp_path / "empty.json"
    empty.touch()
    proc = teachapp_cli("--db", str(home), "export", str(empty))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(empty.read_text())["routines"][0]["name"] in {"movie night", "bed time"}


def test_a_cache_folder_that_is_a_file_is_said_and_stops_nothing(teachapp_cli, tmp_path):
    blocker = tmp_path / "cache.txt"
    blocker.write_text("not a folder\n")
    env = {"TEACHAPP_CACHE_DIR": str(blocker)}
    proc = teachapp_cli("--db", str(tmp_path / "home.db"), "--no-speech", "run",
                        "desk lamp on", env=env)
    assert proc.returncode == 0, proc.stderr
    assert "Desk lamp" in proc.stdout
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    default = lines[0].rsplit("unset it to use ", 1)[1].rstrip(".")
    said = (f"Cannot make teachapp's cache folder {blocker}: a file of that name is in the "
            "way. Everything works, but the word lists are read afresh at each start, which "
            f"is slower. Set TEACHAPP_CACHE_DIR to a folder you can write to, or unset it "
            f"to use {default}.")
    assert lines[0] == f"teachapp: {said}"
    assert blocker.read_text() == "not a folder\n"
    doctor = teachapp_cli("--db", str(tmp_path / "home.db"), "doctor", "--json", env=env)
    checks = {c["check"]: c for c in map(json.loads, doctor.stdout.splitlines())}
    assert checks["cache"] == {"check": "cache", "ok": False, "message": said}


def test_doctor_says_where_the_cache_is(teachapp_cli, tmp_path):
    doctor = teachapp_cli("--db", str(tmp_path / "home.db"), "doctor", "--json",
                          env={"TEACHAPP_CACHE_DIR": str(tmp_path / "cache")})
    checks = {c["check"]: c for c in map(json.loads, doctor.stdout.splitlines())}
    assert checks["cache"] == {"check": "cache", "ok": True,
                               "message": str(tmp_path / "cache")}


def test_the_window_says_a_cache_folder_that_is_a_file(qtbot, tmp_path, monkeypatch):
    from gui_helpers import close_window, open_window

    blocker = tmp_path / "cache.txt"
    blocker.write_text("not a folder\n")
    monkeypatch.setenv("TEACHAPP_CACHE_DIR", str(blocker))
    window, bridge = open_window(qtbot, tmp_path / "home.db")
    try:
        said = [window.strip.log.item(i).text() for i in range(window.strip.log.count())]
        assert any(text.startswith(f"Cannot make teachapp's cache folder {blocker}: a file "
                                   "of that name is in the way. Everything works")
                   for text in said), said
    finally:
        close_window(window, bridge)
