"""A clause beside a taught phrase opened by "his", "her" or "their" (issue 14; the
cribbage call "sunset scene, his heels" of the 43rd held-out set): a possessive before
its noun names nothing, so the clause is the speaker's own as "sunset scene, my heels" is.
In a home taught "tell dewey his football boots are in the porch", "his" was a taught
word, the clause was read as naming something the home knows, and the phrase beside it
was only asked about."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("sunset scene", "Sunset"), ("tell dewey his football boots are in the porch", "Dewey"),
    ("tell heidi her tea is ready", "Heidi"), ("put their coats away", "Coats"),
    ("movie night", "Movie"))


@pytest.mark.parametrize(("text", "routine"), [
    ("sunset scene, his heels", "Sunset"),
    ("sunset scene, her heels.", "Sunset"),
    ("movie night, their nobs", "Movie"),
    ("sunset scene, my heels", "Sunset"),
])
def test_a_possessive_clause_beside_a_phrase_leaves_it_to_run(
        resolver: Resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "sunset scene, his football boots",
    "sunset scene, her tea",
    "movie night, their coats",
])
def test_a_possessive_clause_that_names_a_taught_thing_does_not_run_alone(
        resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None
