"""A taught phrase said among status calls, with no pause marked (issue 14; text as a
recogniser with no punctuation writes it; :mod:`teachapp.understanding._status_calls`): a
checklist read aloud, each call a noun and its participle ("anchor weighed", "sails
hoisting"), with the phrase between calls or after or before two of them. The request
runs. One participle beside the phrase, a person or a determiner before it, or words that
continue the phrase's clause keep it from running."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("ring tiffani back", "Tiffani"), ("dust the tiffany lamp", "Lamp"),
    ("movie night", "Movie"), ("tea time", "Tea"))


@pytest.mark.parametrize(("text", "routine"), [
    # a call on each side
    ("anchor weighed ring tiffani back sails hoisted", "Tiffani"),
    ("microphones patched movie night monitors muted", "Movie"),
    ("centrifuge spinning tea time samples labelled", "Tea"),
    # "so" or "and" before the calls after it
    ("anchor weighed dust the tiffany lamp so sails hoisted", "Lamp"),
    ("anchor weighed movie night and sails hoisted", "Movie"),
    # two calls before it, or after it
    ("anchor weighed sails hoisted ring tiffani back", "Tiffani"),
    ("hatches battened galley stove secured tea time", "Tea"),
    ("movie night microphones patched monitors muted", "Movie"),
])
def test_the_phrase_among_status_calls_runs(resolver: Resolver, text: str,
                                            routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # one call alone on one side: a participle that may take the phrase as its object,
    # or a noun the phrase may modify
    "anchor weighed movie night",
    "movie night tickets printed",
    # a person before a past verb: a story
    "kids watched movie night dad snored",
    # a determiner before the noun: a clause of its own subject, which may be a story
    "the driver muttered tea time monitors muted",
    # a verb that takes an event for its object
    "anchor weighed sails hoisted we started movie night",
    # words after the phrase that continue its clause
    "anchor weighed movie night cancelled sails hoisted",
    "anchor weighed movie night is broken sails hoisted",
])
def test_the_phrase_beside_words_that_are_no_calls_does_not_run(resolver: Resolver,
                                                                text: str) -> None:
    assert runs(resolver, text) is None
