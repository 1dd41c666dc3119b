""""Over" after a verb and its pronoun object is the verb's particle, no routine said to
have ended (:mod:`_over_particle`): the remark beside the phrase leaves it to run; "over"
said of the routine still rejects."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding._over_particle import particle_after_object

resolver = taught_resolver(("holiday mode", "Holiday"), ("good night", "Good night"),
                           ("movie night", "Movie"))


def test_over_after_a_verb_and_it_is_a_particle():
    function = frozenset({"is", "it", "and", "the"})
    assert particle_after_object(["plop", "it", "over", "the", "footbridge"], 2, function)
    assert not particle_after_object(["is", "it", "over"], 2, function)
    assert not particle_after_object(["it", "is", "over"], 2, function)


@pytest.mark.parametrize(("text", "routine"), [
    ("holiday mode, plop it over the footbridge", "Holiday"),
    ("good night, plop it over the footbridge", "Good night"),
    ("movie night, flip it over", "Movie"),
])
def test_a_game_remark_with_over_leaves_the_phrase_to_run(resolver, text, routine):
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "holiday mode, is it over", "holiday mode, it's over", "is holiday mode over",
    "holiday mode is over", "movie night over"])
def test_over_said_of_the_routine_still_runs_nothing(resolver, text):
    assert runs(resolver, text) is None


@pytest.mark.parametrize("text", ["acute left, holiday mode, over crest",
                                  "holiday mode, over crest"])
def test_over_before_a_noun_of_its_own_is_no_other_request(resolver, text):
    # ("over crest": a preposition, :mod:`_over_complement`, read so by
    # _clauses.request_word_said too)
    assert runs(resolver, text) == "Holiday"
