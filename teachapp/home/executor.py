"""Runs a routine's steps in order and undoes the last run.

Before a device is changed the executor remembers the values it is about to
replace; the record is stored even when a later step fails, so whatever did change
can be put back with ``undo``, from this process or another one. A run that no device
confirmed is kept too (``store.unconfirmed_runs``), so an "undo" after it, in any
process, says it changed nothing rather than take back the run before it.

A routine with a pause ("lamp to 10 %, wait 10 minutes, lamp off") need not hold its
caller for the whole pause: given ``on_rest``, ``run`` returns when it reaches the
first ``wait`` step and the rest (the wait and every step after it) goes on by itself
on a thread (``Waiting``). The run so far is recorded at the pause, and the rest's
changes are added to the same record, so one ``undo`` puts back the whole routine;
``undo`` and ``close`` stop a rest first. The rest keeps the caller's cause (routine,
schedule), so the device history says which routine did what.
"""

from __future__ import annotations

import contextvars
import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from ..clock import wall_time
from ..domain import Device, Routine, SayStep, SetStep, Step, WaitStep, spoken_list
from ..errors import BackendUnreachableError, NotFoundError, TeachappError
from ..store import Store, change_cause, drop_unconfirmed_run, save_unconfirmed_run
from .backend import DeviceBackend
from .speaker import Speaker

__all__ = ["Executor", "RunResult", "StepOutcome", "Waiting"]

log = logging.getLogger(__name__)


@dataclass
class StepOutcome:
    """How one step went."""

    index: int
    step: Step
    ok: bool
    message: str = ""
    device: Device | None = None
    unreachable: str = ""
    """Set when the whole backend could not be reached: why, without the device."""


@dataclass
class RunResult:
    """A run (or an undo): each step's outcome and the states it changed."""

    routine: str | None
    outcomes: list[StepOutcome] = field(default_factory=list)
    before: dict[str, dict[str, Any]] = field(default_factory=dict)
    after: dict[str, dict[str, Any]] = field(default_factory=dict)
    run_id: int | None = None
    unconfirmed_id: int | None = None
    """The ``unconfirmed_run`` row kept when no device confirmed a step before a pause:
    the rest adds its own to it, or drops it once a change is confirmed."""
    cancelled: bool = False
    waiting: Waiting | None = None
    """Set when the run paused at a ``wait`` step and its rest goes on by itself; the
    rest adds its outcomes and states to this result as it runs."""
    kind: Literal["run", "undo", "redo"] = "run"
    """A run, or an undo or redo of one (``routine`` is then the run's routine)."""
    not_known: list[str] = field(default_factory=list)
    """An undo's devices left as they are: their state before the run was not known
    (recorded as None: the device had not reported it), so there was none to put back."""

    @property
    def ok(self) -> bool:
        return not self.cancelled and all(o.ok for o in self.outcomes)

    @property
    def failures(self) -> list[StepOutcome]:
        return [o for o in self.outcomes if not o.ok]

    def unreachable_summary(self) -> str:
        """One sentence when the backend could not be reached, else "".

        Says why once, then which steps ran ("Steps 2 and 3 ran; step 1 did not.") or
        that none did ("None of the 3 steps ran."; it was "No step ran; steps 1, 2 and 3
        did not.", the same steps said twice). An undo or redo says what was put back and
        that saying it again once the home is back finishes it: the run is marked undone
        only when every device was put back (it said "Could not put back
        light.living_room_lamp: Lamp (light.living_room_lamp) was not changed: …").
        """
        down = [o for o in self.failures if o.unreachable]
        if not down:
            return ""
        if self.kind != "run":  # the run stays as it was recorded: asked again, it works
            verb, word = ("put back", "undo") if self.kind == "undo" else ("set again", "redo")
            back = [o.device.name for o in self.outcomes if o.ok and o.device is not None]
            lead = f"{spoken_list(back)} {verb}, the rest not yet" if back else \
                f"Nothing was {verb}"
            return (f"{down[0].unreachable.rstrip('.')}. {lead}; {word} again once it is "
                    "back: nothing is lost.")
        ran = [o.index + 1 for o in self.outcomes if o.ok]
        missed = [o.index + 1 for o in self.failures]
        if ran:
            done = f"{_steps_text(ran).capitalize()} ran; {_steps_text(missed)} did not."
        else:
            done = "The step did not run." if len(missed) == 1 else \
                f"None of the {len(missed)} steps ran."
        return f"{down[0].unreachable.rstrip('.')}. {done}"

    @property
    def summary(self) -> str:
        """One line saying what was done, the window's status bar: "Ran “Good night”.",
        "Undid “Good night”.", "Set Desk lamp.", or the first failure; a backend out of
        reach as the run's reply says it (it was "4 step(s) failed: light.ceiling_light
        is not known yet: …", the first device's words). An undo is told as one, so the
        line after it never still says the run."""
        failures = self.failures
        down = self.unreachable_summary()
        if down:
            return down[:1].upper() + down[1:]
        if failures:
            count = len(failures)
            return f"{count} step{'s' if count > 1 else ''} failed: {failures[0].message}"
        if self.kind != "run":
            verb = "Undid" if self.kind == "undo" else "Redid"
            return f"{verb} “{self.routine}”." if self.routine else f"{verb} the last change."
        if self.routine:
            return f"Ran “{self.routine}”."
        names = spoken_list(d.name for d in self.devices)
        return f"Set {names}." if names else ""

    @property
    def devices(self) -> list[Device]:
        """The devices this run changed, in their confirmed new state (last wins)."""
        seen: dict[str, Device] = {}
        for outcome in self.outcomes:
            if outcome.device is not None:
                seen[outcome.device.id] = outcome.device
        return list(seen.values())


StepCallback = Callable[[StepOutcome], None]
RestCallback = Callable[[RunResult], None]


@dataclass
class Waiting:
    """The rest of a run that paused at a ``wait`` step (see the module docstring)."""

    routine: str | None
    """The routine's name; None for steps that are no routine."""
    resumes_at: float
    """When the rest goes on (Unix seconds on ``clock``); moved on by a later wait."""
    clock: Callable[[], float] = wall_time
    """The wall clock ``resumes_at`` is on: the executor's (``teachapp.clock.wall_time``
    unless a test gives its own), so "the rest runs at 22:10" agrees with "It's 22:00"
    when ``TEACHAPP_NOW`` sets the clock (it read the real time: "at 15:09")."""
    cancel: threading.Event = field(default_factory=threading.Event)
    finished: threading.Event = field(default_factory=threading.Event)
    """Set once the rest's steps are over (done, failed or stopped) and recorded."""
    reported: bool = False
    """Whoever stopped the rest already said so (a turn's "stop" or "undo")."""
    run_id: int | None = None
    """The run record of the steps before the pause (None when they changed nothing)."""
    start: int = 0
    """The index of the ``wait`` step where the run paused."""
    steps: tuple[Step, ...] = ()
    """The steps from that ``wait`` on (it first): what the turn says is still to come."""
    thread: threading.Thread | None = None

    def left(self) -> float:
        """Seconds until the rest goes on (0 once due)."""
        return max(0.0, self.resumes_at - self.clock())

    def stop(self, *, reported: bool = False) -> None:
        """Stop the rest: a wait ends at once, and no later step runs."""
        self.reported = self.reported or reported
        self.cancel.set()

    @property
    def stopped(self) -> bool:
        return self.cancel.is_set()


class Executor:
    """Runs steps against a backend, speaks ``say`` steps, and keeps undo records."""

    def __init__(self, backend: DeviceBackend, store: Store, speaker: Speaker | None = None,
                 *, step_timeout: float = 5.0,
                 sleep: Callable[[float, threading.Event], bool] | None = None,
                 wall_clock: Callable[[], float] = wall_time) -> None:
        self.backend = backend
        self.wall_clock = wall_clock
        self.store = store
        self.speaker = speaker
        self.step_timeout = step_timeout
        self._sleep = sleep or _interruptible_sleep
        self._waiting: list[Waiting] = []
        self._waiting_lock = threading.Lock()

    def run(self, routine: Routine | Sequence[Step], *, utterance: str | None = None,
            cancel: threading.Event | None = None,
            on_step: StepCallback | None = None, stop_on_error: bool = False,
            on_rest: RestCallback | None = None) -> RunResult:
        """Run every step in order. A failed device step is reported and skipped.

        With ``on_rest``, return at the first ``wait`` step that has a step after it;
        the rest goes on on a thread (``result.waiting``), and ``on_rest(result)`` is
        called there once it is over (done, failed or stopped).
        """
        name = routine.name if isinstance(routine, Routine) else None
        steps = list(routine.steps) if isinstance(routine, Routine) else list(routine)
        cancel = cancel or threading.Event()
        result = RunResult(routine=name)
        cause = change_cause("routine", name, keep_outer=True) if name else \
            change_cause("command", utterance, keep_outer=True)
        with cause:  # history: a schedule or a hunch keeps its own cause
            pause = _first_pause(steps) if on_rest is not None else None
            self._run_steps(steps[:pause], 0, name, utterance, cancel, result, on_step,
                            stop_on_error)
            if pause is None or result.cancelled or (stop_on_error and not result.ok):
                return result
            context = contextvars.copy_context()  # the cause goes on with the rest
        assert on_rest is not None
        waiting = Waiting(name, self.wall_clock() + float(steps[pause].seconds),  # type: ignore[union-attr]
                          clock=self.wall_clock, run_id=result.run_id, start=pause,
                          steps=tuple(steps[pause:]))
        result.waiting = waiting
        rest = steps[pause:]
        waiting.thread = threading.Thread(
            target=context.run, name=f"teachapp-rest-{name or 'steps'}",
            args=(self._rest, rest, pause, utterance, result, on_step, stop_on_error,
                  on_rest), daemon=True)
        with self._waiting_lock:
            self._waiting.append(waiting)
        waiting.thread.start()
        return result

    def _rest(self, steps: Sequence[Step], start: int, utterance: str | None,
              result: RunResult, on_step: StepCallback | None, stop_on_error: bool,
              on_rest: RestCallback) -> None:
        """The thread of a paused run: the wait, the steps after it, the record."""
        waiting = result.waiting
        assert waiting is not None
        try:
            self._run_steps(steps, start, result.routine, utterance, waiting.cancel, result,
                            on_step, stop_on_error, waiting=waiting)
        except Exception:  # noqa: BLE001 - a thread of its own: log, and still finish
            log.exception("the rest of %s failed", result.routine)
        finally:
            with self._waiting_lock:
                if waiting in self._waiting:
                    self._waiting.remove(waiting)
            waiting.finished.set()
        try:
            on_rest(result)
        except Exception:  # noqa: BLE001
            log.exception("reporting the rest of %s failed", result.routine)

    def waiting(self) -> list[Waiting]:
        """The rests that wait or run now, oldest first."""
        with self._waiting_lock:
            return list(self._waiting)

    def stop_waiting(self, routine: str | None = None, *, reported: bool = False,
                     wait: float | None = None) -> list[Waiting]:
        """Stop the rests (of ``routine`` only, when given); with ``wait``, give each up
        to that many seconds to end its step and write its record."""
        chosen = [w for w in self.waiting() if routine is None or (
            w.routine is not None and w.routine.casefold() == routine.casefold())]
        for waiting in chosen:
            waiting.stop(reported=reported)
        if wait is not None:
            for waiting in chosen:
                waiting.finished.wait(wait)
        return chosen

    def close(self) -> None:
        """Stop every rest (none runs after the app closes) and let each finish its
        record; whoever closes says what will not run (``Assistant.unfinished``)."""
        stopped = self.stop_waiting(reported=True, wait=self.step_timeout + 1.0)
        for waiting in stopped:
            if waiting.thread is not None and waiting.thread is not threading.current_thread():
                waiting.thread.join(self.step_timeout + 1.0)

    def _run_steps(self, steps: Sequence[Step], start: int, name: str | None,
                   utterance: str | None, cancel: threading.Event, result: RunResult,
                   on_step: StepCallback | None, stop_on_error: bool, *,
                   waiting: Waiting | None = None) -> None:
        first = len(result.outcomes)  # (a rest's outcomes follow those before the pause)
        try:
            for index, step in enumerate(steps, start=start):
                if cancel.is_set():
                    result.cancelled = True
                    break
                if waiting is not None and isinstance(step, WaitStep):
                    waiting.resumes_at = waiting.clock() + float(step.seconds)
                outcome = self._step(index, step, result, cancel)
                result.outcomes.append(outcome)
                if on_step is not None:
                    on_step(outcome)
                if not outcome.ok and stop_on_error:
                    break
        finally:
            if result.run_id is not None:
                self.store.extend_run(result.run_id, result.before, result.after)
            elif result.before:
                result.run_id = self.store.record_run(
                    name, utterance, result.before, result.after,
                    at=datetime.fromtimestamp(self.wall_clock(), UTC))
                if result.unconfirmed_id is not None:  # (failed before its pause only)
                    drop_unconfirmed_run(self.store, result.unconfirmed_id)
                    result.unconfirmed_id = None
            else:  # no device confirmed a step: kept, so a later "undo" says so
                unconfirmed = [o.step.device for o in result.outcomes[first:]
                               if not o.ok and isinstance(o.step, SetStep)]
                result.unconfirmed_id = save_unconfirmed_run(
                    self.store, name, utterance,
                    [(d, self._name(d)) for d in dict.fromkeys(unconfirmed)],
                    at=datetime.fromtimestamp(self.wall_clock(), UTC),
                    adding_to=result.unconfirmed_id)

    def _step(self, index: int, step: Step, result: RunResult,
              cancel: threading.Event) -> StepOutcome:
        if isinstance(step, WaitStep):
            finished = self._sleep(float(step.seconds), cancel)
            if not finished:
                result.cancelled = True
                return StepOutcome(index, step, False, "cancelled while waiting")
            return StepOutcome(index, step, True, f"waited {step.seconds} s")
        if isinstance(step, SayStep):
            if self.speaker is not None:
                try:
                    self.speaker.say(step.text)
                except Exception as exc:
                    log.warning("could not speak %r: %s", step.text, exc)
            return StepOutcome(index, step, True, step.text)
        assert isinstance(step, SetStep)
        try:
            current = self.backend.device(step.device)
            # A device that has not reported its state has only a stale or default one
            # stored: nothing is known to put back (``NOT_KNOWN``); undo "put back" the
            # default, and said so, of a Zigbee2MQTT lamp never heard from.
            previous = {k: None if current.unreported else current.state.get(k)
                        for k in step.set}
            device = self.backend.apply(step.device, step.set, timeout=self.step_timeout)
        except TeachappError as exc:
            log.warning("step %d of %s failed: %s", index + 1, result.routine, exc)
            return StepOutcome(index, step, False, str(exc),
                               unreachable=getattr(exc, "reason", "")
                               if isinstance(exc, BackendUnreachableError) else "")
        before = result.before.setdefault(step.device, {})
        for key, value in previous.items():
            before.setdefault(key, value)
        result.after.setdefault(step.device, {}).update(
            {k: device.state.get(k) for k in step.set})
        return StepOutcome(index, step, True, device.describe(), device)

    def undo(self, *, on_step: StepCallback | None = None) -> RunResult:
        """Restore the states that the last run (not yet undone) replaced."""
        record = self.store.last_run()
        resting = [w for w in self.waiting()
                   if record is not None and w.run_id == record.id]
        if resting:  # its rest is stopped first, and the whole run read again
            for waiting in resting:
                waiting.stop(reported=True)
                waiting.finished.wait(self.step_timeout + 1.0)
            record = self.store.last_run()
        if record is None:
            # (it said "no routine has run yet" after runs that were undone, and on a
            # shared database while other computers' runs were there, not its to undo)
            raise NotFoundError("There is nothing to undo: no run on this computer is left "
                                "to take back (each was undone, or none has run here yet).")
        result = RunResult(routine=record.routine, run_id=record.id, kind="undo")
        with change_cause("undo", record.routine):
            self._set_states(record.before, result, on_step)
        if result.ok:
            self.store.mark_undone(record.id)
        return result

    def redo(self, run_id: int, *, on_step: StepCallback | None = None) -> RunResult:
        """Set again the states an undone run had set ("redo" right after "undo"). The
        run counts as not undone again, so "undo" takes it back once more. Refused when
        the run was not undone, or another run came after it (its states would
        overwrite that run's)."""
        record = self.store.run_record(run_id)
        newest = self.store.last_run()
        if record is None or not record.undone or (newest is not None
                                                   and newest.id > record.id):
            raise NotFoundError("There is nothing to redo: redo puts back what the last "
                                "undo took back, before anything else runs.")
        result = RunResult(routine=record.routine, run_id=record.id, kind="redo")
        with change_cause("redo", record.routine or record.utterance):
            self._set_states(record.after, result, on_step)
        if result.ok:
            self.store.mark_undone(record.id, undone=False)
        return result

    def _name(self, device_id: str) -> str:
        """The device's name, or its id when the home no longer has it."""
        try:
            return self.backend.device(device_id).name
        except TeachappError:
            return device_id

    def _set_states(self, states: dict[str, dict[str, Any]], result: RunResult,
                    on_step: StepCallback | None) -> None:
        """Set each device to its recorded state (an undo's or a redo's), one outcome
        each: a device that does not answer fails alone."""
        for index, (device_id, recorded) in enumerate(states.items()):
            values = {k: v for k, v in recorded.items() if v is not None}
            if not values:  # its state before the run was never known
                result.not_known.append(self._name(device_id))
                continue
            step = SetStep(device=device_id, set=values)
            try:
                device = self.backend.apply(device_id, values, timeout=self.step_timeout)
                outcome = StepOutcome(index, step, True, device.describe(), device)
            except TeachappError as exc:
                outcome = StepOutcome(index, step, False, str(exc), unreachable=getattr(
                    exc, "reason", "") if isinstance(exc, BackendUnreachableError) else "")
            result.outcomes.append(outcome)
            if on_step is not None:
                on_step(outcome)


def _first_pause(steps: Sequence[Step]) -> int | None:
    """The index of the first ``wait`` step that a device or ``say`` step follows;
    None when nothing but waits comes after every pause (nothing to go on with)."""
    for index, step in enumerate(steps):
        if isinstance(step, WaitStep) and float(step.seconds) > 0 and any(
                not isinstance(later, WaitStep) for later in steps[index + 1:]):
            return index
    return None


def _interruptible_sleep(seconds: float, cancel: threading.Event) -> bool:
    """Sleep unless cancelled; True when the whole time passed."""
    if seconds <= 0:
        return True
    deadline = time.monotonic() + seconds
    return not cancel.wait(max(0.0, deadline - time.monotonic()))


def _steps_text(numbers: list[int]) -> str:
    if len(numbers) == 1:
        return f"step {numbers[0]}"
    return "steps " + ", ".join(map(str, numbers[:-1])) + f" and {numbers[-1]}"
