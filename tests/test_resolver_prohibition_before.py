"""A prohibition of another act said right before a taught request, with no pause written
(issue 14; bare speech from an open-vocabulary recogniser): "no slurping heat the
bathroom", a rally co-driver's "unwinds no fishtailing" said first. "No" and a gerund
forbid that act alone; a phrase that opens as an imperative (a verb and its object's
determiner) is no noun phrase the gerund could take as its object, so the request runs
as it does with the pause written ("no slurping, heat the bathroom"). Before, the "no"
was read as a negation of the request. A phrase the gerund may take as its object, a
gerund the phrase says itself, a formula of response and a cue still leave it unrun."""

from __future__ import annotations

import pytest
from resolver_helpers import needs_dictionary, runs, taught_resolver

pytestmark = needs_dictionary

resolver = taught_resolver(
    ("heat the bathroom", "Bath"), ("close the blinds", "Blinds"), ("tea time", "Tea"),
    ("feed the cat", "Cat"))


@pytest.mark.parametrize(("text", "routine"), [
    ("no slurping heat the bathroom", "Bath"),
    ("unwinds no fishtailing close the blinds", "Blinds"),
    ("no dawdling feed the cat", "Cat"),
    ("no peeking at the presents close the blinds", "Blinds"),   # (its own object)
])
def test_another_act_forbidden_first_leaves_it_to_run(resolver, text: str,
                                                      routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "no skipping tea time",                        # (a noun phrase: the gerund's object)
    "no heating heat the bathroom",                # (the phrase's own verb forbidden)
    "no kidding close the blinds",                 # (a formula of response)
    "no slurping close the blinds yesterday",      # (a cue still judged)
    "don't close the blinds",
    "no peeking at the presents tea time",         # (a noun phrase after a noun)
])
def test_the_request_itself_forbidden_still_runs_nothing(resolver, text: str) -> None:
    assert runs(resolver, text) is None
