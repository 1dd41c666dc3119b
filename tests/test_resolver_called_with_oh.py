"""A noun called after "o" or "oh" beside a taught phrase said exactly with no pause
written (issue 14: calls and exclamations before a phrase; a hymn sung at the sink, "guide
me o redeemer party mode"): the call is an utterance of its own, so the phrase runs as it
does with the pause written ("oh boy, movie night"). The phrase was asked about, or taken
for a different request. A verb, a cue or a time after "oh", a cue before the call, and a
taught word called still leave the phrase unrun."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

resolver = taught_resolver(
    ("party mode", "Party"), ("movie night", "Movie"), ("kids bath time", "Kids bath"),
    ("bath time", "Bath"), ("heat the bathroom", "Shower"))


@pytest.mark.parametrize(("text", "routine"), [
    ("guide me o redeemer party mode", "Party"),
    ("guide me o redeemer heat the bathroom", "Shower"),
    ("oh boy movie night", "Movie"),
    ("oh lord bath time", "Bath"),
    ("o lord party mode", "Party"),
    ("movie night o captain", "Movie"),
])
def test_a_noun_called_after_oh_leaves_the_phrase_to_run(resolver, text: str,
                                                          routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "oh stop movie night",
    "oh cancel party mode",
    "oh tomorrow movie night",
    "no oh boy movie night",
    "we loved it oh boy movie night",
    "oh boy movie night was awful",
    "oh kids bath time was fun",
])
def test_the_call_beside_a_cue_runs_nothing(resolver, text: str) -> None:
    assert runs(resolver, text) is None
