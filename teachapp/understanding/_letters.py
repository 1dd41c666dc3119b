"""How high a spelling ratio can be, from the letters two words share: comparisons that
cannot reach a cutoff are skipped before rapidfuzz is asked.

rapidfuzz's ``fuzz.ratio`` of two strings is ``2 * LCS / (len(a) + len(b))`` (LCS: their
longest common subsequence). A subsequence common to both uses each letter at most as
often as the rarer word holds it, so with ``S`` the letters both words hold,

    LCS <= |S| + min(len(a) - distinct(a), len(b) - distinct(b))

(each shared letter once, and at most the repeats one word has on top). The letters of
a word list are kept as bit masks, one per word, so the bound against every word is a
few array operations: a heard word never met before is compared, letter by letter, only
with the few taught words it can be like (about one in twenty-five at 1,000 phrases),
and the ratios of all others are known to be at most the bound. The bound is an upper
bound of the ratio itself, never an estimate: what is skipped could not have passed.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import repeat
from operator import itemgetter

import numpy as np

__all__ = ["FEWEST", "MARGIN", "LetterMasks", "picked"]

MARGIN = 0.01
"""How far below a cutoff a bound must be for the comparison to be skipped (the ratios
rapidfuzz returns are rounded to float32 and divided by 100; this leaves room for both)."""
FEWEST = 100
"""Lists of fewer words are compared whole: the bound costs a few array operations, more
than rapidfuzz takes for a short list (callgrind, a home of 70 words: 5 % more per
resolve with the bound; 820 words: 12 % less)."""
_BITS = 64
_KEPT = 40
"""Heard lengths (and repeats) up to this many letters keep their arrays (:meth:`LetterMasks.
reach`); a longer word, rarely heard, makes its own."""


class LetterMasks:
    """The letters of each word of a list, as bit masks, for :meth:`reach`."""

    def __init__(self, words: Sequence[str]) -> None:
        letters = sorted({ch for w in words for ch in w})
        self.usable = len(letters) <= _BITS and len(words) >= FEWEST
        """False when the words use more distinct letters than a mask holds, or are fewer
        than :data:`FEWEST` (then every bound is 1: nothing is skipped)."""
        self._bit = {ch: 1 << k for k, ch in enumerate(letters)} if self.usable else {}
        masks = [self._mask(w) for w in words] if self.usable else [0] * len(words)
        self._masks = np.array(masks, dtype=np.uint64)
        self._lengths = np.array([len(w) for w in words], dtype=np.float64)
        self._repeats = np.array([len(w) - len(set(w)) for w in words], dtype=np.float64)
        self._halves: dict[int, np.ndarray] = {}
        """Half of each listed word's length plus a heard word's, by that length (kept: a
        heard word's bound divides by them; a few lengths are ever heard)."""
        self._repeated: dict[int, np.ndarray] = {}
        """The repeats each listed word may share with a heard word of so many repeats
        (``min(repeats, r)``), by ``r`` (0 needs none)."""

    def __len__(self) -> int:
        return len(self._lengths)

    def _mask(self, word: str) -> int:
        # (a letter no listed word holds is shared with none; the bits of distinct letters
        # are apart, so their sum is their union: summed in C, not letter by letter)
        return sum(map(self._bit.get, set(word), repeat(0)))

    def reach(self, word: str) -> np.ndarray:
        """Upper bound of ``fuzz.ratio(word, w) / 100`` for each listed word ``w``.

        ``2 * (shared + repeats) / (len(w) + len(word))``, computed as ``(shared +
        repeats) / ((len(w) + len(word)) / 2)``: both halvings and doublings are exact, so
        the quotient is the same correctly rounded number, to the bit, in three or four
        array operations on the listed words instead of eight (a new word meets three to
        five lists: the vocabulary, its repair pools, the sound strings of its syllable
        count). ``plain_reach`` in tests/test_resolver_fast_paths_eleventh.py keeps the
        formula as first written."""
        n = len(self._lengths)
        if not self.usable or not n:
            return np.ones(n, dtype=np.float64)
        size = len(word)
        if size == 0:
            return np.ones(n, dtype=np.float64)  # (nothing to bound by)
        half = self._halves.get(size)
        if half is None:
            half = (self._lengths + size) / 2.0
            if size <= _KEPT:
                self._halves[size] = half
        distinct = set(word)
        # (the shared letters as a uint8 count: dividing by a float64 array gives float64,
        # each count converted exactly, as astype did)
        shared = np.bitwise_count(self._masks & np.uint64(sum(map(self._bit.get, distinct,
                                                                   repeat(0)))))
        r = size - len(distinct)
        if r:
            more = self._repeated.get(r)
            if more is None:
                more = np.minimum(self._repeats, float(r))
                if r <= _KEPT:
                    self._repeated[r] = more
            return np.divide(np.add(shared, more), half)
        return np.divide(shared, half)

    def subset(self, at: np.ndarray) -> LetterMasks:
        """The masks of the listed words at positions ``at`` (in that order), gathered from
        these, not spelled again: a word's bounds against them are its bounds against these
        at ``at``, to the bit (the same numbers, element by element)."""
        out = object.__new__(LetterMasks)
        out.usable, out._bit = self.usable, self._bit
        out._masks, out._lengths = self._masks.take(at), self._lengths.take(at)
        out._repeats = self._repeats.take(at)
        out._halves, out._repeated = {}, {}
        return out

    def near(self, word: str, cutoff: float) -> np.ndarray:
        """Positions of the listed words whose ratio with ``word`` (0..1) may reach
        ``cutoff``: all others are below it (by at least :data:`MARGIN`)."""
        return (self.reach(word) > cutoff - MARGIN).nonzero()[0]


def picked(words: Sequence[str], at: np.ndarray) -> Sequence[str]:
    """``words`` at the positions ``at`` (not empty; those a bound kept), gathered by one
    itemgetter in C: a list made word by word in Python cost a new word's row as much as
    the comparisons rapidfuzz then makes with them."""
    positions = at.tolist()
    if len(positions) == 1:
        return [words[positions[0]]]
    found: tuple[str, ...] = itemgetter(*positions)(words)
    return found
