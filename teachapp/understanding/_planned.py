"""A phrase listed among things to do at a later time: planned, not asked for now.

A request is for now; a list headed by a later time names work to be done then ("jobs for
next week, dog walk, then the hedges"). The header is a noun of things to do with a
future time adverbial (Quirk et al. 1985, 8.53-8.57, on time-position adjuncts); the
list after the phrase is the sign that the phrase is one of its items. Two shapes, read
by closed classes, not by any list's words:

- **headed list**: in the phrase's own sentence, before it, a noun of work to be done
  ("jobs", "chores", "tasks", "errands", "to do", "list", "agenda", "plans") and a time
  after the present ("tomorrow", "later", "next ...", "the weekend", a day's name);
- **timed list**: the phrase's sentence opened by such a time alone ("next week, ...",
  "tomorrow: ...") and the phrase followed by "then" and more: the sequence of a plan.

Left alone: a later time said as a reason beside a request ("holiday mode, we're away
next week"), a list with no later time ("jobs for you: feed the cat, then lights off"
asks for both now), a time alone with no list after ("tomorrow's a big day, bedtime"),
and a taught phrase's own words ("chores list", "weekend mode").
"""

from __future__ import annotations

import re

from teachapp.understanding._run_read import RunRead
from teachapp.understanding._trigger import Trigger
from teachapp.understanding._words import stem

__all__ = ["CUE", "TRIGGER", "heard_later_list", "planned"]

WORK_NOUNS = frozenset({"job", "chore", "task", "errand", "todo", "list", "agenda", "plan"})
"""Nouns of work to be done, and of the list it is written on, as stems."""
LATER = frozenset({"tomorrow", "later", "weekend", "monday", "tuesday", "wednesday",
                   "thursday", "friday", "saturday", "sunday"})
"""Deictic and calendar times after the present (with "next ..." and "to do", read
apart)."""
TIME_NOUNS = frozenset({"week", "month", "year", "time", "weekend", "morning", "day",
                        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                        "sunday", "fortnight", "spring", "summer", "autumn", "winter"})
"""What "next" names when it says a later time ("next week", "next time")."""
_TIME_FRAME = frozenset({"for", "on", "at", "by", "the", "this", "then", "so", "and"})
"""Prepositions, articles and linkers a time adverbial said alone may hold."""

CUE = re.compile(r"next\b|tomorrow|later\b|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day")
"""The later times' words in one scan, led by letters."""
TRIGGER = Trigger(ends=("next", "later"),
                  pieces=("tomorrow", "weekend", "monday", "tuesday", "wednesday", "thursday",
                           "friday", "saturday", "sunday"))
"""What :data:`CUE` needs (:mod:`_trigger`): a run ending "next" or "later", or a later
time's word anywhere."""


def heard_later_list(low: str) -> bool:
    """Whether the lower-cased text names a later time, without which :func:`planned`
    finds nothing: most requests."""
    return CUE.search(low) is not None




def _later(frame: list[str], k: int) -> bool:
    word = frame[k]
    if word in LATER:
        return True
    return word == "next" and k + 1 < len(frame) and frame[k + 1] in TIME_NOUNS


def _listed_after(read: RunRead) -> bool:
    """"then" after the phrase's last content word, and a word after it."""
    function = read.lexicon.function_words
    own = {s for t, s in zip(read.phrase_words, read.phrase_stems, strict=True)
           if t not in function}
    heard = [k for k, t in enumerate(read.words) if stem(t) in own]
    if not heard:
        return False
    rest = read.words[heard[-1] + 1:]
    return "then" in rest[:-1]


_SHAPE = re.compile(r"job|chore|task|errand|todo|to do|list|agenda|plan|then")
"""A work noun or "then": one of them is in every shape, so a later time said without
(most, "remind me tomorrow") is passed over before the words are read."""


def planned(read: RunRead) -> bool:
    """Whether the phrase is an item of a list of later work (see the module docstring)."""
    if not read.phrase or _SHAPE.search(read.lower) is None:
        return False
    frame = read.frame
    if not frame:
        return False
    later = [k for k in range(len(frame)) if _later(frame, k) and not read.own(frame[k])]
    if not later:
        return False
    to_do = any(frame[k:k + 2] == ["to", "do"] for k in range(len(frame) - 1))
    if to_do or any(stem(w) in WORK_NOUNS and not read.own(w) for w in frame):
        return True
    timed = {k for k in later} | {k + 1 for k in later if frame[k] == "next"}
    alone = all(k in timed or w in _TIME_FRAME for k, w in enumerate(frame))
    return alone and _listed_after(read)
