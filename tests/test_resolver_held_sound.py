"""A word held past any spelling ("haaah", "yawwwn", "muuum") said alone beside a taught
phrase is a sound or a call of its own, so the phrase runs as it does with the pause
written (issue 14; :mod:`teachapp.understanding._held_sound`): "haaah open the blinds"
as "haaah, open the blinds". A cue said long stays a cue, and taught words run together
at a held letter are no sound."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("open the blinds", "Blinds"), ("cleaning time", "Clean"), ("lights on", "Lights"),
    ("hall light", "Hall"), ("movie night", "Movie"), ("security on", "Security"))


@pytest.mark.parametrize(("text", "routine"), [
    ("haaah open the blinds", "Blinds"),
    ("yawwwn cleaning time", "Clean"),
    ("muuum lights on", "Lights"),
    ("zzz movie night", "Movie"),
    ("nnngh security on", "Security"),
])
def test_a_held_sound_beside_a_phrase_runs_it(resolver: Resolver, text: str,
                                              routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # a cue said long is still the cue
    "nooo lights on",
    "stooop lights on",
    "neverrr movie night",
    # a word said slowly is still the word: a verb acting on the routine, a halt
    "killl movie night",
    "reeeverse open the blinds",
    "waaait lights on",
    # two taught words run together at the held letter
    "halllight lights on",
    # a cue elsewhere still frames the request
    "yawwwn cancel movie night",
    "haaah lights on is my favourite",
])
def test_a_held_cue_or_run_together_words_do_not_run(resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None
