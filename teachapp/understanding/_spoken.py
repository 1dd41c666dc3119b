"""How alike two words sound when they are spelled apart: "why" / "white", "eight" / "date".

:func:`phonetic.phonetic_key` drops vowels, so words that differ in a consonant
or two meet at almost nothing when their spelling differs too ("movie" /
"moody": "nf" / "nt"). Recognisers mostly keep the vowel of a stressed syllable
and lose or swap a consonant around it. :func:`spoken` writes a word as a rough
phoneme string instead, one character per sound, vowels included (a small
English letter-to-sound rule set: long vowels before a silent "e" and in open
syllables, vowel digraphs, silent letters). Two words of as many syllables then
meet by the edit-distance ratio of their strings, vowels weighing double and a
swap within a consonant class (voicing, m/n, "th"/"t") costing half, rescaled
above a floor (:class:`SpokenVocab`).

The strings are computed once per vocabulary word and once per heard word; a heard
word is compared with the vocabulary words of its syllable count by one rapidfuzz
``cdist`` with a cutoff (only with those whose shared letters allow the cutoff,
:mod:`_letters`: the others would give 0).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, process

from teachapp.understanding._letters import MARGIN, LetterMasks, picked
from teachapp.understanding._required import needing

__all__ = ["SpokenVocab", "compared", "spoken", "spoken_similarity", "vowel_sounds"]

# Vowel sounds, one character each:
#   A bat   E bed   I bit   O lot/far   U cut/schwa   Y time   1 date   2 feed
#   3 mode  4 mood  5 all/door  6 house  7 noise  8 good  9 work
# and consonants as spelled ("x" for sh/ch/j, "0" for th, "y" for a consonant y)
_WHOLE = {
    "a": "U", "the": "0U", "i": "Y", "to": "t4", "too": "t4", "two": "t4", "do": "d4",
    "of": "Uv", "you": "y4", "one": "wUn", "eye": "Y", "are": "Or", "was": "wOz",
    "what": "wUt", "some": "sUm", "come": "kUm", "done": "dUn", "none": "nUn",
    "love": "lUv", "move": "m4v", "movie": "m4v2", "they": "01", "their": "01r",
    "there": "01r", "where": "w1r", "who": "4", "said": "sEd", "says": "sEz", "any": "En2",
    "many": "mEn2", "have": "Av", "give": "gIv", "live": "lIv", "water": "w5t9r",
    "know": "n3", "knows": "n3z", "known": "n3n", "eight": "1t", "great": "gr1t",
    "break": "br1k", "steak": "st1k", "heart": "Ort", "choir": "kwYr",
}
_NUMBERS = dict(enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split()))
"""Numbers are normalised to digits before scoring; "eight" still sounds like "date"."""
_REWRITES: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        # silent letters and consonant spellings
        (r"^(?:kn|gn|pn|wr|ps)", lambda m: m.group()[1]),
        (r"^wh", "w"),
        (r"mb$", "m"),
        (r"(?<=[^aeiou])le$", "Ul"),
        (r"x", "ks"),  # (the letter, before "x" is written for sh/ch/j below)
        (r"t?ion|sion", "xUn"),
        (r"ture", "x9"),
        (r"^sch|^ch(?=r|l)", lambda m: m.group()[:-2] + "k"),  # school, christmas
        (r"tch|ch|sh", "x"),
        (r"dge|dg", "x"),
        (r"ph", "f"),
        (r"th", "0"),
        (r"ck", "k"),
        (r"qu", "kw"),
        (r"c(?=[eiy])", "s"),
        (r"g(?=[eiy])", "x"),
        (r"c", "k"),
        (r"ng", "n"),
        # vowel spellings, longest first
        (r"eigh", "1"),
        (r"igh", "Y"),
        (r"^(k|tr)ough", r"\1Of"),
        (r"^(r|t|en)ough", r"\1Uf"),
        (r"ough", "5"),
        (r"augh", "5"),
        (r"ould", "8d"),
        (r"(?<=[fpy])our", "5r"),
        (r"ou|ow(?=n|er|l|d)|(?<=^[hnkw])ow(?=s?$)", "6"),
        (r"ow|oa|oe$", "3"),
        (r"ook|(?<=[gw])ood|oot(?=$)", lambda m: "8" + m.group()[2:]),
        (r"(?<=^[pbf])u(?=ll|sh|t$)", "8"),
        (r"oor", "5r"),
        (r"oo|ew|ue|ui", "4"),
        (r"oi|oy", "7"),
        (r"au|aw", "5"),
        (r"ai|ay", "1"),
        (r"ie(?=t$|nt|nc)", "YU"),
        (r"ee|ea|ie(?=.)|ey$", "2"),
        (r"(?<=^[^aeiou])ie$|(?<=^[^aeiou]{2})ie$", "Y"),
        (r"ie$", "2"),
        (r"wor(?=[^aeiou])", "w9r"),
        (r"wa(?=r|l|t|s|x)", "w5"),
        (r"al(?=k)|all|al$", "5l"),
        (r"al(?=m)", "O"),
        (r"ar", "Or"),
        (r"or", "5r"),
        (r"[eiu]r(?=[^aeiou]|$)|ear(?=[^aeiou])", "9r"),
        # long vowels: before a silent final e, and in open syllables
        (r"a(?=[^aeiouAEIOUY1-9]es?$)", "1"),
        (r"[iy](?=[^aeiouAEIOUY1-9]es?$)", "Y"),
        (r"o(?=[^aeiouAEIOUY1-9]es?$)", "3"),
        (r"u(?=[^aeiouAEIOUY1-9]es?$)", "4"),
        (r"e(?=[^aeiouAEIOUY1-9]es?$)", "2"),
        (r"(?<=[^aeiouAEIOUY1-9])e$", ""),
        (r"(?<=[aeiou][^aeiou])y$|(?<=[^aeiou]{2})y$", "2"),
        (r"(?<=^[^aeiou])y$|(?<=^[^aeiou]{2})y$", "Y"),
        (r"a(?=[^aeiouAEIOUY1-9][aeiouy])", "1"),
        (r"i(?=[^aeiouAEIOUY1-9][aeiouy])", "Y"),
        (r"o(?=[^aeiouAEIOUY1-9][aeiouy])", "3"),
        (r"u(?=[^aeiouAEIOUY1-9][aeiouy])", "4"),
        (r"(?<=[^aeiouAEIOUY1-9])ed$", "t"),
        (r"(?<=[^aeiouAEIOUY1-9])es$", "s"),
    )
)
_REWRITES_NEEDS = tuple((p, r, *needing(p)) for p, r in _REWRITES)
"""Each rewrite with the texts its matches hold (:func:`_required.needing`)."""
_SHORT = str.maketrans({"a": "A", "e": "E", "i": "I", "o": "O", "u": "U", "y": "I"})
# consonant classes: a recogniser swaps voicing (b/p, d/t), the nasals (m/n) and "th"
# with "t" most; such a swap costs half of another consonant (see compared)
_CLASS = {"b": "P", "p": "P", "d": "T", "t": "T", "g": "K", "k": "K", "v": "F", "f": "F",
          "z": "S", "s": "S", "j": "X", "x": "X", "m": "N", "n": "N", "0": "T"}
_STOPS = frozenset("pbtdkg")
_FINAL_STOP = "B"
"""The class of a word's last sound when it is a stop: a recogniser hears that a word
ends in a stop more surely than where it is made ("like" / "light", "lit" / "lick")."""
_REPEATS = re.compile(r"(.)\1+")
_VOWEL_SOUND = re.compile(r"([AEIOUY1-9])")


@lru_cache(maxsize=65536)
def spoken(word: str) -> str:
    """``word`` as a rough phoneme string: ``"white"`` -> ``"wYt"``, ``"why"`` -> ``"wY"``.

    Digits and words without letters are kept as they are.
    """
    word = word.lower().replace("'", "")
    if word.isdigit() and int(word) in _NUMBERS:
        word = _NUMBERS[int(word)]
    if not word.isalpha():
        return word
    if word in _WHOLE:
        return _WHOLE[word]
    for pattern, repl, needs, more in _REWRITES_NEEDS:
        if needs in word and (more is None or any(map(word.__contains__, more))):
            word = pattern.sub(repl, word)
    if word.startswith("y") and len(word) > 1:
        word = "j" + word[1:]  # a consonant y: keep it apart from the vowel
    word = word.translate(_SHORT).replace("h", "").replace("j", "y")
    return _REPEATS.sub(r"\1", word)


def vowel_sounds(word: str) -> str:
    """The vowel sounds of :func:`spoken` in order: ``"lights"`` -> ``"Y"``."""
    return "".join(_VOWEL_SOUND.findall(spoken(word)))


@lru_cache(maxsize=65536)
def compared(word: str) -> str:
    """:func:`spoken` with each sound written as two characters: a vowel twice (a
    recogniser keeps the vowel of a word and loses or swaps a consonant around it, so
    vowels weigh double), a consonant as its class and itself (a voicing swap costs
    half: "note" and "mode" are not one word)."""
    sounds = spoken(word)
    out = sounds.translate(_TWICE)  # (in C, not sound by sound)
    end = len(sounds) - 1
    if end > 0 and sounds[end] in "sz":  # ("likes" / "lights": the stop before a plural s)
        end -= 1
    if end >= 0 and sounds[end] in _STOPS:
        at = 2 * end
        out = out[:at] + _FINAL_STOP + out[at + 1:]
    return out


class _Twice(dict[int, str]):
    """Each sound of :func:`compared` as its two characters, worked out on first use."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        self[code] = out = (ch + ch if ch not in _CLASS and ch not in "lrwy" else
                            _CLASS.get(ch, ch.upper()) + ch)
        return out


_TWICE = _Twice()


FLOOR = 0.55
"""Edit-distance ratio of two phoneme strings at or below which the words meet at 0."""
CEILING = 0.95
"""Highest similarity of two differently spelled words (homophones): only the word
itself is an exact match."""


def _rescale(ratio: np.ndarray) -> np.ndarray:
    out = (ratio - FLOOR) / (1.0 - FLOOR)
    # (np.clip, as two ufuncs in place: np.clip reaches its ufunc through two Python
    # wrappers, which cost more than the clipping of a few ratios)
    np.maximum(out, 0.0, out=out)
    return np.minimum(out, CEILING, out=out)


SHORTEST = 3
"""Words of fewer letters are left to spelling: "on" and "off", "in" and "on" are
different words, however alike they sound."""
SHORT_ALIKE: dict[str, tuple[tuple[str, float], ...]] = {
    "or": (("all", 0.85),),
    # a number word written as a digit for the little word it sounds like
    "2": (("to", 0.85), ("too", 0.85)), "to": (("2", 0.85),),
    "4": (("for", 0.85),), "for": (("4", 0.85),),
}
"""The few short words a recogniser writes for another, heard -> (taught word,
similarity): "or lights off" is "all lights off", "time 2 read" is "time to read"
(spelling says nothing of it; such a word never names a routine on its own)."""


@lru_cache(maxsize=65536)
def _syllables(word: str, short: int = -1) -> int:
    """Vowel sounds of ``word``, or ``short`` for a word of too few letters."""
    if word.isdigit() and int(word) in _NUMBERS:
        word = _NUMBERS[int(word)]
    return len(_VOWEL_SOUND.findall(spoken(word))) if len(word) >= SHORTEST else short


def spoken_similarity(a: str, b: str) -> float:
    """How alike two words sound by their phoneme strings, in 0..1, as
    :class:`SpokenVocab` lifts them (words of as many syllables, neither too short)."""
    if a == b:
        return 1.0
    if _syllables(a, -2) != _syllables(b):
        return 0.0
    ratio = fuzz.ratio(compared(a), compared(b)) / 100.0
    return float(_rescale(np.array([ratio], dtype=np.float32))[0])


class SpokenVocab:
    """Phoneme strings of a vocabulary, and heard words' similarity to all of them.

    Only words of as many vowel sounds meet (a recogniser keeps the syllables:
    "disarm" is not a mishearing of "arm"), and only words of :data:`SHORTEST`
    letters or more.
    """

    def __init__(self, vocab: Sequence[str]) -> None:
        groups: dict[int, list[int]] = {}
        for i, word in enumerate(vocab):
            groups.setdefault(_syllables(word), []).append(i)
        groups.pop(-1, None)
        at = {w: i for i, w in enumerate(vocab)}
        self._short = {heard: [(at[w], v) for w, v in alike if w in at]
                       for heard, alike in SHORT_ALIKE.items()}
        self._groups = {n: (np.array(cols, dtype=np.intp), [compared(vocab[i]) for i in cols])
                        for n, cols in groups.items()}
        # (the letters of each group's strings: a heard word is compared only with those
        # whose ratio may reach the cutoff; the rest would give 0 and lift nothing)
        self._letters = {n: LetterMasks(strings) for n, (_, strings) in self._groups.items()}

    def lift(self, sim: np.ndarray, words: Sequence[str], said: Sequence[str]) -> None:
        """Raise ``sim`` (rows: ``words``, stemmed; columns: the vocabulary) in place to
        the spoken similarity where that is higher; ``said`` are the words as heard,
        compared too where they differ from the stem ("knows" / "noise")."""
        cutoff = FLOOR * 100.0
        # (the words of one syllable count meet their group in one call: a call converts
        # the group's strings again, which costs more than the comparisons themselves)
        asked: dict[int, list[tuple[int, list[str]]]] = {}
        for k, word in enumerate(words):
            for col, value in self._short.get(word, ()):
                sim[k, col] = max(sim[k, col], value)
            group = _syllables(word, -2)
            if group not in self._groups:
                continue
            queries = [compared(word)]
            if said[k] != word:
                queries.append(compared(said[k]))
            asked.setdefault(group, []).append((k, queries))
        for group, rows in asked.items():
            cols, every = self._groups[group]
            strings: Sequence[str] = every
            if len(rows) < _BLOCK and self._letters[group].usable:
                # (only the strings each query may reach the cutoff with: the others give 0,
                # which lifts nothing)
                letters = self._letters[group]
                if len(rows) == 1 and len(rows[0][1]) == 1:
                    # (one word, heard as its stem: most new words; its own bound alone)
                    near = (letters.reach(rows[0][1][0]) > FLOOR - MARGIN).nonzero()[0]
                else:
                    reach = np.zeros(len(strings), dtype=bool)
                    for _, queries in rows:
                        for q in queries:
                            reach |= letters.reach(q) > FLOOR - MARGIN
                    near = reach.nonzero()[0]
                if not near.size:
                    continue
                cols = cols.take(near)
                strings = picked(strings, near)
            ratio = process.cdist([q for _, queries in rows for q in queries], strings,
                                  scorer=fuzz.ratio, score_cutoff=cutoff)  # (float32)
            if len(rows) >= _BLOCK:
                _lift_block(sim, rows, cols, ratio)
                continue
            at_row = 0
            for k, queries in rows:
                best = ratio[at_row] if len(queries) == 1 else \
                    ratio[at_row:at_row + len(queries)].max(axis=0)
                at_row += len(queries)
                near = best.nonzero()[0]
                if near.size > _FEW:
                    at = cols[near]
                    sim[k, at] = np.maximum(sim[k, at], _rescale(best[near] / 100.0))
                elif near.size:
                    # (a new word sounds like a few words: each raised by itself, its ratio
                    # rescaled once per process, not by eight array operations)
                    row = sim[k]
                    for col, r in zip(cols.take(near).tolist(), best.take(near).tolist(),
                                      strict=True):
                        raised = _RESCALED.get(r)
                        if raised is None:
                            raised = _RESCALED[r] = _rescaled(r)
                        if raised > row[col]:
                            row[col] = raised


_FEW = 8
"""A heard word like at most this many words of its group raises them one by one."""
_RESCALED: dict[float, np.float32] = {}
"""Each ratio met (0..100, a float32's value), rescaled (:func:`_rescaled`): a ratio is
twice a common length over a sum of lengths, so a few thousand ever occur."""


def _rescaled(ratio: float) -> np.float32:
    """:func:`_rescale` of one ratio (0..100) as the array it raises would rescale it, to
    the bit: the same float32 operations in the same order (a float32 array meets a
    Python number as a float32)."""
    out = (np.float32(ratio) / np.float32(100.0) - np.float32(FLOOR)) / np.float32(1.0 - FLOOR)
    out = max(out, np.float32(0.0))
    return min(out, np.float32(CEILING))


_BLOCK = 8
"""Words of one syllable count lifted as one block (:func:`_lift_block`) from this many
(the taught words, when an index is built); fewer, as an utterance says, word by word."""


def _lift_block(sim: np.ndarray, rows: list[tuple[int, list[str]]], cols: np.ndarray,
                ratio: np.ndarray) -> None:
    """:meth:`SpokenVocab.lift` of many words of a group at once: each word's best ratio
    (of its stem and its form as heard), rescaled, raises its row in the group's columns.
    The same numbers as word by word: a ratio under the cutoff is 0, rescaled to 0, and a
    row's similarities are 0 or more, so the maximum leaves them as they were."""
    starts = np.cumsum([0] + [len(queries) for _, queries in rows[:-1]])
    best = ratio if len(starts) == len(ratio) else np.maximum.reduceat(ratio, starts, axis=0)
    at = np.ix_(np.array([k for k, _ in rows], dtype=np.intp), cols)
    sim[at] = np.maximum(sim[at], _rescale(best / 100.0))

