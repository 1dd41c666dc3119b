""""pause the timer" keeps the time it had left and "resume the timer" goes on from it,
as a kitchen timer does; "undo" right after takes either back, and lists say it is
paused. It was "I can't pause a timer. … Say "add 5 minutes" …" (the timer went on)."""

from datetime import UTC, datetime, timedelta

import pytest
from _assistant_helpers import make_assistant, said

from teachapp.store import Store

NOW = datetime(2026, 12, 1, 21, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")


def _at(minutes: float) -> float:
    return (NOW + timedelta(minutes=minutes)).timestamp()


def test_a_paused_timer_keeps_its_time_and_resumes_from_it(store):
    clock = [NOW.timestamp()]
    assistant, _events = make_assistant(store, wall_clock=lambda: clock[0])
    assert said(assistant, "pause the timer") == ["No timer is set."]
    said(assistant, "set a timer for 10 minutes")
    clock[0] = _at(3)
    assert said(assistant, "pause the timer") == [
        "Paused your 10-minute timer with 7 minutes left. Say \"resume the timer\" to go on."]
    clock[0] = _at(30)  # a paused timer is never due
    assert store.due_timers(clock[0]) == ([], None)
    assert said(assistant, "how long is left?") == [
        "7 minutes left on your 10-minute timer (paused)."]
    assert said(assistant, "what's scheduled?") == [
        "Timer: 10-minute timer (paused, 7 minutes left)."]
    assert assistant.timers()[0][1] == "10-minute timer (paused, 7 minutes left)"  # the card
    assert said(assistant, "pause it") == [
        "Already paused. 7 minutes left on your 10-minute timer (paused). Say \"resume the "
        "timer\" to go on."]
    assert said(assistant, "resume the timer") == [
        "Resumed: 7 minutes left on your 10-minute timer (it goes off at 21:37)."]
    [timer] = store.timers()
    assert (timer.at, timer.paused) == (_at(37), False)


def test_undo_right_after_takes_a_pause_or_a_resume_back(store):
    clock = [NOW.timestamp()]
    assistant, _events = make_assistant(store, wall_clock=lambda: clock[0])
    said(assistant, "turn off the tv in 30 minutes")
    assert said(assistant, "pause it", "undo") == [
        "Paused the timer to turn off TV with 30 minutes left. Say \"resume the timer\" to "
        "go on.", "Undone: it runs again. 30 minutes until I turn off TV (at 21:30)."]
    assert [t.paused for t in store.timers()] == [False]  # not cancelled
    said(assistant, "pause the timer")
    clock[0] = _at(10)
    assert said(assistant, "resume the timer", "undo") == [
        "Resumed: 30 minutes until I turn off TV (at 21:40).",
        "Undone: paused the timer to turn off TV with 30 minutes left. Say \"resume the "
        "timer\" to go on."]


def test_several_timers_say_which_or_all(store):
    assistant, _events = make_assistant(store, wall_clock=lambda: NOW.timestamp())
    said(assistant, "set a pasta timer for 12 minutes", "turn off the tv in 30 minutes")
    assert said(assistant, "pause the timer") == [
        "There are 2 timers: pasta timer at 21:12; turn off TV at 21:30. Say which, e.g. "
        "\"pause the pasta timer\", or \"pause all timers\"."]
    assert said(assistant, "hold the pasta timer for a bit") == [
        "Paused your pasta timer with 12 minutes left. Say \"resume the timer\" to go on."]
    assert said(assistant, "add 5 minutes to the pasta timer") == [
        "OK, 17 minutes left on your pasta timer (paused)."]
    assert said(assistant, "pause all timers") == [
        "Paused the timer to turn off TV with 30 minutes left. Say \"resume the timer\" to "
        "go on."]
    assert said(assistant, "cancel the tv timer") == [
        "Cancelled the timer to turn off TV (paused, 30 minutes left)."]


def test_an_alarm_is_not_paused(store):
    assistant, _events = make_assistant(store, wall_clock=lambda: NOW.timestamp())
    said(assistant, "wake me up at 7 am")
    assert said(assistant, "pause the alarm")[0].startswith(
        "An alarm goes off at its time of day, so it can't be paused.")


def test_pause_it_after_something_else_is_no_timers(store):
    assistant, _events = make_assistant(store, wall_clock=lambda: NOW.timestamp())
    said(assistant, "set a timer for 10 minutes", "turn on the desk lamp")
    assert not said(assistant, "pause it")[0].startswith("Paused")


def test_a_paused_timer_stays_paused_in_a_later_session(tmp_path):
    path = tmp_path / "home.sqlite3"
    first, _events = make_assistant(Store(f"sqlite:///{path}"),
                                    wall_clock=lambda: NOW.timestamp())
    said(first, "set a timer for 10 minutes", "pause it")
    later = Store(f"sqlite:///{path}")
    [timer] = later.timers()
    assert (timer.paused, timer.paused_left) == (True, 600.0)
