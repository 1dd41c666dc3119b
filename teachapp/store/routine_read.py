"""Every routine read at once, in four queries whatever their number.

Reading a routine's phrases, steps and triggers routine by routine cost three queries
each (7 s for 1,500 routines on the 2-core test machine), and the window reads them
all after every import, save and delete, on the engine's one worker: every click
waited behind it. Here each table is read once, in the Store's order, and grouped by
routine; the records are built by the conversion the snapshot uses (``_convert.py``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from ..domain import Routine
from ._convert import routine_record
from .awareness import TriggerRow
from .tables import PhraseRow, RoutineRow, StepRow

__all__ = ["read_routines"]


def read_routines(s: Session, rows: Sequence[RoutineRow]) -> list[Routine]:
    """The records of ``rows`` (in their order), each with its phrases (by position,
    then id), steps and triggers (by position)."""
    if not rows:
        return []
    phrases = _by_routine(s.execute(
        select(col(PhraseRow.routine_id), col(PhraseRow.text), col(PhraseRow.origin),
               col(PhraseRow.uses), col(PhraseRow.last_used))
        .order_by(col(PhraseRow.routine_id), col(PhraseRow.position), col(PhraseRow.id))))
    steps = _by_routine(s.execute(
        select(col(StepRow.routine_id), col(StepRow.kind), col(StepRow.device_id),
               col(StepRow.values_json), col(StepRow.seconds), col(StepRow.text))
        .order_by(col(StepRow.routine_id), col(StepRow.position))))
    triggers = _by_routine(s.execute(
        select(col(TriggerRow.routine_id), col(TriggerRow.spec_json))
        .order_by(col(TriggerRow.routine_id), col(TriggerRow.position))))
    return [routine_record(r, phrases.get(r.id or 0, ()), steps.get(r.id or 0, ()),
                           triggers.get(r.id or 0, ())) for r in rows]


def _by_routine(rows: Iterable[Any]) -> dict[int, list[Any]]:
    grouped: dict[int, list[Any]] = defaultdict(list)
    for row in rows:
        grouped[row.routine_id].append(row)
    return grouped
