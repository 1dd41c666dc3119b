"""Out of scope, read by general rules of speech: another word said at the stressed
syllable of a taught one ("shutters halfway" is not "blinds halfway"), another thing asked
for after the phrase ("cool breeze, er, something else"), and a pronoun heard as "a"
before a past verb ("stargazing mode, a ran twice yesterday")."""

from __future__ import annotations

from resolver_helpers import needs_dictionary, runs, taught_resolver

from teachapp.understanding._other_word import pronunciation
from teachapp.understanding._stressed import apart_at_stress
from teachapp.understanding._weak_it import it_for_a

resolver = taught_resolver(
    ("parts cleaner on", "Parts cleaner"), ("blinds halfway", "Blinds halfway"),
    ("feed the cat", "Feed the cat"), ("shower time", "Shower"), ("fan on", "Fan"),
    ("cool breeze", "Fan"), ("stargazing mode", "Stars"), ("lights off", "Lights off"),
    ("movie night", "Movie"), ("fete", "Fete"))


@needs_dictionary
def test_another_word_at_the_stressed_syllable_runs_nothing(resolver) -> None:
    for said in ("carpet cleaner on", "chores time", "how many tables at the fete",
                 "shutters halfway"):
        assert runs(resolver, said) is None, said


@needs_dictionary
def test_a_word_misheard_at_one_part_of_its_stressed_syllable_still_runs(resolver) -> None:
    assert runs(resolver, "parts cleaner on") == "Parts cleaner"
    assert runs(resolver, "feed the cap") == "Feed the cat"
    assert runs(resolver, "parts clean on") == "Parts cleaner"


@needs_dictionary
def test_the_stressed_syllable_is_read_by_onset_and_vowel() -> None:
    def apart(heard: str, taught: str) -> bool:
        said, meant = pronunciation(heard), pronunciation(taught)
        assert said and meant
        return apart_at_stress(said, meant)

    assert apart("shutters", "blinds")  # (another onset, another vowel)
    assert apart("chai", "tea")
    assert apart("carpet", "parts")  # (a one-syllable word's stop made elsewhere)
    assert not apart("night", "light")  # (the onset alone: a mishearing)
    assert not apart("mode", "mood")  # (the vowel alone)
    assert not apart("over", "hoover")  # (an /h/ dropped)
    assert not apart("cable", "table")  # (two syllables each: the later ones carry it)


def test_another_thing_asked_for_after_the_phrase_runs_nothing(resolver) -> None:
    for said in ("call, cool breeze, er something else", "cool breeze, er, something else",
                 "movie night or something different", "lights off, um, anything else"):
        assert runs(resolver, said) is None, said
    assert runs(resolver, "cool breeze") == "Fan"
    assert runs(resolver, "movie night, anything else can wait") == "Movie"


def test_a_pronoun_heard_as_a_before_a_past_verb_tells_of_the_phrase(resolver) -> None:
    assert it_for_a("stargazing mode, a ran twice yesterday") == (
        "stargazing mode, it ran twice yesterday")
    assert it_for_a("fan on, a bit cooler") == "fan on, a bit cooler"
    assert runs(resolver, "stargazing mode, a ran twice yesterday") is None
    assert runs(resolver, "stargazing mode, a went off at midnight") is None
    assert runs(resolver, "fan on, a bit cooler") == "Fan"
