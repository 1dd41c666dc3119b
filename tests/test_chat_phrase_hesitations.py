"""A phrase taught by voice keeps no hesitation or wake word around it: "uh bedtime" is
taught as "bedtime" (it was a routine named "uh bedtime" that "bedtime" only asked
about), in ``teachapp chat`` (a child process) on the simulated home
(``intents.taught_phrase``, read by ``Teacher.set_phrase``, the one way in of every
teaching)."""

from __future__ import annotations

import json

from conftest import chat_lines


def _routines(teachapp_cli, db_path) -> dict[str, list[str]]:
    proc = teachapp_cli("--db", str(db_path), "list", "--json")
    return {r["name"]: r["phrases"] for r in map(json.loads, proc.stdout.splitlines())}


def test_hesitations_and_a_wake_word_are_not_taught(teachapp_cli, db_path):
    lines = chat_lines(db_path, "teach", "uh bedtime", "all the lights off", "done", "yes",
                       "bedtime",
                       "er reading mode", "yes", "turn on the desk lamp", "done", "yes",
                       "alexa tea time", "turn on the coffee maker", "yes")
    assert lines[1] == ('What should "bedtime" do? Tell me, or set the devices, then say '
                        '"done".')  # was "uh bedtime"
    assert 'Saved. Say "bedtime" any time.' in lines
    assert "Bedtime: everything was already so." in lines  # was "Did you mean uh bedtime?"
    assert 'Saved. Say "reading mode" any time.' in lines  # offered, then taught
    assert 'Shall "tea time" do that from now on?' in lines  # shown, then taught
    assert _routines(teachapp_cli, db_path) == {
        "bedtime": ["bedtime"], "reading mode": ["reading mode"], "tea time": ["tea time"]}


def test_words_of_its_own_stay(teachapp_cli, db_path):
    lines = chat_lines(db_path, "teach", "computer off", "turn off the tv", "done", "yes",
                       "teach", "um", "cancel")
    assert lines[1].startswith('What should "computer off" do?')  # not "off"
    assert lines[-2].startswith("Take your time. Say the words you want to use")  # no phrase
    assert _routines(teachapp_cli, db_path) == {"computer off": ["computer off"]}
