"""A verbless clause of the speaker's own said right after a taught phrase with no pause
written (issue 14; bare speech from an open-vocabulary recogniser): a tiddlywinks or quoits
call, "security off a squop scrunged", "ring gran back a leaner jiggling". An article, a
noun and a participle after the phrase are a clause with their own subject and predicate,
so the noun phrase is no object of the particle the phrase ends in and the participle
cannot take the phrase for its object: the request runs as it does with the pause written
("security off, a squop scrunged"). Before, the edge after the phrase was not sure and the
request was only asked about. A time after the participle, a person doing it, a thing the
phrase may be placed on ("lights on a timer") and a cue still leave it unrun."""

from __future__ import annotations

import pytest
from resolver_helpers import needs_dictionary, runs, taught_resolver

pytestmark = needs_dictionary

resolver = taught_resolver(
    ("security off", "Alarm"), ("heating on", "Warm"), ("ring gran back", "Gran"),
    ("lights on", "Lights"), ("tea time", "Tea"))


@pytest.mark.parametrize(("text", "routine"), [
    ("security off a squop scrunged", "Alarm"),
    ("heating on a squidge potted", "Warm"),
    ("ring gran back a leaner jiggling", "Gran"),
    ("lights on a wobbler leaning", "Lights"),
    ("security off a squop scrunged again", "Alarm"),    # (one adverb of its own)
])
def test_a_call_of_its_own_after_the_phrase_leaves_it_to_run(resolver, text: str,
                                                             routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "security off a squop scrunged yesterday",     # (a time: when, maybe the request's)
    "lights on a timer",                           # (no predicate: where the lights are)
    "heating on a party planned",                  # (an event planned: its object)
    "tea time yesterday a cake burnt",             # (a story of the request)
    "don't switch heating on a squidge potted",    # (a cue still judged)
])
def test_no_clause_of_its_own_still_runs_nothing(resolver, text: str) -> None:
    assert runs(resolver, text) is None
