"""The eighth round of the scorer's fast paths, each against the plain version it replaces,
compared to the bit over random homes: the postings of words heard well gathered as one
slice per word when thousands of phrases share a small vocabulary, and the sound-key
ratios of new words kept by key until spread to the columns compared (the full comparison
of every column, tests/test_resolver_letters.py, is the plain version of the second)."""

from __future__ import annotations

import random
import string

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_resolver_fast_paths_fifth import _same_scored, plain_score
from test_resolver_letters import _full, _misheard

from teachapp.understanding import scoring
from teachapp.understanding._words import ScoringParams, stem
from teachapp.understanding.normalize import default_lexicon
from teachapp.understanding.scoring import PhraseIndex


def _shared_home(rng: random.Random, n_words: int, n_phrases: int) -> list[str]:
    """``n_phrases`` distinct phrases of 2-4 words out of ``n_words`` (made up, and a few
    of a household's): every word in a great many phrases."""
    words = list(dict.fromkeys(
        "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(3, 9)))
        for _ in range(n_words)))
    words += ["lights", "kitchen", "on", "off", "the", "movie"]
    texts: dict[str, None] = {}
    while len(texts) < n_phrases:
        texts[" ".join(rng.sample(words, rng.randint(2, 4)))] = None
    return list(texts)


def _best(index: PhraseIndex, text: str) -> np.ndarray:
    return np.maximum.reduce(index.hear(text).sim, axis=0)


def _postings_per_word(index: PhraseIndex, best: np.ndarray) -> float:
    """Postings per word heard well (what chooses the slices), 0 when none."""
    said = (best >= index._cover_floor32).nonzero()[0]
    return float(index._posting_counts.take(said).sum()) / len(said) if said.size else 0.0


def plain_cover(index: PhraseIndex, best: np.ndarray) -> np.ndarray | None:
    """The phrases' coverage as it was gathered: the said words' postings position by
    position."""
    said = (best >= index._cover_floor32).nonzero()[0]
    if not said.size:
        return None
    counts = index._posting_counts.take(said)
    ends = counts.cumsum()
    at = np.arange(int(ends[-1])) + (index._posting_starts.take(said) - (ends - counts)
                                     ).repeat(counts)
    share = index._posting_shares.take(at) * best.take(said).repeat(counts)
    return np.bincount(index._posting_phrases.take(at), weights=share, minlength=len(index))


def _same_cover(index: PhraseIndex, best: np.ndarray) -> None:
    got, plain = index._cover(best), plain_cover(index, best)
    assert (got is None) == (plain is None)
    if got is not None and plain is not None:
        assert got.dtype == plain.dtype and got.tobytes() == plain.tobytes()


@settings(max_examples=8, deadline=None)
@given(st.integers(min_value=0, max_value=10_000), st.sampled_from((6, 10, 14)))
def test_scores_of_homes_sharing_a_small_vocabulary_are_the_plain_scores(
        seed: int, n_words: int) -> None:
    rng = random.Random(seed)
    texts = _shared_home(rng, n_words, 700)
    index = PhraseIndex(texts, [i // 5 for i in range(len(texts))], (len(texts) + 4) // 5,
                        default_lexicon(), ScoringParams())
    assert len(index._posting_words) > scoring._MARKED_POSTINGS  # (the postings by word)
    sliced = 0
    for _ in range(25):
        said = " ".join(_misheard(w, rng) for w in rng.choice(texts).split())
        if rng.random() < 0.3:
            said = f"{said} {rng.choice(('please', 'now', 'and the blinds', 'xq'))}"
        best = _best(index, said)
        sliced += _postings_per_word(index, best) >= scoring._SLICED_POSTINGS
        _same_cover(index, best)
        _same_scored(index.score(said), plain_score(index, said))
    assert sliced  # (the slices were taken: every word is in dozens of phrases)


def test_a_home_of_few_phrases_to_a_word_gathers_by_position(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Below the slices' threshold the positions are gathered, as before; above it (the
    threshold set to 0), the slices give the same scores."""
    rng = random.Random(7)
    texts = _shared_home(rng, 300, 1200)
    index = PhraseIndex(texts, [i // 3 for i in range(len(texts))], (len(texts) + 2) // 3,
                        default_lexicon(), ScoringParams())
    said = [" ".join(_misheard(w, rng) for w in rng.choice(texts).split()) for _ in range(40)]
    bests = [_best(index, s) for s in said]
    assert all(_postings_per_word(index, b) < scoring._SLICED_POSTINGS for b in bests)
    plain = [plain_score(index, s) for s in said]
    for s, b, p in zip(said, bests, plain, strict=True):
        _same_cover(index, b)
        _same_scored(index.score(s), p)
    monkeypatch.setattr(scoring, "_SLICED_POSTINGS", 0)
    for s, b, p in zip(said, bests, plain, strict=True):
        _same_cover(index, b)
        _same_scored(index.score(s), p)


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=0, max_value=10_000), st.sampled_from((120, 400)),
       st.lists(st.integers(min_value=0, max_value=10_000), min_size=1, max_size=4))
def test_key_ratios_spread_late_give_the_rows_of_the_full_comparison(
        seed: int, size: int, picks: list[int]) -> None:
    """New words' rows (each compared with the columns it may be like, the key ratios
    spread to those alone) are those of every column compared, plurals ("lightss") too."""
    rng = random.Random(seed)
    texts = _shared_home(rng, size, size)
    index = PhraseIndex(texts, [i // 3 for i in range(len(texts))], (len(texts) + 2) // 3,
                        default_lexicon(), ScoringParams())
    assert index._word_letters.usable
    taught = [w for t in texts for w in t.split()]
    said = [_misheard(taught[k % len(taught)], rng) + ("s" if k % 3 == 0 else "")
            for k in picks]
    some = [stem(w) for w in said]
    assert np.array_equal(index._word_rows(some, said), _full(index, some, said))
