""""remove the wait from breakfast", "take the 5 minute pause out of it" take a routine's
pauses out, asked first and undoable. It was "This home has no wait, so breakfast has no
step for it." (the wait read as a device; found walking chat as a new user)."""

from __future__ import annotations

from _assistant_helpers import add_routine, make_assistant, said

from teachapp.domain import SetStep, WaitStep

_STEPS = [SetStep("switch.coffee_maker", {"on": True}), WaitStep(300),
          SetStep("switch.coffee_maker", {"on": False})]


def test_the_wait_is_taken_out_after_a_yes(store):
    add_routine(store, "Breakfast", ["breakfast"], _STEPS)
    assistant, _events = make_assistant(store)
    assert said(assistant, "remove the wait from breakfast") == [
        "Take the pause (wait 5 minutes) out of breakfast? Say yes to change it."]
    assert said(assistant, "yes") == [
        "Changed breakfast: it will turn on Coffee maker and then turn off Coffee maker."]
    assert not any(isinstance(s, WaitStep) for s in store.routine("Breakfast").steps)
    assert said(assistant, "remove the wait from breakfast") == [
        "Breakfast has no pause: it will turn on Coffee maker and then turn off Coffee "
        "maker."]
    said(assistant, "undo")
    assert store.routine("Breakfast").steps == _STEPS


def test_no_keeps_the_pause(store):
    add_routine(store, "Breakfast", ["breakfast"], _STEPS)
    assistant, _events = make_assistant(store)
    assert said(assistant, "take the 5 minute pause out of breakfast")[0].startswith(
        "Take the pause (wait 5 minutes) out of breakfast?")
    assert said(assistant, "no") == ["OK, breakfast stays as it is."]
    assert store.routine("Breakfast").steps == _STEPS
