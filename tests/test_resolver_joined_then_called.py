"""A second, untaught request joined to a taught phrase by a joiner of addition and then a
lone word after a pause (the forty-ninth set's "an untaught request joined to it by along
with, wrapped": "Evening glow, along with hire a piano tuner, jenga." ran Sunset): the
lone word was read as the name of someone in the room and the request before it as said
to them, so the piano tuner was dropped (:mod:`_joined_to_request`). A directive to a
person named before it, or after it with no joiner, still leaves the phrase running."""

from __future__ import annotations

import pytest
from _assistant_helpers import make_assistant, seed_routines
from resolver_helpers import runs, taught_resolver

from teachapp.conversation import TurnInput
from teachapp.understanding._joined_to_request import added_to_request
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("evening glow", "Sunset"), ("guests are coming", "Guests"), ("reading mode", "Reading"),
    ("porch light on", "Porch"))


@pytest.mark.parametrize("text", [
    "Evening glow, along with hire a piano tuner, jenga.",
    "guests are coming, along with hire a piano tuner, jenga",
    "evening glow, as well as hire a piano tuner, bingo",
    "reading mode, plus book a taxi, marbles",
    "reading mode, together with descale the kettle, otis",
])
def test_a_second_request_before_a_lone_word_runs_nothing(resolver: Resolver,
                                                          text: str) -> None:
    """Each ran the phrase on main."""
    assert runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    ("porch light on and priya, pass me the butter", "Porch"),
    ("reading mode, ollie, fetch me the paperclips", "Reading"),
    ("reading mode, fetch me the paperclips, ollie", "Reading"),
])
def test_a_directive_to_a_person_still_leaves_the_phrase_running(
        resolver: Resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine


def test_only_a_joiner_with_more_after_it_adds() -> None:
    assert added_to_request(["along", "with", "hire", "a", "piano", "tuner"])
    assert added_to_request(["and", "fetch", "me", "the", "paperclips"])
    assert not added_to_request(["fetch", "me", "the", "paperclips"])
    assert not added_to_request(["and"])


def test_the_dropped_request_is_named_in_chat(store) -> None:
    seed_routines(store)
    assistant, _events = make_assistant(store)
    before = {d.id: dict(d.state) for d in store.devices()}
    result = assistant.handle(TurnInput("reading mode, along with hire a piano tuner, jenga"))
    assert result.run is None
    assert {d.id: dict(d.state) for d in store.devices()} == before
    assert 'I understood "reading mode"' in result.question
    assert "hire a piano tuner" in result.question
