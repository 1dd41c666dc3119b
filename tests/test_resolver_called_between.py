"""A call said before a taught phrase and a call or clause of the speaker's own after it,
no pause written (issue 14; bare speech from an open-vocabulary recogniser): a
conductor's "sforzando strings" said first and a croquet player's "croqueted thwack"
after. Words that ask for nothing before a phrase were read as a call only when nothing
was said after it (words after it may make the phrase a part of their clause, "...
tickets"); past a sure edge after it no word can, so the call before it is read as with
the phrase said last and the request runs as it does with the pauses written. Before, it
was only asked about. Words after it that may still be its clause, a kind of device the
words before may name, and a cue still leave it unrun."""

from __future__ import annotations

import pytest
from resolver_helpers import needs_dictionary, runs, taught_resolver

pytestmark = needs_dictionary

resolver = taught_resolver(
    ("tea time", "Tea"), ("feed the cat", "Cat"), ("movie night", "Movie"),
    ("lights on", "Lights"))


@pytest.mark.parametrize(("text", "routine"), [
    ("sforzando strings tea time croqueted thwack", "Tea"),
    ("sforzando strings feed the cat croqueted thwack", "Cat"),
])
def test_a_call_before_and_a_call_after_leave_it_to_run(resolver, text: str,
                                                        routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "cellos rallentando movie night tickets are sold out",   # (its clause may go on)
    "christmas tree lights on jeepers",                      # (which lights)
    "cellos rallentando tea time yesterday ugh",             # (a cue still judged)
    "cellos rallentando don't feed the cat croqueted thwack",
])
def test_words_that_may_be_its_clause_still_run_nothing(resolver, text: str) -> None:
    assert runs(resolver, text) is None
