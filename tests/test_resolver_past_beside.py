"""A taught phrase said as a clause of its own beside a clause in the past of "be" said of
a thing of that clause's own (issue 14; :mod:`teachapp.understanding._cue_scope`): "garage
door, the lutz was underrotated" (a skating commentator on the telly), "the candlestick
was bloodstained, then feed the cat" (a murder mystery read aloud), "that descant was
heavenly, oh and feed the cat". The request runs. The past said of the phrase itself or
with a pro-form that may point back at it, of people who may have done it, or of how it
went ("the party was over") keeps it a story."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("garage door", "Garage"), ("movie night", "Movie"), ("feed the cat", "Cat"))


@pytest.mark.parametrize(("text", "routine"), [
    ("garage door, the lutz was underrotated", "Garage"),
    ("the candlestick was bloodstained, then feed the cat", "Cat"),
    ("reminiscing fondly, movie night, the camaraderie was priceless", "Movie"),
    ("feed the cat and, the ina bauer was underwhelming", "Cat"),
    # a demonstrative determining a noun of the clause's own points at that noun
    ("that descant was heavenly, oh and feed the cat", "Cat"),
    ("garage door, this quadrangle was built by the tudors", "Garage"),
])
def test_a_phrase_beside_the_past_of_a_thing_of_its_own_runs(resolver: Resolver, text: str,
                                                             routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # the past said of the phrase, or pointing back at it
    "movie night was fun, wasn't it",
    "movie night, it was brilliant",
    "movie night, that was brilliant",
    "movie night, that one was brilliant",
    # people, who may have done it themselves
    "movie night, the kids were watching",
    # how the request went
    "movie night, the film was over",
    # the past said of the household's own doing
    "movie night, we had it yesterday",
])
def test_the_past_said_of_the_phrase_or_its_doers_does_not_run(resolver: Resolver,
                                                               text: str) -> None:
    assert runs(resolver, text) is None
