"""A taught phrase said first, then words of the speaker's own it can be neither the
subject nor a part of, with no pause marked (issue 14; text as a recogniser with no
punctuation writes it; :mod:`teachapp.understanding._remark_after`): "nap time lucky
charm", "storm mode ignition sequence commencing". The request runs. Words that may be
the phrase's predicate or the head it modifies keep it asked about."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("movie night", "Movie"), ("reading mode", "Reading"), ("nap time", "Nap"),
    ("storm mode", "Storm"), ("repotting", "Pots"), ("fairy lights", "Fairy"))


@pytest.mark.parametrize(("text", "routine"), [
    # a remark, a fragment of a broadcast, a word to the room after the phrase
    ("nap time lucky charm", "Nap"),
    ("storm mode ignition sequence commencing", "Storm"),
    ("movie night telemetry nominal", "Movie"),
    ("reading mode sit nicely munchkin", "Reading"),
])
def test_the_phrase_then_words_it_is_no_part_of_runs(resolver: Resolver, text: str,
                                                     routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # the phrase as a subject: a verb with -s, an irregular past, after an operator
    "nap time keeps failing",
    "movie night came up in the exam",
    "can movie night hurt anyone",
    # a noun the phrase modifies, then its verb or a preposition
    "movie night popcorn is ready",
    "movie night ticket for two",
    # a word alone may be the first of a compound
    "repotting tape measure",
    # a plural phrase takes a verb with no ending
    "fairy lights need fixing",
])
def test_the_phrase_then_words_it_may_be_part_of_does_not_run(resolver: Resolver,
                                                               text: str) -> None:
    assert runs(resolver, text) is None


def test_a_phrase_heard_in_part_or_waved_off_after_does_not_run() -> None:
    home = Resolver([PhraseEntry("my podcast", "Podcast"), PhraseEntry("fan on", "Fan"),
                     PhraseEntry("text oonagh about the auction lot", "Oonagh")])
    # one content word of the phrase heard, then a compound it may be the first of
    assert runs(home, "podcast tote bag") is None
    # a repair after it ("no ...")
    assert runs(home, "fan on on second thoughts no i've been arguing with the council") is None
    # a word of the phrase heard otherwise, then a noun and its verb
    assert runs(home, "text oonagh about the auction catalogue bananas are berries who knew") is None
