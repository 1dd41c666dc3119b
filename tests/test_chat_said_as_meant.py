"""What a household says of a morning routine, in ``teachapp chat`` (a child process, the
clock fixed at 21:00 UTC): "run wake up tomorrow at 6" set 18:00; "wake me up at 7 on
weekdays" was refused as a reminder ("I can only remind you once, …"); "turn wake up
back on" of one on asked 'Did you mean wake up?'; the sounds-alike note said a name
twice ('"reading mode", which starts reading mode'); and an undo of a CLI rename wrote
the phrase back in the name's capitals ("Movie night" for "movie night")."""

from __future__ import annotations

import json

from conftest import chat_lines, run_teachapp

_AT_NINE_PM = {"TEACHAPP_NOW": "2026-12-07T21:00:00+00:00", "TZ": "UTC"}


def _teach(db_path, phrase: str, *sets: str) -> None:
    args = [a for s in sets for a in ("--set", s)]
    proc = run_teachapp("--db", str(db_path), "teach", phrase, *args, env=_AT_NINE_PM)
    assert proc.returncode == 0, proc.stderr


def _after(lines: list[str], said: str) -> str:
    return lines[lines.index(f"> {said}") + 1]


def test_a_morning_routine_tomorrow_at_a_bare_hour_is_the_morning(db_path):
    _teach(db_path, "wake up", "light.bedroom_lamp.on=true")
    _teach(db_path, "bedtime", "light.ceiling_light.on=false")
    lines = chat_lines(db_path, "run wake up tomorrow at 6", "run bedtime tomorrow at 6",
                       "run wake up tomorrow at 6 pm", "wake up at 5:30 tomorrow",
                       echo=True, env=_AT_NINE_PM)
    assert _after(lines, "run wake up tomorrow at 6") == (
        "Wake up will run once tomorrow at 06:00. Say \"cancel that\" if you change "
        "your mind.")  # (was 18:00)
    assert "at 18:00" in _after(lines, "run bedtime tomorrow at 6")
    assert "at 18:00" in _after(lines, "run wake up tomorrow at 6 pm")
    assert "tomorrow at 05:30" in _after(lines, "wake up at 5:30 tomorrow")


def test_a_wake_up_on_weekdays_is_offered_as_the_routine_s_schedule(db_path):
    _teach(db_path, "wake up", "light.bedroom_lamp.on=true")
    lines = chat_lines(db_path, "wake me up at 7 on weekdays", "yes",
                       "wake me up at 7 on weekdays", "set an alarm for 7 pm every day",
                       echo=True, env=_AT_NINE_PM)
    assert lines[1:5] == [
        "An alarm goes off only once. Shall I run wake up every weekday at 07:00 instead?",
        "> yes", "Wake up will run every weekday at 07:00. Next: Tue 8 Dec at 07:00.",
        "> wake me up at 7 on weekdays"]
    assert lines[5] == ("An alarm goes off only once, but wake up already runs every "
                        "weekday at 07:00.")
    assert _after(lines, "set an alarm for 7 pm every day").startswith(
        "An alarm goes off only once. Say it for one day")  # (19:00 is no waking)


def test_a_wake_up_on_weekdays_without_a_morning_routine_says_how(db_path):
    lines = chat_lines(db_path, "wake me up at 7 on weekdays", env=_AT_NINE_PM)
    assert lines == ["An alarm goes off only once. Say it for one day, like \"wake me up "
                     "tomorrow at 7\", or teach a routine, like \"wake up\", and say \"run "
                     "wake up every weekday at 7\"."]


def test_turning_on_a_routine_already_on_says_so(db_path):
    _teach(db_path, "wake up", "light.bedroom_lamp.on=true")
    lines = chat_lines(db_path, "turn wake up back on", env=_AT_NINE_PM)
    assert lines == ["Wake up is already switched on. Say \"wake up\" to start it."]


def test_the_sounds_alike_note_names_a_routine_once(db_path):
    _teach(db_path, "reading mode", "light.desk_lamp.on=true")
    lines = chat_lines(db_path, "teach", "reading mod", env=_AT_NINE_PM)
    assert lines[1] == ("Careful: \"reading mod\" sounds like \"reading mode\", one of your "
                        "routines, so I may mix them up. Say \"the phrase is ...\" to choose "
                        "another, or go on.")


def test_undoing_a_cli_rename_keeps_the_phrase_as_written(db_path, tmp_path):
    routines = tmp_path / "routines.yaml"
    routines.write_text("version: 1\nroutines:\n- name: Movie night\n"
                        "  phrases: [movie night, film time]\n  steps:\n"
                        "  - device: media_player.tv\n    set: {on: true}\n")
    assert run_teachapp("--db", str(db_path), "import", str(routines)).returncode == 0
    assert run_teachapp("--db", str(db_path), "rename", "Movie night", "Cinema"
                        ).returncode == 0
    lines = chat_lines(db_path, "undo")
    assert lines == ["Undone: cinema is called movie night again. Say \"movie night\" to "
                     "start it."]
    listed = run_teachapp("--db", str(db_path), "list", "--json")
    phrases = [r["phrases"] for r in map(json.loads, listed.stdout.splitlines())
               if r["name"] == "Movie night"]
    assert phrases == [["movie night", "film time"]]  # (was "Movie night")
