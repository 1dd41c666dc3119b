"""The eleventh round of the fast paths, against the plain version it replaces: a new word's
letter bound against a word list (the vocabulary, a repair pool, the sound strings of a
syllable count) in three or four array operations instead of eight, the same numbers to the bit
(:meth:`LetterMasks.reach`)."""

from __future__ import annotations

import random
import string

import numpy as np
from hypothesis import example, given, settings
from hypothesis import strategies as st

from teachapp.understanding import _letters
from teachapp.understanding._letters import LetterMasks

# -- the letter bound ------------------------------------------------------------------


def plain_reach(masks: LetterMasks, word: str) -> np.ndarray:
    """LetterMasks.reach as it was: the formula as first written, eight operations."""
    n = len(masks._lengths)
    if not masks.usable or not n:
        return np.ones(n, dtype=np.float64)
    size = len(word)
    if size == 0:
        return np.ones(n, dtype=np.float64)
    shared = np.bitwise_count(masks._masks & np.uint64(masks._mask(word))).astype(np.float64)
    shared += np.minimum(masks._repeats, float(size - len(set(word))))
    shared *= 2.0
    shared /= masks._lengths + size
    return shared


LETTERS = "abcdeilmnorst'é"
WORDS = st.text(alphabet=LETTERS, max_size=14)


def bounded(words: list[str]) -> LetterMasks:
    """The masks of ``words``, the bound used however few they are (a home's short lists
    are compared whole: :data:`_letters.FEWEST`)."""
    fewest = _letters.FEWEST
    _letters.FEWEST = 0
    try:
        return LetterMasks(words)
    finally:
        _letters.FEWEST = fewest


def _same(masks: LetterMasks, word: str) -> None:
    fast, plain = masks.reach(word), plain_reach(masks, word)
    assert fast.dtype == plain.dtype == np.float64
    assert fast.tobytes() == plain.tobytes(), (word, fast, plain)


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=40),
       st.lists(st.text(alphabet=LETTERS + "xyz", max_size=50), min_size=1, max_size=6))
@example(["aa", "ab", "abc"], ["", "a", "aaaa", "abababab", "z" * 45, "xa" * 30])
def test_a_bound_is_the_plain_formula_to_the_bit(listed: list[str], heard: list[str]) -> None:
    masks = bounded(listed)
    for word in heard * 2:  # (twice: the second time from the arrays kept)
        _same(masks, word)


def test_a_kept_array_is_never_handed_out() -> None:
    """A caller raises a bound in place (``np.maximum(best, ..., out=best)``): what it
    changes is its own, the next bound of a word of that length the same."""
    masks = bounded(["lights", "kitchen", "sunset", "movie", "tell"])
    for word in ("lamp", "hall", "lamp"):
        bound = masks.reach(word)
        bound[:] = 7.0
        _same(masks, word)


def test_the_homes_lists_bound_as_before() -> None:
    """The vocabulary of a home of a thousand words, and words heard of it misheard."""
    rng = random.Random(11)
    vocab = ["".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(2, 12)))
             for _ in range(1000)]
    masks = LetterMasks(vocab)
    assert masks.usable
    for word in rng.sample(vocab, 200):
        k = rng.randrange(len(word))
        for heard in (word, word[:k] + word[k + 1:], word[:k] + word[k:] * 2, word + "s"):
            _same(masks, heard)
