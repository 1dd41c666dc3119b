"""Two shapes of the forty-first held-out set's first run, tuned on it (issue 14).

- Two neighbouring words of a phrase said with "then" or "or" between them and never side
  by side ("kids then bedtime, or the other way", "good or morning"): the words are two
  steps of a sequence or two choices, not the phrase said as its name.
- A phrase after a verb of naming and its object with no pause ("we built a snowman and
  called him spa evening", "named it movie night"): the phrase is the name given, the
  object's complement, not a request.

Their twins still run: a word inserted into a phrase misheard ("kids um bedtime"), a
phrase split in two ("kids bed time"), two whole phrases in sequence ("spa evening then
lights off" asks about one of them, never runs a half), a phrase after a clause of the
speaker's own closed by an object pronoun ("you've outfoxed me movie night"), and a
taught "call" phrase ("call mum")."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

resolver = taught_resolver(
    ("kids bedtime", "Kids"), ("good morning", "Morning"), ("spa evening", "Spa"),
    ("movie night", "Movie"), ("lights off", "Lights"), ("call mum", "Mum"))


@pytest.mark.parametrize("text", [
    "kids then bedtime, or the other way",
    "Good then morning, or the other way.",
    "enemy sniper on the ridge. movie then night, or the other way",
    "spa or evening",
])
def test_a_phrase_split_by_then_or_or_does_not_run(resolver, text: str) -> None:
    assert runs(resolver, text) is None


@pytest.mark.parametrize("text", [
    "we built a snowman and called him spa evening",
    "sirens upwards wheee we built a snowman and called him movie night",
    "we got a puppy and named it good morning",
    "my sister calls her dog kids bedtime",
])
def test_a_phrase_given_as_a_name_does_not_run(resolver, text: str) -> None:
    assert runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    ("kids um bedtime", "Kids"),
    ("kids bed time", "Kids"),
    ("kids bedtime then", "Kids"),
    ("right then, movie night", "Movie"),
    ("you've outfoxed me movie night", "Movie"),
    ("call mum", "Mum"),
])
def test_a_phrase_said_with_a_word_inserted_or_after_a_clause_runs(
        resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine
