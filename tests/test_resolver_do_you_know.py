""""do you know X" asks whether the assistant knows X; it ran X. "you know" is a filler
("you know, movie night"), and "do" a carrier ("do movie night"), so the two together
left only the phrase. p43voice heard "do you know call grandma" through Whisper four
times and each ran the call; typed in `chat` it ran too. After "do" a filler of the
listener as subject and verb ("you know", "you see") is the question's own."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding.resolution import Decision
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("movie night", "Movie"), ("call grandma", "Grandma"), ("good night", "Night"))


@pytest.mark.parametrize("text", [
    "do you know movie night",
    "do you know call grandma",
    "alexa, do you know good night?",
    "um do you know movie night",
    "do you see movie night",
])
def test_asking_whether_it_is_known_runs_nothing(resolver: Resolver, text: str) -> None:
    """Each ran the routine before."""
    assert runs(resolver, text) is None
    assert resolver.resolve(text).decision == Decision.REJECT


@pytest.mark.parametrize(("text", "routine"), [
    ("you know, movie night", "Movie"),
    ("movie night, you know", "Movie"),
    ("do movie night", "Movie"),
    ("do you know what, movie night", "Movie"),  # "you know what": a filler still
    ("call grandma please", "Grandma"),
])
def test_the_filler_and_the_carrier_alone_still_run(resolver: Resolver, text: str,
                                                    routine: str) -> None:
    assert runs(resolver, text) == routine
