"""A phrase said right after a noun of quoted words is that noun's content, no request: "the
kids copy the school caretaker's saying, close the blinds" says what the kids say (the
saying *is* "close the blinds"), as "grandad's motto: lights off" says his motto.

A noun whose content is words ("saying", "motto", "catchphrase", "slogan") followed at
once by more words takes them in apposition (Quirk et al. 1985, 17.65-17.68 on
apposition, 17.91 on the appositive of a noun of speech: "the slogan 'Buy British'"):
they name which saying, and are quoted, not asked. Read as a request after a remark ("...
the caretaker's saying. close the blinds") the utterance is at best ambiguous, so a run
is taken back (a row of :data:`_taken_back.READERS`, as someone else's words), whichever
reader would run it.

Only a noun of quoted words said right before the phrase, with a pause or without, and
not after "just" ("i'm just saying, ..." is the speaker's own hedge). Not "words" or
"phrase", which a speaker may say of their own request ("in other words, ...", "the magic
words, ..."), nor "line" ("bottom line, ..."). A song's part ("the folk song's chorus,
...", "the second verse, ...") is such a noun: its content is the words sung; not one
pointed at ("i love this verse. lights out": the song playing, remarked on).
"""

from __future__ import annotations

import re

from teachapp.understanding._run_read import RunRead
from teachapp.understanding._trigger import Trigger

__all__ = ["QUOTED_NOUNS", "TRIGGER", "apposed", "heard_quoted"]

SONG_PARTS = frozenset({"chorus", "choruses", "verse", "verses", "lyric", "lyrics"})
"""A song's parts, whose content is the words sung (as :mod:`_sung` names them; not
"line")."""
QUOTED_NOUNS = frozenset({
    "saying", "sayings", "motto", "mottos", "mottoes", "catchphrase", "catchphrases",
    "slogan", "slogans", "mantra", "mantras", "refrain", "proverb", "adage", "maxim",
    "quote", "quotation", "punchline", "chant", "jingle", "byword", "watchword",
    "battlecry", "tagline", "password", "passphrase", "epitaph", "inscription",
    *SONG_PARTS,
})
"""Nouns whose content is words said or written by someone (OED senses of each: "a
saying", "a motto", ...). A song's parts are such nouns too ("everyone joined in the folk
song's chorus, bedside lamp": the chorus *is* "bedside lamp"), as :mod:`_sung` names them;
not "line" ("bottom line, ...")."""

_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
"""Before a song's part: the song now playing, pointed at (Quirk et al. 1985, 6.40 on
situational reference), and what follows is a remark's end or a request, no apposition."""

_CUE = re.compile(r"\b(?:" + "|".join(sorted(QUOTED_NOUNS)) + r")\b")
TRIGGER = Trigger(words=QUOTED_NOUNS)
"""The reader finds nothing unless one of the nouns is said (:data:`_CUE`'s words)."""


def heard_quoted(low: str) -> bool:
    """Whether the lower-cased text holds a noun of quoted words, without which
    :func:`apposed` finds nothing: most requests."""
    return _CUE.search(low) is not None


def apposed(read: RunRead) -> bool:
    """Whether the phrase ``read`` would run is said right after a noun of quoted words."""
    words, at = read.words, read.first_word
    if at >= len(words):
        return False
    # (back over the phrase's own words before its first content word: "the" of "the ...")
    function = read.lexicon.function_words
    lead = next((k for k, t in enumerate(read.phrase_words) if t not in function), 0)
    start = at - lead
    if start < 1 or words[start - 1] not in QUOTED_NOUNS:
        return False
    if start > 1 and words[start - 1] in SONG_PARTS and words[start - 2] in _DEMONSTRATIVES:
        return False  # (the song playing, remarked on: "i love this verse. lights out")
    return not (start > 1 and words[start - 2] == "just")
