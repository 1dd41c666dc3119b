"""More of a thing seen, said after a request as a remark of its own (:mod:`_more_seen`):
"more" and plural nouns of the speaker's own, with or without a pause or "and" before it,
leaves the request to run; "more" before a mass noun, a thing a request names, a word the
home taught or a verb still asks for more than the request."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding._more_seen import more_seen

resolver = taught_resolver(("movie night", "Movie"), ("porch light on", "Porch"),
                           ("feed the goldfish", "Fish"), ("order more dog biscuits", "Order"))


@pytest.mark.parametrize(("text", "routine"), [
    ("movie night and more ladybirds", "Movie"),
    ("movie night, and more ladybirds", "Movie"),
    ("porch light on oh more moths", "Porch"),
    ("porch light on, more snowflakes!", "Porch"),
    ("feed the goldfish and more frogspawn blobs", "Fish"),
    ("movie night and more crested newts", "Movie"),
])
def test_more_of_a_thing_seen_leaves_the_phrase_to_run(resolver, text, routine):
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "movie night and more popcorn",       # (a mass noun: more of it may be asked for)
    "porch light on and more light",
    "movie night and more films",         # (a thing a request names)
    "movie night and more goldfish",      # (a taught word)
    "movie night and more biscuits",
    "movie night and order more dog biscuits",
    "movie night and more dishes washed",  # (more than a noun phrase)
])
def test_more_of_what_a_request_names_still_stops_the_phrase(resolver, text):
    assert runs(resolver, text) is None


def test_more_seen_reads_only_more_and_plural_nouns_of_its_own():
    def own(word: str) -> bool:
        return word not in {"goldfish", "films"}

    assert more_seen(["more", "ladybirds"], own)
    assert more_seen(["more", "crested", "newts"], own)
    assert not more_seen(["more", "moss"], own)
    assert not more_seen(["more", "cactus"], own)
    assert not more_seen(["more", "films"], own)
    assert not more_seen(["more"], own)
    assert not more_seen(["another", "ladybirds"], own)
    assert not more_seen(["more", "big", "fat", "hairy", "moths"], own)
