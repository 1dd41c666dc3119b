"""A new routine asked for by its kind ("set up a morning routine") starts teaching and
asks for the phrase. Found walking chat as a new user: it said "This home has no morning
routine. I can turn up Bedroom fan, …", read as a command."""

from __future__ import annotations

import pytest
from _assistant_helpers import make_assistant, said

from teachapp.conversation.intents import asks_to_teach


@pytest.mark.parametrize("words", ["set up a morning routine", "create a bedtime routine",
                                   "can you make a new movie night routine",
                                   "i want to add a morning routine",
                                   "start a new morning routine"])
def test_a_routine_of_a_kind_asks_for_its_phrase_and_is_taught(store, words):
    assistant, _ = make_assistant(store)
    assert said(assistant, words) == ["What's the phrase?"]
    said(assistant, "good morning", "turn on the coffee maker", "done", "yes")
    assert [r.name.casefold() for r in store.routines()] == ["good morning"]


@pytest.mark.parametrize("words", ["add the tv to the routine", "start a morning routine",
                                   "make the morning routine run at 7",
                                   "set up the morning routine", "record a tv show",
                                   "create a scene for the living room",
                                   "add a morning routine to bedtime"])
def test_other_sentences_with_a_routine_noun_do_not_start_teaching(words):
    assert not asks_to_teach(words)
