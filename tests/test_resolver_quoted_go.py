"""A taught phrase quoted with the colloquial "go" of a thing that says words (issue 14):
a noun, "that" or "which", "goes" or "went" (and "like"), then the phrase ("i downloaded
a ringtone that goes tea time", "the song which went like open the blinds"): the phrase
is what the ringtone or song says, mentioned, not asked for.

Their twins still run: "goes" after no relative pronoun ("there goes the bus, lights
on", "anything goes, tea time"), and the exact phrase."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

resolver = taught_resolver(
    ("tea time", "Tea"), ("open the blinds", "Blinds"), ("i'm home", "Home"),
    ("ring gale", "Gale"), ("lights on", "Lights"))


@pytest.mark.parametrize("text", [
    "i downloaded a ringtone that goes tea time",
    "I downloaded a ringtone that goes tea time!",
    "my alarm has a jingle that goes i'm home",
    "there's a song which went like open the blinds",
    "the parrot learned a tune that goes, ring gale",
    "choir practice over. my phone has a ringtone that goes lights on",
])
def test_a_phrase_a_thing_is_said_to_go_does_not_run(resolver, text: str) -> None:
    assert runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    ("tea time", "Tea"),
    ("there goes the bus, lights on", "Lights"),
    ("here goes, lights on", "Lights"),
    ("anything goes, tea time", "Tea"),
    ("open the blinds", "Blinds"),
])
def test_their_twins_still_run(resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine
