"""What schedule talk says of a routine's schedules: when it runs ("when does wind down
start?"), every schedule and timer ("what's scheduled?"), and days taken off a schedule
("don't run good morning on fridays")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, time
from typing import TYPE_CHECKING

from ..domain import Routine, listed_name, name_opening, phrase_quoted, spoken_list
from ..errors import TeachappError
from ..schedule import Place, next_run
from ..triggers import Trigger, describe_trigger
from .half_of_day import hour_example
from .reminders import ALARM_TEXTS, listed_as, reminded, timer_called
from .schedule_words import duration_words, when_words
from .skips import next_said, skip_status, skipped_words
from .timer_when import left_paused, timer_when, upcoming_timers
from .turns import TurnReplies

if TYPE_CHECKING:
    from ..store import Store, Timer

__all__ = ["ScheduleAnswers", "left_on", "upcoming_runs"]


def left_on(timer: Timer, now: datetime) -> str:
    """The time left of ``timer`` as a person says it: "7 minutes left on your 10-minute
    timer (it goes off at 02:25)", "… on your pasta timer …", "Your alarm goes off
    tomorrow at 07:00 (in 9 hours)", "20 minutes until your reminder to call mum (at
    02:40)", "5 minutes until I turn off TV (at 02:30)"."""
    if timer.paused:
        return left_paused(timer)
    left = duration_words(datetime.fromtimestamp(timer.at, UTC) - now)
    at = when_words(timer.at, now)
    called = timer_called(timer.text)
    if called:
        return f"{left} left on your {called} (it goes off {at})."
    if timer.text in ALARM_TEXTS:
        return f"Your alarm goes off {at} (in {left})."  # (thought of by its clock time)
    if timer.text.startswith("remind you"):
        return f"{left} until your reminder to {reminded(timer.text)} ({at})."
    return f"{left} until I {timer.text} ({at})."


def _phrase_of(routine: Routine) -> str:
    """The first phrase of a routine, as said (its name when it has none)."""
    return phrase_quoted(routine.phrases[0].text if routine.phrases else routine.name)


def upcoming_runs(routine: Routine, now: datetime, place: Place
                  ) -> list[tuple[str, datetime | None]]:
    """Each trigger of ``routine`` said in words, with its next run (None when it has
    none here, e.g. sunset without a location); a one-off already past is left out.
    Public: :mod:`schedule_talk` says a routine's runs so."""
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


class ScheduleAnswers:
    """The replies of ``ScheduleTalk`` that read or trim the schedules in the store."""

    store: Store
    _changed: Callable[[], None]
    _timers_listed: Callable[[list[Timer]], None]

    def _drop_days(self, replies: TurnReplies, routine: Routine, days: tuple[int, ...],
                   name: str, now: datetime, place: Place) -> None:
        """"Don't run good morning on fridays": those weekdays leave its schedules and
        the other days stay (it dropped every schedule of good morning)."""
        kept: list[Trigger] = []
        for trigger in routine.triggers:
            left = tuple(d for d in trigger.days if d not in days)
            if trigger.kind == "once" or trigger.month_day is not None or left == trigger.days:
                kept.append(trigger)
            elif left:
                kept.append(replace(trigger, days=left))
        said = describe_trigger(Trigger("time", time=time(0), days=days)).split(" at ")[0]
        if kept == routine.triggers:
            runs = spoken_list([described for described, _ in upcoming_runs(routine, now, place)])
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
        times = upcoming_runs(routine, now, place)
        if not times:
            phrase = routine.phrases[0].text if routine.phrases else routine.name
            replies.info(f"{name_opening(routine.name)} has no schedule: it runs when you "
                         "say "
                         f"\"{phrase}\". Say \"run {routine.name.casefold()} every day at "
                         f"{hour_example(routine.name)}\" "
                         "to give it one.")
            return
        soonest = skip_status(self.store, routine.name, place, now).next_run
        nxt = next_said(soonest, routine.triggers) if soonest and routine.enabled and not all(
            t.kind == "once" for t in routine.triggers) else ""
        skipping = skipped_words(self.store, routine, place, now)
        nxt += f" It is {skipping}." if skipping else ""
        replies.info(f"{name_opening(routine.name)} runs "
                     f"{spoken_list([d for d, _ in times])}.{nxt}"
                     + ("" if routine.enabled else " It is switched off for now, so it won't "
                        f"run until you say \"enable {_phrase_of(routine)}\"."))

    def _reminders(self, replies: TurnReplies, now: datetime) -> None:
        """"what reminders do I have?": the reminders alone, then what else is set in one
        short line (it listed every schedule and timer as if they were reminders)."""
        upcoming = upcoming_timers(self.store, now)
        reminders = [t for t in upcoming if t.text.startswith("remind you")]
        self._timers_listed(reminders)
        if reminders:
            replies.info(f"Reminder{'s' if len(reminders) > 1 else ''}: " + " · ".join(
                f"{reminded(t.text)} {timer_when(t, now)}"
                for t in reminders)
                + ".")
        else:
            replies.info("No reminders are set.")
        timers = len(upcoming) - len(reminders)
        schedules = sum(1 for routine in self.store.routines() if routine.triggers)
        also = [f"{n} {noun}{'s' if n > 1 else ''}" for n, noun in (
            (timers, "timer"), (schedules, "routine schedule")) if n]
        if also:
            them = "them" if timers + schedules > 1 else "it"
            replies.info(f"Also set: {spoken_list(also)} (\"what's scheduled?\" lists {them}).")

    def _left(self, replies: TurnReplies, text: str, now: datetime) -> bool:
        """"what's left on the timer?", "when does my alarm go off?": the time left of each
        timer the question's noun names (a reminder, an alarm, a timer: neither), or of
        every timer when none is named so; False when no timer is set
        (the list then answers: an alarm may be a routine's schedule)."""
        upcoming = upcoming_timers(self.store, now)
        said = text.lower()
        wanted = [t for t in upcoming if (
            t.text.startswith("remind you") if re.search(r"\breminders?\b", said) else
            t.text in ALARM_TEXTS if re.search(r"\balarms?\b", said) else
            not t.text.startswith("remind you") and t.text not in ALARM_TEXTS
            if re.search(r"\btimers?\b", said) else True)]
        timers = wanted or upcoming
        if not timers:
            return False
        self._timers_listed(timers)
        replies.info(" ".join(left_on(t, now) for t in timers))
        return True

    def _list(self, replies: TurnReplies, place: Place, now: datetime) -> None:
        """Every routine's schedule, then the timers (the one list for both)."""
        upcoming = upcoming_timers(self.store, now)
        self._timers_listed(upcoming)
        timers = [f"{listed_as(timer.text)} {timer_when(timer, now)}" for timer in upcoming]
        lines = []
        for routine in self.store.routines():
            if not routine.triggers:
                continue
            parts = [described for described, _ in upcoming_runs(routine, now, place)]
            skipping = skipped_words(self.store, routine, place, now) if parts else ""
            if skipping:
                parts.append(skipping)
            if parts:
                off = "" if routine.enabled else " (disabled)"
                lines.append(f"{listed_name(routine.name)}{off}: " + "; ".join(parts))
        if not lines and not timers:
            replies.info("Nothing is scheduled and no timer is set. Say, for example, \"run "
                         "good morning every weekday at 7\" or \"turn off the TV in 30 "
                         "minutes\".")
            return
        said = (["Scheduled: " + " · ".join(lines)] if lines else []) + (
            [f"Timer{'s' if len(timers) > 1 else ''}: " + " · ".join(timers)] if timers else [])
        replies.info(". ".join(said) + ("" if said[-1].endswith(".") else "."))
