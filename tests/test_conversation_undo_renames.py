"""A rename is taken back by "undo" in a later process, as a person meets it: each
command a child process on a real SQLite file. Before, ``teachapp rename "Evening"
"Cosy"`` then ``teachapp undo`` undid an older run and left the new name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROUTINES = """\
version: 1
routines:
  - name: Reading mode
    phrases: [reading mode]
    steps:
      - device: light.living_room_lamp
        set: {on: true, brightness: 100}
  - name: Cosy
    phrases: [cosy]
    steps:
      - device: light.desk_lamp
        set: {on: true}
"""


@pytest.fixture
def home(teachapp_cli, tmp_path) -> Path:
    db = tmp_path / "home.sqlite3"
    (tmp_path / "routines.yaml").write_text(ROUTINES, encoding="utf-8")
    proc = teachapp_cli("--db", str(db), "--no-speech", "import",
                        str(tmp_path / "routines.yaml"))
    assert proc.returncode == 0, proc.stderr
    return db


def _cli(teachapp_cli, db: Path, *args: str) -> str:
    proc = teachapp_cli("--db", str(db), "--no-speech", *args)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def _chat(teachapp_cli, db: Path, *turns: str) -> dict[str, list[str]]:
    proc = teachapp_cli("--db", str(db), "--no-speech", "chat", "--echo",
                        input="\n".join(turns) + "\n")
    assert proc.returncode == 0, proc.stderr
    replies: dict[str, list[str]] = {}
    turn = None
    for line in proc.stdout.splitlines():
        if line.startswith("> "):
            turn = line[2:]
            replies[turn] = []
        elif turn is not None:
            replies[turn].append(line)
    return replies


def _routines(teachapp_cli, db: Path) -> dict[str, list[str]]:
    out = _cli(teachapp_cli, db, "list", "--json")
    return {row["name"]: row["phrases"] for row in map(json.loads, out.splitlines())}


def _lamp_on(teachapp_cli, db: Path) -> bool:
    out = _cli(teachapp_cli, db, "devices", "--json")
    states = {row["id"]: row["state"] for row in map(json.loads, out.splitlines())}
    return bool(states["light.living_room_lamp"]["on"])


def test_undo_in_later_processes_takes_back_a_deletion_a_rename_and_a_run_newest_first(
        teachapp_cli, home):
    _cli(teachapp_cli, home, "run", "reading mode")
    assert _cli(teachapp_cli, home, "rename", "Reading mode", "Book time") == (
        "Renamed 'Reading mode' to 'Book time'. 'teachapp undo' renames it back.\n")
    _cli(teachapp_cli, home, "delete", "cosy")
    assert _cli(teachapp_cli, home, "undo") == "Restored routine 'Cosy'.\n"
    assert _cli(teachapp_cli, home, "undo") == "Renamed 'Book time' back to 'Reading mode'.\n"
    assert _routines(teachapp_cli, home) == {"Cosy": ["cosy"],  # (the phrase as it was
                                              "Reading mode": ["reading mode"]}  # written)
    assert _lamp_on(teachapp_cli, home)  # the run before the rename is still there
    assert _cli(teachapp_cli, home, "undo").startswith("Undone: Living room lamp put back.")
    assert not _lamp_on(teachapp_cli, home)


def test_a_rename_on_the_command_line_is_undone_by_undo_typed_in_a_later_chat(
        teachapp_cli, home):
    _cli(teachapp_cli, home, "rename", "reading mode", "Book time")
    said = _chat(teachapp_cli, home, "undo", "reading mode")
    assert said["undo"] == ['Undone: book time is called reading mode again. Say '
                            '"reading mode" to start it.']
    assert said["reading mode"][0].startswith("Reading mode")


def test_a_run_after_the_rename_is_undone_first_then_the_rename(teachapp_cli, home):
    _cli(teachapp_cli, home, "rename", "reading mode", "Book time")
    _chat(teachapp_cli, home, "book time")
    assert _cli(teachapp_cli, home, "undo").startswith("Undone: Living room lamp put back.")
    said = _chat(teachapp_cli, home, "undo")
    assert said["undo"][0].startswith("Undone: book time is called reading mode again.")


def test_a_rename_by_voice_that_replaced_a_routine_is_undone_by_the_cli_with_both_back(
        teachapp_cli, home):
    said = _chat(teachapp_cli, home, "rename reading mode to cosy", "replace")
    assert said["replace"] == ['Renamed reading mode to cosy. Say "cosy" to start it. Cosy '
                               'is deleted; "undo" brings it back.']
    out = _cli(teachapp_cli, home, "undo", "--json")
    assert json.loads(out) == {"renamed": "Reading mode", "was": "cosy", "restored": "Cosy",
                               "phrases_left_out": []}
    assert _routines(teachapp_cli, home) == {"Cosy": ["cosy"],  # (the phrase as it was
                                              "Reading mode": ["reading mode"]}  # written)
    proc = teachapp_cli("--db", str(home), "--no-speech", "run", "cosy", "--json")
    assert proc.returncode == 0 and "light.desk_lamp" in proc.stdout
