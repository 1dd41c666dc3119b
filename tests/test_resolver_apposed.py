"""A phrase in apposition to a noun of quoted words is that saying, no request (the
forty-ninth set's "the school caretaker's saying": "the kids copy the school caretaker's
saying, close the blinds" ran Close blinds, 9.2 % as written, 8.3 % wrapped): it says
what the kids repeat. The run is taken back as someone else's words
(:mod:`_apposed`); the phrase said alone, or after a remark that ends otherwise, runs."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("close the blinds", "Blinds"), ("concert mode", "Concert"), ("movie night", "Movie"),
    ("send peachie a text", "Peachie"))


@pytest.mark.parametrize("text", [
    "The kids copy the school caretaker's saying, close the blinds.",
    "the kids copy the school caretaker's saying, concert mode",
    "Bababoo! the kids copy the school caretaker's saying, send peachie a text.",
    "my nan's mantra, close the blinds",
])
def test_a_phrase_after_a_noun_of_quoted_words_runs_nothing(resolver: Resolver,
                                                            text: str) -> None:
    """Each ran the phrase on main."""
    assert runs(resolver, text) is None
    assert resolver.resolve(text).reason == "reported"


@pytest.mark.parametrize(("text", "routine"), [
    ("close the blinds", "Blinds"),
    ("the kids copy the school caretaker, concert mode", "Concert"),
    ("in other words, movie night", "Movie"),
])
def test_the_phrase_said_otherwise_still_runs(resolver: Resolver, text: str,
                                              routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "Everyone joined in the folk song's chorus, close the blinds.",
    "everyone joined in the folk song's chorus concert mode",
    "Bababoo! everyone joined in the folk song's chorus, movie night, a ladybird's crawling.",
    "the second verse, send peachie a text",
    "we all sang the last verse, concert mode",
])
def test_a_phrase_after_a_songs_part_runs_nothing(resolver: Resolver, text: str) -> None:
    """A song's part is a noun of quoted words too (the fifty-first set's "a folk song's
    chorus": 28 of its cases ran as written, 13 bare): each ran the phrase on main."""
    assert runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    ("the chorus is catchy, movie night", "Movie"),
    ("this verse is lovely. concert mode", "Concert"),
])
def test_a_remark_on_a_songs_part_still_runs_the_phrase(resolver: Resolver, text: str,
                                                        routine: str) -> None:
    assert runs(resolver, text) == routine
