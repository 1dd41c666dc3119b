"""A taught phrase said as the name a thing is given in a noun phrase ("grandad restored
a steam locomotive called call the printer", "a boat named game night"), not asked for:
the participle clause names the noun, whatever the noun (a thing, an animal, a vehicle, a
boat, a pub, a person). Their twins still run: a pause after the participle ("the plumber
called, lights on"), the phrase alone."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

resolver = taught_resolver(
    ("call the printer", "Flint"), ("ring flint", "Flint"), ("call lacey back", "Lacey"),
    ("all lights on", "Bright"), ("lights on", "Lights on"), ("game night", "Gaming"),
    ("bath time", "Bath time"), ("quiet mode", "Quiet"))


@pytest.mark.parametrize("text", [
    # (the participle's own stem is the phrase's first word: read on main as that word
    # said twice and run)
    "grandad restored a steam locomotive called call the printer",
    "Grandad restored a steam locomotive called call the printer.",
    "we have a dog called call the printer",
    "they had a goldfish called call lacey back",
    "i met a man called call lacey back",
    # (the phrase, or a phrase cut short, after any noun and a participle of naming)
    "my neighbour owns a boat named game night",
    "she bought a horse named game night",
    "they had a goldfish called lights on",
    "i met a man called lights on",
    "there's a pub christened game night",
    "the old tractor nicknamed game night broke down",
    "someone called call the printer rang",
    "there's a pub near us known as game night",
])
def test_a_phrase_said_as_the_name_of_a_thing_does_not_run(resolver, text: str) -> None:
    assert runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    ("the plumber called, lights on", "Lights on"),
    ("call the printer", "Flint"),
    ("game night", "Gaming"),
    ("quiet mode please", "Quiet"),
])
def test_a_request_beside_a_naming_verb_still_runs(resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine
