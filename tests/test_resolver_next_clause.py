"""A taught phrase said first, then a clause of the speaker's own, with no pause marked
(issue 14; text as a recogniser with no punctuation writes it;
:mod:`teachapp.understanding._next_clause`): a wh-question of its own ("ring tiffani
back which pins are left"), a discourse marker before a statement ("restock the popcorn
kernels look he's munching dandelions"), a commentary of past participles ("dust the
tiffany lamp backhanded intercepted"). The request runs. Words that continue the
phrase's clause (a relative clause, a predicate, a pro-form) keep it from running."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("ring tiffani back", "Tiffani"), ("restock the popcorn kernels", "Popcorn"),
    ("dust the tiffany lamp", "Lamp"), ("movie night", "Movie"), ("tea time", "Tea"),
    ("porch light on", "Porch"))


@pytest.mark.parametrize(("text", "routine"), [
    # a wh-question whose wh-word determines a noun of its own before an operator
    ("ring tiffani back which pins are left", "Tiffani"),
    ("movie night how many laps are left", "Movie"),
    ("tea time whose turn is next", "Tea"),
    # a discourse marker opening a turn, then a statement with its own subject
    ("restock the popcorn kernels look he's munching dandelions", "Popcorn"),
    ("movie night listen the taxi's here", "Movie"),
    # a commentary of past participles and nothing else
    ("dust the tiffany lamp backhanded intercepted", "Lamp"),
    ("tea time splashed blocked", "Tea"),
])
def test_the_phrase_then_a_clause_of_its_own_runs(resolver: Resolver, text: str,
                                                  routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # a relative clause: "which" before its verb or its own subject, or its object
    "movie night which i hate",
    "movie night which is broken",
    "movie night which kids are mad about",
    # a pro-form that points back at the request
    "movie night look it's broken",
    "tea time which one is it",
    # the phrase the subject of a past verb and its complement
    "tea time passed unnoticed",
    # the question's own cue still stops it
    "movie night which film did we watch yesterday",
])
def test_the_phrase_then_words_that_continue_it_does_not_run(resolver: Resolver,
                                                            text: str) -> None:
    assert runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    # the phrase said as one item of a count of calls (:mod:`_recited`)
    ("and plie ring tiffani back and releve", "Tiffani"),
    ("glissade movie night and jete jete", "Movie"),
    ("chasse chasse tea time and bourree", "Tea"),
])
def test_the_phrase_in_the_middle_of_a_count_runs(resolver: Resolver, text: str,
                                                  routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # "and" after the phrase with nothing of the count before it: a request not taught
    "movie night and frobnicate",
    # a time or a person before it may bear on the request
    "tomorrow movie night and frobnicate",
    "mum movie night and frobnicate",
    # a request after "and"
    "glissade movie night and the lights off",
])
def test_the_phrase_then_and_with_no_count_around_it_does_not_run(resolver: Resolver,
                                                                  text: str) -> None:
    assert runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    # a taught closed-class word inside a statement after a marker ("on" of "porch light on")
    ("movie night look he's pouncing on beetles", "Movie"),
    ("ring tiffani back listen the kids are waiting on the bus", "Tiffani"),
    # "look" presenting a thing, an interjection maybe before it
    ("tea time oh look a fox cub", "Tea"),
    ("restock the popcorn kernels look a heron", "Popcorn"),
])
def test_the_phrase_then_a_remark_of_its_own_runs(resolver: Resolver, text: str,
                                                  routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # a taught thing in the statement after the marker
    "movie night look the porch light is on",
    # "look" the copula of a graded complement
    "movie night look a bit brighter",
    # more after the thing presented
    "tea time look a fox cub is stuck",
])
def test_the_phrase_then_a_remark_about_the_home_does_not_run(resolver: Resolver,
                                                              text: str) -> None:
    assert runs(resolver, text) is None
