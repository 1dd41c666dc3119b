"""A routine whose neighbouring steps leave things in the same state is told once per
state, wherever its steps are told: the save question while teaching, "what does
goodnight do?", "what did I teach you?" and ``teachapp list`` / ``teach``. "goodnight"
-> "turn off everything" -> "done" said "set … off" nine times (about 15 s spoken), and "turn off everything" was
read back in nine lines, one per device."""

from __future__ import annotations

from conftest import chat_lines, run_teachapp

from teachapp.conversation.steps_told import steps_sentence
from teachapp.domain import SayStep, SetStep, WaitStep

ALL_OFF = ("Bedroom fan, Bedroom lamp, Coffee maker, Kitchen lights, Ceiling light, "
           "Living room lamp, TV, Desk lamp and Office speaker")


def test_turning_everything_off_is_read_back_as_one_clause(db_path):
    lines = chat_lines(db_path, "goodnight", "yes", "turn off everything", "done", "yes",
                       "what does goodnight do", echo=True)
    replies = {lines[i]: lines[i + 1] for i, line in enumerate(lines) if line.startswith("> ")}
    assert replies["> turn off everything"] == f"{ALL_OFF} → off, when the routine runs."
    assert lines[lines.index("> turn off everything") + 2] == "> done"  # one line, not nine
    assert replies["> done"] == f'"goodnight" will turn off {ALL_OFF}. Shall I save it?'
    assert replies["> what does goodnight do"] == f"Goodnight will turn off {ALL_OFF}."
    listed = run_teachapp("--db", str(db_path), "list").stdout.splitlines()
    assert listed[:3] == ["goodnight", "  phrases: goodnight", f"  does: turn off {ALL_OFF}"]


def test_only_neighbours_are_joined_so_the_order_stays():
    names = {"light.a": "Desk lamp", "light.b": "Bedroom lamp", "media_player.tv": "TV",
             "lock.front_door": "Front door", "cover.blinds": "Blinds"}
    steps = [SetStep("light.a", {"on": False}), SetStep("media_player.tv", {"on": False}),
             SetStep("light.b", {"on": True, "brightness": 20}),
             SetStep("light.a", {"on": True, "brightness": 20}),
             SetStep("light.b", {"on": False}), WaitStep(600),
             SetStep("lock.front_door", {"locked": True}),
             SetStep("cover.blinds", {"position": 0}), SayStep("Sleep well")]
    assert steps_sentence(steps, names) == (
        "turn off Desk lamp and TV, set Bedroom lamp and Desk lamp on at 20 %, turn off "
        'Bedroom lamp, wait 10 minutes, lock Front door, close Blinds and then say '
        '"Sleep well"')
    assert steps_sentence([], names) == ""


def test_teach_on_the_command_line_says_it_the_same_way(db_path):
    out = run_teachapp("--db", str(db_path), "teach", "lights out",
                       "--set", "light.desk_lamp.on=false",
                       "--set", "light.bedroom_lamp.on=false", "--wait", "5").stdout
    assert out.strip() == ('Taught "lights out" as routine lights out: turn off Desk lamp '
                           "and Bedroom lamp and then wait 5 seconds.")
