"""A clause of the speaker's own beside a taught phrase, the seventeenth round (issue 14):
news joined by "but", a question about something else, a ban on something else.

"movie night but my tea's cold" gives news in a clause of contrast and still asks for
movie night; "where's the remote got to? bath time" asks about the remote; "feed the cat,
keep the dog off the sofa" and "bath time, no sweets for her" forbid things of their
own. Each such clause has a subject, an object or a place of its own, so its question,
negation and past are its own (:mod:`teachapp.understanding._clause_shape`). A "but" that
restricts or withdraws the request, a question or a ban about the request or a pro-form,
someone else's wish and the request's past still never run. The sentences below are this
file's own, in no benchmark set.
"""

from __future__ import annotations

import pytest

from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

HOME = [PhraseEntry(p, r) for p, r in (
    ("movie night", "Movie night"), ("bath time", "Bath"), ("feed the cat", "Cat"),
    ("porch light on", "Porch"), ("lock all doors", "Lock up"),
    # (phrases that teach closed-class words: a wh-word, an operator)
    ("who is at the door", "Door camera"), ("how much did the panels make", "Solar"))]


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(HOME)


def _never_runs(resolver: Resolver, text: str) -> None:
    res = resolver.resolve(text)
    assert res.decision != "run", (text, res.routine, res.reason)


def _runs(resolver: Resolver, text: str, routine: str) -> None:
    res = resolver.resolve(text)
    assert (res.decision, res.routine) == ("run", routine), (text, res.reason)


@pytest.mark.parametrize(("text", "routine"), [
    ("movie night but my tea's cold", "Movie night"),
    ("feed the cat but the vet's postponed", "Cat"),
    ("porch light on but i've got shingles", "Porch"),
    ("bath time but the towels are damp", "Bath"),
    ("lock all doors but we've got hiccups", "Lock up"),
])
def test_news_joined_by_but_leaves_the_request_made(resolver: Resolver, text: str,
                                                    routine: str) -> None:
    _runs(resolver, text, routine)


@pytest.mark.parametrize(("text", "routine"), [
    ("where's the remote got to? movie night", "Movie night"),
    ("bath time, where has my scarf disappeared to?", "Bath"),
    ("which road's quicker? lock all doors", "Lock up"),
    ("are these his gloves? bath time", "Bath"),
    ("feed the cat, what's that singer's name?", "Cat"),
    # (a home that taught "who" and "did" in phrases of its own)
    ("who ate the biscuits? porch light on", "Porch"),
    ("did the window cleaner charge us? movie night", "Movie night"),
])
def test_a_question_about_something_else_leaves_the_request_made(
        resolver: Resolver, text: str, routine: str) -> None:
    _runs(resolver, text, routine)


@pytest.mark.parametrize(("text", "routine"), [
    ("movie night, keep the dog off the sofa", "Movie night"),
    ("bath time, keep those sticky fingers out of the biscuit tin", "Bath"),
    ("bath time, no sweets for her", "Bath"),
    ("feed the cat, no shoes on the carpet", "Cat"),
])
def test_forbidding_something_else_leaves_the_request_made(
        resolver: Resolver, text: str, routine: str) -> None:
    _runs(resolver, text, routine)


@pytest.mark.parametrize("text", [
    # (a "but" that restricts or withdraws the request)
    "movie night but not yet", "bath time but not now", "porch light on but leave the hall",
    "movie night but i don't want it", "feed the cat but the kids towels",
    "movie night but the kids cancelled it",
    # (a question or a ban about the request or a pro-form)
    "is it on? movie night", "where's movie night got to?", "movie night, is that your doing?",
    "bath time, what's that?", "movie night, keep it off", "bath time, no bath for him",
    "feed the cat, don't do that", "bath time, no, not that",
    # (someone else's wish; the request's past)
    "movie night, he wants it but i'm not bothered",
    "we had movie night yesterday but my tea's cold",
])
def test_what_bears_on_the_request_still_never_runs(resolver: Resolver, text: str) -> None:
    _never_runs(resolver, text)
