"""Schedules changed by voice, as a household says it: "make it 7:30" or "not on
fridays" right after "run wake up every day at 7", "move bedtime to 10", and "make it 20
minutes" after a one-off run was set. Part of ``ScheduleTalk``; the new time is read by
``moved_to`` (one reading for timers and schedules)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from ..domain import Routine, name_in_sentence, name_opening, spoken_list
from ..errors import NotFoundError, ScheduleError
from ..schedule import Place, kept_moment, next_of
from ..triggers import Trigger, describe_trigger
from .moved_to import moved_time, moved_to, time_of_day
from .schedule_asked import NamedAtATime
from .schedule_replies import ScheduleAnswers
from .schedule_words import set_for_later
from .skips import next_said, skip_status, skipped_words, skips_moved
from .time_words import REPEATED, days_said, trigger_of
from .turns import TurnReplies

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["JustAdded", "ScheduleMoves"]

_NOT_ON = re.compile(r"^(?:(?:oh|and|but|actually|wait|ok|okay|sorry)[, ]+)*(?:but\s+)?(?:not|"
                     r"except|apart\s+from|never)\s+(?:on\s+|at\s+)?(?:the\s+)?(?P<days>.+?)"
                     r"(?:\s+(?:though|please|thanks))?$")
""""not on fridays", "except weekends" right after "run X every weekday at 7": those
days leave its schedule, as "don't run X on fridays" does (it was offered for teaching)."""


_REPEAT_ALONE = re.compile(r"^(?:(?:and|actually|ok|okay|no|oh|so)\s+)*(?:(?:make\s+(?:it|that)|"
                           r"do\s+(?:it|that)|run\s+(?:it|that))\s+)?(?P<when>(?:every|each|"
                           r"daily|nightly|weekdays|weekends|on)\b.*?)(?:\s+(?:instead|please|"
                           r"then))*$")
""""every weekday at 7", "make it every weekday" said alone, with a routine in mind."""


@dataclass(frozen=True)
class JustAdded:
    """A schedule just given to a routine ("run movie night in 10 minutes", "make it
    7:30"): "cancel that", "make it 9" or "not on fridays" next changes that one."""

    routine: str
    """The routine's name."""
    trigger: Trigger
    """The schedule added (or moved to)."""
    turn: int
    """The turn it was added on."""
    said: str = ""
    """The words that set it ("in 10 minutes"), read again by "make it 20 minutes"."""


class ScheduleMoves(ScheduleAnswers):
    """The changes of time of ``ScheduleTalk``: a schedule moved, or days taken off the
    one just set."""

    store: Store
    _place: Callable[[], Place]
    _now: Callable[[], datetime]
    _named: Callable[[str], None]
    _turn: Callable[[], int] | None
    _just_added: JustAdded | None
    _merged: tuple[Trigger, list[Trigger]] | None
    _rest: list[Trigger]
    _ran_just_now: Callable[[], str | None]
    _quiet_since: Callable[[int], bool]

    def _repeat_alone(self, text: str, now: datetime) -> NamedAtATime | None:
        """"every weekday at 7" said alone right after a routine ran or was set to run
        once ("run wake up tomorrow at 7", then "every weekday"): the routine in mind
        at that repeated time (without a time, the one just set), to be asked about
        ("Shall I run wake up every weekday at 07:00?"); None otherwise. It was offered
        for teaching."""
        said = _REPEAT_ALONE.match(" ".join(text.lower().strip().rstrip("?.!")
                                            .replace(",", " ").split()))
        added = self._just_added
        if added is not None and not self._quiet_since(added.turn):
            added = None
        name = added.routine if added is not None else self._ran_just_now()
        if said is None or name is None or not REPEATED.search(said.group("when")):
            return None
        when = said.group("when")
        at = None
        if added is not None:
            at = added.trigger.time or (added.trigger.at.astimezone(now.tzinfo).time()
                                        if added.trigger.at is not None else None)
        trigger = None
        for words in (when, f"{when} at {at:%H:%M}" if at is not None else None):
            try:
                trigger = trigger_of(words, now) if words else None
            except ScheduleError:
                continue
            if trigger is not None:
                break
        if trigger is None or trigger.kind == "once":
            return None
        return NamedAtATime(name, trigger)

    def _move(self, replies: TurnReplies, text: str, name: str, trigger: Trigger, turn: int,
              said: str) -> bool:
        """"make it 20 minutes", "make it 9 instead" right after "run movie night in 10
        minutes": the one-off run just added moves there (``moved_to``); False when
        ``text`` is no such change, or what was added runs more than once."""
        place = self._place()
        now = self._now().astimezone(place.zone)
        if trigger.kind == "time" and trigger.time is not None:  # ("make it 7:30")
            moved_at = moved_time(text, trigger.time, now)
            routine = None if moved_at is None else self._still_kept(name, trigger)
            if routine is None or moved_at is None:
                return False
            self._retime(replies, routine, trigger, moved_at, now, place)
            return True
        if trigger.kind != "once" or trigger.at is None:
            return False
        before = trigger.at if trigger.at.tzinfo else trigger.at.replace(tzinfo=place.zone)
        moment = moved_to(text, said, before, now, place)
        routine = None if moment is None else self._still_kept(name, trigger)
        if routine is None or moment is None:
            return False
        if moment.timestamp() <= now.timestamp():
            replies.error(f"{moment:%H:%M} has passed; say a time still to come.")
            return True
        moved = Trigger("once", at=kept_moment(moment))
        routine.triggers = [moved if t == trigger else t for t in routine.triggers]
        self.store.save_routine(routine, replace=True)
        self._changed()
        self._just_added = JustAdded(routine.name, moved,
                                     self._turn() if self._turn else turn, said)
        replies.info(set_for_later(f"{name_in_sentence(routine.name)} will run once", moment,
                                   now, instead=True))  # ("OK, movie night will run once …")
        return True

    def _still_kept(self, name: str, trigger: Trigger) -> Routine | None:
        """Routine ``name`` while it still keeps ``trigger``, the schedule a follow-up
        ("make it 7:30", "cancel that") changes; None when either has gone since."""
        try:
            routine = self.store.routine(name)
        except NotFoundError:
            return None
        return routine if trigger in routine.triggers else None

    def _not_on(self, replies: TurnReplies, text: str, name: str, added: Trigger) -> bool:
        """"not on fridays" said right after routine ``name`` was given the repeating
        schedule ``added``: those days dropped (``_drop_days``); "cancel that" or "undo"
        next gives them back. False when ``text`` names no days."""
        said = _NOT_ON.match(" ".join(text.lower().strip().rstrip("?.!").replace(",", " ")
                                      .split()))
        days = days_said(said.group("days")) if said else None
        if not days or len(days) == 7:
            return False
        try:
            routine = self.store.routine(name)
        except NotFoundError:
            return False
        place = self._place()
        replies.detail["talk"] = "schedule"
        self._drop_days(replies, routine, days, name_opening(routine.name),
                        self._now().astimezone(place.zone), place)
        left = replace(added, days=tuple(d for d in added.days if d not in days))
        self._just_added = None
        if left.days and left in self.store.routine(name).triggers and self._turn:
            self._just_added = JustAdded(name, left, self._turn())
            self._merged, self._rest = (left, [added]), []
        return True

    def _move_named(self, replies: TurnReplies, routine: Routine, when: str, now: datetime,
                    place: Place, shift: int = 0) -> None:
        """"move bedtime to 10" (``when``), "push bedtime back half an hour" (``shift``,
        seconds, earlier when negative): its one repeating time of day moved so, days
        kept; a routine set to run once only, that run moved. With several schedules or
        none, said how to name the one meant (nothing changes)."""
        name = name_opening(routine.name)
        times = [t for t in routine.triggers if t.kind == "time" and t.time is not None]
        onces = [t for t in routine.triggers if t.kind == "once" and t.at is not None]

        def new_time(old: time) -> time | None:
            if shift:
                return (datetime.combine(now.date(), old) + timedelta(seconds=shift)).time()
            return time_of_day(when, old, now)

        if len(times) == 1 and len(routine.triggers) == 1:
            moved_at = new_time(times[0].time or now.time())
            if moved_at is not None:
                self._retime(replies, routine, times[0], moved_at, now, place)
                return
        elif len(onces) == 1 and len(routine.triggers) == 1:
            once = onces[0]
            assert once.at is not None
            before = once.at if once.at.tzinfo else once.at.replace(tzinfo=place.zone)
            said = f"{before + timedelta(seconds=shift):%H:%M}" if shift else when
            self._just_added = JustAdded(routine.name, once, self._turn() if self._turn else 0)
            if self._move(replies, f"make it {said}", routine.name, once,
                          self._turn() if self._turn else 0, f"at {before:%H:%M}"):
                return
        if not routine.triggers:
            replies.info(f"{name} has no schedule to move." + (
                "" if shift else f" Say \"run {routine.name} every day at {when}\" to give "
                "it one."))
            return
        runs = spoken_list([describe_trigger(t) for t in routine.triggers])
        first = times[0] if times else None
        at = new_time(first.time) if first and first.time else None
        example = (f" Say which, e.g. \"run {routine.name} "
                   f"{describe_trigger(replace(first, time=at))} instead\"."
                   if first is not None and at is not None else "")
        replies.info(f"{name} runs {runs}.{example} Nothing was changed.")

    def _retime(self, replies: TurnReplies, routine: Routine, trigger: Trigger,
                moved_at: time, now: datetime, place: Place) -> None:
        """A repeating ``trigger`` of ``routine`` moved to ``moved_at``, days kept, said
        with its old time and the next run; "cancel that" puts the old time back."""
        name = name_opening(routine.name)
        moved = replace(trigger, time=moved_at)
        if moved == trigger:
            replies.info(f"{name} already runs {describe_trigger(trigger)}.")
            return
        routine.triggers = [moved if t == trigger else t for t in routine.triggers]
        self.store.save_routine(routine, replace=True)
        kept = skips_moved(self.store, routine.name, trigger.time, moved_at, place, now) \
            if trigger.time is not None else 0
        self._changed()
        self._named(routine.name)
        self._merged = (moved, [trigger])
        self._rest = []
        if self._turn is not None:
            self._just_added = JustAdded(routine.name, moved, self._turn())
        when = skip_status(self.store, routine.name, place, now).next_run if kept else \
            next_of([moved], place, now)
        nxt = next_said(when, [moved]) if when else ""
        if kept:  # (the days it skips stay skipped: " It is skipping Tue 8 Dec.")
            nxt += f" It is {skipped_words(self.store, routine, place, now)}."
        replies.info(f"{name} will run {describe_trigger(moved)} instead of "
                     f"{trigger.time:%H:%M}."
                     f"{nxt}")

