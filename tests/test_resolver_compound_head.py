"""A taught phrase misheard in bare text with one word said last after it runs when the
phrase's last word can modify no noun (an adverb particle, a plural form): that word
cannot head a compound with it, it is said beside the request ("sprinkelrs on yippee").
After a noun's base form or an unlisted word the word may be a device or a thing the
phrase names ("start vacuum bot", "lunch brk board"), and the question stays
(:mod:`_compound_head`), unless the phrase was heard surely ("make cofee pot":
:mod:`_surely_heard`, tested there)."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding import _word_classes as classes
from teachapp.understanding._compound_head import may_modify
from teachapp.understanding.resolution import Decision

resolver = taught_resolver(
    ("sprinklers on", "Sprinklers"), ("lights out", "Lights out"),
    ("order more tin rivets", "Rivets"), ("heating up", "Heat"),
    ("shut the blinds", "Blinds"), ("dim the lights", "Dim"),
    ("start the vacuum", "Cleaning"), ("lunch break", "Lunch"), ("make coffee", "Coffee"),
    ("walling", "Walling"), ("feed the chickens", "Chickens"))


@pytest.mark.parametrize(("word", "modifies"), [
    ("vacuum", True), ("break", True), ("coffee", True), ("cozy", True),
    ("walling", True), ("swimming", True),  # (an -ing form: "swimming pool")
    ("tinnery", True),  # (not listed: a name or a coinage may be a noun)
    ("on", False), ("out", False), ("up", False),
    ("chickens", False), ("rivets", False), ("lights", False),
])
def test_which_last_words_may_modify_a_noun(word: str, modifies: bool) -> None:
    assert classes.loaded()
    assert may_modify(word) is modifies


@pytest.mark.parametrize(("text", "routine"), [
    # after an adverb particle
    ("sprinkelrs on yippee", "Sprinklers"),
    ("lights owt toodles", "Lights out"),
    ("heeting up hooray", "Heat"),
    # after a plural form
    ("order more tin rivvets zing", "Rivets"),
    ("shut the blynds wahey", "Blinds"),
    ("dim the lihgts yoink", "Dim"),
    ("feed the chikens whoopsie", "Chickens"),
])
def test_a_misheard_phrase_before_one_last_word_runs(resolver, text: str,
                                                     routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # a noun's base form or an unlisted word may modify the word after it, when the phrase
    # is not heard surely (a word dropped, two letters wrong: :mod:`_surely_heard`)
    "start vacuum bot",
    "lunch brk board",
    "make cofe pot",
])
def test_after_a_possible_modifier_the_question_stays(resolver, text: str) -> None:
    assert resolver.resolve(text).decision == Decision.CLARIFY


@pytest.mark.parametrize("text", [
    # the cues that stop the phrase said exactly stop it misheard before a last word too
    "dont shut the blynds wahey",
    "was it lights owt toodles",
    "we had sprinkelrs on yesterday",
])
def test_a_cue_still_stops_it(resolver, text: str) -> None:
    assert runs(resolver, text) is None
