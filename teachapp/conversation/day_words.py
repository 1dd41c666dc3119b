"""Words that name one day further off than tomorrow: "in 3 days", "in a week", "the day
after tomorrow", "next friday", "this saturday", "on 8 march", "on the 12th" ("on friday"
alone is read by ``time_words`` as a day of the week, which a schedule repeats).

People set reminders and one-off schedules days ahead ("remind me in 2 days to water
the plants", "remind me on the 12th to pay the rent"). This module only finds the day
and what is left of the words; ``time_words`` reads the clock time that is left, so the
two kinds of words are read once each. Pure functions of the words and ``now``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from ..errors import ScheduleError
from ..triggers import DAY_NAMES, ordinal

__all__ = ["MONTHLY", "NamedDay", "NoSuchDay", "day_alone", "day_apart", "day_of_every_month",
           "named_day"]

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_MONTH = {name: i + 1 for i, name in enumerate(_MONTHS)} | {
    name[:3]: i + 1 for i, name in enumerate(_MONTHS)} | {"sept": 9}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
             "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
             "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
             "twentieth": 20, "thirtieth": 30}
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "a couple of": 2, "couple of": 2,
           "a few": 3, "few": 3, "fourteen": 14, "twenty": 20, "thirty": 30}

_DAY_NAME = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"
_MONTH_NAME = "|".join(sorted(_MONTH, key=len, reverse=True))
_DAY_OF_MONTH = (r"(?P<d>\d{1,2})(?:st|nd|rd|th)?|(?P<dw>" + "|".join(
    sorted(_ORDINALS, key=len, reverse=True)) + r"|twenty[ -]\w+|thirty[ -]first)")
_PATTERNS = (
    # "in 3 days", "in a week", "in a couple of weeks"
    re.compile(r"\bin\s+(?P<n>\d+|a couple of|couple of|a few|few|[a-z]+)\s+"
               r"(?P<unit>days?|weeks?)\b"),
    # "the day after tomorrow", "day after tomorrow"
    re.compile(r"\b(?:on\s+)?(?:the\s+)?(?P<after>day\s+after\s+tomorrow)\b"),
    # "next friday", "this coming saturday", "friday next week" ("on friday" alone is
    # the schedules' day of the week: ``time_words``)
    re.compile(r"\b(?:on\s+)?(?P<which>next|this(?:\s+coming)?|coming)\s+"
               rf"(?P<wd>{_DAY_NAME})(?![a-z])"),
    re.compile(rf"\b(?:on\s+)?(?P<wd>{_DAY_NAME})\s+(?P<which>next)\s+(?P<week>week)\b"),
    # "on 8 march", "8th of march", "march 8", "on the 12th"
    re.compile(rf"\b(?<!\bat )(?:on\s+)?(?:the\s+)?(?:{_DAY_OF_MONTH})(?:\s+of)?\s+"
               rf"(?P<m>{_MONTH_NAME})\b"),  # (not "at 7 may ...": a clock time)
    re.compile(rf"\b(?:on\s+)?(?P<m>{_MONTH_NAME})\s+(?:the\s+)?(?:{_DAY_OF_MONTH})\b"),
    # "on the 12th", "on the first of the month" (the coming one: a reminder's, said
    # once; a schedule reads "of the month" as every month first, ``day_of_every_month``)
    re.compile(rf"\bon\s+the\s+(?:{_DAY_OF_MONTH})\b(?:\s+day)?"
               r"(?:\s+of\s+(?:the|this)\s+month\b)?"),
    # "at the end of the month", "on the last day of this month": this month's last day
    re.compile(r"\b(?:(?:at|by|on|for)\s+)?the\s+(?P<last>end|last\s+day)\s+of\s+(?:the|this)"
               r"\s+month\b"),
)


@dataclass(frozen=True)
class NamedDay:
    """The day some words name, and the words left to read for the time of day."""

    day: date
    said: str
    """The words that named it ("next friday"), for a question about the time."""
    rest: str
    """The words besides them ("at 5")."""
    exact: timedelta | None = None
    """"in 3 days" names a moment too: now plus this, when no clock time is said."""


def _count(word: str) -> int | None:
    return int(word) if word.isdigit() else _COUNTS.get(word)


def _day_of_month(match: re.Match[str]) -> int | None:
    if match.group("d"):
        return int(match.group("d"))
    said = match.group("dw").replace("-", " ")
    if said in _ORDINALS:
        return _ORDINALS[said]
    tens, _, unit = said.partition(" ")  # ("twenty first" .. "thirty first")
    base = {"twenty": 20, "thirty": 30}.get(tens)
    return None if base is None or unit not in _ORDINALS or _ORDINALS[unit] > 9 \
        else base + _ORDINALS[unit]


def _weekday(said: str) -> int:
    return DAY_NAMES.index(said[:3])


def _date_in_year(month: int, day: int, today: date, said: str) -> date:
    """The next ``month``/``day`` from ``today`` on: this year's, else next year's (or
    the next leap year's 29 February)."""
    for year in range(today.year, today.year + 5):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate >= today:
            return candidate
    raise _no_such_day(said)


class NoSuchDay(ScheduleError):
    """A date that does not exist ("on the 31st of november"); ``words``: the words that
    named it, so what else was said (a reminder's "to pay rent") can wait for a day that
    does (``named_day`` fills them in)."""

    words: str = ""


def _no_such_day(said: str) -> NoSuchDay:
    """A date that does not exist, said back in one wording ("There is no 31st of
    april"; "on the 31st" said in November was "There is no on the 31st that month")."""
    return NoSuchDay(f"There is no {said}; say a day of the month that exists, like "
                     "\"on 8 march\".")


def _found(match: re.Match[str], now: datetime) -> tuple[date, timedelta | None] | None:
    today = now.date()
    groups = match.groupdict()
    if groups.get("unit"):
        n = _count(groups["n"])
        if n is None:
            return None
        delta = timedelta(days=n * (7 if groups["unit"].startswith("week") else 1))
        return today + delta, delta
    if groups.get("after"):
        return today + timedelta(days=2), None
    if groups.get("last"):  # ("at the end of the month": its last day)
        following = date(today.year + today.month // 12, today.month % 12 + 1, 1)
        return following - timedelta(days=1), None
    if groups.get("wd"):
        wanted = _weekday(groups["wd"])
        ahead = (wanted - today.weekday()) % 7
        which = " ".join((groups.get("which") or "").split())
        if groups.get("week"):  # ("friday next week": in the week, Monday on, after this)
            ahead = 7 - today.weekday() + wanted
        elif ahead == 0 and which != "this":
            ahead = 7  # ("next friday" said on a friday is a week on)
        return today + timedelta(days=ahead), None
    day = _day_of_month(match)
    if day is None:
        return None
    if groups.get("m"):
        said = re.sub(r"^(?:on\s+)?(?:the\s+)?", "", " ".join(match.group(0).split()))
        return _date_in_year(_MONTH[groups["m"]], day, today, said), None
    month, year = today.month, today.year  # ("on the 12th": this month's, else next)
    if day < today.day:
        month, year = (1, year + 1) if month == 12 else (month + 1, year)
    try:
        return date(year, month, day), None
    except ValueError:  # (it said "There is no on the 31st that month")
        raise _no_such_day(f"{ordinal(day)} of {_MONTHS[month - 1]}") from None


def named_day(words: str, now: datetime) -> NamedDay | None:
    """The day ``words`` name besides a clock time ("next friday at 7" -> Friday, "at
    7"), or None when they name none of these days. ``ScheduleError`` for a date that
    does not exist ("on 31 april")."""
    for pattern in _PATTERNS:
        match = pattern.search(words)
        if match is None:
            continue
        try:
            found = _found(match, now)
        except NoSuchDay as exc:
            exc.words = " ".join(match.group(0).split())
            raise
        if found is None:
            continue
        rest = " ".join((words[: match.start()] + " " + words[match.end():]).split())
        return NamedDay(found[0], " ".join(match.group(0).split()), rest, found[1])
    return None


MONTHLY = re.compile(r"\b(?:(?:every|each)\s+month|monthly|once\s+a\s+month|"
                     r"(?:of|in)\s+(?:every|each|the)\s+month)\b")
"""Words that repeat a run every month ("every month", "monthly", "of the month"); not
"every other month" or "every two months", which no schedule keeps."""
_DAY_IN_MONTH = re.compile(r"\b(?:on\s+)?(?P<the>the\s+)?(?:(?P<d>\d{1,2})(?P<th>st|nd|rd|th)?|"
                           r"(?P<dw>" + "|".join(sorted(_ORDINALS, key=len, reverse=True))
                           + r"|twenty[ -]\w+|thirty[ -]first))(?:\s+day)?\b")


_LAST_DAY = re.compile(r"\b(?:(?:on|at|by)\s+)?the\s+(?:last(?:\s+day)?|end)\b")
""""on the last day", "at the end" (of every month): its last day, the 31st or less."""
_EVERY_NTH = re.compile(r"\b(?:every|each)\s+(?P<day>(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)|"
                        + "|".join(sorted(set(_ORDINALS) - {"second"}, key=len, reverse=True))
                        + r"|twenty[ -]\w+|thirty[ -]first))\b"
                        r"(?!\s+(?:day\b(?!\s+of)|days|weeks?|months?|years?|other|mon|tue|wed|"
                        r"thu|fri|sat|sun))")
""""every 12th", "each first": a day of every month ("every second" is every other one,
"every 3rd day" every third day, "every first monday" a weekday: none is a day of
the month)."""


def day_of_every_month(words: str) -> tuple[int | None, str] | None:
    """"every month on the 1st at 9", "on the first of the month", "monthly on the
    15th at 8 pm": (the day of the month, None when none is said; the words left to
    read, "at 9"); None when the words repeat no month. A number is a day only as one
    ("the 1st", "1st", "first"): "at 9" stays a time."""
    found = MONTHLY.search(words)
    nth = _EVERY_NTH.search(words) if found is None else None
    if found is not None:
        rest = " ".join(f"{words[:found.start()]} {words[found.end():]}".split())
    elif nth is not None:  # ("every 12th at 9": on the 12th of every month)
        rest = " ".join(f"{words[:nth.start()]} on {nth.group('day')} {words[nth.end():]}".split())
    else:
        return None
    last = _LAST_DAY.search(rest)
    if last is not None:  # ("on the last day of the month": the 31st, or the month's last)
        return 31, " ".join(f"{rest[:last.start()]} {rest[last.end():]}".split())
    for said in _DAY_IN_MONTH.finditer(rest):
        if not (said.group("the") or said.group("th") or said.group("dw")):
            continue
        left = " ".join(f"{rest[:said.start()]} {rest[said.end():]}".split())
        return _day_of_month(said), re.sub(r"^(?:every|each)\s+", "", left)
    return None, rest


_ON_WEEKDAY = re.compile(r"\bon\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b(?!s)")


def day_apart(words: str, now: datetime) -> tuple[str, str] | None:
    """(the words without the day, the day's words) when ``words`` name a day apart from
    the clock time (``named_day``, or "on friday"): "next friday to call mum at 5", "turn
    off the tv on the 12th at 9". Reminders and timers both read a day so; ``ScheduleError``
    for a date that does not exist."""
    named = named_day(words, now)
    if named is not None:
        return named.rest, named.said
    weekday = _ON_WEEKDAY.search(words)
    if weekday is None:
        return None
    return " ".join((words[: weekday.start()] + words[weekday.end():]).split()), weekday.group(0)


def day_alone(words: str, now: datetime) -> bool:
    """Whether ``words`` name a day and nothing else ("on 8 march", "next friday", "on
    the 31st of november", which does not exist): an answer to "When should I remind
    you?" that gives the day and leaves the time to ask."""
    words = " ".join(words.strip(" ,").split())
    try:
        apart = day_apart(words, now)
    except NoSuchDay as exc:
        return bool(words) and words == exc.words
    return apart is not None and not apart[0].strip(" ,")
