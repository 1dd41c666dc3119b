"""The label guards of the eighteenth held-out resolver set
(benchmarks/_resolver_eighteenth.py): the shared rules of
benchmarks/_resolver_blind_labels.py over this set's own tables
(benchmarks/_resolver_eighteenth_text.py). Every stretch of words one of its wrappers
says around a phrase ("veil's muffling me", "right everyone", "with thanks in
advance", "because my knees ache") is wrapping wherever it is said, as are its hive
talk ("brood", "propolis"), its nursery words ("nappy", "babygrow") and its schoolroom
words ("chattering", "dawdle"). Recogniser-style errors of its own: two words written
as one ("stairgate", "quadbike"), an article dropped, a spelling ("polytunel",
"lulabies"). Tuning must not open this file.
"""

from __future__ import annotations

from _resolver_blind_labels import Labels, Tables
from _resolver_eighteenth_text import (
    EIGHTEENTH_SOUND_ALIKE,
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
    sound_alike=EIGHTEENTH_SOUND_ALIKE, glued=GLUED, spellings=SPELLINGS,
    not_a_thing={"who's", "what's", "when's", "i'm", "we're", "ring", "tell", "feed", "take",
                 "call", "message", "let", "open", "close", "start", "spin", "water", "fill",
                 "charge", "order", "hoist", "raise", "lower", "read", "put", "book", "renew",
                 "video", "lock", "unlock", "walk", "wash", "warm", "run", "add", "empty",
                 "switch", "many", "much", "heavy", "left", "late", "running", "ready",
                 "turning", "off", "up", "down", "out", "round", "here", "parcel's",
                 "today's", "whose", "turn", "where", "three", "four", "five", "six",
                 "seven", "eight", "nine", "ten", "light", "accessible", "packed", "quiet"}))
"""The eighteenth set's labels (its guards are this object's methods)."""

__all__ = ["LABELS"]
