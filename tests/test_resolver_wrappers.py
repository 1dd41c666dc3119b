"""Everyday words around a taught phrase (other assistants' names, "can we have",
"thank you very much") run it; a content word around it still makes the resolver
ask (issue 14: misheard and wrapped phrases keep working)."""

from __future__ import annotations

import pytest

from teachapp.understanding.resolution import Decision, PhraseEntry
from teachapp.understanding.resolver import Resolver

HOME = [PhraseEntry(p, r) for p, r in (
    ("chef mode", "Cook mode"), ("cooking time", "Cook mode"), ("bedtime story", "Story"),
    ("story time", "Story"), ("leaving home", "Leaving"), ("warm up the house", "Warm up"),
    ("movie night", "Movie night"), ("lights off", "Lights off"))]


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(HOME)


@pytest.mark.parametrize("text", [
    "google chef mode", "bixby movie night", "hey cortana leaving home", "olly story time",
    "can we have movie night", "could we have chef mode", "chef mode thank you very much",
    "movie night would be great", "i'd love movie night", "yo bedtime story",
    "could you really quickly do movie night"])
def test_everyday_words_around_a_phrase_run_it(resolver: Resolver, text: str) -> None:
    result = resolver.resolve(text)
    assert (result.decision, result.routine) == (Decision.RUN, HOME[0].routine if "chef" in text
                                                 else _routine_in(text))


@pytest.mark.parametrize("text", ["chef mode for the kids", "google movie night reviews",
                                  "they had movie night", "can we have no movie night",
                                  "they should have movie night", "get rid of movie night"])
def test_a_content_word_or_a_cue_around_it_still_does_not_run(resolver: Resolver,
                                                              text: str) -> None:
    assert resolver.resolve(text).decision != Decision.RUN


def _routine_in(text: str) -> str:
    return next(e.routine for e in HOME if e.text in text)


@pytest.mark.parametrize("text", ["google turn on the desk lamp", "hey cortana desk lamp off"])
def test_the_command_parser_knows_the_same_wake_words(text: str) -> None:
    """One list of wake words (the resolver's lexicon): a command after one is as sure
    as without it."""
    from command_helpers import default_home

    from teachapp.understanding.commands import CommandParser

    command = CommandParser(default_home()).parse(text)
    assert command is not None and command.confidence == 1.0
