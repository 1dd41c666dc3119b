"""An answer to "What's the phrase?" that names the phrase in words around it ("the
phrase is arriving", "call it arriving", "it's called arriving") teaches the phrase, not
the whole sentence: it taught "the phrase is arriving", though every teaching question
says "the phrase is ..." is how to choose one. "call it a night" is a phrase of its own."""

from __future__ import annotations

import pytest
from _assistant_helpers import make_assistant, seed_routines

ASKED = 'What should "arriving" do? Tell me, or set the devices, then say "done".'


@pytest.mark.parametrize("answer", [
    "the phrase is arriving", "call it arriving", "let's call it arriving",
    "it's called arriving", "it is called arriving.", "name it arriving",
    "the phrase should be arriving", "phrase: arriving", "ok, the phrase is arriving"])
def test_the_phrase_named_is_taught(store, answer):
    seed_routines(store)
    assistant, _ = make_assistant(store)
    assistant.handle_text("teach")
    assert assistant.handle_text(answer) == [ASKED]
    assert assistant.teaching.phrase == "arriving"


@pytest.mark.parametrize("answer", ["call it a night", "call it a day", "arriving",
                                    "bedtime call", "phrase book"])
def test_a_phrase_of_its_own_stays_whole(store, answer):
    seed_routines(store)
    assistant, _ = make_assistant(store)
    assistant.handle_text("teach")
    assistant.handle_text(answer)
    assert assistant.teaching.phrase == answer


def test_the_phrase_named_after_a_taken_one(store):
    """"the phrase is ..." said after 'already starts …' is the phrase too."""
    seed_routines(store)
    assistant, _ = make_assistant(store)
    assistant.handle_text("teach")
    assert assistant.handle_text("reading mode")[0].startswith('"reading mode" already starts')
    assert assistant.handle_text("the phrase is study mode") == [
        'What should "study mode" do? Tell me, or set the devices, then say "done".']
