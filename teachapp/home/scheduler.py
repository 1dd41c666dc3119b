"""Fires routine triggers when they are due, once each, across processes.

Each trigger row keeps a cursor: the last due time handled. A pass computes the
runs due since the cursor; a run at most ``grace`` seconds late fires, an older one
(the computer slept, or nothing was running) is reported as missed and not
replayed. The cursor moves by compare-and-set in the database, so the window, the
tray and ``teachapp service`` running together still fire a run once. A new trigger
starts with its cursor ``grace`` seconds before the moment it is first seen: it
never fires the older past.
A run the person skipped ("skip movie night this friday": ``Store.skip_runs``) is
handled like any other when it comes due (the cursor moves past it) but does not
fire: ``on_skipped`` is told instead, and the next run fires as usual.
Times come from an injectable ``Clock`` (benchmarks simulate a year in seconds).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

from ..clock import wall_time
from ..domain import SayStep, name_opening
from ..errors import TeachappError
from ..schedule import Place, next_of, next_run, run_said
from ..store import ScheduledTrigger, Store, Timer

__all__ = ["Clock", "Due", "Missed", "Scheduler", "Skipped", "SystemClock", "TimerDue"]

log = logging.getLogger(__name__)

GRACE_SECONDS = 60.0
"""A run this late still fires (a busy moment); later it was missed (asleep, off)."""
MAX_WAIT_SECONDS = 15.0
"""The longest a waiting scheduler sleeps: new triggers and a resumed computer are
noticed within this time."""
_MAX_CATCH_UP = 1000


class Clock(Protocol):
    """Where the scheduler gets the time and how it waits."""

    def now(self) -> float:
        """UTC seconds since the epoch."""
        ...

    def wait(self, seconds: float, stop: threading.Event) -> bool:
        """Wait up to ``seconds``; True when ``stop`` was set."""
        ...


class SystemClock:
    """The real clock."""

    def now(self) -> float:
        return wall_time()  # (TEACHAPP_NOW: teachapp.clock)

    def wait(self, seconds: float, stop: threading.Event) -> bool:
        return stop.wait(max(0.0, seconds))


@dataclass(frozen=True)
class Due:
    """A run that fired."""

    routine: str
    trigger_id: int
    due: datetime
    fired_at: float
    once: bool = False
    """A ``once`` trigger's run: one the person asked for ("run movie night in an
    hour"), told "as you asked", not as a schedule's."""


@dataclass(frozen=True)
class Skipped:
    """A run that came due and was left out, as the person asked."""

    routine: str
    trigger_id: int
    due: datetime

    def describe(self) -> str:
        return (f"{name_opening(self.routine)} did not run at {self.due:%a %H:%M}: it was "
                "skipped as asked.")


@dataclass(frozen=True)
class Missed:
    """Runs of one trigger that were due while nothing was running."""

    routine: str
    trigger_id: int
    first: datetime
    last: datetime
    count: int
    seen: float = 0.0
    """When it was found missed (UTC seconds; 0: unknown): a run due a week or more
    before is said with its date."""

    def describe(self) -> str:
        """"Good morning was due at Mon 07:00 …"; runs a week or more apart, or a week or
        more ago, are said with their dates ("… due on Wed 2 Dec at 20:00 and 13 more
        until Tue 15 Dec at 20:00 …": "Wed 20:00 and 13 more until Tue 20:00" read as one
        week; a one-off missed eleven days before was "due at Sat 20:00", read as the
        Saturday just gone)."""
        if self.count == 1 and _long_ago(self.first, self.seen):
            return (f"{name_opening(self.routine)} was due on {run_said(self.first)} while "
                    "teachapp was not running; it was not run late.")
        if self.count > 1 and (self.last - self.first >= timedelta(days=6)
                               or _long_ago(self.first, self.seen)):
            return (f"{name_opening(self.routine)} was due on {run_said(self.first)} and "
                    f"{self.count - 1} more until {run_said(self.last)} while teachapp was "
                    "not running; they were not run late.")
        when = self.first.strftime("%a %H:%M")
        more = f" and {self.count - 1} more until {self.last:%a %H:%M}" if self.count > 1 else ""
        were = "they were" if self.count > 1 else "it was"  # (it said "… and 1 more …; it was")
        return (f"{name_opening(self.routine)} was due at {when}{more} while teachapp was not "
                f"running; {were} not run late.")


@dataclass(frozen=True)
class TimerDue:
    """A timer whose moment came: to run now, or (``missed``) due while nothing was
    running, more than the grace time ago, and not run late: the rule of one-off
    schedules."""

    timer: Timer
    due: datetime
    fired_at: float
    missed: bool = False

    def describe(self) -> str:
        """For a missed timer: what was not done, and when it was due (a reminder: what
        it would have said, which is still worth hearing)."""
        said = [s.text for s in self.timer.steps if isinstance(s, SayStep)]
        when = (f"on {run_said(self.due)}" if _long_ago(self.due, self.fired_at)
                else f"at {self.due:%a %H:%M}")  # (a week or more ago: with its date)
        if said and len(said) == len(self.timer.steps):
            return f"While teachapp was not running, this was due {when}: {' '.join(said)}"
        return (f"The timer to {self.timer.text} was due {when} while teachapp was not "
                "running; it was not run late.")


def _long_ago(moment: datetime, seen: float) -> bool:
    """Whether ``moment`` was a week or more before ``seen`` (0: not known), so that a
    weekday alone would name the wrong one."""
    return bool(seen) and seen - moment.timestamp() >= timedelta(days=6).total_seconds()


class Scheduler:
    """Checks the triggers of all routines; ``run`` loops until stopped."""

    def __init__(self, store: Store, place: Place, *, on_due: Callable[[Due], None],
                 on_missed: Callable[[Missed], None] | None = None,
                 on_error: Callable[[str], None] | None = None,
                 on_timer: Callable[[TimerDue], None] | None = None,
                 on_skipped: Callable[[Skipped], None] | None = None,
                 clock: Clock | None = None, grace: float = GRACE_SECONDS) -> None:
        self.store = store
        self.place = place
        self.clock = clock or SystemClock()
        self.grace = grace
        self._on_due = on_due
        self._on_missed = on_missed or (lambda m: log.info("%s", m.describe()))
        self._on_error = on_error or (lambda text: log.warning("%s", text))
        self._on_timer = on_timer or (lambda due: log.info(
            "%s", due.describe() if due.missed else f"timer due: {due.timer.text}"))
        self._on_skipped = on_skipped or (lambda skipped: log.info("%s", skipped.describe()))
        self._reported: set[tuple[int, str]] = set()

    def _dt(self, seconds: float) -> datetime:
        return datetime.fromtimestamp(seconds, UTC)

    def check(self) -> float | None:
        """One pass: fire what is due, report what was missed; the next due time."""
        now = self.clock.now()
        upcoming: list[float] = []
        for item in self.store.scheduled_triggers():
            if not item.enabled:
                continue
            try:
                nxt = self._check_one(item, now)
            except TeachappError as exc:
                key = (item.id, str(exc))
                if key not in self._reported:
                    self._reported.add(key)
                    self._on_error(f"The schedule of {item.routine!r} cannot run: {exc}")
                continue
            if nxt is not None:
                upcoming.append(nxt)
        upcoming += self._check_timers(now)
        return min(upcoming) if upcoming else None

    def _check_timers(self, now: float) -> list[float]:
        """Run the timers that are due (or report them missed); when the next is due.
        A timer is claimed by deleting its row: the process that deletes it runs it."""
        due, later = self.store.due_timers(now)
        for timer in due:
            if timer.id is None or not self.store.remove_timers([timer.id]):
                continue  # another process ran or cancelled it
            moment = datetime.fromtimestamp(timer.at, UTC).astimezone(self.place.zone)
            self._on_timer(TimerDue(timer, moment, now, missed=now - timer.at > self.grace))
        return [] if later is None else [later]

    def notice_new(self) -> None:
        """Start every trigger no pass has seen yet, as the next pass would (its cursor
        ``grace`` before now): a front end leaving calls it, so a schedule added in a
        session shorter than one wait ("run good morning every day at 7" piped into
        ``teachapp chat``) counts from then, and its runs due while nothing ran are
        reported next time (they went unsaid: the next session saw it first, after
        them)."""
        now = self.clock.now()
        for item in self.store.scheduled_triggers():
            if item.cursor is None:
                self.store.claim_trigger(item.id, None, now - self.grace)

    def _check_one(self, item: ScheduledTrigger, now: float) -> float | None:
        cursor = item.cursor
        if cursor is None:  # first seen: runs due within the grace time still fire
            # (after the routine's newest run handled, in any process: a schedule
            # changed just after it ran, "run good morning every day at 7" said at
            # 07:00:30 of one that ran on weekdays, is a new trigger row; the window or
            # the service would run that 07:00 again)
            start = max(now - self.grace, item.handled or now - self.grace)
            if not self.store.claim_trigger(item.id, None, start):
                return None  # another process took it; the next pass reads its cursor
            cursor = start
        due = next_run(item.trigger, self._dt(cursor), self.place)
        missed: list[datetime] = []
        steps = 0
        while due is not None and due.timestamp() <= now:
            steps += 1
            stamp = due.timestamp()
            if steps > _MAX_CATCH_UP:  # a very long gap: report, and jump to now
                if self.store.claim_trigger(item.id, cursor, now):
                    cursor = now
                break
            if not self.store.claim_trigger(item.id, cursor, stamp):
                return None  # another process handled it
            cursor = stamp
            if self.store.take_skip(item.routine, stamp):
                self._on_skipped(Skipped(item.routine, item.id, due))
            elif now - stamp <= self.grace:
                self._on_due(Due(item.routine, item.id, due, now,
                                 once=item.trigger.kind == "once"))
            else:
                missed.append(due)
            due = next_run(item.trigger, due, self.place)
        if missed:
            self._on_missed(Missed(item.routine, item.id, missed[0], missed[-1],
                                   len(missed) + max(0, steps - _MAX_CATCH_UP), now))
        return None if due is None else due.timestamp()

    def next_runs(self) -> dict[str, datetime | None]:
        """Each routine's next run that is not skipped (None: no trigger runs again)."""
        now = self._dt(self.clock.now())
        out: dict[str, datetime | None] = {}
        skipped = self.store.skipped_runs(since=now.timestamp())
        for item in self.store.scheduled_triggers():
            if not item.enabled:
                out.setdefault(item.routine, None)
                continue
            after = max(now, self._dt(item.cursor)) if item.cursor is not None else now
            try:
                when = next_of([item.trigger], self.place, after,
                               skipped=skipped.get(item.routine, ()))
            except TeachappError:
                when = None
            best = out.get(item.routine)
            if when is not None and (best is None or when < best):
                out[item.routine] = when
            else:
                out.setdefault(item.routine, None)
        return out

    def run(self, stop: threading.Event) -> None:
        """Check, then sleep until the next due time (at most MAX_WAIT_SECONDS)."""
        while not stop.is_set():
            try:
                upcoming = self.check()
            except TeachappError as exc:
                self._on_error(str(exc))
                upcoming = None
            now = self.clock.now()
            wait = MAX_WAIT_SECONDS if upcoming is None else upcoming - now
            if self.clock.wait(min(MAX_WAIT_SECONDS, max(0.0, wait)), stop):
                return
