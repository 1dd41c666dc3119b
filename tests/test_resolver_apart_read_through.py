"""Taught words run together in text with no pause marked, words of the speaker's own
either side, run as the words written apart would: the text so written is read by every
reader, not the first one only ("gulls gulls tvtime the tide's turning" as "gulls gulls
tv time the tide's turning": :meth:`Resolver._said_apart`). Whatever stops the words
apart stops them run together."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

resolver = taught_resolver(
    ("tv time", "TV"), ("ring nola back", "Nola"), ("porch light on", "Porch"),
    ("lights off", "Off"), ("make coffee", "Coffee"))


@pytest.mark.parametrize(("text", "routine"), [
    ("gulls gulls tvtime the tide's turning", "TV"),
    ("crabs crabs ring nolaback the tide's turning", "Nola"),
    ("tvtime", "TV"),
])
def test_words_run_together_beside_own_words_run(resolver, text, routine):
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "we watched tvtime yesterday",
    "no tvtime tonight",
    "is it tvtime",
    "gulls gulls dont ring nolaback",
])
def test_what_stops_the_words_apart_stops_them_run_together(resolver, text):
    assert runs(resolver, text) is None
