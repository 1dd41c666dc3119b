"""A statement of its own said before a taught phrase with no pause marked, closed by an
adverb of manner or a prepositional phrase (issue 14; text as a recogniser with no
punctuation writes it; :mod:`teachapp.understanding._told_before`): "a hobgoblin snarls
menacingly nap time". The request runs. A statement that may go on into the phrase (a
verb last, a label, a general noun, the phrase's own first word again) or that reports,
negates or names keeps it asked about."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("movie night", "Movie"), ("nap time", "Nap"), ("feed the cat", "Cat"))


@pytest.mark.parametrize(("text", "routine"), [
    ("a hobgoblin snarls menacingly nap time", "Nap"),
    ("osmosis is diffusion through a membrane movie night", "Movie"),
    ("the boy ran into the garden feed the cat", "Cat"),
])
def test_a_statement_closed_before_the_phrase_runs(resolver: Resolver, text: str,
                                                   routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # a verb last may take the phrase as its object
    "the radio advert goes nap time",
    # the phrase's own first word again, a label, a general noun's modifier
    "my niece ends every postcard with nap nap time",
    "a spam email came in with the subject nap time",
    "we had a row about the whole movie night business",
    # the phrase the subject of what follows it
    "the boy ran into the garden movie night keeps failing",
    # a negator in the statement
    "the kids never sleep through the night nap time",
])
def test_a_statement_that_may_go_on_into_the_phrase_does_not_run(resolver: Resolver,
                                                                 text: str) -> None:
    assert runs(resolver, text) is None
