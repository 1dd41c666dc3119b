"""A word of cancelling said as the noun it also is, beside a taught phrase said exactly
(issue 14; a marathon commentary on the telly: "company mode, a hydration stop"): after
the indefinite article "stop", "halt" and "pause" head a noun phrase of the speaker's own,
no request to cancel. The phrase was rejected as cancelled, with the pause written and
without it. The noun bound to the request by a preposition, and the verb, still cancel."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

resolver = taught_resolver(
    ("company mode", "Guests"), ("movie night", "Movie"), ("lights on", "Lights on"),
    ("bath time", "Bath"))


@pytest.mark.parametrize(("text", "routine"), [
    ("company mode, a hydration stop", "Guests"),
    ("company mode a hydration stop", "Guests"),
    ("Movie night. A pit stop.", "Movie"),
    ("movie night, a short halt", "Movie"),
    ("a hydration stop, bath time", "Bath"),
])
def test_a_noun_of_stopping_beside_the_phrase_leaves_it_to_run(
        resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "stop movie night",
    "movie night, stop",
    "bring movie night to a halt",
    "put a stop to movie night",
    "movie night, put a stop to it",
    "movie night, the end",
    "give bath time a skip",
    "don't stop movie night",
])
def test_stopping_said_of_the_request_still_cancels_it(resolver, text: str) -> None:
    assert runs(resolver, text) is None
