"""A given name said alone right before a taught phrase, no pause written, is a call, so
the phrase runs as it does with the pause (issue 14; :mod:`teachapp.understanding.
_edge_before`): "marvin wake up kids" as "marvin, wake up kids". A month, a cue or more
words before it keep it asked about or unrun."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("wake up kids", "Wake"), ("beach day", "Beach"), ("sunday papers", "Papers"),
    ("movie night", "Movie"))


@pytest.mark.parametrize(("text", "routine"), [
    ("marvin wake up kids", "Wake"),
    ("orla beach day", "Beach"),
    ("um alfred sunday papers", "Papers"),
])
def test_a_name_called_before_a_phrase_runs_it(resolver: Resolver, text: str,
                                               routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # a month may say when
    "june beach day",
    # a cue or a verb after the name still frames the phrase
    "alfred cancel movie night",
    "ted yells movie night",
    "marvin movie night yesterday",
])
def test_a_month_or_a_name_with_more_does_not_run(resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None
