"""A routine named with a time and no word of how often: "movie night at sunset", "run
movie night sunset", "bath time at 7".

The words ask for the routine later, not now, but do not say whether once or every day,
so they are asked about ("Shall I run movie night every day at sunset?"; "yes" schedules
it as "run movie night at sunset" does). They were "Did you mean movie night?", and
"yes" ran it at once; with a verb and no "at" it ran at once unasked. Schedules said
with a word of repetition or a delay ("every friday", "in 10 minutes") are set at once
by ``schedule_talk``; this reads only what it leaves.

Pure: the words and a clock in, the reading out; which routine the words name is the
caller's (``find``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from ..errors import ScheduleError
from ..triggers import Trigger
from .time_words import NAMED_TIMES, SUN_TIMES, trigger_of

__all__ = ["NamedAtATime", "named_at_a_time"]

_VERB = re.compile(r"^(?:please\s+)?(?:(?:run|start|do|schedule)\s+)?")
_TIME_OPENS = re.compile(r"^(?:at|" + "|".join((*SUN_TIMES, *NAMED_TIMES))
                         + r"|\d{1,2}(?::\d{2})?(?:am|pm)|\d{1,2}:\d{2})$")
"""A word a time said after a routine can open with: "at", the sun's times and the times
of day said by name (``time_words``' one list of each), a clock time that could be no
routine's word ("9pm", "21:30"). A bare "9" is left alone."""
_CLOCK_WORD = re.compile(r"^\d{1,2}(?::\d{2})?$")
_AM_PM = frozenset({"am", "pm", "oclock", "o'clock"})


@dataclass(frozen=True)
class NamedAtATime:
    """The routine named and the time said after it."""

    routine: str
    """The routine's name (as the store has it)."""
    trigger: Trigger
    """What "yes" schedules: the time as "run <routine> <time>" reads it."""


def named_at_a_time(text: str, now: datetime, find: Callable[[str], str | None]
                    ) -> NamedAtATime | None:
    """The routine ``text`` names followed by a time, or None. ``find`` gives the routine
    words name (None for none); the longest words that name one are taken first. ``now``
    (aware, the home's zone) reads "at 7 tonight"."""
    norm = " ".join(text.lower().strip().rstrip("?.!").replace(",", " ").split())
    words = _VERB.sub("", norm).split()
    for cut in range(len(words) - 1, 0, -1):
        word, after = words[cut], words[cut + 1] if cut + 1 < len(words) else ""
        if not (_TIME_OPENS.match(word) or (_CLOCK_WORD.match(word) and after in _AM_PM)):
            continue
        when = " ".join(words[cut:])
        try:
            trigger = trigger_of(when if word == "at" else f"at {when}", now)
        except ScheduleError:
            continue  # "movie night at home": no time
        if trigger is None:
            continue
        name = find(" ".join(words[:cut]))
        if name is not None:
            return NamedAtATime(name, trigger)
    return None
