""""the retiring postmaster's farewell speech was mostly ring comfi back" says what the
speech was; it ran Comfi ring. After "be" and an adverb that is never an adjective
("mostly", "largely") or one of stance ("simply"), the complement is still to come, so
the phrase after them is that complement. The text reader with no punctuation knew this
(:mod:`_unmarked`), but the reader of a statement joined to a phrase by nothing
(:func:`_clause_shape.joined_cuts`) did not: it cut the clause off when the subject was
longer than three words ("the old postmaster's farewell speech was mostly movie night"
ran; "the postmaster's farewell speech was mostly movie night" did not)."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("movie night", "Movie"), ("ring comfi back", "Comfi"), ("boil the kettle", "Tea"))


@pytest.mark.parametrize("text", [
    "the retiring postmaster's farewell speech was mostly ring comfi back",
    "the old postmaster's farewell speech was mostly movie night",
    "the postmaster's farewell speech was mostly movie night",
    "The retiring postmaster's farewell speech was mostly boil the kettle?",
    "the new vicar's long christmas sermon was largely movie night",
    "my great uncle ray's wedding toast was simply boil the kettle",
])
def test_the_complement_of_be_is_no_request(resolver: Resolver, text: str) -> None:
    """Each but the third and the last ran the routine before."""
    assert runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    ("the kids are filthy movie night", "Movie"),
    ("the old kids are really filthy movie night", "Movie"),
    ("movie night", "Movie"),
])
def test_a_whole_statement_before_the_phrase_still_runs(resolver: Resolver, text: str,
                                                        routine: str) -> None:
    assert runs(resolver, text) == routine
