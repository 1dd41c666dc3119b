"""A given name that ends in -ed ("alfred", "mildred", "winifred") is no past tense (issue
14): said last, unpunctuated, it calls the one asked as any name does ("lock up alfred");
said first, alone, it is a call too, as a given name is (:func:`_edge_before.called_by_name`),
not a story. A past said beside the name still is one ("mildred watched movie night")."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(("movie night", "Movie"), ("lock up", "Lock"),
                           ("water the seedlings", "Seedlings"))


@pytest.mark.parametrize(("text", "routine"), [
    ("lock up alfred", "Lock"),
    ("water the seedlings alfred", "Seedlings"),
    ("movie night winifred", "Movie"),
])
def test_a_name_ending_in_ed_said_last_is_a_call(resolver: Resolver, text: str,
                                                 routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize(("text", "routine"), [("alfred lock up", "Lock"),
                                             ("um mildred movie night", "Movie")])
def test_a_name_ending_in_ed_said_first_is_a_call(resolver: Resolver, text: str,
                                                  routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", ["mildred watched movie night", "lock up, alfred locked it",
                                  "movie night finished"])
def test_a_past_beside_the_name_is_no_request(resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None
