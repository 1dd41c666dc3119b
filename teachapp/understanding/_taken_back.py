"""The readers that take back a request that would run, and why: one table, read in order.

A request the scorer would run may still ask for nothing, by what is said around the
phrase: an echo complained of, a piece that points back at it, the request named in a
frame, the speaker's own act offered. Each row of :data:`READERS` is one such reader: a
cue, what the lower-cased text must hold for the reader to find anything (a question mark,
a pause, an -ing form, a "you"); the reader, which reads the one :class:`RunRead` of the
utterance; the reason it rejects the run with; and, for a cue that scans the text for many
words, its :class:`_trigger.Trigger`, met against the utterance's words found once, so the
scan is made only when one of them is there. Most requests hold no row's cue and are
read no further: the read is made only when a cue is heard. A new reader of this kind is
one row.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from teachapp.understanding import (
    _apposed,
    _echo_paused,
    _mentioned_text,
    _named_after_noun,
    _planned,
    _pointed_back_unmarked,
    _said_as_name,
    _split_phrase,
    _sung,
    _words_of_others,
)
from teachapp.understanding._apposed import apposed, heard_quoted
from teachapp.understanding._echo_paused import echo_paused, heard_echo_paused
from teachapp.understanding._echoed import echo_complaint
from teachapp.understanding._mentioned import heard_asking, mentioned
from teachapp.understanding._mentioned_text import heard_text_frame, mentioned_text
from teachapp.understanding._named_after_noun import heard_naming, named_after_noun
from teachapp.understanding._offered import heard_offering, offered
from teachapp.understanding._pointed_back import heard_pause, pointed_back
from teachapp.understanding._pointed_back_unmarked import heard_unmarked, pointed_back_unmarked
from teachapp.understanding._run_read import RunRead
from teachapp.understanding._said_as_name import heard_name_frame, said_as_name
from teachapp.understanding._something_else import heard_else, something_else
from teachapp.understanding._split_phrase import heard_joined, split_phrase
from teachapp.understanding._time_apart import heard_time_apart, time_apart
from teachapp.understanding._trigger import Trigger, TriggerTable, runs_of
from teachapp.understanding._words_of_others import heard_words_of_others, words_of_others
from teachapp.understanding.normalize import Lexicon

__all__ = ["READERS", "Row", "taken_back"]


class Row(NamedTuple):
    """One reader that may take a run back."""

    cue: Callable[[str], bool]
    """Whether the lower-cased text holds what the reader needs (else it is not asked)."""
    reader: Callable[[RunRead], bool | str | None]
    """True (or a reason of its own, a string) when the request is taken back."""
    reason: str
    """The reason a run taken back by this reader is rejected with."""
    trigger: Trigger | None = None
    """What the text must hold for the cue to be heard at all (:mod:`_trigger`): when the
    utterance's words do not meet it, the cue is not asked (a cheaper test, never a
    different answer); None: the cue is always asked."""


def _questioned(low: str) -> bool:
    return "?" in low


def _echoed(read: RunRead) -> bool:
    """:func:`_echoed.echo_complaint`: "tv time again? you're joking" (any run, named
    phrase or not)."""
    return echo_complaint(read.text, read.lexicon)


_SUNG_OR_PLANNED = re.compile(f"{_sung.CUE.pattern}|{_planned.CUE.pattern}")


def _sung_or_planned_heard(low: str) -> bool:
    return _SUNG_OR_PLANNED.search(low) is not None


def _sung_or_planned(read: RunRead) -> bool:
    """:func:`_sung.sung` or :func:`_planned.planned`."""
    return _sung.sung(read) or _planned.planned(read)


READERS: tuple[Row, ...] = (
    Row(_questioned, _echoed, "opinion"),
    # (a piece after the phrase that points back at it: "feed the cat, she's been fed",
    # "bath time, the kids hate it"; "lights off, or not?" gives its own, "question")
    Row(heard_pause, pointed_back, "opinion"),
    # (the same with no pause marked: "security on it's on already", "tv time again really")
    Row(heard_unmarked, pointed_back_unmarked, "opinion", _pointed_back_unmarked.TRIGGER),
    # (the echo with its question mark heard as a pause: "tv time again, seriously")
    Row(heard_echo_paused, echo_paused, "opinion", _echo_paused.TRIGGER),
    # (the request named in a frame: "picture me asking you to ...")
    Row(heard_asking, mentioned, "hypothetical"),
    # (the phrase said as text: captioned, read out, guessed: "what a caption, relax mode")
    Row(heard_text_frame, mentioned_text, "hypothetical", _mentioned_text.TRIGGER),
    # (the phrase as the name of a thing spoken of: "after that yoga pose bath time",
    # "what a daft name for a shop, bath time")
    Row(heard_name_frame, said_as_name, "hypothetical", _said_as_name.TRIGGER),
    # (the phrase as the name a noun phrase's thing is given: "a boat named game night")
    Row(heard_naming, named_after_noun, "hypothetical", _named_after_noun.TRIGGER),
    # (the phrase as what someone else said or is learning: "the baby monitor picked up
    # him sleep talking, focus mode", "my exchange partner is learning gym time")
    Row(heard_words_of_others, words_of_others, "reported", _words_of_others.TRIGGER),
    # (the phrase in apposition to a noun of quoted words: "the kids copy the school
    # caretaker's saying, close the blinds", :mod:`_apposed`)
    Row(heard_quoted, apposed, "reported", _apposed.TRIGGER),
    # (the speaker's own act offered to a listener: "shall i lock up for you?")
    Row(heard_offering, offered, "different_request"),
    # (another thing, unnamed, asked for after the phrase: "cool breeze, er, something else")
    Row(heard_else, something_else, "different_request"),
    # (the phrase sung, "la la la, cool the house, that's the chorus", or an item of later
    # work, "jobs for next week, dog walk, then the hedges": one scan for both cues)
    Row(_sung_or_planned_heard, _sung_or_planned, "hypothetical",
        _sung.TRIGGER | _planned.TRIGGER),
    # (the phrase's words coordinated or in sequence, not said as its name: "trade places,
    # spa and evening", "kids then bedtime, or the other way")
    Row(heard_joined, split_phrase, "word_order", _split_phrase.TRIGGER),
    # (a time said apart, the request's own adjunct: "shower time, at midnight", for later
    # or asked of its time, never now: :mod:`_time_apart`)
    Row(heard_time_apart, time_apart, "conditional"),
)
"""The readers, in the order they are asked."""

_TRIGGERS = TriggerTable(tuple(row.trigger for row in READERS))
"""The triggers of :data:`READERS`, met in one pass over an utterance's runs."""


def taken_back(text: str, lexicon: Lexicon, phrase: str, taught: Callable[[str], bool],
               readers: tuple[Row, ...] = READERS) -> str | None:
    """Why a request ``text`` that would run ``phrase`` ("" when none is named) asks for
    nothing: the reason of the first of ``readers`` that takes it back, or None when none
    does. ``taught``: whether a word is one the phrases teach."""
    low = text.lower()
    read = None
    for cue, reader, reason, _ in _asked(readers, runs_of(low)):
        if cue(low):
            if read is None:
                read = RunRead(text, lexicon, phrase, taught, low)
            found = reader(read)
            if found:
                return found if isinstance(found, str) else reason
    return None


_ASKED: dict[int, tuple[Row, ...]] = {}
"""The rows of :data:`READERS` asked, by the bits of the triggers an utterance meets: a few
sets of bits come again and again, so an utterance goes through the rows it may fire,
not through every row to test its bit."""


def _asked(readers: tuple[Row, ...], runs: frozenset[str]) -> tuple[Row, ...]:
    """The rows of ``readers`` whose trigger the runs ``runs`` meet, or that have none, in
    order (every trigger met at once: :class:`TriggerTable`)."""
    if readers is not READERS:
        met = TriggerTable(tuple(row.trigger for row in readers)).mask(runs)
        return tuple(row for i, row in enumerate(readers) if met >> i & 1)
    met = _TRIGGERS.mask(runs)
    rows = _ASKED.get(met)
    if rows is None:
        rows = _ASKED[met] = tuple(row for i, row in enumerate(READERS) if met >> i & 1)
    return rows
