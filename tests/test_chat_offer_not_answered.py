"""A command after "Shall I learn it?" is a showing of what the words mean only when
the words could be a name: words that hold a routine taught here ("run movie night
after every meal") or say when ("... every day") failed as a request, and the command
after them is done and the offer dropped. It asked "Shall "run movie night after every
meal" do that from now on?", and "yes" saved the TV off under the failed words
(``TurnOrder._says_of_a_routine``, ``teaching.names_a_routine``), in ``teachapp chat``
(a child process)."""

from __future__ import annotations

import json

from conftest import chat_lines, run_teachapp


def _routines(db_path) -> list[str]:
    listed = run_teachapp("--db", str(db_path), "list", "--json")
    return [json.loads(line)["name"] for line in listed.stdout.splitlines()]


def test_a_command_after_failed_words_about_a_routine_is_done_and_nothing_saved(db_path):
    assert run_teachapp("--db", str(db_path), "teach", "movie night", "--set",
                        "media_player.tv.on=true").returncode == 0
    lines = chat_lines(db_path, "run movie night after every meal", "turn on the tv",
                       "yes", "the lamps at bedtime every night", "turn on the desk lamp",
                       "yes")
    assert lines[1:3] == ["TV: on.",
                          "There's nothing to answer right now. Say a phrase, or \"teach\" "
                          "to teach me a new one."]
    assert lines[4:] == ["Desk lamp: on.", lines[2]]
    assert _routines(db_path) == ["movie night"]


def test_a_name_offered_is_still_taught_by_showing(db_path):
    lines = chat_lines(db_path, "reading time", "turn on the desk lamp", "yes")
    assert lines == ["I don't know \"reading time\". Shall I learn it?", "Desk lamp: on.",
                     "Shall \"reading time\" do that from now on?",
                     "Saved. Say \"reading time\" any time."]
    assert _routines(db_path) == ["reading time"]
