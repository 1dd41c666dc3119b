"""A taught phrase sung as a lyric, or listed as later work, is not asked for (issue 14).

Sung: between singing's nonsense syllables ("la la la, ..., la la"), after a call to sing
("sing along now", "sing it with me"), or beside a song's part named as what is sung
("that's the chorus", "the chorus goes", "next line"). Planned: an item of a list headed
by work to be done at a later time ("jobs for next week, dog walk, then the hedges") or
by the later time alone with the list going on after it ("next week: ..., then ...").
Their twins still run: a comment on a song that is playing, a part as the subject of its
own clause, humming on one side of a request ("feed the cat, dee dee dum"), a later time
said as the reason for a request, a list of jobs for now, and a phrase whose own words
are of the class."""

from __future__ import annotations

import pytest
from resolver_helpers import runs as _runs

from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

HOME = [PhraseEntry(p, r) for p, r in (
    ("movie night", "Movie"), ("cool the house", "Cool"), ("security off", "Disarm"),
    ("dog walk", "Dog"), ("feed the cat", "Cat"), ("holiday mode", "Holiday"),
    ("lights out", "Lights"), ("sing along mode", "Karaoke"), ("weekend mode", "Weekend"),
    ("chores list", "Chores"))]


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(HOME)


@pytest.mark.parametrize("text", [
    # sung: vocables, a call to sing, a part named
    "la la la, cool the house, that's the chorus",
    "Sing along now, security off, tra la la.",
    "fa la la la la, feed the cat, fa la la",
    "lalala lights out lalala",
    "the song goes, movie night",
    "sing it with me, movie night",
    "and the chorus goes: lights out",
    "here comes the verse, feed the cat",
    "next line, cool the house",
    "la la la cool the house that's the chorus",
    # planned: a list of later work
    "Jobs for next week, dog walk, then the hedges.",
    "chores for tomorrow: feed the cat, then the gutters",
    "on the to do list for saturday, cool the house",
    "jobs for next week dog walk then the hedges",
    "next week, dog walk, then the hedges",
    "Tomorrow: feed the cat, then the shopping.",
])
def test_a_phrase_sung_or_planned_for_later_does_not_run(resolver: Resolver,
                                                          text: str) -> None:
    assert _runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    ("this song is great. movie night", "Movie"),
    ("the chorus is so catchy, movie night", "Movie"),
    ("the next verse is my favourite. movie night", "Movie"),
    ("i love this verse. lights out", "Lights"),
    ("fee fi fo fum. lights out", "Lights"),
    ("the line went dead. feed the cat", "Cat"),
    ("sing along mode", "Karaoke"),
    ("feed the cat, dee dee dum", "Cat"),
    ("the kids sang along. movie night", "Movie"),
    ("movie night, doo doo doo", "Movie"),
    ("holiday mode, we're away next week", "Holiday"),
    ("next week is busy. movie night", "Movie"),
    ("jobs for you, feed the cat", "Cat"),
    ("weekend mode", "Weekend"),
    ("chores list", "Chores"),
])
def test_a_song_playing_or_a_later_time_beside_a_request_still_runs(
        resolver: Resolver, text: str, routine: str) -> None:
    assert _runs(resolver, text) == routine
