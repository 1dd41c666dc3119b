"""Running: a routine or steps through the one executor, and the rest after a pause.

Every run goes through here (a phrase, a device command, the window's button, a
hunch): it is reported the same way (``run_report``), remembered for "undo" and
credited to the learner; a routine that pauses goes on by itself and says how it
ended later (``LaterReplies``).
"""

from __future__ import annotations

import threading
from typing import Any

from ..domain import (
    Device,
    Routine,
    SetStep,
    name_in_sentence,
    name_opening,
    spoken_list,
    validate_changes,
)
from ..errors import DeviceUnavailableError
from ..home.executor import RunResult
from ..store import change_cause
from ..understanding.resolution import Decision
from .events import LaterReplies, RunFinished, WaitingChanged
from .learning_calls import LearningCalls
from .models import Action
from .run_report import report_run
from .turns import TurnReplies, outcome
from .undoing import Undoing

__all__ = ["Runs"]


class Runs(Undoing, LearningCalls):
    """Runs started by turns or by the window, and what waits after a pause."""

    def _execute(self, replies: TurnReplies, name: str, *, utterance: str | None,
                 interaction_id: int | None, phrase: str | None = None,
                 learn: bool = True) -> RunResult:
        """Run a routine, report it, remember it for undo, and learn from it."""
        routine = self.store.routine(name)
        result = self._run_steps(routine, utterance, interaction_id=interaction_id)
        self._last_command = None  # ("again", "and the fan" after it borrow no older command)
        self._last_devices = []
        replies.run, replies.routine = result, routine.name
        if replies.action not in (Action.RUN_ROUTINE,):
            replies.action, replies.decision = Action.RUN_ROUTINE, Decision.RUN
        self.store.mark_used(routine.name, phrase)
        if interaction_id is not None:
            self.store.update_interaction(interaction_id, outcome=outcome(result))
        names = {d.id: d.name for d in self.backend.devices()} if result.waiting else None
        report_run(replies, result, name_opening(routine.name), changes=True, names=names)
        credits = (self._hooks.success(replies, routine.name, utterance, result.ok)
                   if learn else [])
        self.remember_run(result.run_id, utterance, interaction_id, routine=routine.name,
                          credited=[c.utterance for c in credits if c.learned], phrase=phrase,
                          result=result)
        return result

    def _run_steps(self, routine: Routine | list[SetStep], utterance: str | None, *,
                   title: str | None = None, interaction_id: int | None = None
                   ) -> RunResult:
        """Run steps (up to a routine's first pause: the rest goes on by itself and
        is reported by ``_rest_done``)."""
        self._run_cancel = threading.Event()
        label = title or (name_opening(routine.name) if isinstance(routine, Routine)
                          else "That")
        result = self._executor.run(
            routine, utterance=utterance, cancel=self._run_cancel,
            on_rest=lambda done: self._rest_done(done, label, interaction_id))
        self._emit(RunFinished(result))
        if result.waiting is not None:
            self._emit(WaitingChanged())
        return result

    def _rest_done(self, result: RunResult, title: str, interaction_id: int | None) -> None:
        """The rest of a paused routine is over (on its thread): log, and say how it
        went, unless a turn already said it was stopped or the app is closing."""
        waiting = result.waiting
        with self._lock:
            if interaction_id is not None:
                self.store.update_interaction(interaction_id, outcome=outcome(result))
                self._recorder.rest_done(interaction_id, result)
            self._emit(RunFinished(result))
            self._emit(WaitingChanged())
            if self._closing or (waiting is not None and waiting.reported):
                return
            replies = TurnReplies(self._emit)
            report_run(replies, result, title, rest=True)
            self._emit(LaterReplies(replies.lines))
            self._speak(replies.spoken)

    def waiting_runs(self) -> list[tuple[str, str]]:
        """What waits now: routine name ("" for steps of no routine) and a line
        ("Bedtime is waiting: the rest runs at 22:10 (in 9 minutes)."), as "what's
        running?" says them; the window's card shows them. Takes no turn lock."""
        return self._waits.status()

    def stop_waiting(self, routine: str | None = None) -> list[str]:
        """Stop the rest of ``routine`` (every one when None) as "stop" would; the
        reply lines (shown, not spoken: the person clicked)."""
        with self._lock:
            replies = TurnReplies(self._emit)
            if not self._waits.stop(replies, routine):
                replies.info("Nothing is waiting now.")
            return replies.lines

    def finish_waiting(self) -> None:
        """Wait until every rest is over: ``teachapp run`` is one command, so it runs
        the whole routine before it prints and exits (Ctrl-C stops it)."""
        for waiting in self._executor.waiting():
            while not waiting.finished.wait(0.5):
                pass

    def unfinished(self) -> list[str]:
        """Said when a front end closes while routines wait: what will not run."""
        names = sorted({name_in_sentence(w.routine) if w.routine else "a routine"
                        for w in self._executor.waiting() if not w.stopped})
        if not names:
            return []
        return [f"(The rest of {spoken_list(names)} will not run: it was waiting when "
                "you left. Say \"undo\" next time to put back what it changed.)"]

    def run_routine(self, name: str, *, utterance: str | None = None) -> RunResult:
        """Run a routine chosen in the window (a choice after a miss is evidence)."""
        with self._lock:
            self._turn += 1
            replies = TurnReplies(self._emit)
            self._settle(replies)
            routine = self.store.routine(name).name
            if utterance:
                iid = self._log(utterance, "gui", None, "run", 1.0, routine, "chosen")
                return self._execute(replies, name, utterance=utterance, interaction_id=iid)
            # A button, not words: in the history too (issue 17). After a miss it is
            # still the choice that counts as evidence for the missed words.
            iid = self._log(routine, "button", None, "run", 1.0, routine, "running")
            return self._execute(replies, name, utterance=None, interaction_id=iid)

    def cancel_run(self) -> None:
        """Stop the routine that is running and every rest that waits (their waits end
        at once). Sets events only: safe and instant on any thread."""
        self._run_cancel.set()
        self._executor.stop_waiting()

    def set_device(self, device_id: str, changes: dict[str, Any]) -> Device:
        """Change a device now (from its tile); undoable like a run."""
        with self._lock:
            self.backend.device(device_id)
            values = validate_changes(device_id, changes)
            with change_cause("window", keep_outer=True):
                result = self._run_steps([SetStep(device_id, values)], None)
            if not result.ok:
                raise DeviceUnavailableError(result.failures[0].message)
            self._last_run = None
            return result.devices[0] if result.devices else self.backend.device(device_id)
