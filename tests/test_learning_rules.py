"""Each evidence rule of the pair scorer (``understanding/rephrase.py``), as pure functions."""

from __future__ import annotations

import pytest

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
    ("set the lamp to 50 percent", "command"), ("open the blinds", "command"),
    ("call mom", "impossible"), ("order a pizza", "impossible"),
    ("play some jazz", "impossible"), ("set an alarm for seven", "impossible"),
    ("yes", "conversation"), ("no thanks", "conversation"), ("okay", "conversation"),
    ("breeding road", None), ("good lighting", None), ("nobody home", None), ("could night", None), ("turn on moody mode", None),
    ("lights out", None),
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
