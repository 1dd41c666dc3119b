"""A clause after a taught phrase that points back at the request and makes it something
other than a request (issue 14): the request echoed and wondered at ("garden lights? at
this hour?"), its state said to hold already ("feed the cat, she's been fed"), fault found
with it ("bath time, the kids hate it") and doubt of it ("heating on, should it be?").
None of these runs the routine. A clause of the speaker's own that does not point back
still lets it run ("bath time, the kids are filthy", "movie night? yes please"), and so
does "shall we?", the tag of a proposal. The sentences are this file's own, in no
benchmark set.
"""

from __future__ import annotations

import pytest

from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

HOME = [PhraseEntry(p, r) for p, r in (
    ("garden lights", "Garden"), ("tidy up time", "Tidy"), ("coffee time", "Coffee"),
    ("movie night", "Movie night"), ("feed the cat", "Cat"), ("lights on", "Lights"),
    ("lights off", "Dark"), ("lock up", "Lock"), ("heating on", "Heat"),
    ("bath time", "Bath"), ("wake up", "Wake"), ("party mode", "Party"),
    ("reading mode", "Reading"), ("open the blinds", "Blinds"), ("water the plants", "Plants"),
    ("walk the dog", "Dog"), ("fan on", "Fan"), ("music on", "Music"))]


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(HOME)


def _runs(resolver: Resolver, said: str, routine: str) -> None:
    found = resolver.resolve(said)
    assert (found.decision, found.routine) == ("run", routine), found


@pytest.mark.parametrize("said", [
    "garden lights? at this hour?",
    "tidy up time? you're joking",
    "coffee time? already?",
    "fan on? in december?",
    "music on? seriously? now?",
    "heating on? in july?",
    "walk the dog? in this rain?",
    "reading mode? with this racket?",
    "tidy up time? you must be kidding",
    "bath time, really?",
])
def test_a_request_echoed_and_wondered_at_runs_nothing(resolver: Resolver, said: str) -> None:
    assert resolver.resolve(said).decision != "run"


@pytest.mark.parametrize("said, routine", [
    ("movie night? yes please", "Movie night"),
    ("coffee time? go on then", "Coffee"),
    ("lights on? please", "Lights"),
])
def test_a_request_echoed_and_accepted_still_runs(resolver: Resolver, said: str,
                                                   routine: str) -> None:
    _runs(resolver, said, routine)


@pytest.mark.parametrize("said", [
    "feed the cat, she's been fed",
    "lock up, it's locked",
    "water the plants, they've been watered",
    "walk the dog, he's been walked",
    "fan on, it's on",
    "garden lights, they're on already",
    "music on, it's already playing",
    "feed the cat, she's already eaten",
])
def test_a_state_that_holds_already_runs_nothing(resolver: Resolver, said: str) -> None:
    assert resolver.resolve(said).decision != "run"


@pytest.mark.parametrize("said, routine", [
    ("garden lights, it's getting dark", "Garden"),
    ("water the plants, they're wilting", "Plants"),
    ("walk the dog, he's desperate", "Dog"),
    ("lock up, we're off to bed", "Lock"),
    ("feed the cat, she's starving", "Cat"),
    ("heating on, it's freezing", "Heat"),
])
def test_a_state_that_needs_the_request_still_runs(resolver: Resolver, said: str,
                                                    routine: str) -> None:
    _runs(resolver, said, routine)


@pytest.mark.parametrize("said", [
    "bath time, the kids hate it",
    "wake up, that routine is way too loud",
    "movie night, nobody likes it",
    "party mode, it's rubbish",
    "reading mode, that's useless",
    "wake up, i hate that routine",
    "movie night, the kids loathe it",
    "music on, it's awful",
])
def test_fault_found_with_the_request_runs_nothing(resolver: Resolver, said: str) -> None:
    assert resolver.resolve(said).decision != "run"


@pytest.mark.parametrize("said, routine", [
    ("bath time, the kids are filthy", "Bath"),
    ("movie night, the kids love it", "Movie night"),
    ("coffee time, i'm shattered", "Coffee"),
    ("lights on, i can't see a thing", "Lights"),
    ("music on, it's too quiet in here", "Music"),
])
def test_a_clause_that_does_not_find_fault_still_runs(resolver: Resolver, said: str,
                                                      routine: str) -> None:
    _runs(resolver, said, routine)


@pytest.mark.parametrize("said", [
    "heating on, should it be?",
    "movie night, should we?",
    "movie night, is that wise?",
    "lock up, should we?",
    "wake up, do i have to?",
    "music on, or is it too late?",
    "fan on, do we need it?",
    "tidy up time, must we?",
    "heating on, or should i?",
    "coffee time, is that sensible?",
])
def test_doubt_of_the_request_runs_nothing(resolver: Resolver, said: str) -> None:
    assert resolver.resolve(said).decision != "run"


@pytest.mark.parametrize("said, routine", [
    # ("shall we?" is the tag of a proposal the speaker makes: Quirk et al. 1985, 4.57)
    ("coffee time, shall we?", "Coffee"),
    ("movie night, shall we?", "Movie night"),
    ("lights off, can you?", "Dark"),
])
def test_a_proposal_or_a_tag_still_runs(resolver: Resolver, said: str, routine: str) -> None:
    _runs(resolver, said, routine)
