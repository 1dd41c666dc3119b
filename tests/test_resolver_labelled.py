"""A taught phrase given as a label in the naming construction (issue 14): a past form of
a labelling verb, its object, "hashtag" or "as" or nothing, then the phrase ("my daughter
captioned her photo hashtag tea time", "we titled the album open the blinds"): the phrase
is the label's text, mentioned, as after "call it" or "dub it". And a label said before
the phrase's sentence is found by the word, not by its letters inside another word
("caption for the snap: i'm on the early turn": the "on" is not the one in "caption").

Their twins still run: "hashtag X" alone (a dictated symbol), a past labelling verb with
a clause of the speaker's own after its object ("i labelled the jars so lights on") or a
pause ("i labelled the jars yesterday, lights on"), a past form used as an adjective in a
clause of its own, and the exact phrase."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

resolver = taught_resolver(
    ("tea time", "Tea"), ("open the blinds", "Blinds"), ("i'm home", "Home"),
    ("ring gale", "Gale"), ("lights on", "Lights"),
    ("i'm on the early turn so feed kiwi", "Early"), ("label maker on", "Labels"))


@pytest.mark.parametrize("text", [
    "my daughter captioned her photo hashtag tea time",
    "My daughter captioned her photo hashtag tea time!",
    "my daughter captioned her photo tea time",
    "servicing reminder. my daughter captioned her photo hashtag i'm home",
    "we titled the album open the blinds",
    "he labelled the jar hashtag ring gale",
    "they nicknamed the dinghy ring gale",
    "she tagged her post as tea time",
    "Red leather, yellow leather. caption for the snap: i'm on the early turn so feed kiwi.",
])
def test_a_phrase_given_as_a_label_does_not_run(resolver, text: str) -> None:
    assert runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    ("tea time", "Tea"),
    ("hashtag tea time", "Tea"),
    ("tea time hashtag", "Tea"),
    ("i labelled the jars so lights on", "Lights"),
    ("i labelled the jars yesterday, lights on", "Lights"),
    ("the captioned photo is lovely, tea time", "Tea"),
    ("label maker on", "Labels"),
    ("Red leather, yellow leather. i'm on the early turn so feed kiwi.", "Early"),
])
def test_a_labelling_word_used_plainly_still_runs(resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine
