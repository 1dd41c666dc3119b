"""An -ed word said as an adjective after an exclamative's "what" or "how", or after
"very" or "too" ("..., what lacquered wingcases", "..., look how speckled it is") is no
past: the remark beside the request is freed and the request runs
(:mod:`_degree_adjective`). On the code before, each was rejected as the past (the 51st
set's remarks on a ladybird: 36 cases). A past verb there still frames the phrase."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding._degree_adjective import degree_adjective, how_graded, noun_after
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("movie night", "Movie"), ("boil the kettle", "Tea"), ("game night", "Games"))


@pytest.mark.parametrize(("text", "routine"), [
    ("movie night, look how speckled it is", "Movie"),
    ("boil the kettle, what lacquered wingcases", "Tea"),
    ("game night what lacquered wingcases", "Games"),
    ("what lacquered wingcases, movie night", "Movie"),
])
def test_an_ed_adjective_in_an_exclamative_lets_the_request_run(
        resolver: Resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "movie night, what happened",
    "movie night, what happened next",
    "movie night, we watched",
    "movie night, look how it crashed",
])
def test_a_past_verb_still_frames_the_phrase(resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None


def test_the_word_before_decides() -> None:
    free = [False] * 4
    assert degree_adjective(["how", "speckled", "it", "is"], free, 1, frozenset())
    assert degree_adjective(["very", "tired"], free[:2], 1, frozenset())
    assert not degree_adjective(["how", "crashed", "the", "car"], free, 1, frozenset())
    assert not degree_adjective(["we", "watched"], free[:2], 1, frozenset())
    assert noun_after("wingcases") and not noun_after("next") and not noun_after("it")


def test_how_grades_one_adjective_for_every_reader() -> None:
    """One reader of "how", its adjective and a subject (the -ed word's test above and the
    embedded "how" of :mod:`_clauses` both call it): "how gritty they are" grades
    "gritty"; "how it goes" and "how crashed the car" grade nothing."""
    assert how_graded(["look", "how", "gritty", "they", "are"], [False] * 5, 2)
    assert how_graded(["how", "speckled"], [False] * 2, 1)
    assert not how_graded(["see", "how", "it", "goes"], [False] * 4, 2)
    assert not how_graded(["how", "crashed", "the", "car"], [False] * 4, 1)
    assert not how_graded(["so", "gritty", "they", "are"], [False] * 4, 1)
