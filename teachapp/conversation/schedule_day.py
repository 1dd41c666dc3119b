"""Whether anything is scheduled, and what runs on a day or over several: "is anything
scheduled?", "any schedules?", "what's scheduled for tomorrow?", "what runs tonight?",
"what is scheduled this week?", "what runs this weekend?".

A new user's first questions about schedules: they were "I can't answer ..." (or offered
for teaching) while "what's scheduled?" listed them. Asked without a day, the one list
answers (``ScheduleTalk``); asked of today or tomorrow, that day's runs still to come,
skipped runs left out, and the timers due that day; asked of a week or a weekend, so
day by day, the days with nothing named in one line after.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from ..domain import sentence_start, spoken_list
from ..schedule import Place, day_said, runs_on
from ..triggers import DAY_NAMES
from .reminders import listed_as
from .time_words import SMALL_HOURS_END

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["asks_if_scheduled", "days_answer", "days_asked", "night_asked"]

_ANYTHING = (r"(?:(?:is|are)\s+there\s+|is\s+|do\s+(?:i|we)\s+have\s+|have\s+(?:i|we)\s+got\s+)?"
             r"(?:(?:anything|something)\s+(?:scheduled|planned|on\s+the\s+schedule|set\s+to\s+"
             r"run|due\s+to\s+run)|any\s+schedules?(?:\s+(?:set|planned))?)")
_ASKS = re.compile(
    r"^(?:(?:so|and|ok|okay|um|hey)\s+)*(?:" + _ANYTHING + r"|(?P<on>(?:is\s+there\s+)?"
    r"(?:anything|something)\s+on|what(?:'?s|\s+is)\s+on)\b|what(?:'?s|\s+is)\s+(?:scheduled|"
    r"planned|on\s+the\s+schedule)|what\s+(?:runs|will\s+run|is\s+going\s+to\s+run|happens|"
    r"will\s+happen|is\s+going\s+to\s+happen|"
    r"routines?\s+(?:run|will\s+run))|what\s+have\s+(?:i|we)\s+(?:got\s+)?scheduled)"
    r"(?:\s+(?:for\s+|on\s+|over\s+)?(?P<day>(?P<span>(?:this|the(?:\s+rest\s+of\s+the)?|"
    r"next)\s+week|(?:this|the|next)\s+weekend)|today|tonight|tomorrow|this\s+(?:morning|afternoon|"
    r"evening)|tomorrow\s+(?:morning|afternoon|evening|night)|(?P<which>next\s+|this\s+"
    r"(?:coming\s+)?|coming\s+)?(?P<weekday>(?:mon|tues|wednes|thurs|fri|satur|sun)day)))?"
    r"(?:\s+please)?\??$")
"""The question, and the day it asks of (none: every schedule). "what runs" and "what
will happen" need a day: alone they may ask what a routine does ("what will happen
tonight" was "I can't answer"). A day of the week is the coming one ("for
monday"; today's when it is that day, a week on when "next" is said on it); "this week"
is today to Sunday, "next week" Monday to Sunday after it, "this weekend" the coming
Saturday and Sunday (or what is left of them), "next weekend" the weekend of next week,
as "next week" reads (the answer names the dates, so a person who meant the coming one
hears it). "what's on" and "anything on" ask of the schedule only with a day said
("what's on this weekend?"): alone they ask which devices are on."""


def asks_if_scheduled(norm: str) -> bool:
    """Whether the lower-cased words ask what is scheduled (with or without a day)."""
    match = _ASKS.match(norm)
    return match is not None and (match.group("day") is not None or not (
        match.group("on") or norm.startswith(_NEED_A_DAY)))


_NEED_A_DAY = ("what runs", "what will run", "what routine", "what happens", "what will happen",
               "what is going to happen")
"""Openings that ask of the schedule only with a day said."""


def days_asked(norm: str, now: datetime) -> tuple[date, ...]:
    """The days a schedule question asks of, in order ("tomorrow": tomorrow's date, or
    today's in the small hours; "this
    weekend": Saturday's and Sunday's); none when it asks of no day."""
    match = _ASKS.match(norm)
    if match is None or match.group("day") is None:
        return ()
    today = now.date()
    span = match.group("span")
    if span:
        if span.endswith("weekend"):
            first = today + timedelta(days=max(0, 5 - today.weekday()) if not span.startswith(
                "next") else 12 - today.weekday())  # (next week's Saturday)
        else:  # (a week starts on Monday)
            first = today + timedelta(days=7 - today.weekday()) if span.startswith("next") \
                else today
        last = first + timedelta(days=6 - first.weekday())
        return tuple(first + timedelta(days=n) for n in range((last - first).days + 1))
    if match.group("weekday"):
        ahead = (DAY_NAMES.index(match.group("weekday")[:3]) - today.weekday()) % 7
        if ahead == 0 and (match.group("which") or "").startswith("next"):
            ahead = 7
        return (today + timedelta(days=ahead),)
    tomorrow = match.group("day").startswith("tomorrow")
    # (asked at 00:30, "tomorrow" is the coming morning: as a skip or a timer reads it;
    # it was the day after, so "what's scheduled tomorrow?" and "skip it tomorrow" were
    # of two days)
    return (today + timedelta(days=1 if tomorrow and now.hour >= SMALL_HOURS_END else 0),)


def night_asked(norm: str) -> str | None:
    """The night a schedule question asks of ("tonight", "tomorrow night"; None when it
    asks of none): its runs after midnight, before the small hours end, belong to it."""
    match = _ASKS.match(norm)
    day = " ".join((match.group("day") or "").split()) if match is not None else ""
    return day if day.endswith("night") else None


_EVERY = "Say \"what's scheduled?\" to hear every schedule and timer."


def days_answer(store: Store, place: Place, now: datetime, days: tuple[date, ...], *,
                night: str | None = None) -> list[str]:
    """Each day's runs still to come and timers due, soonest first, a line a day:
    "Tomorrow (Sat 5 Dec): movie night at 20:00 and turn off TV at 23:00."; of several
    days, those with nothing in one line after ("Nothing is scheduled on Sun 6 Dec."),
    and when none has anything, that nothing is scheduled from the first to the last.
    ``night`` (one day, "tonight"): the runs after midnight, before the small hours
    end, are the night's too, said after the day's ("…; after midnight: Movie mode at
    00:30."); asked in the small hours, "tomorrow night" is the coming day's night and
    "tonight" what is left of this one (it listed the whole day)."""
    if night == "tonight" and len(days) == 1 and now.hour < SMALL_HOURS_END:
        return _rest_of_night(store, place, now)
    if night and len(days) == 1:
        return _night_answer(store, place, now, days[0])
    today = now.date()
    lines, empty = [], []
    found = _items(store, place, now, days)
    for day in days:
        items = found[day]
        if items:
            lines.append(f"{sentence_start(_day_name(day, today))} ({day_said(day)}): "
                         + spoken_list([f"{what} at {when:%H:%M}" for when, what in items])
                         + ".")
        else:
            empty.append(day)
    if not lines and len(days) == 1:
        said = _day_name(days[0], today)
        when = "more is scheduled today" if days[0] == today else f"is scheduled for {said}"
        return [f"Nothing {when} ({day_said(days[0])}). {_EVERY}"]
    if not lines:
        return [f"Nothing is scheduled from {day_said(days[0])} to {day_said(days[-1])}. "
                f"{_EVERY}"]
    if empty:
        named = spoken_list([day_said(d) for d in empty], "or") if len(empty) <= 3 \
            else f"the other {len(empty)} days"
        lines.append(f"Nothing is scheduled on {named}.")
    return lines


def _rest_of_night(store: Store, place: Place, now: datetime) -> list[str]:
    """"tonight" asked after midnight, before the small hours end: the runs and timers
    left before morning; when none, that, and what the day brings after."""
    today = now.date()
    found = _items(store, place, now, (today,))[today]
    late = [(when, what) for when, what in found if when.hour < SMALL_HOURS_END]
    if late:
        return ["Tonight: " + spoken_list([f"{what} at {when:%H:%M}" for when, what in late])
                + "."]
    if not found:
        return [f"Nothing more is scheduled tonight, nor later today ({day_said(today)}). "
                f"{_EVERY}"]
    return ["Nothing more is scheduled tonight. Later today (" + day_said(today) + "): "
            + spoken_list([f"{what} at {when:%H:%M}" for when, what in found]) + "."]


def _night_answer(store: Store, place: Place, now: datetime, day: date) -> list[str]:
    """"tonight" asked in the evening, "tomorrow night": the day's runs from the end of
    its small hours (those are the night before's), then those after midnight (a run at
    00:30 went unsaid, and "tomorrow night" named tonight's)."""
    after = day + timedelta(days=1)
    found = _items(store, place, now, (day, after))
    evening = [item for item in found[day] if item[0].hour >= SMALL_HOURS_END]
    late = [item for item in found[after] if item[0].hour < SMALL_HOURS_END]
    if not late and evening == found[day]:
        return days_answer(store, place, now, (day,))
    name = _day_name(day, now.date())

    def runs(items: list[tuple[datetime, str]]) -> str:
        return spoken_list([f"{what} at {when:%H:%M}" for when, what in items])

    said = f"after midnight: {runs(late)}" if late else "nothing after midnight"
    if evening:
        return [f"{sentence_start(name)} ({day_said(day)}): {runs(evening)}; {said}."]
    if not late:
        return [f"Nothing is scheduled for {name} night ({day_said(day)}). {_EVERY}"]
    more = "more " if day == now.date() else ""
    return [f"Nothing {more}is scheduled {name} ({day_said(day)}) before midnight; {said} "
            f"({day_said(after)})."]


def _items(store: Store, place: Place, now: datetime, days: tuple[date, ...]
           ) -> dict[date, list[tuple[datetime, str]]]:
    """Each of ``days``' runs still to come (skipped ones left out) and timers due,
    soonest first, in the home's zone; the store read once for all of them."""
    start = now.timestamp()
    items: dict[date, list[tuple[datetime, str]]] = {day: [] for day in days}
    skipped = {name: set(moments) for name, moments in store.skipped_runs(since=start).items()}
    for routine in store.routines():
        if not routine.enabled or not routine.triggers:
            continue
        for day in days:
            for run in runs_on(routine.triggers, day, place):
                if run.timestamp() > start \
                        and run.timestamp() not in skipped.get(routine.name, ()):
                    items[day].append((run.astimezone(place.zone), routine.name))
    for timer in store.timers():
        due = datetime.fromtimestamp(timer.at, UTC).astimezone(place.zone)
        if not timer.paused and timer.at > start and due.date() in items:
            items[due.date()].append((due, listed_as(timer.text)))
    return {day: sorted(found) for day, found in items.items()}


def _day_name(day: date, today: date) -> str:
    """"today", "tomorrow", or the day of the week ("Monday")."""
    return {0: "today", 1: "tomorrow"}.get((day - today).days, f"{day:%A}")
