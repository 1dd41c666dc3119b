"""A taught phrase said as text, not asked for (issue 14): the words labelled with a verb
or noun of labelling ("i'll caption this photo relax mode", "headline for the post: ..."),
read out after a reading verb with a forward object ("try reading it slowly: ...", "say
it with me: ..."), or guessed and checked ("..., am i warm?"). Their twins still run: a
word of the class inside the phrase ("reading mode", "read me the news", "label maker
on"), a reading verb with no forward object or one heading a clause of its own ("as i
say, lights out", "papa says it's time to ..."), a label in an earlier sentence, and a
question about the speaker that is not a one-word check."""

from __future__ import annotations

import pytest
from resolver_helpers import runs as _runs

from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

HOME = [PhraseEntry(p, r) for p, r in (
    ("relax mode", "Relax"), ("fireplace on", "Fireplace"), ("open the blinds", "Blinds"),
    ("reading mode", "Reading"), ("read me the news", "News"), ("reading lamp on", "Lamp"),
    ("label maker on", "Labels"), ("subtitles on", "Subtitles"),
    ("wind the grandfather clock", "Clock"), ("lights out", "Lights"))]


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(HOME)


@pytest.mark.parametrize("text", [
    # labelled: a verb or noun of labelling before the phrase
    "what a caption, relax mode",
    "i'll caption this photo open the blinds",
    "headline for the blog post: fireplace on",
    "let's title the album wind the grandfather clock",
    # read out: a reading verb with a forward object
    "try reading it slowly: fireplace on",
    "say it with me: relax mode",
    "spell this for me, open the blinds",
    "sound it out, sweetheart: wind the grandfather clock",
    # guessed and checked
    "charades again, relax mode, am i warm?",
    "wind the grandfather clock, am i close?",
])
def test_a_phrase_said_as_text_does_not_run(resolver: Resolver, text: str) -> None:
    assert _runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    ("reading mode", "Reading"),
    ("read me the news", "News"),
    ("reading lamp on", "Lamp"),
    ("label maker on", "Labels"),
    ("sub titles on", "Subtitles"),
    ("as i say, lights out", "Lights"),
    ("papa says it's time to fireplace on", "Fireplace"),
    ("Headline: rain all week. lights out", "Lights"),
    ("relax mode, am i doing this right?", "Relax"),
])
def test_a_word_of_the_class_used_plainly_still_runs(resolver: Resolver, text: str,
                                                     routine: str) -> None:
    assert _runs(resolver, text) == routine
