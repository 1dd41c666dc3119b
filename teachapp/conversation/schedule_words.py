"""Moments as replies say them ("at 22:30", "tomorrow at 07:00", " (in 9 minutes)") and
the clock asked ("what time is it?"): one wording for schedules, timers and waits."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from ..domain import counted
from ..schedule import kept_moment, run_said, skipped_said
from .time_words import SMALL_HOURS_END, part_of_day_said

__all__ = ["SOON", "clock_reply", "duration_words", "set_for_later", "time_left", "when_words"]

TAKE_BACK = "Say \"cancel that\" if you change your mind."
"""How a timer or a routine's one-off run just set is taken back (``set_for_later``)."""


_CLOCK = re.compile(
    r"^(?:(?:hey|ok|okay|so|um|uh|please|can you tell me|could you tell me|do you know|"
    r"tell me)\s+)*(?:what(?:'?s| is) the (?P<asked>time|date|day)(?: (?:now|today|it is))?|"
    r"what (?P<asked2>time|day) is it(?: now| today)?|(?:what|which) (?P<asked3>day) is today|"
    r"what(?:'?s| is) (?P<asked4>today'?s date|the date today|today)|"
    r"what (?P<asked5>time|day) it is|"
    r"(?:can|could) you tell me the (?P<asked6>time|date)|do you know the (?P<asked7>time|date)"
    r")(?:\s+(?:please|now|today))*[?.!]*$", re.IGNORECASE)


def clock_reply(text: str, now: datetime) -> str | None:
    """"what time is it?" -> "It's 21:05."; "what day is it?" -> "It's Monday 30
    November."; None for anything else. ``now`` is in the home's time zone."""
    match = _CLOCK.match(" ".join(text.split()))
    if match is None:
        return None
    asked = next(v for v in match.groupdict().values() if v).casefold()
    if asked == "time":
        return f"It's {now:%H:%M}."
    return f"It's {now:%A} {now.day} {now:%B}."


SOON = timedelta(hours=3)
"""A timer due within this long is also said with the time left ("(in 9 minutes)")."""


def time_left(at: float | datetime, now: datetime) -> str:
    """" (in 9 minutes)" for a moment due within :data:`SOON`, else nothing. (Counted
    in real seconds: two times in one zone subtract as wall times, so "in 20 minutes" at
    01:50 the night the clocks go forward said "at 03:10 (in 1 hour 20 minutes)".)"""
    moment = at if isinstance(at, datetime) else datetime.fromtimestamp(at, UTC)
    left = timedelta(seconds=moment.timestamp() - now.timestamp())
    return f" (in {duration_words(left)})" if timedelta(0) < left <= SOON else ""


def duration_words(delta: timedelta) -> str:
    """"45 seconds", "9 minutes", "1 hour 5 minutes": a stretch of time as said."""
    if delta.total_seconds() < 59.5:
        seconds = max(1, round(delta.total_seconds()))
        return counted(seconds, "second")
    minutes = round(delta.total_seconds() / 60)
    hours, minutes = divmod(minutes, 60)
    parts = ([counted(hours, "hour")] if hours else []) + (
        [counted(minutes, "minute")] if minutes or not hours else [])
    return " ".join(parts)


def when_words(at: float | datetime, now: datetime) -> str:
    """A moment as said in a reply, in ``now``'s zone: "at 22:30", "tomorrow at 07:00",
    "on Thu 3 Dec at 07:00"."""
    moment = (at if isinstance(at, datetime) else datetime.fromtimestamp(at, UTC)
              ).astimezone(UTC).astimezone(now.tzinfo)  # (a time the clocks skip: kept)
    days = (moment.date() - now.date()).days
    if days == 0 and now.hour < SMALL_HOURS_END <= moment.hour < 12:
        return f"at {moment:%H:%M} this morning"  # (said at 00:30: "today" is unclear)
    if days == 0:
        return f"at {moment:%H:%M}"
    if days == 1 and moment.hour < SMALL_HOURS_END <= now.hour:
        return f"at {moment:%H:%M} tonight"  # (said at 21:00: "tomorrow" reads as a day on)
    if days == 1:
        return f"tomorrow at {moment:%H:%M}"
    return f"on {run_said(moment)}"


def set_for_later(what: str, moment: datetime, now: datetime, said: str = "", *,
                  instead: bool = False) -> str:
    """What setting something for later says, a timer ("I'll turn off TV") or a
    routine's one-off run ("Movie night will run once") alike: "… at 20:14 (in 10
    minutes). Say "cancel that" if you change your mind." The brackets also name the
    hour a part of the day in ``said`` stood for ("in the morning" is 07:00 …). Moved
    to another time (``instead``): "OK, I'll turn off TV at 20:24 (in 10 minutes)
    instead.", with no "cancel that" again. A time said that the clocks skip (02:30 the
    night they go forward) is set for when it is kept, and said so: "… tomorrow at 03:30
    (the clocks go forward that night, so 02:30 is 03:30)" (it said "at 02:30 tonight"
    while the timer was set for 03:30)."""
    skipped = skipped_said(moment)
    moment = kept_moment(moment)
    left = time_left(moment, now).strip(" ()")
    part = part_of_day_said(said) if said else None
    took = f"\"{part[0]}\" is {part[1]:%H:%M} unless you say a time" if part else ""
    aside = "; ".join(w for w in (left, took, skipped) if w)
    at = f"{when_words(moment, now)}{f' ({aside})' if aside else ''}"
    return f"OK, {what} {at} instead." if instead else \
        f"{what} {at}. {TAKE_BACK}"
