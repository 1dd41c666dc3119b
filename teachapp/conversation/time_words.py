"""Words of time, read once for schedules and timers: "at 7:30 pm", "every weekday
morning at 7", "15 minutes before sunset", "tomorrow at 8", "in half an hour", "in an
hour and a half", "in 2 hours and 15 minutes".

Pure functions of the words and a clock (``now``, aware, in the home's zone); a
schedule sentence (``schedule_talk``) and a timer sentence (``timer_talk``) both
hand their time words here, so the two cannot read a time differently.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta

from ..errors import ScheduleError
from ..triggers import ALL_DAYS, Trigger, ordinal, parse_days
from .day_words import NamedDay, day_of_every_month, named_day

__all__ = ["NAMED_TIMES", "PART_OF_DAY_HOURS", "REPEATED", "SUN_TIMES", "WHEN_OPENS",
           "TimePassed", "afternoon_hour", "delay_first", "for_tomorrow", "later",
           "length_answered", "length_unsaid", "meridiem_joined", "minutes_unsaid", "number",
           "on_a_day", "part_of_day_said", "spoken_time", "trigger_of", "trigger_said",
           "unit_unsaid", "unit_unsaid_last"]

NAMED_TIMES = {"noon": time(12, 0), "midday": time(12, 0), "midnight": time(0, 0)}
"""The times of day said by a name, not a number: ``spoken_time`` reads them."""
SUN_TIMES = ("sunrise", "sunset")
"""The sun's times a schedule keeps (a trigger of kind "sun"): ``trigger_of`` reads them."""
_NAMED = "|".join(NAMED_TIMES)
_SUN = "|".join(SUN_TIMES)

WHEN_OPENS = (r"(?:every|each|daily|nightly|on|at|in|weekdays|tomorrow|tonight|today|"
              r"this\s+(?:morning|afternoon|evening)|\d+\s+minutes?|[a-z]+\s+minutes?|"
              r"(?:just\s+|right\s+)?after\s+(?:the\s+)?(?:" + _SUN + r"))\b")
"""The words a time said after a routine opens with ("every weekday at 7", "in 10
minutes", "tonight"): where a schedule sentence's time begins."""

_AFTER_THE_SUN = re.compile(r"^(?:just\s+|right\s+)?after\s+(?=(?:the\s+)?(?:" + _SUN
                            + r")\b)")
""""after sunset", "just after sunrise": a schedule runs at the moment it says, as "30
minutes after sunset" runs 30 minutes on (it was "I don't know ..."); "before sunrise"
says no moment."""

_NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())}
_TENS = {"thirty": 30, "forty": 40, "fifty": 50, "twenty": 20, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_PART_OF_DAY = re.compile(r"\b(?:every|each)\s+(?P<part>night|evening|morning|afternoon)\b|"
                         r"\b(?P<nightly>nightly)\b")
_DAYS_PART = re.compile(r"(?<!the )\b(?P<part>night|evening|morning|afternoon)s?\b")
""""every weekday morning", "on saturday evenings": the part of day after the days."""
""""every night at 10": every day, and 10 in the evening (see ``trigger_of``)."""
_DAYS_RE = (rf"(?:every\s+day|daily|every\s+weekday|on\s+weekdays|weekdays|"
            rf"(?:at|on|every)\s+weekends?|(?:every|on)\s+{_DAY}s?"
            rf"(?:\s*(?:,|and)\s*{_DAY}s?)*)")
def number(text: str) -> int | None:
    """"7", "seven", "twenty five", "an" -> the number; None for other words."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    words = text.replace("-", " ").split()
    if words in (["a"], ["an"]):
        return 1
    if len(words) == 1:
        return _NUMBERS.get(words[0], _TENS.get(words[0]))
    if len(words) == 2 and words[0] in _TENS and words[1] in _NUMBERS:
        return _TENS[words[0]] + _NUMBERS[words[1]]
    return None


_PAST_OR_TO = re.compile(r"(?:(?P<m>half|(?:a\s+)?quarter|\d{1,2}|[a-z]+(?:[ -][a-z]+)?)"
                         r"(?:\s+minutes?)?\s+(?P<rel>past|after|to|till|before)|"
                         r"(?P<half>half))\s+(?P<h>\d{1,2}|[a-z]+)")
""""half past six", "quarter to seven", "ten past 7", "twenty-five to eight", and the
British "half six" (6:30)."""


def _past_or_to(said: re.Match[str]) -> tuple[int | None, int | None]:
    named = NAMED_TIMES.get(said.group("h"))  # ("half past midnight": it was no time)
    hour = named.hour if named is not None else number(said.group("h"))
    if said.group("half"):
        return hour, 30
    amount = said.group("m").removeprefix("a ").strip()
    minutes = {"half": 30, "quarter": 15}.get(amount, number(amount))
    if hour is None or minutes is None or not 0 < minutes < 60:
        return None, None
    if said.group("rel") in ("to", "till", "before"):
        return (hour - 1) % 24 if hour != 0 else 23, 60 - minutes
    return hour, minutes


def spoken_time(text: str) -> time:
    """"7", "7:30", "seven thirty", "seven oh five", "half past six", "quarter to 8",
    "7 pm", "19:00", "noon" -> a time of day."""
    text = text.strip().lower().replace(".", "")
    if text in NAMED_TIMES:
        return NAMED_TIMES[text]
    suffix = None
    for word in ("am", "pm", "in the morning", "in the evening", "at night"):
        if text.endswith(word):
            suffix = "pm" if word in ("pm", "in the evening", "at night") else "am"
            text = text[: -len(word)].strip()
    text = text.replace("o'clock", "").replace("oclock", "").strip()
    text = re.sub(r"\s+oh\s+(?=[a-z])", " ", text)  # "seven oh five": 7:05
    match = re.fullmatch(r"(\d{1,2})(?::|\s)?(\d{2})?", text)
    hour = minute = None
    relative = _PAST_OR_TO.fullmatch(text)
    if match:
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
    elif relative:
        hour, minute = _past_or_to(relative)
    else:
        words = text.split()
        for split in range(1, len(words) + 1):
            h, m = number(" ".join(words[:split])), (
                number(" ".join(words[split:])) if words[split:] else 0)
            if h is not None and m is not None:
                hour, minute = h, m
                break
    if hour is None or minute is None or not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise ScheduleError(f"I did not understand the time {text!r}; say it like "
                            "\"at 7\" or \"at 7:30 pm\".")
    if suffix == "pm" and hour < 12:
        hour += 12
    if suffix == "am" and hour == 12:
        hour = 0
    return time(hour, minute)


def days_said(text: str) -> tuple[int, ...] | None:
    """The weekdays "on fridays" or "at weekends" names (0 = Monday); None when the
    words say no days."""
    try:
        return _days(text)
    except ScheduleError:
        return None


def _days(text: str) -> tuple[int, ...]:
    text = re.sub(r"^(?:every|each|on|at)\s+", "", text.strip())
    if text in ("day", "daily"):
        return ALL_DAYS
    return parse_days(text.replace("days", "day") if text.endswith("days") and
                      text not in ("weekdays",) else text)

PART_OF_DAY_HOURS = {"morning": time(7), "afternoon": time(15), "evening": time(19),
                     "night": time(22)}
"""The clock time a part of the day said without one stands for, once ("turn the heating
on in the morning", "tonight", "tomorrow evening"): when a person wakes, is home in the
afternoon, sits down in the evening, goes to bed. Said back with the time
(``part_of_day_said``); a schedule that repeats ("every weekday morning") still asks."""
_PART_ALONE = re.compile(r"in\s+the\s+(?P<part>morning|afternoon|evening)|at\s+(?P<night>night)")
""""in the morning", "at night" alone: the next coming of that part's hour."""

_ONE_DAY = re.compile(r"\b(?:(?P<day>tomorrow|today|tonight)(?:\s+(?P<part>morning|"
                      r"afternoon|evening|night))?|this\s+(?P<this>morning|afternoon|evening))\b")
""""tomorrow at 8", "at 10 tonight", "this evening at 7": one day, so once."""


def _half_said(letters: str) -> str:
    """The pattern of "am" or "pm" (``letters``: "a", "p" or both) said apart or written
    onto the hour: "7 am", "7am", "6:30a.m."."""
    return rf"(?:\b|(?<=\d))[{letters}]\.?m\b"


_MORNING_SAID = re.compile(_half_said("a"))
CLOCK_TIME = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*" + _half_said("ap"))
""""9 am", "9am", "9 a.m", "6.30pm": a time of day, never a level ("at 9 a.m." is not
9 %, whatever the command reader makes of the letters)."""

_LETTERS_APART = re.compile(
    r"\b(\d{1,2}(?:[:.]\d\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|"
    r"forty|fifty|o'?clock)\s+([ap])\s+m\b", re.IGNORECASE)
""""nine p m", "7 a m": the letters of a time's half of the day written apart, as Vosk
writes them and as Whisper's "9 p.m." reads with its stops taken out."""


def meridiem_joined(text: str) -> str:
    """``text`` with "p m" / "a m" after a time joined ("nine p m" -> "nine pm"), so every
    reader of a time takes it: "move movie night to nine p m" was offered for teaching."""
    return _LETTERS_APART.sub(lambda m: f"{m.group(1)} {m.group(2)}m", text)


SMALL_HOURS_END = 5
"""Before this hour it is still the night before, the one rule for every reply and
reading of "tonight": "tomorrow" said then is the coming morning, "tonight at 4" is this
night's 04:00, a moment before it said in the evening is "at 04:30 tonight" (a reply
said "tomorrow at 04:30" of a 03:00-04:59 moment, while "what's scheduled tonight?"
listed it), and "what happened tonight?" after midnight is the night since 18:00."""


def _in_part_of_day(at: time, part: str | None, said: str) -> time:
    """``at`` in the afternoon, evening or night ``part`` says: "every night at 10" and
    "tonight at 10" are 22:00; "at 1" at night stays after midnight, as does an "am"."""
    if part in ("afternoon", "evening", "night") and 1 <= at.hour < 12 and not (
            part == "night" and at.hour < SMALL_HOURS_END) and not _MORNING_SAID.search(said):
        return at.replace(hour=at.hour + 12)
    return at


HALF_OF_DAY_WORDS = (_half_said("ap") + r"|\b(?:morning|afternoon|evening|night|tonight|"
                     + _NAMED + r")\b")
"""Words that say which half of the day a clock time is in ("7 pm", "tonight at 7"):
a timer's and an alarm's bare hour, and a day's, is read by them."""
_HALF_SAID = re.compile(HALF_OF_DAY_WORDS)


_TWENTY_FOUR_HOUR = re.compile(r"(?<![\d:.])0\d")
""""05:00", "0500": an hour written on the 24-hour clock says its half of the day."""


def afternoon_hour(at: time, said: str) -> time:
    """``at`` in the afternoon when it is a bare hour from 1 to 6 ("at 5", "at 4:30",
    "at half past three") that none of ``said`` (the time words) places: people mean
    the afternoon by "remind me to call mum at 5", and it was the next 5 o'clock, 05:00
    said at 19:00. The one rule for reminders, timers and schedules; "at 5 am", "at 5
    in the morning", "at 05:00" stay as said, and alarms and "wake me" keep the morning
    (``reminders``). Any other ``at`` as it is."""
    if 1 <= at.hour <= 6 and not _HALF_SAID.search(said) and not \
            _TWENTY_FOUR_HOUR.search(said):
        return at.replace(hour=at.hour + 12)
    return at


def on_a_day(at: time, part: str | None, said: str) -> time:
    """The clock time said for a day of its own ("tomorrow at 5", "next friday at 3"):
    as :func:`_in_part_of_day`, and a bare hour from 1 to 6 is in the afternoon
    (:func:`afternoon_hour`)."""
    at = _in_part_of_day(at, part, said)
    return afternoon_hour(at, said) if part is None else at


_FOR_TOMORROW = {"tonight": "tomorrow night", "today": "tomorrow",
                 "this morning": "tomorrow morning", "this afternoon": "tomorrow afternoon",
                 "this evening": "tomorrow evening"}
_TODAY_SAID = re.compile(r"\b(?:" + "|".join(_FOR_TOMORROW) + r")\b")


def for_tomorrow(text: str) -> str:
    """``text`` with its words of today said for tomorrow ("at 8 tonight" -> "at 8
    tomorrow night"): what a time today that has passed is offered as."""
    return _TODAY_SAID.sub(lambda m: _FOR_TOMORROW[m.group(0)], text)


class TimePassed(ScheduleError):
    """A time said for today that has passed ("at 8 tonight" said at 21:00). ``at``: the
    time of day it named; ``words``: the words of time that named it, when a reader of
    longer sentences fills them in (a reminder's, so what else was said can wait for a
    time still to come)."""

    def __init__(self, message: str, at: time, words: str = "") -> None:
        super().__init__(message)
        self.at = at
        self.words = words


def _once(rest: str, said: re.Match[str], now: datetime) -> Trigger:
    """The one moment that "tomorrow at 8" or "at 10 tonight" names (``rest``: the
    words besides the day)."""
    day = said.group("day") or "today"
    part = said.group("part") or said.group("this") or ("night" if day == "tonight" else None)
    clock = re.fullmatch(r"at\s+(.+)", " ".join(rest.split()))
    if clock is None and part is not None and not rest.strip():
        at = PART_OF_DAY_HOURS[part]  # ("tonight", "tomorrow morning": that part's hour)
    elif clock is None:
        raise ScheduleError(f"At what time {said.group(0)}? Say it like \"{said.group(0)} "
                            "at 7\".")
    else:
        at = on_a_day(spoken_time(clock.group(1)), part, clock.group(1))
    if day == "today" and part is None and clock is not None and 1 <= at.hour < 12 \
            and not _HALF_SAID.search(clock.group(1)) and not re.match(r"\s*0\d", clock.group(1)) \
            and datetime.combine(now.date(), at, tzinfo=now.tzinfo) <= now:
        # "today at 8" said at 14:00: the next 8 o'clock today, 20:00, as a timer's bare
        # hour is read (it was "08:00 today has passed"); both gone, the evening's passed
        at = at.replace(hour=at.hour + 12)
    after_midnight = (part == "night" and at.hour < SMALL_HOURS_END  # "tonight at 1"
                      and now.hour >= SMALL_HOURS_END)  # (said at 00:30: this night's)
    # "tomorrow at 8" said at 00:30 is the morning after this night, not the day after:
    # the speaker has not slept yet (the night is theirs until they wake)
    tomorrow = day == "tomorrow" and not (now.hour < SMALL_HOURS_END
                                          and at.hour >= SMALL_HOURS_END)
    date = now.date() + timedelta(days=1 if tomorrow or after_midnight else 0)
    moment = datetime.combine(date, at, tzinfo=now.tzinfo)
    if moment <= now:
        raise TimePassed(f"{at:%H:%M} today has passed; say \"tomorrow at "
                         f"{at:%H:%M}\" for tomorrow.", at)
    return Trigger("once", at=moment)


_UNITS = {"second": 1, "minute": 60, "hour": 3600, "sec": 1, "min": 60, "hr": 3600}
"""Units of a delay, and the short forms people type and recognisers write ("10 mins")."""
_AMOUNT = r"(?:\d+\.\d+|\w+(?:\s\w+)?)"
_UNIT = r"(?:second|minute|hour|sec|min|hr)s?"
_A_COUPLE = re.compile(r"\b(?:a\s+)?couple\s+(?:of\s+)?")
_PART = r"and\s+(?:a\s+half|a\s+quarter|three\s+quarters)"
_DELAY_RE = re.compile(
    rf"(?P<n>{_AMOUNT}?)\s+(?:(?P<half_before>{_PART})\s+)?(?P<u>{_UNIT})"
    rf"(?:\s+(?P<half_after>{_PART})|(?:\s*,)?(?:\s+and)?\s+(?P<n2>{_AMOUNT}?)\s+"
    rf"(?P<u2>{_UNIT}))?")
_PARTS = {"half": 0.5, "quarter": 0.25, "quarters": 0.75}
"""A part of the unit said after "and": "an hour and a quarter", "two and a half
minutes", "an hour and three quarters"."""
_FRACTIONS = {"half an hour": 1800, "a half hour": 1800, "half a minute": 30,
              "a quarter of an hour": 900, "quarter of an hour": 900,
              "a quarter hour": 900, "three quarters of an hour": 2700}


def later(now: datetime, seconds: float) -> datetime:
    """``now`` plus ``seconds`` as a clock counts them, in ``now``'s zone: added in UTC,
    since adding to a time in a zone with daylight saving adds wall time ("in 6 hours"
    at 21:00 the night the clocks go forward was 03:00, 5 hours on, and "in 5 hours"
    said "02:00", an hour that does not exist)."""
    return (now.astimezone(UTC) + timedelta(seconds=seconds)).astimezone(now.tzinfo)


def delay_said(text: str) -> int | None:
    """Seconds that a length of time says ("an hour", "10 mins", "half an hour"), or
    None: the words after "in" of a timer, and after "for" of a change for a while."""
    return _delay(text)


def _delay(text: str) -> int | None:
    """Seconds that a delay after "in" says: "10 minutes", "half an hour", "an hour and
    a half", "one and a half hours", "1.5 hours", "an hour and a quarter", "2 hours and
    15 minutes"; None for other words."""
    text = _A_COUPLE.sub("2 ", " ".join(text.split()))  # "a couple of hours"
    if text in _FRACTIONS:
        return _FRACTIONS[text]
    match = _DELAY_RE.fullmatch(text)
    if match is None:
        return None
    said = match.group("n")
    first = float(said) if re.fullmatch(r"\d+\.\d+", said) else number(said)
    if first is None:
        return None  # ("1.5 hours" is an hour and a half)
    unit = _UNITS[match.group("u").rstrip("s")]
    part = match.group("half_before") or match.group("half_after")
    seconds = round((first + (_PARTS[part.split()[-1]] if part else 0)) * unit)
    if match.group("n2"):
        second = number(match.group("n2"))
        if second is None:
            return None
        seconds += second * _UNITS[match.group("u2").rstrip("s")]
    return seconds


_DELAY_FIRST = re.compile(r"^(?:(?:ok|okay|so|please)\s+)*(?P<verb>(?:let'?s\s+)?wait(?:\s+for)?|"
                          r"give\s+it|in|after)\s+(?P<rest>.+)$")
""""wait ten minutes then movie night", "give it an hour then turn off the tv", "in ten
minutes movie night", "after 5 minutes, lock up": a delay said before what to do."""
_THEN = re.compile(r"^(?:,\s*)?(?:(?:and\s+)?then\b|and\b|,)\s*")
""""then", "and then", "and" ("wait ten minutes and turn off the tv") or a comma."""


def delay_first(text: str) -> str | None:
    """``text`` with a delay said first moved to the end, as timers and one-off runs
    read it ("wait ten minutes then movie night" -> "movie night in ten minutes"); None
    when it opens with no delay, or nothing follows it. After "wait" or "give it" a
    "then" (or a comma) is needed: "wait an hour" alone asks nothing to be done later."""
    split = _delay_then(text, lambda delay: _delay(delay) is not None)
    return None if split is None else f"{split[1]} in {split[0]}".replace(" ,", ",")


_NO_LENGTH = re.compile(r"(?:a\s+)?(?:little\s+|short\s+|few\s+)?"
                        r"(?:bit|while|moment|moments|little)(?:\s+longer)?")
""""a bit", "a while", "a moment", "a little while": a delay with no length to set."""


def length_unsaid(text: str) -> str | None:
    """What to do after a delay said first with no length ("wait a bit then movie
    night", "in a bit turn off the tv" -> the words after it), or None. Such a delay
    asks for later, never now, and the project reads no length into it: ask how long."""
    split = _delay_then(text, lambda delay: _NO_LENGTH.fullmatch(delay) is not None)
    return None if split is None else split[1].replace(" ,", ",")


_LENGTH_ANSWER = re.compile(r"^(?:(?:ok|okay|so|um|about|say)\s+)*(?:(?:let'?s\s+)?wait(?:\s+for)?"
                            r"\s+|give\s+it\s+|in\s+|for\s+|after\s+)?(?P<delay>.+?)(?:\s+please)?$")


def delay_reading(text: str, taught: bool) -> tuple[str | None, str | None]:
    """(``text`` with a delay said first moved to the end, what waits for a length not
    said): how chat's turn order and ``listen`` both read a delay said first, neither
    for a taught phrase ("in a minute" may be one)."""
    if taught:
        return None, None
    later = delay_first(text)
    return later, None if later is not None else length_unsaid(text)


def length_answered(text: str) -> str | None:
    """The length that answers "How long shall I wait?" ("in 10 minutes", "10 minutes",
    "give it an hour"), as words a timer reads after "in"; None for other words."""
    said = _LENGTH_ANSWER.match(" ".join(text.lower().strip().rstrip("?.!").split()))
    delay = said.group("delay") if said is not None else ""
    return delay if _delay(delay) is not None else None


def _delay_then(text: str, is_delay: Callable[[str], bool]) -> tuple[str, str] | None:
    """(the delay, what follows it) of a delay said first that ``is_delay`` accepts."""
    said = " ".join(text.lower().strip().rstrip("?.!").replace(",", " , ").split())
    opened = _DELAY_FIRST.match(said)
    if opened is None:
        return None
    words = opened.group("rest").split()
    for end in range(min(len(words) - 1, 6), 0, -1):  # the longest delay first
        delay = " ".join(words[:end])
        rest = " ".join(words[end:])
        then = _THEN.match(rest)
        if then is None and opened.group("verb") not in ("in", "after"):
            continue
        rest = rest[then.end():] if then is not None else rest
        if rest and is_delay(delay):
            return delay, rest
    return None


REPEATED = re.compile(r"\b(?:every|each|daily|nightly|weekly|monthly|weekdays|weekends|(?:mon|tues|"
                      r"wednes|thurs|fri|satur|sun)days)\b")
"""Words of repetition ("every day", "on fridays", "weekdays"): a schedule's, never a one-off
timer's or a reminder's."""
_CLOCK_ON_A_DAY = re.compile(r"(?:(?P<part>morning|afternoon|evening|night)\s+)?"
                             r"at\s+(?P<clock>.+)")


def _on_named_day(named: NamedDay, now: datetime) -> Trigger:
    """The moment of "in 3 days", "next friday at 7", "on the 12th at 9 am"."""
    if not named.rest:
        if named.exact is not None:  # ("in 3 days": this time of day, 3 days on)
            return Trigger("once", at=(now + named.exact).replace(microsecond=0))
        raise ScheduleError(f"At what time {named.said}? Say it like \"{named.said} at "
                            "7\".")
    said = _CLOCK_ON_A_DAY.fullmatch(named.rest)
    if said is None:
        raise ScheduleError(f"I did not understand {named.rest!r} as a time of day "
                            f"{named.said}; say it like \"{named.said} at 7\".")
    at = on_a_day(spoken_time(said.group("clock")), said.group("part"), said.group("clock"))
    moment = datetime.combine(named.day, at, tzinfo=now.tzinfo)
    if moment <= now:
        raise ScheduleError(f"{at:%H:%M} {named.said} has passed; say a later time.")
    return Trigger("once", at=moment)


def _monthly(day: int | None, rest: str) -> Trigger:
    """The trigger of "every month on the 1st at 9" (``day_of_every_month``'s reading)."""
    said = "last day" if day == 31 else ordinal(day or 1)  # (as ``describe_trigger``)
    example = f"every month on the {said} at 9"
    if day is None:
        raise ScheduleError(f"On which day of the month? Say it like \"{example}\".")
    if not 1 <= day <= 31:
        raise ScheduleError(f"A month has no {ordinal(day)} day; say one from the 1st to the "
                            "31st.")
    clock = re.fullmatch(r"at\s+(.+)", rest)
    if clock is None:
        raise ScheduleError(f"At what time on the {said} of every month? Say it like "
                            f"\"{example}\".")
    return Trigger("time", time=_in_part_of_day(spoken_time(clock.group(1)), None, rest),
                   month_day=day)


_NO_UNIT = re.compile(r"in\s+(?P<n>\d{1,3}|[a-z]+(?:[ -][a-z]+)?)")
MINUTES_UNSAID_MOST = 90
"""The most minutes a number said after "in" without a unit is read as."""


def minutes_unsaid(when: str) -> int | None:
    """Seconds of "in 5", "in ten" (a number after "in" with no unit): minutes, as
    "back in 5" and "dinner in 10" mean; "turn off the tv in 5" was offered for
    teaching, and "remind me in 5 to stir" asked when, giving "remind me in 5 to stir
    at 5 pm" as the example. The reply says the moment, so a wrong guess is heard at
    once. None for other words, "in a" and "in an", and more than
    ``MINUTES_UNSAID_MOST``."""
    said = _NO_UNIT.fullmatch(when)
    if said is None or said.group("n") in ("a", "an"):
        return None
    amount = number(said.group("n"))
    return amount * 60 if amount is not None and 1 <= amount <= MINUTES_UNSAID_MOST else None


def unit_unsaid(when: str) -> int | None:
    """The number of "in 120" (a number after "in" with no unit) when it is more than
    ``MINUTES_UNSAID_MOST``: too many minutes to take for granted, and as many seconds
    may be meant ("a timer for 120", microwave style), so the unit is asked. None for
    other words and fewer (``minutes_unsaid`` reads those)."""
    said = _NO_UNIT.fullmatch(when)
    amount = number(said.group("n")) if said is not None else None
    return amount if amount is not None and amount > MINUTES_UNSAID_MOST else None


_IN_LAST = re.compile(r"^(?P<rest>.+)\s+(?P<when>in\s+\S+(?:[ -]\S+)?)$")


def unit_unsaid_last(text: str) -> tuple[str, int] | None:
    """(the words before, the number) of ``text`` ending in "in 120" (``unit_unsaid``):
    "turn off the tv in 120"; None for any other ending."""
    said = _IN_LAST.match(text)
    amount = unit_unsaid(said.group("when")) if said is not None else None
    return (said.group("rest"), amount) if said is not None and amount is not None else None


def trigger_of(when: str, now: datetime, *, one_off: bool = False) -> Trigger | None:
    """The trigger that ``when`` ("every weekday at 7", "in 10 minutes", "at sunset",
    "every month on the 1st at 9") says, or None when it says none. ``one_off`` (a
    timer's or a reminder's words): a day said without a word of repetition is that
    day once ("on the first of the month at 5" is the coming 1st at 17:00, as "on the
    12th at 5" is; a schedule reads "of the month" as every month)."""
    named = None if REPEATED.search(when) or not one_off else named_day(when, now)
    if named is not None:
        return _on_named_day(named, now)
    monthly = day_of_every_month(when)
    if monthly is not None:
        return _monthly(*monthly)
    seconds = (_delay(when[3:]) or minutes_unsaid(when)) if when.startswith("in ") else None
    if seconds is not None:  # "in half an hour", "in an hour and a half", "in 5"
        return Trigger("once", at=later(now, seconds).replace(microsecond=0))
    alone = _PART_ALONE.fullmatch(when)
    if alone is not None:  # "in the morning": its hour, the next time it comes
        hour = PART_OF_DAY_HOURS[alone.group("part") or "night"]
        moment = datetime.combine(now.date(), hour, tzinfo=now.tzinfo)
        return Trigger("once", at=moment if moment > now else datetime.combine(
            now.date() + timedelta(days=1), hour, tzinfo=now.tzinfo))
    named = None if REPEATED.search(when) else named_day(when, now)
    if named is not None:  # ("in 3 days", "next friday at 7", "on the 12th at 9")
        return _on_named_day(named, now)
    one_day = _ONE_DAY.search(when)
    if one_day is not None:
        return _once(when[: one_day.start()] + " " + when[one_day.end():], one_day, now)
    delay = re.fullmatch(rf"in\s+(\w+(?:\s\w+)?)\s+({_UNIT})", when)
    if delay:
        amount = number(delay.group(1))
        if amount is None:
            raise ScheduleError(f"I did not understand {delay.group(1)!r} as a number.")
        seconds = amount * _UNITS[delay.group(2).removesuffix("s")]
        at = later(now, seconds).replace(microsecond=0)
        return Trigger("once", at=at)
    days: tuple[int, ...] = ALL_DAYS
    part = _PART_OF_DAY.search(when)
    part_of_day = part.group("part") or "night" if part else None
    if part is not None:
        when = (when[: part.start()] + " " + when[part.end():]).strip()
    day_match = re.search(_DAYS_RE, when)
    if day_match:
        days = _days(day_match.group(0))
        when = " ".join((when[: day_match.start()] + " " + when[day_match.end():]).split())
        after = _DAYS_PART.search(when) if part is None else None
        if after is not None:  # "every weekday morning"
            part_of_day = after.group("part")
            when = " ".join((when[: after.start()] + " " + when[after.end():]).split())
    when = _AFTER_THE_SUN.sub("at ", when)  # ("after sunset": at sunset, as "30 minutes after")
    sun = re.fullmatch(r"(?:at\s+)?(?:(\w+(?:\s\w+)?)\s+minutes?\s+(before|after)\s+)?"
                       r"(?:the\s+)?(" + _SUN + ")", when)
    if sun:
        offset = 0
        if sun.group(1):
            amount = number(sun.group(1))
            if amount is None:
                raise ScheduleError(f"I did not understand {sun.group(1)!r} as minutes.")
            offset = amount if sun.group(2) == "after" else -amount
        return Trigger("sun", event=sun.group(3), offset=offset,  # type: ignore[arg-type]
                       days=days)
    clock = re.fullmatch(r"at\s+(.+)", when)
    if clock:
        said = _in_part_of_day(spoken_time(clock.group(1)), part_of_day, when)
        return Trigger("time", time=said, days=days)
    if (day_match or part_of_day) and not when:
        raise ScheduleError("At what time? Say it like \"every weekday at 7\".")
    return None


def trigger_said(when: str, now: datetime, *, one_off: bool = False) -> Trigger | None:
    """The trigger that words of time alone say ("in an hour and a half", "at 11 pm",
    "at 7 tomorrow", "every weekday at 7"), or None; ``ScheduleError`` when they are
    words of time that cannot be understood. The one reading of times, for timers too
    (``one_off``: as ``trigger_of``)."""
    return trigger_of(" ".join(when.lower().split()), now, one_off=one_off)


_CLOCK_SAID = re.compile(r"\bat\s+\d|\d\s*[ap]\.?m\b|\d:\d\d|\bo'?clock\b|\b(?:"
                         + _NAMED + r")\b|\b(?:at|for)\s+(?:half\s+past|(?:a\s+)?quarter\s+"
                         r"(?:past|to)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                         r"twelve)\b(?!\s+(?:minutes?|hours?|seconds?|days?|weeks?)\b)")
"""A clock time said ("at 7", "7 pm", "6:30", "noon", "at six", "for half past six"): no
part of the day stands for one (an alarm "for seven tomorrow morning" said "("tomorrow
morning" is 07:00 unless you say a time)", and of six, set for 06:00, the same)."""


def part_of_day_said(said: str) -> tuple[str, time] | None:
    """The part of the day ``said`` names without a clock time ("in the morning",
    "tonight", "tomorrow evening") and the hour it stands for (``PART_OF_DAY_HOURS``), so
    a reply can say which hour it took; None when a clock time is said or no part."""
    said = " ".join(said.lower().split())
    if _CLOCK_SAID.search(said) or REPEATED.search(said):
        return None
    alone = _PART_ALONE.search(said)
    if alone is not None:
        return alone.group(0), PART_OF_DAY_HOURS[alone.group("part") or "night"]
    one_day = _ONE_DAY.search(said)
    if one_day is None:
        return None
    part = one_day.group("part") or one_day.group("this") or (
        "night" if one_day.group("day") == "tonight" else None)
    return None if part is None else (one_day.group(0), PART_OF_DAY_HOURS[part])
