"""What happened in the home on a day, in a few sentences: "what did you do today?".

Read from the device history (every change with its cause), so it counts what the
person asked for, what schedules and hunches did, what the window changed and what
changed outside the app, in any session. Pure functions over values.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo

from ..domain import name_in_sentence, spoken_list
from ..store import DeviceChange
from .time_words import SMALL_HOURS_END

__all__ = ["AWAY_GAP", "Day", "away_of", "day_of", "recap", "spoken_when"]

_SHOWN = 6
"""At most this many routine runs named; the rest are counted."""
_EVENING, _MORNING = 18, 6
"""Where "last night" starts the evening before and ends in the morning (hours)."""
AWAY_GAP = timedelta(minutes=30)
"""The shortest quiet stretch between a person's turns read as their time out: "what
happened while I was out?" tells the newest such stretch."""


@dataclass(frozen=True)
class Day:
    """A stretch of local time asked about: "today", "this morning", "yesterday"."""

    words: str
    start: datetime
    end: datetime


def day_of(words: str, now: datetime, zone: tzinfo) -> Day:
    """The stretch ``words`` names, in the home's time zone, up to ``now`` at most."""
    local = now.astimezone(zone)
    midnight = datetime.combine(local.date(), time(0), zone)
    parts = {"this morning": (0, 12), "this afternoon": (12, 18), "this evening": (18, 24),
             "tonight": (18, 24)}
    if words == "yesterday":
        return Day(words, midnight - timedelta(days=1), midnight)
    if words in ("last night", "overnight"):  # (yesterday 18:00 to 06:00, or to now)
        evening = midnight - timedelta(hours=24 - _EVENING)
        return Day(words, evening, min(local, midnight + timedelta(hours=_MORNING)))
    if words == "tonight" and local.hour < SMALL_HOURS_END:  # (at 01:00: the night so far)
        return Day(words, midnight - timedelta(hours=24 - _EVENING), local)
    if words in parts:
        first, last = parts[words]
        return Day(words, midnight + timedelta(hours=first),
                   min(local, midnight + timedelta(hours=last)))
    return Day("today", midnight, local)


def away_of(turns: Iterable[datetime], now: datetime, zone: tzinfo,
            words: str = "while you were out") -> Day | None:
    """The newest quiet stretch of at least ``AWAY_GAP`` between the person's ``turns``
    (their times, any order) and ``now``: the time they were out or asleep (``words``, as
    said back), as far as the app can tell (it sees no one come and go). None when they
    have spoken to it all along."""
    times = sorted((t.astimezone(zone) for t in turns), reverse=True)
    later = now.astimezone(zone)
    for at in times:
        if later - at >= AWAY_GAP:
            return Day(f"{words} ({_span(at, later, now, zone)})", at, later)
        later = at
    return None


def _span(start: datetime, end: datetime, now: datetime, zone: tzinfo) -> str:
    """"from 14:05 until now", "from yesterday at 22:10 until 07:30"."""
    first = spoken_when(start, now, zone).removeprefix("today at ")
    last = "now" if end >= now.astimezone(zone) - timedelta(minutes=1) \
        else spoken_when(end, now, zone).removeprefix("today at ")
    return f"from {first} until {last}"


def recap(changes: Iterable[DeviceChange], names: Mapping[str, str], day: Day,
          renamed: Mapping[str, str] | None = None,
          logged: Iterable[tuple[float, str, str]] = ()) -> list[str]:
    """Sentences on what changed in ``day``: the routines run (by whom), then how many
    device changes came from commands, the window, hunches and outside the app.
    ``renamed``: a routine's name when it ran -> its name now, said beside it ("movie
    time (now called film night)"; it said the old name alone, a routine the person no
    longer has). ``logged``: the run log's runs (Unix time, the routine's name now,
    "routine" or "schedule"), so a run that changed nothing is told too (a second
    "movie night", the lamp already on: "Nothing changed today.", while "when did movie
    night last run?" said today)."""
    renamed = renamed or {}
    runs: dict[tuple[str, str], list[datetime]] = {}
    other: dict[str, set[str]] = {}
    for change in changes:
        at = datetime.fromtimestamp(change.at, day.start.tzinfo)
        if not day.start <= at < day.end:
            continue
        if change.cause in ("routine", "schedule") and change.detail:
            _add_run(runs.setdefault((change.cause, change.detail), []), at)
        else:
            other.setdefault(change.cause, set()).add(change.device_id)
    for when, name, cause in logged:
        at = datetime.fromtimestamp(when, day.start.tzinfo)
        if not day.start <= at < day.end:
            continue
        key = next(((c, n) for c, n in runs if c == cause and renamed.get(n, n) == name),
                   (cause, name))
        _add_run(runs.setdefault(key, []), at)
    if not runs and not other:
        return [f"Nothing changed {day.words}."]
    lines = []
    if runs:
        said = sorted(((times, name, cause) for (cause, name), times in runs.items()),
                      key=lambda item: item[0][0])
        parts = [f"{name_in_sentence(name)} at {_times(times)}"
                 + (" (on its schedule)" if cause == "schedule" else "")
                 + (f" (now called {name_in_sentence(renamed[name])})" if name in renamed
                    else "")
                 for times, name, cause in said]
        lines.append(f"{day.words[:1].upper()}{day.words[1:]} I ran "
                     f"{spoken_list(parts, most=_SHOWN)}.")
    for cause, words in (("command", "device commands changed"), ("window", "the window changed"),
                         ("hunch", "hunches you agreed to changed"),
                         ("undo", "undoing put back"), ("outside", "outside the app,")):
        devices = sorted(names.get(d, d) for d in other.get(cause, ()))
        if not devices:
            continue
        shown = spoken_list(devices, most=_SHOWN)
        if cause == "outside":
            lines.append(f"Outside the app, {shown} changed.")
        else:
            lines.append(f"{words[:1].upper()}{words[1:]} {shown}.")
    return lines


def _add_run(times: list[datetime], at: datetime) -> None:
    """One run however many devices it changed, and however it was recorded."""
    if all(abs((at - t).total_seconds()) > 60 for t in times):
        times.append(at)
        times.sort()


def _times(times: list[datetime]) -> str:
    shown = [f"{t:%H:%M}" for t in times[:3]]
    if len(times) > 3:
        shown.append(f"{len(times) - 3} more times")
    return spoken_list(shown)


def spoken_when(at: datetime, now: datetime, zone: tzinfo) -> str:
    """A past moment as a person says it, in the home's time: "today at 07:00",
    "yesterday at 22:15", "on Monday at 07:00" (this week), "on 3 November at
    07:00"."""
    local, today = at.astimezone(zone), now.astimezone(zone).date()
    days = (today - local.date()).days
    if days <= 0:
        day = "today"
    elif days == 1:
        day = "yesterday"
    elif days < 7:
        day = f"on {local:%A}"
    else:
        day = f"on {local.day} {local:%B}" + (f" {local.year}" if local.year != today.year
                                             else "")
    return f"{day} at {local:%H:%M}"
