"""A taught phrase said beside a clause of the speaker's own with a shape of its own, the
thirteenth round (issue 14).

"movie night, where's my phone?", "bath time, don't worry about the hall", "movie night
and my knee's playing up", "i've had such a long day, movie night": a clause with a
subject and an object of its own, neither a pro-form nor a word a home taught, is about
its own things (Quirk et al. 1985, 2.13-2.16 on the clause elements; 10.64 on the scope
of negation), so its question, negation and past do not count against the phrase beside
it. The same shapes still count when they may point back at the request ("did you do
that?", "the kids want it", "is that still in there?"), when they say it is over, or when
they carry a cue whose scope is the whole utterance (a cancellation said alone, a
condition, someone else's words). The sentences below are this file's own, in no
benchmark set.
"""

from __future__ import annotations

import pytest

from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

HOME = [PhraseEntry(p, r) for p, r in (
    ("lock all doors", "Lock up"), ("movie night", "Movie night"), ("bath time", "Bath"),
    ("feed the cat", "Cat"), ("porch light on", "Porch"), ("heating on", "Heat"),
    ("lights off", "Dark"), ("start the dishwasher", "Dishes"), ("open the blinds", "Blinds"))]


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(HOME)


def _runs(resolver: Resolver, text: str, routine: str) -> None:
    res = resolver.resolve(text)
    assert (res.decision, res.routine) == ("run", routine), (text, res.reason)


def _does_not_run(resolver: Resolver, text: str) -> None:
    res = resolver.resolve(text)
    assert res.decision != "run", (text, res.routine, res.reason)


@pytest.mark.parametrize(("text", "routine"), [
    ("movie night, where's my reading glasses?", "Movie night"),
    ("bath time, did the plumber ring?", "Bath"),
    ("feed the cat, have you seen my scarf?", "Cat"),
    ("lights off, who borrowed my charger", "Dark"),
    ("heating on, how stale is that bread", "Heat"),
    ("where did i leave my wallet? movie night", "Movie night"),
])
def test_a_question_about_something_else_runs_the_phrase(resolver: Resolver, text: str,
                                                        routine: str) -> None:
    _runs(resolver, text, routine)


@pytest.mark.parametrize("text", [
    "movie night, did you do that?",
    "bath time, is that still on?",
    "feed the cat, did that work?",
    "lights off, has that started?",
    "movie night, when does the film end?",
])
def test_a_question_that_points_back_does_not_run(resolver: Resolver, text: str) -> None:
    _does_not_run(resolver, text)


@pytest.mark.parametrize(("text", "routine"), [
    ("bath time, don't worry about the landing", "Bath"),
    ("movie night, no biscuits please", "Movie night"),
    ("feed the cat, not the goldfish though", "Cat"),
    ("don't let the puppy out, lights off", "Dark"),
    ("lock all doors, skip the hoovering", "Lock up"),
    ("lights off, you haven't watered the ferns", "Dark"),
])
def test_something_else_ruled_out_runs_the_phrase(resolver: Resolver, text: str,
                                                 routine: str) -> None:
    _runs(resolver, text, routine)


@pytest.mark.parametrize("text", [
    "movie night, don't bother",
    "bath time, not now",
    "feed the cat, skip it",
    "lights off, never mind",
    "movie night, no",
    "heating on, forget about it",
])
def test_a_negation_of_the_request_does_not_run(resolver: Resolver, text: str) -> None:
    _does_not_run(resolver, text)


@pytest.mark.parametrize(("text", "routine"), [
    ("movie night and i'm shattered", "Movie night"),
    ("bath time and my back's killing me", "Bath"),
    ("lights off and i've stubbed my toe", "Dark"),
    ("bath time the kids are muddy", "Bath"),
    ("heating on my fingers are numb", "Heat"),
    ("i've lost my gloves feed the cat", "Cat"),
])
def test_a_clause_joined_by_and_or_nothing_runs_the_phrase(resolver: Resolver, text: str,
                                                          routine: str) -> None:
    _runs(resolver, text, routine)


@pytest.mark.parametrize("text", [
    "movie night and we watched it",
    "bath time and it flooded the floor again",
    "movie night the kids loved",
    "movie night was a laugh",
    "movie night does my head in",
    "the lodger muttered movie night",
    "movie night and we're done",
])
def test_a_joined_clause_that_points_back_does_not_run(resolver: Resolver, text: str) -> None:
    _does_not_run(resolver, text)


@pytest.mark.parametrize(("text", "routine"), [
    ("i've had such a long day, movie night", "Movie night"),
    ("i burnt the toast, open the blinds", "Blinds"),
    ("the bus broke down near the station, heating on", "Heat"),
    ("bath time, i scraped my knee on the gate", "Bath"),
])
def test_the_speakers_own_past_runs_the_phrase(resolver: Resolver, text: str,
                                              routine: str) -> None:
    _runs(resolver, text, routine)


@pytest.mark.parametrize("text", [
    "movie night, we had that yesterday",
    "bath time, the kids want it, not me",
    "lights off, she said",
    "feed the cat, we did that already",
    "movie night when the film ends",
    "if it rains, bath time",
])
def test_the_same_shapes_that_bear_on_the_request_do_not_run(resolver: Resolver,
                                                            text: str) -> None:
    _does_not_run(resolver, text)


@pytest.mark.parametrize(("text", "routine"), [
    ("movie night if it's not a hassle", "Movie night"),
    ("bath time if that's acceptable", "Bath"),
    ("feed the cat if you'd be so good", "Cat"),
    ("if it's no trouble at all, lights off", "Dark"),
])
def test_a_condition_of_politeness_runs_the_phrase(resolver: Resolver, text: str,
                                                  routine: str) -> None:
    _runs(resolver, text, routine)


@pytest.mark.parametrize("text", [
    "movie night if it's not raining",
    "bath time if it's not cold",
    "lights off if that's over",
    "feed the cat if it's not a school day",
    "movie night if you see the postman",
])
def test_a_condition_of_fact_does_not_run(resolver: Resolver, text: str) -> None:
    _does_not_run(resolver, text)


@pytest.mark.parametrize("text", [
    "movie night, no way",
    "bath time, not a chance",
    "feed the cat, the kids want it, no way",
])
def test_a_formula_of_refusal_is_no_thing_ruled_out(resolver: Resolver, text: str) -> None:
    _does_not_run(resolver, text)


@pytest.mark.parametrize("text", [
    "my sister calls her dog movie night", "we named the new kitten bath time",
    "the kids have nicknamed the boiler heating on"])
def test_a_phrase_named_by_a_verb_of_naming_is_no_request(resolver: Resolver, text: str) -> None:
    """Joined by nothing, "my sister calls her dog X" read as a statement of its own
    beside the phrase: the verb names its object, and the phrase is that name (found by
    the lead's own untuned set after the clause-shape step)."""
    _does_not_run(resolver, text)


def test_a_statement_of_its_own_before_the_phrase_still_runs(resolver: Resolver) -> None:
    _runs(resolver, "the kids are filthy bath time", "Bath")
