""""pause the timer" says what can be done: a timer here is a moment to run at, taken by
whichever runner (the window, ``teachapp service``) finds it due, so none waits paused.
It was 'I don't know "pause the timer". Shall I learn it?'."""

from datetime import UTC, datetime, timedelta

import pytest
from _assistant_helpers import make_assistant, said

NOW = datetime(2026, 12, 1, 21, 0, tzinfo=UTC)
_TODO = " Say \"add 5 minutes\" to give it more time, or \"cancel the timer\"."


@pytest.fixture(autouse=True)
def _utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")


@pytest.mark.parametrize(("words", "reply"), [
    ("pause the timer", "I can't pause a timer."), ("pause it", "I can't pause a timer."),
    ("can you hold the pasta timer for a bit", "I can't pause a timer."),
    ("resume the timer", "No timer is paused: I can't pause one.")])
def test_pausing_a_timer_says_what_can_be_done(store, words, reply):
    assistant, _events = make_assistant(store, wall_clock=lambda: NOW.timestamp())
    assert said(assistant, "pause the timer") == ["No timer is set."]
    said(assistant, "set a timer for 10 minutes")
    assert said(assistant, words) == [
        f"{reply} 10 minutes left on your 10-minute timer (it goes off at 21:10).{_TODO}"]
    [timer] = store.timers()
    assert timer.at == (NOW + timedelta(minutes=10)).timestamp()


def test_pause_it_after_something_else_is_no_timers(store):
    assistant, _events = make_assistant(store, wall_clock=lambda: NOW.timestamp())
    said(assistant, "set a timer for 10 minutes", "turn on the desk lamp")
    assert not said(assistant, "pause it")[0].startswith("I can't pause a timer")
