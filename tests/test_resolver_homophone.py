"""A word said exactly as a taught word sounds, spelled otherwise, is that word heard
(issue 14; :mod:`teachapp.understanding._homophone`): "nite" of "night" beside a remark
of the speaker's own is the phrase misheard, as "nite" alone is, where it was asked about.
A word only near it in sound, or a cue beside it, still is not run."""

from __future__ import annotations

import pytest
from resolver_helpers import needs_dictionary, runs, taught_resolver

from teachapp.understanding._homophone import homophones
from teachapp.understanding.resolver import Resolver

pytestmark = needs_dictionary

resolver = taught_resolver(
    ("movie night", "Movie"), ("porch light on", "Porch"), ("lock up", "Lock"),
    ("bath time", "Bath"))


@pytest.mark.parametrize(("text", "routine"), [
    ("movie nite it's pouring", "Movie"),
    ("movie nite, the cat's asleep", "Movie"),
    ("porch lite on, the postman's early", "Porch"),
])
def test_a_homophone_of_a_taught_word_beside_a_remark_runs(resolver: Resolver, text: str,
                                                          routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "movie nite wasn't on",               # (a cue still stops it)
    "don't do movie nite, it's pouring",
    "movie mite it's pouring",            # (near in sound only: another word)
])
def test_a_cue_or_a_word_only_near_still_leaves_it_unrun(resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None


def test_which_words_are_homophones() -> None:
    assert homophones("nite", "night")
    assert homophones("thru", "through")
    assert not homophones("night", "night")   # (the word itself)
    assert not homophones("mite", "night")
    assert not homophones("blorpt", "night")  # (no sounds to go by)
