"""Words around a phrase that are heard as themselves, not as the phrase's (issue 14): a
phrase word heard twice, one copy inside a cue ("tv time, that's the last time you do
that": the past is said by "last time", the phrase by the first "time"), and an article
before a word the phrase does not explain ("the last time" is not "tea time" misheard).
The phrase said alone, or misheard, still runs."""

from __future__ import annotations

import pytest
from resolver_helpers import runs as _runs

from teachapp.understanding.normalize import default_lexicon
from teachapp.understanding.reading import own_words
from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

HOME = [PhraseEntry(p, r) for p, r in (
    ("tea time", "Tea"), ("tv time", "TV"), ("bath time", "Bath"), ("movie night", "Movie"),
    ("lights off", "Lights"))]


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(HOME)


@pytest.mark.parametrize("text", [
    "tv time, that's the last time you do that",
    "tea time, that's the last time you do that",
    "tea thyme, that's the last time you do that",
    "the last time",
])
def test_a_cue_keeps_its_own_copy_of_a_phrase_word(resolver: Resolver, text: str) -> None:
    assert _runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    ("tea time", "Tea"), ("tv time", "TV"), ("tea tyme", "Tea"), ("bath time please", "Bath"),
])
def test_the_phrase_alone_still_runs(resolver: Resolver, text: str, routine: str) -> None:
    assert _runs(resolver, text) == routine


def test_own_words_moves_the_phrase_word_out_of_the_cue() -> None:
    words = ["tv", "time", "that", "is", "the", "last", "time"]
    free = [False] * len(words)
    grid = [[1.0 if w == t else 0.0 for t in ("tv", "time")] for w in words]
    aligned = {0: (0, 1.0), 6: (1, 1.0)}  # (the greedy alignment: the later "time")
    own_words(aligned, grid, words, free, [(5, 7, "past")],
              default_lexicon().function_words)
    assert aligned == {0: (0, 1.0), 1: (1, 1.0)}


def test_own_words_reads_an_article_before_a_word_of_its_own() -> None:
    words = ["the", "last", "time"]
    grid = [[0.6, 0.0], [0.0, 0.0], [0.0, 1.0]]
    aligned = {0: (0, 0.6), 2: (1, 1.0)}
    own_words(aligned, grid, words, [False] * 3, [], default_lexicon().function_words)
    assert aligned == {2: (1, 1.0)}
