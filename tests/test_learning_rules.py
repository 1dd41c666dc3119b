"""Each evidence rule of the pair scorer (``understanding/rephrase.py``), as pure functions."""

from __future__ import annotations

import pytest

from teachapp.store import AliasEvidence
from teachapp.understanding.learning import offer_from
from teachapp.understanding.rephrase import Pair, Strength, request_kind, score_pair


def _score(failed: str, routine: str, **kwargs):
    kwargs.setdefault("seconds", 4.0)
    return score_pair(Pair(failed, routine, (routine.lower(),), **kwargs))


@pytest.mark.parametrize(("failed", "routine"), [
    ("breeding road", "Reading mode"), ("could knight", "Good night"),
    ("thinner dime", "Dinner time"), ("good mourning", "Good morning"),
    ("reading more", "Reading mode"), ("walk mode", "Work mode"), ("reading", "Reading mode"),
])
def test_pairs_that_sound_alike_are_strong(failed, routine):
    assert _score(failed, routine).strength == Strength.STRONG


def test_a_shared_word_alone_is_not_enough():
    # "time" is shared, "story" and "dinner" do not sound alike.
    assert _score("story time", "Dinner time").strength == Strength.PLAUSIBLE


def test_the_resolvers_candidate_makes_a_near_pair_strong():
    assert _score("moody mode", "Movie mode").strength == Strength.PLAUSIBLE
    assert _score("moody mode", "Movie mode", candidate=True).strength == Strength.STRONG


def test_the_resolvers_nearest_routine_run_at_once_makes_a_strong_pair():
    # "film night" does not sound like "movie mode", but the resolver put movie mode
    # nearest (0.58) and that is what the person ran next.
    near = {"candidate": True, "candidate_score": 0.58}
    assert _score("film night", "Movie mode").strength == Strength.PLAUSIBLE
    assert _score("film night", "Movie mode", **near).strength == Strength.STRONG
    # Too far from the nearest, something in between, or slow: not enough.
    assert _score("film night", "Movie mode", candidate=True,
                  candidate_score=0.1).strength == Strength.PLAUSIBLE
    assert _score("film night", "Movie mode", between=1, **near).strength \
        == Strength.UNRELATED
    assert _score("film night", "Movie mode", **near, seconds=20).strength \
        != Strength.STRONG
    # Not the nearest, but one of the resolver's candidates: as good.
    assert _score("be that time", "Dinner time", candidate_score=0.35).strength \
        == Strength.STRONG
    # A request of another kind stays unrelated, however near.
    assert _score("what is movie night", "Movie mode", **near).strength \
        == Strength.UNRELATED


@pytest.mark.parametrize(("failed", "routine"), [
    ("lights out", "Good night"), ("film night", "Movie mode"), ("time to eat", "Dinner time"),
])
def test_own_words_said_quickly_are_plausible(failed, routine):
    assert _score(failed, routine).strength == Strength.PLAUSIBLE


@pytest.mark.parametrize(("text", "kind"), [
    ("what is the weather like", "question"), ("is it raining", "question"),
    ("could you dim the lights", "question"), ("how tall is everest?", "question"),
    ("why did you do that", "conversation"), ("forget movie mode", "conversation"),
    ("that's not what I meant", "conversation"), ("what does movie mode do", "conversation"),
    ("stop calling it cinema", "conversation"), ("turn on the desk lamp", "command"),
    ("turn on the roomba", "command"), ("alexa switch off my hoover", "command"),
    ("turn the roomba on", "command"), ("switch to movie mode", None),
    ("set the lamp to 50 percent", "command"), ("open the blinds", "command"),
    ("call mom", "impossible"), ("order a pizza", "impossible"),
    ("play some jazz", "impossible"), ("set an alarm for seven", "impossible"),
    ("yes", "conversation"), ("no thanks", "conversation"), ("okay", "conversation"),
    ("breeding road", None), ("good lighting", None), ("nobody home", None), ("could night", None), ("turn on moody mode", None),
    ("lights out", None), ("is anything on upstairs", "question"),
    ("are our lights on", "question"), ("is everything locked", "question"),
    ("is nothing on", "question"), ("nothing on", None),
])
def test_requests_of_another_kind(text, kind):
    assert request_kind(text) == kind


def test_a_request_of_another_kind_is_unrelated_however_alike():
    score = _score("what is movie mode", "Movie mode")
    assert score.strength == Strength.UNRELATED and score.reason == "it was a question"
    assert _score("breeding road", "Reading mode", is_command=True).strength == (
        Strength.UNRELATED)
    # The words as said decide, not what is left after the carriers are dropped.
    assert _score("some jazz", "Party mode", heard="play some jazz").strength == (
        Strength.UNRELATED)


def test_time_between_matters():
    assert _score("breeding road", "Reading mode", seconds=45).strength == Strength.UNRELATED
    # Own words must come quickly; a mishearing may take the whole window.
    assert _score("lights out", "Good night", seconds=20).strength == Strength.UNRELATED
    assert _score("breeding road", "Reading mode", seconds=20).strength == Strength.STRONG


def test_something_asked_in_between_matters():
    assert _score("lights out", "Good night", between=1).strength == Strength.UNRELATED
    assert _score("breeding road", "Reading mode", between=1).strength == Strength.STRONG
    assert _score("breeding road", "Reading mode", between=2).strength != Strength.STRONG


def test_only_strong_sightings_weigh():
    assert _score("breeding road", "Reading mode").sighting_weight == 1.0
    assert _score("lights out", "Good night").sighting_weight == 0.0
    assert _score("what is the weather", "Movie mode").sighting_weight == 0.0


# ------------------------------------------- "did you mean R?" from the ledger


def _e(routine: str, sightings: int, strength: str = "plausible", **kwargs) -> AliasEvidence:
    return AliasEvidence("rise and shine", routine, sightings=sightings, strength=strength,
                         **kwargs)


def _offer(*pairs: AliasEvidence) -> str | None:
    best = offer_from(list(pairs), after=2, times=2)
    return None if best is None else best.routine


def test_a_plausible_pair_seen_twice_and_a_strong_one_seen_once_are_offered():
    assert _offer(_e("Wake up", 1)) is None
    assert _offer(_e("Wake up", 2)) == "Wake up"
    assert _offer(_e("Wake up", 1, "strong")) == "Wake up"


def test_a_strong_pair_goes_before_plausible_ones():
    # "reading level" then reading mode once; the person gave up after it and asked
    # for dinner time twice: the pair that sounds alike is offered.
    assert _offer(_e("Reading mode", 1, "strong"), _e("Dinner time", 2)) == "Reading mode"
    assert _offer(_e("Reading mode", 1, "strong"), _e("Dinner time", 1, "strong")) is None


def test_an_unrelated_pair_is_never_offered():
    assert _offer(_e("Movie mode", 9, "unrelated")) is None


def test_only_a_leading_pair_is_offered():
    assert _offer(_e("Wake up", 2), _e("Movie mode", 2)) is None
    assert _offer(_e("Wake up", 3), _e("Movie mode", 2)) == "Wake up"
    # A refused routine no longer competes.
    assert _offer(_e("Wake up", 2), _e("Movie mode", 5, blocked=True)) == "Wake up"


def test_a_yes_to_the_question_is_offered_first():
    assert _offer(_e("Wake up", 1, answer="yes"), _e("Movie mode", 4)) == "Wake up"


def test_an_offer_is_made_twice_at_most():
    assert _offer(_e("Wake up", 5, offered=1)) == "Wake up"
    assert _offer(_e("Wake up", 5, offered=2)) is None
    assert _offer(_e("Wake up", 1, answer="yes", offered=2)) is None
    # Offers passed over count for the words, whatever the routine; refused ones not.
    assert _offer(_e("Wake up", 5, offered=1), _e("Movie mode", 1, offered=1)) is None
    assert _offer(_e("Wake up", 5, offered=1),
                  _e("Movie mode", 1, offered=1, blocked=True)) == "Wake up"


def test_learned_or_blocked_pairs_are_not_offered():
    assert _offer(_e("Wake up", 5, promoted=True)) is None
    assert _offer(_e("Wake up", 5, blocked=True)) is None


@pytest.mark.parametrize(("said", "kind"), [
    ("movie night at sunset", "when"), ("movie night at 9", "when"),
    ("movie night at nine pm", "when"), ("movie night tonight", "when"),
    ("movie night in ten minutes", "when"), ("movie night every friday", "when"),
    ("movie nite", None), ("sunday roast", None), ("at home mode", None),
])
def test_a_time_said_is_a_request_of_another_kind(said, kind):
    assert request_kind(said) == kind
