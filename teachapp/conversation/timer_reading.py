"""Reading a timer sentence: what a device command said with a time asks for, and when
it runs ("turn off the telly in 30 minutes", "in 20 minutes turn the heating down to
18", "turn the lamp on at 7 tomorrow"), and whether a sentence cancels timers by name.

Nothing is read twice: the time words are the one-off schedules' (``schedule_talk.
trigger_said``), the command is the built-in device-command parser's. A sentence is
split where words of time begin, at its end ("... in 30 minutes") or its start ("in 20
minutes ..."); the longest time that reads as one and leaves a device command wins.
The rules chosen are ``timer_talk``'s (docs/schedules.md); acting on them is there too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ..errors import ScheduleError, TeachappError
from ..schedule import Place, as_said, next_run
from ..triggers import ALL_DAYS, Trigger
from .cancel_words import ENDING_VERBS
from .day_words import day_apart, named_day
from .for_a_while import for_a_while
from .reminders import parse_reminder
from .time_words import (
    CLOCK_TIME,
    HALF_OF_DAY_WORDS,
    REPEATED,
    afternoon_hour,
    on_a_day,
    trigger_said,
)

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["CANCEL_RE", "PAUSE_RE", "TIME_WORDS", "TimerRequest", "clean", "device_command",
           "for_a_while_said", "hour_or_level", "moment_at", "moment_of", "parse_timer",
           "splits", "time_or_level", "timer_sentence"]

TIME_WORDS = frozenset({"in", "at", "tomorrow", "tonight", "today", "this", "after"})
"""Where words of time may begin (the one-off schedules' forms all start so; "after" of
"after sunset")."""
_SAYS_HALF = re.compile(HALF_OF_DAY_WORDS + r"|\d:\d|\b(?:1[3-9]|2[0-3]|0\d)\b")
"""A clock time that says which half of the day it is in."""
_NEVER_A_LEVEL = re.compile(CLOCK_TIME.pattern + r"|\b\d{1,2}:\d\d\b")
""""at 9 am", "at 07:00", "at 7:30": a time of day, never a level, so a command said
with one is a timer even when the command reader makes a level of the hour."""
_HOUR = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_MINUTES = (r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
            r"nineteen|(?:twenty|thirty|forty|fifty)(?:[\s-](?:one|two|three|four|five|six|"
            r"seven|eight|nine))?)")
_SAID_CLOCK = re.compile(
    rf"\bat\s+(?:{_HOUR}\s+(?:oh\s+{_HOUR}|{_MINUTES})|(?:{_MINUTES}|{_HOUR}|half|"
    rf"(?:a\s+)?quarter)(?:\s+minutes?)?\s+(?:past|after|to|till)\s+(?:{_HOUR}|midnight|"
    rf"noon|midday))\b"
    r"(?!\s*(?:percent|%))")
""""at seven thirty", "at ten past seven", "at seven oh five": the same times in words, as
a recogniser writes "7:30" (every engine writes numbers as words), never a level: "turn
on the desk lamp at seven thirty" by voice set it to 7 %. A bare hour in words stays a
level, as "at 7" does (after "turn on" it is asked which: ``hour_or_level``)."""
_ON_AT_AN_HOUR = re.compile(
    r"^(?:please\s+)?(?:(?:can|could|will|would)\s+you\s+)?(?:turn|switch)\b(?P<what>.*\bon\b.*?)"
    rf"\s+at\s+(?:[1-9]|1[0-2]|{_HOUR})(?:\s+please)?$")
""""turn on the desk lamp at 7", "switch the lamp on at seven": a bare hour after "turn on",
far more often a time of day than a level of 7 %; asked which (``hour_or_level``)."""
_LEVEL_SAID = re.compile(r"\b(?:brightness|bright|dim|level|volume|percent|per\s+cent|degrees?)"
                         r"\b|%")
"""Words of a level: said with one, a number is the level ("desk lamp at 7 percent")."""
_TIME_SAID = re.compile(CLOCK_TIME.pattern + r"|\b(?:time|o'?clock|timer|later|morning|"
                        r"afternoon|evening|tonight|night|clock)\b")
"""Words of a time of day, in the answer to "at 07:00, or at 7 % brightness?"."""
_ASKS = re.compile(r"(?:what|when|how|which|is|are|do|does|can|could)\b")
CANCEL_RE = re.compile(
    r"^(?:please\s+)?(?:cancel|stop|remove|delete|clear|forget|scrap|never\s*mind|"
    rf"{ENDING_VERBS}|"
    r"forget\s+about|don'?t\s+bother\s+with)\s+(?:the\s+|my\s+|that\s+|this\s+|all\s+(?:the\s+|"
    r"my\s+)?)?(?:(?P<before>.*?)\s*(?P<noun>timers?|reminders?|alarms?)(?:\s+(?:for|on|of|to|about|"
    r"that|at)\s+(?:the\s+|my\s+)?(?P<after>.+))?)$")
""""cancel the telly timer", "never mind the lamp timer", "cancel the timer for the
fan", "cancel all timers", "cancel the pasta timer", "cancel my reminder to call mum"."""

PAUSE_RE = re.compile(r"^(?:(?:no|oh|ok|okay|actually|wait)[, ]+)*(?:(?:can|could|will|would)\s+"
                      r"you\s+|please\s+)?(?:(?P<pause>pause|freeze|suspend|hold)|(?P<resume>"
                      r"resume|unpause|un-pause|continue|unfreeze))\s+(?P<what>it|that|this|(?:(?:the|"
                      r"my|that|this)\s+|all\s+(?:the\s+|my\s+)?)?(?:[a-z]+\s+)?(?:timers?|alarms?|"
                      r"reminders?))(?:\s+(?:please|for\s+now|for\s+a\s+(?:bit|moment|minute|"
                      r"second)))?$")
""""pause the timer", "hold the pasta timer for a bit", "pause it" (just set); "resume
the timer": a timer cannot be paused here (``TimerTalk._pause``)."""


@dataclass(frozen=True)
class TimerRequest:
    """A device command said with a time: what to do and when."""

    words: str
    """The words of the command ("turn off the telly")."""
    command: Any
    """The parsed ``DeviceCommand``."""
    trigger: Trigger
    """The time as the one-off schedules read it: ``once``, or a clock time."""
    when: str = ""
    """The words of time ("at 11 pm")."""
    repeated: bool = False
    """Said with a word of repetition ("every day at 10"): no timer."""


def splits(text: str) -> Iterator[tuple[str, str]]:
    """(command words, time words): the time at the end, longest first, then at the
    start, longest first."""
    words = text.split()
    for i in range(1, len(words)):
        if words[i] in TIME_WORDS:
            yield " ".join(words[:i]), " ".join(words[i:])
    if words and words[0] in TIME_WORDS:
        for i in range(len(words) - 1, 0, -1):
            yield " ".join(words[i:]), " ".join(words[:i]).rstrip(",")


def clean(text: str) -> str:
    return " ".join(text.lower().strip().rstrip("?.!").replace(",", " , ").split()).replace(
        " ,", ",")


def parse_timer(text: str, now: datetime, parse: Callable[[str], Any], *,
                whole: bool = True) -> TimerRequest | None:
    """The timer ``text`` asks for, or None when it is not a device command with a time
    (or, with ``whole``, when it is a device command as a whole: "at 7" a level).

    ``parse`` is the device-command parser (words -> ``DeviceCommand`` or None);
    ``now`` (aware, the home's zone) turns "in 30 minutes" into a moment. Raises
    ScheduleError when a device command comes with a time that cannot be (a time
    today that has passed, a moment that does not exist).
    """
    cleaned = clean(text)
    on_a_day = _on_a_day(cleaned, now, parse)
    if on_a_day is not None:
        return on_a_day
    if not TIME_WORDS.intersection(cleaned.split()):
        return None  # no words of time: every other turn pays nothing more
    if whole and not (_NEVER_A_LEVEL.search(cleaned) or _SAID_CLOCK.search(cleaned)) \
            and device_command(parse, cleaned) is not None:
        return None  # a command as a whole ("turn on the desk lamp at 7": 7 %)
    problem: ScheduleError | None = None
    for words, when in splits(cleaned):
        try:
            trigger = trigger_said(when, now, one_off=True)
        except ScheduleError as exc:
            if problem is None and device_command(parse, words) is not None:
                problem = exc
            continue
        if trigger is None:
            continue
        command = device_command(parse, words.rstrip(","))
        if command is None:
            continue
        return TimerRequest(words.rstrip(","), command, trigger, when,
                            repeated=trigger.kind != "once" and bool(REPEATED.search(when)))
    if problem is not None:
        raise problem
    return None


_DAY_OPENS = frozenset({"on", "next", "this", "the", "in", "at", "by", "for", "coming"})
"""Where the words of a day may begin ("on the 12th", "next friday", "the day after
tomorrow", "at the end of the month")."""


def _on_a_day(cleaned: str, now: datetime, parse: Callable[[str], Any]) -> TimerRequest | None:
    """The timer of a device command said with a day further off than tomorrow
    (``day_words.day_apart``: "turn off the tv on the 12th at 9", "turn on the lamp next
    friday at 7", "… on 12 january at 9", "… at the end of the month at 8 pm"), the clock
    time anywhere. The command reader passes over the words of a day, so the day was
    dropped ("turn off the tv on the first of the month at 9": "… at 21:00?") or the
    hour made a level ("turn on the desk lamp on the 12th at 9": 9 %). None when no day
    is said apart, or the words repeat (every month: the schedules' to explain)."""
    if REPEATED.search(cleaned):
        return None
    try:
        apart = day_apart(cleaned, now)
    except ScheduleError:
        if _command_before_a_day(cleaned, parse):
            raise  # ("turn off the tv on 31 april at 9": there is no such day)
        return None
    if apart is None:
        return None
    without, day = apart
    problem: ScheduleError | None = None
    for words, when in splits(without):  # the clock time ("at 9"), with the day
        if not when.startswith("at "):
            continue
        try:
            trigger = trigger_said(f"{when} {day}", now, one_off=True)
        except ScheduleError as exc:
            if problem is None and device_command(parse, words) is not None:
                problem = exc
            continue
        command = device_command(parse, words.rstrip(","))
        if trigger is not None and command is not None:
            return TimerRequest(words.rstrip(","), command, trigger, f"{when} {day}")
    if problem is not None:
        raise problem
    command = device_command(parse, without)
    if command is None:
        return None
    if named_day(day, now) is None:  # ("turn off the tv on friday": which time?)
        raise ScheduleError(f"At what time {day}? Say it like \"{without} {day} at 7\".")
    trigger = trigger_said(day, now, one_off=True)  # ("in 3 days"; else it asks the time)
    return None if trigger is None else TimerRequest(without, command, trigger, day)


def _command_before_a_day(cleaned: str, parse: Callable[[str], Any]) -> bool:
    """Whether ``cleaned`` opens with a device command before words that may name a day."""
    words = cleaned.split()
    return any(device_command(parse, " ".join(words[:i])) is not None
               for i, word in enumerate(words) if i and word in _DAY_OPENS)


def hour_or_level(text: str, now: datetime, parse: Callable[[str], Any]) -> TimerRequest | None:
    """The timer of "turn on the desk lamp at 7" (or "at seven", as a recogniser writes
    it), which the command reader reads as a whole as 7 %: a bare hour after "turn on"
    or "switch on", with no word of a level, is more often a time, so it is asked which
    (``TimerTalk``); None for any other sentence ("set the desk lamp at 40", "dim the
    desk lamp to 7", "desk lamp at 7 percent": levels; "turn on the coffee maker at
    seven": a timer with no question, the coffee maker has no level). Raises
    ScheduleError as ``parse_timer`` does."""
    cleaned = clean(text)
    said = _ON_AT_AN_HOUR.match(cleaned)
    if said is None or _LEVEL_SAID.search(said["what"]) or REPEATED.search(cleaned) \
            or device_command(parse, cleaned) is None:
        return None  # ("every day at 7": no timer, as any repeated time)
    request = parse_timer(text, now, parse, whole=False)
    return None if request is None or request.repeated else request


def time_or_level(answer: str) -> str | None:
    """"time" or "level": what the answer to "Do you mean at 07:00, or at 7 %
    brightness?" chose ("the time", "7 am", "at 7 o'clock"; "brightness", "percent");
    None when it says neither, or both, or asks ("what time is it?": answered in
    passing, the question stays open)."""
    if answer.rstrip().endswith("?") or _ASKS.match(answer.strip().lower()):
        return None
    cleaned = clean(answer)
    time, level = _TIME_SAID.search(cleaned), _LEVEL_SAID.search(cleaned)
    if bool(time) == bool(level):
        return None
    return "time" if time else "level"


def timer_sentence(text: str, store: Store, parser: Any, now: datetime) -> str | None:
    """"timer" when chat would set a timer for ``text`` (or explain why it cannot),
    "cancel_timer" when it would cancel one by name, None otherwise: what ``listen``
    reports, by the rule ``TimerTalk.turn`` follows ("cancel that" needs the turn
    before, so it is not counted here)."""
    from .moved_to import added_to  # (moved_to reads times with this module's helpers)

    if store.phrase_owner(text) is not None:
        return None
    cleaned = clean(text)
    if CANCEL_RE.match(cleaned):
        return "cancel_timer"
    if added_to(text) is not None or _paused_named(cleaned):
        return "timer"  # ("add 5 minutes", "pause the timer": said without a turn before)
    try:
        if parse_reminder(text, now) is not None:
            return "timer"
        request = parse_timer(text, now, parser.parse)
        if request is None and hour_or_level(text, now, parser.parse) is not None:
            return "timer"  # ("turn on the desk lamp at 7": asked, time or level)
    except ScheduleError:
        return "timer"
    if request is None:  # "turn the tv on for an hour": a command now, a timer after
        wanted = for_a_while_said(text, parser)
        return "timer" if wanted is not None and wanted.back else None
    if request.repeated or store.phrase_owner(request.words):
        return None
    return "timer"


def _paused_named(cleaned: str) -> bool:
    """"pause the timer" (not "pause it", which needs a timer just set): TimerTalk answers
    it with or without timers set."""
    asked = PAUSE_RE.match(cleaned)
    return asked is not None and asked["what"] not in ("it", "that", "this")


def for_a_while_said(text: str, parser: Any) -> Any:
    """The change for a while ``text`` asks for over ``parser``'s devices, or None."""
    return for_a_while(text, lambda words: device_command(parser.parse, words), parser.devices)


def device_command(parse: Callable[[str], Any], words: str) -> Any:
    try:
        command = parse(words)
    except TeachappError:
        return None
    return command if command is not None and command.steps else None


def moment_of(request: TimerRequest, now: datetime, place: Place) -> datetime:
    """When the timer runs: the once-moment, or the next coming of a clock time (a bare
    hour: whichever half of the day comes first)."""
    return moment_at(request.trigger, request.when, now, place)


def moment_at(trigger: Trigger, when: str, now: datetime, place: Place, *,
              morning_first: bool = False) -> datetime:
    """The moment ``trigger`` (read from ``when``) comes next: a bare hour from 1 to 6 is
    the afternoon's ("remind me at 5": 17:00, ``time_words.afternoon_hour``), any other
    bare hour whichever half of the day comes first ("at 8" said at 19:00: 20:00).
    ``morning_first`` (an alarm's): a bare 1-6 too is the first to come, as an alarm
    "for 5" said at 19:00 wakes at 05:00."""
    if trigger.kind == "once":
        assert trigger.at is not None
        return trigger.at
    if trigger.kind == "time" and trigger.time is not None and trigger.days != ALL_DAYS:
        # (a day of the week named: "on friday at 5" is that Friday's 17:00)
        trigger = replace(trigger, time=on_a_day(trigger.time, None, when))
    elif trigger.kind == "time" and trigger.time is not None and not morning_first:
        trigger = replace(trigger, time=afternoon_hour(trigger.time, when))
    moment = next_run(trigger, now, place)
    at = trigger.time
    if trigger.kind == "time" and trigger.time is not None and trigger.time.hour < 12 \
            and not _SAYS_HALF.search(when) and trigger.days == ALL_DAYS:
        later_at = trigger.time.replace(hour=trigger.time.hour + 12)
        other = next_run(replace(trigger, time=later_at), now, place)
        if other is not None and (moment is None or other < moment):
            moment, at = other, later_at
    if moment is None:
        raise ScheduleError("That time does not come again; say it like \"at 10 pm\".")
    # (a time the clocks skip stays as said, so the reply says why it runs later)
    return moment if at is None else as_said(moment, at)
