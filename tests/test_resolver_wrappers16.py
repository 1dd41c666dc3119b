"""A clause of the speaker's own beside a taught phrase heard with recogniser errors
(issue 14: the twenty-first set's ``noisy`` kind).

Beside a phrase said exactly, a clause with a subject and an argument of its own bears
on nothing ("movie night, where's my umbrella"). The recogniser splits, joins and
mishears the phrase's words as it would alone ("moovie night", "bathtime"), so the same
clause beside the phrase heard so runs it, as the phrase heard so runs alone; a fragment,
another name, a clause that points back at the request, its negation, its past or
someone else's words still run nothing. The sentences are this file's own, in no
benchmark set.
"""

from __future__ import annotations

import pytest

from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

HOME = [PhraseEntry(p, r) for p, r in (
    ("movie night", "Movie night"), ("bath time", "Bath"), ("reading mode", "Reading"),
    ("ring maureen", "Maureen"), ("feed sheldon", "Sheldon"), ("lights off", "Dark"),
    ("heating on", "Heat"), ("lock all doors", "Lock up"))]


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(HOME)


@pytest.mark.parametrize("said, routine", [
    ("moovie night, where's my umbrella", "Movie night"),
    ("moovie night, has the window cleaner been", "Movie night"),
    ("where did i leave my umbrella? moovie night", "Movie night"),
    ("bath tyme, the boiler is making a racket", "Bath"),
    ("reeding mode, i've snapped my pencil", "Reading"),
])
def test_a_misheard_phrase_beside_a_clause_of_its_own_after_a_pause_runs(
        resolver: Resolver, said: str, routine: str) -> None:
    found = resolver.resolve(said)
    assert (found.decision, found.routine) == ("run", routine)


@pytest.mark.parametrize("said, routine", [
    ("bathtime the dog's rolled in the mud", "Bath"),
    ("moovie night and my knee is playing up", "Movie night"),
    ("reeding mode but the radiator's leaking", "Reading"),
    ("feedsheldon the postman's running late", "Sheldon"),
    ("i've mislaid my umbrella moovie night", "Movie night"),
])
def test_a_misheard_phrase_joined_to_a_clause_of_its_own_runs(
        resolver: Resolver, said: str, routine: str) -> None:
    found = resolver.resolve(said)
    assert (found.decision, found.routine) == ("run", routine)


@pytest.mark.parametrize("said", [
    "moovie night, did you set it up",
    "moovie night, the kids loved it",
    "moovie night the kids enjoyed that",
    "bath tyme, not now",
    "bath tyme, we had it yesterday",
    "moovie night, my sister said",
    "i'm sick of moovie night",
    "i've had enough of bath tyme",
])
def test_a_clause_that_points_back_at_the_misheard_phrase_runs_nothing(
        resolver: Resolver, said: str) -> None:
    assert resolver.resolve(said).decision != "run"


@pytest.mark.parametrize("said", [
    "bath, where's my umbrella",
    "moovie, the dog's rolled in the mud",
    "night, i've snapped my pencil",
])
def test_a_fragment_beside_a_clause_of_its_own_runs_nothing(
        resolver: Resolver, said: str) -> None:
    assert resolver.resolve(said).decision != "run"


@pytest.mark.parametrize("said", [
    "ring maurice, where's my umbrella",
    "ring maurice the postman's running late",
    "feed shelby, i've snapped my pencil",
    "heating off, the dog's rolled in the mud",
    "heeting off the postman's running late",
])
def test_a_near_sibling_beside_a_clause_of_its_own_runs_nothing(
        resolver: Resolver, said: str) -> None:
    assert resolver.resolve(said).decision != "run"


@pytest.mark.parametrize("said", [
    "play the movie soundtrack, where's my umbrella",
    "book a bath fitter, the dog's rolled in the mud",
])
def test_a_different_request_beside_a_clause_of_its_own_runs_nothing(
        resolver: Resolver, said: str) -> None:
    assert resolver.resolve(said).decision != "run"


@pytest.mark.parametrize("said, routine", [
    ("moovie night", "Movie night"),
    ("bathtime", "Bath"),
    ("reeding mode", "Reading"),
])
def test_the_misheard_phrases_run_alone(resolver: Resolver, said: str, routine: str) -> None:
    found = resolver.resolve(said)
    assert (found.decision, found.routine) == ("run", routine)
