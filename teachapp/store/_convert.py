"""Rows <-> records by field name, so a field added to both is carried without a
hand-written copy (and one forgotten in a copy cannot be lost).

The domain records (devices, routines with their phrases, steps and triggers) are
built here from anything with the row's attributes: the Store's SQLModel rows and
the snapshot's plain ``sqlite3`` rows (``snapshot.py``) go through the same
functions, so the two readers cannot drift apart. Nothing here imports SQLAlchemy.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Set
from dataclasses import fields
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar

from ..domain import Device, Phrase, Routine, SayStep, SetStep, Step, WaitStep
from ..triggers import Trigger, trigger_from_dict
from .records import Timer

if TYPE_CHECKING:
    from sqlmodel import SQLModel

__all__ = ["device_record", "phrase_record", "record_from_row", "routine_record",
           "row_values", "step_record", "timer_record", "trigger_record"]

R = TypeVar("R")


def record_from_row(cls: type[R], row: Any, **override: Any) -> R:
    """A dataclass record from a row: every field the record has, read by name."""
    values = {f.name: getattr(row, f.name) for f in fields(cls)  # type: ignore[arg-type]
              if f.name not in override and hasattr(row, f.name)}
    return cls(**values, **override)


def row_values(record: Any, row_cls: type[SQLModel], *, exclude: Set[str] = frozenset()
               ) -> dict[str, Any]:
    """The values of a record for a new row: the fields both share, minus ``exclude``
    (keys and timestamps the row fills itself)."""
    columns = set(row_cls.model_fields)
    return {f.name: _plain(getattr(record, f.name)) for f in fields(record)
            if f.name in columns and f.name not in exclude}


def _plain(value: Any) -> Any:
    """Enums are stored as their values (drivers bind plain str, not subclasses)."""
    return value.value if isinstance(value, Enum) else value


# ------------------------------------------------------- rows -> domain records


def device_record(row: Any) -> Device:
    """A ``device`` row (id, name, room, state_json)."""
    return Device(id=row.id, name=row.name, room=row.room, state=json.loads(row.state_json))


def timer_record(row: Any) -> Timer:
    """A ``timer`` row (at, steps_json, text, said, created, id, paused_left)."""
    steps: list[Step] = [SayStep(text=str(s["say"])) if "say" in s
                         else SetStep(device=str(s["device"]), set=dict(s["set"]))
                         for s in json.loads(row.steps_json)]
    return Timer(at=float(row.at), steps=steps, text=row.text, said=row.said or "",
                 created=float(row.created or 0.0), id=row.id,
                 paused_left=None if row.paused_left is None else float(row.paused_left))


def step_record(row: Any) -> Step:
    """A ``step`` row (kind, device_id, values_json, seconds, text)."""
    if row.kind == "device":
        return SetStep(device=row.device_id or "", set=json.loads(row.values_json or "{}"))
    if row.kind == "wait":
        return WaitStep(seconds=_seconds(row.seconds or 0))
    return SayStep(text=row.text or "")


def _seconds(value: float) -> float:
    return int(value) if float(value).is_integer() else float(value)  # type: ignore[return-value]


def trigger_record(row: Any) -> Trigger:
    """A ``trigger`` row (spec_json)."""
    return trigger_from_dict(json.loads(row.spec_json))


def phrase_record(row: Any) -> Phrase:
    """A ``phrase`` row (text, origin, uses, last_used)."""
    return Phrase(text=row.text, origin=row.origin, uses=row.uses, last_used=row.last_used)


def routine_record(row: Any, phrases: Iterable[Any], steps: Iterable[Any],
                   triggers: Iterable[Any]) -> Routine:
    """A ``routine`` row with its phrase, step and trigger rows, each in stored order."""
    return Routine(
        name=row.name,
        phrases=[phrase_record(p) for p in phrases],
        steps=[step_record(s) for s in steps],
        enabled=row.enabled,
        source=row.source,
        created_at=row.created_at,
        updated_at=row.updated_at,
        triggers=[trigger_record(t) for t in triggers],
        version=row.version,
        updated_by=row.updated_by,
    )
