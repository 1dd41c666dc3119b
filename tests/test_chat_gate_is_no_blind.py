""""close the blinds" in ``teachapp chat`` (a child process) in a home whose only cover is
a driveway gate: the gate's name says what it is, so "the blinds" name nothing of this
home and nothing moves (it closed the gate, and "open the blinds" asked to open it)."""

from __future__ import annotations

from conftest import chat_lines, device_states, run_teachapp

GATE = """\
version: 1
devices:
  - {id: cover.driveway_gate, name: Driveway gate, room: Outside}
routines: []
"""


def test_the_blinds_are_not_the_driveway_gate(teachapp_cli, db_path, tmp_path):
    home = tmp_path / "gate.yaml"
    home.write_text(GATE, encoding="utf-8")
    assert run_teachapp("--db", str(db_path), "import", str(home)).returncode == 0
    before = device_states(db_path)["cover.driveway_gate"]
    lines = chat_lines(db_path, "open the blinds", "close the blinds", echo=True)
    assert lines[1] == "This home has no blinds. I can open Driveway gate."
    # (the gate is closed: it was "I can close Driveway gate.")
    assert lines[3] == "This home has no blinds. Driveway gate is already closed."
    assert device_states(db_path)["cover.driveway_gate"] == before
    assert chat_lines(db_path, "open the gate") == ["Open Driveway gate? Say yes or no."]
