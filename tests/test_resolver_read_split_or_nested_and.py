"""Three shapes of the thirty-fourth held-out set's first run, tuned on it (issue 14).

- A noun and "reads" right before the phrase, with no pause ("the old headstone in the
  churchyard reads tea time", "the sign on the gate reads party mode"): "reads" reports
  a text's wording, so the phrase is mentioned, not asked for.
- Two neighbouring words of a phrase said with "and" between them and never side by
  side ("trade places, party and mode"): the words are coordinated, named apart, and the
  phrase is not said as its name.
- A phrase said before "and" when a longer taught phrase goes on with "and" ("message
  sol" and "message sol and coral"): the words after may be the rest of the longer phrase
  misheard ("message sol and choral, tighten the screw"), so the shorter is not run.

- A phrase ending in a particle, then a possessive, with no pause ("lights on my
  headstone"): the particle is a preposition of a place someone owns, not the phrase's end.

Their twins still run: "reads" after a pause, "says" of a person relaying a request, a
phrase said side by side beside its words coordinated, a phrase with "and" of its own,
and the shorter phrase before "and" and a clause that is no rest of the longer one."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

resolver = taught_resolver(
    ("tea time", "Tea"), ("open the blinds", "Blinds"), ("party mode", "Party"),
    ("lights on", "Lights"), ("message sol", "Sol"), ("message sol and coral", "Both"),
    ("fish and chips", "Chippy"))


@pytest.mark.parametrize("text", [
    "the old headstone in the churchyard reads tea time",
    "The sign on the gate reads party mode!",
    "the fridge magnet reads open the blinds",
    "droopy drawers. the old headstone in the churchyard reads lights on",
    "i want lights on on my headstone honestly",
    "i want lights on my headstone honestly the dogleg looms",
])
def test_a_phrase_a_thing_reads_does_not_run(resolver, text: str) -> None:
    assert runs(resolver, text) is None


@pytest.mark.parametrize("text", [
    "trade places, party and mode",
    "party and mode",
    "swap them round, tea and time",
])
def test_a_phrase_split_by_and_does_not_run(resolver, text: str) -> None:
    assert runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    ("message sol and choral, tighten the screw flush", "Both"),
    ("countersink the pilot hole, message sol and choral, tighten the screw flush", "Both"),
    ("message sol and coral", "Both"),
])
def test_a_longer_phrase_going_on_after_and_is_not_cut_short(resolver, text: str,
                                                            routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize(("text", "routine"), [
    ("tea time", "Tea"),
    ("party mode", "Party"),
    ("message sol", "Sol"),
    ("fish and chips", "Chippy"),
    ("the sign on the gate reads: closed. party mode", "Party"),
    ("grandad says please party mode", "Party"),
    ("party and mode, i mean party mode", "Party"),
    ("lights on the hermit solitude", "Lights"),
])
def test_their_twins_still_run(resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine
