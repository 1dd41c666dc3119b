"""A word heard for the first time is compared by spelling only with the taught words it may
be like (understanding/_letters.py): the bound never falls below a real ratio, and the
scorer's similarity rows and the sound-alike lift are the same, to the bit, as when every
word is compared (random homes and heard words, property style)."""

from __future__ import annotations

import random
import string

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from teachapp.understanding import _letters
from teachapp.understanding._letters import LetterMasks
from teachapp.understanding._repair import Repairer
from teachapp.understanding._spoken import SpokenVocab
from teachapp.understanding._words import ScoringParams, stem
from teachapp.understanding.normalize import default_lexicon
from teachapp.understanding.scoring import PhraseIndex

LETTERS = string.ascii_lowercase + "0123456789'é"
WORDS = st.text(alphabet=LETTERS, min_size=0, max_size=14)


@pytest.fixture(autouse=True)
def _every_list_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """The bound used on lists of any length (a home builds short lists, compared whole
    in use: :data:`_letters.FEWEST`)."""
    monkeypatch.setattr(_letters, "FEWEST", 0)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=30), WORDS)
def test_the_bound_is_never_below_the_ratio(listed: list[str], word: str) -> None:
    reach = LetterMasks(listed).reach(word)
    for bound, other in zip(reach.tolist(), listed, strict=True):
        assert fuzz.ratio(word, other) / 100.0 <= bound + 1e-9


def test_short_lists_are_compared_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_letters, "FEWEST", 100)
    assert not LetterMasks(["lamp"] * 99).usable
    assert LetterMasks(["lamp"] * 100).usable


def test_more_letters_than_a_mask_holds_skips_nothing() -> None:
    many = ["".join(chr(0x400 + k) for k in range(i, i + 3)) for i in range(0, 90, 3)]
    masks = LetterMasks(many)
    assert not masks.usable
    assert (masks.reach("abc") == 1.0).all()


def _misheard(word: str, rng: random.Random) -> str:
    """``word`` with a letter dropped, doubled or changed, or run into another word."""
    k = rng.randrange(len(word)) if word else 0
    change = rng.choice(("drop", "double", "swap", "join", "same"))
    if change == "drop" and len(word) > 2:
        return word[:k] + word[k + 1:]
    if change == "double":
        return word[:k + 1] + word[k:]
    if change == "swap":
        return word[:k] + rng.choice(string.ascii_lowercase) + word[k + 1:]
    if change == "join":
        return word + rng.choice(("s", "ing", "lamp", "er"))
    return word


def _home(rng: random.Random, size: int) -> list[str]:
    words = ["".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(2, 10)))
             for _ in range(size)]
    words += ["lights", "living", "room", "movie", "night", "kitchen", "on", "off", "the"]
    return [" ".join(rng.choice(words) for _ in range(rng.randint(1, 4)))
            for _ in range(size)]


def _full(index: PhraseIndex, some: list[str], said: list[str]) -> np.ndarray:
    """The rows with every word compared (the letters' shortcut off)."""
    kept_words, kept_surface = index._word_letters.usable, index._surface_letters.usable
    kept_spoken = {g: m.usable for g, m in index._spoken._letters.items()}
    index._word_letters.usable = index._surface_letters.usable = False
    for masks in index._spoken._letters.values():
        masks.usable = False
    try:
        return index._word_rows(some, said)
    finally:
        index._word_letters.usable, index._surface_letters.usable = kept_words, kept_surface
        for g, masks in index._spoken._letters.items():
            masks.usable = kept_spoken[g]


def test_similarity_rows_of_new_words_are_those_of_the_full_comparison() -> None:
    lexicon = default_lexicon()
    for seed in range(6):
        rng = random.Random(seed)
        texts = _home(rng, rng.choice((12, 60, 200)))
        index = PhraseIndex(texts, [i // 3 for i in range(len(texts))],
                            (len(texts) + 2) // 3, lexicon, ScoringParams())
        taught = [w for t in texts for w in t.split()]
        for _ in range(60):
            said = [_misheard(rng.choice(taught), rng) for _ in range(rng.randint(1, 4))]
            some = [stem(w) for w in said]
            assert np.array_equal(index._word_rows(some, said), _full(index, some, said))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(alphabet=string.ascii_lowercase, min_size=1, max_size=10),
                min_size=1, max_size=40, unique=True),
       st.lists(st.text(alphabet=string.ascii_lowercase + "'", min_size=1, max_size=12),
                min_size=1, max_size=9))
def test_sound_alike_lift_is_that_of_the_full_comparison(vocab: list[str],
                                                         heard: list[str]) -> None:
    fast, slow = SpokenVocab(vocab), SpokenVocab(vocab)
    for masks in slow._letters.values():
        masks.usable = False
    some = [stem(w) for w in heard]
    start = np.zeros((len(heard), len(vocab) + 1), dtype=np.float32)
    a, b = start.copy(), start.copy()
    fast.lift(a, some, heard)
    slow.lift(b, some, heard)
    assert np.array_equal(a, b)


def test_joined_and_split_words_are_repaired_as_by_the_full_comparison() -> None:
    for seed in range(4):
        rng = random.Random(100 + seed)
        vocab = sorted({stem(w) for t in _home(rng, 150) for w in t.split()})
        fast = Repairer(vocab, 0.85)
        slow = Repairer(vocab, 0.85)
        slow._near = lambda word, ratio, slow=slow: slow._near_length(len(word), ratio)
        for _ in range(300):
            a, b = rng.choice(vocab), rng.choice(vocab)
            cut = rng.randrange(1, max(2, len(a)))
            first, second = _misheard(a[:cut], rng), _misheard(a[cut:] or b, rng)
            assert fast._merge(first, second) == slow._merge(first, second)
            joined = _misheard(a + b, rng)
            if len(joined) >= 5:
                assert fast._split(joined) == slow._split(joined)


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=10_000), st.sampled_from((12, 60, 200)),
       st.lists(st.integers(min_value=0, max_value=10_000), min_size=1, max_size=4))
def test_rows_of_new_words_are_those_of_the_full_comparison_in_any_home(
        seed: int, size: int, picks: list[int]) -> None:
    """The same, over random homes (the words as taught, "lights" of "light", are spelled
    only against those a new word may be like, :meth:`PhraseIndex._surface_near`)."""
    rng = random.Random(seed)
    texts = _home(rng, size)
    index = PhraseIndex(texts, [i // 3 for i in range(len(texts))], (len(texts) + 2) // 3,
                        default_lexicon(), ScoringParams())
    taught = [w for t in texts for w in t.split()]
    said = [_misheard(taught[k % len(taught)], rng) for k in picks]
    some = [stem(w) for w in said]
    assert np.array_equal(index._word_rows(some, said), _full(index, some, said))


def test_words_as_taught_are_spelled_only_against_those_they_may_be_like() -> None:
    texts = ["living room lights on", "kitchen lights off", "start cooking music"] + [
        f"play{k}ing tunes{k}" for k in range(120)]
    index = PhraseIndex(texts, list(range(len(texts))), len(texts), default_lexicon(),
                        ScoringParams())
    near = index._surface_near(["lihgts"])
    assert near is not None
    kept = {index._surface[k] for k in near.tolist()}
    assert "lights" in kept and len(kept) < len(index._surface) // 4


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=10_000), st.sampled_from((40, 150, 400)))
def test_repairs_are_those_of_the_full_comparison_in_any_home(seed: int, size: int) -> None:
    """A pool's bounds gathered from the whole vocabulary's (:meth:`Repairer._near`) keep
    every join and split the whole pool gives, in random homes."""
    rng = random.Random(seed)
    vocab = sorted({stem(w) for t in _home(rng, size) for w in t.split()})
    fast, slow = Repairer(vocab, 0.85), Repairer(vocab, 0.85)
    slow._near = lambda word, ratio: slow._near_length(len(word), ratio)  # type: ignore[method-assign]
    for _ in range(40):
        a, b = rng.choice(vocab), rng.choice(vocab)
        cut = rng.randrange(1, max(2, len(a)))
        first, second = _misheard(a[:cut], rng), _misheard(a[cut:] or b, rng)
        assert fast._merge(first, second) == slow._merge(first, second)
        joined = _misheard(a + b, rng)
        if len(joined) >= 5:
            assert fast._split(joined) == slow._split(joined)
        words = [_misheard(rng.choice(vocab), rng) for _ in range(rng.randint(1, 5))]
        free = [rng.random() < 0.2 for _ in words]
        assert fast.repair(list(words), list(free)) == slow.repair(list(words), list(free))


def test_a_vocabulary_of_many_letters_bounds_each_pool_by_its_own() -> None:
    """More distinct letters than a mask holds: the pools, which may hold fewer, are
    bounded by their own masks (and give the same repairs)."""
    many = ["".join(chr(0x400 + (k * 7 + j) % 90) for j in range(12)) for k in range(150)]
    vocab = [*many, "kitchen", "lights", "garden", *(f"w{k:03d}" for k in range(120))]
    fast, slow = Repairer(vocab, 0.85), Repairer(vocab, 0.85)
    assert not fast._letters.usable
    slow._near = lambda word, ratio: slow._near_length(len(word), ratio)  # type: ignore[method-assign]
    for word in ("kitchn", "lihgts", "gardne", "w01", "kitchenlights"):
        pool = slow._near(word, 75.0)
        near = fast._near(word, 75.0)
        assert near == [w for w in pool if w in near]  # (in the pool's order)
        if len(word) <= 6:  # (a pool without the many-letter words of twelve)
            assert near != pool  # (bounded: the pool is cut)
        assert fast._split(word) == slow._split(word)
    assert fast._pool_letters  # (by the pools' own masks)
