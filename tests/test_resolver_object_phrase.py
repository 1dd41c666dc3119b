"""A clause of the speaker's own closed by its object, a plural noun with no determiner,
right before a taught phrase with no pause written (issue 14; :mod:`teachapp.understanding._object_phrase`): "the goat nibbles
thistles movie night" runs as "the goat nibbles thistles. movie night" does. A verb
whose object may be the phrase, or that may take two objects or words, keeps it asked
about or unrun."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("movie night", "Movie"), ("nap time", "Nap"), ("lights off", "Off"),
    ("feed the cat", "Cat"), ("make coffee", "Coffee"))


@pytest.mark.parametrize(("text", "routine"), [
    ("the goat nibbles thistles movie night", "Movie"),
    ("the old ferry carries bicycles make coffee", "Coffee"),
    ("the old mill grinds oats lights off", "Off"),
    ("the gardener prunes roses nap time", "Nap"),
])
def test_a_phrase_after_a_clause_closed_by_its_object_runs(resolver: Resolver, text: str,
                                                           routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # a verb that takes an event or the request for its object
    "my sister hates sports nap time",
    "the kids love bedtime stories movie night",
    # a verb of two objects or words: the phrase may be the second
    "the teacher gives pupils movie night",
    "someone named their home network movie night",
    "the baby wants warm milk feed the cat",
    # a person as object, a noun of words
    "the lodger tells neighbours movie night",
    "my brother writes song lyrics movie night",
])
def test_an_object_that_may_take_the_phrase_is_no_edge(resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None
