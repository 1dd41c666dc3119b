"""Words in "-eed" that are no past, beside a taught phrase with no pause written (issue
14; text as Vosk writes it). "indeed" opening what is said agrees, as "right" or "yeah"
do: "indeed house meeting" runs as "indeed, house meeting" does. A word that ends in its
own "-eed" ("godspeed", "tweed") is no verb's past, so it no longer rejects the phrase as
a story told: the regular past of a verb in -ee ("agreed", "freed") still does."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("house meeting", "Meeting"), ("nap time", "Nap"), ("lights off", "Lights"))


@pytest.mark.parametrize(("text", "routine"), [
    ("indeed house meeting", "Meeting"),
    ("indeed lights off", "Lights"),
    ("indeed, nap time", "Nap"),
])
def test_indeed_before_the_phrase_runs_it(resolver: Resolver, text: str,
                                          routine: str) -> None:
    assert runs(resolver, text) == routine


def test_a_word_in_its_own_eed_is_asked_about_not_taken_for_the_past(
        resolver: Resolver) -> None:
    heard = resolver.resolve("godspeed nap time")
    assert (heard.decision, heard.routine, heard.reason) == ("clarify", "Nap", "extra_words")


@pytest.mark.parametrize("text", [
    "we agreed house meeting", "agreed nap time", "indeed we watched house meeting",
    "indeed don't lights off",
])
def test_the_past_or_a_cue_still_stops_it(resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None
