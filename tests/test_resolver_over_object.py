""""Over" before a pronoun object or after a verb's -ed or -ing form is a preposition or a
particle, no routine said to have ended (:mod:`_over_object`); a noun subject's place by
the speaker is a clause of its own (:func:`_own_clause.own_statement`): the remark beside
the phrase leaves it to run, said with a pause or none. "Over" said of the routine still
rejects."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding._over_object import object_or_verb_beside
from teachapp.understanding._own_clause import own_statement
from teachapp.understanding.normalize import default_lexicon

resolver = taught_resolver(("holiday mode", "Holiday"), ("feed the ponies", "Ponies"),
                           ("movie night", "Movie"))
FUNCTION = frozenset({"is", "it", "and", "the", "a", "us", "me", "was"})


def test_over_before_a_pronoun_object_or_after_a_participle_is_no_ending():
    assert object_or_verb_beside(["the", "moons", "over", "us"], 2, FUNCTION)
    assert object_or_verb_beside(["a", "comets", "whizzed", "over"], 3, FUNCTION)
    assert object_or_verb_beside(["geese", "flying", "over"], 2, FUNCTION)
    assert not object_or_verb_beside(["is", "it", "over"], 2, FUNCTION)
    assert not object_or_verb_beside(["movie", "nights", "over"], 2, FUNCTION)
    assert not object_or_verb_beside(["i", "am", "over", "it"], 2, FUNCTION)
    assert not object_or_verb_beside(["over"], 0, FUNCTION)


def test_a_noun_subject_over_the_speaker_is_a_statement_of_its_own():
    lexicon = default_lexicon()
    assert own_statement(["the", "moons", "over", "us"], lexicon, lambda w: False)
    assert own_statement(["the", "kites", "behind", "you"], lexicon, lambda w: False)
    assert not own_statement(["the", "moons", "over", "it"], lexicon, lambda w: False)


@pytest.mark.parametrize(("text", "routine"), [
    ("holiday mode the moon's over us", "Holiday"),
    ("holiday mode, the moon's over us.", "Holiday"),
    ("feed the ponies the shadow's over us", "Ponies"),
    ("holiday mode a comet's whizzed over", "Holiday"),
    ("feed the ponies, a comet's whizzed over", "Ponies"),
    ("movie night the geese are flying over", "Movie"),
])
def test_a_remark_with_over_of_its_own_leaves_the_phrase_to_run(resolver, text, routine):
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "holiday mode is over", "holiday mode it's over", "holiday mode, it's over now",
    "is holiday mode over", "movie night over", "movie night was over",
    "we had movie night it was over",
    "feed the ponies, it's all over"])
def test_over_said_of_the_routine_still_runs_nothing(resolver, text):
    assert runs(resolver, text) is None
