""""change coffee time to run at 8 pm", "coffee time should run at 8 pm" of a routine whose
name has a device's word in it set a timer to turn on Coffee maker ("run" read as "turn
on"), while "change movie night to run at 8 pm" asked about its schedule. Its name then
"to run" is the routine's schedule, as "run coffee time at 8 pm" is."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from _assistant_helpers import add_routine, make_assistant, said

from teachapp.domain import SetStep

EVENING = datetime(2026, 12, 7, 19, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")


def _assistant(store):
    add_routine(store, "Coffee time", ["coffee time"],
                [SetStep("switch.coffee_maker", {"on": True})])
    return make_assistant(store, wall_clock=lambda: EVENING.timestamp())[0]


@pytest.mark.parametrize("words", ["change coffee time to run at 8 pm",
                                   "coffee time should run at 8 pm"])
def test_a_routine_named_then_to_run_is_its_schedule(store, words):
    assistant = _assistant(store)
    assert said(assistant, words) == ["Shall I run coffee time every day at 20:00?"]
    assert store.timers() == []
    said(assistant, "yes")
    assert [str(t.time) for t in store.routine("Coffee time").triggers] == ["20:00:00"]


def test_the_device_at_a_time_is_still_a_timer(store):
    assistant = _assistant(store)
    assert said(assistant, "run the coffee maker at 9 pm")[0].startswith(
        "I'll turn on Coffee maker at 21:00")
