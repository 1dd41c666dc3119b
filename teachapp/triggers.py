"""Triggers: when a routine starts by itself (domain values, no I/O).

Three forms, the same in routine files, the store and the engine:

- ``time``: a wall-clock time on chosen weekdays ("every weekday at 7"), or on one day
  of every month ("every month on the 1st at 9"; a month without that day: its last).
- ``sun``: sunrise or sunset plus an offset in minutes, on chosen weekdays.
- ``once``: one moment ("in 10 minutes" is stored as the moment it means).

In a routine file (``triggers:`` of a routine)::

    - at: "07:00"          # a time; days default to every day
      days: weekdays       # every day | weekdays | weekends | [mon, wed, fri]
    - at: "09:00"          # an extension of DESIGN's form (a file without it loads as
      day_of_month: 1      # before): every month on that day, 1-31, instead of days
    - at: sunset           # or sunrise
      offset: -15          # minutes, negative = before
    - once: 2026-12-01T07:00:00+01:00   # without an offset: local time

Computing when a trigger runs next lives in ``teachapp.schedule``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, time
from typing import Any, Literal

from .errors import ScheduleError

__all__ = [
    "ALL_DAYS",
    "DAY_NAMES",
    "Half",
    "Trigger",
    "bare_hour",
    "describe_trigger",
    "half_named",
    "ordinal",
    "parse_days",
    "parse_time",
    "trigger_from_dict",
    "trigger_to_dict",
]

TriggerKind = Literal["time", "sun", "once"]
DAY_NAMES: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
ALL_DAYS: tuple[int, ...] = (0, 1, 2, 3, 4, 5, 6)
_WEEKDAYS = (0, 1, 2, 3, 4)
_WEEKENDS = (5, 6)
_LONG_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_WORDS = {
    "every day": ALL_DAYS, "daily": ALL_DAYS, "everyday": ALL_DAYS, "all": ALL_DAYS,
    "weekdays": _WEEKDAYS, "weekday": _WEEKDAYS, "weekends": _WEEKENDS, "weekend": _WEEKENDS,
}
_FORMS = ("at: \"07:00\" (with days: or day_of_month:), at: sunrise / at: sunset (with "
          "offset:), or once: 2026-12-01T07:00")
MAX_OFFSET_MINUTES = 12 * 60


@dataclass(frozen=True)
class Trigger:
    """One way a routine starts by itself."""

    kind: TriggerKind
    time: time | None = None
    """``time``: the local wall-clock time."""
    days: tuple[int, ...] = ALL_DAYS
    """``time`` and ``sun``: weekdays it runs on, 0 = Monday."""
    event: Literal["sunrise", "sunset"] | None = None
    """``sun``: which one."""
    offset: int = 0
    """``sun``: minutes after the event (negative: before)."""
    at: datetime | None = None
    """``once``: the moment; naive means local time in the home's time zone."""
    month_day: int | None = None
    """``time``: the day of every month it runs on (1-31; in a month without that day,
    its last day), instead of weekdays; None: on ``days`` every week."""

    def __post_init__(self) -> None:
        if self.kind == "time" and self.time is None:
            raise ScheduleError("A time trigger needs a time, e.g. at: \"07:00\".")
        if self.kind == "sun" and self.event not in ("sunrise", "sunset"):
            raise ScheduleError("A sun trigger is at sunrise or at sunset.")
        if self.kind == "once" and self.at is None:
            raise ScheduleError("A once trigger needs a moment, e.g. once: 2026-12-01T07:00.")
        if self.kind not in ("time", "sun", "once"):
            raise ScheduleError(f"Unknown trigger kind {self.kind!r}; use {_FORMS}.")
        if not self.days or any(d not in ALL_DAYS for d in self.days):
            raise ScheduleError("A trigger needs at least one weekday (0 = Monday … 6).")
        if self.month_day is not None:
            if self.kind != "time":
                raise ScheduleError("day_of_month goes with a time, like at: \"09:00\".")
            if isinstance(self.month_day, bool) or not isinstance(self.month_day, int) \
                    or not 1 <= self.month_day <= 31:
                raise ScheduleError(f"day_of_month {self.month_day!r} is not a day of the "
                                    "month; use 1 to 31.")
            if self.days != ALL_DAYS:
                raise ScheduleError("day_of_month and days do not go together; give one.")


def parse_time(value: Any) -> time:
    """"07:00", "7:30 pm", "19", or a YAML 1.1 sexagesimal int (7:00 -> 420 minutes)."""
    if isinstance(value, time):
        return value.replace(tzinfo=None)
    if isinstance(value, int) and not isinstance(value, bool):
        if 24 <= value < 60:  # (a plain number: YAML's sexagesimal ints start at 1:00, 60)
            raise ScheduleError(f"{value} is not an hour of the day (0 to 23); write the "
                                f"time as \"HH:MM\", e.g. \"07:30\" or \"00:{value}\".")
        if 0 <= value < 24 * 60:
            return time(value // 60, value % 60)
        raise ScheduleError(f"{value} is not a time of day; write it as \"HH:MM\".")
    if not isinstance(value, str):
        raise ScheduleError(f"{value!r} is not a time of day; write it as \"HH:MM\".")
    text = value.strip().lower().replace(".", "")
    suffix = None
    for word in ("am", "pm"):
        if text.endswith(word):
            suffix, text = word, text[: -len(word)].strip()
    hour_text, _, minute_text = text.partition(":")
    try:
        hour, minute = int(hour_text), int(minute_text or 0)
    except ValueError:
        raise ScheduleError(f"{value!r} is not a time of day; write it as \"HH:MM\", "
                            "e.g. \"07:00\" or \"7:30 pm\".") from None
    if suffix and not 1 <= hour <= 12:
        raise ScheduleError(f"{value!r}: with am/pm the hour is 1–12.")
    if suffix == "pm" and hour != 12:
        hour += 12
    if suffix == "am" and hour == 12:
        hour = 0
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise ScheduleError(f"{value!r} is not a time of day (00:00–23:59).")
    return time(hour, minute)


Half = Literal["am", "pm"]
_MORNING_NAME = re.compile(r"\b(?:morning|mornings|breakfast|wake|waking)\b")
"""Words of a routine's name that say it is for the morning ("Good morning", "Wake up")."""
_EVENING_NAME = re.compile(r"\b(?:evening|evenings|night|nights|nightly|tonight|dinner|"
                           r"supper|bed|bedtime)\b")
"""Words of a routine's name that say it is for the evening ("Movie night", "Bedtime",
"Dinner time"); a word that only suggests it ("movie", "tv") is no clear cue."""
_BARE_HOUR = re.compile(r"\s*(\d{1,2})\s*")


def half_named(name: str) -> Half | None:
    """The half of the day a routine's name says ("Movie night": "pm", "Good morning":
    "am"), or None when it says neither or both: how an hour said or written without
    "am" or "pm" is read for it (``conversation.half_of_day``, routine files)."""
    name = name.lower()
    morning, evening = _MORNING_NAME.search(name), _EVENING_NAME.search(name)
    if bool(morning) == bool(evening):
        return None
    return "am" if morning else "pm"


def bare_hour(value: Any) -> int | None:
    """The hour of a routine file's ``at:`` written as an hour alone, without minutes or
    "am"/"pm" ("8", "20", or unquoted ``at: 8``, which YAML reads as the number 8 and
    :func:`parse_time` as 00:08), or None for any other value."""
    if isinstance(value, int) and not isinstance(value, bool):
        hour = value
    elif isinstance(value, str) and _BARE_HOUR.fullmatch(value):
        hour = int(value)
    else:
        return None
    return hour if 1 <= hour <= 23 else None


def parse_days(value: Any) -> tuple[int, ...]:
    """"weekdays", "every day", "mon", ["mon", "fri"], [0, 4] -> sorted weekday numbers."""
    if value is None:
        return ALL_DAYS
    items: list[Any]
    if isinstance(value, str):
        key = value.strip().lower()
        if key in _DAY_WORDS:
            return _DAY_WORDS[key]
        items = [p for p in key.replace(" and ", ",").replace(" ", ",").split(",") if p]
    elif isinstance(value, (list, tuple)):
        items = list(value)
    else:
        raise ScheduleError(f"days {value!r}: give weekdays, weekends, every day or a list "
                            "such as [mon, wed, fri].")
    days: set[int] = set()
    for item in items:
        if isinstance(item, int) and not isinstance(item, bool) and 0 <= item <= 6:
            days.add(item)
            continue
        word = str(item).strip().lower().rstrip("s") if isinstance(item, str) else ""
        if word in _DAY_WORDS:
            days.update(_DAY_WORDS[word])
        elif word[:3] in DAY_NAMES and (word in _LONG_DAYS or word[:3] == word or
                                        word in ("tues", "thur", "thurs", "wedn")):
            days.add(DAY_NAMES.index(word[:3]))
        else:
            raise ScheduleError(f"{item!r} is not a weekday; use mon, tue, wed, thu, fri, "
                                "sat, sun, weekdays, weekends or every day.")
    if not days:
        raise ScheduleError("days is empty; leave it out for every day.")
    return tuple(sorted(days))


def _offset(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, str):
        text = value.strip().lower().removesuffix("min").removesuffix("m").strip()
        try:
            value = int(text)
        except ValueError:
            raise ScheduleError(f"offset {value!r} is a number of minutes, e.g. -15."
                                ) from None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
        raise ScheduleError(f"offset {value!r} is a number of minutes, e.g. -15.")
    if abs(value) > MAX_OFFSET_MINUTES:
        raise ScheduleError(f"offset {value} is more than {MAX_OFFSET_MINUTES} minutes "
                            "from the sun event; use a time trigger instead.")
    return int(value)


def _moment(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        raise ScheduleError(f"once {value!r} is not a date and time; write it as "
                            "2026-12-01T07:00 (optionally with an offset like +01:00).")
    try:
        return datetime.fromisoformat(value.strip().replace(" ", "T", 1))
    except ValueError:
        raise ScheduleError(f"once {value!r} is not a date and time; write it as "
                            "2026-12-01T07:00 (optionally with an offset like +01:00)."
                            ) from None


def trigger_from_dict(item: Any) -> Trigger:
    """Build a trigger from its routine-file form; ``ScheduleError`` names the problem."""
    if not isinstance(item, dict):
        raise ScheduleError(f"a trigger is a mapping: {_FORMS}.")
    keys = set(map(str, item))
    if "once" in keys:
        extra = keys - {"once"}
        if extra:
            raise ScheduleError(f"a once trigger has only 'once', not {sorted(extra)}.")
        return Trigger("once", at=_moment(item["once"]))
    if "at" in keys:
        extra = keys - {"at", "days", "offset", "day_of_month"}
        if extra:
            raise ScheduleError(f"unknown trigger key {sorted(extra)[0]!r}; use {_FORMS}.")
        at = item["at"]
        days = parse_days(item.get("days"))
        if isinstance(at, str) and at.strip().lower() in ("sunrise", "sunset"):
            if "day_of_month" in keys:
                raise ScheduleError("day_of_month goes with a time, like at: \"09:00\".")
            return Trigger("sun", event=at.strip().lower(),  # type: ignore[arg-type]
                           offset=_offset(item.get("offset")), days=days)
        if "offset" in keys:
            raise ScheduleError("offset goes with at: sunrise or at: sunset only.")
        if "day_of_month" in keys:
            if "days" in keys:
                raise ScheduleError("day_of_month and days do not go together; give one.")
            return Trigger("time", time=parse_time(at), month_day=item["day_of_month"])
        return Trigger("time", time=parse_time(at), days=days)
    raise ScheduleError(f"unknown trigger form {sorted(keys)}; use {_FORMS}.")


def trigger_to_dict(trigger: Trigger) -> dict[str, Any]:
    """The routine-file form (also ``list --json``): the inverse of ``trigger_from_dict``."""
    if trigger.kind == "once":
        assert trigger.at is not None
        return {"once": trigger.at.isoformat(timespec="minutes")
                if not trigger.at.second else trigger.at.isoformat()}
    out: dict[str, Any]
    if trigger.kind == "sun":
        out = {"at": trigger.event}
        if trigger.offset:
            out["offset"] = trigger.offset
    else:
        assert trigger.time is not None
        out = {"at": trigger.time.strftime("%H:%M")}
        if trigger.month_day is not None:
            out["day_of_month"] = trigger.month_day
    if trigger.days != ALL_DAYS:
        out["days"] = _days_word(trigger.days)
    return out


def _days_word(days: tuple[int, ...]) -> str | list[str]:
    if days == _WEEKDAYS:
        return "weekdays"
    if days == _WEEKENDS:
        return "weekends"
    return [DAY_NAMES[d] for d in days]


def _days_spoken(days: tuple[int, ...]) -> str:
    """"Monday to Thursday" for three or more days in a row, "every day except Fridays"
    for all but one or two, else "on Mondays and Fridays": every week, as a person says it
    ("on Friday" sounded like this Friday only; "on Mondays, Tuesdays, Wednesdays,
    Thursdays, Saturdays and Sundays" was read aloud after "not on fridays")."""
    names = [_LONG_DAYS[d].capitalize() for d in days]
    if len(days) >= 3 and list(days) == list(range(days[0], days[-1] + 1)):
        return f"{names[0]} to {names[-1]}"
    if len(days) >= 5:
        return "every day except " + _plural_days(d for d in ALL_DAYS if d not in days)
    return "on " + _plural_days(days)


def _plural_days(days: Iterable[int]) -> str:
    plural = [f"{_LONG_DAYS[d].capitalize()}s" for d in days]
    return plural[0] if len(plural) == 1 else ", ".join(plural[:-1]) + " and " + plural[-1]


def describe_trigger(trigger: Trigger) -> str:
    """In words: "every weekday at 07:00", "15 minutes before sunset", "once at …"."""
    if trigger.kind == "once":
        assert trigger.at is not None
        at = trigger.at  # said as a person would: "once at 07:00 on Tue 1 Dec 2026"
        return f"once at {at:%H:%M} on {at:%a} {at.day} {at:%b %Y}"
    days = trigger.days
    if trigger.kind == "sun":
        offset = trigger.offset or 0
        side = "after" if offset > 0 else "before"
        moment = (f"{abs(offset)} minutes {side} {trigger.event}" if offset
                  else f"at {trigger.event}")
    else:
        assert trigger.time is not None
        moment = f"at {trigger.time.strftime('%H:%M')}"
        if trigger.month_day is not None:  # (the 31st runs on every month's last day)
            day = "last day" if trigger.month_day == 31 else ordinal(trigger.month_day)
            return f"every month on the {day} {moment}"
    if days == _WEEKENDS:  # "at 07:00 at weekends", never "at weekends at 07:00"
        return f"{moment} at weekends"
    when = ("every day" if days == ALL_DAYS else "every weekday" if days == _WEEKDAYS
            else _days_spoken(days))
    return f"{when} {moment}"


def ordinal(day: int) -> str:
    """1 -> "1st", 22 -> "22nd", 13 -> "13th": a day of the month as said."""
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"
