"""A given name heard in a taught name's place whose stressed first vowel is of another
height or side is another person (issue 14): "ring jess" is not "ring jaz", "message maya"
not "message mia". A name spelled otherwise, or a vowel a recogniser blurs (one height,
one side; front vowels before "r"), still runs.
"""

from __future__ import annotations

import pytest

from teachapp.understanding._name_vowel import first_vowel_apart
from tests.resolver_helpers import needs_dictionary, runs, taught_resolver

resolver = taught_resolver(
    ("ring jaz", "Jaz"), ("message mia", "Mia"), ("message tendai and gwen", "Both"),
    ("ring ailsa", "Ailsa"), ("tell kerry the surgery's open", "Kerry"),
    ("ring hayley", "Hayley"), ("feed bryn", "Bryn"), ("movie night", "Movie night"))


@pytest.mark.parametrize(("heard", "taught"), [
    ("jess", "jaz"),  # mid and low
    ("gwyn", "gwen"),  # high and mid
    ("helena", "halina"),  # mid and low, from the spellings
])
def test_first_vowels_of_another_height_are_apart(heard: str, taught: str) -> None:
    assert first_vowel_apart(heard, taught)


@needs_dictionary
@pytest.mark.parametrize(("heard", "taught"), [
    ("maya", "mia"),  # a diphthong and a high vowel
    ("rafi", "ravi"),  # front and back
    ("robert", "rupert"),  # low and high
])
def test_first_vowels_the_dictionary_says_apart(heard: str, taught: str) -> None:
    assert first_vowel_apart(heard, taught)


@pytest.mark.parametrize(("heard", "taught"), [
    ("elsa", "ailsa"),  # both mid and front
    ("carrie", "kerry"),  # front vowels merged before "r"
    ("haley", "hayley"), ("calum", "callum"), ("dennis", "deniz"),
    ("alexis", "alex"),  # a schwa first: the stress is later
])
def test_first_vowels_a_recogniser_blurs_are_one(heard: str, taught: str) -> None:
    assert not first_vowel_apart(heard, taught)


@pytest.mark.parametrize("heard", [
    "ring jess", "message maya", "message tendai and gwyn",
])
def test_another_given_name_in_the_place_runs_nothing(resolver, heard: str) -> None:
    assert runs(resolver, heard) is None


@pytest.mark.parametrize(("heard", "routine"), [
    ("ring jazz", "Jaz"), ("ring elsa", "Ailsa"), ("ring haley", "Hayley"),
    ("tell carrie the surgery's open", "Kerry"),
    ("feed bren", "Bryn"),  # (no given name of its own: a mishearing)
    ("message mia", "Mia"),
])
def test_the_name_misheard_or_spelled_otherwise_runs(resolver, heard: str,
                                                     routine: str) -> None:
    assert runs(resolver, heard) == routine
