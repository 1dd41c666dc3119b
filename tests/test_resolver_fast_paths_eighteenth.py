"""Less work per utterance, the same answers: the words taught beside a phrase's words
gathered from each word's postings (:meth:`PhraseIndex.companions`), not by a scan of
every phrase."""

from __future__ import annotations

import random

from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

ROUTINES = {
    "lights": ("living room lights off", "lights off downstairs", "all lights off"),
    "kettle": ("kettle on", "put the kettle on"),
    "film": ("movie night", "film night in the living room"),
    "lock": ("lock up", "lock the back door"),
}


def _resolver() -> Resolver:
    return Resolver([PhraseEntry(p, r) for r, ps in ROUTINES.items() for p in ps])


def _plain_with(resolver: Resolver, phrase: tuple[str, ...]) -> frozenset[int]:
    """Every word of every phrase that holds a content word of ``phrase``, phrase by
    phrase (as first written)."""
    index = resolver._index
    ids = index.vocab_ids
    function = index.lexicon.function_words
    wanted = {ids[w] for w in phrase if w in ids and w not in function}
    return frozenset(v for words in index.phrase_words
                     if not wanted.isdisjoint(words) for v in words)


def test_a_words_companions_are_the_words_of_the_phrases_holding_it() -> None:
    index = _resolver()._index
    for column, word in enumerate(index.vocab):
        plain = frozenset(v for words in index.phrase_words if column in words for v in words)
        assert index.companions(column) == plain, word
        assert index.companions(column) == plain, word  # (kept: the same again)


def test_the_words_taught_beside_a_phrase_are_those_of_the_plain_scan() -> None:
    resolver = _resolver()
    vocab = list(resolver._index.vocab)
    rng = random.Random(5)
    phrases = [("light", "off"), ("the", "kettle"), ("night", "unknown"), ("the",), ()]
    phrases += [tuple(rng.sample(vocab, rng.randint(1, 4))) for _ in range(40)]
    for phrase in phrases:
        assert resolver._words_with(phrase) == _plain_with(resolver, phrase), phrase


def _plain_extensions(exact: frozenset[tuple[str, ...]]) -> dict:
    """(taught phrase, side) -> the words longer taught phrases have on that side of it,
    every stretch of every phrase looked up (as first written)."""
    beside: dict[tuple[tuple[str, ...], int], set[str]] = {}
    for words in exact:
        n = len(words)
        for a in range(n):
            for b in range(a + 1, n + 1):
                if b - a == n or words[a:b] not in exact:
                    continue
                if a:
                    beside.setdefault((words[a:b], -1), set()).update(words[:a])
                if b < n:
                    beside.setdefault((words[a:b], 1), set()).update(words[b:])
    return beside


def test_the_words_beside_a_taught_phrase_are_found_with_the_index() -> None:
    resolver = _resolver()
    around = resolver._around
    assert around._beside is not None  # (built with the index, not on first use)
    assert around._extensions() == _plain_extensions(frozenset(around._exact))
    assert around._extensions()[(("kettle", "on"), -1)] == {"put", "the"}


def test_the_words_beside_are_those_of_the_plain_reading_for_nested_phrases() -> None:
    rng = random.Random(11)
    words = ["lights", "off", "all", "on", "kettle", "the", "night", "movie", "in"]
    phrases = {" ".join(rng.choices(words, k=rng.randint(1, 5))) for _ in range(60)}
    phrases |= {"lights off", "all lights off", "lights off in the night", "movie night"}
    resolver = Resolver([PhraseEntry(p, f"r{k}") for k, p in enumerate(sorted(phrases))])
    around = resolver._around
    assert around._extensions() == _plain_extensions(frozenset(around._exact))
