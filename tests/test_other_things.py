"""A thing this home does not have, said by a word that tells it from the one it has
("the back door" where the home's only door is the Front door; "the garage door" where
its only cover is the Living room blinds), moves nothing and is not answered about as if
it were that one: "lock the back door" locked the Front door, and "open the garage
door" opened the blinds. A kind of device asked about in a room that has none ("how
warm is it in the bedroom?") is answered with where that kind is, not "I can't answer"."""

from __future__ import annotations

import pytest
from _assistant_helpers import make_assistant, said
from command_helpers import default_home

from teachapp.understanding.commands import CommandParser


@pytest.fixture
def parser() -> CommandParser:
    return CommandParser(default_home())


@pytest.mark.parametrize("words", ["lock the back door", "unlock the side door",
                                   "open the garage door", "close the garage doors",
                                   "turn off the left light", "open the rear door"])
def test_a_thing_told_apart_from_the_one_this_home_has_moves_nothing(parser, words):
    assert parser.parse(words) is None


@pytest.mark.parametrize(("words", "text"), [
    ("lock the front door", "lock Front door"), ("lock the door", "lock Front door"),
    ("open the blinds", "open Living room blinds"),
    ("close the roller blinds", "close Living room blinds"),
    ("turn the bedroom lamp back on", "turn on Bedroom lamp"),
    ("put the tv back on", "turn on TV")])
def test_the_thing_this_home_has_is_still_named_so(parser, words, text):
    command = parser.parse(words)
    assert command is not None and command.text == text


@pytest.mark.parametrize("question", ["is the back door locked?", "is the garage door open?",
                                      "is the porch light on?"])
def test_a_question_about_another_thing_is_not_answered_about_this_one(parser, question):
    assert parser.asked_about(question) == []


@pytest.mark.parametrize(("question", "names"), [
    ("which lights are on in the bedroom", ["Bedroom lamp"]),
    ("is the front door locked", ["Front door"])])
def test_questions_about_what_this_home_has_are_still_answered(parser, question, names):
    assert [d.name for d in parser.asked_about(question)] == names


def test_a_room_without_the_kind_asked_about_is_answered_with_where_it_is(store):
    assistant, _events = make_assistant(store)
    assert said(assistant, "how warm is it in the bedroom?") == [
        "There's no heating control in the Bedroom. Thermostat, in the Hallway, is set to "
        "heat to 20 °C. I have no thermometer, so that is the setting, not a reading."]
    [answer] = said(assistant, "are the lights on in the hallway?")
    assert answer.startswith("There's no light in the Hallway: this home's 5 are in the ")


def test_a_room_with_the_kind_is_answered_as_before(store):
    assistant, _events = make_assistant(store)
    assert said(assistant, "how warm is it in the hallway?") == [
        "Thermostat is set to heat to 20 °C. I have no thermometer, so that is the setting, "
        "not a reading."]
