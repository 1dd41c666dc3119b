"""Runs a routine's steps in order and undoes the last run.

Before a device is changed the executor remembers the values it is about to
replace; the record is stored even when a later step fails, so whatever did change
can be put back with ``undo``, from this process or another one.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..domain import Device, Routine, SayStep, SetStep, Step, WaitStep
from ..errors import BackendUnreachableError, NotFoundError, TeachappError
from ..store import Store, change_cause
from .backend import DeviceBackend
from .speaker import Speaker

__all__ = ["Executor", "RunResult", "StepOutcome"]

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
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.cancelled and all(o.ok for o in self.outcomes)

    @property
    def failures(self) -> list[StepOutcome]:
        return [o for o in self.outcomes if not o.ok]

    def unreachable_summary(self) -> str:
        """One sentence when the backend could not be reached, else "".

        Says why once, then which steps ran ("steps 2 and 3 ran") or that none did.
        """
        down = [o for o in self.failures if o.unreachable]
        if not down:
            return ""
        ran = [o.index + 1 for o in self.outcomes if o.ok]
        missed = [o.index + 1 for o in self.failures]
        done = (f"{_steps_text(ran)} ran" if ran else "no step ran").capitalize()
        return (f"{down[0].unreachable.rstrip('.')}. {done}; "
                f"{_steps_text(missed)} did not.")

    @property
    def devices(self) -> list[Device]:
        """The devices this run changed, in their confirmed new state (last wins)."""
        seen: dict[str, Device] = {}
        for outcome in self.outcomes:
            if outcome.device is not None:
                seen[outcome.device.id] = outcome.device
        return list(seen.values())


StepCallback = Callable[[StepOutcome], None]


class Executor:
    """Runs steps against a backend, speaks ``say`` steps, and keeps undo records."""

    def __init__(self, backend: DeviceBackend, store: Store, speaker: Speaker | None = None,
                 *, step_timeout: float = 5.0,
                 sleep: Callable[[float, threading.Event], bool] | None = None) -> None:
        self.backend = backend
        self.store = store
        self.speaker = speaker
        self.step_timeout = step_timeout
        self._sleep = sleep or _interruptible_sleep

    def run(self, routine: Routine | Sequence[Step], *, utterance: str | None = None,
            cancel: threading.Event | None = None,
            on_step: StepCallback | None = None, stop_on_error: bool = False) -> RunResult:
        """Run every step in order. A failed device step is reported and skipped."""
        name = routine.name if isinstance(routine, Routine) else None
        steps = routine.steps if isinstance(routine, Routine) else list(routine)
        cancel = cancel or threading.Event()
        result = RunResult(routine=name)
        cause = change_cause("routine", name, keep_outer=True) if name else \
            change_cause("command", utterance, keep_outer=True)
        with cause:  # history: a schedule or a hunch keeps its own cause
            self._run_steps(steps, name, utterance, cancel, result, on_step, stop_on_error)
        return result

    def _run_steps(self, steps: Sequence[Step], name: str | None, utterance: str | None,
                   cancel: threading.Event, result: RunResult,
                   on_step: StepCallback | None, stop_on_error: bool) -> None:
        try:
            for index, step in enumerate(steps):
                if cancel.is_set():
                    result.cancelled = True
                    break
                outcome = self._step(index, step, result, cancel)
                result.outcomes.append(outcome)
                if on_step is not None:
                    on_step(outcome)
                if not outcome.ok and stop_on_error:
                    break
        finally:
            if result.before:
                result.run_id = self.store.record_run(name, utterance, result.before,
                                                      result.after)

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
            previous = {k: current.state.get(k) for k in step.set}
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
        if record is None:
            raise NotFoundError("There is nothing to undo: no routine has run yet.")
        result = RunResult(routine=record.routine, run_id=record.id)
        for index, (device_id, values) in enumerate(record.before.items()):
            step = SetStep(device=device_id, set=values)
            try:
                with change_cause("undo", record.routine):
                    device = self.backend.apply(device_id, values,
                                                timeout=self.step_timeout)
                outcome = StepOutcome(index, step, True, device.describe(), device)
            except TeachappError as exc:
                outcome = StepOutcome(index, step, False, str(exc), unreachable=getattr(
                    exc, "reason", "") if isinstance(exc, BackendUnreachableError) else "")
            result.outcomes.append(outcome)
            if on_step is not None:
                on_step(outcome)
        if result.ok:
            self.store.mark_undone(record.id)
        return result


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
