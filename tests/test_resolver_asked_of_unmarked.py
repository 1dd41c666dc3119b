"""A permission question about a third person said after a sentence of the speaker's own,
with no pause written between them, as a recogniser writes speech (issue 14): "i got a
parking ticket could the cleaner watch television" asks whether the cleaner may, as it
does with the pause marked. The sentences are this file's own."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("watch television", "TV"), ("open the blinds", "Blinds"), ("date night", "Date"),
    ("calm down", "Calm"))


@pytest.mark.parametrize("said", [
    "i got a parking ticket could the cleaner watch television",
    "the bus was late again can my son open the blinds",
    "what a week may the babysitter date night",
    "i got a parking ticket, could the cleaner watch television",
])
def test_a_question_of_another_after_a_sentence_does_not_run(resolver: Resolver,
                                                             said: str) -> None:
    assert resolver.resolve(said).decision != "run"


@pytest.mark.parametrize(("said", "routine"), [
    ("i got a parking ticket watch television", "TV"),
    ("open the blinds", "Blinds"),
    ("could you open the blinds", "Blinds"),
])
def test_a_request_after_a_sentence_still_runs(resolver: Resolver, said: str,
                                               routine: str) -> None:
    assert runs(resolver, said) == routine


@pytest.mark.parametrize("said", [
    "could the supply teacher watch television",
    "i hemmed those trousers could the supply teacher date night",
    "can my little brother open the blinds",
    "the coach broke down outside swindon could the cleaner date night",
])
def test_a_person_with_a_word_said_of_them_is_asked_of_too(resolver: Resolver,
                                                          said: str) -> None:
    """A word before the person, after the determiner ("the supply teacher"), keeps the
    question one of a third person; so does a long sentence before it with one word the
    home taught ("down" of "calm down")."""
    assert resolver.resolve(said).decision != "run"
