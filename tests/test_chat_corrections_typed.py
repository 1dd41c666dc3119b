"""A correction right after a run, typed or heard as people say it: with "actually",
"wait", "sorry" before it, the apostrophe left out ("dont", "didnt"), or two of them
together ("that's wrong, stop"). Each was offered as a phrase to learn ('I don't know
"actually dont do that". Shall I learn it?') and the run stayed."""

from __future__ import annotations

import pytest
from _assistant_helpers import add_routine, make_assistant, said

from teachapp.conversation.intents import intent
from teachapp.domain import SetStep
from teachapp.understanding.normalize import normalise


@pytest.mark.parametrize("text", [
    "hmm, actually don't do that", "actually dont do that", "wait, undo", "sorry, undo that",
    "that's wrong, stop", "undo that, no", "no, that's not what i meant",
    "i didnt want that", "that isnt what i wanted", "not what i wanted",
])
def test_a_correction_right_after_a_run_puts_it_back(store, text):
    add_routine(store, "movie night", ["movie night"], [SetStep("media_player.tv", {"on": True})])
    assistant, _ = make_assistant(store)
    said(assistant, "movie night")
    assert store.device("media_player.tv").state["on"] is True
    replies = said(assistant, text)
    assert replies[0] == "Undone: TV put back.", replies
    assert store.device("media_player.tv").state["on"] is False


@pytest.mark.parametrize(("text", "kind"), [
    ("actually movie night", None), ("wait", None), ("sorry", None),
    ("undo, turn on the tv", None), ("stop that", "cancel"), ("sorry, cancel", "cancel"),
    ("actually no", "no"),
])
def test_the_lead_words_lead_only_a_dialogue_word(text, kind):
    assert intent(text) == kind


@pytest.mark.parametrize(("typed", "written"), [
    ("i didnt want that", "i did not want that"), ("isnt the tv on", "is not the tv on"),
    ("it wasnt me", "it was not me"), ("youre right", "you are right"),
    ("we havent eaten", "we have not eaten"),
    # words of their own stay as they are
    ("ill be back", "ill be back"), ("well done", "well done"), ("were home", "were home"),
])
def test_negative_contractions_typed_without_the_apostrophe_read_as_with_it(typed, written):
    assert normalise(typed) == written
