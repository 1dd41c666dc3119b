"""`teachapp teach`'s note about a phrase that sounds like another names the routine only
when its name is not that phrase: it said "'x mode' sounds like 'study mode' (study
mode)". A real process on a real SQLite file."""

from __future__ import annotations


def test_the_note_names_a_routine_once(teachapp_cli, tmp_path):
    db = str(tmp_path / "home.db")
    assert teachapp_cli("--db", db, "teach", "study mode",
                        "--set", "light.desk_lamp.on=true").returncode == 0
    proc = teachapp_cli("--db", db, "teach", "sturdy mode", "--set", "light.desk_lamp.on=false")
    assert proc.returncode == 0, proc.stderr
    assert ("teachapp: note: 'sturdy mode' sounds like 'study mode'; saying it may ask "
            "which one you meant.") in proc.stderr, proc.stderr


def test_the_note_names_the_routine_of_another_phrase(teachapp_cli, tmp_path):
    db = str(tmp_path / "home.db")
    assert teachapp_cli("--db", db, "teach", "time to read", "--name", "Reading mode",
                        "--set", "light.desk_lamp.on=true").returncode == 0
    proc = teachapp_cli("--db", db, "teach", "time to reed", "--set", "light.desk_lamp.on=false")
    assert proc.returncode == 0, proc.stderr
    assert "sounds like 'time to read' (Reading mode); saying it" in proc.stderr, proc.stderr
