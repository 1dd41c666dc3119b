"""A word said twice before a taught phrase said whole that is like no taught word is a
call (issue 14; ``_carriers.called_twice``): "gobblies gobblies ringer on" calls someone
twice and asks for "ringer on", not "bell ringer on" with "bell" misheard. A taught word,
or one like it, said twice stays that word; a room said twice is no call; before less
than a whole phrase the copies are a stammer of an untaught request, not asked about."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding._carriers import called_twice
from teachapp.understanding.resolution import Decision
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("bell ringer on", "Bell ringer"), ("ringer on", "Ringer"), ("bell pump on", "Bell pump"),
    ("pump on", "Pump"), ("movie night", "Movie"), ("party mode", "Party"))


@pytest.mark.parametrize(("text", "routine"), [
    ("gobblies gobblies ringer on", "Ringer"),
    ("wobblies wobblies ringer on", "Ringer"),
    ("dobbles dobbles pump on", "Pump"),
    ("garbles garbles ringer on", "Ringer"),
    ("gobblies gobblies, pump on", "Pump"),
])
def test_a_call_said_twice_before_a_request_is_free(resolver: Resolver, text: str,
                                                    routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize(("text", "routine"), [
    # a taught word, or one like it, said twice: a stammer of that word
    ("bells bells ringer on", "Bell ringer"),
    ("belly belly pump on", "Bell pump"),
])
def test_a_taught_word_said_twice_stays_that_word(resolver: Resolver, text: str,
                                                  routine: str) -> None:
    assert runs(resolver, text) == routine


def test_a_room_said_twice_is_no_call(resolver: Resolver) -> None:
    assert runs(resolver, "kitchen kitchen pump on") is None


@pytest.mark.parametrize("text", ["banjo banjo mode", "zumba zumba mode"])
def test_a_word_said_twice_before_part_of_a_phrase_is_not_asked_about(
        resolver: Resolver, text: str) -> None:
    """A stammer of an untaught request ("zumba mode"): freeing the copies as a call
    asked about "party mode" for "mode" alone."""
    assert resolver.resolve(text).decision == Decision.REJECT


def test_called_twice_needs_a_whole_phrase_after_it_and_two_copies_in_a_row() -> None:
    def anything(i: int, strict: bool) -> bool:
        return True

    def pump_on(words: Sequence[str]) -> bool:
        return list(words) == ["pump", "on"]

    toks = ["zib", "zib", "pump", "on"]
    assert called_twice(toks, [0, 1, 2, 3], anything, pump_on)
    assert not called_twice(toks, [0, 1, 2, 3], anything, None)
    assert not called_twice(["zib", "zib", "pump"], [0, 1, 2], anything, pump_on)
    assert not called_twice(toks[:2], [0, 1], anything, pump_on)  # (nothing asked after it)
    assert not called_twice(["zib", "zob", "pump", "on"], [0, 1, 2, 3], anything, pump_on)
    assert not called_twice(["zib", "um", "zib", "pump", "on"], [0, 2, 3, 4], anything,
                            pump_on)
    assert not called_twice(toks, [0, 1, 2, 3], lambda i, strict: False, pump_on)
