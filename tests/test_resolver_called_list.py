"""A cry or a list of creatures called out before a taught phrase that opens with a verb,
no pause written (issue 14; bare speech from an open-vocabulary recogniser): a farmer's
"grunt grunt sows" or "piglets sows" said first. A plural noun before a phrase that
opens with a verb was read as that verb's subject ("sforzando strings close the blinds",
a statement of what they do), so the request was only asked about; but a word said twice
or two plurals side by side are no one noun phrase the verb could agree with, so the
phrase runs as it does with the pause written. A plural with its modifier, a single
plural, people and a cue still leave it unrun."""

from __future__ import annotations

import pytest
from resolver_helpers import needs_dictionary, runs, taught_resolver

pytestmark = needs_dictionary

resolver = taught_resolver(
    ("feed the cat", "Cat"), ("close the blinds", "Blinds"), ("ask dickie for a lift", "Lift"))


@pytest.mark.parametrize(("text", "routine"), [
    ("grunt grunt sows feed the cat", "Cat"),
    ("piglets sows feed the cat", "Cat"),
    ("grunt grunt sows close the blinds croqueted thwack", "Blinds"),
    ("sows piglets ask dickie for a lift", "Lift"),
])
def test_a_cry_or_a_list_called_first_leaves_it_to_run(resolver, text: str,
                                                       routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "sforzando strings feed the cat",                   # (a noun phrase: its subject)
    "hungry sows close the blinds croqueted thwack",
    "grunt grunt sows never feed the cat",              # (a cue)
    "grunt grunt kids feed the cat",                    # (people: what they do)
])
def test_a_noun_phrase_before_the_verb_still_runs_nothing(resolver, text: str) -> None:
    assert runs(resolver, text) is None


def test_which_stretches_may_be_a_subject() -> None:
    from teachapp.understanding._called_before import may_be_subject

    assert may_be_subject(["sforzando", "strings"]) and may_be_subject(["hungry", "sows"])
    assert not may_be_subject(["grunt", "grunt", "sows"])
    assert not may_be_subject(["llamas", "alpacas"]) and not may_be_subject(["piglets", "sows"])
    assert not may_be_subject(["chute", "yip"])  # (no plural to agree)
