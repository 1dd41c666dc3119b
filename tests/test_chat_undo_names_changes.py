""""undo" and "redo" name the devices the run changed, in ``teachapp chat`` (a child
process): after "turn off everything" with one light on, "undo" said "Undone: Bedroom fan,
Bedroom lamp, Ceiling light, Desk lamp, Kitchen lights, ... put back." (the nine devices
the command found, eight of them off already)."""

from __future__ import annotations

from conftest import chat_lines, device_states


def test_undo_and_redo_name_only_what_the_run_changed(teachapp_cli, db_path):
    lines = chat_lines(db_path, "turn on the kitchen lights", "turn off everything", "undo",
                       "redo", "undo", "turn off the tv", "undo")
    assert lines[1:] == [
        "Kitchen lights: off.", "The other 8 were already off.",
        "Undone: Kitchen lights put back.",
        "Redone: Kitchen lights set again. Say \"undo\" to take it back.",
        "Undone: Kitchen lights put back.",
        "TV is already off.",
        "Undone: it changed nothing, so nothing needed putting back. Say \"undo\" again to "
        "take back the change before it."]  # ("turn on the kitchen lights")
    assert device_states(db_path)["light.kitchen_lights"]["on"] is True
