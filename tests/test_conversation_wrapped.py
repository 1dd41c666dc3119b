"""The agent runs a taught phrase said again after a self-repair, or asked as a request
in question form, and runs nothing for the negation or the state question beside them
(issue 14: the resolver's wrapped phrases, through every front end's one turn)."""

from __future__ import annotations

import pytest
from _assistant_helpers import Clock, seed_routines

from teachapp.conversation import Assistant, TurnInput
from teachapp.home import CollectingSpeaker, SimulatedBackend


@pytest.fixture
def assistant(store):
    seed_routines(store)
    agent = Assistant(store, SimulatedBackend(store), speaker=CollectingSpeaker(), clock=Clock())
    yield agent
    agent.close()


def _tv(store) -> bool:
    return store.device("media_player.tv").state["on"]


@pytest.mark.parametrize("text", [
    "movie, no wait, movie mode", "what's it called, movie mode", "how about movie mode?",
    "any chance of movie mode?", "movie mode, chop chop",
])
def test_a_wrapped_phrase_runs_its_routine(assistant, store, text):
    assistant.handle(TurnInput(text))
    assert _tv(store)


@pytest.mark.parametrize(("text", "reply"), [
    ("no, not movie mode", "OK, I won't run movie mode."),
    ("movie mode, no wait, don't", None),
    ("is movie mode on?", "No, not all of movie mode is in effect"),
])
def test_its_out_of_scope_twin_runs_nothing(assistant, store, text, reply):
    lines = assistant.handle(TurnInput(text)).lines
    assert not _tv(store)
    if reply is not None:
        assert lines[0].startswith(reply)
