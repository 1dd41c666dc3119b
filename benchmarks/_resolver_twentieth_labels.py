"""The label guards of the twentieth held-out resolver set
(benchmarks/_resolver_twentieth.py): the shared rules of
benchmarks/_resolver_blind_labels.py over this set's own tables
(benchmarks/_resolver_twentieth_text.py). Every stretch of words one of its wrappers
says around a phrase ("i missed my connection at crewe", "don't mind me", "if you
don't mind", "because my palms are greasy") is wrapping wherever it is said, as are the words only
its clauses use ("biro", "postie", "kerfuffle"); the words its out-of-scope kinds point
back with ("already", "not now", "don't bother", "again") are never a wrapper's, so
they stay. Recogniser-style errors of its own: two words written as one
("hedgetrimmer", "pocketmoney"), an article dropped, a spelling ("alotment",
"recyling"). Tuning must not open this file.
"""

from __future__ import annotations

from _resolver_blind_labels import Labels, Tables
from _resolver_twentieth_text import (
    GLUED,
    MULTI_WRAPPING,
    NAMES,
    NUMBERS,
    SAME_REQUEST,
    SPELLINGS,
    SYNONYMS,
    TWENTIETH_SOUND_ALIKE,
    WRAPPER_WORDS,
)

LABELS = Labels(Tables(
    multi_wrapping=MULTI_WRAPPING, wrapper_words=WRAPPER_WORDS, synonyms=SYNONYMS,
    same_request=SAME_REQUEST, names=NAMES, numbers=NUMBERS,
    sound_alike=TWENTIETH_SOUND_ALIKE, glued=GLUED, spellings=SPELLINGS,
    not_a_thing={"who's", "what's", "when's", "where's", "which", "whose", "ring", "tell",
                 "feed", "take", "call", "message", "text", "open", "close", "raise", "lower",
                 "lock", "unlock", "order", "fill", "charge", "add", "put", "show", "water",
                 "defrost", "heat", "warm", "switch", "turn", "find", "mute", "unmute",
                 "many", "does", "come", "goes", "due", "still", "fed", "ready",
                 "unlocked", "usual", "closing", "heading", "off", "up", "down", "out",
                 "three", "four", "five", "seven", "eight", "nine", "ten", "eleven",
                 "other", "next", "back", "volume", "degrees", "hour"}))
"""The twentieth set's labels (its guards are this object's methods)."""

__all__ = ["LABELS"]
