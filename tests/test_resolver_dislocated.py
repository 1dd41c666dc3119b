"""A noun phrase said on its own after the request, then "it" taking it up (left
dislocation, issue 14): "fan on, a wren, it's clinging on" is a remark on the wren, and
the request runs; "it" that may still be the request does not."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding._dislocated import without_resumed
from teachapp.understanding.normalize import default_lexicon
from teachapp.understanding.resolver import Resolver

# (a routine taught two ways, as homes teach them: its other phrase's words are read
# with the first's, and the stretch after the phrase is judged by itself)
resolver = taught_resolver(
    ("fan on", "Fan"), ("cool breeze", "Fan"), ("heating on", "Warm up"),
    ("warm up the living room", "Warm up"), ("movie night", "Movie"))


@pytest.mark.parametrize(("text", "routine"), [
    ("fan on, a prod, it's clinging on", "Fan"),
    ("fan on, a wren, it's clinging on", "Fan"),
    ("heating on, a limpet, it's clinging on", "Warm up"),
])
def test_it_after_a_noun_phrase_of_its_own_takes_that_up(
        resolver: Resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # ("it" after another word than a noun phrase of its own, or as an object, may still
    # be the request)
    "movie night, the kids, they loved it",
    "movie night, the kids, it was great",
])
def test_it_that_may_be_the_request_still_stops_it(resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None


def test_only_it_opening_the_piece_after_a_noun_phrase_is_left_out() -> None:
    lex = default_lexicon()

    def never(word: str) -> bool:
        return False

    assert without_resumed("a robin, it's pecking", lex, never) == ["a", "robin", "is",
                                                                    "pecking"]
    assert "it" in without_resumed("gingerly, it's listing", lex, never)
    assert "it" in without_resumed("the neighbours want it", lex, never)
    # (a word the home taught is no noun phrase of the speaker's own)
    assert "it" in without_resumed("the robin, it's pecking", lex, lambda w: w == "robin")
