"""A word heard for the first time is spelled only against the taught words whose blend of
spelling and sound may reach the floor (``PhraseIndex._near_columns``): the letters the two
words share bound the spelling ratio, and the sound keys' ratio lifts it by at most
``phonetic_weight`` of the way. The bound never drops a word the full comparison keeps, and
the rows are the same, to the bit, for any floor and any weight of sound (random homes and
heard words, property style)."""

from __future__ import annotations

import random
import string

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from teachapp.understanding import _letters
from teachapp.understanding._letters import picked
from teachapp.understanding._words import ScoringParams, blend, stem
from teachapp.understanding.normalize import default_lexicon
from teachapp.understanding.phonetic import phonetic_key
from teachapp.understanding.scoring import PhraseIndex
from tests.test_resolver_letters import _full, _home, _misheard


@pytest.fixture(autouse=True)
def _every_list_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """The bound used on homes of any size (short word lists are compared whole in use:
    :data:`_letters.FEWEST`)."""
    monkeypatch.setattr(_letters, "FEWEST", 0)


def _index(seed: int, size: int, params: ScoringParams) -> tuple[PhraseIndex, list[str]]:
    rng = random.Random(seed)
    texts = _home(rng, size)
    index = PhraseIndex(texts, [i // 3 for i in range(len(texts))], (len(texts) + 2) // 3,
                        default_lexicon(), params)
    return index, [w for t in texts for w in t.split()]


PARAMS = st.builds(lambda floor, lift: ScoringParams(token_floor=floor, phonetic_weight=lift),
                   st.floats(min_value=0.05, max_value=0.95),
                   st.sampled_from((0.0, 0.3, 0.65, 0.9, 1.0)))


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=10_000), st.sampled_from((12, 60, 200)),
       st.lists(st.integers(min_value=0, max_value=10_000), min_size=1, max_size=4), PARAMS)
def test_no_column_the_full_blend_keeps_is_dropped(seed: int, size: int, picks: list[int],
                                                   params: ScoringParams) -> None:
    """Every column where the blend of every word (all columns spelled) is above 0 is
    among those kept."""
    index, taught = _index(seed, size, params)
    rng = random.Random(seed + 1)
    said = [_misheard(taught[k % len(taught)], rng) for k in picks]
    some = [stem(w) for w in said]
    by_key = index._key_ratios([phonetic_key(w) for w in some])
    near = index._near_columns(some, by_key)
    assert near is not None
    ratio = process.cdist(some, index.vocab, scorer=fuzz.ratio) / 100.0
    full = blend(ratio, by_key.take(index._key_cols, axis=1), params)
    assert set(np.flatnonzero(full.max(axis=0) > 0.0).tolist()) <= set(near.tolist())


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=10_000), st.sampled_from((12, 60, 200)),
       st.lists(st.integers(min_value=0, max_value=10_000), min_size=1, max_size=4), PARAMS)
def test_rows_are_those_of_the_full_comparison_at_any_floor_and_weight(
        seed: int, size: int, picks: list[int], params: ScoringParams) -> None:
    index, taught = _index(seed, size, params)
    rng = random.Random(seed + 2)
    said = [_misheard(taught[k % len(taught)], rng) for k in picks]
    some = [stem(w) for w in said]
    assert np.array_equal(index._word_rows(some, said), _full(index, some, said))


def test_a_key_alike_is_spelled_only_when_its_letters_allow_the_lift() -> None:
    """"hows" (sound key "s") is spelled against "house" and "hose"; "rice", "race" and
    "raise" (key "rs", a ratio of 0.67 with "s", above the floor) share too few letters
    with it for the lift to reach the floor, and are no longer spelled (on main they
    were: a key above the floor alone kept a word)."""
    words = ("phone fun fine knife night note quiet kite cute coat kit cough coffee photo "
             "rock rice race rose raise wise whose hose house heist host").split()
    index = PhraseIndex(words, list(range(len(words))), len(words), default_lexicon(),
                        ScoringParams())
    near = index._near_columns(["hows"], index._key_ratios([phonetic_key("hows")]))
    assert near is not None
    kept = {index.vocab[c] for c in near.tolist()}
    assert {"house", "hose", "whose"} <= kept
    assert not kept & {"rice", "race", "raise"}
    assert np.array_equal(index._word_rows(["how"], ["hows"]), _full(index, ["how"], ["hows"]))


@given(st.lists(st.text(alphabet=string.ascii_lowercase, max_size=6), min_size=1, max_size=30),
       st.data())
def test_picked_words_are_those_at_the_positions(words: list[str], data: st.DataObject) -> None:
    at = data.draw(st.lists(st.integers(0, len(words) - 1), min_size=1, max_size=10, unique=True))
    at.sort()
    assert list(picked(words, np.array(at, dtype=np.intp))) == [words[k] for k in at]
