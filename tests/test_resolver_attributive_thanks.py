"""Thanks between a determiner and a noun are the noun's modifier, words said ("post
lester a thank you card" is not "post lester a birthday card" with thanks said aside:
:mod:`_attributive_address`); said around the request they are still free."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding.normalize import free_mask
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("wrap nan a birthday present", "Present"), ("print the welcome banner", "Banner"),
    ("switch on the lamp", "Lamp"))


@pytest.mark.parametrize("text", [
    "wrap nan a thank you present",
    "print the thanks banner",
    "switch on the thanks lamp",
    "switch on the, thanks, lamp",
])
def test_thanks_as_a_modifier_are_said(resolver: Resolver, text: str) -> None:
    """Each ran on main: the thanks were freed as politeness said aside."""
    assert runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    ("wrap nan a birthday present thank you", "Present"),
    ("thank you, print the welcome banner", "Banner"),
    ("switch on the lamp, thanks", "Lamp"),
    ("cheers, switch on the lamp", "Lamp"),
    ("switch on the lamp thanks mate", "Lamp"),
])
def test_thanks_around_the_request_are_still_free(resolver: Resolver, text: str,
                                                  routine: str) -> None:
    assert runs(resolver, text) == routine


def test_the_mask_binds_only_the_modifier() -> None:
    assert free_mask(["a", "thank", "you", "card"]) == [False] * 4
    assert free_mask(["the", "thanks", "board"]) == [False] * 3
    assert free_mask(["card", "thank", "you"]) == [False, True, True]
    assert free_mask(["the", "card", "thanks"]) == [False, False, True]
    # (nothing said after the thanks: no noun they modify)
    assert free_mask(["lamp", "on", "the", "thanks"])[-1]
