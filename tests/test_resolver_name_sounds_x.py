"""A name spelled with a first "x" says /z/, and an "s" before "l" after "i" is silent
(issue 14; :mod:`teachapp.understanding._name_sounds`): a recogniser that does not know
"xander" or "lyle" writes the word it knows with those sounds, "zander" or "lisle", and the
request for the person runs; the words a home taught as themselves still run as taught."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding._name_sounds import sounds_alike
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("send xander a text", "Xander"), ("message xander", "Xander"), ("phone lyle", "Lyle"), ("darn the lisle socks", "Socks"),
    ("ring isla", "Isla"), ("lights on", "Lights"))


@pytest.mark.parametrize(("text", "routine"), [
    ("send zander a text", "Xander"),
    ("phone lisle", "Lyle"),
    ("ring ila", "Isla"),
    ("darn the lisle socks", "Socks"),   # (the words the home taught as themselves)
])
def test_a_name_written_as_a_word_of_its_sounds_runs_its_request(
        resolver: Resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", ["phone lister", "ring isle of man", "phone lisa"])
def test_other_sounds_are_someone_else(resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None


def test_which_spellings_say_one_name() -> None:
    assert sounds_alike("zander", "xander")
    assert sounds_alike("lisle", "lyle")
    assert sounds_alike("ila", "isla")
    assert not sounds_alike("sander", "xander")   # (a first "x" is no /s/)
    assert not sounds_alike("lisa", "lyle")       # (an "s" before a vowel is said)
