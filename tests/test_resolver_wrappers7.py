"""Requests only imagined, and siblings told apart by a name, the seventh round (issue 14).

A request said as a hypothetical ("hypothetically, lock all doors", "what if i said movie
night", "let's say bath time") is talk about the routine, not a request for it. A hedge
that only softens a request ("i suppose", "i imagine") still runs it.

A taught name is strict, as a number is: a name left unsaid ("message gwen" for "message
tendai and gwen"), another name that only sounds alike ("message ella" for "message ola"),
another's possessive ("ring jayden's school"), another day ("the cake order for
thursday") and another room ("warm up the dining room") are other requests. A recogniser's spelling of the same name ("calum",
"shauna", "tenday") still runs.
"""

from __future__ import annotations

import pytest

from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

HOME = [PhraseEntry(p, r) for p, r in (
    ("lock all doors", "Lock up"), ("movie night", "Movie night"), ("bath time", "Bath"),
    ("message callum", "Callum"), ("feed the cat", "Cat"),
    ("message tendai and gwen", "Tendai and Gwen"), ("message ola", "Ola"),
    ("ring shona", "Shona"), ("ring kayden's school", "School"),
    ("night night emma", "Emma"), ("ring aunty", "Aunty"),
    ("wedding cake order for saturday", "Cake"), ("warm up the living room", "Warm"))]


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(HOME)


@pytest.mark.parametrize("text", [
    "hypothetically, lock all doors", "theoretically, movie night",
    "what if i said movie night", "suppose i said bath time", "supposing we lock all doors",
    "imagine movie night", "let's say bath time", "pretend it's movie night",
    "jeeves, hypothetically, lock all doors", "hypothetically, lock all doors, cough cough",
])
def test_a_request_only_imagined_never_runs(resolver: Resolver, text: str) -> None:
    res = resolver.resolve(text)
    assert res.decision != "run"


def test_a_hypothetical_says_why(resolver: Resolver) -> None:
    res = resolver.resolve("hypothetically, movie night")
    assert (res.decision, res.reason) == ("reject", "hypothetical")


@pytest.mark.parametrize(("text", "routine"), [
    ("i suppose movie night", "Movie night"), ("movie night i suppose", "Movie night"),
    ("i imagine bath time", "Bath"), ("i don't suppose you could lock all doors", "Lock up"),
    ("alexa lock all doors please", "Lock up"), ("message calum", "Callum"),
])
def test_a_hedge_still_runs_the_request(resolver: Resolver, text: str, routine: str) -> None:
    res = resolver.resolve(text)
    assert (res.decision, res.routine) == ("run", routine)


@pytest.mark.parametrize("text", [
    "message gwen", "jeeves, message gwen", "message ella", "ring shana",
    "ring jayden's school", "wedding cake order for thursday",
    "wedding cake order for sunday please", "warm up the dining room",
    "jeeves, warm up the kitchen",
])
def test_another_name_or_day_never_runs(resolver: Resolver, text: str) -> None:
    assert resolver.resolve(text).decision != "run"


@pytest.mark.parametrize(("text", "routine"), [
    ("message tenday and gwen", "Tendai and Gwen"), ("ring shauna", "Shona"),
    ("ring kayden's school", "School"), ("night night emm", "Emma"),
    ("ring andy", "Aunty"), ("alexa wedding cake order for saturday please", "Cake"),
    ("wedding cake order for saterday", "Cake"), ("message calum please", "Callum"),
    ("alexa warm up the livin room please", "Warm"),
])
def test_the_same_name_or_day_misheard_still_runs(resolver: Resolver, text: str,
                                                   routine: str) -> None:
    res = resolver.resolve(text)
    assert (res.decision, res.routine) == ("run", routine)


def test_a_user_file_adds_strict_words(tmp_path) -> None:
    from teachapp.understanding.normalize import load_lexicon

    extra = tmp_path / "lexicon.yaml"
    extra.write_text("strict_words:\n  rooms: [snug]\n", encoding="utf-8")
    rooms = load_lexicon(extra).strict_words["rooms"]
    assert {("snug",), ("kitchen",), ("dining",)} <= rooms
