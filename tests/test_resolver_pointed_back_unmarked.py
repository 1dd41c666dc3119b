"""A clause after a taught phrase that points back at the request, with no pause written
between them, as a recogniser writes speech (issue 14): "heating on it's on already",
"cool the house should it be", "tv time again really" ask for nothing, as they do with
the pause marked. Requests that only go on past the phrase still run. The sentences are
this file's own, in no benchmark set."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("heating on", "Heat"), ("boil the kettle", "Tea"), ("feed biscuit", "Biscuit"),
    ("cool the house", "Cool"), ("gaming mode", "Gaming"), ("tv time", "TV"),
    ("ring nadia", "Nadia"), ("water the plants", "Plants"), ("reading mode", "Reading"))


@pytest.mark.parametrize("said", [
    "heating on it's on already",
    "heating on it's already on",
    "boil the kettle the kettle's boiled already",
    "feed biscuit biscuit's been fed",
    "water the plants they've been watered",
    "cool the house should it be",
    "ring nadia are you sure",
    "gameng mode are you sure",
    "gaming mood should it be",
    "tv time or what do you reckon",
    "tv time again really",
    "readingmode again seriously",
    "reading mode again you're joking",
    "tv time again give me strength",
    "boil the kettle again for crying out loud",
    "heating on already",
    "heating on already we only just did has anyone seen my keys",
])
def test_a_clause_pointing_back_unmarked_takes_the_request_back(
        resolver: Resolver, said: str) -> None:
    assert resolver.resolve(said).decision != "run"


@pytest.mark.parametrize(("said", "routine"), [
    ("heating on", "Heat"),
    ("heating on i'm freezing", "Heat"),
    ("heating on again", "Heat"),
    ("heating on give me strength", "Heat"),
    ("heating on now", "Heat"),
    ("tv time again please", "TV"),
    ("tv time the kids are home", "TV"),
    ("boil the kettle the tea's run out", "Tea"),
    ("water the plants they're wilting", "Plants"),
])
def test_a_request_that_goes_on_unmarked_still_runs(resolver: Resolver, said: str,
                                                    routine: str) -> None:
    assert runs(resolver, said) == routine


@pytest.mark.parametrize("said", [
    "tv time again honestly the bus fares have doubled",
    "boil the kettle again seriously and the vicar's retiring",
    "reading mode again you're joking i've been queueing for ages",
    "tv time um again really",
])
def test_again_and_a_formula_of_disbelief_stay_an_echo_before_another_clause(
        resolver: Resolver, said: str) -> None:
    """The formula, then a clause of the speaker's own (opened by a function word), or a
    filler before "again": the request echoed, no request."""
    assert resolver.resolve(said).decision != "run"
