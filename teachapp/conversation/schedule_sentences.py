"""Schedule sentences read: "run good morning every weekday at 7", "what's scheduled?",
"cancel the good morning schedule", "run movie mode in 10 minutes".

``parse_schedule_request`` is pure (text and a clock in, a request out), so the wording
is tested without a database; ``ScheduleTalk.turn`` applies it to the store.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime

from ..errors import ScheduleError
from ..triggers import Trigger
from .cancel_words import ENDING_VERBS
from .day_words import MONTHLY
from .morning_routines import WAKING
from .schedule_day import asks_if_scheduled, days_asked
from .time_words import (
    HALF_OF_DAY_WORDS,
    WHEN_OPENS,
    TimePassed,
    days_said,
    delay_said,
    spoken_time,
    trigger_of,
)

__all__ = ["ScheduleRequest", "parse_schedule_request"]

_WHEN_WORDS = r"(?P<when>" + WHEN_OPENS + r".*)$"
_RUN_RE = re.compile(r"^(?:please\s+)?(?P<verb>run|start|schedule|do)\s+(?P<name>.+?)\s+"
                     + _WHEN_WORDS)
_MAKE_RUN_RE = re.compile(r"^(?:please\s+)?(?:(?:can|could|would)\s+you\s+)?(?:make|have|let|"
                          r"set|get)\s+(?P<name>.+?)\s+(?:to\s+)?(?P<verb>run|start|go|come\s+on)"
                          r"\s+" + _WHEN_WORDS)
""""make cosy evening run every weekday at 7pm", "set X to start at 6": the routine
made to run at a time (it was read as a new phrase "every weekday at 7pm" for it)."""
_WHEN_FIRST_RE = re.compile(
    r"^(?P<when>(?:every|each|daily|nightly|weekdays|on|at)\b.*?),?\s+(?:please\s+)?"
    r"(?P<verb>run|start|do|play)\s+(?P<name>.+)$")
""""every day at 7 am do morning tea", "on weekdays at 6 start coffee time": the time
said first (the verb is needed: it says where the time ends and the name begins)."""
_SCHEDULE_FOR_RE = re.compile(r"^(?:please\s+)?schedule\s+(?P<name>.+?)\s+for\s+"
                              r"(?P<when>(?:\d|one|two|three|four|five|six|seven|eight|nine|"
                              r"ten|eleven|twelve|noon|midnight)\S*(?:\s.*)?)$")
""""schedule morning tea for 7 every day": "for" before a time says "at"."""
_PHRASE_RUN_RE = re.compile(
    r"^(?:please\s+)?(?P<name>.+?)\s+(?P<when>(?:at\s+\S+(?:\s+(?:am|pm))?\s+)?(?:every|each|"
    r"daily|nightly|weekdays|on\s+(?:weekdays|weekends?|\w+days?)|tomorrow|today|tonight|"
    r"this\s+(?:morning|afternoon|evening))\b.*|in\s+\w+(?:\s\w+)?\s+(?:second|minute|hour)s?|"
    r"in\s+(?:\d{1,2}|[a-z]+(?:-[a-z]+)?))$")
"""A taught phrase said with a schedule and no verb: "put the kettle on at 7 every
weekday", "bath time in 10 minutes", "bath time in 10" (minutes, as ``trigger_of``
reads a number after "in" with no unit: it asked "Did you mean bath time?"). Only for a
phrase said exactly, and only with a word of repetition or a delay: "bath time at 7"
alone says no day."""
_NTH = (r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|"
        r"\d{1,2}(?:st|nd|rd|th))")
_WEEKDAY_WORD = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_UNKEPT_RE = re.compile(
    r"^(?:please\s+)?(?:(?P<verb>run|start|schedule|do)\s+)?(?P<name>.+?),?\s+(?P<when>"
    r"(?:(?:on|at|by)\s+)?(?:(?:the|every|each)\s+)?(?:[\w-]+\s+){0,2}?(?:day\s+)?of\s+"
    r"(?:every|each|the)\s+month\b.*|"
    r"(?:(?:at\s+\S+(?:\s+(?:am|pm))?|on\s+the\s+\w+)\s+)?(?:every|each|once\s+a)\s+"
    r"(?:other\s+\w+|(?:\w+\s+)?(?:months?|years?|fortnights?)|\w+\s+(?:days|weeks)|"
    rf"{_NTH}\s+(?:day|week|{_WEEKDAY_WORD})\b(?!\s+of\s+(?:every|each|the)\s+month))\b.*|"
    r"(?:monthly|yearly|annually|fortnightly|biweekly)(?:\s+(?:at|on)\s+.+)?)$")
""""run movie night on the first of every month", "run bins every two weeks", "run movie
night monthly": a repetition a schedule cannot keep (schedules repeat on days of the
week). Said so, with what can be said instead, when the words before it name a routine
(the verb left out, a taught phrase said exactly): the sentence was offered for teaching,
and "run movie night monthly" ran movie night."""
_A_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b")
_EVENT_RE = re.compile(
    r"^(?:please\s+)?(?:(?P<verb>run|start|schedule|do)\s+)?(?P<name>.+?),?\s+(?P<when>"
    r"(?:right\s+|just\s+)?(?:after|before|whenever|when|once|as\s+soon\s+as)\s+"
    r"(?!(?:\d|an?\s+(?:hour|minute|second)|half|(?:the\s+)?(?:sun|dawn|dusk)|noon|midnight|"
    r"\w+\s+(?:minutes?|hours?|seconds?)\b|(?:all|that|this|it)$))\S.*)$")
""""run movie night after every meal", "run bedtime when i get home": a moment no clock
says, which no schedule can know. Said so, with what a schedule can be, when the words
before it name a routine (the verb left out, a taught phrase said exactly): it was
offered for teaching as a phrase of its own. Not of a time ("after sunset", "after 10
minutes"), which is read as one, nor "after all", "after that"."""
_CANCEL_AT_RE = re.compile(
    r"^(?:cancel|remove|delete|drop)\s+(?:the\s+)?(?:(?P<time>\d{1,2}(?::\d{2})?\s*(?:am|pm)|"
    r"\d{1,2}(?::\d{2})?\s*o'?clock|\d{1,2}:\d{2})\s+(?P<a>.+)|(?P<b>.+?)\s+(?P<at>at\s+.+))$")
""""cancel the 2am night feed", "cancel night feed at 7": that time of its schedule."""
_TIMER_WORD = r"(?:the|my|that|this|our)\s+(?:timers?|alarms?|reminders?)"
_TIME_LEFT = (r"(?:how\s+(?:long|much(?:\s+(?:more\s+)?time)?|many\s+minutes)|what(?:'?s|\s+is))"
              r"\s+(?:is\s+|are\s+|'?s\s+|have\s+i\s+got\s+|do\s+i\s+have\s+)?"
              r"(?:left|remaining|to\s+go)(?:\s+(?:on|for|in|of)\s+" + _TIMER_WORD + r")?|"
              r"(?:how\s+much\s+|what(?:'?s|\s+is)\s+(?:the\s+)?)?time\s+(?:is\s+)?(?:left|"
              r"remaining)\s+(?:on|for|in|of)\s+" + _TIMER_WORD + r"|"
              r"how\s+long\s+(?:until|till|til|before)\s+" + _TIMER_WORD + r"(?:\s+(?:goes\s+off|"
              r"rings|is\s+(?:done|up|finished)|ends|finishes|is\s+due))?|"
              r"when\s+(?:does|will|is)\s+" + _TIMER_WORD + r"\s+(?:go(?:ing)?\s+off|ring(?:ing)?|"
              r"end|finish|be\s+(?:done|up|finished)|due|up|done)|"
              r"when(?:\s+is|'?s)\s+" + _TIMER_WORD + r"(?:\s+(?:set\s+for|due|going\s+off))?|"
              r"what\s+time\s+(?:is|does)\s+" + _TIMER_WORD + r"(?:\s+(?:set\s+for|set|for|"
              r"go(?:ing)?\s+off))?|what(?:'?s|\s+is)\s+" + _TIMER_WORD + r"\s+set\s+(?:for|to)|"
              r"(?:is|are)\s+" + _TIMER_WORD + r"\s+(?:set|on|running|going)|"
              r"(?:is|are)\s+there\s+(?:a|an)\s+(?:timer|alarm|reminder)(?:\s+(?:set|running|on|"
              r"going))?|(?:do|did)\s+i\s+(?:have|set)\s+(?:a|an)\s+(?:timer|alarm|reminder)"
              r"(?:\s+(?:set|running|on|going))?")
"""Questions of how long a timer has to go ("what's left on the timer?", "how much time is
left?"), or whether one is set: each is answered with the time left of each timer
(``ScheduleRequest.left``)."""
_LEFT_RE = re.compile(r"^(?:" + _TIME_LEFT + r")\??$")
_LIST_RE = re.compile(r"^(?:what(?:'?s| is)\s+(?:on\s+the\s+|my\s+)?(?:scheduled?|schedules)|"
                      r"what\s+schedules?|"
                      r"list\s+(?:the\s+)?schedules?|show\s+(?:the\s+)?schedules?|"
                      r"(?:what|which)\s+(?:timers?|reminders?|alarms?)(?:\s+(?:are|is|have\s+i|"
                      r"do\s+i\s+have|did\s+i|have\s+i\s+got|are\s+there|is\s+there))?"
                      r"(?:\s+(?:set|running|on|going|there|left|pending|coming\s+up))?|"
                      r"what(?:'?s|\s+is|\s+are)\s+(?:my|the|all\s+my|all\s+the)\s+"
                      r"(?:timers?|reminders?|alarms?)|"
                      r"(?:list|show|tell|read)(?:\s+(?:me|out))?\s+(?:the\s+|my\s+|all\s+"
                      r"(?:the\s+|my\s+)?)?(?:timers?|reminders?|alarms?)|"
                      r"(?:are\s+there\s+|is\s+there\s+|do\s+i\s+have\s+|have\s+i\s+got\s+)?"
                      r"any\s+(?:timers?|reminders?|alarms?)(?:\s+(?:set|running|on|left|pending))?|"
                      + _TIME_LEFT + r")\??$")
""""what's scheduled?", "what timers are set?" and "what reminders do i have?" all
list schedules, timers and reminders (a reminder is a timer that says its words), as do
"what alarms are set?" and "any alarms?" (an alarm may be a timer, a reminder or a
morning routine's schedule); "how long is left on the timer?" and "when does my alarm go
off?" are answered with the time left (``_LEFT_RE``)."""
_ONLY_REMINDERS = re.compile(r"^(?!.*\b(?:timers?|alarms?|schedul\w*)\b).*\breminders?\b")
"""A list question that names only reminders: answered with the reminders alone."""
_CANCEL_RE = re.compile(rf"^(?:cancel|remove|delete|stop|{ENDING_VERBS})\s+(?:the\s+)?"
                        r"(?:schedule\s+(?:for|of)"
                        r"\s+(?P<a>.+)|(?P<b>.+?)\s+schedules?)$")
_CANCEL_TIMER_RE = re.compile(rf"^(?:please\s+)?(?:cancel|stop|remove|delete|clear|scrap|"
                              rf"{ENDING_VERBS})\s+"
                              r"(?:the\s+|my\s+|that\s+)?(?P<name>.+?)\s+timer$")
"""The routine a one-off run was set for, called a timer as the list of timers shows it."""
# "stop running wind down at 10 pm", "don't run good morning every day anymore",
# "unschedule movie mode": only with a word of time, so "don't run X" stays a negation.
_STOP_RE = re.compile(r"^(?:please\s+)?(?:(?:stop|quit|don'?t|do\s+not|no\s+longer)\s+"
                      r"(?:running|run|starting|start|doing|do)|unschedule)\s+(?P<name>.+?)"
                      r"(?:\s+(?P<when>(?:every|each|daily|on|at|weekdays)\b.*?))?"
                      r"(?P<tail>\s+(?:automatically|on\s+(?:a\s+)?schedule|anymore|any\s+more))?$")
_MOVE_RE = re.compile(r"^(?:please\s+)?(?:(?:can|could|would)\s+you\s+)?(?:move|change|shift|"
                      r"push|bring|put|set|reschedule)\s+(?P<name>.+?)\s+(?:(?:back|forward|"
                      r"later|earlier)\s+)?(?:to|till|until|for)\s+(?P<when>(?:at\s+)?(?:\d|"
                      r"noon|midnight|half|quarter|one|two|three|four|five|six|seven|eight|nine|"
                      r"ten|eleven|twelve)\S*(?:\s+\S+){0,3})$")
""""move bedtime to 10", "change wake up to 7:30": a routine's schedule moved to that
time of day, its days kept (``ScheduleTalk``; a bare hour in the half of the day it ran
at). Only a routine of this home: "set the lamp to 10" goes on (``loose``)."""
_MAKE_AT_RE = re.compile(r"^(?:please\s+)?(?:make|have)\s+(?P<name>(?:(?!\b(?:run|runs|start|"
                         r"starts|go|begin|every|each|daily|weekdays?|weekends?)\b).)+?)\s+"
                         r"(?P<when>(?:at\s+)?"
                         r"(?:\d{1,2}(?::\d\d)?\s*(?:am|pm|o'?clock)|\d{1,2}:\d\d|noon|midnight|"
                         r"(?:half|quarter)\s+(?:past|to)\s+\w+))$")
""""make bedtime 10 pm": as "move bedtime to 10 pm" (it asked "Shall I run bedtime every
day at 22:00?", and "yes" gave it a second time). Not when the words before the time say a
schedule of their own ("make reading mode run every weekday at 7pm" adds one)."""
_SHIFT_RE = re.compile(r"^(?:please\s+)?(?:(?:can|could|would)\s+you\s+)?(?:push|move|put|shift|"
                       r"bring|set)\s+(?P<name>.+?)\s+(?P<dir>back|later|forward|earlier)\s+"
                       r"(?:by\s+)?(?P<length>.+)$|"
                       r"^(?:please\s+)?(?:make|run|start)\s+(?P<name2>.+?)\s+(?P<length2>.+?)\s+"
                       r"(?P<dir2>later|earlier)$")
""""push bedtime back half an hour", "bring wake up forward 10 minutes", "make bedtime
half an hour later": its time moved by that much ("back", "later": later)."""
_CLOCK_SAID = re.compile(r":|\b(?:am|pm|a\.m|p\.m|o'?clock|noon|midnight|past|to)\b")
"""A time said unmistakably as one: "move it to 7:30" moves the schedule spoken of, while
"set it to 10" stays a level for the device last used."""
_INSTEAD = re.compile(r",?\s+instead$")
""""run wake up at 7:30 on weekdays instead": the time said replaces the schedule (it
was "I did not understand the time '7:30 instead'")."""
_WHEN_RE = re.compile(r"^(?:when\s+(?:does|do|will|is)\s+(?P<a>.+?)\s+(?:start|run|go|begin|"
                      r"come\s+on|happen|scheduled|due)(?:\s+next)?|"
                      r"(?:is|are)\s+(?P<b>.+?)\s+scheduled|"
                      r"when\s+is\s+(?P<c>.+?)\s+(?:next|on)|what\s+time\s+(?:does|will)\s+"
                      r"(?P<d>.+?)\s+(?:start|run))$")


@dataclass(frozen=True)
class ScheduleRequest:
    action: str
    """add, list, when (asked when a routine runs), cancel, move (its schedule to the
    time of day ``said``: "move bedtime to 10"), unkept (a repetition no
    schedule keeps: "on the first of every month") or event (a moment no clock says:
    "after every meal")."""
    routine: str | None = None
    trigger: Trigger | None = None
    loose: bool = False
    """Said in everyday words ("stop running X at 10"): when X is no routine, the
    sentence is not about schedules at all."""
    with_verb: str | None = None
    """The name with the verb said before it, tried first: "start work every day at
    8" schedules Start work, not a routine called Work."""
    exact: bool = False
    """The routine must be named by a taught phrase or its name said exactly."""
    days: tuple[int, ...] | None = None
    """cancel: only these weekdays of its schedules ("don't run X on fridays")."""
    once: bool = False
    """cancel: only its runs set for one moment ("cancel the reading mode timer" after
    "reading mode in 5 minutes"), not its repeating schedules."""
    dates: tuple[date, ...] = ()
    """list: only the runs and timers of these days, answered day by day ("what's
    scheduled for tomorrow?": one; "this weekend": Saturday and Sunday)."""
    said: str = ""
    """unkept, event: the words of the repetition or moment no schedule keeps ("every two
    weeks", "after every meal")."""
    reminders: bool = False
    """list: only the reminders were asked of ("what reminders do I have?")."""
    problem: str = ""
    """unkept: what the words lack, said instead of the refusal when they name a routine
    ("movie night on the first of every month": "At what time on the 1st …?")."""
    left: bool = False
    """list: the time left was asked ("what's left on the timer?"): said timer by timer
    ("7 minutes left on your 10-minute timer ...")."""
    shift: int = 0
    """move: seconds later (earlier when negative) instead of a time of day: "push
    bedtime back half an hour", "make wake up 10 minutes earlier"."""
    instead: bool = False
    """add: said with "instead": the new time replaces the routine's schedule of its
    kind (repeating, or once) rather than being added to it."""
    passed: TimePassed | None = None
    """add, no trigger: a routine's phrase said with a time today that has passed and no
    verb ("movie night tonight at 8" at 21:00): refused, or tomorrow's offered, only when
    the phrase is a routine's (other words so are no schedule sentence)."""


def parse_schedule_request(text: str, now: datetime) -> ScheduleRequest | None:
    """What a schedule sentence asks for, or None when it is not one.

    ``now`` (aware) turns "in 10 minutes" into a moment. Raises ScheduleError for a
    schedule sentence whose time cannot be understood. "... instead" at the end of a
    schedule to add makes it replace the routine's schedule (``instead``).
    """
    norm = " ".join(text.lower().strip().rstrip("?.!").split())
    bare = _INSTEAD.sub("", norm)
    if bare != norm:
        request = _parse(bare, now, asked=False)
        if request is not None and request.action in ("add", "move"):
            return _in_the_morning(replace(request, instead=True), bare, now)
    return _in_the_morning(_parse(norm, now, asked=text.strip().endswith("?")), norm, now)


_CLOCK_AT = re.compile(r"\bat\s+(?P<clock>.+?)(?=\s+(?:tomorrow|today|tonight|on|next|this)\b|$)")


def _in_the_morning(request: ScheduleRequest | None, norm: str, now: datetime
                    ) -> ScheduleRequest | None:
    """A once-off run of a morning routine at a bare hour from 1 to 6 ("run wake up
    tomorrow at 6" said at 21:00) is at that hour of the morning, as "wake me up at 6"
    is: a day's bare 1-6 is otherwise the afternoon's (``time_words.on_a_day``), and it
    was tomorrow at 18:00. Kept when that morning has passed, or a half of the day
    is said."""
    if request is None or request.action != "add" or request.trigger is None or \
            request.trigger.kind != "once" or request.trigger.at is None or \
            not WAKING.search(request.routine or ""):
        return request
    rest = norm.replace(request.routine or "", " ", 1)
    clock = _CLOCK_AT.search(rest)
    at = request.trigger.at
    if clock is None or re.search(HALF_OF_DAY_WORDS, rest) or not 13 <= at.hour <= 18:
        return request
    try:
        hour = spoken_time(clock.group("clock")).hour
    except ScheduleError:
        return request
    morning = at.replace(hour=at.hour - 12)  # (wall time: a night the clocks change)
    if hour != morning.hour or morning <= now:
        return request
    return replace(request, trigger=replace(request.trigger, at=morning))


def _parse(norm: str, now: datetime, *, asked: bool) -> ScheduleRequest | None:
    """``parse_schedule_request`` of the words lower-cased and spaced (``asked``: said
    with a question mark)."""
    if _LIST_RE.match(norm + ("?" if asked else "")) or \
            _LIST_RE.match(norm) or asks_if_scheduled(norm):
        return ScheduleRequest("list", dates=days_asked(norm, now),
                               reminders=_ONLY_REMINDERS.search(norm) is not None,
                               left=_LEFT_RE.match(norm) is not None)
    cancel = _CANCEL_RE.match(norm)
    if cancel:
        return ScheduleRequest("cancel", (cancel.group("a") or cancel.group("b")).strip())
    timer = _CANCEL_TIMER_RE.match(norm)
    if timer:  # (the timer talk passes on only the words of a routine set to run once)
        return ScheduleRequest("cancel", timer.group("name").strip(), once=True)
    at = _CANCEL_AT_RE.match(norm)
    if at:
        said = f"at {at.group('time')}" if at.group("time") else at.group("at")
        try:
            trigger = trigger_of(said, now)
        except ScheduleError:
            trigger = None
        if trigger is not None:
            return ScheduleRequest("cancel", (at.group("a") or at.group("b")).strip(), trigger,
                                   loose=True)
    stop = _STOP_RE.match(norm)
    if stop and (stop.group("when") or stop.group("tail") or norm.startswith("unschedule")):
        days: tuple[int, ...] | None = None
        try:
            trigger = trigger_of(stop.group("when"), now) if stop.group("when") else None
        except ScheduleError:
            trigger = None  # "stop running X at some point": every schedule of X
            days = days_said(stop.group("when"))  # "don't run X on fridays": those days
        return ScheduleRequest("cancel", stop.group("name").strip(), trigger, loose=True,
                               days=days)
    when_asked = _WHEN_RE.match(norm)
    if when_asked:
        return ScheduleRequest("when", next(g for g in when_asked.groups() if g).strip())
    shifted = _SHIFT_RE.match(norm)
    if shifted:
        length = delay_said(shifted.group("length") or shifted.group("length2"))
        if length:
            later = (shifted.group("dir") or shifted.group("dir2")) in ("back", "later")
            return ScheduleRequest("move", (shifted.group("name") or shifted.group("name2"))
                                   .strip(), loose=True, shift=length if later else -length)
    moved = _MOVE_RE.match(norm) or _MAKE_AT_RE.match(norm)
    if moved:
        try:
            when = moved.group("when")
            trigger = trigger_of(when if when.startswith("at ") else f"at {when}", now)
        except ScheduleError:
            trigger = None
        pointed = moved.group("name") in ("it", "that", "this")
        if trigger is not None and trigger.kind == "time" and len(trigger.days) == 7 and (
                not pointed or _CLOCK_SAID.search(when)):
            return ScheduleRequest("move", moved.group("name").strip(), loose=True,
                                   said=moved.group("when"))
    scheduled_for = _SCHEDULE_FOR_RE.match(norm)
    if scheduled_for:
        trigger = trigger_of("at " + scheduled_for.group("when"), now)
        name = scheduled_for.group("name")
        return None if trigger is None else ScheduleRequest(
            "add", name, trigger, with_verb=f"schedule {name}")
    first = _WHEN_FIRST_RE.match(norm) if not _RUN_RE.match(norm) else None
    if first:
        try:
            trigger = trigger_of(first.group("when"), now)
        except ScheduleError:
            return None  # "every day at 7 i do yoga": not a schedule to set
        return None if trigger is None else ScheduleRequest(
            "add", first.group("name"), trigger,
            with_verb=f"{first.group('verb')} {first.group('name')}")
    unkept = _UNKEPT_RE.match(norm)
    if unkept and MONTHLY.search(unkept.group("when")) and not _A_WEEKDAY.search(
            unkept.group("when")):  # ("every month on the 1st at 9"; "the first monday of
        # the month" is no day of the month: refused as before)
        name, verb = unkept.group("name"), unkept.group("verb")
        try:
            trigger = trigger_of(unkept.group("when"), now)
        except ScheduleError as exc:
            if verb:
                raise  # ("run pay rent monthly": which day is asked)
            # (said of a taught phrase exactly: asked; else no schedule sentence at all)
            return ScheduleRequest("unkept", name, loose=True, exact=True,
                                   said=unkept.group("when"), problem=str(exc))
        if trigger is not None:
            return ScheduleRequest("add", name, trigger, with_verb=f"{verb} {name}") if verb \
                else ScheduleRequest("add", name, trigger, loose=True, exact=True)
    if unkept:
        name, verb = unkept.group("name"), unkept.group("verb")
        return ScheduleRequest("unkept", name, with_verb=f"{verb} {name}" if verb else None,
                               loose=True, exact=not verb, said=unkept.group("when"))
    event = _EVENT_RE.match(norm)
    if event:
        name, verb = event.group("name"), event.group("verb")
        return ScheduleRequest("event", name, with_verb=f"{verb} {name}" if verb else None,
                               loose=True, exact=not verb, said=event.group("when"))
    match = _RUN_RE.match(norm) or _MAKE_RUN_RE.match(norm)
    if not match:
        bare = _PHRASE_RUN_RE.match(norm)
        if not bare:
            return None
        try:
            trigger = trigger_of(bare.group("when"), now)
        except TimePassed as exc:  # ("movie night today at 8" at 21:00: it offered
            # movie night every day at 20:00, the phrase found in "movie night today")
            return ScheduleRequest("add", bare.group("name"), loose=True, exact=True,
                                   passed=exc)
        except ScheduleError:
            return None  # not about schedules after all
        return None if trigger is None else ScheduleRequest(
            "add", bare.group("name"), trigger, loose=True, exact=True)
    name, when = match.group("name"), match.group("when")
    trigger = trigger_of(when, now)  # (a time not understood is said so: "today at 9"
    # past is no name "movie mode today")
    if trigger is None:
        (name, trigger) = _name_ending_in_when(norm, match, now) or (name, None)
    return None if trigger is None else ScheduleRequest(
        "add", name, trigger, with_verb=f"{match.group('verb')} {name}")


_WHEN_AT = re.compile(r"\s(?=" + WHEN_OPENS + ")")


def _name_ending_in_when(norm: str, match: re.Match[str], now: datetime
                         ) -> tuple[str, Trigger] | None:
    """A routine whose name ends in a word a time opens with ("heating on", "lights
    on"), said with a time ("run heating on in 1 minute"): the first later split whose
    words read as a time, with the name it leaves; None when none does. The time was
    read from its "on" ("on in 1 minute"), and the sentence offered for teaching."""
    start, end = match.start("name"), match.end("when")
    for split in _WHEN_AT.finditer(norm, match.end("name") + 1, end):
        try:
            trigger = trigger_of(norm[split.end():end], now)
        except ScheduleError:
            continue
        if trigger is not None:
            return norm[start:split.start()], trigger
    return None
