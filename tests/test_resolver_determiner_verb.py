"""A determiner is never the phrase's verb misheard (the forty-seventh set's "real request,
says a whole phrase": "start the tumbler" ran "hide tumbler on", its "the" aligned with
"hide"): the determiner is the object's own, the verb was not said, and the phrase is
only asked about (:mod:`_determiner_verb`)."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding._determiner_verb import not_for_verbs
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("hide tumbler on", "Hide tumbler"), ("tumbler on", "Tumbler"), ("tea time", "Tea"),
    ("movie night", "Movie"))


@pytest.mark.parametrize("text", ["start the tumbler", "olly start the tumbler",
                                  "start the tumbler please"])
def test_a_determiner_does_not_stand_in_for_the_verb(resolver: Resolver, text: str) -> None:
    """Each ran Hide tumbler on main."""
    assert runs(resolver, text) is None
    assert resolver.resolve(text).decision == "clarify"


@pytest.mark.parametrize(("text", "routine"), [
    ("hide tumbler on", "Hide tumbler"), ("hyde tumbler on", "Hide tumbler"),
    ("hide the tumbler on", "Hide tumbler"), ("tumbler on", "Tumbler"),
])
def test_the_verb_said_or_misheard_still_runs(resolver: Resolver, text: str,
                                              routine: str) -> None:
    assert runs(resolver, text) == routine


def test_only_a_verb_first_before_a_later_phrase_word() -> None:
    aligned = {0: (0, 0.6), 1: (1, 1.0)}
    not_for_verbs(aligned, ["the", "tumbler"], [False, False], ["hide", "tumbler", "on"], 0)
    assert aligned == {1: (1, 1.0)}
    kept = {0: (0, 0.6), 1: (1, 1.0)}
    not_for_verbs(kept, ["the", "time"], [False, False], ["tea", "time"], 0)
    assert kept == {0: (0, 0.6), 1: (1, 1.0)}  # ("tea" is no verb: "the time" may be it)
