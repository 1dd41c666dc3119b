"""Each phrase's reading facts are worked out when the home is built (reading.keep_facts),
not on a person's first utterance that reads it: the facts kept are those a first
reading makes, and every decision is the one made without them (random homes and
utterances, property style)."""

from __future__ import annotations

import random
from itertools import pairwise

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from teachapp.understanding import reading
from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

WORDS = ("lights", "living", "room", "movie", "night", "kitchen", "on", "off", "the", "all",
         "reading", "mode", "bath", "time", "coffee", "start", "my", "work", "day", "garden",
         "lamp", "heating", "up", "down", "quiet", "party", "music", "fan", "nora", "ring")


def _home(rng: random.Random) -> list[PhraseEntry]:
    texts = sorted({" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 4)))
                    for _ in range(rng.randint(3, 40))})
    return [PhraseEntry(t, f"routine {k // 2}") for k, t in enumerate(texts)]


def _said(rng: random.Random, texts: list[str]) -> str:
    words = rng.choice(texts).split()
    if rng.random() < 0.5:
        k = rng.randrange(len(words))
        words[k] = words[k][:-1] + rng.choice("aeiost") if len(words[k]) > 2 else words[k]
    extra = rng.choice(("", "please", "don't", "is the", "yesterday we had", "cancel", "and"))
    return " ".join(([extra] if rng.random() < 0.5 else []) + words
                    + ([extra] if rng.random() < 0.3 else []))


def _same(a: tuple, b: tuple) -> bool:
    return len(a) == len(b) and all(
        np.array_equal(x, y) if isinstance(x, np.ndarray) or isinstance(y, np.ndarray)
        else x == y for x, y in zip(a, b, strict=True))


def test_every_phrase_has_its_facts_when_the_home_is_built() -> None:
    entries = _home(random.Random(3))
    resolver = Resolver(entries)
    index = resolver._index
    assert set(index.reading_facts) == set(range(len(index)))


@settings(max_examples=12, deadline=None)
@given(st.integers(min_value=0, max_value=100_000))
def test_facts_kept_at_build_are_those_of_a_first_reading(seed: int) -> None:
    rng = random.Random(seed)
    entries = _home(rng)
    built = Resolver(entries)
    lazy = Resolver(entries)
    lazy._index.reading_facts.clear()  # (as before: each made on its first reading)
    texts = [e.text for e in entries]
    for _ in range(8):
        said = _said(rng, texts)
        assert built.resolve(said) == lazy.resolve(said)
    for phrase, facts in lazy._index.reading_facts.items():
        assert _same(built._index.reading_facts[phrase], facts)
    for phrase in range(len(built._index)):
        assert reading._facts(built._index, phrase) is built._index.reading_facts[phrase]


def test_a_home_past_the_facts_kept_is_left_to_its_first_readings(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "_FACTS_KEPT", 5)
    entries = [PhraseEntry(f"{a} {b}", f"r{k}") for k, (a, b) in
               enumerate(pairwise(WORDS))]
    resolver = Resolver(entries)
    assert not resolver._index.reading_facts
