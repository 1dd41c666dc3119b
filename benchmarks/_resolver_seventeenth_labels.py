"""The label guards of the seventeenth held-out resolver set
(benchmarks/_resolver_seventeenth.py): the shared rules of
benchmarks/_resolver_blind_labels.py over this set's own tables
(benchmarks/_resolver_seventeenth_text.py). Every stretch of words one of its wrappers
says around a phrase ("it's deafening in here", "five six seven eight", "she's
sleeping off nights") is wrapping wherever it is said, as are its dialect words
("jings", "irie", "lush"), its jargon ("obs", "kardex", "talkback") and its soothing
("steady", "whoa"). Recogniser-style errors of its own: two words written as one ("slowcooker",
"clicktrack"), an article dropped, a spelling ("dispensry", "porrige"). Tuning must not
open this file.
"""

from __future__ import annotations

from _resolver_blind_labels import Labels, Tables
from _resolver_seventeenth_text import (
    GLUED,
    MULTI_WRAPPING,
    NAMES,
    NUMBERS,
    SAME_REQUEST,
    SEVENTEENTH_SOUND_ALIKE,
    SPELLINGS,
    SYNONYMS,
    WRAPPER_WORDS,
)

LABELS = Labels(Tables(
    multi_wrapping=MULTI_WRAPPING, wrapper_words=WRAPPER_WORDS, synonyms=SYNONYMS,
    same_request=SAME_REQUEST, names=NAMES, numbers=NUMBERS,
    sound_alike=SEVENTEENTH_SOUND_ALIKE, glued=GLUED, spellings=SPELLINGS,
    not_a_thing={"who's", "what's", "when's", "i'm", "we're", "ring", "tell", "feed", "take",
                 "call", "message", "let", "open", "print", "charge", "shut", "warm",
                 "lock", "hose", "buzz", "mute", "wash", "clean", "run", "divert",
                 "defrost", "close", "order", "bounce", "upload", "invoice", "drop", "back",
                 "play", "put", "start", "many", "much", "big", "safe", "down", "round",
                 "next", "here", "band's", "surgery's", "knocking", "finishing", "going",
                 "after", "tonight", "tomorrow", "four", "ten", "thirty", "light"}))
"""The seventeenth set's labels (its guards are this object's methods)."""

__all__ = ["LABELS"]
