"""A verb of putting an end to a plan said first with the routine's phrase for its object
("kill movie night", "drop um tv time", "terminate shower time now") cancels it, as
"cancel movie night" does (:mod:`_ending_object`); on the code before, each was asked
about ("Did you mean Movie?", extra words) or, misheard, ran ("kill um callmy callmy
husband right now" ran Piran in the 18th set). Said later, with an object of its own, or
as the taught phrase itself, it cancels nothing."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding._ending_object import ending_span, object_of_its_own
from teachapp.understanding.resolution import Decision, Reason
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("movie night", "Movie"), ("tv time", "TV"), ("shower time", "Shower"),
    ("call my husband", "Piran"), ("kill the music", "Quiet"), ("drop the blinds", "Blinds"),
    ("tea time", "Tea"))


@pytest.mark.parametrize(("text", "routine"), [
    ("kill movie night", "Movie"),
    ("terminate shower time now", "Shower"),
    ("drop um tv time", "TV"),
    ("alexa, axe movie night", "Movie"),
    ("please ditch tv time", "TV"),
    ("discontinue shower time", "Shower"),
    ("kill um callmy callmy husband right now", "Piran"),
])
def test_an_ending_verb_said_first_cancels_the_phrase_it_governs(
        resolver: Resolver, text: str, routine: str) -> None:
    found = resolver.resolve(text)
    assert (found.decision, found.reason) == (Decision.REJECT, Reason.CANCELLATION)
    assert found.mentions == routine  # (the conversation offers undo when it just ran)


@pytest.mark.parametrize(("text", "routine"), [
    ("kill the music", "Quiet"),
    ("drop the blinds", "Blinds"),
])
def test_the_taught_phrase_still_runs(resolver: Resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "tea time, rolo, drop that",
    "movie night, my feet are killing me",
    "tv time so we terminate at euston",
])
def test_said_later_it_is_no_cancellation(resolver: Resolver, text: str) -> None:
    assert resolver.resolve(text).reason != Reason.CANCELLATION


def test_an_object_of_its_own_is_not_the_phrase(resolver: Resolver) -> None:
    assert resolver.resolve("kill it, movie night").reason != Reason.CANCELLATION
    assert resolver.resolve("drop everything, movie night").reason != Reason.CANCELLATION


def test_the_span_is_the_first_word_said_with_no_object_of_its_own() -> None:
    words, free = ["um", "kill", "movie", "night"], [True, False, False, False]
    assert ending_span(words, free, 1) == (1, 2, "cancellation")
    assert ending_span(["kill"], [False], 0) is None
    assert ending_span(["movie", "kill", "night"], [False] * 3, 0) is None
    assert object_of_its_own(["kill", "um", "it"], [False, True, False], 0)
    assert not object_of_its_own(["kill", "the", "lights"], [False] * 3, 0)
    assert object_of_its_own(["kill", "out"], [False] * 2, 0)  # ("chill out" misheard)
