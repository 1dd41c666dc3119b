""""what's on?" with nothing on said the devices that are neither on nor off first and
the answer last: "Front door is locked. Thermostat is set to heat to 20 °C. Living
room blinds are closed. The other 9 are off." Now the answer comes first: "Nothing is
on.", then the others' states (the off ones are what "nothing is on" already says)."""

import pytest
from _assistant_helpers import make_assistant, said


@pytest.mark.parametrize("asked", ["what's on?", "is anything on?", "is everything off?"])
def test_nothing_on_is_said_first(store, asked):
    assistant, _events = make_assistant(store)
    assert said(assistant, asked) == [
        "Nothing is on. Front door is locked. Thermostat is set to heat to 20 °C. "
        "Living room blinds are closed."]


def test_in_a_room_too(store):
    assistant, _events = make_assistant(store)
    assert said(assistant, "what's on in the living room?") == [
        "Nothing is on in the Living room. Living room blinds are closed."]


def test_with_something_on_it_is_as_before(store):
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the tv")
    assert said(assistant, "what's on?") == [
        "TV is on. Front door is locked. Thermostat is set to heat to 20 °C. Living room "
        "blinds are closed. The other 8 are off."]
    assert said(assistant, "are the lights on?") == ["None of them is on: all 5 are off."]


@pytest.mark.parametrize("asked", ["what's off?", "what is off", "is anything off?"])
def test_what_is_off_is_said_which(store, asked):
    """It was 'I can't answer "what's off?"' ("is anything off?": "Nothing is on. …",
    an answer to another question)."""
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the tv", "turn on the desk lamp", "turn on the coffee maker")
    assert said(assistant, asked) == [
        "6 of the 12 devices are off: Bedroom fan, Bedroom lamp, Kitchen lights, Ceiling "
        "light, Living room lamp and Office speaker."]


def test_what_is_off_in_a_room_and_what_is_not_the_home(store):
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the tv")
    assert said(assistant, "what's off in the living room?") == [
        "2 of the 4 devices are off: Ceiling light and Living room lamp."]
    assert "devices are off" not in " ".join(said(assistant, "what's off at the cinema?"))
