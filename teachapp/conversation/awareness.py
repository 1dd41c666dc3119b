"""Schedules and hunches at work: what the window, the tray and ``teachapp service`` run.

``HomeWatch`` fires due routine triggers (``home.scheduler``) through the executor
with the cause "schedule", and checks hunches (``home.hunch_watcher``) once a
minute: a hunch the person opted in to is acted on at once (cause "hunch"),
announced, and undoable with "undo"; any other is announced as a question once.
Announcements go to a callback (stdout for the service, a card in the window).
A scheduled routine with a pause does not hold the watch: it runs up to its pause,
the rest goes on by itself (``home.executor``), and other schedules, timers and
hunches go on meanwhile. Beside a front end the watch runs through the Assistant's
executor, so "stop", "undo" and "what's running?" reach it; ``close`` stops a rest.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from ..clock import wall_now
from ..domain import Routine, SayStep, SetStep, name_opening, sentence_start
from ..errors import TeachappError
from ..home import DeviceBackend, Executor, RunResult, Speaker
from ..home.hunch_watcher import HunchWatcher, Offer
from ..home.scheduler import Clock, Due, Missed, Scheduler, SystemClock, TimerDue
from ..schedule import Place, next_run, place_from_settings
from ..settings import Settings
from ..store import Store, change_cause
from .steps_told import steps_sentence
from .timer_talk import timer_detail

if TYPE_CHECKING:
    from .runtime import Engine

__all__ = ["HUNCH_INTERVAL_SECONDS", "HomeWatch", "Watching", "next_runs", "place_of",
           "start_watch"]

log = logging.getLogger(__name__)

HUNCH_INTERVAL_SECONDS = 60.0


def place_of(settings: Settings) -> Place:
    """The home's place from the ``location`` settings section."""
    return place_from_settings(settings.section("location"))


def next_runs(routine: Routine, place: Place, now: datetime | None = None
              ) -> tuple[datetime | None, str | None]:
    """A routine's next run (None: never) and, when a trigger cannot run, why."""
    now = now or wall_now()
    best: datetime | None = None
    problem = None
    for trigger in routine.triggers:
        try:
            when = next_run(trigger, now, place)
        except TeachappError as exc:
            problem = str(exc)
            continue
        if when is not None and (best is None or when < best):
            best = when
    return best, problem


class HomeWatch:
    """Runs schedules and hunches for one home until stopped."""

    def __init__(self, store: Store, backend: DeviceBackend, settings: Settings, *,
                 speaker: Speaker | None = None, clock: Clock | None = None,
                 announce: Callable[[str], None] | None = None,
                 on_offer: Callable[[Offer], None] | None = None,
                 hunches: HunchWatcher | None = None,
                 executor: Executor | None = None) -> None:
        self.store = store
        self.backend = backend
        self.clock = clock or SystemClock()
        self.settings = settings
        self.place = place_of(settings)
        self.announce = announce or (lambda text: log.info("%s", text))
        self.speaker = speaker
        self.on_offer = on_offer
        self.executor = executor or Executor(backend, store, speaker, wall_clock=self.clock.now)
        self._shared = executor is not None
        """The executor is a front end's (``start_watch``): its "stop" reaches a rest."""
        self.scheduler = Scheduler(store, self.place, on_due=self._fire,
                                   on_missed=self._missed, on_error=self.announce,
                                   on_timer=self._fire_timer, clock=self.clock,
                                   on_skipped=lambda left: self.announce(left.describe()))
        self.hunches = hunches or HunchWatcher(store, self.place.zone, clock=self.clock.now)
        self.hunches_enabled = bool(settings.get("hunches", "enabled", True))
        self._last_hunch_check = 0.0
        self._closed = False

    def _follow_place(self) -> None:
        """A location saved in Settings meanwhile (the window's Location tab) counts
        from the next check on; a bad one keeps the last good one (and is logged)."""
        try:
            place = place_of(self.settings)
        except TeachappError as exc:
            log.warning("location not changed: %s", exc)
            return
        if place != self.place:
            self.place = self.scheduler.place = place

    def _fire(self, due: Due) -> None:
        try:
            routine = self.store.routine(due.routine)
        except TeachappError as exc:
            self.announce(f"The schedule of {due.routine!r} could not run: {exc}")
            return
        when = (f"on schedule at {due.due:%H:%M}, as you asked" if due.once
                else f"on schedule ({due.due:%a %H:%M})")
        with change_cause("schedule", routine.name):
            result = self.executor.run(routine, utterance=f"(schedule {due.due:%H:%M})",
                                       on_rest=lambda done: self._rest_done(done, when))
        if result.waiting is not None and not result.cancelled:
            from .run_report import changed_line
            from .wait_talk import paused_line

            line = paused_line(f"{name_opening(routine.name)} started {when}", result.waiting,
                               ran=changed_line(result),
                               names={d.id: d.name for d in self.backend.devices()})
            if not self._shared:  # (the service: no one to say "stop" to)
                line = line.split(" Say ")[0]
            self.announce(line)
            return
        state = "ran" if result.ok else "ran with problems"
        # (a name said as a sentence starts, as a missed run's: "good morning ran …")
        self.announce(f"{name_opening(routine.name)} {state} {when}.")

    def _rest_done(self, result: RunResult, when: str) -> None:
        """The rest of a scheduled routine after its pause (on the rest's thread)."""
        if result.cancelled:
            waiting = result.waiting
            if waiting is not None and not waiting.reported and not self._closed:
                self.announce(f"{name_opening(result.routine or '')}: stopped; the rest did "
                              "not run.")
            return
        state = "ran" if result.ok else "ran with problems"
        self.announce(f"{name_opening(result.routine or '')} {state} {when}.")

    def close(self) -> None:
        """Stop the rests of scheduled routines that wait (none runs after close)."""
        self._closed = True
        self.executor.close()

    def _fire_timer(self, due: TimerDue) -> None:
        """A timer's command, run as a schedule runs (cause "schedule", undoable with
        "undo"); one missed while nothing was running is only reported."""
        if due.missed:
            self.announce(due.describe())
            return
        said = [s.text for s in due.timer.steps if isinstance(s, SayStep)]
        if said and len(said) == len(due.timer.steps):  # a reminder: words, no device
            self.announce(" ".join(said))
            if self.speaker is not None:
                try:
                    self.speaker.say(" ".join(said))
                except Exception as exc:  # noqa: BLE001 - a silent speaker must not stop the watch
                    log.warning("could not say the reminder: %s", exc)
            return
        with change_cause("schedule", timer_detail(due.timer.text)):
            result = self.executor.run(list(due.timer.steps),
                                       utterance=due.timer.said or due.timer.text)
        if result.ok:
            names = {o.device.id: o.device.name for o in result.outcomes
                     if o.device is not None}
            done = steps_sentence(due.timer.steps, names, past=True)
            asked = (f" at {datetime.fromtimestamp(due.timer.created, due.due.tzinfo):%H:%M}"
                     if due.timer.created else "")
            self.announce(f"{sentence_start(done)} at {due.due:%H:%M}, as you asked{asked}. "
                          "Say \"undo\" to put it back.")
        else:
            problems = "; ".join(f.message for f in result.failures)
            self.announce(f"The timer to {due.timer.text} ran with problems: {problems}")

    def _missed(self, missed: Missed) -> None:
        self.announce(missed.describe())

    def check_hunches(self) -> list[Offer]:
        """One hunch pass: act on opted-in hunches, offer the others once."""
        if not self.hunches_enabled:
            return []
        offers = self.hunches.pending()
        for offer in offers:
            hunch = offer.hunch
            if offer.auto:
                with change_cause("hunch", hunch.key):
                    result = self.executor.run([_fix_step(hunch.device_id, hunch.fix)],
                                               utterance=f"(hunch {hunch.key})")
                self.hunches.record(hunch, "yes")
                if result.ok:
                    self.announce(f"{hunch.message.split('.')[0]}, so I changed it as you "
                                  "asked me to. Say \"undo\" to put it back.")
            else:
                self.hunches.record(hunch, "offered")
                if self.on_offer is not None:
                    self.on_offer(offer)
                else:
                    self.announce(hunch.message)
        return offers

    def tick(self) -> float | None:
        """Check schedules, and hunches once a minute; the next due time."""
        self._follow_place()
        upcoming = self.scheduler.check()
        now = self.clock.now()
        if now - self._last_hunch_check >= HUNCH_INTERVAL_SECONDS:
            self._last_hunch_check = now
            try:
                self.check_hunches()
            except TeachappError as exc:
                log.warning("hunch check failed: %s", exc)
        return upcoming

    def run(self, stop: threading.Event) -> None:
        """Loop until ``stop``: wake for the next due run, at least every few seconds."""
        from ..home.scheduler import MAX_WAIT_SECONDS

        said = ""  # (the household database down: chat said it again every 15 s)
        while not stop.is_set():
            try:
                upcoming = self.tick()
                said = ""
            except TeachappError as exc:
                if str(exc) != said:  # once, until it changes or a pass works again
                    self.announce(str(exc))
                said, upcoming = str(exc), None
            now = self.clock.now()
            wait = MAX_WAIT_SECONDS if upcoming is None else upcoming - now
            if self.clock.wait(min(MAX_WAIT_SECONDS, max(0.0, wait)), stop):
                return


def _fix_step(device_id: str, values: dict[str, object]):  # type: ignore[no-untyped-def]
    return SetStep(device=device_id, set=dict(values))


@dataclass
class Watching:
    """A watch running beside a front end (``start_watch``)."""

    watch: HomeWatch
    event: threading.Event
    thread: threading.Thread

    def stop(self, wait: float = 5.0) -> None:
        """End the watch: a pass in progress finishes (what it found is said before the
        database closes), then the triggers added this session that no pass saw yet
        are started (``Scheduler.notice_new``), so what comes due while nothing runs
        is reported next time."""
        self.event.set()
        self.thread.join(wait)
        if not self.thread.is_alive():
            self.watch.scheduler.notice_new()


def start_watch(engine: Engine, announce: Callable[[str], None], *,
                on_offer: Callable[[Offer], None] | None = None,
                check_first: bool = True) -> Watching:
    """Run schedules and hunches beside a front end (chat, the window) on a daemon
    thread; hunch questions go through the Assistant so the next turn answers them
    (``on_offer``: also shown so, the window's card). What was due while the app was
    closed ("Good morning was due at …; it was not run late.") is said once, by the
    first pass: with ``check_first`` (chat) here, before the first turn (with a quick
    piped chat it came after the first reply, or not at all when the input ended before
    the thread's first pass); the window, whose thread must not wait on the disk, has
    the watch's thread say it. ``Watching.stop`` ends it, alike for both.
    ``HomeWatch`` raises ``TeachappError`` for a location it cannot use."""
    assistant = engine.assistant

    def offer(item: Offer) -> None:
        lines = assistant.offer_hunch(item)
        if on_offer is not None:
            on_offer(item)
            return
        for line in lines:
            announce(line)

    watch = HomeWatch(engine.store, engine.backend, engine.settings, speaker=engine.speaker,
                      announce=announce, on_offer=offer, hunches=assistant.hunch_watcher,
                      executor=assistant.executor)
    if check_first:
        try:
            watch.scheduler.check()
        except TeachappError as exc:
            announce(str(exc))
    stop = threading.Event()
    thread = threading.Thread(target=watch.run, args=(stop,), name="teachapp-homewatch",
                              daemon=True)
    thread.start()
    return Watching(watch, stop, thread)
