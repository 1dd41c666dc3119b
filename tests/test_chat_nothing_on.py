""""what's on?" with nothing on said the devices that are neither on nor off first and
the answer last: "Front door is locked. Thermostat is set to 20 °C, mode heat. Living
room blinds are closed. The other 9 are off." Now the answer comes first: "Nothing is
on.", then the others' states (the off ones are what "nothing is on" already says)."""

import pytest
from _assistant_helpers import make_assistant, said


@pytest.mark.parametrize("asked", ["what's on?", "is anything on?", "is everything off?"])
def test_nothing_on_is_said_first(store, asked):
    assistant, _events = make_assistant(store)
    assert said(assistant, asked) == [
        "Nothing is on. Front door is locked. Thermostat is set to 20 °C, mode heat. "
        "Living room blinds are closed."]


def test_in_a_room_too(store):
    assistant, _events = make_assistant(store)
    assert said(assistant, "what's on in the living room?") == [
        "Nothing is on. Living room blinds are closed."]


def test_with_something_on_it_is_as_before(store):
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the tv")
    assert said(assistant, "what's on?") == [
        "TV is on. Front door is locked. Thermostat is set to 20 °C, mode heat. Living room "
        "blinds are closed. The other 8 are off."]
    assert said(assistant, "are the lights on?") == ["None of them is on: all 5 are off."]
