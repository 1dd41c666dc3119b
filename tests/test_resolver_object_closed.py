"""A clause of the speaker's own closed by its object right before a taught phrase, no
pause written (issue 14; :mod:`teachapp.understanding._object_closed`): "goldilocks
tasted the porridge movie night" runs as "goldilocks tasted the porridge. movie night"
does, as does one closed by an adjunct ("arsenic was laced into the sherry ..."); an
object that may be told or given the phrase, or that names words, is no edge."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("movie night", "Movie"), ("nap time", "Nap"), ("lock up", "Lock"),
    ("feed the cat", "Cat"))


@pytest.mark.parametrize(("text", "routine"), [
    ("goldilocks tasted the porridge movie night", "Movie"),
    ("an ogre bars the drawbridge lock up", "Lock"),
    ("cromwell dissolved the monasteries nap time", "Nap"),
    ("lawks i have laddered my tights feed the cat", "Cat"),
])
def test_a_phrase_after_a_clause_closed_by_its_object_runs(resolver: Resolver, text: str,
                                                           routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize(("text", "routine"), [
    ("arsenic was laced into the sherry movie night", "Movie"),
    ("trolleys must be returned to the bays lock up", "Lock"),
])
def test_a_phrase_after_a_clause_closed_by_an_adjunct_runs(resolver: Resolver, text: str,
                                                           routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # a thing words are written on, a verb of telling before the adjunct
    "there is a sign on the door lock up",
    "i told the kids at the park movie night",
])
def test_an_adjunct_beside_words_or_telling_is_no_edge(resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None


@pytest.mark.parametrize("text", [
    # the object names words the phrase may be ("the phrase ...", "their wifi ...")
    "someone on our street named their wifi movie night",
    "in english class we learnt the phrase lock up",
    # a past told of the request's own thing, a verb of telling with its person
    "grandma fixed the kettle feed the cat",
    "i told the kids movie night",
])
def test_an_object_that_may_take_the_phrase_is_no_edge(resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None
