"""An utterance with a word said twice in a row said once.

A recogniser repeats a word, and a speaker stammers one, without a pause between the
copies: "bath bath time", "lock the the workshop", "shutte shutte rs", "heatink heatink
on". The copy is no word of its own, whichever word it is (content or function word,
misheard or not), and beside an aside it keeps every reader of asides, which reads a
taught phrase said as taught, from finding the phrase. :mod:`_said_twice` and
``_carriers.doubled`` read the copy once inside one reading of the phrase; this reads it
once in the whole text, so that every reader (of asides, of misheard words, of cues)
reads the utterance as if said once, and the resolver runs it only as it would the
utterance said so (the cues are still there: "don't don't lights off" is "don't lights
off").

A word said three times in a row is no stammer ("kettle kettle kettle on", "row, row,
row your boat"); a pause or other punctuation between the copies says it again on
purpose ("lights off? off?", "no, no, lights on"); a number said twice may be two
numbers ("ten ten" is a time), so only words of letters are read once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz.distance import Levenshtein

from teachapp.understanding.phonetic import phonetic_key

__all__ = ["LIKE", "copies_heard_in", "stammered", "unstammered"]

LIKE = 0.6
"""How like a word of the phrase a word said twice is, at least, when not a piece of one
(split: "shutte shutte rs") nor one run into another (joined: "pieron pieron"): "nikht"
(0.6 like "night"), "missage" (0.86 like "message"), "end" (0.67 like "and"); not "tea"
for "tide" (0.5), the first word of another phrase said twice."""

KEYED = 2
"""Sounds a sound key has, at least, to say a copy is a phrase word misheard: one sound is
shared by too many words ("tea" and "tide" are both "t")."""
_PAUSE = re.compile(r"[,;:!?.\u2026]+|\s[-\u2013\u2014]+\s")
"""Punctuation that sets words apart."""
_WORDS = re.compile(r"[\w']+")

_WORD = r"[^\W\d_](?:[^\W\d_]|')*"
"""A word of letters (an apostrophe inside: "kwame's")."""
_TWICE = re.compile(rf"(?<![\w'])({_WORD})(?:[ \t]+\1)(?![\w'])", re.IGNORECASE)
"""A word and its copy right after it, with only spaces between (no pause)."""
_THRICE = re.compile(rf"(?<![\w'])({_WORD})(?:[ \t]+\1){{2,}}(?![\w'])", re.IGNORECASE)
"""A word said three times or more in a row: no stammer, kept as said."""


def _twice(text: str) -> list[re.Match[str]]:
    """The words said twice in a row in ``text`` (not three times or more)."""
    kept = [m.span() for m in _THRICE.finditer(text)]
    return [m for m in _TWICE.finditer(text) if not any(a <= m.start() < b for a, b in kept)]


def stammered(text: str) -> list[str]:
    """The words of ``text`` said twice in a row with no pause between, lower case."""
    return [m.group(1).lower() for m in _twice(text)]


def _heard_as(copy: str, word: str) -> bool:
    """Whether ``copy`` may be the phrase's ``word`` heard with errors: the word, a piece
    of it (split), it with another run into it (joined), at least :data:`LIKE` like it, or
    with its sound key of :data:`KEYED` sounds at least ("gail" for "gale")."""
    return (copy == word or (len(copy) > 1 and (word.startswith(copy) or word.endswith(copy)))
            or (len(word) > 1 and word in copy)
            or Levenshtein.normalized_similarity(copy, word) >= LIKE
            or (len(key := phonetic_key(copy)) >= KEYED and key == phonetic_key(word)))


def copies_heard_in(text: str, phrase: Sequence[str], function: frozenset[str],
                    asides: bool = True) -> bool:
    """Whether each word of ``text`` said twice is a word of ``phrase`` heard with errors
    (:func:`_heard_as`) and goes on, when it goes on with no pause, into a word of it or a
    ``function`` word; or is said between pauses apart from every word of it (a copy in an
    aside: "zoom zoom, shop shop sign on"). A phrase runs for the utterance said once only
    so: a copy said with it is then the phrase's own word, not the first word of another
    request ("tea tea tim" is not "tide time"), nor one said again before a word of another
    ("spa evening evening party" asks for a party). ``asides``: whether a copy in an aside
    is allowed; not when the text said once is read by every reader, where a word said
    twice apart from the phrase may be a formula of its own ("knock knock, who's there?")."""
    for piece in _PAUSE.split(text):
        words = [w.replace("'", "") for w in _WORDS.findall(piece.lower())]
        if not any(_heard_as(w, p) for w in words for p in phrase):
            if not asides and _twice(piece):
                return False
            continue
        for m in _twice(piece):
            copy = m.group(1).lower().replace("'", "")
            after = _WORDS.findall(piece[m.end():].lower())[:1]
            if not any(_heard_as(copy, w) for w in phrase) or any(
                    a not in function and not any(_heard_as(a.replace("'", ""), w)
                                                  for w in phrase) for a in after):
                return False
    return True


def unstammered(text: str) -> str:
    """``text`` with each word said twice in a row, with no pause between, said once
    ("bath bath time, the kids are filthy" -> "bath time, the kids are filthy"); a word
    said three times or more, and a word said again after a pause, are kept; ``text``
    itself when no word is said twice."""
    out: list[str] = []
    at = 0
    for m in _twice(text):
        out += [text[at:m.start()], m.group(1)]
        at = m.end()
    return "".join(out) + text[at:] if out else text
