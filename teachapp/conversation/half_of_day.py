"""Which half of the day an hour said without "am" or "pm" is in: the one rule for a
routine's schedule and its run set for once.

"run movie night every friday at 8" was set for 08:00: a clock hour from 1 to 11 was
read as the 24-hour clock reads it. A person reads it by what else is said: "pm",
"evening", "tonight" (``time_words.HALF_OF_DAY_WORDS``) say it, and so does the
routine's own name ("Movie night", "Good morning", "Bedtime"), as a person hearing
"movie night at 8" thinks of the evening. A bare hour from 1 to 6 is the afternoon's,
for schedules, reminders and timers alike (``time_words.afternoon_hour``). When nothing
says which of 7 to 11, a schedule, which repeats and so has no "next 8 o'clock" to
take, asks "8 in the morning or in the evening?" and the next turn's "evening" (or
"pm", "in the morning", "8 pm") answers. A timer's or a reminder's bare 7 to 11 keeps
its own rule (the first of the two to come: ``timer_reading.moment_at``), which is what
a person means by "remind me at 8" said at 14:00; a run set once by a routine's name
reads the name as a schedule does.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import time

from ..triggers import Half, Trigger, half_named
from ..understanding.rephrase import request_kind
from .time_words import HALF_OF_DAY_WORDS, afternoon_hour

__all__ = ["Half", "clock_hour", "half_answered", "half_named", "half_question",
           "half_to_write", "hour_example", "hour_unplaced", "in_half", "placed"]

_HALF_SAID = re.compile(HALF_OF_DAY_WORDS)
_TWENTY_FOUR = re.compile(r"\b0\d(?:[:.]?\d\d)?\b|\b(?:1[3-9]|2[0-3])(?:[:.]\d\d)?\b")
"""An hour written on the 24-hour clock ("08:00", "0800", "20:30"): its half is said."""
_AM = re.compile(r"\b(?:am|a\.m\.?|morning|mornings|breakfast)\b|(?<=\d)a\.?m\b")
_PM = re.compile(r"\b(?:pm|p\.m\.?|afternoon|evening|evenings|night|tonight)\b|(?<=\d)p\.?m\b")


_LENGTH_SAID = re.compile(r"\b(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)\b")
"""A length of time ("in 10 minutes", "give it an hour", "after half an hour"): the
moment it gives is said whole, its hour no hour said."""


def hour_unplaced(hour: int, words: str) -> bool:
    """Whether ``hour`` (as read, 0-23) was said without its half of the day: 1 to 11
    and none of ``words`` (the time words, without the routine's name) says "am",
    "pm", a part of the day or a 24-hour clock time. 12 is noon, as said. An hour a
    length of time gives is none ("movie night in 10 minutes" said at 05:50 is 06:00,
    not 18:00)."""
    return 1 <= hour <= 11 and not _HALF_SAID.search(words) and not _TWENTY_FOUR.search(
        words) and not _LENGTH_SAID.search(words)


_CLOCK_ANSWER = re.compile(r"(?:at\s+)?(\d{1,2})(?:[:.]?(\d\d))?(?:\s+(?:please|then))?")
"""A time on the 24-hour clock given as the answer ("20:00", "at 08:00", "2030")."""


def half_answered(text: str, at: time | None = None) -> Half | None:
    """The half of the day an answer to :func:`half_question` gives ("evening", "in the
    evening", "pm", "8 pm", "morning", "the morning please"; with the time asked about,
    ``at``, the same time on the 24-hour clock: "20:00" or "08:00" to "8 in the
    morning or in the evening?", which was offered for teaching); None for any other
    words."""
    text = " ".join(text.lower().strip(" .!?").split())
    if len(text.split()) > 6 or request_kind(text) == "question":
        return None  # ("when does movie night run?" asked in passing: answered, the
        # question kept; "night" was read as the evening and set the schedule)
    clock = _CLOCK_ANSWER.fullmatch(text) if at is not None else None
    if clock is not None and at is not None:
        hour, minute = int(clock[1]), int(clock[2] or 0)
        if minute == at.minute and hour in (at.hour, at.hour + 12) and (
                hour >= 12 or clock[1].startswith("0")):
            return "pm" if hour >= 12 else "am"  # (a bare "8" or "8:00" says no half)
        return None
    am, pm = _AM.search(text), _PM.search(text)
    if bool(am) == bool(pm):
        return None
    return "am" if am else "pm"


def half_question(at: time) -> str:
    """"8 in the morning or in the evening?" (from 1 to 5: "… or in the afternoon?")."""
    hour = f"{at.hour}" + (f":{at.minute:02d}" if at.minute else "")
    later = "in the afternoon" if at.hour <= 5 else "in the evening"
    return f"{hour} in the morning or {later}?"


def hour_example(name: str) -> str:
    """An hour to give in an example schedule of routine ``name`` that sets it without a
    question: "7" when the name places it ("run wake up every day at 7"), else "7 pm"
    (the help said "run reading mode every day at 7", which asks which 7 is meant)."""
    return "7" if half_named(name) else "7 pm"


def half_to_write(at: time) -> str:
    """What a form that cannot ask says of an hour nothing places (the window's schedule
    field): "Is 8 in the morning or in the evening? Write "8 am" or "8 pm" (or 08:00 or
    20:00)."."""
    hour = f"{at.hour}" + (f":{at.minute:02d}" if at.minute else "")
    later = "in the afternoon" if at.hour <= 5 else "in the evening"
    return (f"Is {hour} in the morning or {later}? Write \"{hour} am\" or \"{hour} pm\" "
            f"(or {at:%H:%M} or {at.hour + 12}:{at.minute:02d}).")


def in_half(trigger: Trigger, half: Half) -> Trigger:
    """``trigger`` with its hour in ``half`` (an hour read as the morning's moved 12 hours
    on for "pm"; "am" leaves it)."""
    if half == "am":
        return trigger
    if trigger.kind == "time" and trigger.time is not None and trigger.time.hour < 12:
        return replace(trigger, time=trigger.time.replace(hour=trigger.time.hour + 12))
    if trigger.kind == "once" and trigger.at is not None and trigger.at.hour < 12:
        # 12 hours on by the wall clock: a night the clocks change keeps its hour
        return replace(trigger, at=trigger.at.replace(hour=trigger.at.hour + 12))
    return trigger


def clock_hour(trigger: Trigger) -> time | None:
    """The time of day ``trigger`` names by the clock (a repeating time's, a one-off's),
    or None (the sun's times)."""
    if trigger.kind == "time":
        return trigger.time
    return trigger.at.time() if trigger.kind == "once" and trigger.at is not None else None


def placed(trigger: Trigger, name: str, words: str) -> Trigger | None:
    """``trigger`` as routine ``name``'s schedule reads it (``words``: the time words
    said, without the routine's name): an hour said without its half of the day put in
    the half the name says ("movie night every friday at 8": 20:00); as it is when the
    words place it or a one-off's hour is read as any day's ("tomorrow at 8"); a bare
    hour from 1 to 6 nothing else places in the afternoon (``time_words.afternoon_hour``:
    "every day at 5" is 17:00, as a reminder's "at 5"); None when nothing places a
    repeating time's hour, which is then asked (:func:`half_question`),
    in chat, or said to be written so in a form that cannot ask."""
    at = clock_hour(trigger)
    if at is None or not hour_unplaced(at.hour, words):
        return trigger
    half = half_named(name)
    if half is not None:
        return in_half(trigger, half)
    if afternoon_hour(at, words) != at:  # ("every day at 5": 17:00, as a reminder's)
        return in_half(trigger, "pm")
    return None if trigger.kind == "time" else trigger


def morning_named(at: time, name: str, words: str) -> time:
    """``at`` put back in the morning when routine ``name`` is a morning's ("Good
    morning", "Wake up") and ``words`` said the hour without its half: "run wake up
    today at 8" said at 21:00 passed at 08:00, not at 20:00 (a bare hour today is read
    as the next to come: ``time_words``). Any other ``at`` as it is."""
    if at.hour > 12 and half_named(name) == "am" and hour_unplaced(at.hour - 12, words):
        return at.replace(hour=at.hour - 12)
    return at
