"""A time said apart from the request, its own adjunct ("shower time, at midnight", "at
the crack of dawn, dinner time", "shower time, in an hour") asks for it later or asks
of its time, never for it now: the run is taken back as a condition (:mod:`_time_apart`).
On the code before, each ran at once (the 22nd set's echo questions of the hour, written
with pauses as commas, ran 21 of 40). A time the phrase says itself, "at once", "at
last", a place, or no pause keep their readings."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding.resolution import Decision, PhraseEntry, Reason
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("shower time", "Shower"), ("dinner time", "Dinner"), ("lights off", "Off"),
    ("print the route map", "Route"))


@pytest.mark.parametrize("text", [
    "shower time, at midnight",
    "dinner time, at this hour",
    "print the route map, at the crack of dawn",
    "at the crack of dawn, dinner time",
    "shower time, in an hour",
    "shower time, in a minute please",
    "dinner time, at noon",
])
def test_a_time_said_apart_takes_the_run_back(resolver: Resolver, text: str) -> None:
    found = resolver.resolve(text)
    assert (found.decision, found.reason) == (Decision.REJECT, Reason.CONDITIONAL)


def test_a_time_the_phrase_says_itself_runs() -> None:
    own = Resolver([PhraseEntry("heating off at midnight", "Night heat"),
                    PhraseEntry("shower time", "Shower")])
    assert runs(own, "heating off, at midnight") == "Night heat"
    assert runs(own, "heating off at midnight") == "Night heat"


@pytest.mark.parametrize(("text", "routine"), [
    ("shower time, at once", "Shower"),
    ("dinner time, at last", "Dinner"),
    ("shower time, please", "Shower"),
    ("lights off", "Off"),
])
def test_a_time_of_the_phrase_or_none_still_runs(
        resolver: Resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine
