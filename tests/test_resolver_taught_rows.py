"""The taught words' similarity rows, made in one batch when the index is built, are the
rows the scorer makes word by word for a word heard first (bit for bit)."""

from __future__ import annotations

import numpy as np

from teachapp.understanding.normalize import tokens
from teachapp.understanding.resolution import PhraseEntry, ResolverSettings
from teachapp.understanding.resolver import Resolver

HOME = [PhraseEntry(p, r) for p, r in (
    ("living room lights on", "Lights"), ("reading mode", "Reading"), ("movie night", "Movie"),
    ("start the sprinkler", "Garden"), ("cooking time", "Cooking"), ("white noise", "Sleep"),
    ("lock the front door", "Lock"), ("kitchen radio", "Radio"), ("gaming lights", "Gaming"),
    ("bath time for the kids", "Bath"), ("warm up the dining room", "Warm"),
    ("dim the hallway lamps", "Dim"), ("open the blinds", "Blinds"), ("coffee please", "Coffee"),
)]


def test_a_taught_word_heard_first_meets_the_vocabulary_as_it_would_word_by_word() -> None:
    built = Resolver(HOME)._index
    word_by_word = Resolver(HOME, ResolverSettings(extra={"word_cache": 0}))._index
    said = sorted({t for e in HOME for t in tokens(e.text)} | {"light", "lamp", "blind"})
    assert len(said) > 30
    for word in said:
        for free in (False, True):  # (as a word of the request, and as a carrier)
            a = built.hear(word, [word], [free]).sim
            b = word_by_word.hear(word, [word], [free]).sim
            assert np.array_equal(a.view(np.uint32), b.view(np.uint32)), (word, free)


def test_the_taught_rows_leave_every_answer_as_it_was() -> None:
    built = Resolver(HOME)
    word_by_word = Resolver(HOME, ResolverSettings(extra={"word_cache": 0}))
    for text in ("living room lights off", "reeding mode please", "movie nite",
                 "kitchen radio on", "the gaming lamps", "cook time", "white knows",
                 "dim the hall lamps", "open the blind", "bath time", "coffee"):
        assert built.resolve(text) == word_by_word.resolve(text), text
