"""An imperative "be" and its complement said right before a taught phrase, with no pause
written (issue 14; bare speech from an open-vocabulary recogniser): "your worships be
upstanding tea time", a toastmaster's call said first. The copula's one slot is filled,
so the phrase is no part of its clause and runs as it does with the pause written
("your worships, be upstanding, tea time"). Before, the participle-like complement was
read as a verb that might take the phrase as its object, and the words read whole were a
past ("distinguished ... ") or a different request. "Be" after a modal, a subject or a
negator, an -ing verb after it, a naming verb and a cue still leave the phrase unrun."""

from __future__ import annotations

import pytest
from resolver_helpers import needs_dictionary, runs, taught_resolver

pytestmark = needs_dictionary

resolver = taught_resolver(
    ("tea time", "Tea"), ("close the blinds", "Blinds"), ("feed the cat", "Cat"),
    ("movie night", "Movie"))


@pytest.mark.parametrize(("text", "routine"), [
    ("your worships be upstanding tea time", "Tea"),
    ("distinguished diners be upstanding feed the cat", "Cat"),
    ("be seated close the blinds", "Blinds"),
    ("children be careful movie night", "Movie"),
])
def test_a_command_to_be_said_first_leaves_it_to_run(resolver, text: str,
                                                     routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "you will be watching movie night",     # ("be" after a modal: a longer verb phrase)
    "we should be upstanding movie night",
    "do not be upstanding movie night",     # (a negator before it)
    "be watching movie night",              # (an -ing verb: the phrase its object)
    "be called movie night",                # (a verb of naming: the phrase the name)
    "be upstanding tea time yesterday",     # (a cue still judged)
])
def test_be_in_a_longer_verb_phrase_or_a_cue_still_runs_nothing(resolver, text: str) -> None:
    assert runs(resolver, text) is None
