"""A question asked in passing at a timer's, a reminder's or a delay's question ("what
time is it?" at "Say yes, or which one."): answered, the question said again and kept
open, as the dialogue's own are. It was dropped, so "desk lamp" after it answered nothing
('I don't know "desk lamp". Shall I learn it?'), or, after a device command, borrowed
that command's action and switched the desk lamp on at once ("Desk lamp: on.")."""

from __future__ import annotations

import pytest
from _assistant_helpers import add_routine, make_assistant, said

from teachapp.domain import SetStep
from teachapp.speech import Transcript


@pytest.mark.parametrize("in_passing", ["what time is it", "is the tv on?"])
def test_which_lamp_for_a_timer_waits_past_a_question(store, in_passing):
    assistant, _ = make_assistant(store)
    said(assistant, "turn on the tv")
    asked = said(assistant, "turn off the lamp in 10 minutes")
    assert asked[0].startswith("Do you want me to turn off Bedroom lamp, Living room lamp")
    answered = said(assistant, in_passing)
    assert answered[1:] == asked  # answered, and ours said again
    reply = said(assistant, "desk lamp")
    assert reply[0].startswith("I'll turn off Desk lamp "), reply
    assert [t.text for t in store.timers()] == ["turn off Desk lamp"]
    assert store.device("light.desk_lamp").state["on"] is False  # nothing switched now


@pytest.mark.parametrize(("question", "answer", "done"), [
    ("wait a bit then movie night", "in 10 minutes", "Movie night will run once "),
    ("remind me to call mum", "in 20 minutes", "I'll remind you to call mum "),
])
def test_how_long_and_when_wait_past_a_question(store, question, answer, done):
    add_routine(store, "movie night", ["movie night"], [SetStep("media_player.tv", {"on": True})])
    assistant, _ = make_assistant(store)
    asked = said(assistant, question)
    assert said(assistant, "what time is it")[1:] == asked
    assert said(assistant, answer)[0].startswith(done)


_NAMED_ALONE = ('Desk lamp is off. Say what to do with it, e.g. "turn on the desk lamp" or '
                '"desk lamp to 50 percent".')
"""A device named alone, with no command it carries on: its state (it was offered as a
phrase to learn before a device named alone was read as such)."""


def test_a_request_still_talks_over_a_timer_question(store):
    add_routine(store, "movie night", ["movie night"], [SetStep("media_player.tv", {"on": True})])
    assistant, _ = make_assistant(store)
    said(assistant, "turn off the lamp in 10 minutes", "movie night")
    assert said(assistant, "desk lamp") == [_NAMED_ALONE]  # not the timer question's answer
    assert not store.timers()


def test_a_name_after_a_declined_timer_borrows_no_older_command(store):
    assistant, _ = make_assistant(store)
    said(assistant, "turn on the tv", "turn on the lamp in 10 minutes", "no")
    assert said(assistant, "desk lamp") == [_NAMED_ALONE]  # no older command borrowed
    assert store.device("light.desk_lamp").state["on"] is False
    # right after a command, or past a question, a name still borrows its action
    assert said(assistant, "no", "turn on the tv", "what time is it",
                "and the fan")[-1] == "Bedroom fan: on."
    assert said(assistant, "and the desk lamp") == ["Desk lamp: on."]


def _hears_nothing(path, *, mode, phrases, settings=None):
    return Transcript(text="", confidence=None)


@pytest.mark.parametrize(("question", "answer", "done"), [
    ("turn off the lamp in 10 minutes", "desk lamp", "I'll turn off Desk lamp "),
    ("wait a bit then movie night", "in 10 minutes", "Movie night will run once "),
    ("remind me to call mum", "in 20 minutes", "I'll remind you to call mum "),
])
def test_a_silent_turn_keeps_what_a_timers_question_waits_for(store, question, answer,
                                                               done):
    """Nothing heard (a recogniser's empty transcript) only answered: it dropped what the
    question remembered while the question stayed open, and "desk lamp" next was
    'I don't know "desk lamp". Shall I learn it?'."""
    add_routine(store, "movie night", ["movie night"], [SetStep("media_player.tv", {"on": True})])
    assistant, _ = make_assistant(store, recognize=_hears_nothing)
    said(assistant, question)
    assert assistant.handle_audio("silence.wav") == ["I didn't catch that."]
    assert said(assistant, answer)[0].startswith(done)


def test_cancel_that_past_a_silent_turn_cancels_the_timer_just_set(store):
    assistant, _ = make_assistant(store, recognize=_hears_nothing)
    said(assistant, "turn on the tv in 5 minutes")
    assistant.handle_audio("silence.wav")
    assert said(assistant, "cancel that")[0].startswith("Cancelled the timer to turn on TV")
    assert store.timers() == []
