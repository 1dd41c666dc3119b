"""Another word this home taught said in the place of a word of a phrase (issue 14: the
forty-sixth set's "lathe off" ran "lights off" in a home that also taught "wheel lathe
on"; the forty-fifth's "give toddie a ring" ran "give dottie a ring" in one that also
taught "message jenni and toddie"): it names another thing of the home, so the phrase
does not run. A word misheard, or a word of the home that spells the phrase's word as it
sounds, still runs it."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("ring penny", "Penny"), ("give penny a bell", "Penny"),
    ("ask benny for a lift to the match", "Benny lift"),
    ("message nicky and benny", "Nicky and Benny"),
    ("feed nikki", "Fish"), ("lights off", "Lights off"), ("lights on", "Lights on"),
    ("wheel lathe on", "Lathe"), ("fan off", "Fan"), ("van heater on", "Van"),
    ("lamp off", "Lamp"), ("lump hammer", "Hammer"), ("heater on", "Heater"),
    ("cheater mode", "Cheat"), ("kettle on", "Kettle"),
    ("are the morris dancers booked", "Morris"), ("message maurice", "Maurice"))


@pytest.mark.parametrize("text", [
    "ring benny",
    "give benny a bell",
    "message nicky and penny",
    "lathe off",
    "lathe off, the glaze is done",
])
def test_another_word_of_the_home_in_a_phrase_words_place_runs_nothing(
        resolver: Resolver, text: str) -> None:
    """Each ran the phrase of the other word on main."""
    assert runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    ("ring penny", "Penny"),
    ("ring pennie", "Penny"),
    ("give penney a bell", "Penny"),
    ("message nikki and benny", "Nicky and Benny"),
    ("message nicky and benny", "Nicky and Benny"),
    ("lights off", "Lights off"),
    ("lites off", "Lights off"),
    ("light off", "Lights off"),
    ("kettles on", "Kettle"),
    ("fan off", "Fan"),
    ("heeter on", "Heater"),
    ("van off", "Fan"),
    ("lump off", "Lamp"),
    ("message morris", "Maurice"),
])
def test_the_word_said_or_spelled_as_it_sounds_runs(resolver: Resolver, text: str,
                                                     routine: str) -> None:
    assert runs(resolver, text) == routine
