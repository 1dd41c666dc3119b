"""What a person meets in an evening's typed chat: a room described while teaching
after a step, "don't do it" as a no, "start again" with nothing taught, a device named
alone, "it" after a question about a device, a self-repair typed without commas."""

from __future__ import annotations

import pytest
from _assistant_helpers import make_assistant, said


@pytest.mark.parametrize(("described", "asked"), [
    ("it's too loud in here", "turn down TV and Office speaker"),
    ("it is too loud", "turn down TV and Office speaker"),
    ("it's a bit dark in the kitchen", "Kitchen lights"),
])
def test_a_room_described_after_a_step_is_read_as_the_change_it_asks_for(store, described,
                                                                        asked):
    """After a step, "it's too loud in here" read "it" as the devices just added ("the
    Thermostat's too loud in here") and answered 'I didn't get "it's too loud in here"
    as something to do. …'; it is read as said first: the change it asks for, or asked."""
    assistant, _events = make_assistant(store)
    said(assistant, "teach", "movie time", "it's too cold")
    replies = said(assistant, described)
    assert not any("didn't get" in line for line in replies), replies
    assert asked in " ".join(replies), replies
    assert "Thermostat" not in " ".join(replies), replies


def test_it_still_names_the_devices_just_added_while_teaching(store):
    assistant, _events = make_assistant(store)
    said(assistant, "teach", "movie time", "desk lamp on")
    assert said(assistant, "turn it off") == ["Desk lamp → off, when the routine runs."]
