"""Sound-alike keys for words, so "mood" meets "mode" and "could" meets "good".

A small Metaphone-like code written for recogniser errors rather than for
names: spelling that sounds the same maps to one letter, voiced and unvoiced
pairs (b/p, d/t, g/k, v/f, z/s) and the nasals (m/n) merge because
recognisers swap them, and
vowels after the first letter are dropped because they are what a recogniser
most often gets wrong. Keys are compared with an edit-distance ratio.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, process

from teachapp.understanding._required import needing
from teachapp.understanding._spoken import compared, vowel_sounds
from teachapp.understanding.normalize import Lexicon, strip_free_words

__all__ = ["PhraseSounds", "loose_key", "phonetic_key", "phrase_key"]

# Spelling -> sound rewrites, applied in order on the whole word.
_REWRITES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"^x", "s"),
        (r"^(?:c|r|t|en)ough$|^laugh", lambda m: m.group().replace("gh", "f")),
        (r"(?<=a)l(?=[mkf])|(?<=o)l(?=k)", ""),
        (r"x", "ks"),
        (r"^wh", "w"),
        (r"ould", "ud"),
        (r"tch", "ch"),
        (r"sch", "sk"),
        (r"ph", "f"),
        (r"gh(?=[^aeiou]|$)", ""),
        (r"gh", "g"),
        (r"ck", "k"),
        (r"t?ion", "xn"),
        (r"sh|ch|ti(?=a|o)", "x"),
        (r"th", "0"),
        (r"dge|dg", "j"),
        (r"mb$", "m"),
        (r"c(?=[eiy])", "s"),
        (r"g(?=[eiy])", "j"),
        (r"q", "k"),
        (r"c", "k"),
        (r"(?<=[aeiou])r(?=[^aeiouy])", ""),
    )
)
# After rewrites: letter -> sound class (voicing pairs merged).
_REWRITES_NEEDS = tuple((p, r, *needing(p)) for p, r in _REWRITES)
"""Each rewrite with the texts its matches hold (:func:`_required.needing`)."""
_CLASSES = str.maketrans({
    "b": "p", "p": "p",
    "d": "t", "t": "t",
    "g": "k", "k": "k",
    "v": "f", "f": "f",
    "z": "s", "s": "s",
    "j": "x", "x": "x",
    "0": "t",
    "l": "l", "m": "n", "n": "n", "r": "r",
})
_VOWELS = set("aeiouy")
_REPEATS = re.compile(r"(.)\1+")


def _first_letter_rule(word: str) -> str:
    return word[1:] if word[:2] in {"kn", "gn", "pn", "wr", "ps"} else word


@lru_cache(maxsize=65536)
def phonetic_key(word: str) -> str:
    """A short code of how ``word`` sounds: ``"mode"`` and ``"mood"`` -> ``"mt"``.

    Digits are kept as they are (numbers are normalised to digits earlier);
    an empty or letterless word gives an empty key.
    """
    word = word.lower()
    if not word:
        return ""
    if word.isdigit():
        return word
    word = _first_letter_rule(word)
    for pattern, repl, needs, more in _REWRITES_NEEDS:
        if needs in word and (more is None or any(map(word.__contains__, more))):
            word = pattern.sub(repl, word)
    # (a vowel, "w" or "h" first is "a", "w" or nothing; then each letter's sound class,
    # every vowel, "w", "h" and any letter of no sound dropped, and a class said again
    # once: in C, not letter by letter, the same key; ``tests/test_resolver_fast_paths_ninth.py``
    # keeps the loop it replaces)
    if not word:
        return ""  # (all rewritten away: "gh")
    first = word[0]
    head = "a" if first in _VOWELS else "w" if first == "w" else ""
    return head + _REPEATS.sub(r"\1", word.translate(_CODES))


class _Sounded(dict[int, str]):
    """:data:`_CLASSES` as a table that drops every other character (a vowel, "w", "h", a
    digit inside a word, a stray symbol: no sound of its own)."""

    def __missing__(self, code: int) -> None:
        return None


_CODES = _Sounded(_CLASSES)


_SOUND_LIFT = 0.65
"""Share of the gap between spelling and sound similarity that sound makes up."""
_STOPS = str.maketrans("tkx", "ppp")


@lru_cache(maxsize=65536)
def loose_key(word: str) -> str:
    """:func:`phonetic_key` with the stops p/t/k and the hushing sounds merged, which
    recognisers confuse most ("likes" / "lights" -> ``"lp"``), and the word's vowel
    sounds: a recogniser that swaps a stop keeps the vowel, so "light up" is never
    "lock up" ("lp Y" against "lp O"). Too coarse to decide on; a hint that two words
    may be one. Keys of fewer than two sounds give ``""``."""
    key = _REPEATS.sub(r"\1", phonetic_key(word).translate(_STOPS))
    if len(key) < 2 or key.isdigit():
        return ""
    return f"{key} {vowel_sounds(word)}"


def phrase_key(text: str, lexicon: Lexicon | None = None) -> str:
    """Sound key of a whole phrase without its carrier words: "bath time" -> "p0 tm"."""
    return " ".join(phonetic_key(w) for w in strip_free_words(text, lexicon).split())


def _voiced(text: str) -> str:
    """A phrase as phoneme strings that weigh vowels (:func:`_spoken.compared`)."""
    return " ".join(compared(w) for w in text.split())


class PhraseSounds:
    """How alike phrases sound as a whole: spelling ratio, lifted by the sound-key ratio."""

    def __init__(self, texts: Sequence[str], lexicon: Lexicon | None = None) -> None:
        self._lexicon = lexicon
        self._texts = [strip_free_words(t, lexicon) for t in texts]
        self._keys = [phrase_key(t, lexicon) for t in texts]
        self._voiced = [_voiced(t) for t in self._texts]

    def similarity(self, text: str) -> np.ndarray:
        """Similarity in 0..1 of ``text`` to each phrase, in the order given."""
        if not self._texts:
            return np.zeros(0, dtype=np.float32)
        spelled = process.cdist([strip_free_words(text, self._lexicon)], self._texts,
                                scorer=fuzz.ratio, dtype=np.float32)[0]
        sounded = process.cdist([phrase_key(text, self._lexicon)], self._keys,
                                scorer=fuzz.ratio, dtype=np.float32)[0]
        # The consonant keys have no vowels ("date night" and "too hot" are both
        # "t nt" / "t t"): the phoneme strings, which weigh vowels, share the say.
        voiced = process.cdist([_voiced(strip_free_words(text, self._lexicon))],
                               self._voiced, scorer=fuzz.ratio, dtype=np.float32)[0]
        sounded = (sounded + voiced) / 2.0
        # Sound lifts spelling most of the way, not all: keys are coarse ("bath" and
        # "party" share one), so two phrases that also look alike come first. Letters
        # in common do not make phrases sound alike: "homework time" reads 75 % like
        # "shower time" and sounds 56 % like it, so the lower of the two is the base.
        return (np.minimum(spelled, sounded)
                + _SOUND_LIFT * np.maximum(sounded - spelled, 0.0)) / 100.0
