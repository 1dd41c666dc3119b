"""A request echoed and commented on, and a saying given as someone else's, the twelfth
round (issue 14).

"bath time again? already?", "movie night again? you're joking": a word of repetition or
of time said last in its own clause with a question mark is an echo question of
incredulity (Quirk et al. 1985, 11.34-11.35); followed by more of the speaker's words it
complains, or says the thing is done, and asks for nothing. Said without the question
mark, or with only thanks or a name after it, "again" still asks for the routine once
more. "lights off, he reckons", "movie night, that's her catchphrase": a view or a saying
given as someone else's is their words, not the speaker's request, as "she says" is. The
sentences below are this file's own, in no benchmark set.
"""

from __future__ import annotations

import pytest

from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

HOME = [PhraseEntry(p, r) for p, r in (
    ("lock all doors", "Lock up"), ("movie night", "Movie night"), ("bath time", "Bath"),
    ("feed the cat", "Cat"), ("porch light on", "Porch"), ("heating on", "Heat"),
    ("lights off", "Dark"), ("start the dishwasher", "Dishes"))]


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(HOME)


def _runs(resolver: Resolver, text: str, routine: str) -> None:
    res = resolver.resolve(text)
    assert (res.decision, res.routine) == ("run", routine), (text, res.reason)


def _does_not_run(resolver: Resolver, text: str) -> None:
    res = resolver.resolve(text)
    assert res.decision != "run", (text, res.routine, res.reason)


@pytest.mark.parametrize("text", [
    "bath time again? already?",
    "movie night again? you're joking",
    "feed the cat, again? she's just eaten",
    "start the dishwasher again? honestly?",
    "lock all doors already? it's only six",
    "Heating on, again? Give me a break.",
])
def test_a_request_echoed_and_commented_on_does_not_run(resolver: Resolver, text: str) -> None:
    _does_not_run(resolver, text)


@pytest.mark.parametrize(("text", "routine"), [
    ("movie night again please", "Movie night"),
    ("heating on again, it's freezing", "Heat"),
    ("bath time, again", "Bath"),
    ("bath time again", "Bath"),
    ("feed the cat again?", "Cat"),
    ("porch light on again? thanks", "Porch"),
    ("lights off again? please, love", "Dark"),
])
def test_again_without_a_comment_after_its_question_still_asks(
        resolver: Resolver, text: str, routine: str) -> None:
    _runs(resolver, text, routine)


@pytest.mark.parametrize("text", [
    "lights off, he reckons",
    "movie night, she reckons",
    "bath time, they reckon",
    "feed the cat, that's her catchphrase",
    "lights off, she says",
])
def test_a_saying_given_as_someone_elses_does_not_run(resolver: Resolver, text: str) -> None:
    _does_not_run(resolver, text)


@pytest.mark.parametrize(("text", "routine"), [
    ("i reckon movie night", "Movie night"),
    ("movie night, i reckon", "Movie night"),
])
def test_the_speakers_own_reckoning_still_asks(
        resolver: Resolver, text: str, routine: str) -> None:
    _runs(resolver, text, routine)


@pytest.mark.parametrize("text", [
    "lights off, i sorted it myself",
    "feed the cat, we did it ourselves",
])
def test_a_thing_the_speakers_did_themselves_does_not_run(resolver: Resolver, text: str) -> None:
    _does_not_run(resolver, text)


@pytest.mark.parametrize(("text", "routine"), [
    ("lights off, i'm sorting the washing myself", "Dark"),
    ("feed the cat, i'm too tired myself", "Cat"),
])
def test_a_clause_of_the_speakers_own_without_it_still_asks(
        resolver: Resolver, text: str, routine: str) -> None:
    _runs(resolver, text, routine)


@pytest.mark.parametrize("text", [
    "movie night as soon as the plumber leaves",
    "heating on as soon as we get in",
    "bath time as soon as she's finished her tea",
])
def test_a_request_for_when_a_clause_of_time_holds_does_not_run(
        resolver: Resolver, text: str) -> None:
    _does_not_run(resolver, text)


@pytest.mark.parametrize(("text", "routine"), [
    ("lights off as soon as possible", "Dark"),
    ("heating on as soon as you can", "Heat"),
    ("feed the cat as soon as", "Cat"),
])
def test_as_soon_as_of_urgency_still_asks(resolver: Resolver, text: str, routine: str) -> None:
    _runs(resolver, text, routine)
