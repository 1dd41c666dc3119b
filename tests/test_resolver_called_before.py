"""A call or an exclamation before a taught phrase said last, with no pause written (issue
14; :mod:`teachapp.understanding._called_before`): "cheeky beakface movie night" runs as
"cheeky beakface, movie night" does. Words before it that may ask for something (a request
word, a person, a time, a device, a verb form, a cue, a pro-form), or words after it, keep
it asked about or unrun."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("movie night", "Movie"), ("nap time", "Nap"), ("lights off", "Off"),
    ("feed the cat", "Cat"), ("make coffee", "Coffee"))


@pytest.mark.parametrize(("text", "routine"), [
    ("cheeky beakface movie night", "Movie"),
    ("ridi pagliaccio nap time", "Nap"),
    ("noble thane feed the cat", "Cat"),
    ("thunderation fiddlesticks make coffee", "Coffee"),
    ("sirens upwards wheee movie night", "Movie"),
])
def test_a_call_before_a_phrase_said_last_runs(resolver: Resolver, text: str,
                                               routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # a request word, a person, a time, a device or room, a verb form
    "play the party movie night",
    "the kids movie night",
    "grandma grandpa movie night",
    "saturday evening movie night",
    "kitchen ceiling lights off",
    "kept repeating movie night",
    "quickly reverse movie night",
    "meh reverse movie night",
    # a pro-form or a cue
    "forget about movie night",
    "never again movie night",
    # words after the phrase
    "cheeky beakface movie night tickets",
    # a phrase opening with a kind of device: the words before may say which one
    "christmas tree lights off",
    "back garden lights off",
    "noble thane lights off",
])
def test_words_that_may_ask_keep_it_unrun(resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None
