"""Reminders and plain timers: "remind me to call my mum at 5", "set a timer for 10
minutes". They were offered for teaching ("I don't know 'set a timer for 10 minutes'.
Shall I learn it?"). Now they are set, listed, cancelled and said when due, through the
timers' table and watch, with nothing in the home changed."""

from datetime import UTC, datetime, timedelta

import pytest
from _assistant_helpers import make_assistant, said
from test_timers import NOW, ManualClock

from teachapp.conversation.awareness import HomeWatch
from teachapp.conversation.reminders import parse_reminder
from teachapp.domain import SayStep
from teachapp.errors import ScheduleError
from teachapp.home import CollectingSpeaker, SimulatedBackend
from teachapp.settings import Settings
from teachapp.store import Store


@pytest.fixture(autouse=True)
def _utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")


def _assistant(store):
    assistant, _events = make_assistant(store, wall_clock=lambda: NOW.timestamp())
    return assistant


@pytest.mark.parametrize(("words", "says", "text", "after"), [
    ("remind me to call my mum in 20 minutes", "Reminder: call your mum.",
     "remind you to call your mum", timedelta(minutes=20)),
    ("in an hour remind me to take the cake out", "Reminder: take the cake out.",
     "remind you to take the cake out", timedelta(hours=1)),
    ("Can you remind us at 11 pm to lock up?", "Reminder: lock up.", "remind you to lock up",
     timedelta(hours=2)),
    ("remind me tomorrow at 9 about the dentist", "Reminder: the dentist.",
     "remind you about the dentist", timedelta(hours=12)),
    ("remind me that the bins go out tomorrow at 7", "Reminder: the bins go out.",
     "remind you that the bins go out", timedelta(hours=10)),
    ("set a timer for 10 minutes", "Time's up: 10 minutes.",
     "tell you when 10 minutes are up", timedelta(minutes=10)),
    ("start a five minute timer", "Time's up: 5 minutes.",  # (in words: told in digits)
     "tell you when 5 minutes are up", timedelta(minutes=5)),
    ("set a timer for twenty five minutes", "Time's up: 25 minutes.",
     "tell you when 25 minutes are up", timedelta(minutes=25)),
    ("timer for an hour and a half", "Time's up: 1 hour 30 minutes.",  # (in digits)
     "tell you when 1 hour 30 minutes are up", timedelta(minutes=90)),
    # lengths of two units or a part of one: told in hours and minutes; they were told
    # in words ("an hour and 15 minutes") or not read at all ("I don't know ...")
    ("set a timer of an hour and a half", "Time's up: 1 hour 30 minutes.",
     "tell you when 1 hour 30 minutes are up", timedelta(minutes=90)),
    ("a timer for one and a half hours", "Time's up: 1 hour 30 minutes.",
     "tell you when 1 hour 30 minutes are up", timedelta(minutes=90)),
    ("set a timer for 1.5 hours", "Time's up: 1.5 hours.",  # (digits: as said)
     "tell you when 1.5 hours are up", timedelta(minutes=90)),
    ("set a timer for 90 minutes", "Time's up: 90 minutes.",
     "tell you when 90 minutes are up", timedelta(minutes=90)),
    ("set a timer for an hour and 15 minutes", "Time's up: 1 hour 15 minutes.",
     "tell you when 1 hour 15 minutes are up", timedelta(minutes=75)),
    ("set a timer for an hour and a quarter", "Time's up: 1 hour 15 minutes.",
     "tell you when 1 hour 15 minutes are up", timedelta(minutes=75)),
    ("set a timer for one hour fifteen minutes", "Time's up: 1 hour 15 minutes.",
     "tell you when 1 hour 15 minutes are up", timedelta(minutes=75)),
    ("set a timer for two and a half minutes", "Time's up: 2 minutes 30 seconds.",
     "tell you when 2 minutes 30 seconds are up", timedelta(seconds=150)),
    ("timer for an hour", "Time's up: 1 hour.", "tell you when 1 hour is up",
     timedelta(hours=1)),
    ("set a timer for half an hour", "Time's up: 30 minutes.",
     "tell you when 30 minutes are up", timedelta(minutes=30)),
    ("set a pasta timer for 12 minutes", "Your pasta timer is done (12 minutes).",
     "tell you when the pasta timer is done", timedelta(minutes=12)),
])
def test_the_ways_a_person_asks(words, says, text, after):
    reminder = parse_reminder(words, NOW)
    assert reminder is not None and (reminder.says, reminder.text) == (says, text)
    assert reminder.trigger.at is None or reminder.trigger.at == NOW + after


@pytest.mark.parametrize("words", ["turn off the telly in 30 minutes", "what timers are set",
                                   "cancel the pasta timer", "the timer went off",
                                   "movie night timer", "reading mode",
                                   "remind me how to start movie night",
                                   "remind me what reading mode does"])
def test_other_sentences_are_no_reminder(words):
    assert parse_reminder(words, NOW) is None


def test_a_reminder_without_a_time_asks_when():
    with pytest.raises(ScheduleError, match="When should I remind you?"):
        parse_reminder("remind me to feed the cat", NOW)


def test_a_reminder_is_stored_as_words_to_say_and_changes_nothing(store, db_path):
    before = [d.state for d in store.devices()]
    reply = said(_assistant(store), "remind me to call my mum in 20 minutes")
    assert reply == ["I'll remind you to call your mum at 21:20 (in 20 minutes). Say "
                     "\"cancel that\" if you change your mind."]
    with Store.open(db_path) as later:  # durable: another process sees it
        [timer] = later.timers()
    assert timer.steps == [SayStep("Reminder: call your mum.")]
    assert timer.at == (NOW + timedelta(minutes=20)).timestamp()
    assert [d.state for d in store.devices()] == before


def test_when_asked_for_the_time_the_next_turn_gives_it(store):
    assistant = _assistant(store)
    assert said(assistant, "remind me to feed the cat")[0].startswith(
        "When should I remind you?")
    assert said(assistant, "in 20 minutes")[0].startswith(
        "I'll remind you to feed the cat at 21:20")
    assert [t.text for t in store.timers()] == ["remind you to feed the cat"]


def test_reminders_and_timers_are_listed_and_cancelled_by_their_words(store):
    assistant = _assistant(store)
    said(assistant, "set a pasta timer for 12 minutes", "set a timer for 10 minutes",
         "remind me to call my mum at 11 pm", "turn off the telly in 30 minutes")
    listed = said(assistant, "what timers are set?")[-1]
    assert listed.startswith("Timers: 10-minute timer at 21:10 (in 10 minutes) · pasta timer "
                             "at 21:12")  # (they said "tell you when the pasta timer is done")
    assert "reminder to call your mum at 23:00" in listed
    assert said(assistant, "cancel the pasta timer") == [
        "Cancelled the pasta timer at 21:12."]
    assert said(assistant, "cancel my reminder to call mum") == [
        "Cancelled the reminder to call your mum at 23:00."]
    which = said(assistant, "cancel the timer")[0]
    assert which.startswith("There are 2 timers") and "\"cancel the 10 minute timer\"" in which
    said(assistant, "cancel the 10 minute timer")
    assert [t.text for t in store.timers()] == ["turn off TV"]
    assert said(assistant, "cancel the reminder") == ["No reminder is set."]


def test_a_due_reminder_is_said_and_shown_once(store):
    said(_assistant(store), "remind me to call my mum in 20 minutes")
    before = [d.state for d in store.devices()]
    clock, announced, speaker = ManualClock(NOW), [], CollectingSpeaker()
    watch = HomeWatch(store, SimulatedBackend(store), Settings(), clock=clock,
                      announce=announced.append, speaker=speaker)
    watch.hunches_enabled = False
    clock.t = watch.tick() + 2
    watch.tick()
    watch.tick()
    assert announced == ["Reminder: call your mum."]
    assert speaker.said == ["Reminder: call your mum."]
    assert store.timers() == [] and [d.state for d in store.devices()] == before


def test_a_reminder_due_while_nothing_ran_is_still_told(store):
    said(_assistant(store), "remind me to call my mum in 20 minutes")
    announced = []
    watch = HomeWatch(store, SimulatedBackend(store), Settings(),
                      clock=ManualClock(NOW + timedelta(hours=2)), announce=announced.append)
    watch.hunches_enabled = False
    watch.tick()
    assert announced == ["While teachapp was not running, this was due at Tue 21:20: "
                         "Reminder: call your mum."]


def test_listen_reports_a_reminder_as_timer_talk(store):
    from teachapp.conversation.timer_talk import timer_sentence
    from teachapp.understanding.commands import CommandParser

    parser = CommandParser(store.devices())
    at = datetime(2026, 12, 1, 21, 0, tzinfo=UTC)
    assert timer_sentence("remind me to call mum in 20 minutes", store, parser, at) == "timer"
    assert timer_sentence("set a timer for 10 minutes", store, parser, at) == "timer"
    assert timer_sentence("cancel the reminder", store, parser, at) == "cancel_timer"


@pytest.mark.parametrize(("words", "problem"), [
    ("remind me to", "What should I remind you of, and when?"),
    ("set a timer for 0 minutes", "A timer of no time ends at once"),
    ("set a timer for 90000 hours", "more than a year away"),
    ("remind me to renew the passport in 20000 hours", "more than a year away"),
])
def test_a_reminder_that_cannot_be_is_said_back(store, words, problem):
    reply = said(_assistant(store), words)
    assert problem in reply[0] and store.timers() == []


@pytest.mark.parametrize(("words", "says", "text", "at"), [
    ("set an alarm for 7 am", "This is your alarm.", "sound your alarm", (7, 0)),
    ("alarm at 6:30", "This is your alarm.", "sound your alarm", (6, 30)),
    ("set my alarm for tomorrow at 7:15", "This is your alarm.", "sound your alarm", (7, 15)),
    ("wake me up at 7", "Time to get up.", "wake you up", (7, 0)),  # a bare hour: morning
    ("please wake me at 6:30 tomorrow", "Time to get up.", "wake you up", (6, 30)),
    ("wake us up in 20 minutes", "Time to get up.", "wake you up", (21, 20)),
    ("set an alarm for 11am", "This is your alarm.", "sound your alarm", (11, 0)),
    ("wake me up at 6:30am", "Time to get up.", "wake you up", (6, 30)),
])
def test_alarms_are_reminders_that_say_it_is_time(words, says, text, at):
    """"set an alarm for 7 am" and "wake me up at 7" were "I don't know ... Shall I learn
    it?" (NOW is 21:00, so 7 is tomorrow's 07:00, not 19:00 today)."""
    reminder = parse_reminder(words, NOW)
    assert reminder is not None and (reminder.says, reminder.text) == (says, text)
    assert reminder.trigger.at is None or (reminder.trigger.at.hour,
                                           reminder.trigger.at.minute) == at


def test_an_alarm_without_a_time_asks_when_and_alarms_are_cancelled_by_their_time(store):
    assistant = _assistant(store)
    assert said(assistant, "set an alarm")[0].startswith("When should the alarm go off?")
    assert said(assistant, "at 7 am")[0] == (
        "I'll sound your alarm tomorrow at 07:00. Say \"cancel that\" if you change your mind.")
    said(assistant, "wake me up at 6:30", "remind me to call mum at 11 pm")
    which = said(assistant, "cancel the alarm")[0]
    assert which.startswith("There are 2 alarms") and "\"cancel the 06:30 alarm\"" in which
    assert said(assistant, "cancel the alarm at 6:30") == [
        "Cancelled the alarm tomorrow at 06:30."]
    assert said(assistant, "cancel the 9 am alarm")[0].startswith("No alarm is set for 9 am.")
    assert said(assistant, "cancel all alarms") == [
        "Cancelled the alarm tomorrow at 07:00."]
    assert [t.text for t in store.timers()] == ["remind you to call mum"]


_SMALL_HOURS = datetime(2026, 12, 2, 0, 30, tzinfo=UTC)


@pytest.mark.parametrize(("words", "due", "reply"), [
    # the speaker has not slept: "tomorrow" is the coming morning, not the day after
    ("remind me tomorrow at 8 to call the dentist", datetime(2026, 12, 2, 8, 0, tzinfo=UTC),
     "I'll remind you to call the dentist at 08:00 this morning."),
    ("remind me to take my pills tonight at 1", datetime(2026, 12, 2, 1, 0, tzinfo=UTC),
     "I'll remind you to take your pills at 01:00 (in 30 minutes)."),
    ("remind me tomorrow at 3 am to check the oven", datetime(2026, 12, 3, 3, 0, tzinfo=UTC),
     "I'll remind you to check the oven tomorrow at 03:00."),
])
def test_tomorrow_said_after_midnight_is_the_coming_morning(store, words, due, reply):
    assistant, _events = make_assistant(store, wall_clock=lambda: _SMALL_HOURS.timestamp())
    [answer, *_rest] = said(assistant, words)
    assert answer.startswith(reply), answer
    [timer] = store.timers()
    assert timer.at == pytest.approx(due.timestamp())


@pytest.mark.parametrize("words", ["set a timer of an hour and a half",
                                   "a timer for one and a half hours"])
def test_a_timer_of_an_hour_and_a_half_is_set_and_told_in_digits(store, words):
    """It was 'I'll tell you when an hour and a half is up …', or for "one and a half
    hours" 'I don't know "…". Shall I learn it?'."""
    assistant = _assistant(store)
    assert said(assistant, words) == [
        "I'll tell you when 1 hour 30 minutes are up at 22:30 (in 1 hour 30 minutes). Say "
        "\"cancel that\" if you change your mind."]
    listed = said(assistant, "what timers are set?")[-1]
    assert "timer of 1 hour 30 minutes at 22:30" in listed, listed
