"""Another name in a taught name's place, against the same name spelled otherwise (issue 14).

A home taught "ring kwame" and "feed bramble" must not run them for "ring kwabena" or
"feed bramley": names no list knows, whose sounds differ from the taught one by a syllable,
or by a vowel and a consonant ("message paula" is not "message pearl"). A recogniser that spells the taught name another way
("feed smudj" for "feed smudge", "message kasper" for "message kacper", "khloe" for
"chloe") still runs it, and so do its usual slips at a word's edge ("telling" for "telly",
"best" for "bess") and words run together ("tellama").
"""

from __future__ import annotations

import pytest

from teachapp.understanding._name_spelling import another_name, one_name
from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

HOME = [PhraseEntry(p, r) for p, r in (
    ("ring kwame", "Kwame"), ("feed bramble", "Bramble"), ("feed bess", "Bess"),
    ("tell ama her lift's here", "Ama"), ("feed juniper", "Juniper"),
    ("message tendai", "Tendai"), ("ring karen", "Karen"), ("feed smudge", "Smudge"),
    ("message kacper", "Kacper"), ("message chloe", "Chloe"), ("message pearl", "Pearl"),
    ("message bex", "Bex"), ("message jules", "Jules"), ("ring susan", "Susan"),
    ("telly on", "Telly"),
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
    "message paula",
    "message becca",
])
def test_another_name_in_the_place_of_a_taught_one_does_not_run(resolver: Resolver,
                                                                 said: str) -> None:
    assert resolver.resolve(said).decision != "run"


@pytest.mark.parametrize(("said", "routine"), [
    ("ring kwame", "Kwame"),
    ("feed smudj", "Smudge"),
    ("message kasper", "Kacper"),
    ("message khloe", "Chloe"),
    ("feed brambel", "Bramble"),
    ("feed best", "Bess"),
    ("message tender", "Tendai"),
    ("ring caring", "Karen"),
    ("tell ama her lift's here please", "Ama"),
    ("tellama her lift's here", "Ama"),
    ("telling on", "Telly"),
    ("message jewels", "Jules"),
    ("ring sue san", "Susan"),
])
def test_a_taught_name_heard_or_spelled_otherwise_still_runs(resolver: Resolver, said: str,
                                                             routine: str) -> None:
    result = resolver.resolve(said)
    assert (result.decision, result.routine) == ("run", routine)


@pytest.mark.parametrize(("heard", "taught"), [
    ("smudj", "smudge"), ("kasper", "kacper"), ("khloe", "chloe"), ("jemma", "gemma"),
    ("cristian", "christian"), ("calum", "callum"), ("kelli", "kelly"), ("leah", "lea"),
])
def test_the_same_sounds_spelled_otherwise_are_one_name(heard: str, taught: str) -> None:
    assert one_name(heard, taught)


@pytest.mark.parametrize(("heard", "taught"), [
    ("kwabena", "kwame"), ("bramley", "bramble"), ("jupiter", "juniper"), ("mia", "nia"),
])
def test_a_syllable_or_consonants_other_are_not_one_name(heard: str, taught: str) -> None:
    assert not one_name(heard, taught)


def test_a_name_ending_in_a_syllable_more_is_another_name() -> None:
    assert another_name("paula", "pearl") and another_name("katie", "kate")
    assert another_name("becca", "bex")


def test_a_slip_at_an_edge_or_a_name_run_in_is_no_other_name() -> None:
    assert not another_name("telling", "telly") and not another_name("men", "ben")
    assert not another_name("tellama", "ama") and not another_name("best", "bess")
    assert not another_name("jewels", "jules") and not another_name("sue", "susan")
