"""Schedules by voice: "run good morning every weekday at 7", "what's scheduled?",
"cancel the good morning schedule", "run movie mode in 10 minutes".

``parse_schedule_request`` is pure (text and a clock in, a request out) so the
wording is tested without a database; ``ScheduleTalk.turn`` applies it to the store.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING

from ..errors import NotFoundError, ScheduleError, TeachappError
from ..schedule import Place, next_run
from ..triggers import ALL_DAYS, Trigger, describe_trigger, parse_days
from .turns import TurnReplies

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["ScheduleRequest", "ScheduleTalk", "parse_schedule_request", "spoken_time"]

_NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())}
_TENS = {"thirty": 30, "forty": 40, "fifty": 50, "twenty": 20}
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_DAYS_RE = (rf"(?:every\s+day|daily|every\s+weekday|on\s+weekdays|weekdays|"
            rf"(?:at|on|every)\s+weekends?|(?:every|on)\s+{_DAY}s?"
            rf"(?:\s*(?:,|and)\s*{_DAY}s?)*)")
_RUN_RE = re.compile(r"^(?:please\s+)?(?:run|start|schedule|do)\s+(?P<name>.+?)\s+"
                     r"(?P<when>(?:every|each|daily|on|at|in|weekdays|\d+\s+minutes?|"
                     r"[a-z]+\s+minutes?)\b.*)$")
_LIST_RE = re.compile(r"^(?:what(?:'s| is)\s+scheduled|what\s+schedules?|"
                      r"list\s+(?:the\s+)?schedules?|show\s+(?:the\s+)?schedules?)\??$")
_CANCEL_RE = re.compile(r"^(?:cancel|remove|delete|stop)\s+(?:the\s+)?(?:schedule\s+(?:for|of)"
                        r"\s+(?P<a>.+)|(?P<b>.+?)\s+schedules?)$")


@dataclass(frozen=True)
class ScheduleRequest:
    action: str
    """add, list or cancel."""
    routine: str | None = None
    trigger: Trigger | None = None


def _number(text: str) -> int | None:
    text = text.strip()
    if text.isdigit():
        return int(text)
    words = text.replace("-", " ").split()
    if len(words) == 1:
        return _NUMBERS.get(words[0], _TENS.get(words[0]))
    if len(words) == 2 and words[0] in _TENS and words[1] in _NUMBERS:
        return _TENS[words[0]] + _NUMBERS[words[1]]
    if words in (["a"], ["an"]):
        return 1
    return None


def spoken_time(text: str) -> time:
    """"7", "7:30", "seven thirty", "7 pm", "19:00", "noon" -> a time of day."""
    text = text.strip().lower().replace(".", "")
    if text in ("noon", "midday"):
        return time(12, 0)
    if text == "midnight":
        return time(0, 0)
    suffix = None
    for word in ("am", "pm", "in the morning", "in the evening", "at night"):
        if text.endswith(word):
            suffix = "pm" if word in ("pm", "in the evening", "at night") else "am"
            text = text[: -len(word)].strip()
    text = text.replace("o'clock", "").replace("oclock", "").strip()
    match = re.fullmatch(r"(\d{1,2})(?::|\s)?(\d{2})?", text)
    hour = minute = None
    if match:
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
    else:
        words = text.split()
        for split in range(1, len(words) + 1):
            h, m = _number(" ".join(words[:split])), (
                _number(" ".join(words[split:])) if words[split:] else 0)
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


def _days(text: str) -> tuple[int, ...]:
    text = re.sub(r"^(?:every|each|on|at)\s+", "", text.strip())
    if text in ("day", "daily"):
        return ALL_DAYS
    return parse_days(text.replace("days", "day") if text.endswith("days") and
                      text not in ("weekdays",) else text)


def parse_schedule_request(text: str, now: datetime) -> ScheduleRequest | None:
    """What a schedule sentence asks for, or None when it is not one.

    ``now`` (aware) turns "in 10 minutes" into a moment. Raises ScheduleError for a
    schedule sentence whose time cannot be understood.
    """
    norm = " ".join(text.lower().strip().rstrip("?.!").split())
    if _LIST_RE.match(norm + ("?" if text.strip().endswith("?") else "")) or \
            _LIST_RE.match(norm):
        return ScheduleRequest("list")
    cancel = _CANCEL_RE.match(norm)
    if cancel:
        return ScheduleRequest("cancel", (cancel.group("a") or cancel.group("b")).strip())
    match = _RUN_RE.match(norm)
    if not match:
        return None
    name, when = match.group("name"), match.group("when")
    delay = re.fullmatch(r"in\s+(\w+(?:\s\w+)?)\s+(second|minute|hour)s?", when)
    if delay:
        amount = _number(delay.group(1))
        if amount is None:
            raise ScheduleError(f"I did not understand {delay.group(1)!r} as a number.")
        seconds = amount * {"second": 1, "minute": 60, "hour": 3600}[delay.group(2)]
        at = (now + timedelta(seconds=seconds)).replace(microsecond=0)
        return ScheduleRequest("add", name, Trigger("once", at=at))
    days: tuple[int, ...] = ALL_DAYS
    day_match = re.search(_DAYS_RE, when)
    if day_match:
        days = _days(day_match.group(0))
        when = (when[: day_match.start()] + " " + when[day_match.end():]).strip()
    sun = re.fullmatch(r"(?:at\s+)?(?:(\w+(?:\s\w+)?)\s+minutes?\s+(before|after)\s+)?"
                       r"(?:the\s+)?(sunrise|sunset)", when)
    if sun:
        offset = 0
        if sun.group(1):
            amount = _number(sun.group(1))
            if amount is None:
                raise ScheduleError(f"I did not understand {sun.group(1)!r} as minutes.")
            offset = amount if sun.group(2) == "after" else -amount
        return ScheduleRequest("add", name, Trigger("sun", event=sun.group(3),  # type: ignore[arg-type]
                                                    offset=offset, days=days))
    clock = re.fullmatch(r"at\s+(.+)", when)
    if clock:
        return ScheduleRequest("add", name, Trigger("time", time=spoken_time(clock.group(1)),
                                                    days=days))
    if day_match and not when:
        raise ScheduleError("At what time? Say it like \"every weekday at 7\".")
    return None


class ScheduleTalk:
    """Applies schedule sentences to the routines in the store."""

    def __init__(self, store: Store, place: Callable[[], Place],
                 now: Callable[[], datetime] | None = None) -> None:
        self.store = store
        self._place = place
        self._now = now or (lambda: datetime.now(UTC))

    def _routine_name(self, spoken: str) -> str:
        spoken = re.sub(r"^(?:the|my)\s+", "", spoken.strip())
        spoken = re.sub(r"\s+(?:routine)$", "", spoken)
        for candidate in (spoken, spoken.removesuffix(" schedule")):
            try:
                return self.store.routine(candidate).name
            except NotFoundError:
                owner = self.store.phrase_owner(candidate)
                if owner is not None:
                    return owner
        raise NotFoundError(f"There is no routine called {spoken!r}; say \"what's "
                            "scheduled?\" or \"help\" to hear the routines.")

    def turn(self, replies: TurnReplies, text: str) -> bool:
        """Handle a schedule sentence; False when ``text`` is not one."""
        if self.store.phrase_owner(text) is not None:
            return False  # a taught phrase wins, even one that sounds like a schedule
        place = self._place()
        now = self._now().astimezone(place.zone)
        try:
            request = parse_schedule_request(text, now)
        except ScheduleError as exc:
            replies.error(str(exc))
            return True
        if request is None:
            return False
        if request.action == "list":
            self._list(replies, place, now)
            return True
        try:
            name = self._routine_name(request.routine or "")
        except TeachappError as exc:
            replies.error(str(exc))
            return True
        routine = self.store.routine(name)
        if request.action == "cancel":
            if not routine.triggers:
                replies.info(f"{name} has no schedule.")
                return True
            routine.triggers = []
            self.store.save_routine(routine, replace=True)
            replies.info(f"{name} no longer runs on a schedule.")
            return True
        assert request.trigger is not None
        try:
            when = next_run(request.trigger, now, place)
        except TeachappError as exc:
            replies.error(str(exc))
            return True
        if request.trigger in routine.triggers:
            replies.info(f"{name} already runs {describe_trigger(request.trigger)}.")
            return True
        routine.triggers = [*routine.triggers, request.trigger]
        self.store.save_routine(routine, replace=True)
        nxt = f" Next: {when:%a %d %b %H:%M}." if when else ""
        replies.info(f"{name} will run {describe_trigger(request.trigger)}.{nxt}")
        return True

    def _list(self, replies: TurnReplies, place: Place, now: datetime) -> None:
        lines = []
        for routine in self.store.routines():
            if not routine.triggers:
                continue
            parts = []
            for trigger in routine.triggers:
                try:
                    when = next_run(trigger, now, place)
                except TeachappError:
                    when = None
                if trigger.kind == "once" and when is None:
                    continue
                parts.append(describe_trigger(trigger))
            if parts:
                off = "" if routine.enabled else " (disabled)"
                lines.append(f"{routine.name}{off}: " + "; ".join(parts))
        if not lines:
            replies.info("Nothing is scheduled. Say, for example, \"run good morning every "
                         "weekday at 7\".")
            return
        replies.info("Scheduled: " + " · ".join(lines))
