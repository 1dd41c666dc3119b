"""A clause after a taught phrase that points back at it and says it is no request now,
and a self-repair that withdraws the request (issue 14, the twenty-first set's
out-of-scope classes over 2 %).

"movie night, my sister's keen but i'm not" gives someone else's wish and the speaker's
elliptical "not" after "but"; "feed the cat, i've dealt with it" says it is done, "it"
the object of a prepositional verb; "tv time, that's his favourite line" reports
someone's words; "lights on, no, hold off" withdraws the request. Each shape keeps its
requests: a wish shared ("..., my sister's keen and so am i"), a thing of the speaker's
own done ("..., i've posted the valentine"), a "that" of a thing ("..., the phone line
is down"), and a repair to another phrase ("lights on, no, heating on"). The sentences
are this file's own, in no benchmark set.
"""

from __future__ import annotations

import pytest

from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

HOME = [PhraseEntry(p, r) for p, r in (
    ("movie night", "Movie night"), ("tv time", "TV"), ("feed the cat", "Cat"),
    ("heating on", "Heat"), ("lights on", "Lights"), ("lights off", "Dark"),
    ("lock all doors", "Lock up"), ("music in the kitchen", "Kitchen radio"))]


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(HOME)


@pytest.mark.parametrize("said", [
    "movie night, my sister's keen but i'm not",
    "lock all doors, my brother's eager but i'm not really",
    "tv time, the kids are keen but we aren't",
    "heating on, my mum wants it, but i don't",
])
def test_someone_elses_wish_the_speaker_does_not_share_runs_nothing(
        resolver: Resolver, said: str) -> None:
    assert resolver.resolve(said).decision != "run"


@pytest.mark.parametrize("said, routine", [
    ("movie night, my sister's keen and so am i", "Movie night"),
    ("feed the cat, the kids want it and so do i", "Cat"),
])
def test_a_wish_shared_still_runs(resolver: Resolver, said: str, routine: str) -> None:
    found = resolver.resolve(said)
    assert (found.decision, found.routine) == ("run", routine)


@pytest.mark.parametrize("said", [
    "movie night, i saw to it already",
    "feed the cat, i've dealt with it",
    "lock all doors, i sorted it out",
    "heating on, i've seen to that already",
    "tv time, we took care of it",
])
def test_done_already_by_the_speaker_runs_nothing(resolver: Resolver, said: str) -> None:
    assert resolver.resolve(said).decision != "run"


@pytest.mark.parametrize("said, routine", [
    ("lights on, i've posted the valentine", "Lights"),
    ("lights on, i hemmed those trousers", "Lights"),
])
def test_something_else_done_still_runs(resolver: Resolver, said: str, routine: str) -> None:
    found = resolver.resolve(said)
    assert (found.decision, found.routine) == ("run", routine)


@pytest.mark.parametrize("said", [
    "tv time, that's his favourite line",
    "movie night, that's her motto",
    "heating on, that's their usual line",
    "feed the cat, that's my nan's old saying",
])
def test_someones_saying_runs_nothing(resolver: Resolver, said: str) -> None:
    assert resolver.resolve(said).decision != "run"


def test_a_line_that_is_no_saying_still_runs(resolver: Resolver) -> None:
    found = resolver.resolve("movie night, the phone line is down")
    assert (found.decision, found.routine) == ("run", "Movie night")


@pytest.mark.parametrize("said", [
    "lights on, no, hold off",
    "heating on, no wait, hold fire",
    "tv time, no, not yet",
    "feed the cat, sorry, maybe later",
    "movie night, no, leave it",
])
def test_a_repair_that_only_says_to_wait_runs_nothing(resolver: Resolver, said: str) -> None:
    assert resolver.resolve(said).decision != "run"


@pytest.mark.parametrize("said, routine", [
    ("lights on, no, heating on", "Heat"),
    ("tv time, sorry, movie night", "Movie night"),
    ("heating on, no wait, lights off", "Dark"),
])
def test_a_repair_to_another_phrase_still_runs(resolver: Resolver, said: str,
                                               routine: str) -> None:
    found = resolver.resolve(said)
    assert (found.decision, found.routine) == ("run", routine)
