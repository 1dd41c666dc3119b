"""`teachapp delete` / `rename` given a routine's phrase rather than its name say whose
phrase it is and the command to use: they said "There is no routine called 'time to
read'; 'teachapp list' shows the routines." A real process on a real SQLite file."""

from __future__ import annotations

from conftest import REPO


def test_a_phrase_given_for_a_name(teachapp_cli, tmp_path):
    db = str(tmp_path / "home.db")
    assert teachapp_cli("--db", db, "import",
                        str(REPO / "assets" / "examples.yaml")).returncode == 0
    proc = teachapp_cli("--db", db, "delete", "time to read")
    assert proc.returncode == 1
    assert proc.stderr == ("teachapp: 'time to read' is a phrase of Reading mode, not a "
                           "routine's name; 'teachapp delete \"Reading mode\"' deletes it, "
                           "with all its phrases.\n")
    proc = teachapp_cli("--db", db, "rename", "movie time", "Cinema")
    assert proc.returncode == 1
    assert "'teachapp rename \"Movie night\" \"Cinema\"' renames it." in proc.stderr
    assert "Reading mode" in teachapp_cli("--db", db, "list").stdout  # nothing deleted
    unknown = teachapp_cli("--db", db, "delete", "tea time")
    assert unknown.returncode == 1 and "There is no routine called 'tea time'" in unknown.stderr
