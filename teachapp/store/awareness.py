"""Device history, routine triggers and hunch answers: tables and session helpers.

History rows are written inside ``Store.update_states``'s transaction, so a state
and its history entry are saved together or not at all. The cause of a change
comes from ``change_cause`` (a context variable), set by whoever makes the change
(the executor for a routine, the engine for a command, a hunch or a schedule), so
device backends need no extra argument; a change with no cause set came from
outside (a switch pressed by hand, another program).

Times are UTC seconds since the epoch (REAL): compact, and what the statistics use.
"""

from __future__ import annotations

import contextvars
import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Column, ForeignKey, Integer, delete, update
from sqlalchemy import select as sa_select
from sqlmodel import Field, Session, SQLModel, col, select

from ..triggers import Trigger, trigger_to_dict
from .tables import RoutineRow

__all__ = [
    "CAUSES",
    "DEFAULT_RETENTION_DAYS",
    "DeviceChange",
    "DeviceChangeRow",
    "HunchAnswer",
    "HunchAnswerRow",
    "TriggerRow",
    "change_cause",
    "current_cause",
]

CAUSES = ("routine", "command", "window", "outside", "hunch", "schedule", "undo", "redo")
DEFAULT_RETENTION_DAYS = 400
"""A year and a bit: hunches compare against the same week of the year before."""

_CAUSE: contextvars.ContextVar[tuple[str, str | None] | None] = contextvars.ContextVar(
    "teachapp_change_cause", default=None)


@contextmanager
def change_cause(cause: str, detail: str | None = None, *,
                 keep_outer: bool = False) -> Iterator[None]:
    """Attribute device changes made inside the block to ``cause`` (one of CAUSES).

    ``keep_outer``: leave an already set cause alone (a routine run by a schedule
    stays "schedule").
    """
    if cause not in CAUSES:
        raise ValueError(f"unknown cause {cause!r}")
    if keep_outer and _CAUSE.get() is not None:
        yield
        return
    token = _CAUSE.set((cause, detail))
    try:
        yield
    finally:
        _CAUSE.reset(token)


def current_cause() -> tuple[str, str | None]:
    return _CAUSE.get() or ("outside", None)


class DeviceChangeRow(SQLModel, table=True):
    __tablename__ = "device_change"

    id: int | None = Field(default=None, primary_key=True)
    at: float = Field(index=True)
    device_id: str
    changes_json: str
    """Only the attributes that changed, with their new values."""
    cause: str = "outside"
    detail: str | None = None
    """The routine's name for a routine or schedule; the hunch for a hunch."""


class TriggerRow(SQLModel, table=True):
    __tablename__ = "trigger"

    id: int | None = Field(default=None, primary_key=True)
    routine_id: int = Field(
        sa_column=Column(Integer, ForeignKey("routine.id", ondelete="CASCADE"),
                         nullable=False, index=True))
    position: int = 0
    spec_json: str
    cursor: float | None = None
    """The last due time handled (fired or reported missed), UTC seconds; claimed with
    a compare-and-set so two processes never fire the same run."""


class HunchAnswerRow(SQLModel, table=True):
    __tablename__ = "hunch_answer"

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(index=True)
    """device id and attribute: "light.porch.on"."""
    episode: float | None = None
    """When the unusual state began (UTC seconds); None for a lasting choice."""
    hour_of_week: int | None = None
    answer: str
    """offered, yes, no, never (don't ask again), auto (act by itself), manual."""
    at: float


@dataclass(frozen=True)
class DeviceChange:
    """One recorded change of a device."""

    at: float
    device_id: str
    changes: dict[str, Any]
    cause: str = "outside"
    detail: str | None = None
    id: int | None = None


@dataclass(frozen=True)
class HunchAnswer:
    key: str
    answer: str
    at: float
    episode: float | None = None
    hour_of_week: int | None = None


# ----------------------------------------------------------------- history


def record_change(s: Session, device_id: str, old: dict[str, Any], new: dict[str, Any],
                  at: float) -> None:
    """Add a history row for the attributes whose value differs (none: nothing)."""
    changed = {k: v for k, v in new.items() if old.get(k, _MISSING) != v}
    if not changed:
        return
    cause, detail = current_cause()
    s.add(DeviceChangeRow(at=at, device_id=device_id, cause=cause, detail=detail,
                          changes_json=json.dumps(changed, separators=(",", ":"))))


_MISSING = object()


def add_changes(s: Session, changes: Iterable[DeviceChange]) -> int:
    """Bulk insert (imports, simulations, benchmarks); returns the count."""
    rows = [{"at": c.at, "device_id": c.device_id, "cause": c.cause, "detail": c.detail,
             "changes_json": json.dumps(c.changes, separators=(",", ":"))} for c in changes]
    if rows:
        s.execute(DeviceChangeRow.__table__.insert(), rows)  # type: ignore[attr-defined]
    return len(rows)


def read_changes(s: Session, *, since: float | None = None, until: float | None = None,
                 device_id: str | None = None, limit: int | None = None,
                 newest_first: bool = False) -> list[DeviceChange]:
    table = DeviceChangeRow.__table__  # type: ignore[attr-defined]
    query = sa_select(table.c.at, table.c.device_id, table.c.changes_json, table.c.cause,
                      table.c.detail, table.c.id)  # plain rows: a year of history is fast
    if since is not None:
        query = query.where(table.c.at >= since)
    if until is not None:
        query = query.where(table.c.at < until)
    if device_id is not None:
        query = query.where(table.c.device_id == device_id)
    if newest_first:
        query = query.order_by(table.c.at.desc(), table.c.id.desc())
    else:
        query = query.order_by(table.c.at, table.c.id)
    if limit is not None:
        query = query.limit(limit)
    loads = json.loads
    return [DeviceChange(at=at, device_id=dev, changes=loads(changes), cause=cause,
                         detail=detail, id=rid)
            for at, dev, changes, cause, detail, rid in s.execute(query)]


def prune_changes(s: Session, before: float) -> None:
    s.execute(delete(DeviceChangeRow).where(col(DeviceChangeRow.at) < before))


# ---------------------------------------------------------------- triggers


def trigger_rows(s: Session, routine_id: int) -> list[TriggerRow]:
    """A routine's trigger rows in order (``_convert.trigger_record`` reads each)."""
    return list(s.exec(select(TriggerRow).where(col(TriggerRow.routine_id) == routine_id)
                       .order_by(col(TriggerRow.position))).all())


def save_triggers(s: Session, routine_id: int, triggers: Iterable[Trigger]) -> None:
    """Replace a routine's triggers; an unchanged trigger keeps its cursor."""
    old = {r.spec_json: r.cursor for r in s.exec(
        select(TriggerRow).where(col(TriggerRow.routine_id) == routine_id)).all()}
    delete_triggers(s, routine_id)
    for position, trigger in enumerate(triggers):
        spec = json.dumps(trigger_to_dict(trigger), sort_keys=True)
        s.add(TriggerRow(routine_id=routine_id, position=position, spec_json=spec,
                         cursor=old.get(spec)))


def delete_triggers(s: Session, routine_id: int) -> None:
    s.execute(delete(TriggerRow).where(col(TriggerRow.routine_id) == routine_id))


@dataclass(frozen=True)
class ScheduledTrigger:
    """A trigger as the scheduler sees it: its row, routine and cursor."""

    id: int
    routine: str
    trigger: Trigger
    cursor: float | None
    enabled: bool = True
    handled: float | None = None
    """The routine's newest run handled, by any trigger (``RoutineRow.last_handled``)."""
    extra: dict[str, Any] = field(default_factory=dict)


def claim(s: Session, trigger_id: int, previous: float | None, due: float) -> bool:
    """Move a trigger's cursor from ``previous`` to ``due``; False when another process
    already did (so it must not fire again)."""
    cursor = col(TriggerRow.cursor)
    cond = cursor.is_(None) if previous is None else cursor == previous
    result = s.execute(update(TriggerRow).where(col(TriggerRow.id) == trigger_id, cond)
                       .values(cursor=due))
    claimed = bool(result.rowcount)  # type: ignore[attr-defined]
    if claimed and previous is not None:  # (a run handled, not a first sight)
        owner = select(TriggerRow.routine_id).where(col(TriggerRow.id) == trigger_id)
        handled = col(RoutineRow.last_handled)
        s.execute(update(RoutineRow).where(col(RoutineRow.id) == owner.scalar_subquery(),
                                           handled.is_(None) | (handled < due))
                  .values(last_handled=due))
    return claimed


# ----------------------------------------------------------------- hunches


def add_answer(s: Session, answer: HunchAnswer) -> None:
    s.add(HunchAnswerRow(key=answer.key, answer=answer.answer, at=answer.at,
                         episode=answer.episode, hour_of_week=answer.hour_of_week))


def read_answers(s: Session, key: str | None = None) -> list[HunchAnswer]:
    query = select(HunchAnswerRow).order_by(col(HunchAnswerRow.at), col(HunchAnswerRow.id))
    if key is not None:
        query = query.where(col(HunchAnswerRow.key) == key)
    return [HunchAnswer(key=r.key, answer=r.answer, at=r.at, episode=r.episode,
                        hour_of_week=r.hour_of_week) for r in s.exec(query).all()]
