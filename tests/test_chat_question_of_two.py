"""A question about two devices joined by "and" is asked of both and changes nothing:
"is the desk lamp and the tv on?" answered "Desk lamp is off." and then turned the TV on
(its second half, "the tv on", read as a command of its own), and "are the desk lamp and
the front door on?" said the front door cannot be turned on. A part with a verb of its
own is still a command ("is the tv on and turn on the fan"). ``teachapp chat`` in a child
process on the simulated home (``WholeOrParts._one_question``); a device said by its kind
beside one named ("are the tv and the fan on") is asked about too
(``CommandParser.asked_about``)."""

from __future__ import annotations

from conftest import chat_lines, device_states


def test_a_question_of_two_devices_changes_neither(teachapp_cli, db_path):
    lines = chat_lines(db_path, "is the desk lamp and the tv on",
                       "are the desk lamp and the front door on")
    assert lines == ["Desk lamp and TV are off.",  # was "Desk lamp is off." + "TV: on."
                     "Desk lamp is off. Front door is locked."]
    states = device_states(db_path)
    assert not states["media_player.tv"]["on"] and not states["light.desk_lamp"]["on"]


def test_a_part_with_its_own_verb_is_still_done(teachapp_cli, db_path):
    lines = chat_lines(db_path, "is the tv on and turn on the fan")
    assert lines == ["TV is off.", "Bedroom fan: on."]
    assert device_states(db_path)["fan.bedroom_fan"]["on"] is True


def test_a_device_named_and_one_said_by_its_kind_are_both_answered(teachapp_cli, db_path):
    lines = chat_lines(db_path, "turn on the fan", "are the tv and the fan on",
                       "is the tv and the lamp on")
    # was "TV is off." (the fan, said by its kind beside a name, left out)
    assert lines[1:] == ["TV is off. Bedroom fan is on, speed 50 %.",
                         "None of them is on: all 4 are off."]  # (the TV and the 3 lamps)
