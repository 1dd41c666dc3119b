"""``teachapp undo`` says what ``chat``'s "undo" says, by the one function
(``Undoing.undone_said``): only the devices the run changed, or that it changed
nothing, then the states of those put back. It printed every device the run touched
under "Put back what the last run changed:" (nine lines after "turn off everything"
with everything off already)."""

from __future__ import annotations

import json

from conftest import chat_lines, run_teachapp


def _cli(db_path, *args: str):
    return run_teachapp("--db", str(db_path), "--no-speech", *args)


def test_an_undo_names_only_what_changed_as_chat_does(db_path):
    assert _cli(db_path, "run", "turn off everything").returncode == 0
    undone = _cli(db_path, "undo")
    assert undone.returncode == 0
    assert undone.stdout.splitlines() == [
        "Undone: it changed nothing, so nothing needed putting back."]
    assert _cli(db_path, "run", "turn on the desk lamp and the tv").returncode == 0
    assert _cli(db_path, "undo").stdout.splitlines() == [
        "Undone: Desk lamp and TV put back.",
        "Desk lamp (light.desk_lamp): off, brightness 100 %, colour temp 3000 K",
        "TV (media_player.tv): off, volume 30 %"]
    # chat says the same line of the same kind of run
    said = chat_lines(db_path, "turn on the desk lamp and the tv", "undo")
    assert said[-1] == "Undone: Desk lamp and TV put back."


def test_the_json_form_is_unchanged(db_path):
    assert _cli(db_path, "run", "turn on the tv").returncode == 0
    undone = _cli(db_path, "undo", "--json")
    assert [json.loads(line)["id"] for line in undone.stdout.splitlines()] == [
        "media_player.tv"]
