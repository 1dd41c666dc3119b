"""A clause of the speaker's own whose verb is an irregular past or participle ("the
hubcap's fallen off", "the toboggan shot off") has a subject of its own: its particle is
its verb's, no "off" that cancels the request beside it (:mod:`_irregular_past`, read by
:mod:`_own_clause`). On the code before, the noun subject took the irregular verb for a
second noun, no verb was found, and "off" said last cancelled the phrase: each case below
was rejected. A pro-form that may point back at the phrase still stops it, and "off" said
of the phrase itself still cancels."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding._irregular_past import past_forms
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(("movie night", "Movie"), ("lights off", "Off"),
                           ("feed the goldfish", "Fish"), ("bath time", "Bath"))


@pytest.mark.parametrize(("text", "routine"), [
    ("lights off, the hubcap's fallen off", "Off"),
    ("movie night, the hubcap fell off", "Movie"),
    ("bath time, the tobogganist's thrown off", "Bath"),
    ("movie night. the toboggan shot off!", "Movie"),
    ("feed the goldfish, the sledge's broken off", "Fish"),
    ("feed the goldfsh, the hubcap's fallen off", "Fish"),
])
def test_an_irregular_past_with_its_own_subject_leaves_the_phrase_to_run(
        resolver: Resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "movie night, the hubcap's fallen off it",   # (a pro-form: the phrase may be its object)
    "movie night off",                            # (the phrase itself called off)
    "movie night, the kids fell asleep during it",
    "the kids made movie night",                  # (the phrase the verb's object)
])
def test_the_phrase_pointed_back_at_or_called_off_still_stops(
        resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None


def test_the_irregular_forms_are_one_list() -> None:
    assert {"fallen", "fell", "thrown", "shot", "made"} <= past_forms()
    assert "hubcap" not in past_forms()
