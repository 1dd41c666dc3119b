"""A whole command and the people it is said to, right before a taught phrase with no pause
written (issue 14; bare speech from an open-vocabulary recogniser): a toastmaster's "be
upstanding your excellencies" said first. "Be" and its complement fill their clause, so
the noun phrase after them is a vocative, outside the clause and closing it, and the
phrase after it opens a clause of its own: the request runs as it does with the pause
written ("be upstanding, your excellencies. tea time"). Before, the edge before the
phrase was not sure and the request was only asked about. "Be" inside a longer verb
phrase, a naming "be called", a taught word in the vocative and a cue still leave it
unrun."""

from __future__ import annotations

import pytest
from resolver_helpers import needs_dictionary, runs, taught_resolver

pytestmark = needs_dictionary

resolver = taught_resolver(
    ("tea time", "Tea"), ("boil the kettle", "Kettle"), ("close the blinds", "Blinds"),
    ("lights on", "Lights"))


@pytest.mark.parametrize(("text", "routine"), [
    ("be upstanding your excellencies tea time", "Tea"),
    ("be upstanding your excellencies boil the kettle", "Kettle"),
    ("be seated your worships close the blinds", "Blinds"),
    ("be upstanding your excellencies lights on", "Lights"),
])
def test_a_command_and_its_hearers_first_leave_it_to_run(resolver, text: str,
                                                          routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "will be upstanding your excellencies tea time",       # ("be" of a longer verb phrase)
    "be called your excellencies tea time",                # (a name given)
    "be upstanding your kettle tea time",                  # (a taught word: no hearer)
    "be upstanding your excellencies tea time yesterday",  # (a cue still judged)
    "be quiet your honour don't close the blinds",
])
def test_no_whole_command_before_still_runs_nothing(resolver, text: str) -> None:
    assert runs(resolver, text) is None
