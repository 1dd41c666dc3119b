"""Two shapes of a clause pointing back that the twenty-second held-out set's first
(blind) run found still running (issue 14): a general noun made definite at the end of a
clause ("... but i've gone off the idea", Halliday & Hasan 1976, 6.4), which points back
at the request as "it" does; and the hearer's certainty or the request's rightness asked
about ("..., are you sure?", "..., is that right?"). A clause of the speaker's own that
merely holds such a word still lets the phrase run. The sentences are this file's own,
in no benchmark set."""

from __future__ import annotations

import pytest

from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

HOME = [PhraseEntry(p, r) for p, r in (
    ("movie night", "Movie"), ("bath time", "Bath"), ("sprinklers on", "Water"),
    ("light the fire", "Fire"), ("ring nadia", "Nadia"), ("walk the dog", "Dog"))]


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(HOME)


@pytest.mark.parametrize("said", [
    "movie night but actually i've gone off the idea",
    "light the fire but we've dropped the plan",
    "walk the dog but i'm not keen on the whole thing",
    "sprinklers on, is that right?",
    "ring nadia, are you sure?",
    "light the fire, you sure about that?",
    "bath time, is that correct?",
])
def test_a_clause_pointing_back_by_a_general_noun_or_doubt_does_not_run(resolver, said):
    assert resolver.resolve(said).decision != "run"


@pytest.mark.parametrize(("said", "routine"), [
    ("bath time but i've got a brilliant idea for dinner", "Bath"),
    ("movie night but the cat ate the remote", "Movie"),
    ("bath time, the kids are filthy", "Bath"),
    ("sprinklers on, you're right", "Water"),
])
def test_a_clause_of_the_speakers_own_still_lets_it_run(resolver, said, routine):
    found = resolver.resolve(said)
    assert (found.decision, found.routine) == ("run", routine), found


def test_a_noun_phrase_after_a_phrase_ending_in_a_preposition_is_its_object():
    """"can you put the lights on the high setting" ran Lights on: "the high setting" was
    read as a clause joined by nothing beside a misheard phrase; it is the object of "on".
    With a verb of its own it is a clause ("... on the hamster's escaped")."""
    home = Resolver([PhraseEntry(p, r) for p, r in (
        ("lights on", "Lights"), ("bedroom lights on", "Bedroom"), ("warm up", "Warm"),
        ("underfloor heating on", "Floor"))])
    assert home.resolve("can you put the lights on the high setting").decision != "run"
    found = home.resolve("underfloor heading on the hamster's escaped")
    assert (found.decision, found.routine) == ("run", "Floor"), found
