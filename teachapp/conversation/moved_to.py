"""Moving what was just set: "make it 10 minutes", "actually make that half an hour",
"change that to 10 minutes", "make it 7 instead", said right after a timer, a reminder
or a routine's one-off run was set. One reading of the new time for the timers
(``TimerTalk``) and the one-off runs (``ScheduleTalk``); each moves its own, on the turn
after it was set or past questions only answered since (``quiet_since``). Before, such
a turn was "I don't know "make it 10 minutes". Shall I learn it?"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from ..errors import ScheduleError
from ..schedule import Place, kept_moment
from .time_words import REPEATED, delay_said, later, number, trigger_said
from .timer_reading import TIME_WORDS, moment_at

__all__ = ["Added", "added_to", "moved_time", "moved_to", "time_of_day"]

_FILLERS = re.compile(r"^(?:(?:no|oh|ok|okay|actually|wait|sorry|um|hmm|in\s+fact)[, ]+)*"
                      r"(?:(?:can|could|will|would)\s+you\s+|please\s+)?")
"""What may come before a change of time or of length: "actually", "could you"."""
_MOVE = re.compile(
    _FILLERS.pattern + r"(?:make|change|move|set|push|put|switch)\s+(?:it|that|this|"
    r"(?:the|my)\s+(?:timer|reminder|alarm|run))(?:\s+(?:to|for|till|until|back\s+to))?\s+"
    r"(?P<when>.+?)(?:\s+instead)?(?:\s+please)?$")
"""The change of time itself: the words of the new time are ``when``."""
_BARE_HOUR = re.compile(r"(?:at\s+)?(?P<hour>\d{1,2}|[a-z]+)(?::\d\d)?(?:\s+o'?clock)?")
"""A time of day that does not say its half of the day: "7", "seven", "at 7:30"."""
_UNIT = re.compile(r"\b(?:\d+|[a-z]+)\s+(?P<unit>seconds?|secs?|minutes?|mins?|hours?|hrs?)\b")
"""The unit of the delay a thing was set with ("in 5 minutes"): a bare "10" is 10 of it."""


_ADD_VERB = re.compile(r"^(?:(?P<add>add|put|plus)|(?P<give>give|make)\s+(?:it|that|this|me|"
                       r"(?:the|my)\s+timer)|(?P<by>extend|lengthen)\s+(?:it|that|this|(?:the|my)\s+"
                       r"(?P<by_noun>.+?))\s+by)\s+")
_MORE = re.compile(r"\b(?:an?\s+extra|another|more|extra)\b")
_TARGET = re.compile(r"\s+(?:(?:on)?to|on|for)\s+(?P<target>it|that|this|(?:the|my)\s+.+?)"
                     r"(?:\s+on)?$|\s+on$")


@dataclass(frozen=True)
class Added:
    """Time added to what was set: "add 5 minutes", "5 more minutes", "give it another 5
    minutes", "add five minutes to the pasta timer"."""

    seconds: int
    target: str = ""
    """The timer named ("pasta timer", "reminder"); "" for "it", "that", "the timer"."""


def added_to(text: str) -> Added | None:
    """The time ``text`` adds to a timer (or a one-off run), or None when it adds none:
    a verb of adding ("add", "put … on", "extend it by") or a word of more ("5 more
    minutes", "another 5 minutes") with a length."""
    cleaned = " ".join(text.lower().strip().rstrip("?.!").replace(",", " ").split())
    cleaned = re.sub(r"\s+(?:please|instead)$", "", _FILLERS.sub("", cleaned))
    verb = _ADD_VERB.match(cleaned)
    rest = cleaned[verb.end():] if verb else cleaned
    target = ""
    aimed = _TARGET.search(rest)
    if aimed is not None:
        rest, target = rest[:aimed.start()], aimed.group("target") or ""
    if verb is not None and verb.group("by_noun"):
        target = verb.group("by_noun")
    more = _MORE.search(rest)
    if more is None and (verb is None or verb.group("give")):
        return None  # ("give it an hour then ...", "5 minutes": no more said)
    seconds = delay_said(" ".join(_MORE.sub(" ", rest).split()))
    if not seconds:
        return None
    target = re.sub(r"^(?:the|my)\s+", "", target)
    return Added(seconds, "" if target in ("it", "that", "this", "timer") else target)


def moved_to(text: str, said_before: str, before: datetime, now: datetime,
             place: Place) -> datetime | None:
    """The moment ``text`` moves what was set with the words ``said_before`` for the
    moment ``before`` to, or None when ``text`` is no such change. Time added ("add 5
    minutes", "5 more minutes": ``added_to``) is added to ``before``; a length ("10
    minutes", "half an hour") is from now; a time of day ("7 pm", "at 7:30", "tomorrow
    at 8") its next coming, a bare hour ("make it 7") in the half of the day of
    ``before`` (after "at 5 pm", 19:00); a bare number after a thing set with a delay is
    that many of its unit ("in 5 minutes", "make it 10")."""
    added = added_to(text)
    if added is not None:
        return before + timedelta(seconds=added.seconds)
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
        return later(now, seconds)
    hour = _BARE_HOUR.fullmatch(when)
    if hour is not None and number(hour.group("hour")) is not None:
        when = f"{when} {'pm' if before.astimezone(now.tzinfo).hour >= 12 else 'am'}"
    said = when if when.split()[0] in TIME_WORDS else f"at {when}"
    try:
        trigger = trigger_said(said, now)
        if trigger is None or trigger.kind not in ("once", "time") or REPEATED.search(said):
            return None
        if trigger.kind == "time" and trigger.time is not None and len(trigger.days) == 7:
            # a time of day alone stays on the day of what it moves: tomorrow's 06:30
            # alarm made 7:15 is tomorrow's 07:15 (it was today's, in 15 minutes)
            day = before.astimezone(place.zone).date()
            same_day = datetime.combine(day, trigger.time, tzinfo=place.zone)
            if kept_moment(same_day) > now:
                return same_day  # (as said: the caller keeps it, and says a skipped hour)
        return moment_at(trigger, said, now, place)
    except ScheduleError:
        return None


def time_of_day(when: str, before: time, now: datetime) -> time | None:
    """The time of day the words ``when`` say ("7:30", "at 10 pm", "half past seven"),
    a bare hour in the half of the day of ``before`` ("10" of a 22:30 bedtime is 22:00);
    None when they say a length, a day, a repetition or no time at all ("30 percent")."""
    when = when.strip(" ,")
    if not when or delay_said(when) or REPEATED.search(when):
        return None
    hour = _BARE_HOUR.fullmatch(when)
    if hour is not None and number(hour.group("hour")) is not None:
        when = f"{when} {'pm' if before.hour >= 12 else 'am'}"
    said = when if when.split()[0] in TIME_WORDS else f"at {when}"
    try:
        trigger = trigger_said(said, now)
    except ScheduleError:
        return None
    if trigger is None or trigger.kind != "time" or trigger.time is None \
            or len(trigger.days) != 7:
        return None
    return trigger.time


def moved_time(text: str, before: time, now: datetime) -> time | None:
    """The time of day ``text`` moves a repeating schedule at ``before`` to ("make it
    7:30", "change that to 8 instead", said right after "run wake up every day at 7"),
    or None when ``text`` is no such change. A length or time added ("make it 20
    minutes", "add 5 minutes") moves no repeating run: None."""
    if added_to(text) is not None:
        return None
    cleaned = " ".join(text.lower().strip().rstrip("?.!").replace(",", " , ").split())
    found = _MOVE.match(cleaned.replace(" ,", ","))
    return None if found is None else time_of_day(found.group("when"), before, now)
