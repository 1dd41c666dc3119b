"""A word of a taught phrase said twice in a row is read once (issue 14).

"off" and "end" are cancellation cues and "what" a question word; said twice by a
stammer or a recogniser inside the phrase that says them once ("lights off off", "what
what time is it"), the copy is no cue: the phrase runs, alone and beside an aside.
"""

from __future__ import annotations

import pytest

from teachapp.understanding._said_twice import said_once
from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

HOME = [PhraseEntry(p, r) for p, r in (
    ("lights off", "Lights off"), ("end of work day", "End of work"),
    ("what time is it in singapore", "Singapore"), ("movie night", "Movie night"),
    ("bye bye", "Goodbye"))]


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(HOME)


@pytest.mark.parametrize(("said", "routine"), [
    ("lights off off", "Lights off"),
    ("end end of work day", "End of work"),
    ("what what time is it in singapore", "Singapore"),
    ("lights off off, that haircut flatters you, rupert", "Lights off"),
])
def test_a_phrase_word_said_twice_runs_the_phrase(resolver: Resolver, said: str,
                                                  routine: str) -> None:
    found = resolver.resolve(said)
    assert (found.decision, found.routine) == ("run", routine)


def test_a_cue_said_twice_beside_a_phrase_without_it_still_counts(resolver: Resolver) -> None:
    assert resolver.resolve("stop stop movie night").decision != "run"


def test_only_the_phrase_words_said_twice_without_a_pause_are_freed() -> None:
    toks = ["lights", "off", "off", "now", "now"]
    assert said_once(toks, [False] * 5, frozenset(), ("lights", "off")) == [
        False, True, False, False, False]
    assert said_once(toks, [False] * 5, frozenset({1}), ("lights", "off")) is None
    assert said_once(["bye", "bye"], [False] * 2, frozenset(), ("bye", "bye")) is None


def test_a_word_said_three_times_is_no_stammer() -> None:
    toks = ["kettle", "kettle", "kettle", "on"]
    assert said_once(toks, [False] * 4, frozenset(), ("kettle", "on")) is None
