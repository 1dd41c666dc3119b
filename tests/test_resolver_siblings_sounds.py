"""Near siblings told apart by sounds and by the parts of compounds (issue 14).

A real English word heard in a taught word's place is another request when it is another
compound of one part ("netball" for "football", "bathtime" for "bedtime", "sunrise" for
"sunset"), or far from the taught word in spelling and more than one contrast from it in
sound ("ginger's" or "jupiter's" for "juniper's", "puppy" for "baby"), or a time of the clock
in a number's place ("at noon" for "at nine"). A word a recogniser writes for the
taught one still runs: a word cut at an edge ("muse" of "music"), a part written alike
("humework"), a word said alike and spelled apart ("theater"), one contrast away ("red"
for "bed", "night" for "light") (:mod:`teachapp.understanding._other_word`,
:mod:`teachapp.understanding._sounds_apart`)."""

from __future__ import annotations

import pytest
from resolver_helpers import needs_dictionary, taught_resolver

from teachapp.understanding._other_word import other_word, pronunciation
from teachapp.understanding._sounds_apart import APART, contrasts
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("baby is sleeping", "Baby sleeping"), ("story time", "Story"),
    ("teagan's football at nine", "Football"), ("kids bedtime", "Kids bedtime"),
    ("sunset cruise", "Sunset cruise"), ("juniper's fleece on", "Juniper coat"),
    ("take juniper to the common", "Juniper walk"), ("loud music", "Concert"),
    ("homework time", "Homework"), ("lights on", "Lights on"), ("make coffee", "Coffee"),
    ("oxygen level in theatre", "Oxygen"), ("feed the cat", "Cat"))



@needs_dictionary
@pytest.mark.parametrize("text", [
    "teagan's netball at nine",  # another compound of one tail ("net" / "foot")
    "kids bathtime",  # "bath" / "bed": neither written nor said alike
    "sunrise cruise",  # another compound of one head
    "ginger's fleece on",  # a possessive of a real word far from "juniper"
    "take ginger to the common",
    "puppy is sleeping",  # voiced twice over, and another vowel
    "teagan's football at noon",  # another time in the number's place
])
def test_a_sibling_of_another_part_or_far_sounds_runs_nothing(resolver: Resolver,
                                                               text: str) -> None:
    assert resolver.resolve(text).decision != "run"


@pytest.mark.parametrize(("text", "routine"), [
    ("loud muse", "Concert"),  # the taught word cut short
    ("humework time", "Homework"),  # a compound's part written alike
    ("oxygen level in theater", "Oxygen"),  # said alike, spelled apart
    ("lights on", "Lights on"),
    ("teagan's football at nine", "Football"),
    ("juniper's fleece on", "Juniper coat"),
    ("kids bedtime", "Kids bedtime"),
    ("baby is sleeping", "Baby sleeping"),
])
def test_a_word_a_recogniser_writes_for_the_taught_one_still_runs(
        resolver: Resolver, text: str, routine: str) -> None:
    found = resolver.resolve(text)
    assert (found.decision, found.routine) == ("run", routine)


@needs_dictionary
@pytest.mark.parametrize(("heard", "taught", "apart"), [
    ("kill", "chill", 0.5),  # a stop for an affricate
    ("red", "bed", 1.0),  # a liquid for a stop
    ("night", "light", 1.0),
    ("mood", "mode", 0.5),  # two back vowels
    ("jupiter", "juniper", 2.0),
    ("ginger", "juniper", 2.5),
    ("net", "foot", 2.0),  # a nasal for a fricative, front for back
    ("puppy", "baby", 1.5),  # voicing twice, a central vowel for a front one
])
def test_contrasts_count_what_a_recogniser_keeps(heard: str, taught: str,
                                                 apart: float) -> None:
    said, meant = pronunciation(heard), pronunciation(taught)
    assert said is not None and meant is not None
    assert contrasts(said, meant) == apart
    assert (apart >= APART) == (contrasts(meant, said) >= APART)  # (either way round)


@needs_dictionary
@pytest.mark.parametrize(("heard", "taught", "similarity", "other"), [
    ("netball", "football", 0.38, True),
    ("bathtime", "bedtime", 0.74, True),
    ("gingers", "juniper", 0.22, True),  # "ginger's", tokenised
    ("jupiters", "juniper", 0.417, True),  # a nasal for a stop, a stop of another place
    ("clipers", "clipper", 0.95, False),  # misspelt: however its letters split
    ("thyme", "time", 0.74, False),  # said alike
    ("muse", "music", 0.45, False),  # cut short
    ("ship", "shift", 0.37, False),  # its first syllable kept, its end lost
    ("cell", "call", 0.44, False),  # spelled near
    ("leghts", "light", 0.8, False),  # no word
    ("noon", "9", 0.26, True),  # a time of the clock for a number
    ("nein", "9", 0.7, False),
    ("noon", "12", 0.26, False),  # the same time
])
def test_other_word_by_parts_and_far_sounds(heard: str, taught: str, similarity: float,
                                            other: bool) -> None:
    assert other_word(heard, taught, similarity) is other
