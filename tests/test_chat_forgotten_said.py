"""A routine's phrase said right after forgetting it: the person is told how to bring it
back. It was "I don't know "film night". Shall I learn it?", and the "undo" they had
just been told to say answered that offer ("nothing was undone")."""

from __future__ import annotations

import pytest
from _assistant_helpers import make_assistant, said


def _forgotten(store):
    assistant, _ = make_assistant(store)
    said(assistant, "teach", "film night", "turn on the tv", "done", "yes",
         "add the phrase cinema time to film night", "forget film night", "yes")
    return assistant


@pytest.mark.parametrize("words", ["film night", "cinema time", "Film night!"])
def test_a_phrase_of_the_routine_just_forgotten_tells_how_to_bring_it_back(store, words):
    assistant = _forgotten(store)
    assert said(assistant, words) == [
        "You had me forget film night. Say \"undo\" to bring it back, or "
        f"\"teach {words.rstrip('!').lower()}\" to teach it anew."]
    assert said(assistant, "undo")[0].startswith("Film night is back")
    assert said(assistant, "film night")[0].startswith("Film night:")
    assert store.device("media_player.tv").state["on"] is True


def test_once_something_newer_is_undone_first_it_is_offered_as_any_words(store):
    assistant = _forgotten(store)
    said(assistant, "turn on the bedroom lamp")
    assert said(assistant, "film night") == ["I don't know \"film night\". Shall I learn it?"]


def test_other_words_are_offered_as_before(store):
    assistant = _forgotten(store)
    assert said(assistant, "reading mode") == [
        "I don't know \"reading mode\". Shall I learn it?"]
