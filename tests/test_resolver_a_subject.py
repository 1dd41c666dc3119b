"""A remark said after a taught phrase with no pause written, whose subject opens with "a"
and runs into its contracted "is" (issue 14): "movie night a flipper's adrift". After
"the" such a clause ran ("movie night the snail's glued on"); after "a" a word ending in
"s" was taken for a plural "a" cannot take, so the request was only asked about. A
noun's "'s" and a predicative after it make a clause of the speaker's own; a noun after
it ("a kids party") may still be what the phrase names, and every cue still stops it."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding._a_subject import a_subject_clause
from teachapp.understanding.normalize import default_lexicon
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("tea time", "Tea"), ("movie night", "Movie"), ("water the ferns", "Ferns"),
    ("ring grandad", "Grandad"), ("reading mode", "Reading"))


@pytest.mark.parametrize(("text", "routine"), [
    ("movie night a flipper's adrift", "Movie"),
    ("movie night a cats asleep", "Movie"),
    ("tea time a snail's glued to the window", "Tea"),
])
def test_a_remark_with_a_subject_after_a_runs(resolver: Resolver, text: str,
                                              routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "movie night a kids party",
    "tea time a snail's glued to the window yesterday",
    "movie night a cats asleep so never mind",
    "movie night a flipper's adrift isn't it",
])
def test_a_noun_or_a_cue_after_it_still_stops_it(resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None


def test_the_clause_is_a_a_noun_s_and_a_predicative() -> None:
    lexicon = default_lexicon()

    def taught(word: str) -> bool:
        return word in {"movie", "night"}

    assert a_subject_clause(["a", "snails", "glued", "on"], lexicon, taught)
    assert a_subject_clause(["an", "owls", "dead", "asleep"], lexicon, taught)
    assert not a_subject_clause(["a", "kids", "party"], lexicon, taught)
    assert not a_subject_clause(["the", "snails", "glued"], lexicon, taught)
    assert not a_subject_clause(["a", "snail", "glued"], lexicon, taught)
