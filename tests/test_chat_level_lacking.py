"""A level said of things that take none ("set the front door to 50 percent": a lock is
only locked or unlocked) is answered with what they take, in ``teachapp chat`` (a child
process), as a setting said of a thing without it is ("mute the desk lamp"). "set the
desk lamp to 50 percent and the front door to 50 percent" said "Nothing was done. ...
I don't know "the front door to 50 percent". Shall I learn it?"; now the lamp is set
and the door gets its own answer (``_command_missing.missing_setting``)."""

from __future__ import annotations

from conftest import chat_lines, device_states

_DOOR = "Front door can't be set to 50 %: it can only be locked or unlocked."


def test_the_lamp_is_set_and_the_door_says_what_it_takes(db_path):
    lines = chat_lines(db_path, "set the desk lamp to 50 percent and the front door to 50 "
                       "percent", "set the front door to 50 percent")
    assert lines == ["Desk lamp: on, brightness 50 %.", _DOOR, _DOOR]
    states = device_states(db_path)
    assert states["light.desk_lamp"]["brightness"] == 50
    assert states["lock.front_door"]["locked"] is True


def test_each_kind_says_what_it_takes(db_path):
    assert chat_lines(db_path, "set the thermostat to 50 percent",
                      "set the coffee maker to half", "set the locks to 50 percent",
                      "set the tv to 40 percent and the front door and the thermostat to "
                      "40 percent") == [
        "Thermostat can't be set to 50 %: it can only be set to 5–35 °C, or to off, heat, "
        "cool or auto.",
        "Coffee maker can't be set to half: it can only be turned on or off.",
        "Locks can't be set to 50 %: they can only be locked or unlocked.",
        "TV: volume 40 %.", "Front door and Thermostat can't be set to 40 %."]
