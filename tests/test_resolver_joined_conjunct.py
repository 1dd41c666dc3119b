"""A request joined to a taught phrase by a conjunct of addition or sequence ("also",
"besides", "in addition", "on top of that", "afterwards"), or closed by "too" or "as well"
after a pause, runs nothing, as the same request joined by "and" runs nothing, whichever
is said first (:mod:`_joined_conjunct`). Every case of the first test ran the phrase on
the code before; a clause that is no request beside the conjunct leaves the phrase to
run."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding._joined_conjunct import joined_readings
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("study time", "Study"), ("good night", "Night"), ("movie night", "Movie"),
    ("holiday mode", "Holiday"), ("lights off", "Lights"))


@pytest.mark.parametrize("text", [
    # (the untaught request said first: freed as an aside before)
    "repoint the chimney stack, on top of that study time",
    "repoint the chimney stack what's more study time",
    "repoint the chimney stack, also study time",
    "repoint the chimney stack, besides study time",
    "repoint the chimney stack, additionally study time",
    "repoint the chimney stack. also, study time.",
    # (the untaught request said last)
    "study time, also repoint the chimney stack",
    "study time, besides repoint the chimney stack",
    "study time, in addition repoint the chimney stack",
    "study time, afterwards repoint the chimney stack",
    "good night. additionally, hire a piano tuner.",
    # (closed by "too" or "as well" after a pause)
    "study time, repoint the chimney stack too",
    "movie night, hire a piano tuner as well",
])
def test_a_request_joined_by_a_conjunct_runs_nothing(resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    ("study time", "Study"),
    ("study time, also the popcorn", "Study"),
    ("movie night, what's more it's raining", "Movie"),
    ("good night, the kids are asleep too", "Night"),
    ("also, movie night please", "Movie"),
    ("alexa movie night please", "Movie"),
    ("holiday mode, me too", "Holiday"),
])
def test_no_request_beside_the_conjunct_leaves_the_phrase_to_run(
        resolver: Resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine


def test_the_conjunct_is_read_as_and_between_two_clauses() -> None:
    assert [r.text for r in joined_readings("study time, also, wash the car")] == [
        "study time, and wash the car"]
    assert [r.text for r in joined_readings("wash the car on top of that study time")] == [
        "wash the car and study time"]
    assert [r.text for r in joined_readings("study time, wash the car too")] == [
        "study time, and wash the car"]
    assert [(r.before, r.after) for r in joined_readings("wash the car, study time as well.")
            ] == [("wash the car", "study time.")]
    # (nothing before it, joined already, "too" of degree, a word that only begins alike)
    assert not list(joined_readings("also study time"))
    assert not list(joined_readings("study time, and also wash the car"))
    assert not list(joined_readings("study time, and wash the car too"))
    assert not list(joined_readings("it's too late, study time"))
    assert not list(joined_readings("study time, plush toys"))
