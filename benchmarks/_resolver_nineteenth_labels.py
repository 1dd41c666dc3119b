"""The label guards of the nineteenth held-out resolver set
(benchmarks/_resolver_nineteenth.py): the shared rules of
benchmarks/_resolver_blind_labels.py over this set's own tables
(benchmarks/_resolver_nineteenth_text.py). Every stretch of words one of its wrappers
says around a phrase ("sorry i was miles away", "don't worry about the hall", "where's
my phone", "the baby's finally asleep", "because we've got visitors") is wrapping wherever
it is said, as are its feeding words ("guzzling", "latched"), its plumber's
("spanner", "soldering") and its cabbie's ("fares", "rank"). Recogniser-style errors of
its own: two words written as one ("babymonitor", "ringroad"), an article dropped, a
spelling ("sterilizer", "imersion"). Tuning must not open this file.
"""

from __future__ import annotations

from _resolver_blind_labels import Labels, Tables
from _resolver_nineteenth_text import (
    GLUED,
    MULTI_WRAPPING,
    NAMES,
    NINETEENTH_SOUND_ALIKE,
    NUMBERS,
    SAME_REQUEST,
    SPELLINGS,
    SYNONYMS,
    WRAPPER_WORDS,
)

LABELS = Labels(Tables(
    multi_wrapping=MULTI_WRAPPING, wrapper_words=WRAPPER_WORDS, synonyms=SYNONYMS,
    same_request=SAME_REQUEST, names=NAMES, numbers=NUMBERS,
    sound_alike=NINETEENTH_SOUND_ALIKE, glued=GLUED, spellings=SPELLINGS,
    not_a_thing={"who's", "what's", "when's", "i'm", "we're", "ring", "tell", "feed", "take",
                 "call", "message", "text", "facetime", "log", "note", "make", "start",
                 "order", "play", "tumble", "charge", "warm", "save", "wake", "put", "lift",
                 "check", "unlock", "defrost", "shut", "chase", "draw", "lock", "turn",
                 "long", "much", "did", "which", "goes", "nearest", "coming", "ready",
                 "usual", "off", "up", "down", "out", "round", "here", "yet", "way",
                 "lift's", "tea's", "cab's", "whose", "where", "two", "three", "four",
                 "five", "six", "seven", "eight", "nine", "ten", "low", "high", "dry",
                 "first", "tonight", "tomorrow", "home", "dirty", "unpaid", "silent"}))
"""The nineteenth set's labels (its guards are this object's methods)."""

__all__ = ["LABELS"]
