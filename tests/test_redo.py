""""Redo" after "undo": a new user undid one step too many and said "redo", which was
"I don't know 'redo'. Shall I learn it?". It sets again what the last undo took back, in
the reverse order of the undos, until anything else runs; "undo" takes a redo back."""

from __future__ import annotations

import pytest
from _assistant_helpers import make_assistant, said

from teachapp.domain import SetStep
from teachapp.errors import NotFoundError


def _on(store, device_id: str) -> bool:
    return store.device(device_id).state["on"]


def test_redo_sets_again_what_the_last_undo_took_back(store):
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the kitchen lights", "turn on the tv", "undo", "undo")
    assert not _on(store, "light.kitchen_lights") and not _on(store, "media_player.tv")
    assert said(assistant, "redo") == [
        "Redone: Kitchen lights set again. Say \"undo\" to take it back."]
    assert _on(store, "light.kitchen_lights") and not _on(store, "media_player.tv")
    said(assistant, "undo the undo")
    assert _on(store, "media_player.tv")
    assert said(assistant, "redo") == [
        "There is nothing to redo: redo puts back what the last undo took back."]


def test_undo_takes_a_redo_back(store):
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the tv", "undo", "redo")
    assert said(assistant, "undo")[0] == "Undone: TV put back."
    assert not _on(store, "media_player.tv")


def test_a_new_run_ends_what_can_be_redone(store):
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the tv", "undo", "turn on the desk lamp")
    [answer] = said(assistant, "redo")
    assert answer.startswith("There is nothing to redo")
    assert not _on(store, "media_player.tv")


def test_a_run_that_did_not_come_from_this_turn_order_blocks_a_redo(store):
    """A schedule or another window may run something between the undo and the redo:
    setting the undone states again would overwrite what that run set."""
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the tv", "undo")
    assistant._executor.run([SetStep("media_player.tv", {"on": False, "volume": 5})],
                            utterance="a scheduled run")  # (as the scheduler does)
    with pytest.raises(NotFoundError, match="nothing to redo"):
        assistant.redo()
    assert store.device("media_player.tv").state["volume"] == 5


def test_why_names_the_redo(store):
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the tv", "undo", "redo")
    [answer] = said(assistant, "why is the tv on?")
    assert "It was last changed when you redid turn on the tv" in answer


def test_a_phrase_taught_as_redo_is_the_routines(store):
    from _assistant_helpers import add_routine

    add_routine(store, "Redo", ["redo"], [SetStep("light.desk_lamp", {"on": True})])
    assistant, _events = make_assistant(store)
    said(assistant, "redo")
    assert _on(store, "light.desk_lamp")


@pytest.mark.parametrize("again", ["do that again", "again", "run it again"])
def test_again_right_after_undo_is_a_redo(store, again):
    """It was "I don't know any routines yet. Say "teach" to teach me one."."""
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the tv", "undo")
    assert said(assistant, again) == [
        "Redone: TV set again. Say \"undo\" to take it back."]
    assert _on(store, "media_player.tv")


@pytest.mark.parametrize("question", ["why?", "what did you do?"])
def test_why_after_a_redo_says_what_it_set_again(store, question):
    """It was "That was part of our conversation (redo); it changed no device."."""
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the tv", "undo", "redo")
    assert said(assistant, question) == [
        "You typed \"redo\".",
        "You asked me to redo what \"undo\" had put back, so I set TV again as \"turn on "
        "the tv\" had."]
