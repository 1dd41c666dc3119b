"""A taught name written as it sounds inside a longer phrase, and the longer phrase
beating a shorter one said exactly (issue 14).

A recogniser writes the Irish "ciaran" for the taught "kieran" ("c" is /k/ in Irish,
"ia" before "r" one vowel) and "teigan" for "teagan" ("ea" before a consonant is one
vowel, as in "sean" and "deanna"): the phrase that says the name runs, even when a
shorter taught phrase is said exactly inside it ("message philip" in "message philip
and teigan"). Names whose sounds differ stay apart.
"""

from __future__ import annotations

import pytest

from teachapp.understanding._name_sounds import sounds_alike
from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

HOME = [PhraseEntry(p, r) for p, r in (
    ("tell kieran the hawk's back", "Kieran"), ("message isobel and kieran", "Both"),
    ("message isobel", "Isobel"), ("message philip", "Philip"),
    ("message philip and teagan", "Philip and Teagan"), ("kieran's rugby at ten", "Rugby"),
    ("ring clara", "Clara"), ("movie night", "Movie night"))]


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(HOME)


@pytest.mark.parametrize(("heard", "taught"), [
    ("ciaran", "kieran"), ("ciara", "kiera"), ("cian", "kian"), ("teigan", "teagan"),
    ("keegan", "keagan"),
])
def test_irish_c_and_one_vowel_ea_are_the_same_sounds(heard: str, taught: str) -> None:
    assert sounds_alike(heard, taught)


@pytest.mark.parametrize(("heard", "taught"), [
    ("ciara", "clara"), ("kian", "keane"), ("dean", "dan"), ("andrea", "andre"),
])
def test_other_sounds_stay_other_names(heard: str, taught: str) -> None:
    assert not sounds_alike(heard, taught)


@pytest.mark.parametrize(("said", "routine"), [
    ("tell ciaran the hawk's back", "Kieran"),
    ("message isobel and ciaran", "Both"),
    ("ciaran's rugby at ten", "Rugby"),
    ("message philip and teigan", "Philip and Teagan"),
    ("message philip and teigan, que sera sera", "Philip and Teagan"),
])
def test_a_name_written_as_it_sounds_runs_its_longer_phrase(resolver: Resolver, said: str,
                                                             routine: str) -> None:
    found = resolver.resolve(said)
    assert (found.decision, found.routine) == ("run", routine)


def test_another_name_after_a_shorter_phrase_does_not_run_the_longer(
        resolver: Resolver) -> None:
    assert resolver.resolve("ring ciara").decision != "run"
    assert resolver.resolve("message philip and tegwen").routine != "Philip and Teagan"
