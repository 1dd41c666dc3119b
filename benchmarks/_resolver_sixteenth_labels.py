"""The label guards of the sixteenth held-out resolver set
(benchmarks/_resolver_sixteenth.py): the shared rules of
benchmarks/_resolver_blind_labels.py over this set's own tables
(benchmarks/_resolver_sixteenth_text.py). Every stretch of words one of its wrappers
says around a phrase ("see ya later alligator", "dad, where's my - oh", "elbow deep in
ink") is wrapping wherever it is said, as are its particles ("abeg", "jare", "innit")
and its sounds ("haaah", "ssshh"). Recogniser-style errors of its own: two words written
as one ("hottub"), a word split ("fog horn"), a name heard as a word ("kofi" as
"coffee"), a spelling ("autoclav", "subtitels"). Tuning must not open this file.
"""

from __future__ import annotations

from _resolver_blind_labels import Labels, Tables
from _resolver_sixteenth_text import (
    GLUED,
    MULTI_WRAPPING,
    NAMES,
    NUMBERS,
    SAME_REQUEST,
    SIXTEENTH_SOUND_ALIKE,
    SPELLINGS,
    SYNONYMS,
    WRAPPER_WORDS,
)

LABELS = Labels(Tables(
    multi_wrapping=MULTI_WRAPPING, wrapper_words=WRAPPER_WORDS, synonyms=SYNONYMS,
    same_request=SAME_REQUEST, names=NAMES, numbers=NUMBERS,
    sound_alike=SIXTEENTH_SOUND_ALIKE, glued=GLUED, spellings=SPELLINGS,
    not_a_thing={"who's", "what's", "when's", "whose", "it's", "we're", "heat", "ring",
                 "tell", "feed", "take", "read", "play", "sound", "run", "print", "send",
                 "post", "dry", "lock", "unlock", "call", "message", "text", "open", "up",
                 "down", "many", "much", "first", "second", "next", "big", "two", "three",
                 "four", "five", "six", "eight", "nine", "ten", "eleven", "due", "booked",
                 "ready", "round", "arrive"}))
"""The sixteenth set's labels (its guards are this object's methods)."""

__all__ = ["LABELS"]
