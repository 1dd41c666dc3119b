"""Shortcuts of a first hearing give the plain answers: a new word's similarity row with the
words as taught compared under a cutoff (scoring.py), and a home's word said in the place
of a phrase's word looked for only when some word of the home not in the phrase is said
(_home_word.py)."""

from __future__ import annotations

import random
from collections.abc import Sequence

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from teachapp.understanding import _home_word, scoring
from teachapp.understanding._home_word import HomeWords
from teachapp.understanding._words import ScoringParams, stem
from teachapp.understanding.normalize import default_lexicon
from teachapp.understanding.scoring import PhraseIndex
from tests.test_resolver_letters import _home, _misheard

TAUGHT = ["turn the reading lamp on", "start cooking timer", "lights off in the hallway",
          "play relaxing music", "open the garage", "switch the heating on"]


def _plain_rows(index: PhraseIndex, some: list[str], said: list[str]) -> np.ndarray:
    """The rows with every word as taught compared and rescaled (no cutoff)."""
    kept = index._surface_cutoff
    index._surface_cutoff = None
    try:
        return index._word_rows(some, said)
    finally:
        index._surface_cutoff = kept


@pytest.mark.parametrize("floor", [0.55, 0.3, 0.9, 0.0, -0.2])
def test_rows_of_new_words_are_those_compared_without_the_cutoff(floor: float) -> None:
    lexicon = default_lexicon()
    for seed in range(4):
        rng = random.Random(seed)
        texts = _home(rng, rng.choice((12, 60, 200))) + TAUGHT
        index = PhraseIndex(texts, [i // 3 for i in range(len(texts))],
                            (len(texts) + 2) // 3, lexicon, ScoringParams(token_floor=floor))
        assert (index._surface_cutoff is None) == (floor <= 0.0)
        taught = [w for t in texts for w in t.split()]
        for _ in range(60):
            said = [_misheard(rng.choice(taught), rng) for _ in range(rng.randint(1, 4))]
            some = [stem(w) for w in said]
            assert np.array_equal(index._word_rows(some, said), _plain_rows(index, some, said))


def test_a_word_spelled_like_no_word_as_taught_is_not_rescaled(
        monkeypatch: pytest.MonkeyPatch) -> None:
    index = PhraseIndex(TAUGHT, list(range(len(TAUGHT))), len(TAUGHT), default_lexicon(),
                        ScoringParams())
    assert index._surface  # ("reading", "cooking", "lights", ... as taught)
    calls: list[int] = []
    rescale = scoring.rescale
    monkeypatch.setattr(scoring, "rescale", lambda raw, p: calls.append(1) or rescale(raw, p))
    row = index._word_rows(["zqxv"], ["zqxv"])
    assert not calls and not row.any()
    row = index._word_rows(["lihgt"], ["lihgts"])  # (like "lights" as taught)
    assert calls and row[0, index.vocab_ids["light"]] > 0.0


def _plain_other_in_place(home: HomeWords, toks: Sequence[str], free: Sequence[bool],
                          phrase: int) -> bool:
    """:meth:`HomeWords.other_in_place` as first written: the places of the phrase's
    unheard words found first."""
    order = home._said_of.get(phrase, ())
    heard = {stem(t) for t in toks}
    own = {stem(w) for w in order}
    places: dict[tuple[int, str], list[str]] = {}
    for j, word in enumerate(order):
        if not home._content(word) or stem(word) in heard:
            continue
        if j:
            places.setdefault((-1, order[j - 1]), []).append(word)
        if j + 1 < len(order):
            places.setdefault((1, order[j + 1]), []).append(word)
    if not places:
        return False
    for k, (t, f) in enumerate(zip(toks, free, strict=True)):
        if f or not home._content(t) or stem(t) in own or stem(t) not in home._words:
            continue
        unheard = [*(places.get((-1, toks[k - 1]), ()) if k else ()),
                   *(places.get((1, toks[k + 1]), ()) if k + 1 < len(toks) else ())]
        if unheard and not any(_home_word._heard_as(t, w, t in home._names and w in home._names)
                               for w in unheard):
            return True
    return False


PHRASES = ["lights off", "wheel lathe on", "give dottie a ring", "message jenni and toddie",
           "feed the dogs", "start the mower", "ring maureen", "lamp on"]
SAID = sorted({w for p in PHRASES for w in p.split()} | {"doreen", "lathes", "mowers", "um",
                                                         "the", "lamps", "moon", "off"})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SAID), min_size=1, max_size=6), st.data())
def test_a_home_word_in_another_place_is_found_as_before(toks: list[str],
                                                         data: st.DataObject) -> None:
    home = HomeWords({k: p.split() for k, p in enumerate(PHRASES)},
                     default_lexicon().function_words,
                     [frozenset({"dottie"}), frozenset({"jenni", "toddie"}),
                      frozenset({"maureen"})])
    free = data.draw(st.lists(st.booleans(), min_size=len(toks), max_size=len(toks)))
    for phrase in range(len(PHRASES)):
        assert home.other_in_place(toks, free, phrase) == _plain_other_in_place(
            home, toks, free, phrase)


def test_lathe_said_in_the_place_of_lights_is_still_found() -> None:
    home = HomeWords({k: p.split() for k, p in enumerate(PHRASES)},
                     default_lexicon().function_words)
    assert home.other_in_place(["lathe", "off"], [False, False], 0)
    assert not home.other_in_place(["lights", "off"], [False, False], 0)
    assert not home.other_in_place(["lathe", "off"], [True, False], 0)

