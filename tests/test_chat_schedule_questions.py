"""A new user's questions about schedules ("is anything scheduled?", "what's scheduled for
tomorrow?") are answered from the schedules and timers: they were "I can't answer ...",
and "any schedules" was offered for teaching."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from _assistant_helpers import make_assistant, said, seed_routines

FRIDAY_NOON = datetime(2026, 12, 4, 12, 0, tzinfo=ZoneInfo("Europe/London")).timestamp()


@pytest.fixture
def assistant(store, monkeypatch):
    monkeypatch.setenv("TZ", "Europe/London")
    seed_routines(store)
    assistant, _ = make_assistant(store, wall_clock=lambda: FRIDAY_NOON)
    return assistant


def test_asked_whether_anything_is_scheduled_the_list_answers(assistant):
    assert said(assistant, "is anything scheduled?")[0].startswith(
        "Nothing is scheduled and no timer is set.")
    said(assistant, "run movie mode every friday at 8pm")
    for asked in ("is anything scheduled", "any schedules?", "do I have any schedules"):
        assert said(assistant, asked) == ["Scheduled: Movie mode: on Fridays at 20:00."]


def test_asked_of_a_day_its_runs_and_timers_are_said(assistant):
    said(assistant, "run movie mode every friday at 8pm", "turn off the tv at 11pm",
         "run wake up every weekday at 7")
    today = ["Today (Fri 4 Dec): Movie mode at 20:00 and turn off TV at 23:00."]
    assert said(assistant, "what's scheduled tonight?") == today
    assert said(assistant, "is there anything scheduled today") == today
    assert said(assistant, "what will run tonight") == today
    assert said(assistant, "what will happen tonight") == today  # (it was "I can't answer")
    assert said(assistant, "what happens today?") == today
    assert said(assistant, "what's scheduled for tomorrow?") == [
        "Nothing is scheduled for tomorrow (Sat 5 Dec). Say \"what's scheduled?\" to hear "
        "every schedule and timer."]
    said(assistant, "skip movie mode this friday")
    assert said(assistant, "what runs today") == ["Today (Fri 4 Dec): turn off TV at 23:00."]


def test_words_that_ask_nothing_of_schedules_go_on_as_before(assistant):
    assert not said(assistant, "what runs")[0].startswith(("Today", "Scheduled"))
    assert not said(assistant, "what will happen")[0].startswith(("Today", "Scheduled"))
    assert said(assistant, "anything")[0].startswith("I don't know")


def test_asked_of_a_day_of_the_week_that_days_runs_are_said(assistant):
    """They were "I don't know "anything on the schedule for monday". Shall I learn it?"
    and "I can't answer "what runs on monday" …"."""
    said(assistant, "run movie mode every friday at 8pm", "run wake up every weekday at 7")
    monday = ["Monday (Mon 7 Dec): Wake up at 07:00."]
    assert said(assistant, "anything on the schedule for monday") == monday
    assert said(assistant, "what runs on monday?") == monday
    assert said(assistant, "what's scheduled this friday") == [
        "Today (Fri 4 Dec): Movie mode at 20:00."]
    assert said(assistant, "what's scheduled next friday") == [
        "Friday (Fri 11 Dec): Wake up at 07:00 and Movie mode at 20:00."]
    assert said(assistant, "what is scheduled for sunday") == [
        "Nothing is scheduled for Sunday (Sun 6 Dec). Say \"what's scheduled?\" to hear "
        "every schedule and timer."]


def test_asked_of_a_week_or_a_weekend_each_day_is_said(assistant):
    """They were "I can't answer "what is scheduled this week" …"."""
    said(assistant, "run movie mode every friday at 8pm", "run wake up every weekday at 7",
         "turn off the tv at 11pm")
    assert said(assistant, "what is scheduled this week") == [
        "Today (Fri 4 Dec): Movie mode at 20:00 and turn off TV at 23:00.",
        "Nothing is scheduled on Sat 5 Dec or Sun 6 Dec."]
    assert said(assistant, "what runs next week?") == [
        *[f"{day} ({day[:3]} {n} Dec): Wake up at 07:00." for n, day in
          enumerate(["Monday", "Tuesday", "Wednesday", "Thursday"], start=7)],
        "Friday (Fri 11 Dec): Wake up at 07:00 and Movie mode at 20:00.",
        "Nothing is scheduled on Sat 12 Dec or Sun 13 Dec."]
    assert said(assistant, "what runs this weekend") == [
        "Nothing is scheduled from Sat 5 Dec to Sun 6 Dec. Say \"what's scheduled?\" to "
        "hear every schedule and timer."]
    said(assistant, "run wake up every saturday at 9")
    assert said(assistant, "anything scheduled over the weekend?") == [
        "Tomorrow (Sat 5 Dec): Wake up at 09:00.", "Nothing is scheduled on Sun 6 Dec."]


@pytest.mark.parametrize("asked", ["what runs next weekend", "anything on next weekend",
                                   "what's scheduled next weekend",
                                   "is there anything on next weekend?"])
def test_asked_of_next_weekend_the_weekend_of_next_week_is_said(assistant, asked):
    """They were "I can't answer "what runs next weekend" …" (and "anything on …" was
    offered for teaching); "next weekend" reads as "next week" does, and the answer names
    its dates."""
    said(assistant, "run wake up every saturday at 9")
    assert said(assistant, asked) == [
        "Saturday (Sat 12 Dec): Wake up at 09:00.", "Nothing is scheduled on Sun 13 Dec."]


def test_whats_on_with_a_day_asks_of_the_schedule_and_alone_of_the_devices(assistant):
    said(assistant, "run wake up every saturday at 9")
    weekend = ["Tomorrow (Sat 5 Dec): Wake up at 09:00.", "Nothing is scheduled on Sun 6 Dec."]
    assert said(assistant, "what's on this weekend") == weekend
    assert said(assistant, "anything on this weekend?") == weekend
    assert said(assistant, "what's on tomorrow") == weekend[:1]
    assert not said(assistant, "what's on")[0].startswith(("Tomorrow", "Nothing is sched"))
    assert not said(assistant, "is anything on")[0].startswith(("Tomorrow", "Nothing is sch"))


def test_asked_of_tomorrow_in_the_small_hours_it_is_the_coming_morning(store, monkeypatch):
    """At 00:30 on Tuesday "skip wake up tomorrow" skips Tuesday's, and "what's
    scheduled tomorrow?" said Wednesday's runs: of two days."""
    monkeypatch.setenv("TZ", "Europe/London")
    seed_routines(store)
    small_hours = datetime(2026, 12, 1, 0, 30, tzinfo=ZoneInfo("Europe/London")).timestamp()
    assistant, _ = make_assistant(store, wall_clock=lambda: small_hours)
    said(assistant, "run wake up every weekday at 7")
    assert said(assistant, "what's scheduled tomorrow?") == [
        "Today (Tue 1 Dec): Wake up at 07:00."]
    assert said(assistant, "skip wake up tomorrow")[0].startswith(
        "OK, wake up won't run on Tue 1 Dec at 07:00;")


def test_tonight_goes_on_past_midnight(assistant):
    """"what's scheduled tonight?" said only the day's date: a routine at 00:30 and a
    timer at 01:00 went unsaid, and "tomorrow night" named tonight's 00:30 run."""
    said(assistant, "run reading mode every day at 00:30")
    assert said(assistant, "what's scheduled tonight?") == [
        "Nothing more is scheduled today (Fri 4 Dec) before midnight; after midnight: "
        "Reading mode at 00:30 (Sat 5 Dec)."]
    said(assistant, "run movie mode every friday at 8pm", "turn off the tv at 1am")
    tonight = ["Today (Fri 4 Dec): Movie mode at 20:00; after midnight: Reading mode at "
               "00:30 and turn off TV at 01:00."]
    assert said(assistant, "what's scheduled tonight?") == tonight
    assert said(assistant, "what will run tonight") == tonight
    assert said(assistant, "what's scheduled today?") == [
        "Today (Fri 4 Dec): Movie mode at 20:00."]
    assert said(assistant, "what's scheduled tomorrow night?") == [
        "Nothing is scheduled tomorrow (Sat 5 Dec) before midnight; after midnight: "
        "Reading mode at 00:30 (Sun 6 Dec)."]
    assert said(assistant, "what's scheduled tomorrow?") == [
        "Tomorrow (Sat 5 Dec): Reading mode at 00:30 and turn off TV at 01:00."]
