"""How the person feels, and stories, read by the device command parser: "i'm cold"
turns the heating up as "it's cold" does (it was "I don't know ... Shall I learn
it?"), and "it was dark yesterday" is a story, not a command (it switched a lamp on)."""

from dataclasses import replace

import pytest

from teachapp.home.default_home import default_home_devices
from teachapp.understanding.commands import CommandParser

THERMOSTAT = "climate.thermostat"


@pytest.fixture(scope="module")
def parser() -> CommandParser:
    return CommandParser([replace(d, state={"target_temp": 20, "mode": "heat"})
                          if d.id == THERMOSTAT else d for d in default_home_devices()])


@pytest.mark.parametrize("text, change", [
    ("i'm cold", +1), ("im freezing", +1), ("we're a bit chilly", +1), ("we're cold", +1),
    ("i feel cold", +1), ("i'm getting cold", +1), ("feeling chilly", +1),
    ("i'm too hot", -1), ("i'm feeling a bit warm", -1), ("we are boiling", -1),
])
def test_how_the_person_feels_moves_the_heating(parser, text, change):
    command = parser.parse(text)
    assert command is not None, text
    (step,) = command.steps
    assert step.device == THERMOSTAT
    assert step.set["target_temp"] == 20 + change


@pytest.mark.parametrize("text", [
    "i'm dull", "i'm quiet", "i'm not cold", "i'm not cold anymore", "are you cold",
    "it was dark yesterday", "we were cold yesterday", "we were freezing last night",
    "the lamp was on the other day", "were the lights on",
])
def test_other_feelings_negations_and_stories_are_no_command(parser, text):
    assert parser.parse(text) is None


def test_the_room_complaints_still_work(parser):
    assert parser.parse("it's cold") is not None
    assert parser.parse("it's so dark in here") is not None


@pytest.mark.parametrize("text", [
    "the living room lamp is already on", "the lamp's already on", "it's already off",
    "the blinds are already closed", "the front door is already locked",
])
def test_a_state_told_as_so_already_is_no_command(parser, text):
    """It was: "the living room lamp is already on" switched the lamp on."""
    assert parser.parse(text) is None


def test_impatience_after_a_command_is_still_one(parser):
    command = parser.parse("turn the living room lamp on already")
    assert command is not None and command.steps[0].set == {"on": True}
