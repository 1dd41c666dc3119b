"""A routine's steps changed by voice as a new user said it, in chat. Before:

- "take the lock step out of good night" locked the front door (read as a device
  command) and "remove the lock step from good night" asked "Do you want me to lock Front
  door?";
- "add a step to good night" said "This home has no step. Good night stays as it is.";
- "add a step to good night: set the thermostat to 17" asked to set the thermostat now;
- "add set the thermostat to 17 to good night" said 'I don't know a routine called "17 to
  good night"';
- "how do I add a step" and "how do I remove a step" were "I can't answer …".
"""

from __future__ import annotations

import pytest
from _assistant_helpers import add_routine, make_assistant, said

from teachapp.domain import SetStep

TV, DOOR, HEAT = "media_player.tv", "lock.front_door", "climate.thermostat"


def _assistant(store):
    add_routine(store, "Good night", ["good night"], [
        SetStep(TV, {"on": False}), SetStep(DOOR, {"locked": True})])
    assistant, _ = make_assistant(store)
    return assistant


def _devices(store) -> list[str]:
    return [s.device for s in store.routine("Good night").steps]


@pytest.mark.parametrize("words", ["take the lock step out of good night",
                                   "remove the lock step from good night",
                                   "take out the lock step from good night",
                                   "take the locking out of good night"])
def test_a_step_named_by_what_it_does_is_taken_out_and_nothing_runs(store, words):
    assistant = _assistant(store)
    said(assistant, "unlock the front door", "yes")
    assert said(assistant, words) == [
        "Take the step \"lock Front door\" out of good night? Say yes to change it."]
    assert not assistant.backend.device(DOOR).state["locked"]  # (not locked by it)
    said(assistant, "yes")
    assert _devices(store) == [TV]


def test_a_step_named_by_a_turn_off_is_the_one_that_turns_off(store):
    assistant = _assistant(store)
    assert said(assistant, "take out the turn off step from good night") == [
        "Take the step \"turn off TV\" out of good night? Say yes to change it."]


def test_add_a_step_asks_what_it_should_do_and_takes_the_answer(store):
    assistant = _assistant(store)
    question = said(assistant, "add a step to good night")
    assert len(question) == 1 and question[0].startswith("What should good night also do?")
    assert said(assistant, "set the thermostat to 17") == [
        "Good night will also set Thermostat to 17 °C. Shall I change it?"]
    said(assistant, "yes")
    assert _devices(store) == [TV, DOOR, HEAT]


def test_add_a_step_and_cancel_keeps_the_routine(store):
    assistant = _assistant(store)
    said(assistant, "add something to good night")
    assert said(assistant, "cancel") == ["OK, good night stays as it is."]
    assert _devices(store) == [TV, DOOR]


@pytest.mark.parametrize("words", ["add a step to good night: set the thermostat to 17",
                                   "add a step to good night set the thermostat to 17",
                                   "add set the thermostat to 17 to good night"])
def test_a_step_said_with_the_routine_is_asked_about_not_run(store, words):
    assistant = _assistant(store)
    before = dict(assistant.backend.device(HEAT).state)
    assert said(assistant, words) == [
        "Good night will also set Thermostat to 17 °C. Shall I change it?"]
    assert assistant.backend.device(HEAT).state == before


@pytest.mark.parametrize("words", ["how do I add a step", "how do I remove a step",
                                   "how do I add a step to a routine"])
def test_how_to_change_steps_is_answered(store, words):
    lines = said(_assistant(store), words)
    assert lines[0].startswith("Say what to add and where"), lines


def test_a_step_taken_out_of_it_with_no_routine_spoken_of_asks_which(store):
    """It said "There is no routine called ''" (and, mended so far alone, locked the door)."""
    assistant = _assistant(store)
    said(assistant, "unlock the front door", "yes")
    assert said(assistant, "take the lock step out of it") == [
        "I'm not sure which routine you mean; say its name. I know good night."]
    assert not assistant.backend.device(DOOR).state["locked"]
    said(assistant, "what does good night do")
    assert said(assistant, "take the lock step out of it") == [
        "Take the step \"lock Front door\" out of good night? Say yes to change it."]
