"""Questions asked of someone else, surfaces given a voice, and asides that count, state
or point, the eighth round (issue 14).

A modal question whose subject is a third person ("can my daughter movie night", "is my
flatmate allowed to feed the cat") asks whether that person may; it asks nothing of the
assistant. A surface that is said to speak ("the notepad says movie night") quotes whoever
wrote on it, where a list of jobs read aloud ("the list says movie night") is the
speaker's own; and a lead-in that ends in "of" or "for" makes the phrase what a list is
of ("list the steps of movie night").

A clause said beside a taught phrase asks for nothing when it counts how often the
speaker has asked ("hundredth time, ..."), states with an operator after its subject
("steady does it"), holds a nominal "what" ("just what i need"), a preposition "on" with
its object ("chips on me") or opens with a participle ("hoovering the stairs"); an emoji's
name read aloud ("popcorn emoji") is a picture, no request. A cue in any of them still
wins. The wrappers below are this file's own, in no benchmark set.
"""

from __future__ import annotations

import pytest

from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

HOME = [PhraseEntry(p, r) for p, r in (
    ("lock all doors", "Lock up"), ("movie night", "Movie night"), ("bath time", "Bath"),
    ("feed the cat", "Cat"), ("porch light on", "Porch"), ("wake up the house", "Wake"))]


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(HOME)


@pytest.mark.parametrize("text", [
    "can my daughter movie night", "could the grandkids feed the cat",
    "will my husband lock all doors", "might my nephew bath time",
    "is my flatmate allowed to feed the cat", "are the lodgers permitted to porch light on",
    "hiya, can our babysitter wake up the house",
])
def test_a_question_of_what_someone_else_may_do_never_runs(resolver: Resolver,
                                                            text: str) -> None:
    res = resolver.resolve(text)
    assert (res.decision, res.reason) == ("reject", "question")


@pytest.mark.parametrize(("text", "routine"), [
    ("can you movie night", "Movie night"), ("could we feed the cat", "Cat"),
    ("can my son, feed the cat", "Cat"),
])
def test_the_hearer_or_the_speaker_asked_still_runs(resolver: Resolver, text: str,
                                                    routine: str) -> None:
    res = resolver.resolve(text)
    assert (res.decision, res.routine) == ("run", routine)


@pytest.mark.parametrize("text", [
    "the notepad says movie night", "the clipboard says bath time",
    "the memo says lock all doors", "the whiteboard reads feed the cat",
    "list the steps of movie night", "the checklist for bath time",
])
def test_a_surface_given_a_voice_or_a_list_of_the_phrase_never_runs(resolver: Resolver,
                                                                    text: str) -> None:
    assert resolver.resolve(text).decision != "run"


@pytest.mark.parametrize(("text", "routine"), [
    ("the list says movie night", "Movie night"), ("my notepad says bath time", "Bath"),
    ("reading off the whiteboard, feed the cat", "Cat"),
])
def test_an_item_read_off_a_list_still_runs(resolver: Resolver, text: str,
                                            routine: str) -> None:
    res = resolver.resolve(text)
    assert (res.decision, res.routine) == ("run", routine)


@pytest.mark.parametrize(("text", "routine"), [
    # (counts of asking)
    ("lock all doors, take three", "Lock up"), ("hundredth time, feed the cat", "Cat"),
    ("movie night, 4 times now", "Movie night"),
    # (an operator after its subject, a nominal "what", "on" with its object)
    ("steady does it, movie night", "Movie night"),
    ("movie night, just what i need", "Movie night"),
    ("movie night, chips on me", "Movie night"),
    ("bath time, the kids are on their way up", "Bath"),
    # (participle clauses)
    ("hoovering the stairs, movie night", "Movie night"),
    ("lock all doors, dashing for the bus", "Lock up"),
    # (an emoji read aloud)
    ("movie night popcorn emoji", "Movie night"), ("feed the cat, cat face emoji", "Cat"),
    ("porch light on sun emoji", "Porch"),
])
def test_a_new_aside_around_the_phrase_still_runs(resolver: Resolver, text: str,
                                                  routine: str) -> None:
    res = resolver.resolve(text)
    assert (res.decision, res.routine) == ("run", routine)


@pytest.mark.parametrize("text", [
    "easy does it, never movie night", "for the second time we had movie night",
    "movie night, third time, did anyone", "popcorn emoji, cancel movie night",
    "movie night, what i said", "sad face emoji, i hate movie night",
    "the kettle's on, movie night", "hoovering the stairs, is movie night on",
    "bath time, that's what we had", "lock all doors, what's the point",
    "movie night, second time of asking, she said", "hundredth time, don't feed the cat",
    "movie night always breaks winky emoji", "movie night rocks emoji",
])
def test_a_cue_beside_a_new_aside_still_wins(resolver: Resolver, text: str) -> None:
    assert resolver.resolve(text).decision != "run"
