"""A taught phrase with a stretch of the speaker's own on one side and words another
reader frees on the other (issue 14): "into yump, movie night and, acute left" runs as
"into yump, movie night" would; the stretch cut off is held to the rule of
:mod:`_carried_line`, and what bears on the phrase on the other side still stops it."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding._carried_line import carried_lines
from teachapp.understanding._carried_side import in_piece, one_side_cut
from teachapp.understanding.normalize import default_lexicon
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("party mode", "Party"), ("movie night", "Movie"), ("fan on", "Fan"),
    ("cool breeze", "Fan"), ("make coffee", "Coffee"))


@pytest.mark.parametrize(("text", "routine"), [
    # (a co-driver's calls: a stretch of the speaker's own after, an aside before)
    ("into yump, movie night and, acute left", "Movie"),
    ("into the dip, movie night, hairpin right", "Movie"),
    # (a stretch of the speaker's own before, an aside after)
    ("acute left, party mode, into the dip", "Party"),
])
def test_a_stretch_of_the_speakers_own_on_one_side_is_cut_off(
        resolver: Resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # (the other side still bears on the phrase: someone else's words, a past, a negation)
    "into yump, movie night and, she said so",
    "into yump, movie night, the kids had one already",
    "acute left, party mode, didn't we",
    "into yump, movie night, not now",
])
def test_what_bears_on_the_phrase_on_the_other_side_still_stops_it(
        resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None


def test_each_side_of_the_speakers_own_is_cut_with_what_joins_it() -> None:
    lex = default_lexicon()

    def never(word: str) -> bool:
        return False

    line = next(line for line in carried_lines("into yump, movie night and, acute left")
                if line.phrase == "movie night and")
    # (the coordinator said last goes with the stretch cut off after it)
    assert list(one_side_cut(line, lex, never)) == [("into yump, movie night", "acute left")]
    assert in_piece(["movie", "night", "and"], ["movie", "night"])
    assert not in_piece(["movie"], ["movie", "night"])
