""""run morning coffee tomorrow at 7": a routine named with "run" and a time is its
one-off run, though its name holds a device's ("coffee"): it was "Do you want me to
turn on Coffee maker tomorrow at 07:00?", a timer for the device alone."""

from datetime import UTC, datetime

import pytest
from _assistant_helpers import add_routine, make_assistant, said

from teachapp.domain import SetStep

NOW = datetime(2026, 12, 10, 20, 30, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")


@pytest.fixture
def assistant(store):
    add_routine(store, "Morning coffee", ["morning coffee"], [
        SetStep("switch.coffee_maker", {"on": True}),
        SetStep("cover.living_room_blinds", {"position": 100})])
    return make_assistant(store, wall_clock=lambda: NOW.timestamp())[0]


@pytest.mark.parametrize("said_so", ["run morning coffee tomorrow at 7",
                                     "start the morning coffee routine tomorrow at 7"])
def test_the_routine_runs_once_then(store, assistant, said_so):
    assert said(assistant, said_so) == [
        'Morning coffee will run once tomorrow at 07:00. Say "cancel that" if you change '
        "your mind."]
    assert [t.kind for t in store.routine("Morning coffee").triggers] == ["once"]
    assert store.timers() == []


def test_the_device_named_alone_is_still_a_timer(store, assistant):
    assert said(assistant, "run the coffee maker in 10 minutes") == [
        'I\'ll turn on Coffee maker at 20:40 (in 10 minutes). Say "cancel that" if you '
        "change your mind."]
    assert store.routine("Morning coffee").triggers == []


def test_when_it_runs_it_is_told_as_asked_not_as_a_schedule(store, assistant):
    """It said "Morning coffee ran on schedule (Fri 07:00).", as if the person had set
    a schedule."""
    from test_timers import ManualClock

    from teachapp.conversation.awareness import HomeWatch
    from teachapp.home import SimulatedBackend
    from teachapp.settings import Settings

    said(assistant, "run morning coffee tomorrow at 7")
    announced: list[str] = []
    clock = ManualClock(datetime(2026, 12, 11, 7, 0, 1, tzinfo=UTC))
    watch = HomeWatch(store, SimulatedBackend(store), Settings(), clock=clock,
                      announce=announced.append)
    watch.hunches_enabled = False
    watch.tick()
    assert announced == ["Morning coffee ran on schedule at 07:00, as you asked."]
    assert store.device("switch.coffee_maker").state["on"] is True
