"""A bare hour from 1 to 6: "remind me to call mum at 5" said at 19:00 was set for
05:00 tomorrow (the next 5 o'clock). People mean the afternoon for nearly everything
(alarms and "wake me" keep the morning): one rule in ``time_words`` for reminders,
timers and schedules, the time chosen said in the reply; "5 am", "5 in the morning"
and "05:00" stay as said."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest
from _assistant_helpers import add_routine, make_assistant, said

from teachapp.domain import SetStep

EVENING = datetime(2026, 12, 7, 19, 0, tzinfo=UTC)  # a Monday, 19:00


@pytest.fixture(autouse=True)
def _utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")


def _assistant(store):
    assistant, _ = make_assistant(store, wall_clock=lambda: EVENING.timestamp())
    return assistant


@pytest.mark.parametrize(("words", "reply"), [
    ("remind me to call mum at 5", "I'll remind you to call mum tomorrow at 17:00."),
    ("remind me at half past four to go out", "I'll remind you to go out tomorrow at 16:30."),
    ("turn off the tv at 6", "I'll turn off TV tomorrow at 18:00."),
    ("remind me to call mum at 5 am", "I'll remind you to call mum tomorrow at 05:00."),
    ("remind me to call mum at 5 in the morning",
     "I'll remind you to call mum tomorrow at 05:00."),
    ("remind me to call mum at 05:00", "I'll remind you to call mum tomorrow at 05:00."),
    ("remind me to call mum at 9", "I'll remind you to call mum at 21:00 (in 2 hours)."),
    ("set an alarm for 5", "I'll sound your alarm tomorrow at 05:00."),
    ("wake me up at 6", "I'll wake you up tomorrow at 06:00."),
])
def test_a_bare_hour_from_1_to_6_is_the_afternoon_and_said(store, words, reply):
    assert said(_assistant(store), words)[0].startswith(reply)


def test_a_schedules_bare_hour_from_1_to_6_is_the_afternoon_unasked(store):
    add_routine(store, "Reading mode", ["reading mode"], [SetStep("media_player.tv", {"on": True})])
    add_routine(store, "Good morning", ["good morning"], [SetStep("media_player.tv", {"on": True})])
    assistant = _assistant(store)
    assert said(assistant, "run reading mode every day at 5")[0].startswith(
        "Reading mode will run every day at 17:00.")
    assert said(assistant, "run good morning every day at 5")[0].startswith(
        "Good morning will run every day at 05:00.")  # (the name says the morning)
    assert [t.time for t in store.routine("Reading mode").triggers] == [time(17)]


@pytest.mark.parametrize(("at", "words", "read"), [
    (time(5), "at 5", time(17)), (time(4, 30), "at 4:30", time(16, 30)),
    (time(6, 5), "at 6:05", time(18, 5)), (time(5), "at 05:00", time(5)),
    (time(5), "at 5 am", time(5)), (time(5), "at 5 tonight", time(5)),
    (time(7), "at 7", time(7)), (time(12), "at 12", time(12)),
])
def test_the_one_rule_of_a_bare_hour(at, words, read):
    from teachapp.conversation.time_words import afternoon_hour

    assert afternoon_hour(at, words) == read
