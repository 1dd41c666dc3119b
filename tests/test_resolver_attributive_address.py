"""A word of address between a determiner and a noun is the noun's modifier, a word said
(the forty-third set's "photograph the honey bees" ran "photograph the bumble bees":
"honey" was freed as a call, :mod:`_attributive_address`); said as a call it is still
free."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding.normalize import free_mask
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("photograph the bumble bees", "Bumble bees"), ("lights off", "Lights"))


@pytest.mark.parametrize("text", ["photograph the honey bees",
                                  "abide with me. photograph the honey bees"])
def test_a_word_of_address_as_a_modifier_is_said(resolver: Resolver, text: str) -> None:
    """Each ran Bumble bees on main."""
    assert runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    ("photograph the bumble bees honey", "Bumble bees"),
    ("honey, photograph the bumble bees", "Bumble bees"),
    ("photograph the bumble bees my darling", "Bumble bees"),
    ("lights off mate", "Lights"),
])
def test_a_word_of_address_as_a_call_is_still_free(resolver: Resolver, text: str,
                                                   routine: str) -> None:
    assert runs(resolver, text) == routine


def test_the_mask_binds_only_the_modifier() -> None:
    assert free_mask(["the", "honey", "bees"]) == [False, False, False]
    assert free_mask(["bees", "honey"]) == [False, True]
    assert free_mask(["lights", "off", "the", "honey"]) == [False, False, False, True]
