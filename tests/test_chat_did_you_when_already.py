""""did you lock it?" right after "lock the front door" found the door locked already:
it answered 'No: Front door has not been locked today; it is locked.', a "no" that
reads as if the request was ignored and the door might be open. The command is in the
run log though it changed nothing, so the answer says what happened."""

from __future__ import annotations

from conftest import chat_lines

_ENV = {"TEACHAPP_NOW": "2026-12-07T21:00+00:00", "TZ": "UTC"}


def test_did_you_after_a_command_that_found_it_so(db_path):
    lines = chat_lines(db_path, "lock the front door", "did you lock it",
                       "turn off the tv", "did you turn it off", "did you turn off the desk lamp",
                       env=_ENV)
    assert lines == [
        "Front door is already locked.",
        "No need: Front door was already locked when you asked at 21:00, and still is.",
        "TV is already off.",
        "No need: TV was already off when you asked at 21:00, and still is.",
        # (never asked for: as before)
        "No: Desk lamp has not been turned off today; it is off."]


def test_did_you_after_a_command_that_changed_it(db_path):
    lines = chat_lines(db_path, "turn on the tv", "turn off the tv", "did you turn it off",
                       env=_ENV)
    assert lines[-1] == "Yes: I turned off TV at 21:00 when you said \"turn off the tv\"."


def test_did_you_of_one_thing_said_of_several(db_path):
    """"the lamp" with three lamps: they are named ("No: the lamp have not been turned
    off today; they are off."); "the lights" stays as said."""
    assert chat_lines(db_path, "did you turn off the lamp", "did you turn off the lights",
                      env=_ENV) == [
        "No: Bedroom lamp, Living room lamp and Desk lamp have not been turned off today; "
        "they are off.",
        "No: the lights have not been turned off today; they are off."]
