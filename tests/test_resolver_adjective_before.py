"""An adjective said right before a taught phrase that opens with a verb and its object,
with no pause written (issue 14; bare speech from an open-vocabulary recogniser): "so
sleepy cool the house", "your worships be upstanding mend the brass buckle". An adjective
the English lexicon lists as no noun and no verb can be neither the subject of the verb
nor a verb taking the phrase as its object, so the phrase runs as it does with the pause
written. Before, such a side was only asked about ("clarify ... unsure" or "extra_words"),
or, for an -ing adjective ("upstanding"), read as a verb and the phrase rejected. A noun
phrase still open before it, a phrase that opens with a noun the adjective may modify, a
verb or a noun before it, and a cue still leave the phrase unrun."""

from __future__ import annotations

import pytest
from resolver_helpers import needs_dictionary, runs, taught_resolver

pytestmark = needs_dictionary

resolver = taught_resolver(
    ("cool the house", "Cool down"), ("mend the brass buckle", "Buckle"),
    ("give comfi a ring", "Comfi ring"), ("movie night", "Movie"),
    ("turn off the porch light", "Porch"))


@pytest.mark.parametrize(("text", "routine"), [
    ("so sleepy cool the house", "Cool down"),
    ("i feel sleepy cool the house", "Cool down"),
    ("your worships be upstanding mend the brass buckle", "Buckle"),
    ("marvellous give comfi a ring", "Comfi ring"),        # (a name as the object)
    ("bumpy turn off the porch light", "Porch"),            # (a particle, then its object)
])
def test_an_adjective_before_a_verb_and_its_object_leaves_it_to_run(
        resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "the sleepy cool the house",            # (a noun phrase still open)
    "marvellous movie night",               # (a noun the adjective may modify)
    "we were sleepy cool the house yesterday",  # (a story: the readers still judge it)
    "don't be silly cool the house",        # (a negation before it)
    "kids cool the house",                  # (a noun: the verb's subject)
    "never cool the house",
    "my twins always mend the brass buckle",  # (an adverb: the subject before it)
    "humbly mend the brass buckle",         # (an adverb is no edge of its own)
    "downstairs turn off the porch light",  # (a place: which light)
    "later cool the house",                 # (a time: when)
    "brighter turn off the porch light",    # (a comparative: a degree of the request)
])
def test_no_adjective_or_a_cue_still_runs_nothing(resolver, text: str) -> None:
    assert runs(resolver, text) is None


def test_the_lexicon_says_which_words_are_only_adjectives() -> None:
    from teachapp.understanding import _word_classes as classes

    assert classes.loaded()
    assert classes.adjective_only("upstanding") and classes.adjective_only("sleepy")
    assert not classes.adjective_only("cool") and not classes.adjective_only("red")
    assert not classes.adjective_only("amazing") and not classes.adjective_only("kids")
    assert not classes.adjective_only("always") and not classes.adjective_only("easy")
