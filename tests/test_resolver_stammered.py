"""A word said twice in a row (issue 14): a recogniser repeats a word, a speaker stammers
one, without a pause ("hob hob fan on", "shut the the garage door", "snug snug lamp on,
the soup's boiling over"); the utterance runs as it would said once, beside an aside
too, and is refused as it would be said once: a cue over it ("don't don't ..."), a
question, a story, another request. A word said three times, or again after a pause, is
no stammer; a word said twice that is no word of the phrase a misheard reading runs by is
the start of another request, not a copy."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding._stammered import copies_heard_in, stammered, unstammered
from teachapp.understanding.normalize import default_lexicon
from teachapp.understanding.resolver import Resolver

FUNCTION = default_lexicon().function_words

resolver = taught_resolver(
    ("hob fan on", "Hob fan"), ("shut the garage door", "Garage"), ("snug lamp on", "Snug"),
    ("tea time", "Tea"), ("porch light off", "Porch"), ("ring marguerite", "Marguerite"),
    ("lights off", "Off"), ("lights on", "On"), ("dog walk", "Dog"), ("bath time", "Bath"),
    ("quiet mode", "Quiet"), ("snug lights off", "Snug off"), ("lock the shed", "Shed"))


@pytest.mark.parametrize(("text", "routine"), [
    ("hob hob fan on", "Hob fan"),
    ("shut the the garage door", "Garage"),
    ("snug lamp lamp on", "Snug"),
    ("ring ring marguerite", "Marguerite"),
    # misheard too: the copy is the misheard word, or a piece of a word split
    ("hobb hobb fan on", "Hob fan"),
    ("snu snu glamp on", "Snug"),
    # beside an aside, read by the readers of asides as said once (these four are
    # refused when the copy is read as a word of its own)
    ("snug snug lamp on, quick sticks", "Snug"),
    ("lights lights off, swiftly", "Off"),
    ("ring ring marguerite, quick sticks", "Marguerite"),
    ("bath bath time, quick sticks", "Bath"),
    ("snug snug lamp on, the soup's boiling over", "Snug"),
    ("porch porch light off, i'm knackered", "Porch"),
])
def test_a_word_said_twice_in_a_row_runs_as_said_once(resolver: Resolver, text: str,
                                                      routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "don't don't shut the garage door",  # a cue over it stays
    "did you shut the the garage door?",
    "we shut the the garage door yesterday",
    "is the the snug lamp on",
    "don't don't lights off, swiftly",
    "did you do lights lights off, swiftly",
    "hob hob fan on and the telly",  # another request beside it
    "snug snug snug lamp on",  # three times: no stammer
])
def test_a_word_said_twice_is_refused_as_it_would_be_said_once(resolver: Resolver,
                                                               text: str) -> None:
    assert runs(resolver, text) is None


def test_said_once_reads_a_copy_once_and_keeps_what_is_no_stammer() -> None:
    assert unstammered("Bath bath time, the kids are filthy") == "Bath time, the kids are filthy"
    assert unstammered("lock the the workshop") == "lock the workshop"
    assert unstammered("kettle kettle kettle on") == "kettle kettle kettle on"
    assert unstammered("lights off? off?") == "lights off? off?"  # (a pause: said again)
    assert unstammered("wake me at 10 10") == "wake me at 10 10"  # (two numbers, maybe)
    assert stammered("kwame's kwame's football at at eight") == ["kwame's", "at"]


def test_a_copy_is_a_word_of_the_phrase_heard_with_errors() -> None:
    assert copies_heard_in("landing nikht nikht light", ("landing", "night", "light"), FUNCTION)
    assert copies_heard_in("shutte shutte rs", ("shutters",), FUNCTION)  # (split)
    assert copies_heard_in("bingo at the pieron pieron", ("bingo", "at", "the", "pier", "on"),
                           FUNCTION)
    assert copies_heard_in("gail gail warning", ("gale", "warning"), FUNCTION)  # (its sound key)
    assert copies_heard_in("zoom zoom, shop sign on", ("shop", "sign", "on"), FUNCTION)  # (an aside)
    assert copies_heard_in("lamp on on and, zoom zoom", ("lamp", "on"), FUNCTION)
    assert not copies_heard_in("tea tea tim", ("tide", "time"), FUNCTION)
    assert not copies_heard_in("tea tea tim, zoom zoom", ("tide", "time"), FUNCTION)
    # (said again before a word of another request)
    assert not copies_heard_in("spa evening evening party", ("spa", "evening"), FUNCTION)
