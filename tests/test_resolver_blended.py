"""A blend of a real word and the end of a taught word is another word that was said, asked
about, never run (issue 14: near siblings): "staycation mode" is not "vacation mode"
misheard. A recogniser's mishearing keeps the taught word's start ("vacashun mode"), and
one start misheard for another stays the taught word ("bloodlights" of "floodlights")
(:mod:`teachapp.understanding._blended`)."""

from __future__ import annotations

from resolver_helpers import needs_dictionary, runs, taught_resolver

from teachapp.understanding._blended import blended
from teachapp.understanding.resolution import Decision

resolver = taught_resolver(("vacation mode", "Vacation"), ("party mode", "Party"),
                           ("floodlights on", "Floodlights"))


@needs_dictionary
def test_a_blend_ending_as_the_taught_word_is_asked_about(resolver) -> None:
    found = resolver.resolve("staycation mode")
    assert (found.decision, found.routine) == (Decision.CLARIFY, "Vacation")


@needs_dictionary
def test_the_taught_word_misheard_still_runs(resolver) -> None:
    for said, meant in (("vacashun mode", "Vacation"), ("vacation mode", "Vacation"),
                        ("bloodlights on", "Floodlights")):
        assert runs(resolver, said) == meant, said


@needs_dictionary
def test_a_blend_opens_with_a_real_word_in_the_place_of_the_taught_start() -> None:
    assert blended("staycation", "vacation")
    assert not blended("bloodlights", "floodlights")  # (one start misheard)
    assert not blended("vacashun", "vacation")  # (the taught start kept)
    assert not blended("vacation", "vacation")  # (a dictionary word)
