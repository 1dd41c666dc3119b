"""A step of a routine changed by voice with the device or the change said first and the
routine after it, in ``teachapp chat`` (a child process): "change the tv step in film night
to thirty percent" said "This home has no film night. Shall I set TV to 30 %, in the
Living room?" (read as a command in a place called film night), "set the tv to 30 percent
in film night" "This home has no film night. TV is already volume 30 %."."""

from __future__ import annotations

import json

from conftest import chat_lines

from teachapp.conversation.talk import parse_talk

_TAUGHT = ["teach", "film night", "turn off the ceiling light", "tv on at twenty percent",
           "done", "yes"]


def test_the_routine_said_after_the_change_is_edited(teachapp_cli, db_path):
    lines = chat_lines(db_path, *_TAUGHT,
                       "change the tv step in film night to thirty percent", "yes",
                       "set the desk lamp to 50 percent in film night", "yes",
                       "set the tv in film nite to 10", "no")
    assert lines[6:] == [
        "Film night will set TV volume 30 % (now on at 20 %). Shall I change it?",
        "Changed film night: it will turn off Ceiling light and then set TV on at 30 %.",
        "Film night will also set Desk lamp on at 50 %. Shall I change it?",
        "Changed film night: it will turn off Ceiling light, set TV on at 30 % and then "
        "set Desk lamp on at 50 %.",
        "Film night will set TV volume 10 % (now on at 30 %). Shall I change it?",
        "OK, film night stays as it is."]
    listed = json.loads(teachapp_cli("--db", str(db_path), "list", "--json").stdout)
    assert {"device": "media_player.tv", "set": {"on": True, "volume": 30}} in listed["steps"]


def test_words_after_the_change_that_name_no_routine_stay_a_command(teachapp_cli, db_path):
    lines = chat_lines(db_path, *_TAUGHT, "set the lamp to 30 in the bedroom",
                       "switch the tv off in an hour")
    assert lines[6] == "Bedroom lamp: on, brightness 30 %."
    assert lines[7].startswith("I'll turn off TV ")  # "at 01:18", or "tomorrow at 00:18" after 23:00


def test_the_device_and_its_value_are_one_change():
    talk = parse_talk("change the tv step in film night to thirty percent")
    assert talk is not None and (talk.kind, talk.target, talk.value, talk.routine_last) == (
        "add_step", "film night", "the tv to thirty percent", True)
