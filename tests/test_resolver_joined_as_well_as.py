"""An untaught request joined to a taught phrase by "as well as" (the forty-eighth set's
"an untaught request joined to it by as well as": "Tea time, as well as hire a chimney
sweep." ran Tea time, the chimney sweep dropped), where "and" or "plus" so said was asked
about. "As well as", the quasi-coordinator of addition (Quirk et al. 1985, 13.20), now
joins as "and" does, read whole from one list (:data:`conjunctions.ADDITIVE`)."""

from __future__ import annotations

import pytest
from _assistant_helpers import make_assistant, seed_routines
from resolver_helpers import runs, taught_resolver

from teachapp.conversation import TurnInput
from teachapp.understanding.conjunctions import additive, additive_before, in_additive
from teachapp.understanding.parts import split_parts
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("movie night", "Movie"), ("tea time", "Tea"), ("open the garage", "Garage"),
    ("reading mode", "Reading"), ("lock up", "Lock"))


@pytest.mark.parametrize("text", [
    "Tea time, as well as hire a chimney sweep.",
    "open the garage, as well as hire a chimney sweep, a nurdle",
    "movie night, as well as renew my passport",
    "reading mode. As well as knit a scarf",
])
def test_a_request_joined_by_as_well_as_runs_nothing(resolver: Resolver, text: str) -> None:
    """Each ran the phrase on main."""
    assert runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    ("movie night as well", "Movie"),
    ("tea time, as well as the biscuits", "Tea"),
    ("reading mode as well as movie night", None),
])
def test_as_well_as_joining_no_request_leaves_the_phrase_as_it_was(
        resolver: Resolver, text: str, routine: str | None) -> None:
    assert runs(resolver, text) == routine


def test_as_well_as_after_a_pause_parts_a_sentence_as_and_does() -> None:
    assert split_parts("fumigate the attic, as well as movie night") == [
        "fumigate the attic", "movie night"]
    assert split_parts("the lamps as well") == ["the lamps as well"]


def test_a_joiner_is_read_whole() -> None:
    words = ["tea", "time", "as", "well", "as", "knit"]
    assert additive(words, 2) == 3 and additive(words, 3) == 0 and additive(["and"]) == 1
    assert additive_before(words, 5) == 3 and additive_before(words, 4) == 0
    assert [in_additive(words, k) for k in range(6)] == [False, False, True, True, True, False]
    assert not in_additive(["as", "well"], 1)


def test_the_request_joined_by_as_well_as_is_offered_for_teaching(store) -> None:
    """It was run as Reading mode, "hire a chimney sweep" dropped."""
    seed_routines(store)
    assistant, _events = make_assistant(store)
    before = {d.id: dict(d.state) for d in store.devices()}
    result = assistant.handle(TurnInput("reading mode, as well as hire a chimney sweep"))
    assert result.run is None
    assert {d.id: dict(d.state) for d in store.devices()} == before
    assert 'I understood "reading mode"' in result.question
    assert 'I don\'t know "hire a chimney sweep"' in result.question
