"""A routine renamed with capitals ("rename movie night to Film Night"): its phrase is
stored as teaching stores one (as said, case kept, spaces folded, a full stop dropped;
matched by its lower-case key), and inside a sentence the name reads in lower case, as
every name does there (``domain.name_in_sentence``; it was "Shall I undo film Night?",
then "Shall I undo Film Night?"), and a sentence's start as that with a capital first
letter ("Film night: turned on TV.", ``domain.name_opening``); the list keeps "Film Night".
``chat`` and ``list`` as child processes."""

from __future__ import annotations

import json

from conftest import chat_lines


def test_a_renamed_routine_is_stored_and_said_as_taught(teachapp_cli, db_path):
    db = ("--db", str(db_path), "--no-speech")
    assert teachapp_cli(*db, "teach", "movie night", "--set",
                        "media_player.tv.on=true").returncode == 0
    lines = chat_lines(db_path, "rename movie night to Film Night.",
                  "teach", "Study Time.", "desk lamp on", "done", "yes",
                  "FILM NIGHT", "cancel film night", "no",
                  "rename study time to Quiet hour", "quiet hour", "cancel quiet hour")
    assert lines[0] == "Renamed movie night to film night. Say \"film night\" to start it."
    assert lines[6:9] == ["Film night: turned on TV.", "Shall I undo film night?",  # was "film Night"
                          lines[8]]
    # a name in sentence case reads in lower case inside a sentence, as before
    assert lines[-2:] == ["Quiet hour: turned on Desk lamp.", "Shall I undo quiet hour?"]
    listed = {r["name"]: r["phrases"] for r in map(json.loads, teachapp_cli(
        *db, "list", "--json").stdout.splitlines())}
    # the renamed phrase is kept as teaching keeps "Study Time." (case kept, stop dropped)
    assert listed == {"Film Night": ["Film Night"], "Quiet hour": ["Quiet hour"]}
