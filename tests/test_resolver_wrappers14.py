"""A request told on after it, someone else's wish turned down, and a lone word with a
pronoun after it (issue 14, the out-of-scope classes still over 2 %).

"movie night, and it woke the baby again" tells what followed the phrase: a story, a
complaint, no request. "tv time, the neighbours want it, tough luck" turns down someone
else's wish. "leave it" is no "i'm leaving": the "it" heard as the "i" of the phrase
says no word of it, and "leave" alone is one word said of a longer phrase. Each shape
keeps its requests: the present ("..., and it's freezing"), the prop "it" of time
("..., and it's gone midnight"), someone else's wish relayed ("..., the kids want it") and
a refusal alone ("..., tough luck"). The sentences are this file's own, in no benchmark
set.
"""

from __future__ import annotations

import pytest

from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

HOME = [PhraseEntry(p, r) for p, r in (
    ("movie night", "Movie night"), ("tv time", "TV"), ("feed the cat", "Cat"),
    ("heating on", "Heat"), ("lights on", "Lights"), ("i'm leaving", "Leaving home"),
    ("music in the kitchen", "Kitchen radio"), ("lock all doors", "Lock up"))]


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(HOME)


@pytest.mark.parametrize("said", [
    "movie night, and it woke the baby again",
    "feed the cat, and it's gone wrong again",
    "lock all doors, and then it froze solid",
    "music in the kitchen, and that went on for hours",
    "tv time, and it blew the fuse",
])
def test_a_story_told_on_after_the_phrase_runs_nothing(resolver: Resolver, said: str) -> None:
    assert resolver.resolve(said).decision != "run"


@pytest.mark.parametrize("said", [
    "heating on, and it's freezing",
    "lights on, and it's gone midnight",
    "tv time, and then a cuppa for me",
    "heating on, it's freezing",
])
def test_the_present_and_the_time_after_and_still_run(resolver: Resolver, said: str) -> None:
    assert resolver.resolve(said).decision == "run"


@pytest.mark.parametrize("said", [
    "tv time, the neighbours want it, tough luck",
    "music in the kitchen, my son wants that, no way",
    "movie night, they want it, tough",
])
def test_someone_elses_wish_turned_down_runs_nothing(resolver: Resolver, said: str) -> None:
    assert resolver.resolve(said).decision != "run"


@pytest.mark.parametrize("said, routine", [
    ("tv time, tough luck", "TV"),
    ("lock all doors, tough luck", "Lock up"),
])
def test_a_refusal_alone_still_runs(resolver: Resolver, said: str, routine: str) -> None:
    found = resolver.resolve(said)
    assert (found.decision, found.routine) == ("run", routine)


@pytest.mark.parametrize("said", [
    "leave it", "leave it please", "movie night, actually, leave it", "tv time, oh, leave it",
])
def test_leave_it_is_no_i_am_leaving(resolver: Resolver, said: str) -> None:
    assert resolver.resolve(said).decision != "run"


@pytest.mark.parametrize("said", ["i'm leaving", "im leaving please", "i am leaving"])
def test_the_phrase_with_its_own_pronoun_still_runs(resolver: Resolver, said: str) -> None:
    found = resolver.resolve(said)
    assert (found.decision, found.routine) == ("run", "Leaving home")
