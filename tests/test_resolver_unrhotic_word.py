"""A taught word heard as a speaker who sounds no last "r" says it ("clippa" of
"clipper", "cleana" of "cleaner": :mod:`_unrhotic_word`) is heard as closely as one with
a letter misspelt, so the phrase so heard runs beside words of the speaker's own with no
pause marked, as the phrase said exactly there does. Another word, one with other
sounds, or the taught word said exactly, is not read so."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding._unrhotic_word import said_unrhotic

resolver = taught_resolver(
    ("hedge clipper on", "Clipper"), ("book the window cleaner", "Cleaner"),
    ("empty the grain hopper", "Hopper"), ("lights off", "Lights off"),
    ("make coffee", "Coffee"))


@pytest.mark.parametrize(("heard", "taught"), [
    ("clippa", "clipper"), ("cleana", "cleaner"), ("hoppa", "hopper"), ("deccah", "decker")])
def test_a_word_said_without_its_last_r(heard, taught):
    assert said_unrhotic(heard, taught)


@pytest.mark.parametrize(("heard", "taught"), [
    ("clipper", "clipper"),   # (said exactly)
    ("slippa", "clipper"),    # (another first letter)
    ("clippy", "clipper"),    # (no schwa written)
    ("clappa", "clipper"),    # (other sounds: its vowel)
    ("laya", "layer"),        # (the "r" after a vowel is a syllable of its own)
    ("coffa", "coffee"),      # (no silent "r" in the taught word)
])
def test_other_words_are_not_it(heard, taught):
    assert not said_unrhotic(heard, taught)


@pytest.mark.parametrize(("text", "routine"), [
    ("gulls gulls book the window cleana the tide's turning", "Cleaner"),
    ("hedge clippa on the tide's turning", "Clipper"),
])
def test_the_phrase_so_heard_runs_beside_own_words(resolver, text, routine):
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "gulls gulls don't book the window cleana",
    "we booked the window cleana yesterday the tide's turning",
])
def test_what_stops_the_phrase_stops_it_so_heard(resolver, text):
    assert runs(resolver, text) is None
