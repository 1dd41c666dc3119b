"""Another name in a name's place, though no name list knows it (issue 14).

A word said where a taught name stands ("ring kwabena" where "ring kwame" was taught,
"feed bramley" beside "feed bramble") is another name when its sound differs from the
taught one inside the word (it begins and ends as the taught one): many real names
("kwabena", "abena", "bramley") are in no name list, and the fuzzy match took them for the taught one misheard.
A recogniser's mishearing (the same sounds, or sounds more, less or other at an edge:
"brambel", "best" for "bess", "tender" for "tendai", "men" for "ben", "tellama") still runs.
"""

from __future__ import annotations

import pytest

from teachapp.understanding._names import heard_as
from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

HOME = [PhraseEntry(p, r) for p, r in (
    ("ring kwame", "Kwame"), ("feed bramble", "Bramble"), ("feed bess", "Bess"),
    ("message dilys and gareth", "Dilys and Gareth"), ("tell ama her lift's here", "Ama"),
    ("feed juniper", "Juniper"), ("message tendai", "Tendai"), ("ring karen", "Karen"),
    ("lock all doors", "Lock up"), ("movie night", "Movie night"))]


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(HOME)


@pytest.mark.parametrize("said", [
    "ring kwabena",
    "what a kerfuffle, ring kwabena",
    "feed bramley",
    "tell abena her lift's here",
    "feed jupiter",
])
def test_another_name_in_the_place_of_a_taught_one_does_not_run(resolver: Resolver,
                                                                 said: str) -> None:
    assert resolver.resolve(said).decision != "run"


@pytest.mark.parametrize(("said", "routine"), [
    ("ring kwame", "Kwame"),
    ("feed brambel", "Bramble"),
    ("feed best", "Bess"),
    ("message tender", "Tendai"),
    ("ring caring", "Karen"),
    ("message dilys and gareth", "Dilys and Gareth"),
    ("tell ama her lift's here please", "Ama"),
    ("tellama her lift's here", "Ama"),
])
def test_a_taught_name_misheard_still_runs(resolver: Resolver, said: str,
                                           routine: str) -> None:
    result = resolver.resolve(said)
    assert (result.decision, result.routine) == ("run", routine)


def test_a_sound_more_or_less_at_the_end_is_a_mishearing() -> None:
    assert heard_as("best", "bess") and heard_as("caring", "karen")
    assert heard_as("brambel", "bramble") and heard_as("telling", "telly")
    assert heard_as("men", "ben") and heard_as("tellama", "ama")


def test_a_sound_changed_inside_the_name_says_another() -> None:
    assert not heard_as("kwabena", "kwame")
    assert not heard_as("bramley", "bramble")
    assert not heard_as("jupiter", "juniper")
