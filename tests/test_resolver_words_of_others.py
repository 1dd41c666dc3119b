"""Speech that is plainly not the speaker's request around a taught phrase (issue 14).

A phrase said as the words of someone else's talk or lesson does not run: after a verb of
the manner of speaking said last ("the baby monitor picked up him sleep talking, ..."), or
right after a verb of learning, as its object ("my exchange partner is learning ...").
Their twins still run: the speaker's own talk, a pause after a verb of learning, the verb
inside the phrase. And a phrase said beside a caller's message runs as it would alone: a
topic adjunct ("about the boiler") and an -ed adjective after a determiner ("an automated
notification") are the message's words, not a second request nor the past."""

from __future__ import annotations

import pytest
from resolver_helpers import runs as _runs

from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

HOME = [PhraseEntry(p, r) for p, r in (
    ("focus mode", "Focus"), ("gym time", "Workout"), ("party mode", "Party"),
    ("whisper mode", "Quiet"), ("study time", "Study"), ("feed the cat", "Cat"),
    ("lights out", "Lights"), ("heating on", "Heating"))]


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(HOME)


@pytest.mark.parametrize("text", [
    "the baby monitor picked up him sleep talking, focus mode",
    "the baby monitor picked up him sleep talking focus mode",
    "grandad was mumbling, party mode",
    "she mutters lights out",
    "the parrot keeps muttering, feed the cat",
    "my spanish exchange partner is learning gym time",
    "the class practises party mode",
])
def test_the_words_of_someone_elses_talk_or_lesson_do_not_run(resolver: Resolver,
                                                               text: str) -> None:
    assert _runs(resolver, text) is None


@pytest.mark.parametrize("text", [
    # the object of a verb of performing or putting down words in -ing: the words performed
    "my homework for sign language is signing focus mode",
    "my nephew is spelling gym time",
    "the choir were chanting party mode",
    "she's miming feed the cat",
    "i was typing heating on",
    "grandma is reciting lights out",
])
def test_the_words_performed_do_not_run(resolver: Resolver, text: str) -> None:
    assert _runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    ("i'm signing the card, focus mode", "Focus"),
    ("we're singing, party mode", "Party"),
    ("the fridge is humming, heating on", "Heating"),
])
def test_a_pause_after_a_verb_of_performing_still_runs(resolver: Resolver, text: str,
                                                       routine: str) -> None:
    assert _runs(resolver, text) == routine


@pytest.mark.parametrize(("text", "routine"), [
    ("focus mode", "Focus"),
    ("whisper mode", "Quiet"),
    ("study time", "Study"),
    ("i was mumbling, focus mode", "Focus"),
    ("my sister is learning to drive, gym time", "Workout"),
    ("we're learning, party mode", "Party"),
    ("the kids are screaming, lights out", "Lights"),
    ("excuse my mumbling, lights out", "Lights"),
    ("forgive my yelling, party mode", "Party"),
])
def test_the_speakers_own_talk_and_the_verb_in_the_phrase_still_run(
        resolver: Resolver, text: str, routine: str) -> None:
    assert _runs(resolver, text) == routine


@pytest.mark.parametrize(("text", "routine"), [
    ("hi, it's your landlord, about the boiler, oh and party mode", "Party"),
    ("hi, it's your landlord, party mode so, about the boiler", "Party"),
    ("this is an automated notification, from your building society. focus mode", "Focus"),
    ("this is an automated notification, lights out, from your building society", "Lights"),
])
def test_a_phrase_beside_a_callers_message_runs(resolver: Resolver, text: str,
                                                routine: str) -> None:
    assert _runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "party mode, about the heating",
    "we watched it, party mode",
    "party mode, the delayed one",
])
def test_a_topic_or_an_adjective_that_names_the_home_or_the_past_still_stops(
        resolver: Resolver, text: str) -> None:
    assert _runs(resolver, text) is None
