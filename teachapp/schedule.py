"""When a trigger runs next: pure functions of a trigger, a moment and the home's place.

Daylight saving (documented in docs/schedules.md):

- A recurring time that does not exist on a spring-forward day (02:30 when clocks jump
  from 02:00 to 03:00) runs shifted forward by the gap (03:30), so the day is not
  skipped. A ``once`` trigger at such a time given as a naive local time (a routine
  file) is refused with ``ScheduleError``: the person asked for a moment that will not
  happen. One said ("tomorrow at 2:30 am") is read in the home's zone and kept as a
  recurring time is (``kept_moment``), and the reply says why (``skipped_said``).
- A time that happens twice on a fall-back day runs once, at its first occurrence.

Sunrise and sunset come from ``astral`` (offline) for the location in Settings
(section ``location``: ``latitude``, ``longitude``, ``timezone``).
"""

from __future__ import annotations

import calendar
import os
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .clock import wall_now
from .errors import ConfigError, ScheduleError
from .triggers import Trigger

__all__ = ["Place", "as_said", "check_local_time", "check_trigger", "day_said", "kept_moment",
           "local_zone", "next_of", "next_run", "place_from_settings", "run_said", "runs_on",
           "skipped_said", "wall_clock"]


@dataclass(frozen=True)
class Place:
    """Where the home is: its time zone, and its coordinates for sunrise and sunset."""

    zone: ZoneInfo
    latitude: float | None = None
    longitude: float | None = None

    @property
    def has_location(self) -> bool:
        return self.latitude is not None and self.longitude is not None


def local_zone() -> ZoneInfo:
    """The machine's time zone: ``TZ``, else /etc/localtime, else UTC."""
    name = os.environ.get("TZ", "").lstrip(":")
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    try:
        target = str(Path("/etc/localtime").resolve())
        if "zoneinfo/" in target:
            return ZoneInfo(target.split("zoneinfo/", 1)[1])
    except (OSError, ZoneInfoNotFoundError, ValueError):
        pass
    return ZoneInfo("UTC")


def place_from_settings(section: dict[str, Any]) -> Place:
    """The ``location`` settings section as a Place; a bad value is a ConfigError."""
    zone = local_zone()
    name = section.get("timezone")
    if name:
        try:
            zone = ZoneInfo(str(name))
        except (ZoneInfoNotFoundError, ValueError):
            raise ConfigError(f"Settings location.timezone {name!r} is not a time zone; "
                              "use a name such as 'Europe/Berlin'.") from None
    lat, lon = section.get("latitude"), section.get("longitude")
    if lat is None or lon is None:
        return Place(zone)
    try:
        latitude, longitude = float(lat), float(lon)
    except (TypeError, ValueError):
        raise ConfigError("Settings location.latitude and longitude must be numbers, "
                          "e.g. 52.52 and 13.40.") from None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise ConfigError(f"Settings location {latitude}, {longitude} is not on Earth; "
                          "latitude is -90..90 and longitude -180..180.")
    return Place(zone, latitude, longitude)


def _exists(naive: datetime, zone: ZoneInfo) -> bool:
    aware = naive.replace(tzinfo=zone)
    return aware.astimezone(UTC).astimezone(zone).replace(tzinfo=None) == naive


def wall_clock(day: date, at: time, zone: ZoneInfo) -> datetime:
    """The moment a recurring trigger means on ``day``: shifted past a DST gap, and the
    first of two on a fall-back day (fold=0)."""
    naive = datetime.combine(day, at)
    aware = naive.replace(tzinfo=zone, fold=0)
    # fold=0 in a gap uses the offset from before the jump: 02:30 becomes 03:30 (shifted)
    return aware.astimezone(UTC).astimezone(zone)


def kept_moment(moment: datetime) -> datetime:
    """The moment an aware wall time stands for, in its own zone: one the clocks skip
    (02:30 on the spring-forward night, as ``datetime.combine`` makes it) is as far past
    the jump as it was past 02:00 (03:30), as ``wall_clock`` keeps a recurring time;
    any other is itself. (Python keeps such a time as said, 02:30, so a reply said
    02:30 while the timer stored 03:30, and a one-off was written "02:30+01:00".)"""
    if moment.tzinfo is None:
        raise ValueError("kept_moment needs an aware datetime")
    return moment.astimezone(UTC).astimezone(moment.tzinfo)


def skipped_said(moment: datetime) -> str:
    """Why a wall time the clocks skip runs at another: "the clocks go forward that
    night, so 02:30 is 03:30"; "" for a time that exists (``moment``: aware, as said)."""
    if moment.tzinfo is None:
        return ""
    kept = kept_moment(moment)
    if kept.replace(tzinfo=None) == moment.replace(tzinfo=None, fold=0):
        return ""
    return f"the clocks go forward that night, so {moment:%H:%M} is {kept:%H:%M}"


def as_said(moment: datetime, at: time) -> datetime:
    """``moment``, a run of the wall time ``at``, as it was said: ``at`` on its day
    (which ``skipped_said`` explains) when the clocks skipped ``at`` to ``moment``, else
    ``moment`` itself."""
    said = datetime.combine(moment.date(), at, tzinfo=moment.tzinfo)
    if (said.hour, said.minute) != (moment.hour, moment.minute) and said.tzinfo is not None \
            and kept_moment(said) == moment:
        return said
    return moment


def check_local_time(naive: datetime, zone: ZoneInfo) -> datetime:
    """A once-moment given in local time; ``ScheduleError`` when it does not exist."""
    if not _exists(naive, zone):
        raise ScheduleError(
            f"{naive:%Y-%m-%d %H:%M} does not exist in {zone.key}: the clocks skip that "
            "hour for daylight saving. Choose a time after the change, or give an offset.")
    return naive.replace(tzinfo=zone, fold=0)


def _sun(event: str, day: date, place: Place) -> datetime | None:
    if not place.has_location:
        raise ScheduleError(
            f"A {event} trigger needs the home's location, and none is set. Set it in the "
            "window under Settings → Location (a city, or latitude and longitude), or in "
            'settings.json as "location": {"latitude": 52.52, "longitude": 13.40}; or give '
            'a time instead, like "every day at 19:00".')
    from astral import Observer
    from astral.sun import sunrise, sunset

    observer = Observer(latitude=place.latitude, longitude=place.longitude)  # type: ignore[arg-type]
    try:
        func = sunrise if event == "sunrise" else sunset
        return func(observer, date=day, tzinfo=place.zone)
    except ValueError:  # polar day or night: the sun does not rise or set that day
        return None


def next_run(trigger: Trigger, after: datetime, place: Place) -> datetime | None:
    """The first moment strictly after ``after`` (aware) at which ``trigger`` runs, in
    the home's zone; None when it never runs again (a past once-trigger)."""
    if after.tzinfo is None:
        raise ValueError("next_run needs an aware datetime")
    if trigger.kind == "once":
        assert trigger.at is not None
        at = trigger.at
        once = check_local_time(at, place.zone) if at.tzinfo is None else at
        # (through UTC: a time said that the clocks skip is kept, as ``kept_moment``)
        return once.astimezone(UTC).astimezone(place.zone) if once > after else None
    local_day = after.astimezone(place.zone).date()
    if trigger.month_day is not None:
        return _next_in_month(trigger, local_day, after, place)
    for delta in range(-1, 9):
        day = local_day + timedelta(days=delta)
        if day.weekday() not in trigger.days:
            continue
        if trigger.kind == "time":
            assert trigger.time is not None
            moment: datetime | None = wall_clock(day, trigger.time, place.zone)
        else:
            assert trigger.event is not None
            event = _sun(trigger.event, day, place)
            moment = None if event is None else (
                event.replace(microsecond=0) + timedelta(minutes=trigger.offset))
        if moment is not None and moment > after:
            return moment.astimezone(place.zone)
    if trigger.kind == "sun":  # polar regions: look further ahead, a day at a time
        for delta in range(9, 200):
            day = local_day + timedelta(days=delta)
            if day.weekday() in trigger.days:
                assert trigger.event is not None
                event = _sun(trigger.event, day, place)
                if event is not None:
                    return (event + timedelta(minutes=trigger.offset)).astimezone(place.zone)
    return None


def _next_in_month(trigger: Trigger, local_day: date, after: datetime, place: Place
                   ) -> datetime | None:
    """A monthly trigger's first run after ``after``: its day this month or the next
    (a month without that day: its last, so "the 31st" runs in every month)."""
    assert trigger.time is not None and trigger.month_day is not None
    year, month = local_day.year, local_day.month
    for _ in range(3):
        last = calendar.monthrange(year, month)[1]
        moment = wall_clock(date(year, month, min(trigger.month_day, last)), trigger.time,
                            place.zone)
        if moment > after:
            return moment.astimezone(place.zone)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


def check_trigger(trigger: Trigger, place: Place, now: datetime | None = None
                  ) -> datetime | None:
    """A trigger about to be added, checked: its next run (None: never again), or
    ``ScheduleError`` saying what is wrong and how to fix it when this home cannot keep
    it (sunset with no location set). Chat, ``teachapp run`` and the window's editor
    add schedules through it, so one is refused alike wherever it is asked for (the
    editor took "at sunset" in silence and the scheduler complained later)."""
    return next_run(trigger, now or wall_now(), place)


def next_of(triggers: Iterable[Trigger], place: Place, now: datetime | None = None,
            *, skipped: Collection[float] = ()) -> datetime | None:
    """The soonest next run of several triggers (a routine's); a trigger that cannot run
    (sunrise without a location) is left out: the scheduler reports it. A run whose
    moment (UTC seconds) is in ``skipped`` is left out: the one after it counts."""
    now = now or wall_now()
    best: datetime | None = None
    for trigger in triggers:
        try:
            when = next_run(trigger, now, place)
            for _ in range(_MAX_SKIPPED):
                if when is None or when.timestamp() not in skipped:
                    break
                when = next_run(trigger, when, place)
        except ScheduleError:
            continue
        if when is not None and (best is None or when < best):
            best = when
    return best


def run_said(moment: datetime) -> str:
    """A run's moment as every reply, label and list says it: "Fri 4 Dec at 20:00", in
    ``moment``'s own zone. One function, so a next run asked about, one after a skip and
    a timer listed read alike (they said "Fri 4 Dec 20:00", "Fri 4 Dec at 20:00" and
    "Fri 04 Dec 20:00")."""
    return f"{day_said(moment)} at {moment:%H:%M}"


def day_said(moment: datetime | date) -> str:
    """A run's day as said: "Fri 4 Dec" (the day of the month unpadded)."""
    return f"{moment:%a} {moment.day} {moment:%b}"


_MAX_SKIPPED = 400
"""More skipped runs in a row than a routine can have: the search ends."""


def runs_on(triggers: Iterable[Trigger], day: date, place: Place) -> list[datetime]:
    """Every run of ``triggers`` on ``day`` (the home's local date), soonest first: the
    runs "skip movie night this friday" leaves out. A trigger that cannot run here
    (sunset without a location) has none."""
    start = wall_clock(day, time(0), place.zone) - timedelta(seconds=1)
    found: set[datetime] = set()
    for trigger in triggers:
        try:
            when = next_run(trigger, start, place)
            while when is not None and when.astimezone(place.zone).date() == day:
                found.add(when)
                when = next_run(trigger, when, place)
        except ScheduleError:
            continue
    return sorted(found)
