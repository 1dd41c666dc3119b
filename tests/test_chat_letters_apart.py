"""A time's "am" or "pm" written as two letters, as Vosk writes them and as Whisper's
"9 p.m." reads once its stops are taken out ("nine p m"): "move movie night to nine p m"
was offered for teaching, "run movie night at 9 p m" was "I did not understand the time".
One rule where every turn comes in (``time_words.meridiem_joined``)."""

from __future__ import annotations

import pytest
from _assistant_helpers import add_routine, make_assistant, said
from test_timers import NOW

from teachapp.conversation.time_words import meridiem_joined
from teachapp.domain import SetStep


@pytest.fixture(autouse=True)
def _utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")


@pytest.mark.parametrize(("heard", "joined"), [
    ("move movie night to nine p m", "move movie night to nine pm"),
    ("wake me at 6:30 a m please", "wake me at 6:30 am please"),
    ("at seven forty five a m", "at seven forty five am"),
    ("at eight o'clock p m", "at eight o'clock pm"),
    ("put a m on the list", "put a m on the list"),  # no time before it
    ("set it to 5 a minute", "set it to 5 a minute"),
])
def test_the_letters_are_joined_only_after_a_time(heard, joined):
    assert meridiem_joined(heard) == joined


def test_a_schedule_said_with_letters_apart_is_set(store):
    add_routine(store, "Movie night", ["movie night"], [SetStep("media_player.tv", {"on": True})])
    assistant, _events = make_assistant(store, wall_clock=lambda: NOW.timestamp())
    assert said(assistant, "run movie night every friday at 8 p m")[0].startswith(
        "Movie night will run on Fridays at 20:00.")
    assert said(assistant, "move movie night to nine p m")[0].startswith(
        "Movie night will run on Fridays at 21:00 instead of 20:00.")


def test_an_alarm_said_with_letters_apart_is_set(store):
    assistant, _events = make_assistant(store, wall_clock=lambda: NOW.timestamp())
    assert said(assistant, "set an alarm for seven a m")[0].startswith(
        "I'll sound your alarm tomorrow at 07:00.")
