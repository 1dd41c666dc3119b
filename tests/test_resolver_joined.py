"""A taught phrase beside a clause of the speaker's own joined by "but", "so" or "and", or
said to themselves (issue 14, :mod:`teachapp.understanding._joined_aside`): a question
about something else after "but", news of somebody else after "so" (led in by "guess
what" or not), talk to oneself said first or after "so", an exclamation about something
else said first, something else banned after "and" with an emphasiser. The request runs
as it would alone. Their twins whose clause after the connective bears on the request
do not run: an exception ("but not the lamp"), a wave-off ("so don't bother"), a question
about the request ("but did you do it?", "so is it on?"), done already ("so it's already
on"), a story told on after "and" ("and it woke the baby")."""

from __future__ import annotations

import pytest
from resolver_helpers import runs as _runs

from teachapp.understanding._joined_aside import joined_clause, joined_frees
from teachapp.understanding.normalize import default_lexicon, tokens
from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

HOME = [PhraseEntry(p, r) for p, r in (
    ("popcorn time", "Popcorn"), ("hall light on", "Hall"), ("bath time", "Bath"),
    ("warm the conservatory", "Conservatory"), ("feed the tortoise", "Tortoise"),
    ("folk radio", "Radio"), ("shed lights off", "Shed"), ("start the dishwasher", "Dishes"))]


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(HOME)


@pytest.mark.parametrize(("text", "routine"), [
    ("popcorn time, but who's swiped my tape measure?", "Popcorn"),
    ("hall light on, but who keeps unplugging the toaster?", "Hall"),
    ("folk radio, but who's been at the marmalade?", "Radio"),
    ("feed the tortoise, but what's the highest waterfall in peru?", "Tortoise"),
    ("bath time, but why is the colander on the piano?", "Bath"),
    ("shed lights off, but how come there's glitter in the fruit bowl?", "Shed"),
    ("warm the conservatory, but when did we get so many teaspoons?", "Conservatory"),
    ("folk radio, but what's the smallest country in europe?", "Radio"),
])
def test_a_question_about_something_else_after_but_runs(resolver: Resolver, text: str,
                                                         routine: str) -> None:
    assert _runs(resolver, text) == routine


@pytest.mark.parametrize(("text", "routine"), [
    ("popcorn time, so, auntie val had quads", "Popcorn"),
    ("hall light on, so, guess what, declan's bought a narrowboat", "Hall"),
    ("bath time, so, the window cleaner's off with his ankle", "Bath"),
    ("folk radio, so, the organist's off to chile apparently", "Radio"),
    ("feed the tortoise, so, you'll never guess, maxine's won the pools", "Tortoise"),
    ("shed lights off, so, get this, our tilly passed her cello exam", "Shed"),
])
def test_news_of_somebody_else_after_so_runs(resolver: Resolver, text: str,
                                             routine: str) -> None:
    assert _runs(resolver, text) == routine


@pytest.mark.parametrize(("text", "routine"), [
    ("mustn't lose my season ticket. popcorn time", "Popcorn"),
    ("must renew the car tax. hall light on", "Hall"),
    ("gosh, i'm in a real tizzy. folk radio", "Radio"),
    ("what am i like! bath time", "Bath"),
    ("feed the tortoise so, um, what else, the hoovering", "Tortoise"),
    ("shed lights off so, next, the greenhouse", "Shed"),
    ("warm the conservatory so, now, where's my thimble", "Conservatory"),
    ("popcorn time so, right, where was i", "Popcorn"),
])
def test_talking_to_oneself_runs(resolver: Resolver, text: str, routine: str) -> None:
    assert _runs(resolver, text) == routine


@pytest.mark.parametrize(("text", "routine"), [
    ("goodness me, the state of this rug! popcorn time", "Popcorn"),
    ("crikey, the size of that pumpkin! folk radio", "Radio"),
])
def test_an_exclamation_about_something_else_said_first_runs(resolver: Resolver, text: str,
                                                             routine: str) -> None:
    assert _runs(resolver, text) == routine


@pytest.mark.parametrize(("text", "routine"), [
    ("popcorn time and positively no crayons on the settee", "Popcorn"),
    ("folk radio and absolutely no skateboards in the porch", "Radio"),
    ("start the dishwasher and strictly no chewing gum at the table", "Dishes"),
])
def test_something_else_banned_after_and_runs(resolver: Resolver, text: str,
                                              routine: str) -> None:
    assert _runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # an exception to the request or a wave-off
    "hall light on, but not the porch lamp",
    "popcorn time, so don't bother",
    "folk radio, but forget it",
    # a question about the request: a pro-form points back at it
    "popcorn time, but did you do it?",
    "folk radio, so is it on?",
    "bath time, but why is it so slow?",
    # done already
    "hall light on, so it's already on",
    "feed the tortoise, so he's been fed",
    # a story told on after "and"
    "popcorn time, and it woke the baby",
    # news that is about the request itself
    "popcorn time, so, guess what, it didn't work",
    # talk to oneself about the request itself
    "mustn't forget popcorn time",
    # another taught phrase banned after "and"
    "popcorn time and absolutely no folk radio",
])
def test_a_clause_that_bears_on_the_request_stops_it(resolver: Resolver, text: str) -> None:
    assert _runs(resolver, text) is None


def test_a_reason_after_so_runs(resolver: Resolver) -> None:
    assert _runs(resolver, "hall light on, so the baby's asleep") == "Hall"


def _taught(word: str) -> bool:
    return word in {"popcorn", "time", "hall", "light", "on", "folk", "radio"}


def test_a_lead_in_of_news_alone_is_all_free() -> None:
    words = tokens("guess what")
    assert joined_frees(words, [False] * len(words), default_lexicon(), _taught,
                        joined=True) == [True, True]


def test_the_past_of_a_named_subject_is_freed_only_after_a_connective() -> None:
    lexicon = default_lexicon()
    words = tokens("mrs pembleton had triplets")
    free = [False] * len(words)
    assert joined_frees(words, free, lexicon, _taught, joined=False) is None
    assert joined_frees(words, free, lexicon, _taught, joined=True) == [True] * len(words)


def test_an_emphasised_ban_after_and_is_a_clause_of_its_own() -> None:
    lexicon = default_lexicon()
    assert joined_clause(tokens("positively no crayons on the settee"), lexicon, _taught)
    assert not joined_clause(tokens("positively no folk radio"), lexicon, _taught)
