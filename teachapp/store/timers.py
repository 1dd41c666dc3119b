"""Timers: one device command to run once, later ("turn off the telly in 30 minutes").

A timer is its own row, not a routine with a trigger: it has no name, no phrase and
no place in the routine list, and it is gone once it has run. The ``timer`` table
(revision 0024) holds the moment (UTC seconds), the validated steps as JSON, and the
words it was set with.

Running it follows the rule of one-off schedules (``home.scheduler``): the process
that deletes the row first (compare-and-delete) runs it, or reports it missed when
it was due more than the grace time ago, so the window and ``teachapp service``
together never run a timer twice. A paused timer (revision 0027) keeps the seconds it
had left and is never due until it is resumed. Nothing here imports from above the store.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, func, update
from sqlmodel import Field, Session, SQLModel, col, select

from ..domain import SayStep
from ._convert import timer_record
from .changes import note_change
from .records import Timer

__all__ = ["TimerRow", "add_timer", "due_timers", "pause_timer", "read_timers", "remove_timer",
           "resume_timer"]


class TimerRow(SQLModel, table=True):
    __tablename__ = "timer"

    id: int | None = Field(default=None, primary_key=True)
    at: float = Field(index=True)
    """When it is due, UTC seconds."""
    steps_json: str
    """[{"device": id, "set": {attribute: value}}, ...], or [{"say": words}] for a
    reminder"""
    text: str
    said: str = ""
    created: float = 0.0
    machine: str | None = None
    """The computer it was set on (shown when a household shares the database)."""
    paused_left: float | None = None
    """Seconds left while paused; None while it runs (a paused timer is never due)."""


def add_timer(s: Session, timer: Timer, machine: str | None) -> Timer:
    steps = [{"say": step.text} if isinstance(step, SayStep)
             else {"device": step.device, "set": step.set} for step in timer.steps]
    row = TimerRow(at=timer.at, steps_json=json.dumps(steps, sort_keys=True),
                   text=timer.text, said=timer.said, created=timer.created, machine=machine)
    s.add(row)
    s.flush()
    note_change(s, "timers")
    return timer_record(row)


def read_timers(s: Session) -> list[Timer]:
    """Every timer not yet run, soonest first."""
    rows = s.exec(select(TimerRow).order_by(col(TimerRow.at), col(TimerRow.id))).all()
    return [timer_record(r) for r in rows]


def due_timers(s: Session, now: float) -> tuple[list[Timer], float | None]:
    """The timers due by ``now`` (soonest first) and when the next one after is due:
    what a scheduler pass needs, without reading every timer each pass."""
    running = col(TimerRow.paused_left).is_(None)
    rows = s.exec(select(TimerRow).where(col(TimerRow.at) <= now, running)
                  .order_by(col(TimerRow.at), col(TimerRow.id))).all()
    later = s.exec(select(func.min(TimerRow.at)).where(col(TimerRow.at) > now, running)).one()
    return [timer_record(r) for r in rows], (None if later is None else float(later))


def remove_timer(s: Session, ids: Iterable[int]) -> int:
    """Delete timers; how many were still there (0: another process ran or
    cancelled it, so this one must not run it)."""
    wanted = list(ids)
    if not wanted:
        return 0
    result = s.execute(delete(TimerRow).where(col(TimerRow.id).in_(wanted)))
    count = int(result.rowcount)  # type: ignore[attr-defined]
    if count:
        note_change(s, "timers")
    return count


def pause_timer(s: Session, timer_id: int, left: float) -> Timer | None:
    """Pause a timer with ``left`` seconds to go (or change what a paused one has
    left); None when it is gone (it ran, or was cancelled, meanwhile)."""
    return _changed(s, timer_id, {"paused_left": left})


def resume_timer(s: Session, timer_id: int, at: float) -> Timer | None:
    """Let a paused timer run again, due at ``at``; None when it is gone or runs
    already (another front end resumed it first)."""
    return _changed(s, timer_id, {"at": at, "paused_left": None},
                    col(TimerRow.paused_left).is_not(None))


def _changed(s: Session, timer_id: int, values: dict[str, object], *where: Any
             ) -> Timer | None:
    """Update one timer row by compare-and-set: the timer as it is now, or None."""
    result = s.execute(update(TimerRow).where(col(TimerRow.id) == timer_id, *where)
                       .values(**values))
    if not int(result.rowcount):  # type: ignore[attr-defined]
        return None
    note_change(s, "timers")
    row = s.get(TimerRow, timer_id)
    if row is None:
        return None
    s.refresh(row)
    return timer_record(row)
