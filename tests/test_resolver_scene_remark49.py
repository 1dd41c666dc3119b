"""A remark of the speaker's own on a creature or a thing of the scene beside a request
said exactly (:mod:`_scene_remark`): "it" on its way along a path ("it's trundling after
greenfly"), an exclamative "what" with no article ("what lacquered wingcases"), "another"
and a noun of its own ("another ladybird"), and the -ed adjective "how" grades ("look how
speckled it is"); a thing pointed out where it is without "there", its landmark a word
the home taught (:mod:`_located`: "a snail's on the patio door"); and these said after
the phrase with no pause (:func:`_clause_shape.joined_cuts`). Their twins still stop the
phrase: an event's course, a question of which, a pro-form, a thing a request names, a
taught word, a definite thing."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

resolver = taught_resolver(("movie night", "Movie"), ("lights off", "Off"),
                           ("feed the goldfish", "Fish"), ("garage door", "Garage"),
                           ("lock the patio door", "Lock"))


@pytest.mark.parametrize(("text", "routine"), [
    ("movie night, it's trundling after greenfly", "Movie"),
    ("movie night, oh, it scurried under the sill", "Movie"),
    ("movie night, what lacquered wingcases", "Movie"),
    ("movie night and, another ladybird", "Movie"),
    ("lights off. oh, another snail!", "Off"),
    ("movie night, look how speckled it is", "Movie"),
    ("garage door. look how crinkled they are!", "Garage"),
    ("movie night, a snail's on the patio door", "Movie"),
    ("movie night, oh look, a snail on the patio door", "Movie"),
    ("oh look, a snail on the garage door, movie night", "Movie"),
    ("lights off, a snail's crawling up the garage door", "Off"),
    ("movie night it's trundling after greenfly", "Movie"),
    ("movie night and another ladybird", "Movie"),
    ("lights off it quivered", "Off"),
    ("movie night a snail's on the patio door", "Movie"),
    ("movie night it's clambering the windowsill", "Movie"),
    ("movie night look how speckled it is", "Movie"),
    ("movie night a ladybird's crawling up the garage door", "Movie"),
])
def test_a_remark_on_the_scene_leaves_the_phrase_to_run(resolver, text, routine):
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "movie night, it's running after the news",   # (an event's course: no run verb)
    "movie night, it's trundling after the goldfish",  # (a taught word on its path)
    "movie night, what film",                     # (a question of which)
    "movie night, another one",                   # (a pro-form that may point back)
    "movie night, another film",                  # (a thing a request names)
    "movie night, another goldfish",              # (a taught word)
    "look how movie night goes",                  # (the phrase inside the wh-clause)
    "movie night, we watched it",
    "movie night, the snail's on the patio door",  # (a definite thing, maybe known)
    "movie night, a goldfish on the patio door",   # (a taught thing pointed out)
    "movie night it failed",
    "movie night it's running after the news",
    "movie night it's running the show",
])
def test_their_twins_still_stop_the_phrase(resolver, text):
    assert runs(resolver, text) is None
