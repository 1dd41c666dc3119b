"""A word of a barker's or an auctioneer's patter said twice in a row is a call, though a
dictionary lists it (issue 14): "toffees toffees hook one skrimpers feed the goldfish",
written with no punctuation. The patter then ends where the phrase begins, as a caller's
own words do (:mod:`_caller_patter`), and every cue the marked reading hears, and every
word that may bear on the request, still stops it."""

from __future__ import annotations

import pytest
from resolver_helpers import needs_dictionary, runs, taught_resolver

from teachapp.understanding._called_again import called_again
from teachapp.understanding._caller_patter import amid_patter, patter
from teachapp.understanding.normalize import default_lexicon
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("feed the goldfish", "Goldfish"), ("porch lights on", "Porch"), ("tea time", "Tea"))


def _taught(word: str) -> bool:
    return word in {"feed", "goldfish", "porch", "lights", "tea", "time"}


def test_a_content_word_said_twice_in_a_row_is_called() -> None:
    lexicon = default_lexicon()
    assert called_again(["toffees", "toffees", "hook", "ducks"], lexicon, _taught) == {0, 1}
    assert called_again(["hook", "toffees", "hook"], lexicon, _taught) == frozenset()
    # (a function word said twice, or a taught word said twice: a stammer, no call)
    assert called_again(["that", "that", "hook"], lexicon, _taught) == frozenset()
    assert called_again(["tea", "tea", "hook"], lexicon, _taught) == frozenset()


@needs_dictionary
def test_a_word_called_twice_counts_as_patter() -> None:
    lexicon = default_lexicon()

    def unlike(word: str) -> bool:
        return True

    # (one game word of three content words alone is no patter; with a word called twice
    # beside it three of four are calls)
    assert patter(["hook", "ducks", "skrimpers"], lexicon, _taught, unlike) == 0
    assert patter(["toffees", "toffees", "hook", "ducks", "skrimpers"], lexicon, _taught,
                  unlike) == 3
    # (the word right before the phrase called twice ends the patter there)
    assert amid_patter(["skrimpers", "hook", "toffees", "toffees"], [], lexicon, _taught,
                       unlike)
    assert not amid_patter(["skrimpers", "toffees", "hook", "toffees"], [], lexicon,
                           _taught, unlike)


@needs_dictionary
@pytest.mark.parametrize(("text", "routine"), [
    ("toffees toffees hook one skrimpers feed the goldfish", "Goldfish"),
    ("toffees toffees hook one skrimpers porch lights on", "Porch"),
    ("ducks ducks pick one skrimpers feed the goldfish", "Goldfish"),
])
def test_a_phrase_after_patter_called_twice_runs(resolver: Resolver, text: str,
                                                 routine: str) -> None:
    assert runs(resolver, text) == routine


@needs_dictionary
@pytest.mark.parametrize("text", [
    # a cue the marked reading hears, a word that may bear on the request or join more
    "toffees toffees hook one skrimpers never feed the goldfish",
    "toffees toffees hook one skrimpers feed the goldfish yesterday",
    "toffees toffees hook one skrimpers and feed the goldfish",
    # a subject before it, a listed word right before it (a plural noun that may be the
    # subject of its verb)
    "toffees toffees hook one skrimpers they feed the goldfish",
    "toffees toffees hook one squares feed the goldfish",
])
def test_a_side_that_may_be_its_clause_still_stops_it(resolver: Resolver,
                                                       text: str) -> None:
    assert runs(resolver, text) is None
