"""Calls said before a taught phrase, then "then" or "and" left out as a filler, written
with no punctuation (issue 14): "booomph then porch lights on", "haaah oh and tea time".
The connective opens the next move, the phrase, as it does with the comma written; a
word that may be a verb or a noun of the phrase's clause before it still stops it."""

from __future__ import annotations

import pytest
from resolver_helpers import needs_dictionary, runs, taught_resolver

from teachapp.understanding._linked_gap import linked_gap
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("feed the goldfish", "Goldfish"), ("porch lights on", "Porch"), ("tea time", "Tea"))


def test_the_connective_left_out_is_read_back() -> None:
    def called(word: str) -> bool:
        return word == "oh"

    toks = ["booomph", "oh", "and", "tea", "time"]
    assert linked_gap(toks, [0], 3, called) == ["booomph", "oh", "and"]
    assert linked_gap(["booomph", "then", "tea"], [0], 2, called) == ["booomph", "then"]
    # (nothing left out, or no connective last: not this reader's)
    assert linked_gap(["booomph", "tea"], [0], 1, called) is None
    assert linked_gap(["booomph", "and", "oh", "tea"], [0], 3, called) is None
    assert linked_gap(["booomph", "um", "then", "tea"], [0], 3, called) is None


@needs_dictionary
@pytest.mark.parametrize(("text", "routine"), [
    ("booomph then porch lights on", "Porch"),
    ("booomph and feed the goldfish", "Goldfish"),
    ("haaah oh and tea time", "Tea"),
])
def test_a_phrase_after_calls_and_a_connective_runs(resolver: Resolver, text: str,
                                                    routine: str) -> None:
    assert runs(resolver, text) == routine


@needs_dictionary
@pytest.mark.parametrize("text", [
    "booomph then never porch lights on",
    "booomph then porch lights on yesterday",
    # (a word a dictionary holds before the connective: another request, or a noun the
    # phrase is joined to)
    "kettle then porch lights on",
    "fish and feed the goldfish",
])
def test_words_that_may_be_its_clause_still_stop_it(resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None
