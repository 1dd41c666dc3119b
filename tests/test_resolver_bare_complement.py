"""No edge is read, in text with no pause written, between a taught phrase and the words
that leave it to come (issue 14, the forty-seventh set, bare): an adverb after "be" that
the lexicon lists as no adjective ("quackies quackies the father of the bride's speech was
mostly brazier on" ran Brazier: "mostly" was read as the end of a remark, as "simply"
already was not), and a negative adverbial said right before the phrase ("mixture rich
magnetos checked under no circumstances drop jazzi a line chuck" ran Jazzi)."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding import _word_classes as classes
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("movie night", "Movie"), ("reading mode", "Reading"), ("lock up", "Lock"),
    ("bath time", "Bath"), ("drop gran a line", "Gran"))


@pytest.mark.parametrize("text", [
    "quackies quackies the speech was mostly movie night",
    "the best man's toast was largely bath time",
    "hey hey his speech was mainly lock up",
    "mixture rich magnetos checked under no circumstances drop gran a line chuck",
])
def test_the_phrase_those_words_leave_to_come_runs_nothing(resolver: Resolver,
                                                           text: str) -> None:
    """Each ran the phrase on main."""
    assert runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    ("the dog is smelly bath time", "Bath"),
    ("quackies quackies the kids are poorly bath time", "Bath"),
    ("ding ding the baby is sleepy bath time", "Bath"),
    ("flaps set trim set drop gran a line", "Gran"),
])
def test_an_adjective_after_be_or_a_remark_still_leaves_the_phrase_to_run(
        resolver: Resolver, text: str, routine: str) -> None:
    """"smelly" and "poorly" may be adjectives, the complement said: the remark ends."""
    assert runs(resolver, text) == routine


def test_the_lexicon_says_which_adverbs_are_never_adjectives() -> None:
    assert classes.adverb_only("mostly") and classes.adverb_only("largely")
    assert not classes.adverb_only("smelly") and not classes.adverb_only("early")
    assert not classes.adverb_only("poorly") and not classes.adverb_only("plumber")
