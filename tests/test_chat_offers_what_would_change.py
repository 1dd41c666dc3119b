"""After a thing the home lacks, "I can turn off ..." offers only the devices the action
would change, and says so when none is left ("This home has no back door. Front door is
already locked."), in ``teachapp chat`` (a child process): it offered every device that
takes the action, the ones already off first among them
(``_command_missing.as_they_are``, ``missing_things.said_missing``)."""

from __future__ import annotations

from conftest import chat_lines, device_states


def test_only_what_is_on_is_offered_and_all_off_is_said(db_path):
    lines = chat_lines(db_path, "turn on the tv", "turn off the toaster",
                       "turn off the doorbell and the toaster", "turn off the tv",
                       "turn off the toaster", "turn on the toaster",
                       "turn off the doorbell and the toaster")
    assert lines[1:] == [
        # was "I can turn off Coffee maker, Bedroom fan, TV, Office speaker and 5 more."
        "This home has no toaster. I can turn off TV.",
        "This home has no doorbell or toaster. I can turn off TV.",
        "TV: off.",
        # was "All 9 devices are already off." (of a home of twelve: a miscount, read
        # beside the toaster)
        "This home has no toaster. Everything I can turn off is already off.",
        "This home has no toaster. I can turn on Coffee maker, Bedroom fan, TV, Office "
        "speaker and 5 more.",
        "This home has no doorbell or toaster. Everything I can turn off is already off."]
    assert device_states(db_path)["media_player.tv"]["on"] is False


def test_a_lock_or_a_cover_already_so_is_said_so_in_its_room_too(db_path):
    lines = chat_lines(db_path, "lock the back door", "close the garage door",
                       "turn off the toaster in the kitchen", "turn on the kitchen lights",
                       "turn off the toaster in the kitchen")
    assert lines == [
        "This home has no back door. Front door is already locked.",  # was "I can lock ..."
        "This home has no garage door. Living room blinds are already closed.",
        "There's no toaster in the kitchen. Coffee maker and Kitchen lights are already off.",
        "Kitchen lights: on.",
        "There's no toaster in the kitchen. There I can turn off Kitchen lights."]
