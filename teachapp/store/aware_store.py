"""The Store's methods for device history, triggers and hunch answers (thin wrappers)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, select

from . import awareness as _aware
from . import skips as _skips
from . import timers as _timers
from ._convert import trigger_record
from .awareness import DeviceChange, HunchAnswer, ScheduledTrigger, TriggerRow
from .records import Timer
from .tables import RoutineRow

__all__ = ["AwarenessMixin"]


class AwarenessMixin:
    """Mixed into ``Store``; uses its ``_read`` and ``transaction``."""

    clock: Any
    history_retention_days: float

    if TYPE_CHECKING:  # provided by Store
        def _read(self) -> AbstractContextManager[Session]: ...
        def transaction(self) -> AbstractContextManager[Session]: ...

    # ------------------------------------------------------------- history

    def history(self, *, since: float | None = None, until: float | None = None,
                device_id: str | None = None, limit: int | None = None,
                newest_first: bool = False) -> list[DeviceChange]:
        """Recorded device changes (UTC seconds), oldest first unless asked otherwise."""
        with self._read() as s:
            return _aware.read_changes(s, since=since, until=until, device_id=device_id,
                                       limit=limit, newest_first=newest_first)

    def iter_history(self, *, since: float | None = None,
                     batch: int = 20000) -> Iterator[DeviceChange]:
        """All changes since ``since`` in batches, for learning from a long history."""
        start = since
        seen_last: set[int] = set()
        while True:
            rows = self.history(since=start, limit=batch)
            fresh = [r for r in rows if r.id not in seen_last]
            yield from fresh
            if len(rows) < batch:
                return
            start = rows[-1].at
            seen_last = {r.id for r in rows if r.at == start and r.id is not None}

    def add_history(self, changes: Iterable[DeviceChange]) -> int:
        """Insert recorded changes in one transaction (simulations, imports)."""
        with self.transaction() as s:
            return _aware.add_changes(s, changes)

    def prune_history(self, *, now: float | None = None) -> None:
        """Drop history older than ``history_retention_days``."""
        now = self.clock() if now is None else now
        with self.transaction() as s:
            _aware.prune_changes(s, now - self.history_retention_days * 86400)

    # ------------------------------------------------------------ triggers

    def scheduled_triggers(self) -> list[ScheduledTrigger]:
        """Every trigger of every routine, with the routine's name and enabled flag."""
        with self._read() as s:
            rows = s.exec(select(TriggerRow, RoutineRow)
                          .join(RoutineRow, col(TriggerRow.routine_id) == col(RoutineRow.id))
                          .order_by(col(RoutineRow.name_key), col(TriggerRow.position))).all()
            return [ScheduledTrigger(id=t.id or 0, routine=r.name, enabled=r.enabled,
                                     trigger=trigger_record(t),
                                     cursor=t.cursor, handled=r.last_handled)
                    for t, r in rows]

    def claim_trigger(self, trigger_id: int, previous: float | None, due: float) -> bool:
        """Mark the run due at ``due`` as handled; False when another process did."""
        with self.transaction() as s:
            return _aware.claim(s, trigger_id, previous, due)

    # --------------------------------------------------------- skipped runs

    def skip_runs(self, routine: str, moments: Iterable[float]) -> int:
        """Leave out these runs (UTC seconds) of ``routine``'s schedule; how many were
        newly skipped. A skip is kept until its run comes due (``take_skip``)."""
        with self.transaction() as s:
            return _skips.add_skips(s, routine, moments, self.clock())

    def unskip_runs(self, routine: str, moments: Iterable[float]) -> int:
        """Run these skipped runs after all; how many had been skipped."""
        with self.transaction() as s:
            return _skips.remove_skips(s, routine, moments)

    def skipped_runs(self, *, since: float, routine: str | None = None
                     ) -> dict[str, list[float]]:
        """Routine name -> its skipped runs (UTC seconds) from ``since`` on."""
        with self._read() as s:
            return _skips.read_skips(s, since, routine)

    def take_skip(self, routine: str, at: float) -> bool:
        """The run of ``routine`` due at ``at`` comes due: True when it was skipped,
        and this caller claimed the skip (so it leaves the run out; another process
        that finds no skip row must not run it either: the cursor says so)."""
        with self.transaction() as s:
            return _skips.take_skip(s, routine, at)

    # -------------------------------------------------------------- timers

    def add_timer(self, timer: Timer) -> Timer:
        """Save a timer (a device command to run once, later); it comes back with its id."""
        with self.transaction() as s:
            return _timers.add_timer(s, timer, getattr(self, "machine", None))

    def timers(self) -> list[Timer]:
        """The timers not yet run, soonest first."""
        with self._read() as s:
            return _timers.read_timers(s)

    def due_timers(self, now: float) -> tuple[list[Timer], float | None]:
        """The timers due by ``now`` (UTC seconds) and the time of the next one."""
        with self._read() as s:
            return _timers.due_timers(s, now)

    def remove_timers(self, ids: Iterable[int]) -> int:
        """Cancel timers, or claim one to run it: how many were still there. 0 means
        another process ran or cancelled it first, so it must not run here."""
        with self.transaction() as s:
            return _timers.remove_timer(s, ids)

    def pause_timer(self, timer_id: int, left: float) -> Timer | None:
        """Pause a timer with ``left`` seconds to go (a paused one: set what is left);
        None when it ran or was cancelled meanwhile."""
        with self.transaction() as s:
            return _timers.pause_timer(s, timer_id, left)

    def resume_timer(self, timer_id: int, at: float) -> Timer | None:
        """Let a paused timer run again, due at ``at`` (UTC seconds); None when it is
        gone or was resumed already."""
        with self.transaction() as s:
            return _timers.resume_timer(s, timer_id, at)

    # ------------------------------------------------------------- hunches

    def hunch_answers(self, key: str | None = None) -> list[HunchAnswer]:
        with self._read() as s:
            return _aware.read_answers(s, key)

    def answer_hunch(self, answer: HunchAnswer) -> None:
        with self.transaction() as s:
            _aware.add_answer(s, answer)
