"""A question that counts, in ``teachapp chat`` (a child process): "how many lights are
on?" said "I can't answer ...", while "how many lights are on in the kitchen?" (a room
said) listed their states."""

from __future__ import annotations

from conftest import chat_lines


def test_how_many_devices_of_a_kind_are_in_a_state(teachapp_cli, db_path):
    lines = chat_lines(db_path, "how many lights are on", "turn on the kitchen lights",
                       "turn on the desk lamp", "how many lights are on?",
                       "and how many lights are off", "how many doors are locked",
                       "how many lights are on in the kitchen")
    assert lines == [
        "None of the 5 lights are on.",
        "Kitchen lights: on.", "Desk lamp: on.",
        "2 of the 5 lights are on: Kitchen lights and Desk lamp.",
        "3 of the 5 lights are off: Bedroom lamp, Ceiling light and Living room lamp.",
        "Front door is locked.",  # (one of the kind: its state)
        "Kitchen lights are on, brightness 100 %."]
