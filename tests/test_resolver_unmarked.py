"""A taught phrase beside a clause of the speaker's own with no pause marked between them
(issue 14; :mod:`teachapp.understanding._unmarked`): typed text or speech whose short pause
a recogniser missed ("goodbye house the lawn is overgrown") is read as it would be with the
pause at the phrase's edges, where the words on each side may end and begin a clause.
No boundary is put after a word that waits for more (a determiner, a preposition, "is",
a naming or command verb, the verb of a subject) nor before a word that continues the
phrase's clause (a preposition, "so", "is", "only"); a side whose shape is not plainly
a clause's edge is only asked about; and marked text is left to the readers as it is."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding._unmarked import marked_readings
from teachapp.understanding._words import stem
from teachapp.understanding.normalize import tokens
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("movie night", "Movie"), ("make coffee", "Coffee"), ("nap time", "Nap"),
    ("storm mode", "Storm"), ("reading mode", "Reading"), ("goodbye house", "Away"),
    ("lock up", "Lock"), ("fan on", "Fan"))


@pytest.mark.parametrize(("text", "routine"), [
    # a clause of the speaker's own after the phrase: a subject opens it
    ("goodbye house the lawn is overgrown", "Away"),
    ("storm mode i've been queueing for ages", "Storm"),
    ("reading mode what's the capital of peru anyway", "Reading"),
    ("fan on there's a wasp in here", "Fan"),
    # ... or before it: a clause that ends in a complete argument
    ("i concede priya you've outfoxed me lock up", "Lock"),
    ("lawks i am knackered movie night", "Movie"),
])
def test_a_phrase_beside_an_unmarked_clause_runs(resolver: Resolver, text: str,
                                                 routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # the word before waits for the phrase: a copula, a preposition, a verb and its subject,
    # an imperative verb, an operator and its subject
    "my favourite is movie night",
    "tack a chime onto storm mode",
    "i hate reading mode",
    "move make coffee to weekends only",
    "the taxi driver muttered movie night",
    "may our lodger nap time",
    # the word after continues the phrase's clause: "so", "is", a focusing adverb
    "copy nap time so i can tweak it",
    "movie night is a great film",
    "storm mode only on weekdays",
    # the aside points back at the request
    "make coffee the neighbours want it",
])
def test_no_boundary_where_the_clause_goes_on(resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None


def test_a_side_not_plainly_an_edge_is_asked_about(resolver: Resolver) -> None:
    # ("my chequebook" may end a clause, or "chequebook" may be one of its own)
    found = resolver.resolve("where did i stash my spare chequebook movie night")
    assert found.decision == "clarify"
    assert found.routine == "Movie"


def test_marked_text_is_left_as_it_is(resolver: Resolver) -> None:
    text = "goodbye house, the lawn's overgrown"
    toks = tokens(text)
    said = [False] * len(toks)
    assert marked_readings(text, toks, said, [stem(t) for t in toks],
                           {("goodby", "hous"): (0, [0])}, 2) == []


def test_the_pause_goes_at_each_licensed_edge() -> None:
    text = "i'm knackered movie night the kids are asleep"
    toks = tokens(text)
    stems = [stem(t) for t in toks]
    at = next(k for k in range(len(toks)) if toks[k:k + 2] == ["movie", "night"])
    marked = marked_readings(text, toks, [False] * len(toks), stems,
                             {tuple(stems[at:at + 2]): (0, [0])}, 2)
    assert [m.text for m in marked] == ["i am knackered, movie night, the kids are asleep"]
    assert marked[0].sure
