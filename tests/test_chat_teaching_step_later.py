""""dim the lights in 5" while teaching read "5" as a level (50 %) and asked which lights;
"in 10 minutes turn off the tv" set a timer now, the routine left without it. A delay said
with a step is a pause, then the change, as "wait 5 minutes, then dim the lights" is."""

from __future__ import annotations

from _assistant_helpers import make_assistant, said

from teachapp.domain import SetStep, WaitStep


def _teaching(store):
    assistant, _ = make_assistant(store)
    said(assistant, "when I say dusk")
    return assistant


def test_a_step_in_a_number_waits_that_many_minutes_first(store):
    assistant = _teaching(store)
    assert said(assistant, "dim the lights in 5")[0] == "Then wait 5 minutes."
    said(assistant, "done", "yes")
    steps = store.routine("dusk").steps
    assert steps[0] == WaitStep(300)
    assert all(isinstance(s, SetStep) and s.set.get("brightness") == 30 for s in steps[1:])
    assert store.timers() == []


def test_a_delay_said_first_is_a_pause_too(store):
    assistant = _teaching(store)
    assert said(assistant, "in 10 minutes turn off the tv") == [
        "Then wait 10 minutes.", "TV → off, after the pause."]
    assert store.timers() == []


def test_a_delay_longer_than_a_pause_adds_nothing(store):
    assistant = _teaching(store)
    assert said(assistant, "turn on the fan in 2 hours")[0].startswith(
        "A pause can be at most 1 hour")
    assert assistant.teaching.targets == {}


def test_a_reminder_with_a_delay_is_still_set(store):
    assistant = _teaching(store)
    assert said(assistant, "remind me to stir in 5")[0].startswith("I'll remind you to stir")
