"""Words the recogniser split or joined, repaired against the taught vocabulary.

"read in mode" -> "reading mode", "readingmode" -> "reading mode",
"thevacoum" -> "the vacoum". Only when the repaired form is clearly closer to a
taught word than the parts were: "8 night" is not "night".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, process

from teachapp.understanding import _letters
from teachapp.understanding._letters import MARGIN, LetterMasks
from teachapp.understanding._misheard_form import FormsByStart
from teachapp.understanding._words import stem

__all__ = ["Repairer"]

_CACHED = 1 << 16
"""Word pairs and words whose repair is remembered, per vocabulary."""
_VOWEL_GROUPS = re.compile(r"[aeiou]+y?|y(?![aeiou])")


def _exact_join(vocab: dict[str, int], first: str, second: str,
                forms: frozenset[str] | None = None) -> str | None:
    """The taught word two heard words spell when written together, if any: evidence
    enough even when each is a word of its own or a carrier ("sun set scene")
    (``forms``: :attr:`Repairer._forms` of ``vocab``, when at hand)."""
    pair = first + second
    if pair in vocab:
        return pair
    if forms is not None and pair not in forms:
        return None
    pair = stem(pair)
    return pair if pair in vocab else None


def _across_fillers(vocab: dict[str, int], words: list[str], free: list[bool],
                    said: Sequence[str] | None) -> tuple[list[str], list[bool], list[str] | None]:
    """A taught word split by a hesitation said inside it: "kit er chen" -> "kitchen",
    "gar uh den" -> "garden" (only when the two parts spell the word exactly)."""
    out, out_free = list(words), list(free)
    out_said = list(said) if said is not None else None
    i = 0
    while i + 2 < len(out):
        if out_free[i + 1] and not out_free[i] and not out_free[i + 2]:
            joined = _exact_join(vocab, out[i], out[i + 2])
            if joined is None and out_said is not None:
                joined = _exact_join(vocab, out_said[i], out_said[i + 2])
            if joined is not None and not (out[i] in vocab and out[i + 2] in vocab):
                out[i:i + 3] = [joined]
                out_free[i:i + 3] = [False]
                if out_said is not None:
                    out_said[i:i + 3] = [out_said[i] + out_said[i + 2]]
        i += 1
    return out, out_free, out_said


def _spelled(vocab: dict[str, int], words: list[str], free: list[bool],
             said: Sequence[str] | None) -> tuple[list[str], list[bool], list[str] | None]:
    """A taught word of three or more letters spelled out letter by letter, as a recogniser
    writes an initialism ("r g b" -> "rgb", "p c" is joined pairwise below)."""
    runs = [i for i, w in enumerate(words) if len(w) == 1 and w.isalpha()]
    if len(runs) < 3:
        return words, free, list(said) if said is not None else None
    out, out_free = list(words), list(free)
    out_said = list(said) if said is not None else None
    i = 0
    while i < len(out):
        j = i
        while j < len(out) and len(out[j]) == 1 and out[j].isalpha():
            j += 1
        if j - i >= 3 and "".join(out[i:j]) in vocab:
            out[i:j] = ["".join(out[i:j])]
            out_free[i:j] = [False]
            if out_said is not None:
                out_said[i:j] = ["".join(out_said[i:j])]
        i += 1
    return out, out_free, out_said


def _beats(word: str) -> int:
    """Vowel groups of a spelling, a "y" closing one or standing for one: roughly its
    syllables ("shower" 2, "show" 1, "player" 2, "play" 1, "myth" 1)."""
    return len(_VOWEL_GROUPS.findall(word))


def _same_beats(first: str, second: str, target: str, vocab: Mapping[str, int]) -> bool:
    """When one heard part is itself a taught word at that end of ``target`` ("time" of
    "showtime"), whether the other part has as many syllables as the rest of the taught
    word: a recogniser that splits a word drops or changes letters at the cut ("hal
    way" for "hallway"), it does not add a syllable ("shower time" is not "showtime")."""
    if second in vocab and target.endswith(second) and len(target) > len(second):
        return _beats(first) == _beats(target[:-len(second)])
    if first in vocab and target.startswith(first) and len(target) > len(first):
        return _beats(second) == _beats(target[len(first):])
    return True


def _digits_apart(vocab: dict[str, int], word: str) -> list[str] | None:
    """A taught word and a taught number run together, as a recogniser writes them
    ("scene1", "to21"), or two taught numbers, as a clock time is written ("630" for
    "6 30"): the two apart."""
    letters = word.rstrip("0123456789")
    digits = word[len(letters):]
    if not letters:
        return next(([word[:k], word[k:]] for k in range(1, len(word))
                     if word[:k] in vocab and word[k:] in vocab), None)
    if not letters.isalpha() or digits not in vocab:
        return None
    head = letters if letters in vocab else stem(letters)
    return [head, digits] if head in vocab else None


_CACHED_PAIRS = 1 << 14
"""Neighbouring word pairs whose repair is remembered (about 100 bytes each)."""
_UNSEEN = object()


class Repairer:
    """Joins and splits against one vocabulary (stemmed taught words)."""

    def __init__(self, vocab: Sequence[str], merge_ratio: float,
                 numbers: Mapping[str, str] | None = None,
                 taught: Iterable[str] = ()) -> None:
        self.vocab = list(vocab)
        self._taught = FormsByStart(taught)
        """The words as the phrases said them ("sleeping"), when given: a heard word one
        letter from one is that word misheard, never split (:mod:`_misheard_form`)."""
        self._ids = {w: i for i, w in enumerate(self.vocab)}
        # Number words the home taught as digits ("preset one" is "preset 1"): a number
        # word run into another ("presetone") is that digit.
        self._numbers = {w: d for w, d in (numbers or {}).items() if d in self._ids}
        self._cutoff = merge_ratio * 100.0
        # Words by length: a pair can only reach ``merge_ratio`` against words of
        # about its own length, so only those are compared (the scan was most of the
        # cost of a resolve in a large home).
        by_len: dict[int, list[str]] = {}
        at_len: dict[int, list[int]] = {}
        for i, w in enumerate(self.vocab):
            by_len.setdefault(len(w), []).append(w)
            at_len.setdefault(len(w), []).append(i)
        self._by_len = by_len
        self._at_len = at_len
        self._letters = LetterMasks(self.vocab)
        """The letters of every word, spelled once: each pool's masks are gathered from
        them on the pool's first use (:meth:`_near`)."""
        plain = stem.__wrapped__  # (not kept by stem's cache: most forms are never heard)
        self._forms = frozenset(form for w in self.vocab for form in
                                (w, w + "s", w + "ing", w + "ings") if plain(form) == w)
        """Every spelling that stems to a word of the vocabulary (a word stems by losing an
        "s", then an "ing", so it is one of these four of its stem): a piece of a new word
        is looked up here before it is stemmed, as most pieces stem to no word, and a new
        piece stemmed costs more than the look-up."""
        self._pool_masks: dict[tuple[int, float], LetterMasks] = {}
        self._pools: dict[tuple[int, float], list[str]] = {}
        self._pool_letters: dict[tuple[int, float], LetterMasks] = {}
        # Pure functions of the words and this vocabulary; people repeat words.
        self._merged = lru_cache(maxsize=_CACHED)(self._merge)
        self._split_cached = lru_cache(maxsize=_CACHED)(self._split)
        self._pairs: dict[tuple[str, str, str | None, str | None, bool, bool], str | None] = {}

    def _near_length(self, n: int, ratio: float) -> list[str]:
        key = (n, ratio)
        pool = self._pools.get(key)
        if pool is None:
            pool = self._pools[key] = self._pool(n, ratio)
        return pool

    def _near(self, word: str, ratio: float) -> list[str]:
        """The words of :meth:`_near_length`'s pool for ``word`` that may reach ``ratio``
        (0..100) with it, in the pool's order: the letters they share allow it
        (:mod:`_letters`). The best of the pool at or above ``ratio`` is the best of these,
        and the first of equals stays first."""
        key = (len(word), ratio)
        pool = self._near_length(len(word), ratio)
        if len(pool) < _letters.FEWEST:
            return pool  # (compared whole: cheaper than the bound, the same best)
        cutoff = ratio / 100.0 - MARGIN
        if self._letters.usable:
            # (the bound against a word is the same whichever list holds it: the pool's
            # masks are gathered from the vocabulary's once, not spelled again, and a new
            # word is bounded against the pool alone, not against every word and then
            # gathered)
            masks = self._pool_masks.get(key)
            if masks is None:
                masks = self._pool_masks[key] = self._letters.subset(
                    np.array(self._pool_positions(*key), dtype=np.intp))
            return [pool[k] for k in (masks.reach(word) > cutoff).nonzero()[0].tolist()]
        masks = self._pool_letters.get(key)
        if masks is None:  # (a vocabulary of more letters than a mask holds: a pool may not)
            masks = self._pool_letters[key] = LetterMasks(pool)
        if not masks.usable:
            return pool
        return [pool[k] for k in (masks.reach(word) > cutoff).nonzero()[0].tolist()]

    def _pool(self, n: int, ratio: float) -> list[str]:
        # Indel ratio r between lengths n and m is at most 2*min/(n+m).
        out: list[str] = []
        for m, words in self._by_len.items():
            if 2.0 * min(n, m) / (n + m) * 100.0 >= ratio:
                out.extend(words)
        return out

    def _pool_positions(self, n: int, ratio: float) -> list[int]:
        """The vocabulary positions of :meth:`_pool`'s words, in its order."""
        out: list[int] = []
        for m, at in self._at_len.items():
            if 2.0 * min(n, m) / (n + m) * 100.0 >= ratio:
                out.extend(at)
        return out

    def repair(self, words: list[str], free: list[bool],
               said: Sequence[str] | None = None) -> tuple[list[str], list[bool]]:
        """Join split words and split joined ones; free words are never split
        (``said``: the words as heard, before stemming: "gues ts" is "guests", though
        "gues" alone stems to "gue")."""
        vocab = self._ids
        if not vocab:
            return words, free
        if len(words) >= 3:
            words, free, said = _spelled(vocab, words, free, said)
        if len(words) >= 3 and any(free[1:-1]):
            words, free, said = _across_fillers(vocab, words, free, said)
        merges: dict[int, str] = {}
        known = self._pairs
        for i in range(len(words) - 1):
            # (a pure function of the two words, as heard and stemmed, and whether they
            # are free: kept, since people repeat words)
            key = (words[i], words[i + 1], said[i] if said is not None else None,
                   said[i + 1] if said is not None else None, free[i], free[i + 1])
            target = known.get(key, _UNSEEN)
            if target is _UNSEEN:
                target = self._pair(*key)
                if len(known) >= _CACHED_PAIRS:
                    known.clear()
                known[key] = target
            if target is not None:
                merges[i] = target
        if not merges:  # (most utterances: nothing joined)
            return self._split_all(words, free)
        i, joined, joined_free = 0, [], []
        while i < len(words):
            if i in merges:
                joined.append(merges[i])
                joined_free.append(False)
                i += 2
                continue
            joined.append(words[i])
            joined_free.append(free[i])
            i += 1
        return self._split_all(joined, joined_free)

    def _split_all(self, joined: list[str], joined_free: list[bool]
                   ) -> tuple[list[str], list[bool]]:
        """Split each joined word that is none of the home's; free words never."""
        vocab = self._ids
        for w, f in zip(joined, joined_free, strict=True):
            if not f and w not in vocab and (len(w) >= 5 or w[-1:].isdigit()):
                break
        else:  # (most utterances: no word to split)
            return list(joined), list(joined_free)
        out, out_free = [], []
        for w, f in zip(joined, joined_free, strict=True):
            parts = None
            if w not in vocab and not f:
                parts = (_digits_apart(vocab, w) if w[-1:].isdigit()
                         else self._split_cached(w) if len(w) >= 5 else None)
            out.extend(parts or [w])
            out_free.extend([f] * len(parts or [w]))
        return out, out_free

    def _pair(self, first: str, second: str, said_first: str | None, said_second: str | None,
              first_free: bool, second_free: bool) -> str | None:
        """The word two neighbouring words are repaired to, if any (``said_*``: the same
        words as heard, when known)."""
        vocab, forms = self._ids, self._forms
        joined = _exact_join(vocab, first, second, forms)
        if joined is None and said_first is not None and said_second is not None:
            joined = _exact_join(vocab, said_first, said_second, forms)
        if joined is not None:  # "sun set" is "sunset", "home work" is "homework"
            return joined
        if (first in vocab and second in vocab) or first_free or second_free:
            return None
        target = self._merged(first, second)
        if (target is None and said_first is not None and said_second is not None
                and (said_first, said_second) != (first, second)):
            target = self._merged(said_first, said_second)
        return target

    def _merge(self, first: str, second: str) -> str | None:
        """The taught word two heard words were split from, if clearly so."""
        vocab = self._ids
        pair = first + second
        if pair in vocab or pair in self._forms:
            return pair if pair in vocab else stem(pair)  # "blin ds" -> "blind"
        pool = self._near(pair, self._cutoff)
        if not pool:
            return None
        best = process.extractOne(pair, pool, scorer=fuzz.ratio, score_cutoff=self._cutoff)
        if best is None:
            return None
        target = best[0]
        # Only when the pair is clearly closer than either word alone.
        alone = max(fuzz.ratio(first, target), fuzz.ratio(second, target))
        if fuzz.ratio(pair, target) < alone + 5.0 or not _same_beats(first, second, target,
                                                                       vocab):
            return None
        return pair

    def _word_break(self, word: str) -> list[str] | None:
        """``word`` as known words run together ("startthemovie"), fewest parts first."""
        vocab, numbers, forms, size = self._ids, self._numbers, self._forms, len(word)
        best: list[list[str] | None] = [None] * (size + 1)
        best[0] = []
        # (start by start, and only from a start some parts reach: the pieces of every
        # other start were cut and stemmed for nothing, most of a new word's breaks. The
        # same pieces are tried for each end in the same order, from the first start up, so
        # the same break is found: a start's best is final before it is used, as every
        # piece ending there starts before it)
        for start in range(size - 1):
            prefix = best[start]
            if prefix is None:
                continue
            parts = len(prefix) + 1
            for end in range(start + 2, min(size, start + 20) + 1):
                piece = word[start:end]
                part = numbers.get(piece)
                if part is None:
                    if piece not in forms:
                        continue  # (stems to no word: most pieces, not stemmed)
                    part = stem(piece)
                if part in vocab:
                    known = best[end]
                    if known is None or parts < len(known):
                        best[end] = [*prefix, part]
        found = best[size]
        return found if found and len(found) > 1 else None

    def _split(self, word: str) -> list[str] | None:
        vocab = self._ids
        if self._taught.one_letter_from(word):
            return None  # (a taught word misheard: "sleepink", not "sleep ink")
        exact = self._word_break(word)
        if exact:
            return exact
        pool = self._near(word, 75.0)
        if pool and process.extractOne(word, pool, scorer=fuzz.ratio, score_cutoff=75):
            return None  # a misheard known word ("homawork"), not two words
        best: tuple[float, list[str]] | None = None
        forms = self._forms
        for cut in range(2, len(word) - 1):
            head, tail = word[:cut], word[cut:]
            if head not in forms and tail not in forms:
                continue  # (neither part stems to a word)
            left, right = stem(head), stem(tail)
            if left in vocab or right in vocab:
                other = right if left in vocab else left
                if len(other) < 4:
                    continue
                near = process.extractOne(other, self._near(other, 80.0),
                                          scorer=fuzz.ratio, score_cutoff=80)
                if near is not None and (best is None or near[1] > best[0]):
                    best = (near[1], [left, right])
        return best[1] if best else None
