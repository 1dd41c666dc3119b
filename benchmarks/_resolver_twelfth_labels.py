"""The label guards of the twelfth held-out resolver set (benchmarks/_resolver_twelfth.py):
the shared rules of benchmarks/_resolver_blind_labels.py over this set's own tables
(benchmarks/_resolver_twelfth_text.py). Every stretch of words one of its wrappers says
around a phrase ("apologies for bellowing", "phew", "tallulah, tallulah") is wrapping
wherever it is said, as are its nicknames ("lambkin"), device names ("gertie"),
pauses ("errrrm") and a stutter's broken starts ("r-r-ring maureen"). Recogniser-style
errors of its own: two words written as one ("teatrolley"), an article dropped, a
spelling ("theater", "varoa"). Tuning must not open this file.
"""

from __future__ import annotations

from _resolver_blind_labels import Labels, Tables
from _resolver_twelfth_text import (
    GLUED,
    MULTI_WRAPPING,
    NAMES,
    NUMBERS,
    SAME_REQUEST,
    SPELLINGS,
    SYNONYMS,
    TWELFTH_SOUND_ALIKE,
    WRAPPER_WORDS,
)

LABELS = Labels(Tables(
    multi_wrapping=MULTI_WRAPPING, wrapper_words=WRAPPER_WORDS, synonyms=SYNONYMS,
    same_request=SAME_REQUEST, names=NAMES, numbers=NUMBERS,
    sound_alike=TWELFTH_SOUND_ALIKE, glued=GLUED, spellings=SPELLINGS,
    not_a_thing={"who's", "what's", "where's", "they're", "honey's", "i'm", "fetch", "raise",
                 "lower", "sit", "draw", "read", "find", "show", "unlock", "restock",
                 "wash", "spin", "label", "melt", "stoke", "mark", "pack", "sync", "due",
                 "visiting", "coming", "swarming", "heavy", "many", "low", "high", "wide",
                 "crack", "bigger", "quietly", "before", "tomorrow", "back", "any",
                 "first", "two", "three", "nine", "eleven", "twelve", "ten"}))
"""The twelfth set's labels (its guards are this object's methods)."""

__all__ = ["LABELS"]
