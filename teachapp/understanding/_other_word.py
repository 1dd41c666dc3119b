"""Whether a heard word that stands where a taught word should is another English word,
not that word misheard: "charge the power bank" is not "charge the power tank".

The recogniser is open-vocabulary: it writes words it knows. A word heard in the taught
word's place that is no word at all ("leghts") can only be the taught one misheard; a real
word can be either, and its sounds tell which:

- **another stop first**: a word of one syllable that opens with an oral stop made at
  another place than the taught word's ("bank" for "tank": lips, not the tongue tip; "tea"
  for "bed" as the head of a compound, "teatime" for "bedtime"). A stop's place is heard
  in its burst and in the vowel after it, and in a word of one syllable the onset is a
  third of what is said. The place of a fricative, a liquid or a nasal is what
  recognisers do blur ("kill" for "chill", "throw" for "grow", "red" for "bed", "night"
  for "light", "map" for "nap"), as is a voicing contrast ("dime" for "time", which
  :mod:`phonetic` merges), and in a longer word the later syllables carry most of it
  ("cable" for "table"): those stay mishearings. So does a word that is the taught one
  with a consonant put before it ("tread" of "read").
- **a far word, the vowel at the other end**: a real word far from the taught one in
  spelling and sound (below :data:`FAR`) whose first vowel is made at the other end of the
  mouth, front against back (Ladefoged & Johnson 2015, "A Course in Phonetics", 4), says
  another thing ("pots" for "beds"): a contrast recognisers seldom lose, as
  :mod:`_name_sounds` reads names ("cell" for "call", nearer, stays a mishearing).

- **another compound of one part**: two compounds that share their head or their tail and
  whose other parts are two words neither written nor said alike ("netball" for
  "football", "bathtime" for "bedtime", "sunrise" for "sunset"): the part that differs
  picks another kind (Quirk et al. 1985, "A Comprehensive Grammar of the English
  Language", I.57). "Humework" of "homework" (its part written alike) stays a mishearing.
- **the head inflected**: a real word that is a taught compound's head with an ending of
  its own, a verb's past or ing form or a plural ("bedded" of "bedtime", "lunches" of
  "lunchtime"): the head said as a word, the ending where the tail was.
- **far in every way**: a real word of two syllables or more, far from the taught one (of
  two or more too) in spelling (below :data:`APART_SPELLING`) and more than one contrast
  from it in sound (:mod:`_sounds_apart`: "ginger's" or "jupiter's" for "juniper's",
  "puppy" for "baby", "pipkin" for "pickwick"). Two contrasts in a word of one syllable
  are two of its three sounds, which recognisers do get wrong ("cell" for "call"): the
  stop test reads those. Nor is a word cut short or grown at an edge ("muse" of "music",
  "come" of "welcome", "song" of "on"), or one that keeps the taught word's first syllable
  and loses its end ("ship" of "shift"), another word: recognisers clip words.

- **another time**: a noun that names a time of the clock ("noon", "midnight") in a
  taught number's place ("football at noon" of "football at nine"): another time, as
  another number is (the resolver's ``_other_number``), however alike they sound.

A heard word that is no dictionary word but a possessive or plural of one ("gingers", as
"ginger's" is tokenised) is read as that word.

Words are read by their sounds in the CMU Pronouncing Dictionary (Carnegie Mellon
University, BSD licence), which PocketSphinx, a dependency of teachapp's speech input,
ships; without it the test is off (any word may be a mishearing). Its pronunciations carry
no stress marks: the first vowel stands for the stressed one, as it is in most English
words of two syllables.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from teachapp.understanding._sounds_apart import APART, contrasts
from teachapp.understanding._stressed import apart_at_stress

__all__ = ["APART_SPELLING", "ENDINGS", "FAR", "as_word", "clipped", "heard_pronunciation", "load",
           "other_word", "pronunciation", "two_words"]

FAR = 0.3
"""Word similarity (:mod:`_words`) below which a real word whose first vowel is made at
the other end of the mouth is another word ("pots" / "beds" meet at 0.22; "cell" /
"call", a vowel misheard in a word otherwise alike, at 0.4)."""

APART_SPELLING = 0.42
"""Word similarity (:mod:`_words`) below which a real word more than one contrast from the
taught one in sound is another word ("jupiter" / "juniper" meet at 0.417; "cell" /
"call", which a recogniser writes for each other, at 0.444)."""
_PART_ALIKE = 0.5
"""Spelling similarity (normalised Levenshtein) at and above which the differing parts of
two compounds are written alike ("hume" / "home", 0.75; "bath" / "bed", 0.25)."""
_PART_APART = 1.5
"""Contrasts (:mod:`_sounds_apart`) at and past which two parts of compounds are said
apart ("bath" / "bed", 1.5; "hume" / "home" too, but written alike)."""
_COMPOUND_SPELLING = 0.8
"""Word similarity at and above which a heard word is the taught one misspelt, however its
letters split into words ("clipers" of "clippers"; "bathtime" / "bedtime" meet at 0.74)."""
_PART = 3
"""Fewest letters of a part of a compound ("net", "sun"; not "th" of "thyme")."""
_CUT = 1.0
"""Contrasts within which a word is another's edge: the rest of it cut off."""

_CLOCK_NOUNS = {"noon": frozenset({"12"}), "midday": frozenset({"12"}),
                "midnight": frozenset({"12", "0", "00", "24"})}
"""Nouns that name a time of the clock (Quirk et al. 1985, 9.37: "at noon", "at
midnight"), with the hours they are."""

_STOPS = {"P": "lips", "B": "lips", "T": "tongue tip", "D": "tongue tip", "K": "tongue back",
          "G": "tongue back"}
"""The oral stops by where they close the mouth. A stop's place is heard in its burst and in
the vowel's onset after it; the place of a fricative, an affricate, a liquid or a nasal is
what recognisers blur ("kill" for "chill", "throw" for "grow", "red" for "bed", "night" for
"light", "map" for "nap"): only two stops of other places tell two words apart."""
_STOP_LETTERS = frozenset("bcdgkpqt")
"""The letters a word that opens with a stop opens with ("ch" of "christmas" and "gh" of
"ghost" too)."""
_FRONT = frozenset(("IY", "IH", "EY", "EH", "AE"))
_BACK = frozenset(("UW", "UH", "OW", "AO", "AA"))
"""Vowel phonemes made at the front and at the back of the mouth; the central ones ("AH",
"ER") and the diphthongs are on neither side."""
_VOWELS = _FRONT | _BACK | frozenset(("AH", "ER", "AY", "AW", "OY"))
ENDINGS = ("", "s", "e", "es", "ing", "ed")
"""Endings a stemmed taught word may have lost ("light" of "lights", "arriv" of
"arriving")."""
_HEAD = 2
"""Fewest letters of a compound's head, and (plus one) of its tail."""


@lru_cache(maxsize=1)
def _dictionary() -> str:
    """The pronouncing dictionary's text, a word and its phonemes a line, in the order of
    its words (another pronunciation of a word, "word(2)", on the line after it); empty
    when PocketSphinx is not installed. Read on first use and searched by halves: three
    and a half megabytes held as read, not a table of its 126,000 words (45 MB, and a
    second to build)."""
    spec = importlib.util.find_spec("pocketsphinx")
    roots = (spec.submodule_search_locations or ()) if spec is not None else ()
    for root in roots:
        path = Path(root) / "model" / "en-us" / "cmudict-en-us.dict"
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return ""


def load() -> None:
    """Read the dictionary now (a few tens of milliseconds, once per process): when a home
    is indexed, not while someone waits for the first answer."""
    _groups()


@lru_cache(maxsize=8192)
def pronunciation(word: str) -> tuple[str, ...] | None:
    """The phonemes of ``word`` (its first pronunciation, without stress marks) when it is
    an English word, None when it is not one."""
    text = _dictionary()
    if not word or not _PLAIN.isdisjoint(word):
        return _halved(text, word)  # (no line is keyed so: searched by halves, as ever)
    # (found in C among the lines of the words of its first two letters, not by seventeen
    # halvings in Python: a new word met in a resolve cost a tenth of its Python steps;
    # the same line, as one line holds a word as its own key)
    group = _groups().get(word[:2])
    if group is None:
        return None  # (no word begins so)
    lo, hi = group
    if lo == 0 and text.startswith(word + " "):
        found = 0
    else:
        lo, hi = _narrowed(text, word, lo, hi)
        found = text.find("\n" + word + " ", max(lo - 1, 0), hi)
        if found < 0:
            return None
        found += 1
    space = found + len(word)
    end = text.find("\n", space)
    return tuple(p.rstrip("012") for p in text[space + 1:len(text) if end < 0 else end].split())


_SCANNED = 8192
"""Characters of a group searched whole for a word's line, at most: the groups of common
first letters ("co", "st", "ma") hold up to a hundred kilobytes, scanned whole for each
new word met. (Counted by callgrind over words of "co": 89 k instructions a word searched
whole, 67 k halved down to 2,048 characters, 58 k to 8,192 or 16,384, 66 k to 32,768.)"""


def _narrowed(text: str, word: str, lo: int, hi: int) -> tuple[int, int]:
    """The lines ``lo`` to ``hi`` of a group halved, as :func:`_halved` halves the
    dictionary, until at most :data:`_SCANNED` characters are left that hold ``word``'s
    line if any: only lines of words before it are dropped from the front, and from the
    back only lines after one of a word it comes at or before."""
    while hi - lo > _SCANNED:
        mid = (lo + hi) // 2
        start = text.rfind("\n", lo, mid) + 1 or lo
        space = text.find(" ", start)
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        key = text[start:space] if 0 <= space < end else text[start:end]
        if key.partition("(")[0] < word:
            lo = end + 1
        elif end + 1 < hi:
            hi = end + 1
        else:
            break  # (one line longer than the rest: searched as it is)
    return lo, hi


def heard_pronunciation(word: str) -> tuple[str, ...] | None:
    """The pronunciation of a heard word, or of it without a plural's or possessive's
    "s" ("dottys" of "dotty's"): one reading for the readers that compare a heard word
    with a taught one by sound (``_unlike_word``, ``_hinted_word``)."""
    found = pronunciation(word)
    if found is None and word.endswith("s"):
        found = pronunciation(word[:-1])
    return found


_PLAIN = frozenset(" \n(")
"""Characters no key of the dictionary holds but a numbered one's "(": a word holding one
is looked up by halves, which never finds it."""
_LAST = chr(0x10FFFF)
"""After every character: the words of a group are at or after its letters and before
them followed by this."""


@lru_cache(maxsize=1)
def _groups() -> dict[str, tuple[int, int]]:
    """The first two letters of the dictionary's words -> where the lines of the words that
    begin with them begin and end (its words are in order: a group is one run of lines),
    found group after group when the dictionary is read (some ten milliseconds)."""
    text, groups, at = _dictionary(), {}, 0
    while at < len(text):
        space = text.find(" ", at)
        head = text[at:space if space >= 0 else len(text)].partition("(")[0][:2]
        # (a word of one letter is a group of its own: the words after it are longer)
        end = _first_line(text, head + (_LAST if len(head) == 2 else "\0"))
        groups[head] = (at, end)
        at = end
    return groups


def _first_line(text: str, target: str) -> int:
    """Where the first line of the dictionary whose word (without its number) is
    ``target`` or after it begins (``len(text)`` when none is)."""
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi) // 2
        start = text.rfind("\n", lo, mid) + 1 or lo
        space = text.find(" ", start)
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        key = text[start:space] if 0 <= space < end else text[start:end]
        if key.partition("(")[0] < target:
            lo = end + 1
        else:
            hi = start
    return min(lo, len(text))


def _halved(text: str, word: str) -> tuple[str, ...] | None:
    """:func:`pronunciation` by halves over the whole dictionary (the plain search, kept
    for the words no key is: ``tests/test_resolver_fast_paths_ninth.py`` checks both
    find every word alike)."""
    lo, hi = 0, len(text)  # (line starts; the word's line, if any, is between them)
    while lo < hi:
        mid = (lo + hi) // 2
        start = text.rfind("\n", lo, mid) + 1 or lo
        space = text.find(" ", start)
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        key = text[start:space] if 0 <= space < end else text[start:end]
        base = key.partition("(")[0]
        if base < word:
            lo = end + 1
        elif base > word or key != word:  # (after it, or another pronunciation of it)
            hi = start
        else:
            return tuple(p.rstrip("012") for p in text[space + 1:end].split())
    return None


def as_word(taught: str) -> str | None:
    """The dictionary word a stemmed taught word is, if any ("arriv" -> "arrive")."""
    for ending in ENDINGS:
        if pronunciation(taught + ending) is not None:
            return taught + ending
    return None


def _heads(heard: str, taught: str) -> tuple[str, str] | None:
    """The heads of two compounds of one tail ("teatime", "bedtime" -> "tea", "bed"), when
    ``heard`` is no word itself but two."""
    for k in range(_HEAD, len(heard) - _HEAD):
        head, tail = heard[:k], heard[k:]
        rest = taught[:-len(tail)]
        if (taught.endswith(tail) and len(rest) >= _HEAD and head != rest
                and all(pronunciation(w) is not None for w in (tail, head, rest))):
            return head, rest
    return None


def two_words(word: str) -> list[tuple[str, str]]:
    """Every way ``word`` is two dictionary words of :data:`_PART` letters or more each."""
    return [(word[:k], word[k:]) for k in range(_PART, len(word) - _PART + 1)
            if pronunciation(word[:k]) is not None and pronunciation(word[k:]) is not None]


def _other_compound(heard: str, word: str) -> bool:
    """Whether ``heard`` and the taught ``word`` are two compounds that share a part and
    whose other parts are neither written nor said alike ("netball" / "football")."""
    for head, tail in two_words(heard):
        for taught_head, taught_tail in two_words(word):
            if head == taught_head and tail != taught_tail:
                a, b = tail, taught_tail
            elif tail == taught_tail and head != taught_head:
                a, b = head, taught_head
            else:
                continue
            said, meant = pronunciation(a), pronunciation(b)
            if (said and meant and Levenshtein.normalized_similarity(a, b) < _PART_ALIKE
                    and contrasts(said, meant) >= _PART_APART):
                return True
    return False


_INFLECTIONS = ("ed", "ing", "s", "es")
"""Endings English inflects a verb or a noun with (a consonant before "ed" and "ing" may be
doubled: "bedded", "napping")."""


def _inflected_head(heard: str, word: str) -> bool:
    """Whether the dictionary word ``heard`` is the head of the taught compound ``word``
    inflected ("bedded" of "bedtime", "bathing" of "bathtime", "lunches" of "lunchtime"):
    the head said as a word of its own, a verb's past or an ing form or a plural, whose
    ending takes the tail's place; not the compound with its tail misheard."""
    if pronunciation(heard) is None:
        return False
    for head, tail in two_words(word):
        rest = heard[len(head):]
        if not heard.startswith(head) or not rest or tail.startswith(rest):
            continue
        if rest in _INFLECTIONS or (rest[0] == head[-1] and rest[1:] in ("ed", "ing")):
            return True
    return False


def clipped(said: tuple[str, ...], meant: tuple[str, ...]) -> bool:
    """Whether one pronunciation is the other cut at an edge ("muse" of "music", "come"
    of "welcome"), or keeps its first syllable's onset and vowel and loses its end ("ship"
    of "shift")."""
    short, long = (said, meant) if len(said) <= len(meant) else (meant, said)
    n = len(short)
    if contrasts(short, long[:n]) <= _CUT or contrasts(short, long[-n:]) <= _CUT:
        return True
    first = next((k for k, p in enumerate(said) if p in _VOWELS), None)
    return (len(said) < len(meant) and first is not None
            and said[:first + 1] == meant[:first + 1])


def _far(heard: str, word: str, similarity: float) -> bool:
    """Whether the real word ``heard`` is far from the taught ``word`` in spelling and in
    sound, and no edge of it (see :func:`other_word`)."""
    if similarity >= APART_SPELLING:
        return False
    said, meant = pronunciation(heard), pronunciation(word)
    if not said or not meant or len(_vowels(said)) < 2 or len(_vowels(meant)) < 2:
        return False  # (a word of one syllable: the stop test above reads it)
    # (words of the same vowels differ in consonants alone, which recognisers blur more:
    # two contrasts, "tardy" is "party" misheard)
    apart = APART if _vowels(said) != _vowels(meant) else 2 * APART - 1
    return contrasts(said, meant) >= apart and not clipped(said, meant)


def _vowels(said: tuple[str, ...]) -> list[str]:
    return [p for p in said if p in _VOWELS]


def _side(vowel: str) -> str:
    return "front" if vowel in _FRONT else "back" if vowel in _BACK else ""


@lru_cache(maxsize=8192)
def other_word(heard: str, taught: str, similarity: float) -> bool:
    """Whether ``heard``, said where the taught word ``taught`` (stemmed, as the phrase
    index keeps it) was expected and met at ``similarity``, is another English word, not
    ``taught`` misheard (see the module docstring): "bank" of "tank", "teatime" of
    "bedtime", "pots" of "beds"; not "thinner" of "dinner", "mood" of "mode", "cable" of
    "table", nor "leghts" (no word) of "lights"."""
    if not heard.isalpha() or heard == taught:
        return False
    if taught.isdigit():
        hours = _CLOCK_NOUNS.get(heard)
        return hours is not None and taught not in hours  # ("noon" is "12")
    if _sounds_other(heard, taught, similarity) or _stressed_other(heard, taught, similarity):
        return True
    if not (similarity < FAR or (heard[0] != taught[0] and heard[0] in _STOP_LETTERS
                                 and taught[0] in _STOP_LETTERS)):
        return False  # (neither test can hold: no dictionary look-up)
    word = as_word(taught)
    if word is None or word == heard:
        return False
    said = pronunciation(heard)
    if said is None:
        heads = _heads(heard, word)
        if heads is None:
            return False
        heard, word = heads
        said = pronunciation(heard)
    meant = pronunciation(word)
    if not said or not meant:
        return False
    vowels, taught_vowels = _vowels(said), _vowels(meant)
    if len(vowels) != len(taught_vowels) or not vowels:
        return False
    onset, taught_onset = _STOPS.get(said[0]), _STOPS.get(meant[0])
    if (len(vowels) == 1 and onset and taught_onset and onset != taught_onset
            and heard[0] != word[0] and said[1] != meant[0] and meant[1] != said[0]):
        return True  # (the onset made elsewhere, not grown by a consonant: "tread", "read")
    if similarity < FAR:
        a, b = _side(vowels[0]), _side(taught_vowels[0])
        return bool(a and b and a != b)
    return False


def _stressed_other(heard: str, taught: str, similarity: float) -> bool:
    """The stressed-syllable test (:mod:`_stressed`): a real word whose stressed syllable
    is another ("shutters" of "blinds", "chai" of "tea")."""
    if similarity >= _COMPOUND_SPELLING or heard[0] == taught[0] or len(heard) < _PART:
        return False  # (written with the taught word's first letter: "cell" of "call")
    word = as_word(taught)
    if word is None or word == heard:
        return False
    said, meant = pronunciation(heard), pronunciation(word)
    if said is None and heard.endswith("s") and pronunciation(heard[:-1]) is not None:
        said = pronunciation(heard[:-1])  # (a possessive or a plural: "scouts" of "scout's")
    return bool(said and meant and apart_at_stress(said, meant) and not clipped(said, meant))


def _sounds_other(heard: str, taught: str, similarity: float) -> bool:
    """The compound and the far-word tests of :func:`other_word` (the module docstring)."""
    if similarity >= _COMPOUND_SPELLING:
        return False  # (written as the taught word, or nearly: neither test can hold)
    compound = min(len(heard), len(taught)) >= 2 * _PART and (
        heard[:_PART] == taught[:_PART] or taught[-_PART:] in heard)
    if not compound and similarity >= APART_SPELLING:
        return False  # (no part shared, nor far: no dictionary look-up)
    word = as_word(taught)
    if word is None or word == heard:
        return False
    if pronunciation(heard) is None and heard.endswith("s") and not word.endswith("s") \
            and pronunciation(heard[:-1]) is not None:
        heard = heard[:-1]  # (a possessive or a plural: "gingers" of "ginger's")
        if heard == word:
            return False
    said, meant = pronunciation(heard), pronunciation(word)
    if said and meant and contrasts(said, meant) < APART:
        return False  # (said alike, spelled apart: "theater", "theatre")
    return ((compound and (_other_compound(heard, word) or _inflected_head(heard, word)))
            or _far(heard, word, similarity))
