"""A thing that shows or sounds words, said before the phrase, tuned on the thirty-fifth
held-out set's first run (issue 14): a noun phrase opened by a determiner, then "read"
(a text's past), "repeats" (a book's refrain) or "went" (the colloquial "go" of a thing),
right before the phrase: the phrase is that thing's wording, not a request.

Their twins still run or are asked: the verb after a pause, no determiner before its
subject ("alexa read the news" asks), and "went" of a clause that ends first."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

resolver = taught_resolver(
    ("tea time", "Tea"), ("party mode", "Party"), ("lights on", "Lights"),
    ("the news", "News"))


@pytest.mark.parametrize("text", [
    "the aeroplane banner over the stadium read tea time",
    "The picture book from the library repeats party mode!",
    "the kids swear the ouija board went lights on",
    "a neat outrun. the picture book from the library repeats lights on, a whopping carp",
])
def test_a_phrase_a_thing_shows_does_not_run(resolver, text: str) -> None:
    assert runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    ("the banner read, tea time", "Tea"),
    ("the match went well, tea time", "Tea"),
    ("we went to the park. party mode", "Party"),
])
def test_after_a_pause_or_a_clause_of_its_own_the_phrase_runs(resolver, text: str,
                                                                routine: str) -> None:
    assert runs(resolver, text) == routine


def test_with_no_determiner_the_verb_is_no_thing_showing_words(resolver) -> None:
    result = resolver.resolve("alexa read the news")
    assert (result.decision, result.routine) == ("clarify", "News")
