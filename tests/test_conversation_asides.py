"""Courtesies, calls and endearments said after a device command ("..., thanks love") are
no part of their own: the command runs as it would alone."""

from __future__ import annotations

import pytest
from _assistant_helpers import make_assistant, seed_routines

from teachapp.conversation import Action, TurnInput


@pytest.mark.parametrize("said", ["turn on the living room lamp, thanks love",
                                  "turn on the living room lamp, thank you so much"])
def test_a_command_with_thanks_and_a_pet_name_runs(store, said):
    """It answered "Nothing was done. I understood "turn on the living room lamp", but I
    don't know "thanks love". Shall I learn it?"."""
    assistant, _events = make_assistant(store)
    result = assistant.handle(TurnInput(said))
    assert result.action == Action.RUN_COMMAND, result.lines
    assert store.device("light.living_room_lamp").state["on"] is True


def test_two_requests_and_thanks_run_both(store):
    seed_routines(store)
    assistant, _events = make_assistant(store)
    result = assistant.handle(TurnInput("movie mode and close the blinds, thanks love"))
    assert result.run is not None and result.run.ok, result.lines
    assert store.device("cover.living_room_blinds").state["position"] == 0
    assert store.device("media_player.tv").state["on"] is True
