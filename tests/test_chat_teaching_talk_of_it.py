"""At "Shall I save it?", talk about the routine being taught is about it, in ``teachapp
chat`` (a child process): "rename goodnight to bedtime" renames the phrase (it asked
the save question again, word for word), "what does bedtime do?" tells its steps (it was
"I don't know a routine called "bedtime"."), and "thanks" is no answer: the question
again, shortly."""

from __future__ import annotations

import json

from conftest import chat_lines, run_teachapp


def _replies(lines: list[str]) -> dict[str, str]:
    return {lines[i][2:]: lines[i + 1] for i, line in enumerate(lines) if line.startswith("> ")}


def test_the_phrase_taught_is_renamed_and_told_before_it_is_saved(db_path):
    lines = chat_lines(db_path, "goodnight", "yes", "turn off the tv", "done",
                       "rename goodnight to bedtime", "what does bedtime do", "thanks",
                       "rename it to lights out", "yes", echo=True)
    said = _replies(lines)
    assert said["rename goodnight to bedtime"] == (
        'OK, "bedtime" then. "bedtime" will turn off TV. Shall I save it?')
    assert said["what does bedtime do"] == (
        '"bedtime" isn\'t saved yet: it will turn off TV. Shall I save it?')
    assert said["thanks"] == 'You\'re welcome. Shall I save "bedtime"? Say yes or no.'
    assert said["rename it to lights out"].startswith('OK, "lights out" then.')
    assert said["yes"] == 'Saved. Say "lights out" any time.'
    listed = json.loads(run_teachapp("--db", str(db_path), "list", "--json").stdout)
    assert listed["name"] == "lights out" and listed["phrases"] == ["lights out"]


def test_what_it_does_while_steps_are_still_given(db_path):
    lines = chat_lines(db_path, "teach", "movie time", "what does movie time do",
                       "turn on the tv", "what does it do", "thanks", echo=True)
    said = _replies(lines)
    assert said["what does movie time do"].startswith(
        '"movie time" isn\'t saved yet, and it doesn\'t do anything yet. Tell me what it '
        "should do, e.g. ")
    assert said["what does it do"] == (
        '"movie time" isn\'t saved yet: so far it will turn on TV. Tell me what else it '
        'should do, or say "done".')
    at = lines.index("> thanks")
    assert lines[at + 1:at + 3] == [
        "You're welcome.", 'Back to teaching "movie time": so far it will turn on TV. Tell '
        'me what else it should do, or say "done".']  # (was "We're still teaching …")


def test_asking_to_run_it_again_while_teaching_changes_no_step(db_path):
    """"run it again" after a step was read as a device command, "it" as the TV and "run"
    as "turn on": the routine taught to turn the TV off would have turned it on."""
    lines = chat_lines(db_path, "goodnight", "yes", "turn off the tv", "run it again",
                       "do that again", "done", "yes", echo=True)
    said = _replies(lines)
    for asked in ("run it again", "do that again"):
        assert said[asked] == ('Nothing runs while I\'m learning "goodnight". Say the next '
                               'thing it should do, or say "done".')
    assert said["done"] == '"goodnight" will turn off TV. Shall I save it?'
    listed = json.loads(run_teachapp("--db", str(db_path), "list", "--json").stdout)
    assert listed["steps"] == [{"device": "media_player.tv", "set": {"on": False}}]
