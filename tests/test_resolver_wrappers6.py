"""Wrapped phrases and near siblings, the sixth round (issue 14).

A name heard as another real name is another request, as a number heard as another
number is: "ring doreen" never runs "ring maureen", "message malcolm" never runs "message
callum", a word that begins with another sound after "feed" never runs "feed smudge", and
"for the week" never runs "... for the weekend". A contrast ("walk rather than dog") is
no request for what it sets aside. The same name spelled another way ("calum") and a word
misheard ("feed smudj") still run.

A phrase said exactly runs beside words that frame it and ask for nothing else: the
speaker's going ("i'm off to choir"), a topic or contrast marker ("needless to say"), a
hedge ("i daresay"), a presentative ("watch this:"), dictated symbols ("hashtag ..."), a
count up or a count to go on, a relay in the progressive, an item read off a jotter, a
tally of the requests ("just the one:"), "i'm telling you", a comprehension tag, thanking
ahead, and an exclamation ("what a palaver").
"""

from __future__ import annotations

import pytest

from teachapp.understanding.normalize import default_lexicon
from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

HOME = [PhraseEntry(p, r) for p, r in (
    ("ring maureen", "Maureen"), ("message callum", "Callum"), ("feed smudge", "Smudge"),
    ("ring rhiannon", "Rhiannon"), ("text kofi and ines", "Kofi and Ines"),
    ("walking the dog", "Dog walk"), ("book a cleaner for the weekend", "Cleaner"),
    ("movie night", "Movie night"), ("bath time", "Bath"), ("porch light on", "Porch"),
    ("water the tomatoes", "Tomatoes"), ("lock the back door", "Back door"))]


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(HOME)


def test_the_lexicon_knows_given_names_but_not_common_words() -> None:
    names = default_lexicon().given_names
    assert {"maureen", "doreen", "callum", "malcolm", "agnes", "ines"} <= names
    assert not {"rose", "will", "tea", "lights", "time"} & names


@pytest.mark.parametrize("text", [
    # another person by name, plain, called or wrapped
    "ring doreen", "ring shannon", "message malcolm", "text kofi and agnes",
    "jeeves, ring doreen", "message malcolm straightaway",
    # another pet: a word that begins with another sound after "feed"
    "feed fudge", "barnaby, feed fudge",
    # a compound cut to its first part: another span
    "book a cleaner for the week",
    # a contrast sets the phrase's words against each other
    "walk rather than dog", "night instead of movie", "flower, walk rather than dog",
])
def test_a_sibling_or_a_contrast_never_runs(resolver: Resolver, text: str) -> None:
    assert resolver.resolve(text).decision != "run"


@pytest.mark.parametrize(("text", "routine"), [
    # the taught names, said as they are, spelled otherwise or misheard a little
    ("ring maureen", "Maureen"), ("message calum", "Callum"), ("feed smudge", "Smudge"),
    ("feed smudj", "Smudge"), ("ring maureen, jeeves", "Maureen"),
    ("book a cleaner for the week end", "Cleaner"),
])
def test_the_taught_name_still_runs(resolver: Resolver, text: str, routine: str) -> None:
    found = resolver.resolve(text)
    assert (found.decision, found.routine) == ("run", routine)


@pytest.mark.parametrize(("text", "routine"), [
    # the speaker's going
    ("bath time, i'm off to the library", "Bath"),
    ("we're off to the allotment, porch light on", "Porch"),
    # topic and contrast markers, hedges, presentatives
    ("needless to say, movie night", "Movie night"),
    ("on another note, lock the back door", "Back door"),
    ("while i remember, water the tomatoes", "Tomatoes"),
    ("i daresay movie night", "Movie night"),
    ("i'd say bath time", "Bath"),
    ("conceivably porch light on", "Porch"),
    ("check this out, movie night", "Movie night"),
    # dictated symbols
    ("hashtag movie night", "Movie night"), ("bath time at sign", "Bath"),
    # a count up, a count to go on, a launch
    ("one, two, three, bath time", "Bath"), ("on three... movie night", "Movie night"),
    ("and... lift off, porch light on", "Porch"),
    # a relay in the progressive, a child sent with a message
    ("auntie's asking will you water the tomatoes", "Tomatoes"),
    ("grandad sent me to tell you to lock the back door", "Back door"),
    # read off a jotter, a tally of the requests
    ("off the jotter, water the tomatoes", "Tomatoes"),
    ("just the one: bath time", "Bath"), ("one job: movie night", "Movie night"),
    ("only one for now, porch light on", "Porch"),
    # emphatic, a comprehension tag, thanking ahead, an exclamation, "one time"
    ("movie night, i'm telling you, movie night", "Movie night"),
    ("bath time, got it?", "Bath"),
    ("thanks ahead of time, lock the back door", "Back door"),
    ("bath time in a twinkling", "Bath"), ("bath time, on board?", "Bath"),
    ("water the tomatoes, what a palaver", "Tomatoes"),
    ("i am asking you porch light on", "Porch"),
])
def test_a_framed_phrase_runs(resolver: Resolver, text: str, routine: str) -> None:
    found = resolver.resolve(text)
    assert (found.decision, found.routine) == ("run", routine)


@pytest.mark.parametrize("text", [
    # the frames keep their cues outside them
    "bath time, i'm off to cancel the gym",
    "needless to say, don't movie night",
    "i daresay we had movie night yesterday",
    "one job: cancel bath time",
    "two, five, bath time",
    "at three... movie night",
    "she's asking whether we had movie night",
    "movie night rather than bath time",
])
def test_a_framed_cue_or_another_time_does_not_run(resolver: Resolver, text: str) -> None:
    assert resolver.resolve(text).decision != "run"
