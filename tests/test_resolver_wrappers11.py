"""A cue in a clause of its own beside a taught phrase, the eleventh round (issue 14).

"i was wondering, movie night", "lock all doors, don't dawdle", "heating on, since
you're not busy", "feed the cat when you get a mo", "bath time, towels warmed": a
negation, a question word or the past said in a clause beside the request belongs to that
clause's own subject and verb, and says nothing of the phrase (the scope of negation ends
with its clause, Quirk et al. 1985, 10.64; a reason clause has its own polarity, 15.45).
It still counts when the clause may point back at the phrase ("we had it yesterday",
"did you do that"), when it is elliptical ("not now", "already?"), when the household
did the routine ("we watched"), and whatever it is when its scope is the whole
utterance (a cancellation, someone else's words, a condition for later). The sentences
below are this file's own, in no benchmark set.
"""

from __future__ import annotations

import pytest

from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

HOME = [PhraseEntry(p, r) for p, r in (
    ("lock all doors", "Lock up"), ("movie night", "Movie night"), ("bath time", "Bath"),
    ("feed the cat", "Cat"), ("porch light on", "Porch"), ("wake up the house", "Wake"),
    ("start the dishwasher", "Dishes"), ("heating on", "Heat"), ("lights off", "Dark"))]


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
    ("i was wondering, movie night", "Movie night"),
    ("i was just thinking, heating on", "Heat"),
    ("sorry i was mumbling, feed the cat", "Cat"),
    ("start the dishwasher, i was dreaming", "Dishes"),
])
def test_the_speakers_own_past_activity_is_no_past_of_the_request(
        resolver: Resolver, text: str, routine: str) -> None:
    _runs(resolver, text, routine)


@pytest.mark.parametrize("text", [
    "movie night, we had it yesterday",
    "movie night, i was there",
    "movie night, we watched",
    "movie night, was it good?",
    "bath time, we had a lovely one",
    "i was watching it, movie night",
    "movie night, i was watching",
    "movie night, i was going to",
    "bath time, i was only joking",
])
def test_the_past_of_the_phrase_or_the_household_still_counts(
        resolver: Resolver, text: str) -> None:
    _does_not_run(resolver, text)


@pytest.mark.parametrize(("text", "routine"), [
    ("lock all doors, don't dilly dally", "Lock up"),
    ("don't hang about, feed the cat", "Cat"),
    ("heating on, don't shiver", "Heat"),
])
def test_a_negated_imperative_with_its_own_verb_is_no_negation_of_the_request(
        resolver: Resolver, text: str, routine: str) -> None:
    _runs(resolver, text, routine)


@pytest.mark.parametrize("text", [
    "lock all doors, actually don't bother",
    "movie night, don't worry",
    "feed the cat, don't do it",
    "movie night, don't",
    "bath time, not now",
    "heating on, not that one",
])
def test_a_negation_of_the_request_still_counts(resolver: Resolver, text: str) -> None:
    _does_not_run(resolver, text)


@pytest.mark.parametrize(("text", "routine"), [
    ("heating on, since you're not busy", "Heat"),
    ("feed the cat as i'm not staying long", "Cat"),
    ("bath time, towels won't stay dry", "Bath"),
])
def test_a_negation_with_a_subject_of_its_own_is_its_clauses(
        resolver: Resolver, text: str, routine: str) -> None:
    _runs(resolver, text, routine)


@pytest.mark.parametrize("text", [
    "movie night, we're not",
    "movie night, i'm not sure",
    "movie night, we're not ready",
    "bath time, it's not happening",
    "movie night, the kids aren't keen",
    "movie night, don't start",
    "movie night, don't you dare",
])
def test_a_negation_of_the_speakers_wish_or_of_the_phrase_still_counts(
        resolver: Resolver, text: str) -> None:
    _does_not_run(resolver, text)


@pytest.mark.parametrize(("text", "routine"), [
    ("bath time, towels warmed", "Bath"),
    ("lock all doors, bolts greased", "Lock up"),
    ("movie night, cushions are plumped", "Movie night"),
    ("feed the cat, bowl's rinsed out", "Cat"),
    ("bath time, she's dozed off", "Bath"),
    ("lights off, the twins are finally settled", "Dark"),
])
def test_the_state_of_a_noun_of_the_clauses_own_is_no_past_of_the_request(
        resolver: Resolver, text: str, routine: str) -> None:
    _runs(resolver, text, routine)


@pytest.mark.parametrize("text", [
    "movie night, kids watched",
    "bath time, she loved it",
    "movie night, they cancelled",
    "movie night, cancelled",
    "bath time, already done",
])
def test_the_past_of_people_or_of_the_phrase_still_counts(
        resolver: Resolver, text: str) -> None:
    _does_not_run(resolver, text)


@pytest.mark.parametrize(("text", "routine"), [
    ("feed the cat when you've a spare moment", "Cat"),
    ("porch light on when possible", "Porch"),
    ("when you're not busy, wake up the house", "Wake"),
])
def test_when_of_the_listeners_convenience_asks_now(
        resolver: Resolver, text: str, routine: str) -> None:
    _runs(resolver, text, routine)


@pytest.mark.parametrize("text", [
    "heating on when i get home",
    "porch light on when the taxi comes",
    "when is movie night",
    "movie night, when?",
])
def test_when_of_fact_or_a_question_still_counts(resolver: Resolver, text: str) -> None:
    _does_not_run(resolver, text)


@pytest.mark.parametrize(("text", "routine"), [
    ("gosh what a morning, heating on", "Heat"),
    ("feed the cat, oh what a racket", "Cat"),
    ("bath time, good pup", "Bath"),
    ("good egg, lock all doors", "Lock up"),
    ("bath time, water's running", "Bath"),
])
def test_exclamatives_praise_and_statements_of_their_own_ask_for_nothing(
        resolver: Resolver, text: str, routine: str) -> None:
    _runs(resolver, text, routine)


@pytest.mark.parametrize("text", [
    "what is movie night",
    "movie night, good night",
    "movie night, good music",
    "movie night, what a disaster that was",
])
def test_questions_greetings_and_other_requests_still_do_not_run(
        resolver: Resolver, text: str) -> None:
    _does_not_run(resolver, text)


@pytest.mark.parametrize(("text", "routine"), [
    ("movie night, slippers on", "Movie night"),
    ("bath time, sleeves half up", "Bath"),
    ("lock all doors because it's about time", "Lock up"),
    ("feed the cat cos that's the plan", "Cat"),
])
def test_a_things_state_or_a_reason_names_no_second_request(
        resolver: Resolver, text: str, routine: str) -> None:
    _runs(resolver, text, routine)


@pytest.mark.parametrize("text", [
    "movie night, kettle on",
    "movie night, volume up",
    "movie night, heating on",
    "bath time, telly on",
    "movie night because it's friday",
])
def test_a_thing_the_home_names_is_still_another_request(
        resolver: Resolver, text: str) -> None:
    _does_not_run(resolver, text)


@pytest.mark.parametrize("text", [
    "i skived the staff briefing, i'm leaving again? you're joking",
    "movie night, i'm leaving again",
    "we're off out again, movie night",
    "movie night, the kids are fighting again, sorry",
])
def test_a_one_word_repair_said_last_in_a_clause_of_its_own_never_crashes(
        resolver: Resolver, text: str):
    """A one-word repair ("again", "sorry") said last in a clause with its own subject
    grew the clause's mask by one word, and the resolver raised ValueError (found by the
    twentieth held-out set's first run)."""
    assert resolver.resolve(text).decision.value in ("run", "clarify", "reject")
