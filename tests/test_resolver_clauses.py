"""A taught phrase said as a clause of its own (issue 14): beside a reason ("..., the
baby's finally down", "... because we're off soon"), an aside ("..., seriously"), a tag
question ("..., will ya?", "..., aren't we"), said twice for emphasis ("porch light on.
porch light on!"), or after the phrase begun and broken off ("porch, um, let me think,
porch light on"), it runs its routine; so does one asked for in a question about the
listener's ability ("is it possible you could ...?"). Their out-of-scope twins do not: a
cue in the other clause (a story, someone else's words, a cancellation, a question), a
clause that names a device, room, time, number or another taught word, one that opens
with a request verb, two different phrases, a wh-question or a verb of wanting in the
frame, and a phrase whose number was heard as another number."""

from __future__ import annotations

import pytest
from resolver_helpers import runs as _runs

from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

HOME = [PhraseEntry(p, r) for p, r in (
    ("porch light on", "Porch"), ("story time", "Story"), ("defrost the car", "Car"),
    ("quiet hours", "Quiet"), ("pizza night", "Pizza"), ("the 7am bus", "Bus"),
    ("kitchen lamp", "Kitchen lamp"), ("warm the study", "Study"))]


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(HOME)


@pytest.mark.parametrize(("text", "routine"), [
    # a reason or an aside in a clause of its own, after a pause or a joiner
    ("porch light on, the baby's finally down", "Porch"),
    ("defrost the car because the windscreen's frozen", "Car"),
    ("quiet hours cos she's napping", "Quiet"),
    ("pizza night, seriously", "Pizza"),
    ("we're all shattered - story time", "Story"),
    ("quiet hours, i'm utterly exhausted", "Quiet"),
    ("warm the study since it's freezing", "Study"),
    ("pizza night before i forget", "Pizza"),
    ("story time while we wait", "Story"),
    ("we're running late, defrost the car", "Car"),
    # a tag question after it
    ("story time, will ya?", "Story"),
    ("pizza night, aren't we", "Pizza"),
    ("defrost the car, d'you hear", "Car"),
    # said twice for emphasis, or begun and broken off first
    ("porch light on. porch light on!", "Porch"),
    ("pizza night, yes, pizza night", "Pizza"),
    ("defrost, um, let me think, defrost the car", "Car"),
    # a phrase of free words only, as a clause
    ("quiet hours, honestly, quiet hours", "Quiet"),
    # asked for in a question about the listener's ability
    ("is it possible you could warm the study?", "Study"),
    ("do you think you could pizza night?", "Pizza"),
    ("would you maybe consider doing story time?", "Story"),
])
def test_a_phrase_said_as_a_clause_of_its_own_runs(resolver: Resolver, text: str,
                                                   routine: str) -> None:
    assert _runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # a cue in the other clause: a story, someone else's words, a cancellation, a question
    "porch light on, we tried that yesterday",
    "story time, my sister reckons, she said so",
    "pizza night, we ordered it already",
    "pizza night, cancel it",
    "story time, is it on",
    "quiet hours because nobody listened",
    "pizza night, she told me to",
    "forget pizza night before i go",
    "story time before we leave at 8",
    # the other clause names a device, a room, a time, a number or another taught word
    "porch light on, the kitchen lamp too",
    "defrost the car, in the garage",
    "story time, at eight",
    "pizza night, 2 large ones",
    # ... or opens with a verb or, before it, with an article: a request of its own
    "ring grandma, story time",
    "the other one, pizza night",
    # ... or takes it back
    "pizza night, scratch that",
    "pizza night, quiet hours",
    "warm the study, tomorrow",
    # ... or opens with a request verb
    "story time, play some jazz",
    # two different phrases, each a clause
    "pizza night, story time",
    # the phrase not said exactly in its clause
    "no pizza night, we're skint",
    # a frame that asks when, about a wish, or for something else
    "when do you think you could warm the study?",
    "would you like to cancel story time?",
    "could you tell me about story time?",
    "could you cancel pizza night?",
    # the phrase's number heard as another number
    "the 8am bus",
    "the 8am bus, we're running late",
])
def test_its_out_of_scope_twins_do_not_run(resolver: Resolver, text: str) -> None:
    assert _runs(resolver, text) is None


def test_the_number_said_as_words_is_the_same_number(resolver: Resolver) -> None:
    assert _runs(resolver, "the 7am bus") == "Bus"
    assert _runs(resolver, "the seven am bus") == "Bus"


@pytest.mark.parametrize(("text", "routine"), [
    ("porch lite on, the baby's finally down", "Porch"),
    ("defrost the kar, i'm frozen stiff", "Car"),
    ("defrost the kar cos we're late", "Car"),
])
def test_a_phrase_misheard_in_a_clause_of_its_own_runs_as_it_would_alone(
        resolver: Resolver, text: str, routine: str) -> None:
    assert _runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # a statement or a question about state, with a tag: never read alone
    "porch light is on, right",
    # one word alone beside it says how or which
    "i'll have my pizza, large",
    # a cue in the other clause
    "stroy time, we did that yesterday",
])
def test_a_misheard_phrase_beside_a_clause_that_says_something_does_not_run(
        resolver: Resolver, text: str) -> None:
    assert _runs(resolver, text) is None


def test_a_word_said_twice_in_a_row_is_said_once() -> None:
    home = Resolver([PhraseEntry("spa evening", "Spa"), PhraseEntry("bedroom lights on", "Bed"),
                     PhraseEntry("lights off", "Off")])
    assert _runs(home, "spa spa evening") == "Spa"
    assert _runs(home, "bedroom lights lights uh on") == "Bed"
    # ... never a different request or a word alone; a word said last after it is read as
    # after the phrase said exactly ("spa evening party" runs it: :mod:`_surely_heard`)
    assert _runs(home, "spa evening evening party") == _runs(home, "spa evening party")
    assert _runs(home, "spa spa") is None
    assert _runs(home, "don't don't spa evening") is None


def test_a_word_as_near_the_opposite_and_beginning_it_is_no_mishearing() -> None:
    home = Resolver([PhraseEntry("shop alarm on", "Alarm"), PhraseEntry("lights off", "Off")])
    assert _runs(home, "shop alarm of") is None  # ("off" with a letter dropped)
    assert _runs(home, "shop shop alarm of") is None
    assert _runs(home, "shop alarm onn") == "Alarm"
    assert _runs(home, "lights of") == "Off"
