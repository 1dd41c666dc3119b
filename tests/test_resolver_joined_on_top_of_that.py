"""An untaught request joined after a taught phrase by an additive conjunct, "on top of
that", "what's more", "moreover", "furthermore" (the fifty-second held-out set's "an
untaught request joined to it by on top of that": "good night, on top of that revarnish
the banisters" ran Good night, the banisters dropped, 34.2 % as written), where "and",
"plus" or "as well as" so said was asked about. They now join as "as well as" does
(:data:`conjunctions.ADDITIVE`); a clause that is no request after them leaves the
phrase to run."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding.conjunctions import additive, additive_before
from teachapp.understanding.parts import split_parts
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("good night", "Night"), ("holiday mode", "Holiday"), ("movie night", "Movie"),
    ("lights off", "Lights"))


@pytest.mark.parametrize("text", [
    "good night, on top of that revarnish the banisters",
    "good night on top of that revarnish the banisters",
    "movie night, on top of this book a taxi",
    "movie night, furthermore hire a piano tuner",
    "holiday mode, what's more, book a taxi",
])
def test_a_request_joined_by_an_additive_conjunct_runs_nothing(
        resolver: Resolver, text: str) -> None:
    """The first, third and fourth ran the phrase before."""
    assert runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    ("good night", "Night"),
    ("movie night, on top of that the popcorn", "Movie"),
    ("movie night, what's more it's raining", "Movie"),
    ("good night, moreover the kids are asleep", "Night"),
    ("alexa movie night please", "Movie"),
])
def test_no_request_after_the_conjunct_leaves_the_phrase_to_run(
        resolver: Resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine


def test_the_conjuncts_are_read_whole() -> None:
    words = ["tea", "time", "on", "top", "of", "that", "knit"]
    assert additive(words, 2) == 4 and additive_before(words, 6) == 4
    assert additive(["on", "top", "of", "the", "shelf"]) == 0
    assert additive(["what", "is", "more"]) == 3 and additive(["moreover"]) == 1
    assert split_parts("fumigate the attic, on top of that movie night") == [
        "fumigate the attic", "movie night"]
