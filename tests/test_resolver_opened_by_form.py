"""A taught phrase that opens a clause by its own form (a question, "i am ...", "let us
..."), right after other words with no pause written, runs as it does with the pause
(issue 14; :mod:`teachapp.understanding._opened_by_form`): "fancy a few layers how
gusty is the ridge" as "fancy a few layers. how gusty is the ridge"; a verb or noun
that may take the clause as its object or its words keeps it asked about or unrun."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("how gusty is the ridge", "Wind"), ("where is my walking frame", "Frame"),
    ("is the brine salty enough", "Brine"), ("i'm off to bed", "Bed"),
    ("we are away", "Away"), ("let's party", "Party"), ("who's visiting today", "Visit"),
    ("when is bin day", "Bins"), ("movie night", "Movie"), ("feed the cat", "Cat"),
    ("do the school run", "School"))


@pytest.mark.parametrize(("text", "routine"), [
    ("fancy a few layers how gusty is the ridge", "Wind"),
    ("whoopsie daisy where's my walking frame", "Frame"),
    ("a hefty dividend from the banks is the brine salty enough", "Brine"),
    ("umpteenth time i'm off to bed", "Bed"),
    ("sunbaked villas overlook the marina we are away", "Away"),
    ("bare fast let's party", "Party"),
    ("shoelaces sweetpea when's bin day", "Bins"),
])
def test_a_phrase_that_opens_a_clause_of_its_own_runs(resolver: Resolver, text: str,
                                                      routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # a verb or adjective whose content clause it may be, a noun of words before it
    "i wonder how gusty is the ridge",
    "not sure where's my walking frame",
    "the motto on the mug we are away",
    # "who" may open a relative clause after a noun
    "the new plumber who's visiting today",
    # the phrase as a name given, a bet, words carried, a routine acted on
    "someone on our street named their wifi we are away",
    "i'll bet a quid i'm off to bed the breaks again",
    "why was the punchline of the cracker joke i'm off to bed",
    "oh my days duplicate i'm off to bed",
    "eish drop i'm off to bed",
    # "do the ...": an imperative, no question
    "roll back do the school run",
])
def test_a_clause_that_may_be_an_object_or_relative_is_not_run(resolver: Resolver,
                                                               text: str) -> None:
    assert runs(resolver, text) is None


def test_a_phrase_before_a_pronoun_and_its_plain_verb_runs(resolver: Resolver) -> None:
    # "you look": a subject and its verb open a clause of their own
    assert runs(resolver, "movie night you look radiant in teal fenella") == "Movie"
    assert runs(resolver, "feed the cat i motivate colleagues") == "Cat"


def test_a_verb_said_last_may_take_the_phrase_as_its_object(resolver: Resolver) -> None:
    # "movie night they hate": the phrase fronted as what they hate
    assert runs(resolver, "movie night they hate") is None
