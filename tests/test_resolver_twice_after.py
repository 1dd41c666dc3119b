"""A word said twice over alone after a taught phrase, no pause written (issue 14; bare
speech from an open-vocabulary recogniser): a spillikins player's "nimbly nimbly" after
the request. A word called out again is an utterance of its own, as it is before the
phrase ("percy percy lights on"), so the request runs as it does with the pauses written
("tea time, nimbly, nimbly"). Before, it was only asked about. The phrase's own last
word stammered, a word of time, a negator, a cue's or a request's word and a word the
home taught, said twice, still leave it unrun."""

from __future__ import annotations

import pytest
from resolver_helpers import needs_dictionary, runs, taught_resolver

pytestmark = needs_dictionary

resolver = taught_resolver(
    ("tea time", "Tea"), ("feed the cat", "Cat"), ("movie night", "Movie"))


@pytest.mark.parametrize(("text", "routine"), [
    ("tea time nimbly nimbly", "Tea"),
    ("chute yip movie night nimbly nimbly", "Movie"),  # (a call before it too)
])
def test_a_word_said_twice_after_leaves_it_to_run(resolver, text: str,
                                                   routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "tea time time time",          # (its own last word stammered)
    "movie night later later",     # (a time)
    "feed the cat not not",        # (a negator)
    "movie night stop stop",       # (a cue)
    "movie night tea tea",         # (a word the home taught: another request)
])
def test_words_that_bear_on_it_said_twice_run_nothing(resolver, text: str) -> None:
    assert runs(resolver, text) is None


def test_the_reader() -> None:
    from teachapp.understanding._twice_after import twice_after
    from teachapp.understanding.normalize import default_lexicon

    lexicon = default_lexicon()

    def never(word: str) -> bool:
        return False

    assert twice_after(["nimbly", "nimbly"], "time", lexicon, never, never)
    assert twice_after(["nimbly", "nimbly", "nimbly"], "time", lexicon, never, never)
    assert not twice_after(["nimbly"], "time", lexicon, never, never)
    assert not twice_after(["nimbly", "quickly"], "time", lexicon, never, never)
    assert not twice_after(["time", "time"], "time", lexicon, never, never)
    assert not twice_after(["stop", "stop"], "time", lexicon, never, never)
