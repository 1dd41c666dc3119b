"""A carrier said straight after a name's possessive is the noun it owns ("biscuit's run
heater on" is not "biscuit's kennel heater on" with "run" said as a carrier:
:mod:`_possessed_noun`); said before the request, or after a contraction, it is still
a carrier."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding._possessed_noun import possessed_nouns
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("biscuit's kennel heater on", "Kennel heater"), ("movie night", "Movie"),
    ("dim nan's reading lamp", "Nan lamp"))


@pytest.mark.parametrize("text", [
    "biscuit's run heater on",
    "Biscuit's Run heater on",
    "biscuit\u2019s run heater on",
    "dim nan's play lamp",
])
def test_a_carrier_after_a_possessive_is_a_word_said(resolver: Resolver, text: str) -> None:
    """Each ran on main, the carrier freed and the taught noun taken as left out."""
    assert runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    ("biscuit's kennel heater on", "Kennel heater"),
    ("run biscuit's kennel heater on", "Kennel heater"),
    ("let's start movie night", "Movie"),
    ("play movie night please", "Movie"),
])
def test_a_carrier_elsewhere_is_still_free(resolver: Resolver, text: str,
                                          routine: str) -> None:
    assert runs(resolver, text) == routine


def test_only_a_carrier_between_a_possessive_and_a_word_said_is_bound() -> None:
    carriers = frozenset({"run", "play"})
    toks = ["biscuits", "run", "heater", "on"]
    assert possessed_nouns("biscuit's run heater on", toks, [False, True, False, False],
                           carriers) == [False] * 4
    # (no apostrophe: "biscuits run ..." may be a clause of its own)
    assert possessed_nouns("biscuits run heater on", toks, [False, True, False, False],
                           carriers) == [False, True, False, False]
    # (nothing said after it, a contraction, or a word that is no carrier)
    assert possessed_nouns("biscuit's run", toks[:2], [False, True], carriers) == [False, True]
    assert possessed_nouns("it's play time", ["its", "play", "time"], [True, True, False],
                           carriers) == [True, True, False]
    assert possessed_nouns("nan's um lamp", ["nans", "um", "lamp"], [False, True, False],
                           carriers) == [False, True, False]
