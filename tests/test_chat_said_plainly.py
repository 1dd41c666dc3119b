"""Everyday words in ``teachapp chat`` (a child process) that were misread: "turn wake up
back on" of a routine switched off ('Did you mean wake up?'), "make that warm white"
after a routine (it asked about every light), "why did I just do it" and "why did you just
do that" ('I don't know …. Shall I learn it?'), "call grandma" answered by a command
(done, the offer dropped), and the delete question, too long to be read aloud."""

from __future__ import annotations

from conftest import chat_lines, run_teachapp


def _teach_wake_up(db_path) -> None:
    assert run_teachapp("--db", str(db_path), "teach", "wake up", "--set",
                        "light.bedroom_lamp.on=true").returncode == 0


def test_turn_a_paused_routine_back_on_and_point_at_its_lamp(db_path):
    _teach_wake_up(db_path)
    lines = chat_lines(db_path, "pause wake up", "turn wake up back on", "wake up",
                       "make that warm white", "why did I just do it", echo=True)
    at = lines.index("> turn wake up back on")
    assert lines[at + 1] == "Wake up is switched on again: say \"wake up\" to start it."
    at = lines.index("> make that warm white")
    assert lines[at + 1] == "Bedroom lamp: on, colour temp 2700 K."
    at = lines.index("> why did I just do it")
    assert lines[at + 1] == "You typed \"make that warm white\"."


def test_why_did_you_just_do_that_explains_the_last_turn(db_path):
    lines = chat_lines(db_path, "turn on the tv", "why did you just do that", echo=True)
    assert lines[3] == "You typed \"turn on the tv\"."


def test_the_forget_question_is_short_and_names_what_goes(db_path):
    _teach_wake_up(db_path)
    lines = chat_lines(db_path, "run wake up every weekday at 7",
                       "call wake up rise and shine too", "forget wake up", "yes")
    assert lines[2:] == [
        "Wake up will turn on Bedroom lamp, every weekday at 07:00. Its phrase \"rise and "
        "shine\" goes too. Shall I forget it?",
        "Forgot wake up. Say \"undo\" to bring it back."]


def test_call_grandma_shown_by_a_command_is_offered_and_taught(db_path):
    lines = chat_lines(db_path, "call grandma", "turn on the office speaker", "yes",
                       "call grandma")
    assert lines == ["I don't know \"call grandma\". Shall I learn it?",
                     "Office speaker: on.", "Shall \"call grandma\" do that from now on?",
                     "Saved. Say \"call grandma\" any time.",
                     "Call grandma: everything was already so."]
