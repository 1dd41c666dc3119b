"""A frame announced before the request, whose scope is all that follows (issue 14): an
imagined scene ("picture this: ...", "picture the scene, ...") or a joke or riddle
("here's a joke: ...", "knock knock, ...", "what do you call a ...?"). The words after
it are imagined or played, not asked, so no routine runs, and the resolver says
``hypothetical``. Their in-scope twins still run: a request said beside "a joke" that
announces nothing ("the boiler is a joke, ...", "no joke, ..."), and a taught phrase
with "picture" in it."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding.resolution import Decision, Reason

resolver = taught_resolver(
    ("garden lights on", "Garden"), ("film night", "Film"), ("walk the puppy", "Puppy"),
    ("bolt the back door", "Bolt"), ("picture light on", "Picture light"),
    ("warm the conservatory", "Conservatory"))


@pytest.mark.parametrize("text", [
    # an imagined scene announced with "picture" and a cataphoric "this" / "the scene"
    "picture this: garden lights on",
    "Picture this, film night with the whole family",
    "picture the scene. bolt the back door",
    "just picture it, warm the conservatory",
    # "imagine" already frames a scene, however it is said
    "imagine this: walk the puppy",
    "just imagine, film night",
])
def test_an_imagined_scene_announced_runs_nothing(resolver, text):
    result = resolver.resolve(text)
    assert result.decision == Decision.REJECT
    assert result.reason == Reason.HYPOTHETICAL


@pytest.mark.parametrize("text", [
    # a joke or riddle announced, then its words
    "here's a joke: garden lights on",
    "here is a riddle, walk the puppy",
    "i've got a joke for you. bolt the back door",
    "want to hear a joke? film night",
    "riddle me this: warm the conservatory",
    "knock knock. who's there? walk the puppy",
    "joke of the day: film night",
    # the riddle's own question opens it
    "what do you call a sleepy dog? film night",
])
def test_a_joke_or_riddle_announced_runs_nothing(resolver, text):
    result = resolver.resolve(text)
    assert result.decision == Decision.REJECT
    assert result.reason == Reason.HYPOTHETICAL


def test_a_riddle_of_crossing_runs_nothing(resolver):
    assert runs(resolver, "what do you get if you cross a puppy and a clock? "
                          "walk the puppy") is None


@pytest.mark.parametrize(("text", "routine"), [
    # "a joke" that announces no joke: a complaint, an assurance
    ("the boiler is a joke, warm the conservatory", "Conservatory"),
    ("no joke, bolt the back door", "Bolt"),
    # "picture" as a thing the home names
    ("picture light on", "Picture light"),
    ("picture light on please", "Picture light"),
    # the plain requests
    ("film night", "Film"),
    ("walk the puppy", "Puppy"),
])
def test_a_request_beside_no_announced_frame_still_runs(resolver, text, routine):
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "garden lights on, just kidding",
    "film night. only joking",
    "bolt the back door, scratch that",
    "warm the conservatory jk",
])
def test_a_request_taken_back_as_a_joke_runs_nothing(resolver, text):
    """Said after the request, "just kidding" or "scratch that" takes it back."""
    found = resolver.resolve(text)
    assert found.decision is Decision.REJECT
    assert found.reason is Reason.CANCELLATION
