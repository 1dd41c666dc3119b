"""Reminders days ahead: "remind me in 2 days to water the plants", "next friday", "on
the 12th", "the day after tomorrow". They were asked about again ("When should I remind
you?") or, worse, "remind me on friday at 5 to call the bank" was set for tomorrow at
17:00: the afternoon's 5 o'clock was looked for on every day, not on Friday."""

from datetime import UTC, datetime

import pytest
from _assistant_helpers import make_assistant, said
from test_timers import NOW

from teachapp.conversation.day_words import named_day
from teachapp.conversation.reminders import parse_reminder
from teachapp.conversation.time_words import trigger_said
from teachapp.errors import ScheduleError


@pytest.fixture(autouse=True)
def _utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")


def _at(day: int, hour: int, minute: int = 0, month: int = 12, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


# NOW is Tuesday 1 December 2026, 21:00.
@pytest.mark.parametrize(("words", "what", "at"), [
    ("remind me to water the plants in 2 days", "remind you to water the plants",
     _at(3, 21)),
    ("remind me in a week to check the smoke alarm", "remind you to check the smoke alarm",
     _at(8, 21)),
    ("remind me in a couple of weeks to book the mot", "remind you to book the mot",
     _at(15, 21)),
    ("in 3 days at 10 am remind me to renew the car tax", "remind you to renew the car tax",
     _at(4, 10)),
    ("remind me the day after tomorrow at noon to book the dentist",
     "remind you to book the dentist", _at(3, 12)),
    ("remind me next monday at 8 to pay the rent", "remind you to pay the rent", _at(7, 8)),
    ("remind me next friday to call mum at 5", "remind you to call mum", _at(4, 17)),
    ("next tuesday remind me to water the plants at 10", "remind you to water the plants",
     _at(8, 10)),
    ("remind me friday next week at 3 to pick up the suit", "remind you to pick up the suit",
     _at(11, 15)),
    ("remind me on the 12th to pay the rent at 9", "remind you to pay the rent", _at(12, 9)),
    ("remind me on 8 march at 9 to renew the passport", "remind you to renew the passport",
     _at(8, 9, month=3, year=2027)),
    ("remind me about the bonfire on the 5th of november at 7 pm",
     "remind you about the bonfire", _at(5, 19, month=11, year=2027)),
    ("remind me tomorrow at 5 to call the bank", "remind you to call the bank", _at(2, 17)),
])
def test_a_day_ahead_is_read_with_its_time(words, what, at):
    reminder = parse_reminder(words, NOW)
    assert reminder is not None and reminder.text == what
    assert reminder.trigger.at == at


def test_a_weekday_reminder_is_set_for_that_day_in_the_afternoon(store):
    assistant, _events = make_assistant(store, wall_clock=lambda: NOW.timestamp())
    assert said(assistant, "remind me on friday at 5 to call the bank") == [
        "I'll remind you to call the bank on Fri 4 Dec at 17:00. Say \"cancel that\" if "
        "you change your mind."]
    [timer] = store.timers()
    assert timer.at == _at(4, 17).timestamp()


def test_a_day_without_a_time_asks_for_the_time_of_that_day(store):
    assistant, _events = make_assistant(store, wall_clock=lambda: NOW.timestamp())
    assert said(assistant, "remind me next monday to pay the rent")[0].startswith(
        "At what time next monday should I remind you?")
    assert said(assistant, "at 9")[0] == (
        "I'll remind you to pay the rent on Mon 7 Dec at 09:00. Say \"cancel that\" if you "
        "change your mind.")


@pytest.mark.parametrize(("words", "message"), [
    ("remind me on the 31st of april at 9 to pay the rent", "There is no 31st of april"),
    ("remind me every friday at 5 to put the bins out", "I can only remind you once"),
    ("remind me on saturdays at 9 to water the plants", "I can only remind you once"),
])
def test_what_cannot_be_a_reminder_is_said_plainly(words, message):
    with pytest.raises(ScheduleError, match=message):
        parse_reminder(words, NOW)


@pytest.mark.parametrize(("words", "reply"), [
    ("what timers are there", "Timer: reminder to water the plants on Thu 3 Dec at 21:00."),
    *[(words, "Reminder: water the plants on Thu 3 Dec at 21:00.") for words in (
        "what reminders do i have", "list my reminders", "what are my reminders",
        "any reminders?", "show me all my reminders", "do i have any reminders",
        "which reminders are set")],
])
def test_reminders_are_listed_when_asked_in_other_words(store, words, reply):
    assistant, _events = make_assistant(store, wall_clock=lambda: NOW.timestamp())
    said(assistant, "remind me in 2 days to water the plants")
    assert said(assistant, words) == [reply]


def test_asked_for_reminders_only_the_reminders_are_said(store):
    """"what reminders do I have?" listed every schedule and device timer as well."""
    assistant, _events = make_assistant(store, wall_clock=lambda: NOW.timestamp())
    said(assistant, "teach", "movie night", "turn on the tv", "done", "yes")
    said(assistant, "movie night every friday at 8pm", "turn off the tv in 10 minutes")
    assert said(assistant, "what reminders do I have?") == [
        "No reminders are set.",
        "Also set: 1 timer and 1 routine schedule (\"what's scheduled?\" lists them)."]
    said(assistant, "remind me to call my mum at 11 pm")
    assert said(assistant, "what reminders do I have?")[0] == (
        "Reminder: call your mum at 23:00 (in 2 hours).")
    assert said(assistant, "cancel that") == [
        "Cancelled the reminder to call your mum at 23:00."]


def test_schedules_keep_their_days_of_the_week():
    """"on saturday evenings at 9" and "every friday at 7" repeat; "next friday at 7" is
    once."""
    assert trigger_said("on saturday evenings at 9", NOW).kind == "time"
    assert trigger_said("every friday at 7", NOW).kind == "time"
    once = trigger_said("next friday at 7", NOW)
    assert once is not None and once.kind == "once" and once.at == _at(4, 7)


@pytest.mark.parametrize(("words", "day"), [
    ("next friday", _at(4, 0).date()), ("this tuesday", _at(1, 0).date()),
    ("next tuesday", _at(8, 0).date()), ("on the 1st", _at(1, 0).date()),
    ("on the twenty first", _at(21, 0).date()), ("on march 3rd", _at(3, 0, month=3, year=2027).date()),
    ("on 29 february", _at(29, 0, month=2, year=2028).date()),
])
def test_the_day_named(words, day):
    named = named_day(words, NOW)
    assert named is not None and named.day == day and named.rest == ""


@pytest.mark.parametrize("words", ["at sunset", "every day at 7", "put the sun cream on",
                                   "in 10 minutes", "on fridays"])
def test_words_that_name_no_day_ahead(words):
    assert named_day(words, NOW) is None


def test_a_clock_time_before_a_month_word_is_no_date():
    """"at 7 may be late": 7 o'clock, not the 7th of May."""
    reminder = parse_reminder("remind me at 7 tomorrow that the train may be late", NOW)
    assert reminder is not None and reminder.trigger.at == _at(2, 7)
    assert named_day("at 7 may be late", NOW) is None


@pytest.mark.parametrize(("words", "what"), [
    ("remind me about that thing at 5", "remind you about that thing"),
    ("remind me on friday that the bins go out at 7", "remind you that the bins go out"),
])
def test_the_words_to_be_reminded_of_keep_their_own_that(words, what):
    reminder = parse_reminder(words, NOW)
    assert reminder is not None and reminder.text == what


@pytest.mark.parametrize(("said_time", "hour", "minute"), [
    ("half past six", 6, 30), ("quarter to seven", 6, 45), ("a quarter past 7", 7, 15),
    ("ten past six", 6, 10), ("twenty-five to eight", 7, 35), ("five to 7", 6, 55),
    ("half six", 6, 30), ("half past 6 pm", 18, 30), ("quarter to one", 0, 45),
])
def test_a_time_said_past_or_to_the_hour(said_time, hour, minute):
    """"at half past six" was "I did not understand the time" in schedules, timers,
    reminders and alarms alike."""
    from teachapp.conversation.time_words import spoken_time

    at = spoken_time(said_time)
    assert (at.hour, at.minute) == (hour, minute)


def test_wake_me_at_half_past_six_is_the_morning_even_in_the_afternoon():
    afternoon = datetime(2026, 12, 1, 15, 0, tzinfo=UTC)
    reminder = parse_reminder("wake me up at half past six", afternoon)
    assert reminder is not None and reminder.trigger.time is not None
    assert (reminder.trigger.time.hour, reminder.trigger.time.minute) == (6, 30)
    alarm = parse_reminder("set an alarm for half past six", afternoon)  # any timer's rule
    assert alarm is not None and alarm.when == "at half past six"
