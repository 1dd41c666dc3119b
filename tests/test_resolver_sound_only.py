"""A short phrase heard only by its sounds, every word of it as another real word, one far
from its taught word and a content word written as a function word, is asked about, never
run: "the dime" for "tea time" (issue 14: fragments and near misses). A content word heard
as a content word, a word said as itself, a word no dictionary holds, or a word close to the
taught one still runs (:mod:`teachapp.understanding._sound_only`)."""

from __future__ import annotations

from resolver_helpers import needs_dictionary, runs, taught_resolver

from teachapp.understanding._sound_only import by_sound_only
from teachapp.understanding.resolution import Decision

resolver = taught_resolver(
    ("tea time", "Tea"), ("lights off", "Lights off"), ("hoover", "Hoover"),
    ("feed the cat", "Cat"), ("feed the hens and collect the eggs", "Hens"))

FUNCTION = frozenset({"the", "a", "of"})


@needs_dictionary
def test_a_short_phrase_heard_by_its_sounds_alone_is_asked_about(resolver) -> None:
    found = resolver.resolve("the dime")
    assert (found.decision, found.routine) == (Decision.CLARIFY, "Tea")


@needs_dictionary
def test_a_short_phrase_misheard_still_runs(resolver) -> None:
    for said, meant in (("tea tim", "Tea"),  # (one word said as itself)
                        ("tee tyme", "Tea"),  # (no word of the dictionary)
                        ("lites of", "Lights off"),  # (each close to its taught word)
                        ("feet the cut", "Cat"),  # (content words for content words)
                        ("hover", "Hoover")):
        assert runs(resolver, said) == meant, said


@needs_dictionary
def test_only_short_phrases_all_heard_loosely_as_words_one_a_function_word() -> None:
    assert by_sound_only(2, 2, 2, 0.67, ["the", "dime"], FUNCTION)
    assert not by_sound_only(2, 2, 2, 0.67, ["feet", "cut"], FUNCTION)  # (content words)
    assert not by_sound_only(2, 2, 1, 0.67, ["tea", "dime"], FUNCTION)  # (one word exact)
    assert not by_sound_only(2, 2, 2, 0.84, ["lites", "of"], FUNCTION)  # (close)
    assert not by_sound_only(3, 3, 3, 0.67, ["free", "the", "bends"], FUNCTION)  # (longer)
    assert not by_sound_only(2, 2, 2, 0.67, ["the", "dimz"], FUNCTION)  # (no word)
    assert not by_sound_only(2, 1, 1, 0.67, ["dime"], FUNCTION)  # (half the phrase)
