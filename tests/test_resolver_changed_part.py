"""A phrase heard with a word unsaid and another changed is asked about, never run (the
fifty-first set's "heating on" ran "kiteloft heater on", a home that taught no heating:
:mod:`_changed_part`); either alone still runs."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("kiteloft heater on", "Kiteloft heater"), ("kiteloft light on", "Kiteloft light"),
    ("fan on", "Fan"), ("fireplace on", "Fireplace"), ("porch light on", "Porch light"),
    ("lock the kiteloft", "Kiteloft"))


@pytest.mark.parametrize("text", ["heating on", "the heating on"])
def test_a_word_unsaid_and_another_changed_runs_nothing(resolver: Resolver,
                                                        text: str) -> None:
    """Each ran Kiteloft heater on main."""
    assert runs(resolver, text) is None
    found = resolver.resolve(text)
    assert (found.decision, found.routine) == ("clarify", "Kiteloft heater")


@pytest.mark.parametrize(("text", "routine"), [
    ("heater on", "Kiteloft heater"),  # (the place unsaid: the home's one heater)
    ("kiteloft heater on", "Kiteloft heater"),
    ("kitelof heater on", "Kiteloft heater"),  # (one word misheard, every word said)
    ("heaters on", "Kiteloft heater"),  # (the plural is the word itself)
    ("kiteloft heatr", "Kiteloft heater"),  # (only the particle unsaid)
    ("kiteloft heating", "Kiteloft heater"),
])
def test_one_guess_alone_still_runs(resolver: Resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine
