"""The label guards of the tenth held-out resolver set (benchmarks/_resolver_tenth.py):
what a text says as labels compare it, and whether a noisy or wrapped case is still its
phrase: the shared rules of benchmarks/_resolver_blind_labels.py (first written here,
and building this set's cases as they were) over this set's own tables. Its nicknames
("skipper"), device names ("nova"), markers ("short version"), politeness ("that'd be
smashing"), time words ("stat"), corrections ("d'oh"), questions ("think you could"),
regional speech ("howay"), reasons and plans ("seeing as it's chilly", "i'm hitting the
hay shortly"), repeats ("i repeat"), pauses ("ummm"), a child's or tired voice
("mummy"), tags ("capisce?", "na?"), dictation words ("period", "comma"), other
languages' words ("por favor", "yalla"), exasperation ("argh") and a non-native
speaker's frames ("i want", "do X for me") are wrapping, wherever they are said.
Recogniser-style errors of its own (``misrecognised``): two words written as one
("hottub"), an article dropped, an American spelling. Tuning must not open this file.
"""

from __future__ import annotations

from _resolver_blind_labels import Labels, Tables
from _resolver_tenth_text import (
    GLUED,
    MULTI_WRAPPING,
    NAMES,
    NUMBERS,
    SAME_REQUEST,
    SYNONYMS,
    TENTH_SOUND_ALIKE,
    WRAPPER_WORDS,
)

LABELS = Labels(Tables(
    multi_wrapping=MULTI_WRAPPING, wrapper_words=WRAPPER_WORDS, synonyms=SYNONYMS,
    same_request=SAME_REQUEST, names=NAMES, numbers=NUMBERS,
    sound_alike=TENTH_SOUND_ALIKE, glued=GLUED,
    spellings={"neighbours": "neighbors", "mum": "mom", "laundrette": "laundromat",
               "dehumidifier": "dehumidifyer", "labels": "lables", "kettle": "kettel"},
    not_a_thing={"sleeping", "throwing", "arrived", "we've", "we're", "kiln's", "shower's",
                 "alarm's", "delivery's", "biscuit's", "beeping", "request", "code", "six",
                 "three", "eleven", "ten", "seven"}))
"""The tenth set's labels (its guards are this object's methods)."""

__all__ = ["LABELS"]
