"""A rhyming or ablaut pair said alone on a side of a taught phrase with no pause written
(issue 14; bare speech: a counting-out rhyme around the request, "hinty minty party mode
ibble obble"): a chant's words, no verb whose object the phrase is nor a subject it is
the verb of, so the phrase runs as it does with the pause written. It was asked about
when a word of the pair is like a word the home taught ("minty" beside "mint tea"), as
an unlisted call is not read then. A pair that is no rhyme ("fat cat", "zig zag"), or a
cue beside the pair, still leaves the phrase unrun."""

from __future__ import annotations

import pytest
from resolver_helpers import needs_dictionary, runs, taught_resolver

from teachapp.understanding.normalize import default_lexicon

pytestmark = needs_dictionary

resolver = taught_resolver(
    ("party mode", "Party"), ("heat the bathroom", "Shower"), ("coffee time", "Coffee"),
    ("mint tea", "Tea"), ("bedtime story", "Story"))


@pytest.mark.parametrize(("text", "routine"), [
    ("hinty minty coffee time tick tock", "Coffee"),
    ("hinty minty party mode ibble obble", "Party"),
    ("hinty minty party mode wibbly wubbly", "Party"),
])
def test_a_rhyming_pair_on_each_side_leaves_the_phrase_to_run(
        resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "fat cat party mode tick tock",         # (a rhyme of two letters: a noun phrase)
    "zig zag party mode tick tock",         # (one letter after the vowel)
    "hinty minty coffee time was awful",    # (a story of it)
    "hinty minty don't heat the bathroom",  # (a negation)
    "hinty minty is party mode on",         # (a question of state)
])
def test_no_rhyme_or_a_cue_still_runs_nothing(resolver, text: str) -> None:
    assert runs(resolver, text) is None


def test_pairs() -> None:
    from teachapp.understanding._reduplicated import pair, reduplicated

    assert pair("eena", "deena") and pair("ibble", "obble") and pair("tick", "tock")
    assert not pair("fat", "cat") and not pair("zig", "zag") and not pair("bath", "bath")
    assert not pair("movie", "night")
    never = lambda word: False  # noqa: E731
    assert reduplicated(["hinty", "minty"], default_lexicon(), never) == {0, 1}
    assert reduplicated(["no", "go"], default_lexicon(), never) == set()  # (a cue's word)
    assert reduplicated(["hinty", "minty"], default_lexicon(), lambda w: w == "minty") == set()
