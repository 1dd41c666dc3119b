"""A question about the states of every device said with a noun of no kind, in ``teachapp
chat`` (a child process): "which devices are on?", "how many things are on?" said "I can't
answer ...", while "what's on?" and "are any devices on?" said the states."""

from __future__ import annotations

from conftest import chat_lines


def test_devices_things_and_appliances_ask_about_every_device(teachapp_cli, db_path):
    lines = chat_lines(db_path, "turn on the tv", "what's on?", "which devices are on?",
                       "which appliances are on", "what's still on in the house?",
                       "how many devices are on?", "how many things are off")
    states = ("TV is on. Front door is locked. Thermostat is set to heat to 20 °C. "
              "Living room blinds are closed. The other 8 are off.")
    assert lines == [
        "TV: on.",
        states, states, states, states,  # one rule: the answer "what's on?" gets
        "1 of the 12 devices is on: TV.",
        "8 of the 12 devices are off: Bedroom fan, Bedroom lamp, Coffee maker, Kitchen "
        "lights, Ceiling light, Living room lamp and 2 more."]


def test_a_kind_or_a_room_still_narrows_the_question(teachapp_cli, db_path):
    lines = chat_lines(db_path, "how many devices are on in the bedroom",
                       "which devices are on in the office", "turn off the devices",
                       "which things are on my calendar")
    assert lines[:2] == ["None of the 2 devices are on.",
                         "Nothing is on in the Office: Desk lamp and Office speaker are off."]
    assert lines[2] == 'I don\'t know "turn off the devices". Shall I learn it?'  # no command
    assert lines[3].startswith("I can't answer")  # not the home
