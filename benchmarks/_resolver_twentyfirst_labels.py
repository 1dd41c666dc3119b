"""The label guards of the twenty-first held-out resolver set
(benchmarks/_resolver_twentyfirst.py): the shared rules of
benchmarks/_resolver_blind_labels.py over this set's own tables
(benchmarks/_resolver_twentyfirst_text.py). Every stretch of words one of its wrappers
says around a phrase ("where's my thimble vanished to", "no wellies on the rug", "if
you're amenable", "i'm off to bed after this") is wrapping wherever it is said, as are
the words only its clauses use ("thimble", "crumpets", "jiggered"); the words its out-of-scope kinds
point back with ("last time", "again", "leave it", "already", "cancel") are never a
wrapper's, so they stay. Recogniser-style errors of its own: two words written as one
("beachhut", "bikeshed"), an article dropped, a spelling ("promenaid", "sourdoe").
Tuning must not open this file.
"""

from __future__ import annotations

from _resolver_blind_labels import Labels, Tables
from _resolver_twentyfirst_text import (
    GLUED,
    MULTI_WRAPPING,
    NAMES,
    NUMBERS,
    SAME_REQUEST,
    SPELLINGS,
    SYNONYMS,
    TWENTYFIRST_SOUND_ALIKE,
    WRAPPER_WORDS,
)

LABELS = Labels(Tables(
    multi_wrapping=MULTI_WRAPPING, wrapper_words=WRAPPER_WORDS, synonyms=SYNONYMS,
    same_request=SAME_REQUEST, names=NAMES, numbers=NUMBERS,
    sound_alike=TWENTYFIRST_SOUND_ALIKE, glued=GLUED, spellings=SPELLINGS,
    not_a_thing={"who's", "what's", "when's", "which", "how", "many", "much", "does", "did",
                 "come", "coming", "due", "ring", "tell", "feed", "call", "message", "text",
                 "cover", "uncover", "unlock", "lock", "charge", "read", "show", "scare",
                 "order", "play", "open", "close", "grit", "bleed", "mark", "turn", "put",
                 "warm", "clean", "test", "make", "under", "high", "top", "old", "next",
                 "early", "hot", "off", "up", "down", "out", "five", "six", "seven", "eight",
                 "nine", "ten", "eleven", "tomorrow", "tonight", "going", "doing"}))
"""The twenty-first set's labels (its guards are this object's methods)."""

__all__ = ["LABELS"]
