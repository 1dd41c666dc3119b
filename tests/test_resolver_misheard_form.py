"""A heard word one letter from a taught word's own form is that word misheard, not two
taught words run together (issue 14; :mod:`teachapp.understanding._misheard_form`):
"sleepink" beside a home that taught "ink" and "sleep" is "sleeping" with its "g" heard
as "k", so "baby is sleepink" runs as "baby is sleepinc" does; words truly run together
are still split."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding._misheard_form import one_letter_from
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("baby is sleeping", "Baby"), ("sleep sounds", "Sleep"), ("refill the ink", "Ink"),
    ("guests are coming", "Guests"), ("lights on", "Lights"), ("start the movie", "Movie"),
    ("hall lamp", "Hall"), ("lamp off", "Lamp off"), ("mix the sepia ink", "Sepia"))


@pytest.mark.parametrize(("text", "routine"), [
    ("baby is sleepink", "Baby"),
    ("guests are comink", "Guests"),
    ("ooh, baby is sleepink, the kettle's boiled", "Baby"),
])
def test_a_taught_word_with_one_letter_changed_runs_its_phrase(resolver: Resolver, text: str,
                                                               routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize(("text", "routine"), [
    ("lightson", "Lights"),            # (two taught words run together: still split)
    ("startthemovie", "Movie"),
    ("mix the sepiaink", "Sepia"),     # (no phrase said a "sepiaing")
    ("refill the inksleep", None),     # (still the two words: "sleep" extra)
])
def test_words_run_together_are_still_split(resolver: Resolver, text: str,
                                            routine: str | None) -> None:
    assert runs(resolver, text) == routine


def test_which_words_are_a_form_with_one_letter_changed() -> None:
    forms = frozenset({"sleep", "sleeps", "sleeping", "coming", "ink", "inks", "lights"})
    assert one_letter_from("sleepink", forms)
    assert one_letter_from("comink", forms)
    assert not one_letter_from("sleeping", forms)    # (the form itself)
    assert not one_letter_from("sleap", forms)       # (too short to tell)
    assert not one_letter_from("bleeping", forms)    # (its first letter changed)
    assert not one_letter_from("sleepinks", forms)   # (a letter added: no change)
    assert not one_letter_from("sleep1ng", forms)    # (a digit: no word)
