""""what's left on the timer?" is answered as a person would: "7 minutes left on your
10-minute timer (it goes off at 21:10)." It was "I can't answer …", and the questions
that were answered got the list form, which "what's scheduled?" keeps, naming the timer as
a person calls it ("Timer: 10-minute timer at 21:10 (in 7 minutes)."; it said "tell you
when 10 minutes are up at 21:10"). "what alarms are set?" and "any
alarms?" list what is set (they were "I can't answer …" / "I don't know …"): an alarm
may be a timer, a reminder or a morning routine's schedule; "when is my alarm?" says when
it goes off."""

from datetime import UTC, datetime, timedelta

import pytest
from _assistant_helpers import make_assistant, said

NOW = datetime(2026, 12, 1, 21, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")


def _assistant(store, clock):
    assistant, _events = make_assistant(store, wall_clock=lambda: clock[0].timestamp())
    return assistant


@pytest.mark.parametrize("question", [
    "what's left on the timer", "how long is left on the timer",
    "how much time is left on my timer", "how much time is left", "what is left on my timer?",
    "when does the timer go off", "how many minutes are left", "time left on the timer?"])
def test_the_time_left_on_a_timer_is_said_as_a_person_would(store, question):
    clock = [NOW]
    assistant = _assistant(store, clock)
    said(assistant, "set a timer for 10 minutes")
    clock[0] = NOW + timedelta(minutes=3)
    assert said(assistant, question) == [
        "7 minutes left on your 10-minute timer (it goes off at 21:10)."]
    assert said(assistant, "what's scheduled?") == [
        "Timer: 10-minute timer at 21:10 (in 7 minutes)."]


def test_a_length_said_in_words_is_said_as_a_number(store):
    """A recogniser writes "ten minutes": it was "… left on your timer of ten minutes"
    where typed digits got "your 10-minute timer"."""
    clock = [NOW]
    assistant = _assistant(store, clock)
    said(assistant, "set a timer for ten minutes")
    clock[0] = NOW + timedelta(minutes=3)
    assert said(assistant, "what's left on the timer") == [
        "7 minutes left on your 10-minute timer (it goes off at 21:10)."]


def test_each_timer_is_said_in_its_own_words(store):
    clock = [NOW]
    assistant = _assistant(store, clock)
    said(assistant, "set a pasta timer for 8 minutes", "turn off the tv in 5 minutes",
         "remind me to call mum in 20 minutes")
    assert said(assistant, "how much time is left?") == [
        "5 minutes until I turn off TV (at 21:05). 8 minutes left on your pasta timer (it goes "
        "off at 21:08). 20 minutes until your reminder to call mum (at 21:20)."]
    assert said(assistant, "how long is left on my reminder?") == [
        "20 minutes until your reminder to call mum (at 21:20)."]


def test_one_timer_said_so_is_what_cancel_that_means(store):
    clock = [NOW]
    assistant = _assistant(store, clock)
    said(assistant, "set a timer for 10 minutes", "turn on the desk lamp")
    said(assistant, "what's left on the timer?")
    assert said(assistant, "cancel that") == [
        "Cancelled the 10-minute timer at 21:10."]


@pytest.mark.parametrize("question", [
    "when is my alarm", "what's my alarm set for", "what time is my alarm set for",
    "is my alarm set", "when does my alarm go off?"])
def test_an_alarm_is_said_by_its_clock_time(store, question):
    clock = [NOW]
    assistant = _assistant(store, clock)
    said(assistant, "set a timer for 10 minutes", "set an alarm for 7 am")
    assert said(assistant, question) == ["Your alarm goes off tomorrow at 07:00 (in 10 hours)."]


@pytest.mark.parametrize("question", ["what alarms are set", "any alarms", "what alarms do i have"])
def test_alarms_asked_of_list_what_is_set(store, question):
    clock = [NOW]
    assistant = _assistant(store, clock)
    assert said(assistant, question)[0].startswith("Nothing is scheduled and no timer is set.")
    said(assistant, "set an alarm for 7 am")
    assert said(assistant, question) == ["Timer: alarm tomorrow at 07:00."]


def test_an_alarm_asked_of_with_no_timer_set_is_a_routines_schedule(store):
    clock = [NOW]
    assistant = _assistant(store, clock)
    said(assistant, "teach", "good morning", "turn on the desk lamp", "done", "yes",
         "run good morning every weekday at 7")
    assert said(assistant, "when does my alarm go off?") == [
        "Scheduled: Good morning: every weekday at 07:00."]
