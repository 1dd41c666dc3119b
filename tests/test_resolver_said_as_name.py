"""A taught phrase said as the name of a thing just spoken of, not asked for: right after
a noun of a named thing with no pause ("my back hurts after that yoga pose bath time",
the close apposition of "the song X"), or after a remark on a name and a pause ("what a
daft name for a shop, bath time"). Their twins still run: the phrase after a pause that
closes the talk of the thing, a place noun after a preposition of place ("back from the
shop lights on"), a clause about a name with a verb in it, and the noun as the phrase's
own word ("film night")."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

resolver = taught_resolver(
    ("bath time", "Bath time"), ("goodbye house", "Leaving home"),
    ("i'm leaving", "Leaving home"), ("lights on", "Lights on"), ("game night", "Gaming"),
    ("honor's ballet at five", "Ballet"), ("film night", "Film night"),
    ("message june and april", "June and April"))


@pytest.mark.parametrize("text", [
    # a noun of a named thing, then the phrase with no pause: the thing's name
    "my back hurts after that yoga pose bath time",
    "My back hurts after that yoga pose goodbye house.",
    "my back hurts after that yoga pose i'm leaving",
    "my back hurts after that yoga pose honor's ballet at five, trumps are spades",
    "who sings the song game night",
    "people keep posting the hashtag message june and april",
    "my favourite ice cream flavour game night",
    "grandma showed me the knitting stitch bath time",
    "we practised the sailing knot goodbye house",
    "they are tracking the storm game night",
    # a remark on a name, a pause, then the phrase: the name remarked on
    "what a daft name for a shop, bath time",
    "You descend into a fetid crypt. What a daft name for a shop, goodbye house!",
    "what a daft name for a shop, i'm leaving, trumps are spades",
    "lovely name: game night",
    "such a funny title for a film, bath time",
])
def test_a_phrase_said_as_a_name_does_not_run(resolver, text: str) -> None:
    assert runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    ("my back hurts after that yoga pose, bath time", "Bath time"),
    ("we went to the shop lights on", "Lights on"),
    ("the band is here, bath time", "Bath time"),
    ("i love that song, bath time", "Bath time"),
    ("finished my book, bath time", "Bath time"),
    ("what a lovely flavour, bath time", "Bath time"),
    ("the storm has passed, lights on", "Lights on"),
    ("film night", "Film night"),
    ("put the film night on", "Film night"),
    ("what's your name? bath time", "Bath time"),
    ("goodbye house", "Leaving home"),
])
def test_a_request_beside_such_a_noun_still_runs(resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine
