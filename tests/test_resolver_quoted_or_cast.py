"""A taught phrase quoted as what a text shows, or cast in a role (issue 14).

- A noun, "that" or "which", then "reads", "read", "says" or "said" right before the
  phrase ("he's got a bumper sticker that reads tea time", "a note which said lights on"):
  the phrase is the text's wording, mentioned, not asked for.
- The phrase followed at once by "as", a determiner or none, and a noun of a role a string
  is chosen for ("we're doing party mode as the theme for the fancy dress", "we picked tea
  time as our password"): the phrase is chosen for that role, not asked for.

Their twins still run: the verb after no relative pronoun, in a sentence before ("the
forecast says rain. lights on"), "as" with no role noun ("tea time as usual", "lights on as
the sun goes down"), and the exact phrase."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

resolver = taught_resolver(
    ("tea time", "Tea"), ("open the blinds", "Blinds"), ("i'm home", "Home"),
    ("party mode", "Party"), ("lights on", "Lights"), ("ring gale", "Gale"))


@pytest.mark.parametrize("text", [
    "he's got a bumper sticker that reads tea time",
    "He's got a bumper sticker that reads party mode!",
    "there was a note on the fridge which said open the blinds",
    "the sign that says lights on is crooked again",
    "the banner which read i'm home fell down",
])
def test_a_phrase_a_text_reads_or_says_does_not_run(resolver, text: str) -> None:
    assert runs(resolver, text) is None


@pytest.mark.parametrize("text", [
    "we're doing party mode as the theme for the fancy dress",
    "We're doing tea time as the theme for the fancy dress.",
    "we picked open the blinds as our password",
    "she chose ring gale as her catchphrase",
    "they put lights on as the title of the song",
])
def test_a_phrase_cast_in_a_role_does_not_run(resolver, text: str) -> None:
    assert runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    ("tea time", "Tea"),
    ("party mode", "Party"),
    ("the forecast says rain. lights on", "Lights"),
    ("tea time as usual", "Tea"),
    ("tea time as soon as you can", "Tea"),
    ("lights on as the sun goes down", "Lights"),
])
def test_their_twins_still_run(resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine
