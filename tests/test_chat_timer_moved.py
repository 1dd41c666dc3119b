""""make it 10 minutes", "change that to 10 minutes", "make it 7 instead" right after a
timer, a reminder or a routine's one-off run was set: it moves there. They were 'I don't
know "make it 10 minutes". Shall I learn it?', and the timer stayed as it was."""

from datetime import UTC, datetime, timedelta

import pytest
from _assistant_helpers import make_assistant, said

NOW = datetime(2026, 12, 1, 21, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")


def _assistant(store):
    assistant, _events = make_assistant(store, wall_clock=lambda: NOW.timestamp())
    return assistant


@pytest.mark.parametrize(("change", "minutes"), [
    ("actually make that 10 minutes", 10), ("make it 10 minutes", 10),
    ("change that to 10 minutes", 10), ("make it half an hour instead", 30),
    ("make it 20", 20),  # (a bare number: of the unit it was set with)
])
def test_a_timer_just_set_moves(store, change, minutes):
    assistant = _assistant(store)
    said(assistant, "turn off the tv in 5 minutes")
    assert said(assistant, change) == [
        f"OK, I'll turn off TV at 21:{minutes:02d} (in {minutes} minutes) instead."]
    [timer] = store.timers()
    assert timer.at == (NOW + timedelta(minutes=minutes)).timestamp()


def test_past_a_question_and_then_cancel_that_still_means_it(store):
    assistant = _assistant(store)
    said(assistant, "turn off the tv in 5 minutes", "what time is it?")
    said(assistant, "make it 10 minutes")
    assert said(assistant, "cancel that") == ["Cancelled the timer to turn off TV at 21:10."]
    assert store.timers() == []


def test_after_something_else_was_done_nothing_moves(store):
    assistant = _assistant(store)
    said(assistant, "turn off the tv in 5 minutes", "turn on the desk lamp")
    said(assistant, "make it 10 minutes")
    [timer] = store.timers()
    assert timer.at == (NOW + timedelta(minutes=5)).timestamp()


def test_a_reminder_at_a_time_moves_to_another_in_its_half_of_the_day(store):
    assistant = _assistant(store)
    said(assistant, "remind me to call mum at 10 pm")
    assert said(assistant, "make it 11 instead") == [
        "OK, I'll remind you to call mum at 23:00 (in 2 hours) instead."]
    assert said(assistant, "make it noon") == [
        "OK, I'll remind you to call mum tomorrow at 12:00 instead."]


def test_a_routines_one_off_run_moves(store):
    assistant = _assistant(store)
    said(assistant, "teach", "movie night", "turn on the tv", "done", "yes")
    said(assistant, "run movie night in 10 minutes")
    assert said(assistant, "make it 20 minutes") == [
        "OK, movie night will run once at 21:20 (in 20 minutes) instead."]
    [trigger] = store.routine("movie night").triggers
    assert trigger.at is not None and trigger.at.timestamp() == (
        NOW + timedelta(minutes=20)).timestamp()


def test_cancel_that_after_moving_a_one_off_run_takes_it_back(store):
    assistant = _assistant(store)
    said(assistant, "teach", "movie night", "turn on the tv", "done", "yes")
    said(assistant, "run movie night in 10 minutes", "make it 20 minutes")
    assert said(assistant, "cancel that")[0].startswith("OK, movie night won't run once")
    assert store.routine("movie night").triggers == []


def test_a_plain_timer_moved_is_of_the_new_length(store):
    from teachapp.domain import SayStep

    assistant = _assistant(store)
    said(assistant, "set a timer for 10 minutes")
    assert said(assistant, "make it 15 minutes") == [
        "OK, I'll tell you when 15 minutes are up at 21:15 (in 15 minutes) instead."]
    [timer] = store.timers()
    assert timer.steps == [SayStep("Time's up: 15 minutes.")]
