"""A word of its own said in a taught name's place is another name when its stressed vowel
is of another height or side (issue 14): "feed daisy" is not "feed dizzy", "cliff's
tablets" not "clive's tablets", though no name list knows "daisy" or "cliff" as a name. A
name a home says in one phrase names in its others too: "daisy's kibble" is not "dizzy's
kibble" when the home also taught "feed dizzy". The name said, spelled otherwise or with
a vowel a recogniser blurs, still runs.
"""

from __future__ import annotations

import pytest

from teachapp.understanding._name_vowel import word_vowel_apart
from teachapp.understanding._named_across import named_across
from tests.resolver_helpers import needs_dictionary, runs, taught_resolver

resolver = taught_resolver(
    ("feed dizzy", "Dizzy"), ("dizzy's kibble", "Dizzy"),
    ("clive's tablets at ten", "Tablets"), ("feed simba", "Simba"),
    ("simba's breakfast", "Simba"), ("movie night", "Movie night"))


@needs_dictionary
@pytest.mark.parametrize(("heard", "taught"), [
    ("daisy", "dizzy"), ("samba", "simba"), ("cliffs", "clives"), ("cliff", "clive"),
])
def test_words_whose_first_vowels_are_apart(heard: str, taught: str) -> None:
    assert word_vowel_apart(heard, taught)


@needs_dictionary
@pytest.mark.parametrize(("heard", "taught"), [
    ("dizzy", "dizzy"), ("smudj", "smudge"), ("haley", "hayley"), ("dizzys", "dizzy"),
    ("bren", "bryn"),  # (one height apart, both steady: a vowel recognisers blur)
    ("elsa", "ailsa"),  # (a glide from the steady vowel's place)
])
def test_words_not_apart(heard: str, taught: str) -> None:
    assert not word_vowel_apart(heard, taught)


def test_a_name_said_in_one_phrase_names_in_another() -> None:
    said = {0: ("feed", "dizzy"), 1: ("dizzys", "kibble"), 2: ("movie", "night")}
    assert named_across(said, {0: frozenset({"dizzy"})}) == {1: frozenset({"dizzys"})}


@needs_dictionary
@pytest.mark.parametrize("heard", [
    "feed daisy", "daisy's kibble", "dotty's kibble", "cliff's tablets at ten",
    "feed samba",
])
def test_another_word_in_the_names_place_runs_nothing(resolver, heard: str) -> None:
    assert runs(resolver, heard) is None


@pytest.mark.parametrize(("heard", "routine"), [
    ("feed dizzy", "Dizzy"), ("dizzy's kibble", "Dizzy"), ("feed dizy", "Dizzy"),
    ("clive's tablets at ten", "Tablets"), ("simba's breakfast", "Simba"),
    ("feed simba please", "Simba"),
])
def test_the_name_said_still_runs(resolver, heard: str, routine: str) -> None:
    assert runs(resolver, heard) == routine
