"""A routine asked for by its name after its own noun ("start the routine called game
night", "run the scene named sunset glow", issue 14): the naming participle post-modifies
the routine's noun, so the phrase is the name it is asked for by, and the request runs as
"start the routine game night" does. "called" was read as a past tense and the request
rejected as a story. A thing given the name ("a dog called game night"), a story of the
routine, a routine command or a question about it still run nothing."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

resolver = taught_resolver(
    ("game night", "Gaming"), ("sunset glow", "Sunset"), ("nap time", "Nap"),
    ("lights on", "Lights on"), ("bath time", "Bath"))


@pytest.mark.parametrize(("text", "routine"), [
    ("start the routine called game night", "Gaming"),
    ("Start the routine called game night.", "Gaming"),
    ("run the routine named nap time", "Nap"),
    ("please run the scene called sunset glow", "Sunset"),
    ("activate the scene named sunset glow", "Sunset"),
    ("start the one called bath time", "Bath"),
    ("the routine called nap time please", "Nap"),
])
def test_a_routine_asked_for_by_its_name_runs(resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "we have a dog called game night",
    "i made a routine called game night",
    "she deleted the routine called nap time",
    "we loved the routine called game night",
    "delete the routine called nap time",
    "rename the routine called nap time",
    "what does the routine called nap time do",
    "don't start the routine called game night",
    "stop the routine called game night",
    "is the routine called lights on running",
    "the routine called game night is broken",
])
def test_the_name_said_otherwise_runs_nothing(resolver, text: str) -> None:
    assert runs(resolver, text) is None
