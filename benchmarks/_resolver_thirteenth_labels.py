"""The label guards of the thirteenth held-out resolver set
(benchmarks/_resolver_thirteenth.py): the shared rules of
benchmarks/_resolver_blind_labels.py over this set's own tables
(benchmarks/_resolver_thirteenth_text.py). Every stretch of words one of its wrappers
says around a phrase ("bear with me, gloria", "breaker breaker", "dum de dum") is
wrapping wherever it is said, as are its typed shorthands ("pls", "thx") and laughs.
Recogniser-style errors of its own: two words written as one ("frontdoor"), an article
dropped, a spelling ("perscription", "crossant"). Tuning must not open this file.
"""

from __future__ import annotations

from _resolver_blind_labels import Labels, Tables
from _resolver_thirteenth_text import (
    GLUED,
    MULTI_WRAPPING,
    NAMES,
    NUMBERS,
    SAME_REQUEST,
    SPELLINGS,
    SYNONYMS,
    THIRTEENTH_SOUND_ALIKE,
    WRAPPER_WORDS,
)

LABELS = Labels(Tables(
    multi_wrapping=MULTI_WRAPPING, wrapper_words=WRAPPER_WORDS, synonyms=SYNONYMS,
    same_request=SAME_REQUEST, names=NAMES, numbers=NUMBERS,
    sound_alike=THIRTEENTH_SOUND_ALIKE, glued=GLUED, spellings=SPELLINGS,
    not_a_thing={"who's", "what's", "when's", "whose", "i'm", "it's", "today's", "lower",
                 "raise", "tilt", "answer", "order", "tell", "read", "cash", "wake",
                 "feed", "fire", "book", "running", "starting", "heading", "doing",
                 "halfway", "away", "more", "go", "cooking", "cold", "half", "late",
                 "there", "two", "three", "four", "ten", "thirty", "into"}))
"""The thirteenth set's labels (its guards are this object's methods)."""

__all__ = ["LABELS"]
