"""A remark on the scene right after a taught phrase said after calls, written with no
punctuation (issue 14): "peewits peewits tea time and another heron". The phrase said
first with the remark already ran ("tea time and another heron"); said after calls, the
"and" was read as joining more to it and the request refused as another one. A noun of
the home's, a pro-form or a word a home taught after "another" still asks for more."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding._scene_edge import command_words, scene_after
from teachapp.understanding.normalize import default_lexicon
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("tea time", "Tea"), ("porch lights on", "Porch"), ("feed the goldfish", "Goldfish"))


def test_a_remark_on_the_scene_after_the_phrase() -> None:
    lexicon = default_lexicon()

    def taught(word: str) -> bool:
        return word in {"tea", "time", "porch", "lights", "on", "feed", "goldfish"}

    assert scene_after(["and", "another", "heron"], lexicon, taught)
    assert scene_after(["another", "heron"], lexicon, taught)
    # (a pro-form, a taught word, a number: another request, or more of this one)
    assert not scene_after(["and", "another", "one"], lexicon, taught)
    assert not scene_after(["and", "another", "goldfish"], lexicon, taught)
    assert not scene_after(["and", "another", "ten", "minutes"], lexicon, taught)
    assert not scene_after([], lexicon, taught)
    assert not scene_after(["and", "another", "lamp"], lexicon, taught)
    assert "lamp" in command_words()


@pytest.mark.parametrize(("text", "routine"), [
    ("peewits peewits tea time and another heron", "Tea"),
    ("peewits peewits porch lights on and another heron", "Porch"),
    ("peewits peewits feed the goldfish and another heron", "Goldfish"),
])
def test_a_phrase_between_calls_and_a_scene_remark_runs(resolver: Resolver, text: str,
                                                         routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "peewits peewits tea time and another one",
    "peewits peewits feed the goldfish and another goldfish",
    "peewits peewits porch lights on and another lamp",
    "peewits peewits tea time and another ten minutes",
    "peewits peewits never tea time and another heron",
])
def test_more_of_the_request_after_it_still_stops_it(resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None
