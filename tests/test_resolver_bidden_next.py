"""A taught request in the imperative, its verb before its object's determiner, said right
after a turn of the speaker's own with no pause written, runs as it does with the pause
(issue 14; :mod:`teachapp.understanding._bidden_next`): "scan your loyalty barcode cool
the house" as "scan your loyalty barcode. cool the house". A word before it that may be
the verb's subject, or a verb that may govern it or take it as its object, keeps it
asked about or unrun."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("water the garden", "Garden"), ("cool the house", "Cool"),
    ("warm up the living room", "Warm"), ("feed the cat", "Cat"), ("light the fire", "Fire"),
    ("read the guest book", "Book"), ("lock the shed", "Shed"),
    ("count the teaspoons", "Spoons"))


@pytest.mark.parametrize(("text", "routine"), [
    ("scan your loyalty barcode cool the house", "Cool"),
    ("introducing the southpaw contender count the teaspoons", "Spoons"),
    ("a hefty dividend from the bank warm up the living room", "Warm"),
])
def test_an_imperative_after_a_turn_of_its_own_runs(resolver: Resolver, text: str,
                                                    routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # a plural or a pronoun before it may be the verb's subject
    "the boys feed the cat",
    "my twins always light the fire",
    "on sundays they light the fire",
    # a verb before it governs it
    "gran made the lodger lock the shed",
    # a past written as the plain verb
    "the lodger read the guest book",
    # a verb before it may take the routine or the words as its object
    "meh reverse light the fire",
    "next week's jobs include feed the cat",
    "in my english class we learnt the phrase lock the shed",
    # a noun phrase after "be" may be a subject still to meet its complement; after a
    # name, a call with no clause
    "rural juror is your charade light the fire",
    "marie the orange sand feed the cat",
    # a time may say when
    "first thing tomorrow feed the cat",
])
def test_a_verb_that_may_have_a_subject_or_governor_is_not_run(resolver: Resolver,
                                                               text: str) -> None:
    assert runs(resolver, text) is None
