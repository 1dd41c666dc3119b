"""While teaching, a step is taken out said around the thing as well as before it ("take
the front door out of bedtime", "leave the front door out", "don't turn on the tv"),
in ``teachapp chat`` (a child process): they said "I didn't get "take the front door
out of bedtime" as something to do. ..." (``intents.parse_remove``), while "remove the
front door" worked."""

from __future__ import annotations

import json

from conftest import chat_lines, run_teachapp


def test_a_step_taken_out_said_around_the_thing(db_path):
    lines = chat_lines(db_path, "teach", "bedtime", "turn off the desk lamp",
                       "lock the front door", "turn on the tv",
                       "take the front door out of bedtime", "don't turn on the tv",
                       "lock the front door", "leave the front door out", "done", "yes")
    assert lines[5:9] == [
        'OK, not the front door. So far "bedtime" will turn off Desk lamp and then turn on TV.',
        'OK, not the tv. So far "bedtime" will turn off Desk lamp.',
        "Front door → locked, when the routine runs.",
        'OK, not the front door. So far "bedtime" will turn off Desk lamp.']
    assert lines[9] == "\"bedtime\" will turn off Desk lamp. Shall I save it?"
    listed = run_teachapp("--db", str(db_path), "list", "--json").stdout.splitlines()
    assert [step["device"] for step in json.loads(listed[0])["steps"]] == ["light.desk_lamp"]
