"""A word said in the place of a phrase word left unsaid, only near a word of the routine's
other phrases, is no word of the request: the phrase is asked about, never run ("take the
kids to the skating rink" is not "... the curling rink" because the routine's other phrase
says "skate"). Said as the other phrase's very word, it is still explained
(:mod:`teachapp.understanding._stand_in`)."""

from __future__ import annotations

from resolver_helpers import runs, taught_resolver

from teachapp.understanding._stand_in import STAND_IN, routine_bar
from teachapp.understanding.resolution import Decision

resolver = taught_resolver(
    ("take the kids to the curling rink", "Rink"),
    ("drop the kids at the curling rink to skate", "Rink"),
    ("lights off", "Lights off"))


def test_a_near_word_in_an_unsaid_words_place_is_asked_about(resolver) -> None:
    found = resolver.resolve("take the kids to the skating rink")
    assert (found.decision, found.routine) == (Decision.CLARIFY, "Rink")


def test_the_other_phrases_own_word_still_explains(resolver) -> None:
    for said in ("take the kids to the rink to skate",
                 "take the kids to the curlin rink",
                 "take the kids to the curling rink"):
        assert runs(resolver, said) == "Rink", said


def test_the_bar_rises_only_beside_an_unsaid_word() -> None:
    assert routine_bar(0.5, unsaid=False) == 0.5
    assert routine_bar(0.5, unsaid=True) == STAND_IN
