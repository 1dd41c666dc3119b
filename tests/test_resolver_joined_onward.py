"""A coordinator said last before a pause joins the request to what follows, not to what
went before (issue 14): "countermarching, bandsmen, heating on and, a glassie, ricocheted"
runs; an item of a list said after its verb still does not."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding._joined_onward import without_onward_joiner
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("heating on", "Warm up"), ("warm up the living room", "Warm up"),
    ("movie night", "Movie"), ("fan on", "Fan"))


@pytest.mark.parametrize(("text", "routine"), [
    ("countermarching, bandsmen, heating on and, a glassie, ricocheted", "Warm up"),
    ("slip one, knit one, fan on and, the cat yawned", "Fan"),
])
def test_a_coordinator_said_last_joins_what_follows(
        resolver: Resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # (an item of a list whose verb is said before it: the coordinator inside the piece)
    "i've done the recycling, movie night and the car wash today",
    "knit two together, movie night and the car wash",
])
def test_an_item_of_a_list_still_runs_nothing(resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None


def test_the_coordinators_said_last_are_left_out() -> None:
    assert without_onward_joiner(["heating", "on", "and"]) == ["heating", "on"]
    assert without_onward_joiner(["movie", "night", "and", "the", "car"]) == [
        "movie", "night", "and", "the", "car"]
    assert without_onward_joiner(["and"]) == ["and"]
