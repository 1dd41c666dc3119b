"""A pronoun after a verb that takes two objects ("show me", "give us") waits for the
direct object, so a taught phrase right after it, with no pause written, is no clause of
its own (:mod:`_indirect_object`): "hestia show me chill out" asks to be shown the routine
and runs nothing. The first test's cases ran the phrase on the code before; an object
pronoun that ends its clause still frees it."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding._indirect_object import object_to_come
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("chill out", "Relax"), ("tunestar on", "Tuner"), ("order new strings", "Strings"),
    ("reading mode", "Reading"))


@pytest.mark.parametrize("text", [
    "hestia show me chill out",
    "gonnae show me tunestar on",
    "ehhm show me order new strings",
])
def test_a_phrase_after_an_indirect_object_runs_nothing(resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    ("chill out", "Relax"),
    ("you've outfoxed me reading mode", "Reading"),
    ("oi give us reading mode", "Reading"),  # ("give us": a request's carrier)
])
def test_an_object_that_closes_its_clause_still_frees_it(
        resolver: Resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine


def test_only_a_pronoun_after_a_verb_of_two_objects_waits() -> None:
    assert object_to_come("show", "me") and object_to_come("give", "us")
    assert not object_to_come("outfoxed", "me") and not object_to_come("show", "it")
