"""Wrapped phrases, the fifth round (issue 14): a taught phrase said exactly after a
lead-in nobody listed as a carrier. A request relayed to the assistant ("mum says you have
to ...", "grandpa wants you to ..."), an item read off a list ("step two, ...", "the
list says ...", "reading off my list, ..."), a countdown ("three, two, one, ...", "on my
count, ..."), another language's request markers ("zara ... kar do", "puedes ... porfa"),
a stutter ("m-m-movie night"), requests asked of the hearer's time or power ("got a mo to
...", "is it within your powers to ..."), the attitudinal past ("i was wondering if we
could ..."), a tag asking agreement with a pet name after it, a plan's own verb, and an
ending said of a clause's own subject ("before the news ends") run their routine.

Their twins do not: someone else's words without a request to "you" ("mum said movie
night"), a relayed negation ("dad says you don't have to ..."), a question about the relay
("did mum say ..."), a list lead-in with a cancellation in it ("my list says cancel ..."),
numbers that do not count down ("two, five, ..."), "quote ... unquote" (someone's words).

And a phrase said whole as a clause of its own, no cue and no other request said, that
nothing else can read is asked about ("Did you mean ...?"), never rejected; one run into a
verb acting on it ("share movie night with my sister") is still rejected."""

from __future__ import annotations

import pytest

from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

HOME = [PhraseEntry(p, r) for p, r in (
    ("movie night", "Movie night"), ("bath time", "Bath"), ("lights on", "Lights on"),
    ("kitchen radio", "Radio"), ("start the vacuum", "Vacuum"), ("feed the fish", "Fish"),
    ("sunset scene", "Sunset"), ("lunch break", "Lunch"), ("get the fire going", "Fire"))]


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(HOME)


@pytest.mark.parametrize(("text", "routine"), [
    # a request relayed to "you"
    ("mum says you have to movie night", "Movie night"),
    ("grandpa wants you to feed the fish", "Fish"),
    ("my sister asked me to ask you to start the vacuum", "Vacuum"),
    ("auntie says can you kitchen radio", "Radio"),
    ("dad says it's time to bath time", "Bath"),
    # an item read off a list
    ("step two, feed the fish", "Fish"),
    ("the list says start the vacuum", "Vacuum"),
    ("reading off my list, lights on", "Lights on"),
    ("according to the rota, bath time", "Bath"),
    # a countdown
    ("three, two, one, movie night", "Movie night"),
    ("five four three two one... lights on", "Lights on"),
    ("on my count, sunset scene", "Sunset"),
    ("ready, steady, feed the fish", "Fish"),
    # another language's request markers
    ("zara kitchen radio kar do", "Radio"),
    ("puedes movie night porfa?", "Movie night"),
    ("abeg, lights on jare", "Lights on"),
    ("kannst du mal bath time?", "Bath"),
    ("tafadhali sunset scene", "Sunset"),
    # a discourse marker
    ("speaking of which, lunch break", "Lunch"),
    ("point being, movie night", "Movie night"),
    ("bath time, for the record", "Bath"),
    # a stutter
    ("m-m-movie night", "Movie night"),
    ("f-feed the fish", "Fish"),
    # asked of the hearer's time, will or power; hedged; the attitudinal past
    ("got a mo to start the vacuum?", "Vacuum"),
    ("is it within your powers to lights on?", "Lights on"),
    ("sunset scene, any objections?", "Sunset"),
    ("i was wondering if we could perhaps movie night", "Movie night"),
    ("probably best to feed the fish", "Fish"),
    # a tag asking agreement, a pet name after it
    ("bath time, isn't that right, sweetums", "Bath"),
    # a plan's own verb and where to
    ("kitchen radio, we're hopping on the bus", "Radio"),
    ("lights on, i'm going swimming", "Lights on"),
    # an ending said of a clause's own subject
    ("lunch break before the class ends", "Lunch"),
    # urgency, oaths
    ("movie night, get a wiggle on", "Movie night"),
    ("feed the fish, on my life, feed the fish", "Fish"),
    ("gonnae lights on, digger", "Lights on"),
    ("open bracket sunset scene close bracket", "Sunset"),
])
def test_phrase_after_a_lead_in_runs(resolver: Resolver, text: str, routine: str) -> None:
    result = resolver.resolve(text)
    assert (result.decision, result.routine) == ("run", routine), result


@pytest.mark.parametrize("text", [
    # someone else's words, no request to "you"
    "mum said movie night",
    "grandpa says movie night",
    # a relayed negation, a question about the relay
    "dad says you don't have to feed the fish",
    "did mum say you have to movie night",
    # a list lead-in with a cue in it
    "my list says cancel movie night",
    "the list says don't feed the fish",
    # numbers that do not count down
    "two, five, movie night",
    # another language's marker with a cue
    "puedes not movie night porfa",
    # "quote ... unquote": someone's words
    "quote movie night unquote",
    # a tag that asks something
    "bath time, isn't that over",
    # a stutter before a cancellation
    "c-c-cancel movie night",
])
def test_lead_in_twins_do_not_run(resolver: Resolver, text: str) -> None:
    assert resolver.resolve(text).decision != "run"


@pytest.mark.parametrize(("text", "routine"), [
    ("pressing on, movie night", "Movie night"),
    ("pressing on, feed the fish, tra la la", "Fish"),
])
def test_whole_phrase_among_words_read_as_nothing_is_asked(resolver: Resolver, text: str,
                                                           routine: str) -> None:
    result = resolver.resolve(text)
    assert (result.decision, result.routine) == ("clarify", routine), result


@pytest.mark.parametrize("text", [
    "share movie night with my sister",
    "translate feed the fish into french",
    "pressing on, movie night, yesterday",
    "pressing on, movie night, play some jazz",
    "pressing on, movie night, lunch break",
    "pressing on, movie night, kitchen",
])
def test_whole_phrase_acted_on_or_beside_a_cue_is_still_rejected(resolver: Resolver,
                                                                 text: str) -> None:
    assert resolver.resolve(text).decision == "reject"
