"""A taught phrase asked to be shown: "show me movie night", "show movie night" (issue 14,
words that change what is asked; labelled out of scope in the held-out sets). A person
who says it asks to see the routine, as "what does movie night do" asks: nothing runs,
and the resolver hands it on to the conversation as a routine command, which tells the
routine's steps. It was asked about ("Did you mean movie night?"), or, with the phrase
said after a pause, run."""

from __future__ import annotations

import pytest
from resolver_helpers import taught_resolver

from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("movie night", "Movie"), ("reading mode", "Reading"), ("lights on", "Lights"),
    ("show time", "Show"), ("show me the garden", "Garden"), ("light show", "Light show"))


@pytest.mark.parametrize("text", [
    "show me movie night",
    "show movie night",
    "show us reading mode",
    "show me the movie night routine",
    "show me lights on",
    "please show me reading mode",
    "show me, movie night",
])
def test_a_phrase_asked_to_be_shown_is_handed_on_as_a_routine_command(
        resolver: Resolver, text: str) -> None:
    found = resolver.resolve(text)
    assert (found.decision, found.reason) == ("reject", "routine_command"), found


@pytest.mark.parametrize(("text", "routine"), [
    ("show time", "Show"),
    ("show me the garden", "Garden"),
    ("light show", "Light show"),
    ("movie night", "Movie"),
])
def test_a_phrase_that_says_show_itself_still_runs(
        resolver: Resolver, text: str, routine: str) -> None:
    found = resolver.resolve(text)
    assert (found.decision, found.routine) == ("run", routine), found


@pytest.mark.parametrize("text", ["movie night for the show", "reading mode, show me"])
def test_show_said_after_the_phrase_is_no_routine_command(resolver: Resolver,
                                                          text: str) -> None:
    """Only said first: "... for the show" names a show."""
    assert resolver.resolve(text).reason != "routine_command"
