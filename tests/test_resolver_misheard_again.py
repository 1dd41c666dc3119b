"""A taught phrase misheard (a word said twice, a letter misspelt, words joined, an article
dropped) beside words that only a second reading frees (a sentence of its own said first)
runs as the phrase said exactly there runs: the utterance repaired is read by every
reading, not only the first. Its out-of-scope twins do not run: a near sibling, another
name, a negation, a question or a story beside the same sentence."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

resolver = taught_resolver(
    ("make coffee", "Coffee"), ("dinner time", "Dinner"), ("open the blinds", "Blinds"),
    ("parts cleaner on", "Parts cleaner"), ("piano practice", "Piano"),
    ("birthday party", "Party"), ("welcome home", "Home"), ("ring stacey", "Stacey"),
    ("garage door", "Garage"))


@pytest.mark.parametrize(("text", "routine"), [
    # the phrase said exactly there runs (the sentence is freed by a second reading) ...
    ("Fifty percent of forty is twenty. make coffee.", "Coffee"),
    # ... and so does it misheard: a letter misspelt
    ("Fifty percent of forty is twenty. mage coffee.", "Coffee"),
    ("mayor unveils bench, stop the presses. birthday pardy", "Party"),
    ("mayor unveils bench, stop the presses. wecome home", "Home"),
    ("whisk until stiff peaks appear. open the blins, row, row, row your boat", "Blinds"),
    # a word said twice
    ("thaddeus writes, aced my maths paper, woo. dinner dinner time", "Dinner"),
    ("simmer for twenty minutes with the lid ajar. ring stacey stacey, my bonnie lies over "
     "the ocean", "Stacey"),
    # words joined, an article dropped
    ("thaddeus writes, aced my maths paper, woo. dinnertime", "Dinner"),
    ("whisk until stiff peaks appear. open blinds, row, row, row your boat", "Blinds"),
])
def test_a_misheard_phrase_after_a_sentence_runs(resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # a near sibling, another name, a word of the phrase swapped for another
    "mayor unveils bench, stop the presses. carpet cleaner on",
    "mayor unveils bench, stop the presses. ring tracey",
    "mayor unveils bench, stop the presses. garage floor",
    "mayor unveils bench, stop the presses. birthday card",
    "mayor unveils bench, stop the presses. make tea",
    # not a request for it, misheard or not
    "mayor unveils bench, stop the presses. don't mage coffee",
    "mayor unveils bench, stop the presses. i already made coffee",
    "mayor unveils bench, stop the presses. she said make make coffee",
    "mayor unveils bench, stop the presses. is it dinner dinner time",
    "mayor unveils bench, stop the presses. was it dinner dinner time",
])
def test_its_out_of_scope_twins_do_not_run(resolver, text: str) -> None:
    assert runs(resolver, text) is None


def test_a_phrase_said_exactly_beside_its_state_is_not_misheard_there() -> None:
    from teachapp.understanding.resolution import PhraseEntry
    from teachapp.understanding.resolver import Resolver
    home = Resolver([PhraseEntry("everything off", "All off"), PhraseEntry("tea time", "Tea")])
    assert runs(home, "everything off, everything's off already") is None
    assert runs(home, "teatime, that's the last time you do that") is None
