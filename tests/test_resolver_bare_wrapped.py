"""A taught phrase said exactly inside speech an open-vocabulary recogniser writes with no
punctuation at all (issue 14): "tea time the referee whistled loudly", "hickory dickory my
poppets movie night". With the pauses written the readers of asides run it; bare, a
side whose shape the resolver could not be sure of only asked. When the words either
side can be no part of the phrase's clause (a noun phrase or subject of their own after
it, a call closed before it) the phrase runs as it does with the pauses written, and
every cue the marked reading hears, and every edge where the phrase may be an object, a
subject, a name or another request's second half, still stops it."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("tea time", "Tea"), ("movie night", "Movie"), ("porch lights on", "Porch"),
    ("water the ferns", "Ferns"), ("ring grandad", "Grandad"))


@pytest.mark.parametrize(("text", "routine"), [
    # a noun phrase with its own clause after it, a possessive pronoun's clause
    ("tea time the referee whistled loudly", "Tea"),
    ("movie night yours is bigger", "Movie"),
    # a call closed before it: a plural called, a call said again around another word
    ("hickory dickory my poppets movie night", "Movie"),
    ("here kitties tea time", "Tea"),
    ("steady lads steady water the ferns", "Ferns"),
    ("heave ho heave ring grandad", "Grandad"),
])
def test_a_phrase_wrapped_in_plain_speech_runs(resolver: Resolver, text: str,
                                              routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # the phrase the subject of what follows
    "the winter the boiler died tea time packed in early",
    "during the storm movie night went wrong",
    "tea time keeps dragging on",
    # the object of a verb, the name given, a question it completes
    "our lodger whistles movie night while he irons",
    "they renamed the old barn tea time",
    "the kids asked what movie night meant",
    "hal scrap movie night",
    "dude copy tea time",
    "the boys water the ferns",
    # a word said to choose the device, a request verb acting on it
    "garden porch lights on",
    "the kids wanna play movie night",
    # a cue the marked reading hears
    "my sister said tea time the referee blew it",
    "we had movie night the kids loved it",
    "never ring grandad the goalie fumbled",
    # something of its own after it that may still bear on it
    "tea time the referee blew it",
    "movie night the usual way",
])
def test_an_edge_it_may_belong_to_still_stops_it(resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None
