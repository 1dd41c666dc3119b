"""A word called over and over and set apart by a pause before the request ("zoom zoom,
notes", "keets, keets! bathroom") is no part of it: the words after the pause are read
alone, and a fragment there is asked about, not run (:mod:`_call_apart`). On the code
before, the call's words were joined into a misheard word of the phrase ("zoom zoom" for
"sermon": "zoom zoom, notes" ran Sermon, 14th set). A whole phrase after a call, a
taught word said twice, and a call with more clauses after it read as before."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding._call_apart import after_call
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("sermon notes", "Sermon"), ("read my sermon back", "Sermon"), ("dinner time", "Dinner"),
    ("movie night", "Movie"))


@pytest.mark.parametrize("text", ["zoom zoom, notes", "zoom zoom! notes", "zoom, zoom, zoom! notes"])
def test_one_word_of_a_phrase_after_a_call_is_not_run(resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    ("zoom zoom, sermon notes", "Sermon"),
    ("alexa, alexa! movie night", "Movie"),
    ("dinner, dinner time", "Dinner"),
    ("zoom zoom notes", "Sermon"),  # (no pause: the joined reading stands, as before)
])
def test_a_whole_phrase_a_stammer_or_no_pause_reads_as_before(
        resolver: Resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine


def test_the_call_is_one_word_repeated_then_a_pause() -> None:
    def taught(word: str) -> bool:
        return word in {"dinner", "time"}

    assert after_call("keets, keets! bathroom", taught) == "bathroom"
    assert after_call("Zoom zoom zoom, notes", taught) == "notes"
    assert after_call("dinner, dinner time", taught) is None
    assert after_call("zoom zoom notes", taught) is None
    assert after_call("zoom, notes", taught) is None
    assert after_call("dilly dilly, lavender's blue, notes", taught) is None
