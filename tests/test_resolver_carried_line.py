"""A taught phrase said in the middle of a line of the speaker's own that carries on after
it, or said first with a line read off something after it (issue 14): a stretch of the
speaker's own on both sides, each bounded by pauses, leaves the phrase to run as it would
alone. A side that bears on the phrase still stops it: a question, a negation, someone
else's words, a pro-form that may point back at the phrase after it, a colon or a verb of
reading aloud or labelling that holds the phrase up as text, a word the home taught."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding._carried_line import carried_lines, own_after, own_before
from teachapp.understanding.normalize import default_lexicon
from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("fan on", "Fan"), ("make coffee", "Coffee"), ("ring oonagh", "Oonagh"),
    ("movie night", "Movie"), ("lock the back door", "Back door"), ("lights on", "Lights"))


@pytest.mark.parametrize(("text", "routine"), [
    # in the middle of a knitting pattern read aloud
    ("knit two together, fan on, knit in garter stitch", "Fan"),
    ("slip one, knit one, make coffee, knit two together", "Coffee"),
    # said first, then a score read off the phone or a bird seen from the window
    ("make coffee, rovers nil, wanderers three", "Coffee"),
    ("ring oonagh, two magpies, fortuitous", "Oonagh"),
    # between a tongue twister and a bird spotted
    ("greek grapes, greek grapes. ring oonagh, two magpies, fortuitous", "Oonagh"),
    # a story of something else said first: what it is about decides, not its tense
    ("sorry, i was miles away, movie night", "Movie"),
    # a property listing read aloud, then the phrase joined by "and"
    ("converted chapel, soaring vaulted ceilings, and fan on", "Fan"),
])
def test_a_phrase_between_stretches_of_the_speakers_own_runs(
        resolver: Resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # held up as text: a colon, a verb of reading aloud or of labelling
    "caption for the snap: make coffee, two magpies, fortuitous",
    "greek grapes, greek grapes. sound out each word, fan on, brilliant",
    "what a caption, movie night, two magpies, fortuitous",
    # a question about the phrase, or one said just before it
    "knit two together, fan on? two magpies, fortuitous",
        "is it on yet? fan on, two magpies, fortuitous",
        # (one piece is the phrase: a clause beside it is judged with what follows)
        "make coffee, the neighbours want it, tough luck",
    # after the phrase, a pro-form that may point back at it, or a cue of past time or
    # of someone else's words
    "make coffee, the kids had one already, fortuitous",
    "make coffee, rovers nil, my brother said",
    "movie night, two magpies, my mum doesn't want",
    "movie night, two magpies yesterday, fortuitous",
    # a clause of time or condition said first, a question or condition by inversion,
    # a deferral said after
    "greek grapes, when i get back on friday, movie night",
    "rub a dub dub, should the power go off later, fan on",
    "make coffee, hang fire a minute, two magpies",
    # the phrase done by the speaker, or an item of a list whose verb is said before it
    "resolution number one, make coffee myself",
    "i've done the recycling, movie night and the car wash today",
    # a negation or a word the home taught beside it
    "knit two together, fan on, no, not the fan",
    "knit two together, fan on, lights flickering badly",
])
def test_a_side_that_bears_on_the_phrase_runs_nothing(resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None


def test_the_line_is_parted_at_its_pauses_on_both_sides() -> None:
    lines = list(carried_lines("slip one, knit one, make coffee, knit two together"))
    assert ("slip one, knit one,", "make coffee", "knit two together") in [
        (line.before, line.phrase, line.after) for line in lines]


def test_the_stretch_after_is_held_to_more_than_the_one_before() -> None:
    lex = default_lexicon()

    def never(word: str) -> bool:
        return False

    # ("it" after a word of its own points into its own stretch when said first, but may
    # point back at the phrase when said after it)
    assert own_before("purl it over the needle,", lex, never)
    assert not own_after("purl it over the needle", lex, never)


def test_a_stretch_before_that_reports_someone_else_frames_the_phrase() -> None:
    resolver = Resolver([PhraseEntry("movie night", "Movie night"),
                         PhraseEntry("dinner time", "Dinner")])
    assert resolver.resolve("she said, hang on, movie night").decision == "reject"
    assert resolver.resolve("she said, hang on, moovie night").decision == "reject"
    # ("off" of a phrasal verb of the speaker's own withdraws nothing)
    found = resolver.resolve("i clocked off ahead of schedule, dinner time")
    assert (found.decision, found.routine) == ("run", "Dinner")


def test_a_verb_left_without_its_object_after_the_phrase_may_be_about_it() -> None:
    resolver = Resolver([PhraseEntry("movie night", "Movie night"),
                         PhraseEntry("bath time", "Bath")])
    assert resolver.resolve("movie night, the kids watched").decision != "run"
    assert resolver.resolve("movie night, barth tyme").decision != "run"
    # (an -ing form said last is a noun's: commentary heard after the request)
    found = resolver.resolve("bath time, caught behind, brilliant keeping")
    assert (found.decision, found.routine) == ("run", "Bath")


def test_marks_or_symbols_alone_after_the_phrase_are_read_without_error() -> None:
    """Hypothesis found "! $" and ". \\x1b": a stretch with no word in it (a symbol the
    tokens leave out) after a pause is nothing of the speaker's own, and no failure."""
    lex = default_lexicon()
    assert own_after("$", lex, lambda word: False)
    resolver = Resolver([PhraseEntry("tv time", "TV"), PhraseEntry("lock up", "Lock up")])
    for text in ("! $", ". \x1b", "tv time, $"):
        resolver.resolve(text)
