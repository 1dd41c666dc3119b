"""A value only one setting takes ("warm white": a colour temperature), said of a thing
without that setting, is said lacking as a named setting is ("mute the desk lamp"), in
``teachapp chat`` (a child process): "set the desk lamp to warm white and the bedroom
fan to warm white" said "Nothing was done. ... I don't know "the bedroom fan to warm
white". Shall I learn it?"; now the lamp is set and the fan gets its own answer
(``_command_changes.implied_attribute``, read by ``missing_setting``)."""

from __future__ import annotations

from conftest import chat_lines, device_states

_FAN = ("Bedroom fan has no colour temperature. I can set Bedroom lamp, Kitchen lights, "
        "Ceiling light and Living room lamp.")  # (not the Desk lamp, warm white already)


def test_the_part_that_can_be_done_runs_and_the_other_is_answered(db_path):
    lines = chat_lines(db_path, "set the desk lamp to warm white and the bedroom fan to warm "
                       "white", "set the bedroom fan to warm white")
    assert lines == ["Desk lamp: on, colour temp 2700 K.", _FAN, _FAN]
    states = device_states(db_path)
    assert states["light.desk_lamp"]["color_temp"] == 2700
    assert states["fan.bedroom_fan"]["on"] is False


def test_a_source_said_of_a_lamp_names_what_has_one(db_path):
    assert chat_lines(db_path, "put the desk lamp on hdmi 1") == [
        "Desk lamp has no source. I can set TV and Office speaker."]
