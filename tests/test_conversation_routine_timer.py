"""A routine set to run once ("reading mode in 5 minutes") is listed with the timers, so a
person cancels it as one: "cancel the reading mode timer"."""

from __future__ import annotations

from _assistant_helpers import make_assistant, said, seed_routines


def test_cancel_the_routine_timer_cancels_its_one_off_run_only(store):
    """It said "No timer is set." and the run stayed."""
    seed_routines(store)
    assistant, _events = make_assistant(store)
    said(assistant, "reading mode in 5 minutes", "reading mode every day at 9pm")
    assert len(store.routine("Reading mode").triggers) == 2
    reply = said(assistant, "cancel the reading mode timer")
    assert reply[0].startswith("Reading mode no longer runs once"), reply
    assert [t.kind for t in store.routine("Reading mode").triggers] == ["time"]


def test_a_device_timer_is_still_cancelled_by_its_device(store):
    seed_routines(store)
    assistant, _events = make_assistant(store)
    said(assistant, "turn the tv on in 10 minutes")
    assert said(assistant, "cancel the tv timer")[0].startswith("Cancelled the timer to turn on TV")
    assert said(assistant, "cancel the movie mode timer") == ["No timer is set."]
