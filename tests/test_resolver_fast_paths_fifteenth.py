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

from teachapp.understanding import _home_word, _letters, _spoken, scoring
from teachapp.understanding._home_word import HomeWords
from teachapp.understanding._letters import LetterMasks
from teachapp.understanding._repair import Repairer
from teachapp.understanding._spoken import SpokenVocab
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


VOCAB = sorted({stem(w) for w in ["lights", "reading", "cooking", "bus", "boss", "news", "sings",
                                  "kings", "ping", "sing", "string", "strings", "lamp", "ringing",
                                  "timer", "garage", "gas", "glass", "is", "its", "swings"]})
ENDED = st.builds(lambda w, end: w + end, st.sampled_from([*VOCAB, "", "s", "ing", "ringi"]),
                  st.sampled_from(["", "s", "ing", "ings", "ss", "es", "g", "in"]))


@settings(max_examples=400, deadline=None)
@given(st.one_of(ENDED, st.text(alphabet="abgilnrsu", max_size=9)))
def test_a_piece_is_a_form_of_the_vocabulary_when_its_stem_is_a_word_of_it(piece: str) -> None:
    repairer = Repairer([*VOCAB, "news"], 0.85)  # ("news" stems to "new", a word of none)
    assert (piece in repairer._forms) == (stem(piece) in repairer._ids)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(alphabet="abdeiklmnorstuwy", min_size=1, max_size=10),
                min_size=1, max_size=40, unique=True),
       st.lists(st.text(alphabet="abdeiklmnorstuwy'", min_size=1, max_size=12),
                min_size=1, max_size=9))
def test_a_word_like_a_few_raises_them_as_the_arrays_did(vocab: list[str],
                                                          heard: list[str]) -> None:
    spoken = SpokenVocab(vocab)
    some = [stem(w) for w in heard]
    start = np.random.default_rng(len(vocab)).random((len(heard), len(vocab) + 1),
                                                     dtype=np.float32) * 0.6
    one_by_one, arrays = start.copy(), start.copy()
    spoken.lift(one_by_one, some, heard)
    kept = _spoken._FEW
    _spoken._FEW = -1  # (every word through the array operations)
    try:
        spoken.lift(arrays, some, heard)
    finally:
        _spoken._FEW = kept
    assert np.array_equal(one_by_one.view(np.uint32), arrays.view(np.uint32))


def test_each_ratio_rescales_as_in_an_array() -> None:
    ratios = sorted({float(np.float32(200.0 * k / n)) for n in range(1, 90)
                     for k in range(n // 2 + 1)})
    arrays = _spoken._rescale(np.array(ratios, dtype=np.float32) / 100.0)
    assert np.array_equal(np.array([_spoken._rescaled(r) for r in ratios], dtype=np.float32)
                          .view(np.uint32), arrays.view(np.uint32))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="abcdeilnorst", min_size=1, max_size=9), min_size=1,
                max_size=40), st.text(alphabet="abcdeilnorstz", max_size=12), st.data())
def test_a_subset_of_masks_bounds_as_the_whole_gathered(listed: list[str], word: str,
                                                        data: st.DataObject) -> None:
    kept = _letters.FEWEST
    _letters.FEWEST = 0  # (bounded however short the list)
    try:
        masks = LetterMasks(listed)
    finally:
        _letters.FEWEST = kept
    assert masks.usable
    at = np.array(data.draw(st.lists(st.integers(0, len(listed) - 1), max_size=50)),
                  dtype=np.intp)
    gathered = masks.reach(word).take(at)
    assert np.array_equal(masks.subset(at).reach(word).view(np.uint64), gathered.view(np.uint64))


def test_a_pair_is_bounded_by_its_pools_own_masks() -> None:
    vocab = sorted({stem(w) for t in _home(random.Random(7), 300) for w in t.split()})
    repairer = Repairer(vocab, 0.85)
    assert repairer._letters.usable and not repairer._pool_masks
    near = repairer._near("kitchne", 85.0)
    assert "kitchen" in near and len(near) < len(repairer._near_length(7, 85.0))
    assert list(repairer._pool_masks) == [(7, 85.0)]
    assert len(repairer._pool_masks[(7, 85.0)]) == len(repairer._near_length(7, 85.0))
