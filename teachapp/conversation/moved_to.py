"""Moving what was just set: "make it 10 minutes", "actually make that half an hour",
"change that to 10 minutes", "make it 7 instead", said right after a timer, a reminder
or a routine's one-off run was set. One reading of the new time for the timers
(``TimerTalk``) and the one-off runs (``ScheduleTalk``); each moves its own, on the turn
after it was set or past questions only answered since (``quiet_since``). Before, such
a turn was "I don't know "make it 10 minutes". Shall I learn it?"."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from ..errors import ScheduleError
from ..schedule import Place
from .time_words import REPEATED, delay_said, number, trigger_said
from .timer_reading import TIME_WORDS, moment_at

__all__ = ["moved_to"]

_MOVE = re.compile(
    r"^(?:(?:no|oh|ok|okay|actually|wait|sorry|um|hmm|in\s+fact)[, ]+)*(?:(?:can|could|will|"
    r"would)\s+you\s+|please\s+)?(?:make|change|move|set|push|put|switch)\s+(?:it|that|this|"
    r"the\s+(?:timer|reminder|alarm|run))(?:\s+(?:to|for|till|until|back\s+to))?\s+"
    r"(?P<when>.+?)(?:\s+instead)?(?:\s+please)?$")
"""The change of time itself: the words of the new time are ``when``."""
_BARE_HOUR = re.compile(r"(?:at\s+)?(?P<hour>\d{1,2}|[a-z]+)(?::\d\d)?(?:\s+o'?clock)?")
"""A time of day that does not say its half of the day: "7", "seven", "at 7:30"."""
_UNIT = re.compile(r"\b(?:\d+|[a-z]+)\s+(?P<unit>seconds?|secs?|minutes?|mins?|hours?|hrs?)\b")
"""The unit of the delay a thing was set with ("in 5 minutes"): a bare "10" is 10 of it."""


def moved_to(text: str, said_before: str, before: datetime, now: datetime,
             place: Place) -> datetime | None:
    """The moment ``text`` moves what was set with the words ``said_before`` for the
    moment ``before`` to, or None when ``text`` is no such change. A length ("10
    minutes", "half an hour") is from now; a time of day ("7 pm", "at 7:30", "tomorrow
    at 8") its next coming, a bare hour ("make it 7") in the half of the day of
    ``before`` (after "at 5 pm", 19:00); a bare number after a thing set with a delay is
    that many of its unit ("in 5 minutes", "make it 10")."""
    cleaned = " ".join(text.lower().strip().rstrip("?.!").replace(",", " , ").split())
    found = _MOVE.match(cleaned.replace(" ,", ","))
    if found is None:
        return None
    when = found.group("when").strip(" ,")
    seconds = delay_said(when)
    unit = _UNIT.search(said_before.lower())
    if seconds is None and number(when) is not None and unit is not None \
            and not re.search(r"\bat\b", said_before.lower()):
        seconds = delay_said(f"{when} {unit.group('unit')}")
    if seconds:
        return now + timedelta(seconds=seconds)
    hour = _BARE_HOUR.fullmatch(when)
    if hour is not None and number(hour.group("hour")) is not None:
        when = f"{when} {'pm' if before.astimezone(now.tzinfo).hour >= 12 else 'am'}"
    said = when if when.split()[0] in TIME_WORDS else f"at {when}"
    try:
        trigger = trigger_said(said, now)
        if trigger is None or trigger.kind not in ("once", "time") or REPEATED.search(said):
            return None
        return moment_at(trigger, said, now, place)
    except ScheduleError:
        return None
