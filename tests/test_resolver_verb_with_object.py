"""A lone verb and its prepositional object said before a taught phrase with no pause
written (issue 14; a hymn sung at the sink: "abide with me party mode"): the pronoun
object closes the verb's clause and the phrase after it is no object of that verb, so the
phrase runs as it does with the pause written ("abide with me, party mode"). It was asked
about (the verb read as one whose object the phrase may be). A cue, a request word or a
routine command as the verb, or a possessive "her", still leave the phrase unrun."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

resolver = taught_resolver(
    ("party mode", "Party"), ("heat the bathroom", "Shower"), ("coffee time", "Coffee"))


@pytest.mark.parametrize(("text", "routine"), [
    ("abide with me party mode", "Party"),
    ("abide with me heat the bathroom", "Shower"),
    ("dance with me coffee time", "Coffee"),
    ("pray for us party mode", "Party"),
])
def test_a_verb_and_its_prepositional_object_leave_the_phrase_to_run(
        resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "stop with me party mode",
    "cancel for me party mode",
    "forget for me party mode",
    "explain to me party mode",
    "sit with her party mode",
    "abide with me party mode was great",
])
def test_a_cue_or_a_possessive_before_it_still_runs_nothing(resolver, text: str) -> None:
    assert runs(resolver, text) is None
