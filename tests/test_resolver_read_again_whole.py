"""A second reading of the text is judged by every reader (issue 14): the text said once
(a word said twice in a row read once) and the text with its clause edges marked (no
pause written) are each read as the speaker's own text would be, with every reader of
pauses and clauses, not the first reading alone. "a headless horseman galloped through
the churchyard bath bath time" runs as "... churchyard bath time" does; a clause of the
speaker's own after "and" is an edge as it is without it ("i'm knackered bath time and
i'm off to bed"). What stops the request said once or with its pauses still stops it."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("movie night", "Movie"), ("reading mode", "Reading"), ("lock up", "Lock"),
    ("nap time", "Nap"), ("bath time", "Bath"), ("good night", "Night"),
    ("security on", "Alarm"), ("shower time", "Shower"), ("party mode", "Party"))


@pytest.mark.parametrize(("text", "routine"), [
    ("a headless horseman galloped through the churchyard bath bath time", "Bath"),
    ("the dog is very dirty bath bath time", "Bath"),
])
def test_a_word_said_twice_beside_a_clause_with_no_pause_runs_as_said_once(
        resolver: Resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize(("text", "routine"), [
    ("i'm knackered bath time and i'm off to bed", "Bath"),
    ("ugh nap time and the baby is shattered", "Nap"),
    ("ugh movie night and we're off to the pictures", "Movie"),
])
def test_and_before_a_clause_of_the_speakers_own_is_a_clause_edge(
        resolver: Resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine


def test_an_edge_not_sure_before_the_phrase_is_still_only_asked_about(
        resolver: Resolver) -> None:
    # (a clause edge after "and", none sure before: "with this bangle" may go on with it)
    found = resolver.resolve("with this bangle security on and i plight my troth")
    assert found.decision == "clarify" and found.routine == "Alarm"


@pytest.mark.parametrize("text", [
    "i'm knackered lock up and i'm off",  # (the cancellation "off" closing it)
    "movie night and it was great",  # (a pro-form and the past: a story of it)
    "nap time and i hate it",  # (an opinion of it)
    "lock up and they never do",
    "we had bath bath time",
    "cancel bath bath time",
    "the crevasse yawned beneath them lock lock up",
    # (what frames the text said once takes it back: someone else learning the words)
    "my spanish exchange partner is learning party party mode",
    # (a word said twice apart from the phrase may be a formula: a knock-knock joke)
    "knock knock, who's there? bath time, ha",
])
def test_what_stops_the_request_said_once_or_with_its_pauses_still_stops_it(
        resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None


@pytest.mark.parametrize("text", [
    "reading mode and make coffee",  # (an order after "and": a second request)
    "reading mode and purple elephant dance",
    "reading mode and big red bus",  # (a noun phrase alone after "and")
    "movie night and open the garage",
])
def test_and_before_another_request_is_no_clause_edge(resolver: Resolver, text: str) -> None:
    # (two things asked, one not taught: the conversation runs neither and offers the
    # other for teaching, as "reading mode and purple elephant dance" always did)
    assert runs(resolver, text) is None
