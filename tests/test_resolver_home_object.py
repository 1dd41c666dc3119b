""""fumigate the attic, movie night" ran Movie night, the attic left out: a directive
set off by a pause was read as a sentence of the speaker's own ("cast on forty stitches,
movie night"), whatever its object. A directive about a room or an appliance of a home
asks the home for it, taught or not (:mod:`_home_object`); one about a thing of the
speaker's own or of the person spoken to asks it for nothing ("cast on forty stitches",
"mind the step", "easy all"), and a statement naming a room is none ("the dog's asleep in
the kitchen")."""

from __future__ import annotations

import pytest
from _assistant_helpers import make_assistant, seed_routines
from resolver_helpers import runs, taught_resolver

from teachapp.conversation import TurnInput
from teachapp.understanding._home_object import asks_home
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("movie night", "Movie"), ("tea time", "Tea"), ("reading mode", "Reading"))


@pytest.mark.parametrize("text", [
    "fumigate the attic, movie night",
    "movie night, fumigate the attic",
    "defrost the chest freezer. movie night",
    "tea time, descale the dishwasher",
    "reading mode, tidy the loft",
    "paint the shed. tea time",
])
def test_a_directive_about_a_room_or_an_appliance_runs_nothing(resolver: Resolver,
                                                                text: str) -> None:
    """Each ran the phrase on main."""
    assert runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    ("cast on forty stitches, movie night", "Movie"),
    ("easy all, movie night", "Movie"),
    ("be upstanding, movie night", "Movie"),
    ("fold in the egg whites gently, tea time", "Tea"),
    ("the dog's asleep in the kitchen. movie night", "Movie"),
])
def test_a_directive_to_a_person_and_a_statement_leave_the_phrase(
        resolver: Resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine


def test_what_asks_the_home() -> None:
    assert asks_home(["fumigate", "the", "attic"])
    assert asks_home(["clean", "the", "ovens"])
    assert not asks_home(["feed", "the", "kids"])  # (a word of a room's name alone: people)
    assert not asks_home(["the", "dog", "is", "in", "the", "kitchen"])
    assert not asks_home(["grandpa", "dug", "the", "garden"])
    assert asks_home(["hoover", "out", "the", "loft"])
    assert not asks_home([])


def test_the_untaught_directive_is_offered_for_teaching(store) -> None:
    """It ran Reading mode, "fumigate the attic" dropped."""
    seed_routines(store)
    assistant, _events = make_assistant(store)
    before = {d.id: dict(d.state) for d in store.devices()}
    result = assistant.handle(TurnInput("fumigate the attic, reading mode"))
    assert result.run is None
    assert {d.id: dict(d.state) for d in store.devices()} == before
    assert 'I understood "reading mode"' in result.question
    assert 'I don\'t know "fumigate the attic"' in result.question
