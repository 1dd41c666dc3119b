"""A taught phrase's contraction written without its apostrophe as a word of its own at a
clause's start ("were off to the pottery fair" of "we're off to the pottery fair":
:mod:`_contraction_heard`) runs the phrase; the word with a subject before it, or before
a word the phrase does not say after the contraction, is read as it is."""

from __future__ import annotations

from functools import partial

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding._contraction_heard import ContractionsHeard
from teachapp.understanding.normalize import tokens

resolver = taught_resolver(
    ("we're off to the pottery fair so feed biscuit and lock the shed", "Pottery fair"),
    ("we're home", "Home"), ("it's bath night", "Bath night"),
    ("let's bake", "Bake"), ("lights off", "Lights off"), ("movie night", "Movie"))


@pytest.fixture
def heard():
    return ContractionsHeard(["we're off to the pottery fair", "it's bath night",
                              "let's bake", "i'm up", "wilma's tea"],
                             partial(tokens))


@pytest.mark.parametrize(("said", "read"), [
    ("were off to the pottery fair", "we're off to the pottery fair"),
    ("Were off to the pottery fair!", "We're off to the pottery fair!"),
    ("bother, were off to the pottery fair", "bother, we're off to the pottery fair"),
    ("its bath night", "it's bath night"),
])
def test_a_clause_first_spelling_is_read_as_the_contraction(heard, said, read):
    assert heard.respell(said) == read


@pytest.mark.parametrize("said", [
    "we were off to the pottery fair",      # (its own subject before it)
    "the kids were off to the pottery fair",
    "were the lights off",                  # (a question: its subject after it)
    "its lid is off",                       # (not the word the phrase says after it)
    "lets bake",                            # (the normaliser reads it as "let's" already)
    "im up",
    "wilmas tea",                           # (a possessive: read the same either way)
    "werewolf night",
])
def test_other_words_are_left_as_they_are(heard, said):
    assert heard.respell(said) == said


@pytest.mark.parametrize(("text", "routine"), [
    ("were off to the pottery fair so feed biscuit and lock the shed", "Pottery fair"),
    ("Were off to the pottery fair so feed biscuit and lock the shed!", "Pottery fair"),
    ("were home", "Home"),
    ("its bath night", "Bath night"),
])
def test_the_phrase_so_written_runs(resolver, text, routine):
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "we were off to the pottery fair so feed biscuit and lock the shed",
    "were the lights off",
    "were you home",
])
def test_the_word_itself_runs_nothing(resolver, text):
    assert runs(resolver, text) is None
