"""Words of a taught phrase run together by a recogniser, read apart (issue 14).

"kitchenradio" said beside an aside was read as a call ("kitchenradio, lovely day") and
nothing freed the aside; written apart as taught, the phrase runs there as it does said
alone. Only words one phrase says in a row are written apart, never a taught word, a
name, nor function words run together.
"""

from __future__ import annotations

import pytest

from teachapp.understanding._run_together import RunTogether
from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

HOME = [PhraseEntry(p, r) for p, r in (
    ("kitchen radio", "Kitchen radio"), ("party mode", "Party mode"),
    ("porch light on", "Porch light"), ("start the flight log", "Flight log"),
    ("movie night", "Movie night"))]


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(HOME)


@pytest.mark.parametrize(("said", "routine"), [
    ("kitchenradio, necessity is the mother of invention", "Kitchen radio"),
    ("Partymode, fare thee well, dougal, drive carefully!", "Party mode"),
    ("porchlighton, mea culpa, ptolemy, i elbowed you", "Porch light"),
    ("start theflight log, that's the way the cookie crumbles", "Flight log"),
])
def test_taught_words_run_together_beside_an_aside_run(resolver: Resolver, said: str,
                                                       routine: str) -> None:
    found = resolver.resolve(said)
    assert (found.decision, found.routine) == ("run", routine)


def test_run_together_words_are_read_as_the_phrase_says_them(resolver: Resolver) -> None:
    assert resolver.resolve("don't kitchenradio").decision != "run"


def test_only_a_phrase_words_in_a_row_are_written_apart() -> None:
    together = RunTogether([("kitchen", "radio"), ("go", "in", "to", "town"),
                            ("ring", "anna", "belle")], {"kitchen", "radio", "annabelle"},
                           frozenset({"in", "to"}), frozenset({"annabelle"}))
    assert together.apart("Kitchenradio, please") == "kitchen radio, please"
    assert together.apart("radiokitchen") == "radiokitchen"
    assert together.apart("go into town") == "go into town"
    assert together.apart("radiolightthe") == "radiolightthe"
    assert together.apart("ring annabelle") == "ring annabelle"
