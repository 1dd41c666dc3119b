"""A taught name a recogniser writes as a word with an "r" a non-rhotic speaker does not
sound ("call layer" of "call leia": :mod:`_name_unrhotic`), and as a word another phrase of
the home says ("ring grater" where "clean the cheese grater" is taught: :mod:`_name_framed`).
The word with its own phrase's neighbours stays that phrase's; a word that sounds another
name, or says no name, is not respelled."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding import Resolver
from teachapp.understanding._name_unrhotic import unrhotic_alike
from teachapp.understanding.resolution import PhraseEntry

resolver = taught_resolver(
    ("call leia", "Leia"), ("buy the layer pellets", "Pellets"),
    ("text tia about the cake", "Tia"), ("ice the top tier", "Tier"),
    ("message hadi", "Hadi"), ("water the hardy plants", "Hardy"),
    ("ring koula", "Koula"), ("cooler on", "Cooler"),
    ("ring fida", "Fida"), ("phone lita", "Lita"), ("ring ria", "Ria"),
    ("ring greta", "Greta"), ("clean the cheese grater", "Grater"),
    ("movie night", "Movie"))


@pytest.mark.parametrize(("heard", "taught"), [
    ("layer", "leia"), ("tier", "tia"), ("pier", "pia"), ("rear", "ria"), ("hardy", "hadi"),
    ("cooler", "koula"), ("feeder", "fida"), ("litre", "lita"), ("liter", "lita"),
    ("grater", "greta"), ("odour", "oda"), ("colour", "cola"), ("harbour", "haba")])
def test_a_word_said_without_its_r_sounds_the_name(heard, taught):
    assert unrhotic_alike(heard, taught)


@pytest.mark.parametrize(("heard", "taught"), [
    ("corner", "koula"),   # (another consonant: the "n")
    ("layers", "leia"),    # (a plural: another word's ending)
    ("rear", "rita"),      # (a consonant less)
    ("later", "leia"),     # (a consonant more)
    ("leia", "layer"),     # (the heard word has no silent "r")
    ("hardy", "harry")])   # (the taught name has an "r" of its own)
def test_other_sounds_are_another_word(heard, taught):
    assert not unrhotic_alike(heard, taught)


@pytest.mark.parametrize(("text", "routine"), [
    ("call layer", "Leia"),                      # (its other phrase's word, "call" beside it)
    ("call layer, it's raining", "Leia"),
    ("text tier about the cake", "Tia"),
    ("um, could you message hardy please", "Hadi"),
    ("ring cooler", "Koula"),
    ("ring feeder", "Fida"),                     # (no phrase says "feeder")
])
def test_the_name_written_as_a_word_runs_its_phrase(resolver, text, routine):
    assert runs(resolver, text) == routine


@pytest.mark.parametrize(("text", "routine"), [
    ("buy the layer pellets", "Pellets"),
    ("ice the top tier", "Tier"),
    ("water the hardy plants", "Hardy"),
    ("cooler on", "Cooler"),
    ("clean the cheese grater", "Grater"),
    ("call leia", "Leia"),
])
def test_the_words_own_phrases_keep_it(resolver, text, routine):
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "the layer",            # (no neighbour of the name's phrase)
    "ring the cooler",      # ("the" before it: its own phrase's neighbour)
    "call corner",          # (no name's sounds)
])
def test_without_the_names_neighbours_nothing_runs(resolver, text):
    assert runs(resolver, text) is None


@pytest.fixture(scope="module")
def odour_home() -> Resolver:
    return Resolver([PhraseEntry("ring oda back", "Oda"),
                     PhraseEntry("ask oda for a lift to the pool", "Lift"),
                     PhraseEntry("make coffee", "Coffee")])


@pytest.mark.parametrize(("text", "routine"), [
    ("ring odour back", "Oda"),
    ("gulls gulls ring odour back the tide's turning", "Oda"),
    ("geese geese ask odour for a lift to the pool", "Lift"),
])
def test_a_name_written_as_an_our_word_runs_beside_words_unpunctuated(odour_home, text,
                                                                      routine):
    """("-our" after a consonant is the last schwa: "odour" says "oda", not "odo'a")"""
    assert runs(odour_home, text) == routine
