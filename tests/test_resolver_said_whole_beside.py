"""A phrase heard with errors beside another routine's phrase said whole is asked about,
not run: "moneo, mones, birthday birthday party, monet, monemus" ran Party mode by "party,
monet" though "birthday party" is said word for word. A phrase heard with errors alone
still runs, and a phrase nested in the one run is no rival."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding._said_whole_beside import said_whole_beside

resolver = taught_resolver(
    ("birthday party", "Birthday"), ("party mode", "Party mode"), ("let's party", "Party mode"),
    ("focus mode", "Focus"), ("office mode", "Office"),
    ("night light", "Night light"), ("dim the hallway", "Night light"),
    ("lights off", "Lights off"), ("living room lights off", "Living room"),
    ("ring flint", "Flint"), ("call the printer", "Flint"), ("game night", "Gaming"))


def test_a_misheard_run_beside_a_phrase_said_whole_is_asked(resolver) -> None:
    found = resolver.resolve("moneo, mones, birthday birthday party, monet, monemus")
    assert found.decision == "clarify"
    assert {found.routine, *(a.routine for a in found.alternatives)} >= {
        "Party mode", "Birthday"}


@pytest.mark.parametrize(("text", "routine"), [
    ("party mod", "Party mode"),
    ("birthday party", "Birthday"),
    ("birthday birthday party", "Birthday"),
    ("living rom lights off", "Living room"),
])
def test_a_phrase_heard_with_errors_alone_or_nesting_still_runs(resolver, text: str,
                                                                 routine: str) -> None:
    assert runs(resolver, text) == routine


def test_only_another_routines_phrase_of_two_words_or_more_is_a_rival() -> None:
    exact = {("birthday", "party"): (0, [0]), ("party", "mode"): (1, [1]),
             ("lights", "off"): (2, [2]), ("living", "room", "lights", "off"): (3, [3]),
             ("party",): (4, [4])}
    said = ["moneo", "birthday", "birthday", "party", "monet"]
    assert said_whole_beside(said, exact, 4, ["party", "mode"], 1) == (0, [0])
    assert said_whole_beside(said, exact, 4, ["birthday", "party"], 0) is None
    assert said_whole_beside(["living", "rom", "lights", "off"], exact, 4,
                             ["living", "room", "lights", "off"], 3) is None
    assert said_whole_beside(["a", "party", "mood"], exact, 4, ["party", "mode"], 1) is None
