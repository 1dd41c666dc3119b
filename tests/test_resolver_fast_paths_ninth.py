"""The ninth round of the fast paths, each against the plain version it replaces: a word
run together from taught words broken start by start, only from the starts some parts
reach (:meth:`Repairer._word_break`), and a word's pronunciation found in C among the
dictionary's lines of its first two letters (:func:`_other_word.pronunciation`)."""

from __future__ import annotations

import random

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from teachapp.understanding import _other_word
from teachapp.understanding._repair import Repairer
from teachapp.understanding._words import stem

VOCAB = ["start", "the", "movie", "mov", "ie", "sun", "set", "sunset", "kit", "chen",
         "kitchen", "light", "on", "off", "1", "bath", "time", "bathtime", "a", "ab", "ba", "aba", "bab", "abab"]
PARTS = ("start", "the", "movie", "sun", "set", "kit", "chen", "lights", "on", "off", "one",
         "bath", "time", "a", "b", "ab", "x", "ing")


def plain_word_break(repairer: Repairer, word: str) -> list[str] | None:
    """Repairer._word_break as it was: every end, and every start before it."""
    vocab = repairer._ids
    best: list[list[str] | None] = [None] * (len(word) + 1)
    best[0] = []
    for end in range(2, len(word) + 1):
        for start in range(max(0, end - 20), end - 1):
            prefix = best[start]
            if prefix is None:
                continue
            part = repairer._numbers.get(word[start:end]) or stem(word[start:end])
            if part in vocab and (best[end] is None or len(prefix) + 1 < len(best[end])):
                best[end] = [*prefix, part]
    found = best[len(word)]
    return found if found and len(found) > 1 else None


_REPAIRER = Repairer(VOCAB, 0.85, {"one": "1"})


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(PARTS), min_size=1, max_size=8).map("".join))
@example("ababab")  # (three breaks of two parts: the first found is kept)
@example("startthemovie")
@example("sunsetbathtime")
@example("abababababababababababa")  # (parts of more than twenty letters' reach)
def test_word_breaks_found_as_every_end_tried(word: str) -> None:
    assert _REPAIRER._word_break(word) == plain_word_break(_REPAIRER, word)


_DICTIONARY = _other_word._dictionary()
_KEYS = [line.partition(" ")[0] for line in _DICTIONARY.splitlines()]
pytestmark = pytest.mark.skipif(not _DICTIONARY, reason="PocketSphinx's dictionary absent")


def test_pronunciations_found_as_by_halves() -> None:
    """Every thousandth word of the dictionary, numbered or not, its first and its last
    (and a letter more or less), found in its group's lines as by halves."""
    rng = random.Random(14)
    words = [_KEYS[0], _KEYS[-1], *rng.sample(_KEYS, 130)]
    words += [w.partition("(")[0] for w in words] + [w[:-1] for w in words]
    words += [w + "s" for w in words]
    for word in words:
        assert _other_word.pronunciation.__wrapped__(word) == _other_word._halved(
            _DICTIONARY, word), word


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="abcxyz'(2) \n", max_size=6))
@example("a")
@example("")
@example("a(2)")
@example("zz")
def test_made_up_words_found_as_by_halves(word: str) -> None:
    assert _other_word.pronunciation.__wrapped__(word) == _other_word._halved(_DICTIONARY,
                                                                               word)
