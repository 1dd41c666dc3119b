"""Whether anything is scheduled, and what runs on one day: "is anything scheduled?",
"any schedules?", "what's scheduled for tomorrow?", "what runs tonight?".

A new user's first questions about schedules: they were "I can't answer ..." (or offered
for teaching) while "what's scheduled?" listed them. Asked without a day, the one list
answers (``ScheduleTalk``); asked of today or tomorrow, that day's runs still to come,
skipped runs left out, and the timers due that day.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from ..domain import sentence_start, spoken_list
from ..schedule import Place, day_said, runs_on
from ..triggers import DAY_NAMES

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["asks_if_scheduled", "day_answer", "day_asked"]

_ANYTHING = (r"(?:(?:is|are)\s+there\s+|is\s+|do\s+(?:i|we)\s+have\s+|have\s+(?:i|we)\s+got\s+)?"
             r"(?:(?:anything|something)\s+(?:scheduled|planned|on\s+the\s+schedule|set\s+to\s+"
             r"run|due\s+to\s+run)|any\s+schedules?(?:\s+(?:set|planned))?)")
_ASKS = re.compile(
    r"^(?:(?:so|and|ok|okay|um|hey)\s+)*(?:" + _ANYTHING + r"|what(?:'?s|\s+is)\s+(?:scheduled|"
    r"planned|on\s+the\s+schedule)|what\s+(?:runs|will\s+run|is\s+going\s+to\s+run|"
    r"routines?\s+(?:run|will\s+run))|what\s+have\s+(?:i|we)\s+(?:got\s+)?scheduled)"
    r"(?:\s+(?:for\s+|on\s+)?(?P<day>today|tonight|tomorrow|this\s+(?:morning|afternoon|"
    r"evening)|tomorrow\s+(?:morning|afternoon|evening|night)|(?P<which>next\s+|this\s+"
    r"(?:coming\s+)?|coming\s+)?(?P<weekday>(?:mon|tues|wednes|thurs|fri|satur|sun)day)))?"
    r"(?:\s+please)?\??$")
"""The question, and the day it asks of (none: every schedule). "what runs" needs a day:
alone it may ask what a routine does. A day of the week is the coming one ("for
monday"; today's when it is that day, a week on when "next" is said on it)."""


def asks_if_scheduled(norm: str) -> bool:
    """Whether the lower-cased words ask what is scheduled (with or without a day)."""
    match = _ASKS.match(norm)
    return match is not None and (match.group("day") is not None
                                  or not norm.startswith(("what runs", "what will run",
                                                          "what routine")))


def day_asked(norm: str, now: datetime) -> date | None:
    """The day a schedule question asks of ("tomorrow": tomorrow's date), else None."""
    match = _ASKS.match(norm)
    if match is None or match.group("day") is None:
        return None
    today = now.date()
    if match.group("weekday"):
        ahead = (DAY_NAMES.index(match.group("weekday")[:3]) - today.weekday()) % 7
        if ahead == 0 and (match.group("which") or "").startswith("next"):
            ahead = 7
        return today + timedelta(days=ahead)
    return today + timedelta(days=1 if match.group("day").startswith("tomorrow") else 0)


def day_answer(store: Store, place: Place, now: datetime, day: date) -> str:
    """That day's runs still to come and timers due, soonest first: "Tomorrow (Sat 5 Dec):
    movie night at 20:00 and turn off TV at 23:00.", or that nothing is scheduled."""
    start = now.timestamp()
    items: list[tuple[datetime, str]] = []
    skipped = {name: set(moments) for name, moments in store.skipped_runs(since=start).items()}
    for routine in store.routines():
        if not routine.enabled or not routine.triggers:
            continue
        for run in runs_on(routine.triggers, day, place):
            if run.timestamp() > start and run.timestamp() not in skipped.get(routine.name, ()):
                items.append((run, routine.name))
    for timer in store.timers():
        due = datetime.fromtimestamp(timer.at, UTC).astimezone(place.zone)
        if timer.at > start and due.date() == day:
            items.append((due, timer.text))
    said = _day_name(day, now.date())
    if not items:
        when = "more is scheduled today" if day == now.date() else f"is scheduled for {said}"
        return (f"Nothing {when} ({day_said(day)}). Say \"what's scheduled?\" to hear every "
                "schedule and timer.")
    items.sort()
    return f"{sentence_start(said)} ({day_said(day)}): " + spoken_list(
        [f"{what} at {when.astimezone(place.zone):%H:%M}" for when, what in items]) + "."


def _day_name(day: date, today: date) -> str:
    """"today", "tomorrow", or the day of the week ("Monday")."""
    return {0: "today", 1: "tomorrow"}.get((day - today).days, f"{day:%A}")
