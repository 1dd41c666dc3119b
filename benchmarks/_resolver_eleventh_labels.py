"""The label guards of the eleventh held-out resolver set (benchmarks/_resolver_eleventh.py):
the shared rules of benchmarks/_resolver_blind_labels.py over this set's own tables
(benchmarks/_resolver_eleventh_text.py). Every stretch of words one of its wrappers says
around a phrase ("mama says you have to", "three, two, one", "zara ... kar do") is
wrapping wherever it is said, as are its nicknames ("sprout"), device names ("hestia"),
pauses ("ehhm") and a stutter's broken starts ("b-b-bilge"). Recogniser-style errors of
its own: two words written as one ("bilgepump"), an article dropped, a spelling
("humidifyer"). Tuning must not open this file.
"""

from __future__ import annotations

from _resolver_blind_labels import Labels, Tables
from _resolver_blind_labels import Taught as _Taught
from _resolver_eleventh_text import (
    ELEVENTH_SOUND_ALIKE,
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
    sound_alike=ELEVENTH_SOUND_ALIKE, glued=GLUED, spellings=SPELLINGS,
    not_a_thing={"we're", "what's", "where's", "time's", "band's", "babcia's",
                 "student's", "arriving", "going", "order", "empty", "coil", "sound",
                 "bounce", "export", "load", "practise", "buzz", "tie", "full", "next",
                 "collected", "working", "four", "ten", "120", "them"}))
"""The eleventh set's labels."""
SOUNDS = LABELS.sounds
canon = LABELS.canon
content = LABELS.content
kept = LABELS.kept
must_keep = LABELS.must_keep
noisy_ok = LABELS.noisy_ok
wrap_ok = LABELS.wrap_ok
misrecognised = LABELS.misrecognised
same_request = LABELS.same_request


class Taught(_Taught):
    """What an eleventh home taught, in the forms its label guards compare."""

    def __init__(self, phrases: list[tuple[str, str]]) -> None:
        super().__init__(phrases, LABELS)


__all__ = ["LABELS", "SOUNDS", "Taught", "canon", "content", "kept", "misrecognised",
           "must_keep", "noisy_ok", "same_request", "wrap_ok"]
