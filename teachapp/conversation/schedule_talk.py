"""Schedules by voice: "run good morning every weekday at 7", "what's scheduled?",
"cancel the good morning schedule", "run movie mode in 10 minutes".

``parse_schedule_request`` is pure (text and a clock in, a request out) so the
wording is tested without a database; ``ScheduleTalk.turn`` applies it to the store.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from ..domain import Routine, name_in_sentence, sentence_start, spoken_list
from ..errors import NotFoundError, ScheduleError, TeachappError
from ..schedule import Place, next_run, run_said
from ..triggers import ALL_DAYS, Trigger, describe_trigger
from ..understanding.parts import split_parts
from .schedule_asked import NamedAtATime, named_at_a_time
from .schedule_day import asks_if_scheduled, day_answer, day_asked
from .skips import (
    next_said,
    parse_skip_request,
    skip_run,
    skip_status,
    skipped_words,
    unskip_run,
)
from .time_words import (
    SMALL_HOURS_END,
    WHEN_OPENS,
    days_said,
    spoken_time,
    trigger_of,
    trigger_said,
)
from .turns import TurnReplies

if TYPE_CHECKING:
    from ..store import Store, Timer
    from ..understanding.resolution import Resolution

__all__ = ["ScheduleRequest", "ScheduleTalk", "clock_reply", "parse_schedule_request",
           "spoken_time", "trigger_said", "when_words"]

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
    r"daily|nightly|weekdays|on\s+(?:weekdays|weekends?|\w+days?)|tomorrow|tonight|"
    r"this\s+(?:morning|afternoon|evening))\b.*|in\s+\w+(?:\s\w+)?\s+(?:second|minute|hour)s?)$")
"""A taught phrase said with a schedule and no verb: "put the kettle on at 7 every
weekday", "bath time in 10 minutes". Only for a phrase said exactly, and only with a
word of repetition or a delay: "bath time at 7" alone says no day."""
_UNKEPT_RE = re.compile(
    r"^(?:please\s+)?(?:(?P<verb>run|start|schedule|do)\s+)?(?P<name>.+?),?\s+(?P<when>"
    r"(?:on\s+)?(?:the\s+)?(?:\w+\s+)?(?:day\s+)?of\s+(?:every|each|the)\s+month\b.*|"
    r"(?:(?:at\s+\S+(?:\s+(?:am|pm))?|on\s+the\s+\w+)\s+)?(?:every|each|once\s+a)\s+"
    r"(?:other\s+\w+|(?:\w+\s+)?(?:months?|years?|fortnights?)|\w+\s+(?:days|weeks))\b.*|"
    r"(?:monthly|yearly|annually|fortnightly|biweekly)(?:\s+(?:at|on)\s+.+)?)$")
""""run movie night on the first of every month", "run bins every two weeks", "run movie
night monthly": a repetition a schedule cannot keep (schedules repeat on days of the
week). Said so, with what can be said instead, when the words before it name a routine
(the verb left out, a taught phrase said exactly): the sentence was offered for teaching,
and "run movie night monthly" ran movie night."""
_UNKEPT = ("{name} can't run {when}: a schedule repeats on days of the week (\"every "
           "friday at 8 pm\", \"every weekday at 7\") or runs once on a date (\"on the 1st "
           "at 8 pm\"). Nothing was changed.")
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
_EVENT = ("{name} can't run {when}: I can't tell when that is. A schedule runs at a time "
          "(\"every day at 7 pm\"), at sunrise or sunset, or once after a delay (\"in 20 "
          "minutes\"). Nothing was changed.")
_I_SAID = re.compile(r"\bi\b")
"""The person's "I" in words read back ("when I get home"), lower-cased when read."""
_CANCEL_AT_RE = re.compile(
    r"^(?:cancel|remove|delete|drop)\s+(?:the\s+)?(?:(?P<time>\d{1,2}(?::\d{2})?\s*(?:am|pm)|"
    r"\d{1,2}(?::\d{2})?\s*o'?clock|\d{1,2}:\d{2})\s+(?P<a>.+)|(?P<b>.+?)\s+(?P<at>at\s+.+))$")
""""cancel the 2am night feed", "cancel night feed at 7": that time of its schedule."""
_TIMER_WORD = r"(?:the|my|that|this|our)\s+(?:timers?|alarms?|reminders?)"
_TIME_LEFT = (r"how\s+(?:long|much\s+(?:more\s+)?time)\s+(?:is\s+|'?s\s+|have\s+i\s+got\s+|"
              r"do\s+i\s+have\s+)?(?:left|remaining|to\s+go)(?:\s+(?:on|for|in|of)\s+"
              + _TIMER_WORD + r")?|"
              r"how\s+long\s+(?:until|till|til|before)\s+" + _TIMER_WORD + r"(?:\s+(?:goes\s+off|"
              r"rings|is\s+(?:done|up|finished)|ends|finishes|is\s+due))?|"
              r"when\s+(?:does|will|is)\s+" + _TIMER_WORD + r"\s+(?:go(?:ing)?\s+off|ring(?:ing)?|"
              r"end|finish|be\s+(?:done|up|finished)|due|up|done)|"
              r"(?:is|are)\s+there\s+(?:a|an)\s+(?:timer|alarm|reminder)(?:\s+(?:set|running|on|"
              r"going))?|(?:do|did)\s+i\s+(?:have|set)\s+(?:a|an)\s+(?:timer|alarm|reminder)"
              r"(?:\s+(?:set|running|on|going))?")
"""Questions of how long a timer has to go, or whether one is set: each is answered by
the list, which says the time left of a timer due within three hours."""
_LIST_RE = re.compile(r"^(?:what(?:'?s| is)\s+(?:on\s+the\s+|my\s+)?(?:scheduled?|schedules)|"
                      r"what\s+schedules?|"
                      r"list\s+(?:the\s+)?schedules?|show\s+(?:the\s+)?schedules?|"
                      r"(?:what|which)\s+(?:timers?|reminders?)(?:\s+(?:are|is|have\s+i|"
                      r"do\s+i\s+have|did\s+i|have\s+i\s+got|are\s+there|is\s+there))?"
                      r"(?:\s+(?:set|running|on|going|there|left|pending|coming\s+up))?|"
                      r"what(?:'?s|\s+is|\s+are)\s+(?:my|the|all\s+my|all\s+the)\s+"
                      r"(?:timers?|reminders?)|"
                      r"(?:list|show|tell|read)(?:\s+(?:me|out))?\s+(?:the\s+|my\s+|all\s+"
                      r"(?:the\s+|my\s+)?)?(?:timers?|reminders?)|"
                      r"(?:are\s+there\s+|is\s+there\s+|do\s+i\s+have\s+|have\s+i\s+got\s+)?"
                      r"any\s+(?:timers?|reminders?)(?:\s+(?:set|running|on|left|pending))?|"
                      + _TIME_LEFT + r")\??$")
""""what's scheduled?", "what timers are set?" and "what reminders do i have?" all
list schedules, timers and reminders (a reminder is a timer that says its words), as do
"how long is left on the timer?" and "when does my alarm go off?"."""
_TAKE_BACK = re.compile(r"^(?:(?:no|oh|ok|okay|actually|wait)[, ]+)*(?:cancel|scrap|forget|"
                        r"never\s*mind|undo|take back|remove|delete)(?:\s+(?:that|it|this))?"
                        r"(?:\s+(?:please|schedule))?$")
""""cancel that", "undo", "never mind" right after a schedule was added: that one."""
_CANCEL_RE = re.compile(r"^(?:cancel|remove|delete|stop)\s+(?:the\s+)?(?:schedule\s+(?:for|of)"
                        r"\s+(?P<a>.+)|(?P<b>.+?)\s+schedules?)$")
_CANCEL_TIMER_RE = re.compile(r"^(?:please\s+)?(?:cancel|stop|remove|delete|drop|clear|scrap)\s+"
                              r"(?:the\s+|my\s+|that\s+)?(?P<name>.+?)\s+timer$")
"""The routine a one-off run was set for, called a timer as the list of timers shows it."""
# "stop running wind down at 10 pm", "don't run good morning every day anymore",
# "unschedule movie mode": only with a word of time, so "don't run X" stays a negation.
_STOP_RE = re.compile(r"^(?:please\s+)?(?:(?:stop|quit|don'?t|do\s+not|no\s+longer)\s+"
                      r"(?:running|run|starting|start|doing|do)|unschedule)\s+(?P<name>.+?)"
                      r"(?:\s+(?P<when>(?:every|each|daily|on|at|weekdays)\b.*?))?"
                      r"(?P<tail>\s+(?:automatically|on\s+(?:a\s+)?schedule|anymore|any\s+more))?$")
_WHEN_RE = re.compile(r"^(?:when\s+(?:does|do|will|is)\s+(?P<a>.+?)\s+(?:start|run|go|begin|"
                      r"come\s+on|happen|scheduled|due)(?:\s+next)?|"
                      r"(?:is|are)\s+(?P<b>.+?)\s+scheduled|"
                      r"when\s+is\s+(?P<c>.+?)\s+(?:next|on)|what\s+time\s+(?:does|will)\s+"
                      r"(?P<d>.+?)\s+(?:start|run))$")


@dataclass(frozen=True)
class ScheduleRequest:
    action: str
    """add, list, when (asked when a routine runs), cancel, unkept (a repetition no
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
    day: date | None = None
    """list: only the runs and timers of this day ("what's scheduled for tomorrow?")."""
    said: str = ""
    """unkept, event: the words of the repetition or moment no schedule keeps ("every two
    weeks", "after every meal")."""



def _phrase_of(routine: Routine) -> str:
    """The first phrase of a routine, as taught (its name when it has none)."""
    return routine.phrases[0].text if routine.phrases else routine.name


def parse_schedule_request(text: str, now: datetime) -> ScheduleRequest | None:
    """What a schedule sentence asks for, or None when it is not one.

    ``now`` (aware) turns "in 10 minutes" into a moment. Raises ScheduleError for a
    schedule sentence whose time cannot be understood.
    """
    norm = " ".join(text.lower().strip().rstrip("?.!").split())
    if _LIST_RE.match(norm + ("?" if text.strip().endswith("?") else "")) or \
            _LIST_RE.match(norm) or asks_if_scheduled(norm):
        return ScheduleRequest("list", day=day_asked(norm, now))
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
    asked = _WHEN_RE.match(norm)
    if asked:
        return ScheduleRequest("when", next(g for g in asked.groups() if g).strip())
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
        except ScheduleError:
            return None  # not about schedules after all
        return None if trigger is None else ScheduleRequest(
            "add", bare.group("name"), trigger, loose=True, exact=True)
    trigger = trigger_of(match.group("when"), now)
    return None if trigger is None else ScheduleRequest(
        "add", match.group("name"), trigger,
        with_verb=f"{match.group('verb')} {match.group('name')}")



_LATER_COMMAND = ("A single command runs later once (\"{command} in 30 minutes\", \"... at 10 "
                  "pm\"), not again and again. To repeat it, teach \"{command}\" as a routine "
                  "(say \"teach\", then the phrase), then say \"run\" and its phrase with the "
                  "time.")


def _same_time(trigger: Trigger, said: Trigger) -> bool:
    """``said`` ("at 10 pm", "every weekday at 7") names ``trigger``: the same kind and
    moment; the days count only when they were said."""
    if trigger.kind == "once" and said.kind == "time" and said.days == ALL_DAYS:
        # "cancel the 8am morning tea" of a one-off at 08:00
        return trigger.at is not None and said.time == trigger.at.time().replace(second=0)
    if trigger.kind != said.kind:
        return False
    if said.kind == "time":
        return trigger.time == said.time and (said.days == ALL_DAYS or trigger.days == said.days)
    if said.kind == "sun":
        return (trigger.event, trigger.offset) == (said.event, said.offset)
    return trigger == said


_CLOCK = re.compile(
    r"^(?:(?:hey|ok|okay|so|um|uh|please|can you tell me|could you tell me|do you know|"
    r"tell me)\s+)*(?:what(?:'?s| is) the (?P<asked>time|date|day)(?: (?:now|today|it is))?|"
    r"what (?P<asked2>time|day) is it(?: now| today)?|(?:what|which) (?P<asked3>day) is today|"
    r"what(?:'?s| is) (?P<asked4>today'?s date|the date today|today)|"
    r"what (?P<asked5>time|day) it is|"
    r"(?:can|could) you tell me the (?P<asked6>time|date)|do you know the (?P<asked7>time|date)"
    r")(?:\s+(?:please|now|today))*[?.!]*$", re.IGNORECASE)


def clock_reply(text: str, now: datetime) -> str | None:
    """"what time is it?" -> "It's 21:05."; "what day is it?" -> "It's Monday 30
    November."; None for anything else. ``now`` is in the home's time zone."""
    match = _CLOCK.match(" ".join(text.split()))
    if match is None:
        return None
    asked = next(v for v in match.groupdict().values() if v).casefold()
    if asked == "time":
        return f"It's {now:%H:%M}."
    return f"It's {now:%A} {now.day} {now:%B}."


def _upcoming(routine: Routine, now: datetime, place: Place
              ) -> list[tuple[str, datetime | None]]:
    """Each trigger of ``routine`` said in words, with its next run (None when it has
    none here, e.g. sunset without a location); a one-off already past is left out."""
    times = []
    for trigger in routine.triggers:
        try:
            when = next_run(trigger, now, place)
        except TeachappError:
            when = None
        if trigger.kind == "once" and when is None:
            continue
        times.append((describe_trigger(trigger), when))
    return times


class ScheduleTalk:
    """Applies schedule sentences to the routines in the store."""

    def __init__(self, store: Store, place: Callable[[], Place],
                 now: Callable[[], datetime] | None = None,
                 changed: Callable[[], None] | None = None,
                 is_command: Callable[[str], bool] | None = None,
                 timers_listed: Callable[[list[Timer]], None] | None = None,
                 turn: Callable[[], int] | None = None,
                 resolve: Callable[[str], Resolution] | None = None,
                 ask: Callable[[TurnReplies, str, str, dict[str, Any]], None] | None = None
                 ) -> None:
        self.store = store
        self._resolve = resolve
        """The resolver, so a routine named loosely with a time ("movie nite at sunset")
        is asked about as one named exactly."""
        self._ask = ask
        """Opens a yes/no question (routine, question, its data) that the next turn
        answers: "Shall I run movie night every day at sunset?" (``add`` on yes)."""
        self._turn = turn
        """The turn number, so "cancel that" reaches only the schedule just added."""
        self._just_added: tuple[str, Trigger, int] | None = None
        self._is_command = is_command or (lambda text: False)
        """Whether words are a device command ("turn off the telly"): said with a time,
        they are explained, not offered for teaching."""
        self._place = place
        self._now = now or (lambda: datetime.now(UTC))
        self._changed = changed or (lambda: None)
        self._timers_listed = timers_listed or (lambda timers: None)
        """Told the timers a list named ("cancel that" then means the one listed)."""
        """Called after a routine's schedule is saved (the window shows schedules)."""

    def _routine_name(self, spoken: str, *, first: str | None = None,
                      exact: bool = False) -> str:
        """The routine ``spoken`` names; ``first``, when given, is tried first and only
        as a taught phrase or a name said exactly. With ``exact``, ``spoken`` too is
        taken only so."""
        for said in (first, spoken if exact else None):
            if said is None:
                continue
            found = self.store.phrase_owner(said) or next(
                (n for n in self.store.routine_names() if n.casefold() == said.casefold()),
                None)
            if found is not None:
                return found
        if exact:
            raise NotFoundError(f"No taught phrase is {spoken!r}.")
        spoken = re.sub(r"^(?:the|my)\s+", "", spoken.strip())
        spoken = re.sub(r"\s+(?:routine)$", "", spoken)
        # (here, not at the top: knowledge imports the store, and the window's first
        # paint reads schedule sentences from this module without loading it)
        from .knowledge import find_routine

        owner = re.sub(r"(?<=\w)['’]s$", "", spoken)  # "cancel movie night's schedule"
        for candidate in (spoken, spoken.removesuffix(" schedule"), owner):
            name = find_routine(self.store, candidate)
            if name is not None:
                return name
        raise NotFoundError(f"There is no routine called {spoken!r}; say \"what's "
                            "scheduled?\" or \"help\" to hear the routines.")

    def claims(self, text: str) -> bool:
        """Whether :meth:`turn` answers ``text`` (nothing changes): what ``listen``
        reports, by the rule ``turn`` follows."""
        return self._read(text) is not None

    def _read(self, text: str) -> tuple[str, Any] | None:
        """What ``text`` asks, as (what, detail): ("clock", the reply), ("error", the
        problem), ("list", the day asked of or None), ("later", a device command said with a time),
        ("ask", a routine named with a time: ``schedule_asked``) or ("routine", (request,
        its routine's name)); None when it is no schedule talk."""
        if self.store.phrase_owner(text) is not None:
            return None  # a taught phrase wins, even one that sounds like a schedule
        now = self._now().astimezone(self._place().zone)
        told = clock_reply(text, now)
        if told is not None:
            return "clock", told
        skip = parse_skip_request(text, now)
        if skip is not None:  # ("skip movie night this friday": skips.py)
            try:
                name = self._routine_name(skip.routine)
            except TeachappError as exc:
                if skip.strict:
                    return "error", exc
            else:
                if not skip.only_if_skipped or skip_status(
                        self.store, name, self._place(), now).skipped:
                    return "skip", (skip, name)
        try:
            request = parse_schedule_request(text, now)
        except ScheduleError as exc:
            return "error", exc
        if request is None:
            from .knowledge import find_routine  # (as in _routine_name)

            named = named_at_a_time(text, now,
                                    lambda words: find_routine(self.store, words, self._resolve))
            return None if named is None else ("ask", named)
        if request.action == "list":
            return "list", request.day
        try:
            name = self._routine_name(request.routine or "", first=request.with_verb,
                                      exact=request.exact)
        except TeachappError as exc:
            if request.action == "add" and request.exact and self._is_command(
                    request.routine or ""):
                if len(split_parts(request.routine or "")) > 1:
                    return None  # "movie mode and turn off the tv in an hour": its parts
                return "later", request.routine
            if request.action == "when" or request.loose:
                return None  # "when does the film start?": not about a routine here
            return "error", exc
        return "routine", (request, name)

    def answer(self, replies: TurnReplies, text: str) -> bool:
        """Answer ``text`` when it only asks (the time or day, what is scheduled, when a
        routine runs) and changes nothing; False otherwise. What may be answered in
        the middle of teaching."""
        read = self._read(text)
        if read is None or not (read[0] in ("clock", "list") or (
                read[0] == "routine" and read[1][0].action == "when")):
            return False
        return self.turn(replies, text)

    def turn(self, replies: TurnReplies, text: str) -> bool:
        """Handle a schedule sentence; False when ``text`` is not one."""
        added, self._just_added = self._just_added, None
        if added is not None and self._turn is not None and added[2] == self._turn() - 1 \
                and _TAKE_BACK.match(" ".join(text.lower().strip().rstrip("?.!").split())):
            return self._take_back(replies, *added[:2])
        read = self._read(text)
        if read is None:
            return False
        what, detail = read
        place = self._place()
        now = self._now().astimezone(place.zone)
        replies.detail["talk"] = "schedule"
        if what == "clock":
            replies.detail["asked"] = True
            replies.info(detail)
            return True
        if what == "error":
            replies.error(str(detail))
            return True
        if what == "list":
            replies.detail["asked"] = True
            if detail is not None:  # ("what's scheduled for tomorrow?")
                replies.info(day_answer(self.store, place, now, detail))
            else:
                self._list(replies, place, now)
            return True
        if what == "later":
            replies.info(_LATER_COMMAND.format(command=detail))
            return True
        if what == "ask":
            self._ask_first(replies, detail, place, now)
            return True
        if what == "skip":
            skip, name = detail
            act = skip_run if skip.action == "skip" else unskip_run
            replies.info(act(self.store, name, place, now, skip.day))
            self._changed()
            return True
        request, name = detail
        routine = self.store.routine(name)
        name = sentence_start(name)
        if request.action in ("unkept", "event"):
            said = _UNKEPT if request.action == "unkept" else _EVENT
            replies.error(said.format(name=name, when=_I_SAID.sub("I", request.said)))
            return True
        if request.action == "when":
            replies.detail["asked"] = True
            self._when(replies, routine, place, now)
            return True
        if request.action == "cancel":
            if not routine.triggers:
                replies.info(f"{name} has no schedule.")
                return True
            if request.days is not None:
                self._drop_days(replies, routine, request.days, name, now, place)
                return True
            said = request.trigger
            keep = [t for t in routine.triggers if said is not None and not _same_time(t, said)]
            if request.once:
                keep = [t for t in routine.triggers if t.kind != "once"]
                if len(keep) == len(routine.triggers):
                    replies.info(f"{name} is not set to run once; nothing was changed.")
                    return True
            if said is not None and len(keep) == len(routine.triggers):
                runs = spoken_list([described for described, _ in _upcoming(routine, now, place)])
                replies.info(f"{name} does not run {describe_trigger(said)}"
                             + (f"; it runs {runs}." if runs else ".") + " Nothing was changed.")
                return True
            gone = [t for t in routine.triggers if t not in keep]
            routine.triggers = keep
            self.store.save_routine(routine, replace=True)
            self._changed()
            if keep:
                replies.info(f"{name} no longer runs "
                             f"{spoken_list([describe_trigger(t) for t in gone])}. It still "
                             f"runs {spoken_list([describe_trigger(t) for t in keep])}.")
            else:
                replies.info(f"{name} no longer runs on a schedule.")
            return True
        assert request.trigger is not None
        self.add(replies, routine.name, request.trigger)
        return True

    def add(self, replies: TurnReplies, name: str, trigger: Trigger) -> None:
        """Give routine ``name`` the schedule ``trigger`` and say its next run: "run X at
        7", and "yes" to "Shall I run X every day at 07:00?"."""
        routine = self.store.routine(name)
        said = sentence_start(routine.name)
        place = self._place()
        now = self._now().astimezone(place.zone)
        try:
            when = next_run(trigger, now, place)
        except TeachappError as exc:
            replies.error(str(exc))
            return
        if trigger in routine.triggers:
            replies.info(f"{said} already runs {describe_trigger(trigger)}.")
            return
        routine.triggers = [*routine.triggers, trigger]
        self.store.save_routine(routine, replace=True)
        self._changed()
        if self._turn is not None:
            self._just_added = (routine.name, trigger, self._turn())
        once = trigger.kind == "once"  # its description says the moment
        nxt = next_said(when) if when and not once else ""
        replies.info(f"{said} will run {describe_trigger(trigger)}.{nxt}")

    def _ask_first(self, replies: TurnReplies, named: NamedAtATime, place: Place,
                   now: datetime) -> None:
        """"movie night at sunset": whether to run it so, asked (a time said without how
        often: ``schedule_asked``); nothing runs now. A time no schedule can keep here
        (sunset with no location) is said at once, as "run movie night at sunset" says it."""
        routine = self.store.routine(named.routine)
        try:
            next_run(named.trigger, now, place)
        except TeachappError as exc:
            replies.error(str(exc))
            return
        if named.trigger in routine.triggers:
            replies.info(f"{sentence_start(routine.name)} already runs "
                         f"{describe_trigger(named.trigger)}.")
            return
        assert self._ask is not None
        self._ask(replies, routine.name, f"Shall I run {name_in_sentence(routine.name)} "
                  f"{describe_trigger(named.trigger)}?",
                  {"op": "schedule", "trigger": named.trigger})

    def _take_back(self, replies: TurnReplies, name: str, trigger: Trigger) -> bool:
        """"cancel that" or "undo" right after "run movie time in 5 minutes": the schedule
        just added goes (it was "OK, I'll leave things as they are", and it stayed)."""
        try:
            routine = self.store.routine(name)
        except NotFoundError:
            return False
        if trigger not in routine.triggers:
            return False
        routine.triggers = [t for t in routine.triggers if t != trigger]
        self.store.save_routine(routine, replace=True)
        self._changed()
        replies.info(f"OK, {routine.name} won't run {describe_trigger(trigger)}.")
        return True

    def _drop_days(self, replies: TurnReplies, routine: Routine, days: tuple[int, ...],
                   name: str, now: datetime, place: Place) -> None:
        """"Don't run good morning on fridays": those weekdays leave its schedules and
        the other days stay (it dropped every schedule of good morning)."""
        kept: list[Trigger] = []
        for trigger in routine.triggers:
            left = tuple(d for d in trigger.days if d not in days)
            if trigger.kind == "once" or left == trigger.days:
                kept.append(trigger)
            elif left:
                kept.append(replace(trigger, days=left))
        said = describe_trigger(Trigger("time", time=time(0), days=days)).split(" at ")[0]
        if kept == routine.triggers:
            runs = spoken_list([described for described, _ in _upcoming(routine, now, place)])
            replies.info(f"{name} does not run {said}"
                         + (f"; it runs {runs}." if runs else ".") + " Nothing was changed.")
            return
        routine.triggers = kept
        self.store.save_routine(routine, replace=True)
        self._changed()
        still = (f" It still runs {spoken_list([describe_trigger(t) for t in kept])}."
                 if kept else " It has no schedule left.")
        replies.info(f"{name} no longer runs {said}.{still}")

    def _when(self, replies: TurnReplies, routine: Routine, place: Place,
              now: datetime) -> None:
        """"when does wind down start?": its schedule and next run, from the store."""
        times = _upcoming(routine, now, place)
        if not times:
            phrase = routine.phrases[0].text if routine.phrases else routine.name
            replies.info(f"{sentence_start(routine.name)} has no schedule: it runs when you "
                         "say "
                         f"\"{phrase}\". Say \"run {routine.name.casefold()} every day at 7\" "
                         "to give it one.")
            return
        soonest = skip_status(self.store, routine.name, place, now).next_run
        nxt = next_said(soonest) if soonest and routine.enabled and not all(
            t.kind == "once" for t in routine.triggers) else ""
        skipping = skipped_words(self.store, routine, place, now)
        nxt += f" It is {skipping}." if skipping else ""
        replies.info(f"{sentence_start(routine.name)} runs "
                     f"{spoken_list([d for d, _ in times])}.{nxt}"
                     + ("" if routine.enabled else " It is switched off for now, so it won't "
                        f"run until you say \"enable {_phrase_of(routine)}\"."))

    def _list(self, replies: TurnReplies, place: Place, now: datetime) -> None:
        """Every routine's schedule, then the timers (the one list for both)."""
        upcoming = [timer for timer in self.store.timers() if timer.at > now.timestamp()]
        self._timers_listed(upcoming)
        timers = [f"{timer.text} {when_words(timer.at, now)}{time_left(timer.at, now)}"
                  for timer in upcoming]
        lines = []
        for routine in self.store.routines():
            if not routine.triggers:
                continue
            parts = [described for described, _ in _upcoming(routine, now, place)]
            skipping = skipped_words(self.store, routine, place, now) if parts else ""
            if skipping:
                parts.append(skipping)
            if parts:
                off = "" if routine.enabled else " (disabled)"
                lines.append(f"{routine.name}{off}: " + "; ".join(parts))
        if not lines and not timers:
            replies.info("Nothing is scheduled and no timer is set. Say, for example, \"run "
                         "good morning every weekday at 7\" or \"turn off the TV in 30 "
                         "minutes\".")
            return
        said = (["Scheduled: " + " · ".join(lines)] if lines else []) + (
            [f"Timer{'s' if len(timers) > 1 else ''}: " + " · ".join(timers)] if timers else [])
        replies.info(". ".join(said) + ("" if said[-1].endswith(".") else "."))


SOON = timedelta(hours=3)
"""A timer due within this long is also said with the time left ("(in 9 minutes)")."""


def time_left(at: float | datetime, now: datetime) -> str:
    """" (in 9 minutes)" for a moment due within :data:`SOON`, else nothing."""
    moment = at if isinstance(at, datetime) else datetime.fromtimestamp(at, UTC)
    left = moment - now
    return f" (in {duration_words(left)})" if timedelta(0) < left <= SOON else ""


def duration_words(delta: timedelta) -> str:
    """"45 seconds", "9 minutes", "1 hour 5 minutes": a stretch of time as said."""
    if delta.total_seconds() < 59.5:
        seconds = max(1, round(delta.total_seconds()))
        return f"{seconds} second{'s' if seconds != 1 else ''}"
    minutes = round(delta.total_seconds() / 60)
    hours, minutes = divmod(minutes, 60)
    parts = ([f"{hours} hour{'s' if hours != 1 else ''}"] if hours else []) + (
        [f"{minutes} minute{'s' if minutes != 1 else ''}"] if minutes or not hours else [])
    return " ".join(parts)


def when_words(at: float | datetime, now: datetime) -> str:
    """A moment as said in a reply, in ``now``'s zone: "at 22:30", "tomorrow at 07:00",
    "on Thu 3 Dec at 07:00"."""
    moment = (at if isinstance(at, datetime) else datetime.fromtimestamp(at, UTC)
              ).astimezone(now.tzinfo)
    days = (moment.date() - now.date()).days
    if days == 0 and now.hour < SMALL_HOURS_END <= moment.hour < 12:
        return f"at {moment:%H:%M} this morning"  # (said at 00:30: "today" is unclear)
    if days == 0:
        return f"at {moment:%H:%M}"
    if days == 1:
        return f"tomorrow at {moment:%H:%M}"
    return f"on {run_said(moment)}"
