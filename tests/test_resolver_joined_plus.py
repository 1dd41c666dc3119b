"""An untaught request joined to a taught phrase by "plus" after a pause (issue 14, the
forty-seventh set's "an untaught request joined to it by plus": "fumigate the attic, plus
focus mode" ran Focus mode, the attic dropped), and one said last in a stretch of clauses
before "and", "plus" or "then" ("compass swung, yoke checked. fumigate the attic, and
night light" ran Night light: the stretch was judged as one clause, no imperative). The
two are asked about, as "fumigate the attic, and focus mode" was already; a clause of the
speaker's own beside "plus" still leaves the phrase to run."""

from __future__ import annotations

import pytest
from _assistant_helpers import make_assistant, seed_routines
from resolver_helpers import runs, taught_resolver

from teachapp.conversation import TurnInput
from teachapp.understanding.parts import split_parts
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("movie night", "Movie"), ("reading mode", "Reading"), ("lock up", "Lock"),
    ("bath time", "Bath"), ("good night", "Night"), ("lights on", "Lights"))


@pytest.mark.parametrize("text", [
    "fumigate the attic, plus movie night",
    "Fumigate the attic, plus movie night.",
    "renew my passport. plus lock up",
    "reading mode, plus renew my passport",
    "movie night, plus wash the car",
    "bath time, plus make coffee",
])
def test_a_request_joined_by_plus_runs_nothing(resolver: Resolver, text: str) -> None:
    """Each ran the phrase on main (but "bath time, plus make coffee", whose "make" is a
    request word of the lexicon)."""
    assert runs(resolver, text) is None


@pytest.mark.parametrize("text", [
    "compass swung, yoke checked. fumigate the attic, plus movie night",
    "compass swung, yoke checked. fumigate the attic, and movie night",
    "flaps set, trim set, clear the gutters, and lock up",
    "flaps set, trim set, clear the gutters, then lock up",
    "the tea's brewing, polish the brass, then reading mode",
    "the tea's brewing, polish the brass, plus reading mode",
])
def test_a_request_said_last_before_the_joiner_runs_nothing(resolver: Resolver,
                                                            text: str) -> None:
    """The clause the joiner joins is the last of the stretch said before it, judged
    alone; each ran the phrase on main."""
    assert runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    ("movie night, plus the kids are asleep", "Movie"),
    ("compass swung, yoke checked. movie night", "Movie"),
    ("flaps set, trim set, lock up", "Lock"),
    ("cast on forty stitches, movie night", "Movie"),
    ("two plus two is four. bath time", "Bath"),
    ("the tea's brewing, reading mode", "Reading"),
])
def test_a_clause_of_the_speakers_own_beside_plus_leaves_the_phrase_to_run(
        resolver: Resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine


def test_plus_after_a_pause_parts_a_sentence_as_and_does() -> None:
    assert split_parts("fumigate the attic, plus movie night") == [
        "fumigate the attic", "movie night"]
    assert split_parts("two plus two") == ["two plus two"]


def test_the_request_joined_by_plus_is_offered_for_teaching(store) -> None:
    """It was run as Reading mode, "fumigate the attic" dropped; split, "plus reading
    mode" was the part understood."""
    seed_routines(store)
    assistant, _events = make_assistant(store)
    before = {d.id: dict(d.state) for d in store.devices()}
    result = assistant.handle(TurnInput("fumigate the attic, plus reading mode"))
    assert result.run is None
    assert {d.id: dict(d.state) for d in store.devices()} == before
    assert 'I understood "reading mode"' in result.question
    assert 'I don\'t know "fumigate the attic"' in result.question
