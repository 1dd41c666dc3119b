"""The label guards of the fourteenth held-out resolver set
(benchmarks/_resolver_fourteenth.py): the shared rules of
benchmarks/_resolver_blind_labels.py over this set's own tables
(benchmarks/_resolver_fourteenth_text.py). Every stretch of words one of its wrappers
says around a phrase ("wrong end of the stick", "mummy's busy, sweetpea", "crying
laughing emoji") is wrapping wherever it is said, as are its particles ("lah", "eish")
and slang ("bruh", "fr"). Recogniser-style errors of its own: two words written as one
("woodstove"), an article dropped, a spelling ("deisel", "rehersal"). Tuning must not
open this file.
"""

from __future__ import annotations

from _resolver_blind_labels import Labels, Tables
from _resolver_fourteenth_text import (
    FOURTEENTH_SOUND_ALIKE,
    GLUED,
    MULTI_WRAPPING,
    NAMES,
    NUMBERS,
    SAME_REQUEST,
    SPELLINGS,
    SYNONYMS,
    WRAPPER_WORDS,
)

LABELS = Labels(Tables(
    multi_wrapping=MULTI_WRAPPING, wrapper_words=WRAPPER_WORDS, synonyms=SYNONYMS,
    same_request=SAME_REQUEST, names=NAMES, numbers=NUMBERS,
    sound_alike=FOURTEENTH_SOUND_ALIKE, glued=GLUED, spellings=SPELLINGS,
    not_a_thing={"who's", "what's", "when's", "whose", "i'm", "it's", "heat", "ring",
                 "tell", "feed", "take", "read", "unlock", "play", "stream", "count", "dry",
                 "haul", "check", "mix", "bank", "pull", "back", "low", "high", "many",
                 "waiting", "going", "come", "rough", "down", "two", "four", "six", "ten",
                 "text", "message", "call", "open"}))
"""The fourteenth set's labels (its guards are this object's methods)."""

__all__ = ["LABELS"]
