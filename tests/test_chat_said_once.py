"""Parts of one sentence that lack alike are said in one line, in ``teachapp chat`` (a
child process): "mute the desk lamp and the bedroom lamp" said "Desk lamp has no volume.
I can mute TV and Office speaker." and then the same of the Bedroom lamp; "turn off the
doorbell and the toaster" said the doorbell's line, then "Nothing was done. I don't know
"the toaster". Shall I learn it?" (``missing_things.said_together``)."""

from __future__ import annotations

from conftest import chat_lines, device_states

_TURN_OFF = "I can turn off TV."  # (the one device on: those off are not offered)


def test_things_that_lack_alike_are_said_in_one_line(teachapp_cli, db_path):
    lines = chat_lines(db_path, "mute the desk lamp and the bedroom lamp",
                       "turn on the tv and mute the desk lamp, the bedroom lamp and the fan",
                       "mute the desk lamp and mute the desk lamp",
                       "turn off the doorbell and turn off the toaster",
                       "turn off the doorbell and the toaster", "turn on the tv and the tv")
    assert lines == [
        "Desk lamp and Bedroom lamp have no volume. I can mute TV and Office speaker.",
        "TV: on.",
        "Desk lamp, Bedroom lamp and a fan have no volume. I can mute TV and Office speaker.",
        "Desk lamp has no volume. I can mute TV and Office speaker.",
        f"This home has no doorbell or toaster. {_TURN_OFF}",
        f"This home has no doorbell or toaster. {_TURN_OFF}",
        "TV is already on."]  # (once; the second line turned it on)


def test_names_after_a_thing_the_home_lacks_take_its_change(teachapp_cli, db_path):
    lines = chat_lines(db_path, "turn on the tv", "turn off the doorbell and the tv")
    # was "Nothing was done. I don't know "the tv". Shall I learn it?", the TV left on
    assert lines[1:] == ["TV: off.", "This home has no doorbell. Everything I can turn off is "
                                     "already off."]  # (the TV turned off by the same sentence)
    assert device_states(db_path)["media_player.tv"]["on"] is False
