"""A clause that bids someone say words of its own ("say cheesecake", "say operator after
the tone") frames those words, not a phrase said whole in another clause: the phrase runs
as it would without it (:mod:`_said_object`). The first test's cases were rejected as
someone else's words on the code before; "say" with the phrase, or with a word that may
point back at it, still frames it."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding._said_object import without_said_object
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("shower time", "Shower"), ("make the sage stuffing", "Stuffing"),
    ("sharpen the spar hook", "Spar"), ("movie night", "Movie"), ("coffee time", "Coffee"))


@pytest.mark.parametrize(("text", "routine"), [
    ("make the sage stuffing, say cheesecake", "Stuffing"),
    ("shower time say cheesecake", "Shower"),
    ("to talk to an agent, sharpen the spar hook, say operator after the tone", "Spar"),
    ("say cheese, movie night", "Movie"),
    ("coffee time, say hello to granny", "Coffee"),
])
def test_a_phrase_beside_a_bidding_to_say_other_words_runs(
        resolver: Resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "say movie night",
    "movie night, she said",
    "movie night, say it again",
    "movie night, say when",
    "she told me to say movie night",
    "movie night, don't, say cheese",
    "movie night, say the lights are off",
])
def test_the_phrase_said_as_what_to_say_still_runs_nothing(
        resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None


def test_the_clause_is_cut_at_its_pauses_or_closes_the_text() -> None:
    assert list(without_said_object("shower time, say cheesecake")) == ["shower time"]
    assert list(without_said_object("say cheese, movie night")) == ["movie night"]
    assert list(without_said_object("a, say b c, d")) == ["a, d"]
    assert list(without_said_object("shower time say cheesecake")) == ["shower time"]
    assert not list(without_said_object("say movie night"))
    assert not list(without_said_object("movie night, say it"))
    assert not list(without_said_object("movie night, say"))
