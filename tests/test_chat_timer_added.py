""""add 5 minutes", "5 more minutes", "give it another 5 minutes" right after a timer was
set, or with one timer set, add to it: "OK, 12 minutes left on your 15-minute timer (it
goes off at 21:15)." They were 'I don't know "add 5 minutes". Shall I learn it?', and the
timer rang when it was set to."""

from datetime import UTC, datetime, timedelta

import pytest
from _assistant_helpers import make_assistant, said, seed_routines

NOW = datetime(2026, 12, 1, 21, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")


def _assistant(store, clock):
    assistant, _events = make_assistant(store, wall_clock=lambda: clock[0].timestamp())
    return assistant


@pytest.mark.parametrize("more", [
    "add 5 minutes", "add five minutes to the timer", "5 more minutes",
    "give it another 5 minutes", "another five minutes please", "extend the timer by 5 minutes",
    "put 5 more minutes on it"])
def test_time_added_right_after_a_timer_goes_to_it(store, more):
    clock = [NOW]
    assistant = _assistant(store, clock)
    said(assistant, "set a timer for 10 minutes")
    clock[0] = NOW + timedelta(minutes=3)
    assert said(assistant, more) == [
        "OK, 12 minutes left on your 15-minute timer (it goes off at 21:15)."]
    [timer] = store.timers()
    assert timer.at == (NOW + timedelta(minutes=15)).timestamp()
    assert timer.steps[0].text == "Time's up: 15 minutes."


def test_with_one_timer_set_time_is_added_to_it_later_too(store):
    clock = [NOW]
    assistant = _assistant(store, clock)
    said(assistant, "turn off the tv in 10 minutes", "turn on the desk lamp")
    assert said(assistant, "add 5 minutes") == ["OK, 15 minutes until I turn off TV (at 21:15)."]
    assert said(assistant, "cancel that") == ["Cancelled the timer to turn off TV at 21:15."]
    assert said(assistant, "add 5 minutes") == ["No timer is set."]


def test_with_several_timers_the_one_named_gets_it(store):
    clock = [NOW]
    assistant = _assistant(store, clock)
    said(assistant, "set a pasta timer for 8 minutes", "remind me to call mum in 20 minutes",
         "turn on the desk lamp")
    which = said(assistant, "add 2 minutes")[0]
    assert which.startswith("There are 2 timers:") and which.endswith(
        "Say which, e.g. \"add 2 minutes to the pasta timer\".")
    assert said(assistant, "add 2 minutes to the pasta timer") == [
        "OK, 10 minutes left on your pasta timer (it goes off at 21:10)."]
    assert said(assistant, "add 10 minutes to my reminder") == [
        "OK, 30 minutes until your reminder to call mum (at 21:30)."]
    assert said(assistant, "add 2 minutes to the oven timer") == [
        "No timer is set for the oven timer."]


def test_time_added_right_after_a_routine_was_set_to_run_once_goes_to_that_run(store):
    seed_routines(store)
    clock = [NOW]
    assistant = _assistant(store, clock)
    said(assistant, "set a timer for 30 minutes", "run movie mode in 10 minutes")
    assert said(assistant, "add 5 minutes") == [
        "OK, movie mode will run once at 21:15 (in 15 minutes) instead."]
    assert [t.at for t in store.timers()] == [(NOW + timedelta(minutes=30)).timestamp()]


def test_a_length_alone_or_a_delay_first_is_no_time_added(store):
    clock = [NOW]
    assistant = _assistant(store, clock)
    said(assistant, "set a timer for 10 minutes")
    said(assistant, "give it an hour")
    [timer] = store.timers()
    assert timer.at == (NOW + timedelta(minutes=10)).timestamp()
