""""no", "cancel", "never mind" or "undo" at a question a timer or reminder asked
declines it, as at the dialogue's own questions; the run before the question stays.
After "desk lamp to 30 percent", "wait a bit then movie night", "no" was "There's
nothing to answer right now." and "undo" put the desk lamp back."""

from __future__ import annotations

import pytest
from _assistant_helpers import add_routine, make_assistant, said

from teachapp.conversation import TurnInput
from teachapp.domain import SetStep


@pytest.mark.parametrize(("question", "declined"), [
    ("wait a bit then movie night", "OK, I won't run movie night later."),
    ("remind me to call mum", "OK, no reminder."),
    ("turn on the lamp in 5 minutes", "OK, no timer."),       # which lamp?
])
@pytest.mark.parametrize("answer", ["no", "cancel", "never mind", "undo"])
def test_no_at_a_timer_or_reminder_question_declines_it(store, question, declined, answer):
    add_routine(store, "movie night", ["movie night"], [SetStep("media_player.tv", {"on": True})])
    assistant, _ = make_assistant(store)
    said(assistant, "desk lamp to 30 percent")
    asked = assistant.handle(TurnInput(question))
    assert asked.question is not None and asked.awaiting is not None, asked.lines
    said_too = ['That "undo" answered my question, so nothing was undone; say "undo" again '
                'to undo the last change.'] if answer == "undo" else []  # (conv49: said so)
    assert said(assistant, answer) == [declined, *said_too]
    assert store.device("light.desk_lamp").state["brightness"] == 30
    assert not store.timers()
    assert not store.device("media_player.tv").state["on"]
    # the question is closed: a time said now is no answer to it
    said(assistant, "in 10 minutes")
    assert not store.timers() and not store.routine("movie night").triggers


def test_a_talk_question_is_still_answered(store):
    add_routine(store, "movie night", ["movie night"], [SetStep("media_player.tv", {"on": True})])
    assistant, _ = make_assistant(store)
    said(assistant, "wait a bit then movie night")
    assert said(assistant, "in 10 minutes")[0].startswith("Movie night will run once ")
    said(assistant, "remind me to call mum")
    assert said(assistant, "in 20 minutes")[0].startswith("I'll remind you to call mum ")


@pytest.mark.parametrize(("question", "declined"), [
    ("wait a bit then movie night", "OK, I won't run movie night later."),
    ("wake me up", "OK, no alarm."),
])
def test_no_and_a_routine_at_a_talk_question_declines_it_and_runs_that(store, question,
                                                                        declined):
    """"wake me up" -> "When should the alarm go off? …" -> "no, wake up" said "OK, I
    won't run wake up.": the "no" to the alarm was read as a "no" to the routine named
    after it, which did not run."""
    add_routine(store, "movie night", ["movie night"], [SetStep("media_player.tv", {"on": True})])
    add_routine(store, "Wake up", ["wake up"], [SetStep("switch.coffee_maker", {"on": True})])
    assistant, _ = make_assistant(store)
    asked = assistant.handle(TurnInput(question))
    assert asked.question is not None and asked.awaiting is not None, asked.lines
    assert said(assistant, "no, wake up") == [declined, "Wake up: turned on Coffee maker."]
    assert store.device("switch.coffee_maker").state["on"] is True
    assert not store.timers() and not store.routine("movie night").triggers


@pytest.mark.parametrize("answer", ["no", "never mind"])
def test_no_at_an_alarm_question_says_no_alarm(store, answer):
    """"wake me up" -> "When should the alarm go off? …" -> "no" said "OK, no reminder."."""
    assistant, _ = make_assistant(store)
    said(assistant, "set an alarm")
    assert said(assistant, answer) == ["OK, no alarm."]
    said(assistant, "remind me to call mum")
    assert said(assistant, answer) == ["OK, no reminder."]
    assert not store.timers()
