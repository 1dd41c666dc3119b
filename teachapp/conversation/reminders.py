"""Reminders and plain timers by voice: "remind me to call my mum at 5", "in 20
minutes remind me to take the cake out", "set a timer for 10 minutes", "pasta timer
for 12 minutes". Nothing changes in the home: when the moment comes, the app says
"Reminder: call your mum." or "Your 10-minute timer is done.".

Pure functions of the words and a clock. The words of time are the timers' and the
one-off schedules' (``time_words.trigger_said``), so "in an hour and a half" and "at
7 tomorrow" read the same everywhere. A reminder is stored as a timer whose one step
says its words (``timers`` table, a ``SayStep``), so it is listed, cancelled, claimed
by one process and reported when missed exactly as a device timer is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from ..domain import counted
from ..errors import ScheduleError
from ..triggers import Trigger
from ..understanding.numbers import words_to_numbers
from .day_words import day_apart
from .time_words import (
    HALF_OF_DAY_WORDS,
    REPEATED,
    TimePassed,
    delay_said,
    minutes_unsaid,
    spoken_time,
    trigger_said,
    unit_unsaid,
)

__all__ = ["ALARM_TEXTS", "ALARM_WHEN", "DayWithoutTime", "LengthUnsaid", "OnceOnly", "Reminder",
           "UnitUnsaid",
           "WhatUnsaid", "answers_when", "length_timer", "parse_reminder", "spoken_to_you",
           "timer_name", "told_length", "unit_answered", "wake_said_again", "with_answer"]


@dataclass(frozen=True)
class Reminder:
    """What to say when, and how to name it in lists ("remind you to call your mum")."""

    says: str
    """The words said when it is due: "Reminder: call your mum."."""
    text: str
    """What it does, as "I'll ..." and lists say it: "remind you to call your mum"."""
    trigger: Trigger
    when: str
    """The words of time as said ("at 5")."""
    named: str = ""
    """A plain timer's own name ("pasta"), or the reminder's words: what "cancel the
    pasta timer" and "cancel the reminder to call mum" are matched against."""


_YOU = {"me": "you", "my": "your", "i": "you", "i'm": "you're", "im": "you're",
        "myself": "yourself", "mine": "yours", "i've": "you've", "i'll": "you'll",
        "we": "you", "us": "you", "our": "your", "ours": "yours", "ourselves": "yourselves",
        "we're": "you're", "we've": "you've", "we'll": "you'll"}


ALARM_WHEN = "When should the alarm go off?"
"""The question an alarm without a time asks; "no" to it is "OK, no alarm."."""

def spoken_to_you(words: str) -> str:
    """The person's words said back to them: "call my mum" -> "call your mum"."""
    return " ".join(_YOU.get(w, w) for w in words.split())


_TIME_START = re.compile(r"\b(?:in|at|tomorrow|tonight|today|this|on|next)\b")
_REMIND = re.compile(
    r"^(?:(?:please|can you|could you|would you|will you|hey|ok|okay)\s+)*"
    r"remind (?:me|us)(?:\s+(?P<how>to|that|about|of))?\s+"
    r"(?!(?:how|what|which|who|whom|whose|where|why|if|whether)\b)(?P<rest>.+)$")
"""("remind me how to start movie night" is a question about a routine, not a reminder)"""
_REMIND_AFTER = re.compile(
    r"^(?P<when>(?:in|at|tomorrow|tonight|today|this|next|on)\b.+?),?\s+(?:please\s+)?"
    r"remind (?:me|us)(?:\s+(?P<how>to|that|about|of))?\s+(?P<what>.+)$")
_UNIT = r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)"
_AMOUNT = r"(?:(?:a|an|half an?|\d+(?:\.\d+)?|[a-z]+(?:[ -][a-z]+)?)\s+)"
_DURATION = r"(?:.+)"
"""Any words: a timer's length is what ``time_words.delay_said`` reads ("an hour and a
half", "one and a half hours", "1.5 hours", "an hour and 15 minutes")."""
_LEAD_IN = (r"(?:(?:um+|uh+|erm?|hmm+|hey|ok|okay|so|well|now|please|let's|let us|we'll|"
            r"we will|i'll|i will|can you|could you|would you|will you),?\s+)*")
"""What may come before a timer or an alarm asked for: a hesitation or a word to begin
with, as a recogniser writes them ("um, set a timer for 5 minutes"), "let's" ("let's set
a timer"), and Whisper's "we'll" before a breath: the real "set a timer for 5 minutes"
(tests/data) was written "we'll set a timer for five minutes" and offered for teaching,
and "i'll set a timer for five minutes" in a home with routines taught (their phrases in
Whisper's prompt)."""
_SET = rf"{_LEAD_IN}(?:(?:set|start|put on|make)\s+(?:me\s+)?)?"
_PLAIN_TIMER = [
    # "set a timer for 10 minutes for the pasta", "a 30 minute timer for the tv"
    re.compile(rf"^{_SET}(?:a |an |the |my )?(?:timer (?:for|of) (?P<dur>.+?)|(?P<amount>"
               rf"{_AMOUNT}{_UNIT}) timer) for (?:the |my |a |an )?(?P<name>[a-z]+(?: [a-z]+)?)$"),
    # "set a timer for 10 minutes", "timer for an hour", "set a pasta timer for 12 minutes"
    re.compile(rf"^{_SET}(?:a |an |the |my )?(?:(?P<name>[a-z]+(?: [a-z]+)?) )?timer "
               rf"(?:for|of|on)\s+(?P<dur>{_DURATION})$"),
    # "set a 10 minute timer", "a five minute pasta timer"
    re.compile(rf"^{_SET}(?:a |an |the |my )?(?P<dur>{_AMOUNT}{_UNIT})"
               r"(?: (?P<name>[a-z]+(?: [a-z]+)?))? timer$"),
    # "set a timer 10 minutes", "timer 5 minutes"
    re.compile(rf"^{_SET}(?:a |an )?timer (?P<dur>{_DURATION})$"),
]
_TIMER_NAME_NOT = frozenset({"the", "a", "an", "new", "kitchen", "cooking", "simple", "quick",
                            "countdown", "another", "other", "second"})
"""Words before "timer" that name no particular timer ("a kitchen timer")."""


def _clean(text: str) -> str:
    text = text.lower().replace("’", "'")
    return " ".join(re.sub(r"[.!?]+$", "", text.strip()).split())


def _plural(duration: str) -> str:
    """"10 minute" (as in "a 10 minute timer") -> "10 minutes"; "an hour" stays."""
    return re.sub(r"\b(?P<n>\S+)\s+(?P<unit>second|sec|minute|min|hour|hr)\b(?!s)",
                  lambda m: m.group(0) if m.group("n") in ("a", "an", "1", "one")
                  else f"{m.group('n')} {m.group('unit')}s", duration)


def _time_of(when: str, now: datetime) -> Trigger | None:
    """The moment ``when`` names, or None when it names none. A time today that has
    passed is said (``TimePassed``, with ``when``): "call mum at 8 tonight" said at 21:00
    was read as "call mum at 8" tonight at 22:00, the shorter words being a time too."""
    try:
        return trigger_said(when.strip(" ,"), now, one_off=True)
    except TimePassed as exc:
        raise TimePassed(str(exc), exc.at, when.strip(" ,")) from exc
    except ScheduleError:
        return None


_HOW = re.compile(r"^,?\s*(?:(?P<how>to|that|about|of)\s+)?(?P<what>.*)$")
"""What to be reminded of, after the words of time are taken out: "to call mum"."""


def _spans(rest: str, now: datetime, day: str
           ) -> tuple[str | None, str, str, Trigger] | None:
    """:func:`_what_and_when` with ``day`` (words naming the day, said elsewhere in the
    sentence) read with each time tried."""
    words = rest.split()
    starts = [i for i, w in enumerate(words) if _TIME_START.fullmatch(w)]
    for i in starts:  # the time at the end: "call mum at 5"
        if i == 0:
            continue
        when = " ".join([*words[i:], day]).strip()
        trigger = _time_of(when, now)
        if trigger is not None:
            what = " ".join(words[:i]).rstrip(",")
            said = _HOW.match(what) if day else None  # ("next friday to call mum at 5")
            if said is None:
                return None, what, when, trigger  # ("remind me about that thing at 5")
            return said.group("how"), said.group("what"), when, trigger
    if starts and starts[0] == 0:  # the time first: "at 5 to call mum", "tomorrow about X"
        for j in range(len(words) - 1, 0, -1):
            when = " ".join([*words[:j], day]).strip().rstrip(",")
            trigger = _time_of(when, now)
            if trigger is not None:
                said = _HOW.match(" ".join(words[j:]))
                assert said is not None  # (everything matches)
                return said.group("how"), said.group("what"), when, trigger
    return None


def _what_and_when(rest: str, now: datetime
                   ) -> tuple[str | None, str, str, Trigger] | None:
    """"call my mum at 5" -> ("call my mum", "at 5", trigger); the time may also come
    first ("at 5 to call my mum"), and the day apart from the clock time ("next friday
    to call mum at 5"). The longest time that reads as one wins."""
    apart = day_apart(rest, now)
    if apart is not None:
        without, day = apart
        found = _spans(without, now, day)
        if found is not None:
            return found
        trigger = _time_of(day, now)  # ("in 3 days to water the plants")
        said = _HOW.match(without)
        if trigger is not None and said is not None and said.group("what"):
            return said.group("how"), said.group("what"), day, trigger
    return _spans(rest, now, "")


LONGEST = timedelta(days=366)
"""Further off than this, "on Sun 8 Mar" would not say which year: a schedule says that."""


def _check_length(trigger: Trigger, now: datetime) -> None:
    """A timer of no time, or one more than a year off, is said back as a mistake."""
    if trigger.at is None:
        return
    if trigger.at.timestamp() <= now.timestamp():  # (real time: see timer_talk._add)
        raise ScheduleError("A timer of no time ends at once; say how long, like \"set a "
                            "timer for 5 minutes\".")
    if trigger.at.timestamp() - now.timestamp() > LONGEST.total_seconds():
        raise ScheduleError("That is more than a year away; say a time within the year, "
                            "like \"remind me on 8 March at 9\".")


def _reminder(how: str | None, what: str, when: str, trigger: Trigger) -> Reminder | None:
    what = what.strip(" ,")
    if not what:
        return None
    yours = spoken_to_you(what)
    if how == "that":
        text, says = f"remind you that {yours}", f"Reminder: {yours}."
    elif how in ("about", "of"):
        text, says = f"remind you about {yours}", f"Reminder: {yours}."
    else:
        text, says = f"remind you to {yours}", f"Reminder: {yours}."
    return Reminder(says[0].upper() + says[1:] if says else says, text, trigger, when, what)


class OnceOnly(ScheduleError):
    """A reminder asked for again and again: told, not asked about (it was left open as
    a question, so the next turn, "what time is it?", was answered and then the refusal
    said again)."""


def _not_repeated(cleaned: str, *, alarm: bool = False) -> None:
    """A reminder is said once: one asked for again and again is told so, not set once
    as if that were what was asked (an alarm with a routine's schedule for it: it
    was told of reminders, "remind me on friday at 7 to put the bins out")."""
    if REPEATED.search(cleaned) and alarm:
        raise OnceOnly("An alarm goes off only once. Say it for one day, like \"wake me up "
                       "tomorrow at 7\", or teach a routine, like \"wake up\", and say "
                       "\"run wake up every weekday at 7\".")
    if REPEATED.search(cleaned):
        raise OnceOnly("I can only remind you once, not again and again. Say it for "
                            "one day, like \"remind me on friday at 7 to put the bins "
                            "out\"; a routine can say it on a schedule.")


class DayWithoutTime(ScheduleError):
    """A reminder's day said without its time ("remind me on 8 march to pay rent"): the
    time is asked, and a day alone answers "When should I remind you?" too."""


class WhatUnsaid(ScheduleError):
    """A reminder's time said without what to remind of ("remind me at 8"): asked, and
    so is it when the time was the answer to "When should I remind you?" ("remind me
    tomorrow", "at 9": it was "What shall I do at 9? …", the reminder let go)."""


_TIMER_ALONE = re.compile(rf"^{_LEAD_IN}(?:set|start|put on|make|give|i need|i want)\s+"
                          r"(?:me\s+)?(?:a |an |the |my )?(?:new |another )?"
                          r"(?:(?P<name>[a-z]+) )?timer(?: please)?$")
"""A timer asked for without its length ("set a timer", "start a pasta timer")."""


class LengthUnsaid(ScheduleError):
    """A timer asked for without its length ("set a timer"): how long is asked, and the
    next turn may give just the length (``with_answer``)."""

    def __init__(self, message: str, words: str) -> None:
        super().__init__(message)
        self.words = words
        """The timer asked for, as words a length completes: "set a pasta timer"."""


class UnitUnsaid(ScheduleError):
    """A timer's length said as a number alone of more than 90 ("set a timer for 120"):
    minutes or seconds is asked, and the next turn may give just the unit
    (``with_answer``)."""


_UNIT_ALONE = re.compile(r"^(?:in\s+)?(?:(?P<min>minutes?|mins?|the first(?: one)?)"
                         r"|(?P<sec>seconds?|secs?|the second(?: one)?))$")
_ENDS_IN_NUMBER = re.compile(r"^(?P<before>.*\S)\s+(?P<n>\d+)$")


def unit_answered(kept: str, answer: str) -> str | None:
    """``kept``, words ending in a number alone ("set a timer for 120", "turn off the tv
    in 120"), completed by ``answer`` to "120 minutes or 120 seconds?": a unit alone
    ("seconds") is added, a whole length ("2 hours", "120 minutes", read "for 120 120
    minutes") takes the number's place. None when ``answer`` gives neither."""
    ends = _ENDS_IN_NUMBER.match(kept)
    if ends is None:
        return None
    unit = _UNIT_ALONE.match(answer)
    if unit is not None:
        return f"{kept} {'minutes' if unit.group('min') else 'seconds'}"
    return f"{ends.group('before')} {answer}" if delay_said(answer) is not None else None


def with_answer(kept: str, answer: str) -> str:
    """The words of a reminder or timer asked about (``kept``) with the next turn's
    (``answer``) read as one: the unit or length of a number said alone
    (``unit_answered``), a timer's length after "for", else the answer said after them."""
    if kept.endswith("timer") and not answer.startswith(("for ", "of ")):
        return f"{kept} for {answer}"  # ("set a pasta timer", "10 minutes")
    return unit_answered(kept, answer) or f"{kept} {answer}"


def _when_question(rest: str, cleaned: str, now: datetime) -> ScheduleError:
    """What to ask when a reminder's time does not read: the time of a day that was
    named ("At what time next monday?"), else a time at all."""
    apart = day_apart(rest, now)
    if apart is not None:
        return DayWithoutTime(f"At what time {apart[1]} should I remind you? Say it like "
                              f"\"at 9 am\", or all of it, like \"{cleaned} at 9 am\".")
    return ScheduleError("When should I remind you? Say it with a time, like \"at 5 pm\" or "
                         f"\"in 20 minutes\", or all of it, like \"{cleaned} at 5 pm\".")


_ALARM = re.compile(rf"^{_SET}(?:an |the |my )?alarm(?:(?:\s+(?:for|at))?\s+(?P<when>.+))?$")
_WAKE = re.compile(r"^(?:(?:please|can you|could you|would you|will you)\s+)*"
                   r"wake (?:me|us)(?: up)?\s+(?P<when>.+)$")
_CLOCK_AT = re.compile(r"\bat\s+(?P<clock>.+?)(?=\s+(?:tomorrow|today|on|next|this)\b|$)")
_HALF_SAID = re.compile(HALF_OF_DAY_WORDS)
_DAY_SAID = re.compile(r"\b(?:tomorrow|on|next)\b")
"""A day said for an alarm ("tomorrow", "on friday", "next monday", "on the 12th")."""
ALARM_TEXTS = ("sound your alarm", "wake you up")
"""How alarms are named in lists ("sound your alarm at 07:00"): "cancel the alarm"
picks the timers named so."""


def _morning_hour(clock: str) -> bool:
    """Whether ``clock`` ("7", "6:30", "half past six") is an hour that "am" may follow."""
    try:
        return spoken_time(clock).hour < 12
    except ScheduleError:
        return False


def _alarm(cleaned: str, now: datetime) -> Reminder | None:
    """"set an alarm for 7 am", "alarm at 6:30 tomorrow", "wake me up at 7": a reminder
    that says it is time. "wake me" with a bare hour ("at 7") is the morning's, as
    nobody asks to be woken at 7 pm without saying so, and so is an alarm's for a day
    named ("an alarm for six tomorrow", "for 5 on friday": it was 18:00, 17:00, as a
    day's bare hour is for anything else); an alarm's bare hour alone is read as any
    timer's (whichever of the two comes first)."""
    alarm, wake = _ALARM.match(cleaned), _WAKE.match(cleaned)
    said = alarm or wake
    if said is None:
        return None
    when = said.group("when") or ""
    if when and not _TIME_START.match(when):
        # ("an alarm for 7 am"; "an alarm for 10 minutes" is one in 10 minutes: it asked
        # "When should the alarm go off?")
        when = f"in {when}" if delay_said(when) is not None else f"at {when}"
    clock = _CLOCK_AT.search(when)
    if (wake is not None or _DAY_SAID.search(when)) and clock is not None \
            and not _HALF_SAID.search(when) and _morning_hour(clock.group("clock")):
        when = when[: clock.end()] + " am" + when[clock.end():]  # ("at 6:30 am tomorrow")
    _not_repeated(cleaned, alarm=True)
    trigger = _time_of(when, now) if when else None
    if trigger is None:
        raise ScheduleError(f"{ALARM_WHEN} Say it with a time, like \"set "
                            "an alarm for 7 am\" or \"wake me up at 6:30\".")
    _check_length(trigger, now)
    if wake is not None:
        return Reminder("Time to get up.", ALARM_TEXTS[1], trigger, when, "alarm")
    return Reminder("This is your alarm.", ALARM_TEXTS[0], trigger, when, "alarm")


def wake_said_again(text: str) -> str | None:
    """The words of time of a wake-up or alarm asked for again and again ("wake me up
    at 7 on weekdays": "at 7 am on weekdays", the bare hour the morning's as for any
    "wake me"); None when ``text`` is no such request."""
    cleaned = _clean(text)
    wake = _WAKE.match(cleaned) or _ALARM.match(cleaned)
    if wake is None or not REPEATED.search(wake.group("when") or ""):
        return None
    when = wake.group("when")
    if when[:1].isdigit():
        when = f"at {when}"  # ("wake me up 7 am on weekdays")
    clock = _CLOCK_AT.search(when)
    if clock is not None and not _HALF_SAID.search(when) and _morning_hour(clock.group("clock")):
        when = when[: clock.end()] + " am" + when[clock.end():]
    return when


def parse_reminder(text: str, now: datetime) -> Reminder | None:
    """The reminder or plain timer ``text`` asks for, or None when it asks for neither.

    ``now`` (aware, the home's zone) turns "in 10 minutes" into a moment. Raises
    ScheduleError for a reminder without a time that reads ("remind me to call mum"
    asks when), as a person must be told what to add, not offered a new phrase.
    """
    cleaned = _clean(text)
    if "remind" in cleaned:
        after = _REMIND_AFTER.match(cleaned)
        if after is not None:
            trigger = _time_of(after.group("when"), now)
            if trigger is not None:
                _check_length(trigger, now)
                return _reminder(after.group("how"), after.group("what"),
                                 after.group("when"), trigger)
            # (the day first and the clock time last: "next tuesday remind me to water
            # the plants at 10")
            found = _what_and_when(f"{after.group('what')} {after.group('when')}", now)
            if found is not None:
                how, what, when, trigger = found
                _check_length(trigger, now)
                return _reminder(after.group("how") or how, what, when, trigger)
        match = _REMIND.match(cleaned)
        if match is not None and match.group("rest") in ("to", "that", "about", "of"):
            raise ScheduleError("What should I remind you of, and when? Say, for example, "
                                "\"remind me to call mum at 5 pm\".")
        if match is not None:
            _not_repeated(cleaned)
            if match.group("how") is None and _time_of(match.group("rest"), now) is not None:
                raise WhatUnsaid(  # ("remind me at 8": it said "remind you to at 8")
                    f"What should I remind you of {match.group('rest')}? Say it like "
                    "\"to call mum\".")
            found = _what_and_when(match.group("rest"), now)
            if found is None:
                raise _when_question(match.group("rest"), cleaned, now)
            how, what, when, trigger = found
            _check_length(trigger, now)
            return _reminder(match.group("how") or how, what, when, trigger)
    if "alarm" in cleaned or cleaned.startswith(("wake", "please wake", "can you wake",
                                                 "could you wake", "would you wake")):
        return _alarm(cleaned, now)
    if "timer" not in cleaned:
        return None
    alone = _TIMER_ALONE.match(cleaned)
    if alone is not None:  # ("set a timer": it was offered for teaching)
        name = alone.group("name") or ""
        raise LengthUnsaid("How long should the timer be? Say, for example, \"10 minutes\".",
                           f"set a {name} timer" if name else "set a timer")
    for pattern in _PLAIN_TIMER:
        match = pattern.match(cleaned)
        if match is None:
            continue
        duration = _plural(match.groupdict().get("dur") or match.group("amount"))
        seconds = delay_said(duration)
        if seconds is None and minutes_unsaid(f"in {duration}") is not None:
            duration += " minutes"  # ("set a timer for 5": it was offered for teaching)
            seconds = delay_said(duration)
        amount = unit_unsaid(f"in {duration}") if seconds is None else None
        if amount is not None:  # ("set a timer for 120": it was offered for teaching)
            raise UnitUnsaid(f"{amount} minutes or {amount} seconds?")
        trigger = _time_of(f"in {duration}", now) if seconds is not None else None
        if seconds is None or trigger is None or trigger.kind != "once":
            continue
        _check_length(trigger, now)
        name = (match.groupdict().get("name") or "").strip()
        if name in _TIMER_NAME_NOT or any(w in ("for", "of", "on") for w in name.split()):
            name = ""
        says, text = length_timer(told_length(duration, seconds), name)
        return Reminder(says, text, trigger, f"in {duration}", name)
    return None


def answers_when(asked: str, reminder: Reminder) -> bool:
    """Whether ``reminder``, read from the words of a reminder asked without a time
    (``asked``: "remind me to pay rent") and the next turn's, took only its time from
    that turn: what to remind of is all in ``asked`` (or, after "remind me at 8", its
    time is, and that turn said what). "turn off the tv on the first of
    the month at 9" after "remind me to pay rent" is another request, which set "remind
    you to pay rent turn off the tv of the month"."""
    if reminder.text in ALARM_TEXTS:
        return True  # (an alarm's words are its own: "alarm")
    asked_words = set(_clean(asked).split())
    return set(reminder.named.split()) <= asked_words or (
        set(reminder.when.split()) <= asked_words)  # ("call mum" after "remind me at 8")


_IN_DIGITS = re.compile(r"\d+(?:\.\d+)? (?:second|minute|hour)s?"
                        r"(?: (?:and )?\d+ (?:second|minute|hour)s?)?")
"""A length said in numbers alone: "10 minutes", "1.5 hours", "3 hours and 10 minutes"."""


def told_length(said: str, seconds: int) -> str:
    """A timer's length as it is told back, in digits: as said when its numbers are
    all numbers ("ten minutes", "90 minutes", "3 hours and 10 minutes": "10 minutes",
    "90 minutes", "3 hours and 10 minutes"), else the length in hours, minutes and
    seconds ("an hour and a half": "1 hour 30 minutes"; "two and a half minutes": "2
    minutes 30 seconds"; "an hour": "1 hour")."""
    digits = " ".join(words_to_numbers(said.split()))
    if _IN_DIGITS.fullmatch(digits):
        return digits
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [(hours, "hour"), (minutes, "minute"), (secs, "second")]
    return " ".join(counted(n, unit) for n, unit in parts if n)


_NAMED_TIMER = re.compile(r"tell you when the (?P<name>.+) timer is done$")
_LENGTH_TIMER = re.compile(r"tell you when .+ (?:are|is) up$")


def length_timer(duration: str, name: str = "") -> tuple[str, str]:
    """A plain timer of ``duration`` ("10 minutes"), named or not ("pasta"): what it says
    when due, and how lists name it ("tell you when 10 minutes are up")."""
    if name:
        return f"Your {name} timer is done ({duration}).", f"tell you when the {name} timer is done"
    up = "are" if duration.endswith("s") else "is"
    return f"Time's up: {duration}.", f"tell you when {duration} {up} up"


def timer_name(text: str) -> str | None:
    """The name of the plain timer a timer's ``text`` lists ("pasta"; "" when it has
    none), or None when ``text`` is no plain timer's (a reminder, a device command)."""
    named = _NAMED_TIMER.match(text)
    if named is not None:
        return named.group("name")
    return "" if _LENGTH_TIMER.match(text) else None


def reminded(text: str) -> str:
    """What a reminder is of, as its list says it: "call mum" of "remind you to call mum"."""
    return re.sub(r"^remind you (?:to )?", "", text)


_LENGTH = re.compile(r"tell you when (?P<length>.+) (?:are|is) up$")
_ONE_UNIT = re.compile(r"(?P<n>\d+) (?P<unit>second|minute|hour)s?")


def timer_called(text: str) -> str | None:
    """What a person calls the plain timer whose list words are ``text``: "10-minute
    timer" ("set a timer for 10 minutes", digits or words), "pasta timer"; None for a
    reminder, an alarm or a device command."""
    name = timer_name(text)
    if name:
        return f"{name} timer"
    length = _LENGTH.match(text)
    if name is None or length is None:
        return None
    one = _ONE_UNIT.fullmatch(" ".join(words_to_numbers(length["length"].split())))
    return f"{one['n']}-{one['unit']} timer" if one else f"timer of {length['length']}"


def listed_as(text: str) -> str:
    """A timer as a list of timers says it: "10-minute timer", "pasta timer", "reminder
    to call mum", "alarm", "turn off TV" (the list said "tell you when 10 minutes are up
    at 06:08" and "remind you to call mum at 21:00")."""
    if text in ALARM_TEXTS:
        return "alarm"
    if text.startswith("remind you"):
        return f"reminder to {reminded(text)}"
    return timer_called(text) or text
