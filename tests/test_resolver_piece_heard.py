"""A taught phrase misheard in a piece of its own between pauses, a stretch of the speaker's
own beside it (issue 14): "rags, bones, scrap, porch lihgts on". The same line with the
phrase said exactly ran (:mod:`_carried_line`); misheard, a word of the stretch read as a
cue ("scrap") took it back. A piece that is the phrase misheard, word for word, runs as
it would alone; a stretch that frames it, points back at it or asks for more still stops
it, and a piece with more than the phrase's words is not read so."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding._carried_line import CarriedLine
from teachapp.understanding._piece_heard import is_phrase_misheard
from teachapp.understanding.normalize import default_lexicon
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("tea time", "Tea"), ("movie night", "Movie"), ("porch lights on", "Porch"),
    ("water the ferns", "Ferns"), ("ring grandad", "Grandad"))


@pytest.mark.parametrize(("text", "routine"), [
    ("rags, bones, scrap, porch lihgts on", "Porch"),
    ("rags, bones, scrap, watter the ferns", "Ferns"),
    ("iron, lumber, scrap, moovie night", "Movie"),
    ("lumber, clobber, scrap, ring grandda", "Grandad"),
])
def test_a_phrase_misheard_in_a_piece_of_its_own_runs(resolver: Resolver, text: str,
                                                      routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # a cue that frames the piece, a stretch that points back or asks
    "scrap that, ring grandda",
    "cancel, cancel, ring grandda",
    "never mind, ring grandda",
    "my sister said, watter the ferns",
    "lumber, clobber, scrap, ring grandda, did you",
    # more than the phrase's words in the piece, another request after it
    "lumber, clobber, scrap, ring grandda tonight",
    "lumber, clobber, scrap, ring the grandda",
    "rags, bones, scrap, ring grandda, movie night",
])
def test_what_frames_the_piece_still_stops_it(resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None


def test_the_piece_is_the_phrase_word_for_word_misheard() -> None:
    lexicon = default_lexicon()
    line = CarriedLine("rags, bones,", "ring grandda", "")
    assert is_phrase_misheard(line, "ring grandad", lexicon)
    assert not is_phrase_misheard(line, "ring grandda", lexicon)  # (said exactly)
    assert not is_phrase_misheard(CarriedLine("rags,", "ring the grandda", ""),
                                  "ring grandad", lexicon)
