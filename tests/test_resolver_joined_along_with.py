"""An untaught request joined to a taught phrase by "along with" or "together with" (the
forty-ninth set's "an untaught request joined to it by along with": "phone fuzzie, along
with hire a piano tuner" ran Fuzzie, the piano tuner dropped, 5.8 % as written, 6.7 %
wrapped), where "and", "plus" or "as well as" so said was asked about. Both now join as
"as well as" does (:data:`conjunctions.ADDITIVE`); a noun phrase after them is no
request, and the phrase still runs."""

from __future__ import annotations

import pytest
from _assistant_helpers import make_assistant, seed_routines
from resolver_helpers import runs, taught_resolver

from teachapp.conversation import TurnInput
from teachapp.understanding.conjunctions import additive
from teachapp.understanding.parts import split_parts
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("movie night", "Movie"), ("phone fuzzie", "Fuzzie"), ("privacy please", "Privacy"),
    ("reading mode", "Reading"))


@pytest.mark.parametrize("text", [
    "phone fuzzie, along with hire a piano tuner",
    "privacy please, along with hire a piano tuner.",
    "movie night, together with descale the kettle",
    "reading mode. Along with book a taxi",
])
def test_a_request_joined_by_along_with_runs_nothing(resolver: Resolver, text: str) -> None:
    """Each ran the phrase on main."""
    assert runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    ("phone fuzzie, along with the biscuits", "Fuzzie"),
    ("movie night, together with my sister", "Movie"),
])
def test_along_with_a_noun_phrase_leaves_the_phrase_as_it_was(
        resolver: Resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine


def test_along_with_is_read_whole() -> None:
    assert additive(["tea", "time", "along", "with", "knit"], 2) == 2
    assert additive(["together", "with"]) == 2 and additive(["along"]) == 0
    assert split_parts("fumigate the attic, along with movie night") == [
        "fumigate the attic", "movie night"]


def test_the_request_joined_by_along_with_is_offered_for_teaching(store) -> None:
    seed_routines(store)
    assistant, _events = make_assistant(store)
    before = {d.id: dict(d.state) for d in store.devices()}
    result = assistant.handle(TurnInput("reading mode, along with hire a piano tuner"))
    assert result.run is None
    assert {d.id: dict(d.state) for d in store.devices()} == before
    assert 'I understood "reading mode"' in result.question
    assert 'I don\'t know "hire a piano tuner"' in result.question
