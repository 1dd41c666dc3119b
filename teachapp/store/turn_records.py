"""What a turn recorded for "why did you do that?", and routines kept after deletion.

Two tables beside the interaction log: ``turn_detail`` (one JSON document per
turn: engine, matched phrase and how, thresholds, what each step did) and
``deleted_routine`` (a deleted routine's rows, so "undo" brings it back with its
phrases and learned aliases, in this session or a later one). Renames are kept in
``renames``; which change "undo" takes back first is ``undo_order``'s.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete
from sqlmodel import Field, Session, SQLModel, col, select

from ..domain import PhraseOrigin
from ..errors import NotFoundError
from .awareness import TriggerRow, delete_triggers, trigger_rows
from .changes import note_change
from .records import Interaction, phrase_key
from .skips import SkipRow
from .tables import InteractionRow, PhraseRow, RoutineRow, StepRow, utcnow
from .undo_sequence import Sequenced

if TYPE_CHECKING:
    from .store import Store

__all__ = [
    "DeletedRoutine",
    "TurnDetail",
    "delete_routine_kept",
    "last_deletion",
    "log_interaction_with_detail",
    "phrase_origin",
    "record_turn_detail",
    "restore_deletion",
    "restore_deletion_in",
    "turn_details",
]


class TurnDetailRow(SQLModel, table=True):
    __tablename__ = "turn_detail"

    interaction_id: int = Field(primary_key=True)
    engine: str | None = None
    verified: bool = True
    detail_json: str = "{}"


class DeletedRoutineRow(Sequenced, table=True):
    __tablename__ = "deleted_routine"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    name: str
    routine_json: str = "{}"
    restored: bool = False


@dataclass
class TurnDetail:
    """What one turn recorded for its explanation."""

    interaction_id: int
    engine: str | None = None
    verified: bool = True
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass
class DeletedRoutine:
    id: int
    at: datetime
    name: str
    phrases: list[str]
    restored: bool = False
    machine: str | None = None
    """The computer that deleted it (``TEACHAPP_MACHINE``); None for a deletion kept
    before computers were recorded with it."""


def record_turn_detail(store: Store, interaction_id: int, *, engine: str | None,
                       verified: bool, detail: dict[str, Any]) -> None:
    """Save (or replace) the explanation record of one turn."""
    text = json.dumps(detail, sort_keys=True, default=str)
    with store.transaction() as s:
        row = s.get(TurnDetailRow, interaction_id)
        if row is None:
            row = TurnDetailRow(interaction_id=interaction_id)
        row.engine, row.verified, row.detail_json = engine, verified, text
        s.add(row)


def log_interaction_with_detail(store: Store, turn: Interaction,
                                detail: TurnDetail | None) -> int:
    """Log a turn, and save the explanation record of an earlier turn in the same
    transaction: a commit costs milliseconds on a slow disk, an insert does not."""
    with store.transaction() as s:
        row = InteractionRow(
            heard=turn.heard, source=turn.source, confidence=turn.confidence,
            decision=turn.decision, score=float(turn.score), routine=turn.routine,
            outcome=turn.outcome, feedback=turn.feedback)
        if turn.at is not None:  # (the engine's own clock: TEACHAPP_NOW, a test's)
            row.at = turn.at
        s.add(row)
        if detail is not None:
            s.add(TurnDetailRow(interaction_id=detail.interaction_id, engine=detail.engine,
                                  verified=detail.verified,
                                  detail_json=json.dumps(detail.detail, sort_keys=True,
                                                         default=str)))
        s.flush()
        assert row.id is not None
        return row.id


def turn_details(store: Store, interaction_ids: list[int]) -> dict[int, TurnDetail]:
    """The explanation records of these turns (turns from before revision 0021 have none)."""
    if not interaction_ids:
        return {}
    with store._read() as s:
        rows = s.exec(select(TurnDetailRow).where(
            TurnDetailRow.interaction_id.in_(interaction_ids))).all()  # type: ignore[attr-defined]
        return {r.interaction_id: TurnDetail(r.interaction_id, r.engine, r.verified,
                                             json.loads(r.detail_json or "{}")) for r in rows}


def phrase_origin(store: Store, routine: str, phrase: str) -> tuple[str, datetime] | None:
    """(origin, created_at) of one phrase of a routine, or None."""
    with store._read() as s:
        found = s.exec(select(PhraseRow.origin, PhraseRow.created_at)
                       .join(RoutineRow, col(PhraseRow.routine_id) == col(RoutineRow.id))
                       .where(RoutineRow.name_key == routine.strip().casefold(),
                              PhraseRow.normalized == phrase_key(phrase))).first()
        return (found[0], found[1]) if found else None


# ------------------------------------------------------------------ deletions


def _row_dict(row: SQLModel, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    return {k: v for k, v in row.model_dump().items() if k not in skip}


def delete_routine_kept(store: Store, name: str, *, at: datetime | None = None
                        ) -> DeletedRoutine:
    """Delete a routine, keeping its rows (phrases with their origins and uses, steps,
    schedules) so ``restore_deletion`` can bring it back; one transaction. ``at``:
    when, by the clock the runs are logged by (the undo order is ``undo_sequence``'s)."""
    with store.transaction() as s:
        row = s.exec(select(RoutineRow).where(
            RoutineRow.name_key == name.strip().casefold())).first()
        if row is None:
            raise NotFoundError(
                f"There is no routine called {name!r}; 'teachapp list' shows the routines.")
        phrases = s.exec(select(PhraseRow).where(PhraseRow.routine_id == row.id)
                         .order_by(col(PhraseRow.position), col(PhraseRow.id))).all()
        steps = s.exec(select(StepRow).where(StepRow.routine_id == row.id)
                       .order_by(col(StepRow.position))).all()
        triggers = trigger_rows(s, row.id or 0)
        skips = s.exec(select(SkipRow).where(col(SkipRow.routine_id) == row.id)).all()
        snapshot = {"routine": _row_dict(row, ("id",)),
                    "phrases": [_row_dict(p, ("id", "routine_id")) for p in phrases],
                    "steps": [_row_dict(st, ("id", "routine_id")) for st in steps],
                    "triggers": [_row_dict(t, ("id", "routine_id", "cursor"))
                                 for t in triggers],
                    "skips": [[k.at, k.created] for k in skips],
                    "deleted_on": store.machine}
        kept = DeletedRoutineRow(name=row.name, at=at or utcnow(),
                                 routine_json=json.dumps(snapshot, default=_iso))
        note_change(s, "routines")
        delete_triggers(s, row.id or 0)
        s.exec(delete(SkipRow).where(col(SkipRow.routine_id) == row.id))
        s.exec(delete(StepRow).where(col(StepRow.routine_id) == row.id))
        s.exec(delete(PhraseRow).where(col(PhraseRow.routine_id) == row.id))
        s.delete(row)
        s.add(kept)
        s.flush()
        return DeletedRoutine(kept.id or 0, kept.at, kept.name, [p.text for p in phrases],
                              machine=store.machine)


def _iso(value: Any) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"cannot store {value!r}")


def _when(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) and value else None


def last_deletion(store: Store) -> DeletedRoutine | None:
    """The newest deletion not yet undone."""
    with store._read() as s:
        row = s.exec(select(DeletedRoutineRow).where(
            DeletedRoutineRow.restored == False)  # noqa: E712
            .order_by(col(DeletedRoutineRow.seq).desc(), col(DeletedRoutineRow.id).desc())
            .limit(1)).first()
        if row is None:
            return None
        snapshot = json.loads(row.routine_json)
        return DeletedRoutine(row.id or 0, row.at, row.name,
                              [p["text"] for p in snapshot.get("phrases", [])],
                              machine=snapshot.get("deleted_on"))


def restore_deletion(store: Store, deletion_id: int | None = None) -> tuple[str, list[str]]:
    """Bring a deleted routine back (the newest when no id is given), with every
    phrase; returns (its name, phrases now taken by another routine and left out).
    When another routine has its name now, it comes back as "name 2"."""
    with store.transaction() as s:
        return restore_deletion_in(s, deletion_id)


def restore_deletion_in(s: Session, deletion_id: int | None = None) -> tuple[str, list[str]]:
    """``restore_deletion`` inside a caller's transaction (undoing a rename that
    deleted a routine to free its name brings both back at once)."""
    query = select(DeletedRoutineRow).where(DeletedRoutineRow.restored == False)  # noqa: E712
    if deletion_id is not None:
        query = query.where(DeletedRoutineRow.id == deletion_id)
    kept = s.exec(query.order_by(DeletedRoutineRow.id.desc()).limit(1)).first()  # type: ignore[union-attr]
    if kept is None:
        raise NotFoundError("There is no deleted routine to bring back.")
    note_change(s, "routines")
    snapshot = json.loads(kept.routine_json)
    data = dict(snapshot["routine"])
    base, number = data["name"], 2
    while s.exec(select(RoutineRow.id).where(
            RoutineRow.name_key == data["name"].casefold())).first() is not None:
        # The name was given to another routine since: come back beside it.
        data["name"], number = f"{base} {number}", number + 1
    data["name_key"] = data["name"].casefold()
    for key in ("created_at", "updated_at"):
        data[key] = _when(data.get(key)) or utcnow()
    row = RoutineRow(**data)
    s.add(row)
    s.flush()
    skipped: list[str] = []
    for position, phrase in enumerate(snapshot.get("phrases", [])):
        taken = s.exec(select(PhraseRow.id).where(
            PhraseRow.normalized == phrase["normalized"])).first()
        if taken is not None:
            skipped.append(phrase["text"])
            continue
        values = dict(phrase, position=position, routine_id=row.id or 0)
        values["last_used"] = _when(values.get("last_used"))
        values["created_at"] = _when(values.get("created_at")) or utcnow()
        s.add(PhraseRow(**values))
    restored = len(snapshot.get("phrases", [])) - len(skipped)
    name_key = phrase_key(row.name)
    if not restored and s.exec(select(PhraseRow.id).where(
            PhraseRow.normalized == name_key)).first() is None:
        # Every phrase went to other routines: its name keeps it sayable.
        s.add(PhraseRow(routine_id=row.id or 0, position=0, text=row.name,
                        normalized=name_key, origin=PhraseOrigin.ALIAS))
    for step in snapshot.get("steps", []):
        s.add(StepRow(**dict(step, routine_id=row.id)))
    # Its schedules come back handled up to now: a run that fell due while it was
    # deleted is neither run late nor reported missed (there was no routine).
    back_at = utcnow().timestamp()
    for trigger in snapshot.get("triggers", []):
        s.add(TriggerRow(**dict(trigger, routine_id=row.id or 0, cursor=back_at)))
    # And the runs it was skipping stay skipped ("skip movie night this friday", forget,
    # undo: it ran that Friday); a skip whose moment has passed is never read again.
    for at, created in snapshot.get("skips", []):
        s.add(SkipRow(routine_id=row.id or 0, at=at, created=created))
    kept.restored = True
    s.add(kept)
    return row.name, skipped
