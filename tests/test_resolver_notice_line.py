"""A taught phrase said beside a notice of its own, a compound of nouns and the participle
that says its state, as a dashboard, an app or a commentary line words it (issue 14;
:func:`teachapp.understanding._cue_scope.compound_state`): "tyre deflation detected movie
night", "yoga time song thrush verified", "maximum capacity exceeded, feed the cat". The
request runs, with the pause marked or not. A participle said of people, one whose object
may be the request ("loved", "cancelled"), or a fault of a device kind keeps it a story."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("movie night", "Movie"), ("yoga time", "Yoga"), ("feed the cat", "Cat"))


@pytest.mark.parametrize(("text", "routine"), [
    ("tyre deflation detected movie night", "Movie"),
    ("um proximity sensors activated feed the cat", "Cat"),
    ("yoga time song thrush verified", "Yoga"),
    ("movie night windscreen washer fluid depleted", "Movie"),
    ("feed the cat orbit insertion achieved", "Cat"),
    ("maximum capacity exceeded, feed the cat", "Cat"),
    ("yoga time, song thrush verified", "Yoga"),
])
def test_a_phrase_beside_a_notice_of_its_own_runs(resolver: Resolver, text: str,
                                                  routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # people, whose past may be the request's
    "my kids loved movie night",
    "the bus driver loved movie night",
    "my little sister muttered movie night",
    # a participle that may take the request for its object
    "the night shift cancelled movie night",
    "the youth club watched movie night",
    # a device kind's fault
    "movie night dishwasher pump failed",
    # the household's own past
    "we watched movie night",
])
def test_a_story_or_a_fault_beside_the_phrase_does_not_run(resolver: Resolver,
                                                          text: str) -> None:
    assert runs(resolver, text) is None


@pytest.mark.parametrize("text", [
    # words written or said, the phrase their object
    "stupid autocorrect mangled movie night",
    # a complaint before the notice: its verb is no noun of a compound
    "movie night crawls along brakes applied",
    # a wh-word is no noun
    "droopy drawers who edited movie night",
])
def test_a_participle_whose_object_may_be_the_phrase_does_not_run(resolver: Resolver,
                                                                  text: str) -> None:
    assert runs(resolver, text) is None
