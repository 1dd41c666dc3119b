"""A new user meets the conversation: chat, run and resolve in child processes on a real
SQLite file with the simulated home (and a back door added), as a person types them.

Each test is a gap a person hit: another phrase for a routine by voice, "what's X do"
by any phrase, one verb for two devices, "turn off everything" reading back the whole
house, two routines offered with "or", several requests in ``resolve --json``, and a
timer said inside one of two requests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import chat_lines

ROUTINES = """\
version: 1
routines:
  - name: Movie mode
    phrases: [movie mode]
    steps:
      - device: light.living_room_lamp
        set: {on: true, brightness: 20}
  - name: Reading mode
    phrases: [reading mode]
    steps:
      - device: light.living_room_lamp
        set: {on: true, brightness: 100}
"""
BACK_DOOR = """\
version: 1
devices:
  - {id: lock.back_door, name: Back door, room: Kitchen}
routines: []
"""


@pytest.fixture
def home(teachapp_cli, tmp_path) -> Path:
    """The simulated home as a first start makes it, two routines imported, then a back
    door added."""
    db = tmp_path / "home.sqlite3"
    for name, text in (("routines.yaml", ROUTINES), ("door.yaml", BACK_DOOR)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        proc = teachapp_cli("--db", str(db), "--no-speech", "import", str(tmp_path / name))
        assert proc.returncode == 0, proc.stderr
    return db


def _states(teachapp_cli, db: Path) -> dict[str, dict]:
    proc = teachapp_cli("--db", str(db), "devices", "--json")
    return {row["id"]: row["state"] for row in map(json.loads, proc.stdout.splitlines())}


def _routines(teachapp_cli, db: Path) -> dict[str, list[str]]:
    proc = teachapp_cli("--db", str(db), "list", "--json")
    return {row["name"]: row["phrases"] for row in map(json.loads, proc.stdout.splitlines())}


def test_a_routine_gets_another_phrase_by_voice_and_is_explained_by_it(teachapp_cli, home):
    lines = chat_lines(home, "call movie mode film night",
                       "name reading mode book time too", "what's film night do",
                       "what does book time do", "film night", "what's it do")
    assert lines[0] == 'OK, "film night" will start movie mode too.'
    assert lines[1] == 'OK, "book time" will start reading mode too.'
    assert lines[2].startswith("Movie mode will set Living room lamp on at 20 %")
    assert any(line.startswith("Reading mode will set Living room lamp on at 100 %")
               for line in lines[3:])
    assert lines[-3:] == ["Movie mode: set Living room lamp on at 20 %.", "Movie mode will set Living room lamp on at 20 %.",
                          'Say "movie mode" or "film night" (added) to start it.']
    assert _routines(teachapp_cli, home) == {"Movie mode": ["movie mode", "film night"],
                                             "Reading mode": ["reading mode", "book time"]}


def test_undo_keeps_a_phrase_added_by_hand_and_forget_that_alias_removes_it(
        teachapp_cli, home):
    """An undo after a phrase the person added themselves puts the lamp back and keeps
    the phrase (they said what it means); only "forget that alias" takes it away."""
    lines = chat_lines(home, "call movie mode film night", "film night", "undo")
    assert 'stays a phrase of movie mode, since it was added by hand' in "\n".join(lines)
    assert _routines(teachapp_cli, home)["Movie mode"] == ["movie mode", "film night"]
    assert _states(teachapp_cli, home)["light.living_room_lamp"]["brightness"] != 20
    lines = chat_lines(home, "film night", "forget that alias")
    assert any("I won't take \"film night\" to mean movie mode" in line for line in lines)
    assert _routines(teachapp_cli, home)["Movie mode"] == ["movie mode"]


def test_call_instead_renames_and_words_about_no_routine_go_on(teachapp_cli, home):
    lines = chat_lines(home, "call movie mode film night instead", "call mum",
                       "what's the weather for", "call reading mode for me")
    assert lines[0] == 'Renamed movie mode to film night. Say "film night" to start it.'
    assert lines[1] == 'I don\'t know "call mum". Shall I learn it?'
    assert "I can't answer" in lines[2]
    assert "will start" not in lines[3]  # "for me" is no phrase
    assert _routines(teachapp_cli, home) == {"film night": ["film night"],
                                             "Reading mode": ["reading mode"]}


def test_a_phrase_another_routine_has_is_asked_about_not_moved(teachapp_cli, home):
    lines = chat_lines(home, "call reading mode movie mode", "keep")
    assert lines[0].startswith('"movie mode" already starts movie mode. Say "replace"')
    assert _routines(teachapp_cli, home)["Reading mode"] == ["reading mode"]


def test_one_verb_for_two_devices_does_both(teachapp_cli, home):
    lines = chat_lines(home, "unlock the front door and the back door", "yes",
                       "yes", "lock the front door and the back door")
    assert lines == [  # each lock opened is asked about first; locking is not
        'Nothing has run yet. By "unlock the front door", do you want me to unlock '
        'Front door?',
        'Nothing has run yet. By "the back door", do you want me to unlock Back door?',
        "Front door: unlocked.", "Back door: unlocked.",
        "Front door: locked.", "Back door: locked."]
    states = _states(teachapp_cli, home)
    assert states["lock.front_door"]["locked"] and states["lock.back_door"]["locked"]


def test_turning_off_everything_reads_back_only_what_changed(teachapp_cli, home):
    lines = chat_lines(home, "turn on the desk lamp", "turn off everything",
                       "turn off everything", "lock the front door and the back door")
    assert lines == ["Desk lamp: on.", "Desk lamp: off.", "The other 8 were already off.",
                     "All 9 devices are already off.",
                     "Front door and Back door are already locked."]


def test_two_routines_offered_with_or_are_asked_about_never_run(teachapp_cli, home):
    before = _states(teachapp_cli, home)
    lines = chat_lines(home, "maybe movie mode, or reading mode, I don't know")
    assert lines == ["Did you mean movie mode or reading mode?"]
    assert _states(teachapp_cli, home) == before
    lines = chat_lines(home, "movie mode or reading mode", "the second one")
    assert lines == ["Did you mean movie mode or reading mode?", "Reading mode: set Living room lamp on at 100 %."]
    assert _states(teachapp_cli, home)["light.living_room_lamp"]["brightness"] == 100


def test_two_routines_joined_with_and_still_both_run(teachapp_cli, home):
    assert chat_lines(home, "movie mode and reading mode") == [
        "Movie mode and Reading mode."]


def test_resolve_json_reports_each_request_as_chat_and_run_do(teachapp_cli, home):
    said = "turn on the tv and movie mode"
    proc = teachapp_cli("--db", str(home), "resolve", "--json", said, "reading mode")
    assert proc.returncode == 0, proc.stderr
    first, second = map(json.loads, proc.stdout.splitlines())
    assert {"utterance", "decision", "routine", "score", "alternatives"} <= set(first)
    assert first["utterance"] == said
    assert [(p["utterance"], p["decision"], p["routine"], p["command"])
            for p in first["parts"]] == [("turn on the tv", "run", None, "turn on TV"),
                                         ("movie mode", "run", "Movie mode", None)]
    assert set(second) == {"utterance", "decision", "routine", "score", "alternatives"}
    proc = teachapp_cli("--db", str(home), "--no-speech", "run", said)
    assert proc.returncode == 0, proc.stderr
    states = _states(teachapp_cli, home)
    assert states["media_player.tv"]["on"] and states["light.living_room_lamp"]["on"]


def test_resolve_json_reports_a_part_it_does_not_know(teachapp_cli, home):
    proc = teachapp_cli("--db", str(home), "resolve", "--json", "movie mode and frobnicate")
    parts = json.loads(proc.stdout)["parts"]
    assert [(p["decision"], p["state"]) for p in parts] == [("run", "sure"),
                                                             ("reject", "unknown")]


_AT = {"evening": ("2026-12-05T20:00+00:00", "at 20:10", "at 21:00"),
       "before midnight": ("2026-12-05T23:55+00:00", "at 00:05 tonight", "at 00:55 tonight"),
       "small hours": ("2026-12-06T04:04+00:00", "at 04:14", "at 05:04 this morning")}
"""Where the test's clock starts, and the moments 10 minutes and an hour on as a reply
says them (the suite runs at any hour: a timer set at 23:23 for "an hour" ends "at 00:23
tonight", which a pattern for "tomorrow at" missed in CI)."""


@pytest.mark.parametrize("at", _AT)
def test_a_timer_said_inside_one_of_two_requests_is_set_for_that_part(teachapp_cli, home, at):
    now, in_ten, _ = _AT[at]
    lines = chat_lines(home, "turn on the desk lamp", "unlock the front door", "yes",
                       "lights off in ten minutes and lock up", "what timers are set",
                       env={"TEACHAPP_NOW": now, "TZ": "UTC"})
    del lines[1]  # "Unlock Front door? Say yes or no."
    assert lines[2:4] == ["Front door: locked.", "Back door was already locked."]
    assert lines[4].startswith("I'll turn off Bedroom lamp, Kitchen lights, Ceiling light, "
                               f"Living room lamp and Desk lamp {in_ten} (in 10 minutes)"), \
        lines[4]
    assert lines[5].startswith("Timer: turn off")
    proc = teachapp_cli("--db", str(home), "resolve", "--json",
                        "lights off in ten minutes and lock up")
    parts = json.loads(proc.stdout)["parts"]
    assert [p["state"] for p in parts] == ["timer", "sure"] and "at" in parts[0]


@pytest.mark.parametrize("at", _AT)
def test_a_routine_and_a_command_for_later_runs_the_routine_now(home, at):
    now, _, in_an_hour = _AT[at]
    lines = chat_lines(home, "movie mode and turn off the tv in an hour",
                       env={"TEACHAPP_NOW": now, "TZ": "UTC"})
    assert lines[0] == "Movie mode."
    assert lines[1].startswith(f"I'll turn off TV {in_an_hour} (in 1 hour)"), lines[1]


PHRASES = [("movie mode", "Movie mode"), ("film night", "Movie mode"),
           ("reading mode", "Reading mode"), ("Reading mode", "Reading mode")]


@pytest.mark.parametrize(("said", "offered"), [
    ("maybe movie mode, or reading mode, I don't know", ["Movie mode", "Reading mode"]),
    ("reading mode or film night", ["Reading mode", "Movie mode"]),
    ("either movie mode or reading mode", ["Movie mode", "Reading mode"]),
    ("movie mode and reading mode", []),            # both asked for
    ("movie mode or film night", []),               # one routine by two phrases
    ("don't run movie mode or reading mode", []),   # refused, not offered
    ("movie mode or the tv", []),
])
def test_routines_offered_as_a_choice(said, offered):
    from teachapp.conversation.either_or import offered_routines

    assert offered_routines(said, PHRASES) == offered
