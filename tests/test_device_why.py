""""Why is the TV on?", "who turned the desk lamp on?": offered for teaching before
("I don't know 'why is the tv on'. Shall I learn it?"). Now answered from the device
history, which records every change with its cause."""

import re

import pytest
from _assistant_helpers import add_routine, said
from test_reminders import _assistant, _utc  # noqa: F401 (a fixture: the home's zone is UTC)

from teachapp.conversation.manage import answered_talk
from teachapp.domain import SetStep


def test_a_state_nothing_changed_is_said_as_it_is(store):
    assert said(_assistant(store), "why is the tv on?") == [
        "TV is off. I have no record of what changed it."]


def test_the_newest_change_is_told_with_its_cause(store):
    assistant = _assistant(store)
    said(assistant, "turn on the tv")
    [answer] = said(assistant, "why is the tv on")
    assert answer.startswith("TV is on")
    assert "It was last changed when you said \"turn on the tv\", today at" in answer

    add_routine(store, "Cinema time", ["cinema time"],
                [SetStep("light.desk_lamp", {"on": True, "brightness": 20})])
    said(assistant, "cinema time")
    [answer] = said(assistant, "who turned the desk lamp on?")
    # what it set is the state said before it: not said twice (": on, brightness 20 %.")
    assert re.fullmatch(r"Desk lamp is on, brightness 20 %\. It was last changed by cinema "
                        r"time, today at \d\d:\d\d\.", answer), answer

    said(assistant, "undo")
    [answer] = said(assistant, "why is the desk lamp off")
    assert "It was last changed when you undid cinema time" in answer


def test_a_routine_renamed_since_is_said_by_both_names(store):
    """After "rename cinema time to film night", "why is the desk lamp on?" named only
    Cinema time, a routine the person no longer has."""
    # the assistant's clock is frozen (``_assistant``): the device history the store
    # stamps is on it too, or the rename would read as older than the run before it
    assistant = _assistant(store)
    add_routine(store, "Cinema time", ["cinema time"],
                [SetStep("light.desk_lamp", {"on": True, "brightness": 20})])
    said(assistant, "cinema time", "rename cinema time to film night")
    [answer] = said(assistant, "why is the desk lamp on?")
    assert "It was last changed by cinema time (now called film night), today at" in answer
    said(assistant, "undo")  # (the rename taken back: one name again)
    [answer] = said(assistant, "why is the desk lamp on?")
    assert "It was last changed by cinema time, today at" in answer


def test_the_routine_is_named_as_inside_any_sentence(store):
    """It was "It was last changed by Film Night (now called Cinema Time)" beside "I ran
    film night" (``domain.name_in_sentence``); a capital word of a mixed name stays."""
    assistant = _assistant(store)
    add_routine(store, "Film Night", ["film night"], [SetStep("media_player.tv", {"on": True})])
    said(assistant, "film night", "rename film night to TV Hour")
    [answer] = said(assistant, "why is the tv on?")
    assert "It was last changed by film night (now called TV hour), today at" in answer
    said(assistant, "undo", "undo")  # (the rename, then the run)
    [answer] = said(assistant, "why is the tv off?")
    assert "It was last changed when you undid film night, today at" in answer, answer


def test_of_several_devices_those_in_the_state_asked_about_are_explained(store):
    assistant = _assistant(store)
    said(assistant, "turn on the desk lamp")
    answer = said(assistant, "why are the lights on?")
    assert len(answer) == 1 and answer[0].startswith("Desk lamp is on")


@pytest.mark.parametrize("words", ["why is the sky blue", "why is it on", "why did you do that",
                                   "who turned it off", "why did you turn on the tv"])
def test_other_whys_are_not_about_a_device_state(store, words):
    assistant = _assistant(store)
    talk = answered_talk(words, store, assistant.resolve, assistant._command_parser())
    assert talk is None or talk.kind != "why_state"


@pytest.mark.parametrize("question", ["why is the desk lamp at 30?",
                                      "why is the desk lamp at 30 percent",
                                      "why's the desk lamp set to 30 %?",
                                      "why is the desk lamp dimmed",
                                      "why is the desk lamp at thirty percent"])
def test_a_level_asked_about_is_explained_like_a_state(store, question):
    """"Why is the lamp at 40?" was offered for teaching; a level is a state like on."""
    assistant = _assistant(store)
    said(assistant, "desk lamp to 30 percent")
    [answer] = said(assistant, question)
    assert answer.startswith("Desk lamp is on, brightness 30 %. It was last changed when you said")
