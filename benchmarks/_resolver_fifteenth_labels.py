"""The label guards of the fifteenth held-out resolver set
(benchmarks/_resolver_fifteenth.py): the shared rules of
benchmarks/_resolver_blind_labels.py over this set's own tables
(benchmarks/_resolver_fifteenth_text.py). Every stretch of words one of its wrappers
says around a phrase ("and the crowd goes wild", "shiver me timbers", "make it so") is
wrapping wherever it is said, as are its greetings ("shwmae", "hola"), exclamations
("oy vey", "forsooth") and hiccups ("hic"). Recogniser-style errors of its own: two
words written as one ("henhouse", "glowplugs"), an article dropped, a spelling
("seminer", "liesure"). Tuning must not open this file.
"""

from __future__ import annotations

from _resolver_blind_labels import Labels, Tables
from _resolver_fifteenth_text import (
    FIFTEENTH_SOUND_ALIKE,
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
    sound_alike=FIFTEENTH_SOUND_ALIKE, glued=GLUED, spellings=SPELLINGS,
    not_a_thing={"who's", "what's", "where's", "whose", "i'm", "it's", "we're", "ring",
                 "tell", "feed", "take", "call", "message", "text", "email", "let", "open",
                 "print", "charge", "shut", "warm", "read", "walk", "sound", "book",
                 "order", "preheat", "reboot", "play", "put", "many", "much", "full",
                 "free", "next", "top", "usual", "here", "due", "arriving", "casting",
                 "moored", "today", "tonight", "two", "three", "four", "ten", "hundred",
                 "level", "out", "along"}))
"""The fifteenth set's labels (its guards are this object's methods)."""

__all__ = ["LABELS"]
