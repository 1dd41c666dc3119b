""""did you turn it off?" right after a device command: "it" is the device just named, as
in "turn it down" (``MultiTurns.last_devices``), and the question is answered from the
device history as "did you turn off the tv?" is. It was refused: 'I can't answer "did
you turn it off": I know this home's devices and the routines you teach me.'"""

import re

import pytest
from _assistant_helpers import make_assistant, said
from conftest import chat_lines

from teachapp.conversation.manage import answered_talk


def _said(assistant, *words: str) -> list[str]:
    """The replies with each clock time as HH:MM."""
    return [re.sub(r"\b\d\d:\d\d\b", "HH:MM", line) for line in said(assistant, *words)]


@pytest.mark.parametrize("asked", ["did you turn it off", "did you turn it off?",
                                   "have you turned it off", "did it turn off",
                                   "did it get turned off"])
def test_it_is_the_device_just_turned_off(store, asked):
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the tv", "turn off the tv")
    assert _said(assistant, asked) == [
        "Yes: I turned off TV at HH:MM when you said \"turn off the tv\"."]


def test_not_done_is_said_with_its_state(store):
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the tv")
    assert _said(assistant, "did you turn it off") == [
        "No: TV has not been turned off today; it is on, volume 30 %."]


def test_them_is_every_device_just_named(store):
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the desk lamp and the fan")
    assert _said(assistant, "did you turn them on") == [
        "Yes: I turned on Desk lamp and Bedroom fan at HH:MM when you said \"turn on the "
        "desk lamp and the fan\"."]
    assert _said(assistant, "when did they go on") == [
        "Desk lamp and Bedroom fan went on at HH:MM (when you said \"turn on the desk lamp "
        "and the fan\")."]


def test_with_nothing_done_it_is_no_question_of_a_device(store):
    """Nothing acted on yet: "it" names no device, and the question is not read as one
    of a device's past (as "when did it go off" was not)."""
    assistant, _events = make_assistant(store)
    assert answered_talk("did you turn it off", store, assistant.resolve,
                         assistant._command_parser()) is None


def test_in_chat(db_path, store):
    lines = chat_lines(db_path, "turn on the tv", "turn off the tv", "did you turn it off")
    assert lines[:2] == ["TV: on.", "TV: off."]
    assert re.fullmatch(r"Yes: I turned off TV at \d\d:\d\d when you said \"turn off the "
                        r"tv\"\.", lines[2])
