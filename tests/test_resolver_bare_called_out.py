"""An interjection called out alone before or after a taught phrase, no pause marked
(issue 14; text as Vosk writes it): "ugh house meeting", "shhhh nap time", "nap time
jeepers". An interjection is an
utterance of its own, no verb whose object the phrase could be nor a word that modifies it
(Quirk et al. 1985, 11.54), so the phrase runs as it does with the pause written ("ugh,
house meeting"). What follows the phrase is still read as before: a cue, a time or more
words of the request keep it asked about or rejected."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("house meeting", "Meeting"), ("nap time", "Nap"), ("lights off", "Lights"))


@pytest.mark.parametrize(("text", "routine"), [
    ("ugh house meeting", "Meeting"),
    ("whoops lights off", "Lights"),
    ("jings nap time", "Nap"),
    # drawn out as it was said
    ("shhhh nap time", "Nap"),
    ("pssst lights off", "Lights"),
    # two of them, a greeting, or one after the phrase
    ("oy vey house meeting", "Meeting"),
    ("hola lights off", "Lights"),
    ("nap time jeepers", "Nap"),
    # a reply agreeing with what was asked
    ("exactly nap time", "Nap"),
    ("affirmative lights off", "Lights"),
])
def test_an_interjection_alone_before_the_phrase_runs_it(resolver: Resolver, text: str,
                                                         routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "ugh house meeting was a disaster",
    "ugh no house meeting",
    "whoops cancel nap time",
    "ugh house meeting tomorrow",
    "nap time tomorrow jeepers",
    # a word that may be a verb or a modifier is no interjection
    "kitchen lights off",
    "skip nap time",
])
def test_what_else_is_said_still_stops_it(resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    ("house meeting and whatnot", "Meeting"),
    ("lights off and suchlike", "Lights"),
    ("nap time and stuff", "Nap"),
])
def test_a_vague_tag_closing_it_runs_it(resolver: Resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # may widen the request, point at another thing or ask for something else
    "lights off and everything",
    "nap time or something",
    # a cue still stops it
    "no house meeting and stuff",
])
def test_a_tag_that_may_ask_for_more_does_not_run_it(resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None
