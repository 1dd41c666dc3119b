"""A dictionary word that is a taught compound's head inflected is another word, not the
compound misheard ("kids bedded again" is no "kids bedtime": :mod:`_other_word`'s
``_inflected_head``); the compound misspelt, cut or split is still it."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding._other_word import other_word
from teachapp.understanding._words import stem, token_similarity
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("kids bedtime", "Bed"), ("lunchtime bell", "Lunch"), ("movie night", "Movie"))


@pytest.mark.parametrize("text", ["kids bedded again", "lunches bell"])
def test_the_head_inflected_is_another_word(resolver: Resolver, text: str) -> None:
    """Each ran on main, the inflected head taken for the compound misheard."""
    assert runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    ("kids bedtime", "Bed"),
    ("kids bedtim please", "Bed"),
    ("kids bed time", "Bed"),
    ("kids beddtime", "Bed"),
    ("lunchtme bell", "Lunch"),
])
def test_the_compound_misheard_still_runs(resolver: Resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize(("heard", "taught", "other"), [
    ("bedded", "bedtime", True),
    ("lunches", "lunchtime", True),
    ("bedtimes", "bedtime", False),  # (the compound's own plural)
    ("sunsets", "sunset", False),
])
def test_other_word_reads_the_inflected_head(heard: str, taught: str, other: bool) -> None:
    st = stem(taught)
    assert other_word(heard, st, token_similarity(heard, st)) is other
