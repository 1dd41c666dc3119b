"""A cry of a few words said over, a pause after each, before the request (issue 14):
"wake up, wake up! reading mode". A cry repeated whole is a call or a chant, an utterance
of its own; its verb was read as another request beside the phrase and the request
refused. The words after it now run as they would alone; a cry that says a word the
home taught, a cue, or a pro-form, and a chant the rest goes on with, are read as before."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding._cried_twice import after_cry
from teachapp.understanding.normalize import default_lexicon
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("tea time", "Tea"), ("movie night", "Movie"), ("porch lights on", "Porch"),
    ("water the ferns", "Ferns"), ("reading mode", "Reading"))


@pytest.mark.parametrize(("text", "routine"), [
    ("wake up, wake up! reading mode", "Reading"),
    ("wake up, wake up, reading mode", "Reading"),
    ("get up, get up, tea time", "Tea"),
    ("wake up, wake up! moovie night", "Movie"),
    ("turn round, turn round! porch lights on", "Porch"),
])
def test_the_request_after_a_cry_said_over_runs(resolver: Resolver, text: str,
                                                routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # a cue in the cry, or in what follows
    "no no, no no, tea time",
    "stop it, stop it, tea time",
    "switch off, switch off, tea time",
    "wake up, wake up, don't reading mode",
    "wake up, wake up! is reading mode on",
    # a taught word in the cry: a request said twice, or a stammer of the phrase
    "movie night, movie night, tea time",
    "tea time, tea time, movie night",
    # a chant the rest goes on with
    "wake up, wake up! reading mode, we never did",
])
def test_a_cry_that_may_bear_on_the_request_still_stops_it(resolver: Resolver,
                                                           text: str) -> None:
    assert runs(resolver, text) is None


def test_the_cry_is_said_whole_twice_before_a_pause() -> None:
    lexicon = default_lexicon()

    def taught(word: str) -> bool:
        return word in {"tea", "time", "reading", "mode"}

    assert after_cry("wake up, wake up! reading mode", lexicon, taught) == "reading mode"
    assert after_cry("go team, go team, go team. tea time", lexicon, taught) == "tea time"
    assert after_cry("wake up, get up! reading mode", lexicon, taught) is None
    assert after_cry("wake up wake up reading mode", lexicon, taught) is None
    assert after_cry("keets, keets! reading mode", lexicon, taught) is None  # (one word)
    assert after_cry("tea time, tea time, reading mode", lexicon, taught) is None
