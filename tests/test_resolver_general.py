"""General rules of issue 14's accuracy work, one test each: a lead-in set apart by a
comma, a routine read by its tied phrase, a repeated word heard in turn, "here" as a
phrase's predicate, a taught word not borrowed by a word of like meaning, and a taught
number run into a word."""

from __future__ import annotations

import pytest
from resolver_helpers import runs as _runs

from teachapp.understanding._carriers import comma_lead_in
from teachapp.understanding._meaning import meaningful_positions
from teachapp.understanding.normalize import normalise
from teachapp.understanding.reading import _in_turn
from teachapp.understanding.resolution import Decision, PhraseEntry
from teachapp.understanding.resolver import Resolver

HOME = [PhraseEntry(p, r) for p, r in (
    ("movie night", "Movie night"), ("lights on", "Lights on"), ("lights off", "Lights off"),
    ("kitchen lights off", "Kitchen dark"), ("preset one", "Preset one"),
    ("preset two", "Preset two"), ("scene 1", "Preset one"), ("six nations", "Rugby"),
    ("heating to 21", "Heating"), ("five more minutes", "Snooze"),
    ("downstairs lights off", "Downstairs off"), ("lights off downstairs", "Downstairs off"),
    ("night night emma", "Emma's bedtime"), ("emma to bed", "Emma's bedtime"),
    ("grandpa's here", "Grandpa"), ("grandpa mode", "Grandpa"),
    ("bath time", "Bath"), ("coffee time", "Coffee"))]


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(HOME)


@pytest.mark.parametrize(("text", "routine"), [
    ("right, lights on please", "Lights on"), ("quick one, movie night", "Movie night"),
    ("so then, bath time", "Bath"), ("alexa, coffee time.", "Coffee")])
def test_a_lead_in_before_a_comma_is_free(resolver: Resolver, text: str, routine: str) -> None:
    """ "quick one" is free though "one" is a taught word: "quick" is a filler."""
    assert _runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "no, movie night", "don't, bath time", "cancel, lights on",   # a cue stays a cue
    "nope, movie night", "nah, bath time",   # (informal negations are cues too)
    "right, movie",   # what follows is still a fragment
    "right then the other thing, movie night",   # too long to be a lead-in
    "text jane, movie night", "remind me, bath time"])   # a request of its own
def test_a_lead_in_with_a_cue_or_too_long_is_not_free(resolver: Resolver, text: str) -> None:
    assert _runs(resolver, text) is None


def test_a_lead_in_of_taught_words_is_what_was_said(resolver: Resolver) -> None:
    """ "kitchen, lights off" names the kitchen: not "lights off" with a free word."""
    assert _runs(resolver, "kitchen, lights off") == "Kitchen dark"
    free = comma_lead_in("kitchen, lights off", ["kitchen", "lights", "off"],
                         [False, False, False], ["kitchen"], frozenset(), lambda w: True)
    assert free == [False, False, False]
    free = comma_lead_in("right, lights off", ["right", "lights", "off"],
                         [False, False, False], ["right"], frozenset(), lambda w: False)
    assert free == [True, False, False]


@pytest.mark.parametrize("text", ["leghts off downstairs", "oh and leghts off downstairs",
                                  "downstairs leghts off"])
def test_a_routine_is_read_by_its_tied_phrase_in_the_order_heard(resolver: Resolver,
                                                                 text: str) -> None:
    """Both phrases have the same words; the one said in order reads the utterance."""
    assert _runs(resolver, text) == "Downstairs off"


def test_a_repeated_word_is_heard_in_turn(resolver: Resolver) -> None:
    assert _runs(resolver, "night nikht emma") == "Emma's bedtime"
    assert _in_turn([1, 0, 2], [5, 5, 7]) == [0, 1, 2]
    assert _in_turn([2, 0], [5, 6, 7]) == [2, 0]


def test_here_ending_a_phrase_is_its_predicate(resolver: Resolver) -> None:
    """ "grandpa" alone is a fragment of "grandpa's here"; said whole it runs; "in here"
    after a phrase is only a place."""
    result = resolver.resolve("grandpa")
    assert (result.decision, result.reason) == (Decision.CLARIFY, "fragment")
    assert _runs(resolver, "grandpa is here") == "Grandpa"
    assert _runs(resolver, "lights on in here") == "Lights on"
    assert meaningful_positions(["grandpa", "here"], [False, True]) == (0, 1)
    assert meaningful_positions(["lights", "on", "in", "here"],
                                [False, False, True, True]) == (0, 1)
    assert meaningful_positions(["we", "are", "here"], [True, True, True]) == ()


def test_a_word_taught_as_itself_is_not_borrowed_by_a_word_of_like_meaning() -> None:
    """ "vacuum" is a word of "start the vacuum": read as "hoover" (one concept) it is
    asked about, never run; in a home without it, "vacuum" may still run "hoover"."""
    both = Resolver([PhraseEntry("start the vacuum", "Cleaning"),
                     PhraseEntry("hoover", "Hoover"), PhraseEntry("movie night", "Movie")])
    assert both.resolve("vacuum").decision != Decision.RUN
    assert _runs(both, "activate the vacuum") != "Hoover"
    assert _runs(both, "hoover") == "Hoover"
    alone = Resolver([PhraseEntry("hoover", "Hoover"), PhraseEntry("movie night", "Movie")])
    assert _runs(alone, "vacuum please") == "Hoover"


@pytest.mark.parametrize(("text", "routine"), [
    ("presetone", "Preset one"), ("presettwo", "Preset two"), ("scene1", "Preset one"),
    ("heating to21", "Heating"), ("ok google, sixnations.", "Rugby"),
    ("fivemore minutes", "Snooze")])
def test_a_taught_number_run_into_a_word_is_split(resolver: Resolver, text: str,
                                                  routine: str) -> None:
    assert _runs(resolver, text) == routine


def test_an_ordinal_written_as_digits_meets_the_word() -> None:
    """Whisper writes "1st floor"; a person taught "first floor lights"."""
    home = Resolver([PhraseEntry("first floor lights", "First floor"),
                     PhraseEntry("twenty first birthday", "Party"),
                     PhraseEntry("movie night", "Movie")])
    assert _runs(home, "1st floor lights") == "First floor"
    assert _runs(home, "21st birthday") == "Party"
    assert normalise("the 3rd and 12th") == "the third and twelfth"
