"""Calls no dictionary holds said alone beside a taught phrase with no pause written
(issue 14; bare speech from an open-vocabulary recogniser: a referee's "hakkeyoi", a
counting-out rhyme's "hinty minty ... cuttery quee"): no English verb whose object the
phrase is, nor a modifier of it, so the phrase runs as it does with the pause written
("yalla, party mode"). It was asked about (a lone word before it read as an imperative's
verb, "copy nap time"). A misspelt cue or request word, or a cue beside the call, still
leave the phrase unrun."""

from __future__ import annotations

import pytest
from resolver_helpers import needs_dictionary, runs, taught_resolver

from teachapp.understanding.normalize import default_lexicon

pytestmark = needs_dictionary

resolver = taught_resolver(
    ("party mode", "Party"), ("heat the bathroom", "Shower"), ("coffee time", "Coffee"),
    ("lights off", "Dark"), ("living room lights off", "Lounge dark"))


@pytest.mark.parametrize(("text", "routine"), [
    ("yalla party mode", "Party"),
    ("arriba arriba heat the bathroom", "Shower"),
    ("wheesht coffee time", "Coffee"),
    ("party mode tralala", "Party"),
    ("skoosh heat the bathroom fnarr", "Shower"),
    ("zibbity zoobity coffee time", "Coffee"),
])
def test_calls_no_dictionary_holds_leave_the_phrase_to_run(
        resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "cancle party mode",             # (a cancelling word misspelt)
    "stpo party mode",
    "forgett coffee time",           # (a routine command misspelt)
    "yalla don't heat the bathroom",  # (a negation between the call and the phrase)
    "yalla is party mode on",        # (a question of state)
    "party mode yalla was awful",    # (a story of it after the call)
    "wheesht cancel party mode",     # (a cue between the call and the phrase)
])
def test_a_cue_a_slip_or_a_word_before_it_still_runs_nothing(resolver, text: str) -> None:
    assert runs(resolver, text) is None


@pytest.mark.parametrize("text", ["coffee time and frobnicate", "coffee time and shoobedoo"])
def test_a_word_no_dictionary_holds_after_and_is_asked_about(resolver, text: str) -> None:
    """Past "and" it is a second request the home was not taught ("movie mode and
    frobnicate"), which the conversation offers to learn, not a call to pass over."""
    found = resolver.resolve(text)
    assert (found.decision, found.routine) == ("clarify", "Coffee")


def test_a_word_near_one_the_resolver_reads_is_no_call() -> None:
    from teachapp.understanding._unlisted_call import unlisted_call

    lexicon = default_lexicon()
    never = lambda word: False  # noqa: E731
    always = lambda word: True  # noqa: E731
    assert unlisted_call("hakkeyoi", lexicon, never, always)
    assert not unlisted_call("cancle", lexicon, never, always)   # (cancel)
    assert not unlisted_call("plese", lexicon, never, always)    # (please)
    assert not unlisted_call("hakkeyoi", lexicon, always, always)  # (a taught word)
    assert not unlisted_call("hakkeyoi", lexicon, never, never)  # (like a taught one)
    assert not unlisted_call("movie", lexicon, never, always)    # (in the dictionary)
