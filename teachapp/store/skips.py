"""Skipped runs: one run of a routine's schedule left out ("skip movie night this friday").

A skip is the moment of one run (UTC seconds), kept per routine in the ``skip`` table
(revision 0025) rather than in the trigger rows, so editing a routine (which rewrites
its triggers) keeps it, and a day with two runs can lose only the next one. The
scheduler takes a skip when its run comes due (compare-and-delete, as timers are
claimed): the process that deletes the row leaves the run out, and the one after runs
as usual. A skip whose moment has passed is never read again. Nothing here imports
from above the store.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Column, ForeignKey, Integer, UniqueConstraint, delete
from sqlmodel import Field, Session, SQLModel, col, select

from .changes import note_change
from .tables import RoutineRow

__all__ = ["SkipRow", "add_skips", "read_skips", "remove_skips", "take_skip"]


class SkipRow(SQLModel, table=True):
    __tablename__ = "skip"
    __table_args__ = (UniqueConstraint("routine_id", "at", name="uq_skip_routine_at"),)

    id: int | None = Field(default=None, primary_key=True)
    routine_id: int = Field(
        sa_column=Column(Integer, ForeignKey("routine.id", ondelete="CASCADE"),
                         nullable=False, index=True))
    at: float
    """The skipped run's moment, UTC seconds (what ``schedule.next_run`` gives)."""
    created: float = 0.0


def _routine_id(s: Session, name: str) -> int | None:
    return s.exec(select(RoutineRow.id).where(
        col(RoutineRow.name_key) == name.strip().casefold())).first()


def add_skips(s: Session, routine: str, moments: Iterable[float], created: float) -> int:
    """Skip these runs of ``routine``; how many were not skipped already."""
    routine_id = _routine_id(s, routine)
    if routine_id is None:
        return 0
    have = {row.at for row in s.exec(select(SkipRow).where(
        col(SkipRow.routine_id) == routine_id)).all()}
    added = 0
    for at in sorted(set(moments) - have):
        s.add(SkipRow(routine_id=routine_id, at=at, created=created))
        added += 1
    if added:
        note_change(s, "routines")
    return added


def remove_skips(s: Session, routine: str, moments: Iterable[float]) -> int:
    """Run these runs after all; how many had been skipped."""
    routine_id = _routine_id(s, routine)
    wanted = list(moments)
    if routine_id is None or not wanted:
        return 0
    result = s.execute(delete(SkipRow).where(col(SkipRow.routine_id) == routine_id,
                                             col(SkipRow.at).in_(wanted)))
    count = int(result.rowcount)  # type: ignore[attr-defined]
    if count:
        note_change(s, "routines")
    return count


def read_skips(s: Session, since: float, routine: str | None = None) -> dict[str, list[float]]:
    """Routine name -> its skipped runs from ``since`` on, soonest first."""
    query = (select(SkipRow.at, RoutineRow.name)
             .join(RoutineRow, col(SkipRow.routine_id) == col(RoutineRow.id))
             .where(col(SkipRow.at) >= since).order_by(col(SkipRow.at)))
    if routine is not None:
        query = query.where(col(RoutineRow.name_key) == routine.strip().casefold())
    out: dict[str, list[float]] = {}
    for at, name in s.exec(query).all():
        out.setdefault(name, []).append(float(at))
    return out


def take_skip(s: Session, routine: str, at: float) -> bool:
    """Claim the skip of ``routine``'s run at ``at``: True when it was skipped (and
    this caller deleted the row, so this caller leaves the run out)."""
    return remove_skips(s, routine, [at]) > 0
