"""A sentence the resolver rejected for a cue it read of the phrase is one whole when a
part of it is no request of its own (a question, negation or report about the phrase):
the multi-part handler must not split it and run or offer to learn a part. A sentence of
two requests still splits."""

from __future__ import annotations

import pytest
from _assistant_helpers import make_assistant, seed_routines

from teachapp.conversation import Action, TurnInput


def _states(store):
    return {d.id: dict(d.state) for d in store.devices()}


@pytest.mark.parametrize("said", [
    "reading moed, but why?",
    "reading moed, but why would i want that?",
    "reading moed, but why did it turn on?",
    "reading moed, why would you turn it on?",
    "reading mode, she said, turn it on",
    "reading moed, not now, turn it off",
])
def test_a_remark_about_the_phrase_is_not_split_off_and_nothing_runs(store, said):
    """"reading moed, but why did it turn on?" ran reading mode and turned the lamp on;
    "reading moed, but why?" offered to learn "but why"."""
    seed_routines(store)
    assistant, _events = make_assistant(store)
    assistant.handle(TurnInput("turn off the living room lamp"))
    before = _states(store)
    result = assistant.handle(TurnInput(said))
    assert result.run is None and result.action == Action.DIALOGUE, result.lines
    assert result.question is None and "learn" not in " ".join(result.lines)
    assert _states(store) == before


def test_two_requests_read_as_a_cancellation_whole_still_split_and_run(store):
    seed_routines(store)
    assistant, _events = make_assistant(store)
    assistant.handle(TurnInput("turn on the kitchen lights"))
    result = assistant.handle(TurnInput("reading mode and turn off the kitchen lights"))
    assert result.action == Action.RUN_ROUTINE and result.run is not None and result.run.ok
    assert store.device("light.living_room_lamp").state["brightness"] == 100
    assert not any(d.state.get("on") for d in store.devices() if "kitchen" in d.id)


def test_a_question_of_its_own_beside_a_phrase_is_still_its_own_part(store):
    seed_routines(store)
    assistant, _events = make_assistant(store)
    result = assistant.handle(TurnInput("reading mode and what's the weather"))
    assert result.lines[0].startswith('Nothing was done. I understood "reading mode", but '
                                      'I can\'t answer "what\'s the weather')


@pytest.mark.parametrize("said", ["not reading mode, movie mode", "movie mode, not reading mode",
                                  "movie mode and don't do reading mode"])
def test_a_routine_said_not_to_run_is_left_out_and_the_rest_runs(store, said):
    """"not reading mode, movie mode" answered "OK, I won't run reading mode" (whole) or
    offered to learn "not reading mode" (split), and movie mode did not run."""
    seed_routines(store)
    assistant, _events = make_assistant(store)
    result = assistant.handle(TurnInput(said))
    assert result.action == Action.RUN_ROUTINE and result.routine == "Movie mode", result.lines
    assert result.lines[-1] == "I left out reading mode, as you said."
    assert store.device("light.living_room_lamp").state["brightness"] == 20
    assert store.device("media_player.tv").state["on"] is True


def test_a_routine_asked_for_and_said_not_to_run_runs_nothing(store):
    seed_routines(store)
    assistant, _events = make_assistant(store)
    before = _states(store)
    result = assistant.handle(TurnInput("reading mode, don't do reading mode"))
    assert result.run is None and _states(store) == before


def test_a_question_about_it_beside_a_phrase_switches_nothing_on(store):
    """"reading moed, but is it on?" ran reading mode and "turn on" the lamp: the question
    part, its "it" read as the lamp, was parsed as a command."""
    seed_routines(store)
    assistant, _events = make_assistant(store)
    assistant.handle(TurnInput("turn off the living room lamp"))
    result = assistant.handle(TurnInput("reading moed, but is it on?"))
    assert result.run is None and store.device("light.living_room_lamp").state["on"] is False
