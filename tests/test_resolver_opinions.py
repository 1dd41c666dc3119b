"""A liking said of a routine is talk about it, not a request for it (issue 14, found by the
fourteenth held-out set's one blind run): "i love movie night", "movie night is
brilliant" ran Movie night. So did "in theory, movie night", a request only imagined.
Asking in the words of liking still runs ("i'd love movie night", "i would like movie
night", a learner's "i like to lock the door please"), and so does politeness ("i hate to
intrude, movie night")."""

from __future__ import annotations

import pytest

from teachapp.understanding.resolution import Decision, PhraseEntry, Reason
from teachapp.understanding.resolver import Resolver

HOME = [PhraseEntry(p, r) for p, r in (
    ("movie night", "Movie night"), ("lock the front door", "Lock"),
    ("laundry is done", "Laundry"), ("reading mode", "Reading"))]


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(HOME)


@pytest.mark.parametrize("text, reason", [
    ("i love movie night", Reason.OPINION), ("i really like reading mode", Reason.OPINION),
    ("movie night is brilliant", Reason.OPINION), ("reading mode is the best", Reason.OPINION),
    ("i really like laundry is done", Reason.OPINION),
    ("oh wow, movie night is brilliant", Reason.OPINION),
    ("in theory, movie night", Reason.HYPOTHETICAL),
])
def test_a_liking_or_an_imagined_request_runs_nothing(resolver, text, reason):
    resolution = resolver.resolve(text)
    assert resolution.decision == Decision.REJECT and resolution.reason == reason


@pytest.mark.parametrize("text, routine", [
    ("i'd love movie night", "Movie night"), ("i would like movie night", "Movie night"),
    ("i like to lock the front door please", "Lock"), ("laundry is done", "Laundry"),
    ("i hate to intrude, reading mode", "Reading"), ("alexa, movie night please", "Movie night"),
])
def test_asking_in_words_of_liking_still_runs(resolver, text, routine):
    resolution = resolver.resolve(text)
    assert (resolution.decision, resolution.routine) == (Decision.RUN, routine)


def test_the_assistant_says_a_liking_is_not_a_request(store):
    from _assistant_helpers import add_routine, make_assistant, said

    from teachapp.domain import SetStep

    add_routine(store, "Movie night", ["movie night"], [
        SetStep("media_player.tv", {"on": True})])
    assistant, _ = make_assistant(store)
    lines = said(assistant, "i love movie night")
    assert store.device("media_player.tv").state["on"] is False
    assert "Shall I learn" not in " ".join(lines)


@pytest.mark.parametrize("text", [
    "give paige a bell is a lifesaver", "give paige a bell is a lifesaver, swear down",
    "hokey cokey, poppets? give paige a bell is a lifesaver, swear down",
    "lock the front door is the best trick you do",
])
def test_a_liking_with_a_word_of_the_phrase_in_it_runs_nothing(text):
    # (the "a" of "is a lifesaver" is the liking's; the phrase has its own "a" before it)
    resolution = Resolver([*HOME, PhraseEntry("give paige a bell", "Paige")]).resolve(text)
    assert (resolution.decision, resolution.reason) == (Decision.REJECT, Reason.OPINION)


def test_the_phrase_with_its_own_article_still_runs():
    resolver = Resolver([*HOME, PhraseEntry("give paige a bell", "Paige")])
    for text in ("give paige a bell", "give paige a bell please", "lock the front door"):
        assert resolver.resolve(text).routine in ("Paige", "Lock")
        assert resolver.resolve(text).decision == Decision.RUN


def test_what_the_phrase_has_done_runs_nothing():
    # ("has" taught in another phrase let "vacation mode has made" be read alone as the phrase)
    resolver = Resolver([*HOME, PhraseEntry("vacation mode", "Vacation"),
                         PhraseEntry("we are away", "Vacation"),
                         PhraseEntry("has the new timetable arrived", "Timetable")])
    resolution = resolver.resolve("vacation mode has made our wet sundays bearable")
    assert resolution.decision == Decision.REJECT
    for text in ("vacation mode the kids are filthy", "vacation mode our sundays are wet"):
        assert (resolver.resolve(text).decision, resolver.resolve(text).routine) == (
            Decision.RUN, "Vacation")
