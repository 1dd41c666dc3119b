"""The resolution reports the phrase of its routine that was said, not only the one that
scored best (:mod:`teachapp.understanding._phrase_said`): "turn the reading mode on"
scores best against the routine's other phrase "time to read", yet says "reading mode".
The decision and the routine stay as they were."""

from __future__ import annotations

import pytest

from teachapp.understanding._phrase_said import phrase_said
from teachapp.understanding.normalize import default_lexicon
from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

HOME = [PhraseEntry(p, r) for p, r in (
    ("good night", "Good night"), ("bed time", "Good night"),
    ("movie night", "Movie night"), ("movie time", "Movie night"),
    ("reading mode", "Reading mode"), ("time to read", "Reading mode"),
    ("lights off downstairs", "Downstairs dark"), ("downstairs dark", "Downstairs dark"))]

READING = ("reading mode", "time to read")


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(HOME)


def test_the_phrase_said_whole_is_reported_over_the_one_that_scored_best() -> None:
    lex = default_lexicon()
    assert phrase_said("turn the reading mode on", "time to read", READING, lex) \
        == "reading mode"
    assert phrase_said("switch the reading mode on please", "time to read", READING, lex) \
        == "reading mode"


def test_the_best_phrase_stays_when_it_is_said_or_said_more() -> None:
    lex = default_lexicon()
    assert phrase_said("time to read now", "time to read", READING, lex) == "time to read"
    # (three of its words heard, one misheard, against all of a two-word phrase: the
    # misheard phrase is the one said)
    down = ("lights off downstairs", "downstairs dark")
    assert phrase_said("leghts off downstairs", "lights off downstairs", down, lex) \
        == "lights off downstairs"
    # (no other phrase said whole or all its words said: nothing better to report)
    assert phrase_said("time to reed", "time to read", READING, lex) == "time to read"
    assert phrase_said("reading moat", "reading mode", READING, lex) == "reading mode"


def test_more_of_a_phrase_said_goes_first_and_the_phrase_itself_before_that() -> None:
    lex = default_lexicon()
    phrases = ("time to read", "reading mode", "lounge reading mode")
    # (neither said alone: the one with more words said)
    assert phrase_said("put the lounge reading mode on in a bit", "time to read", phrases,
                       lex) == "lounge reading mode"
    # (the phrase itself, free words aside, before one whose words are merely said side
    # by side among others, as many of them)
    for phrases in (("time to read", "the reading", "reading mode"),
                    ("time to read", "reading mode", "the reading")):
        assert phrase_said("turn the reading mode on", "time to read", phrases, lex) \
            == "reading mode"


def test_words_of_a_phrase_said_apart_are_not_the_phrase_said() -> None:
    lex = default_lexicon()
    # (every word of "give elda a ring" is said, but in two clauses; "ring elda back" is
    # said as it is)
    assert phrase_said("give me a nudge to ring elda back", "ring elda back",
                       ("give elda a ring", "ring elda back"), lex) == "ring elda back"
    assert phrase_said("mode of reading time", "time to read", READING, lex) \
        == "time to read"


def test_the_resolver_reports_the_phrase_said(resolver: Resolver) -> None:
    for text in ("turn the reading mode on", "turn the reading mode on please",
                 "switch the reading mode on"):
        found = resolver.resolve(text)
        assert (found.decision, found.routine, found.phrase) == (
            "run", "Reading mode", "reading mode"), text


def test_a_rejection_names_the_phrase_said_too(resolver: Resolver) -> None:
    found = resolver.resolve("don't turn the reading mode on")
    assert (found.decision, found.reason, found.phrase) == ("reject", "negation",
                                                            "reading mode")
    found = resolver.resolve("is the reading mode on")
    assert (found.decision, found.reason, found.phrase) == ("reject", "state_question",
                                                            "reading mode")


def test_a_phrase_of_another_routine_is_never_reported(resolver: Resolver) -> None:
    found = resolver.resolve("downstairs dark lights off")
    assert found.routine == "Downstairs dark"
    assert found.phrase in ("lights off downstairs", "downstairs dark")
    found = resolver.resolve("movie time")
    assert (found.decision, found.phrase) == ("run", "movie time")
