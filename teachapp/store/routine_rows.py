"""Many routines saved at once (an import), with the checks one save makes.

Saving routines one by one costs several queries and ORM objects per routine (about
20 ms each: ten minutes for a file of 88,000). Here what the checks need is read
once (devices, names, phrase owners), every check a single save makes is made
against it, and the rows go in as bulk inserts in the caller's transaction, so a
file still imports whole or not at all.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar

from sqlalchemy import Table, bindparam, delete, insert, update
from sqlmodel import Session, SQLModel, col, select

from ..domain import Progress, Routine, SetStep, Step, WaitStep, validate_changes
from ..errors import ConflictError, UnknownDeviceError, mid_sentence
from . import awareness as _aware
from .awareness import TriggerRow
from .records import phrase_key
from .sharing import merged_usage
from .tables import DeviceRow, PhraseRow, RoutineRow, StepRow, utcnow

__all__ = ["checked_name", "save_routines", "step_fields", "unknown_device_said"]

_CHUNK = 500
"""Rows per IN list and per progress report (well under SQLite's variable limit)."""
_T = TypeVar("_T")


def _table(model: type[SQLModel]) -> Table:
    """The Core table of a row class: a Core insert of many rows is one executemany."""
    table = model.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return table


def _chunks(items: Sequence[_T], size: int = _CHUNK) -> Iterator[Sequence[_T]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def step_fields(step: Step) -> dict[str, Any]:
    """The columns of a step's row (its values checked against its device kind)."""
    if isinstance(step, SetStep):
        values = validate_changes(step.device, step.set)
        return {"kind": "device", "device_id": step.device, "values_json": json.dumps(values)}
    if isinstance(step, WaitStep):
        return {"kind": "wait", "seconds": float(step.seconds)}
    return {"kind": "say", "text": step.text}


def unknown_device_said(device_id: str, s: Session) -> str:
    """There is no such device, and which there are."""
    ids = s.exec(select(DeviceRow.id).order_by(DeviceRow.id)).all()
    more = ", ..." if len(ids) > 12 else ""
    hint = f" Known devices: {', '.join(ids[:12])}{more}." if ids else ""
    return (f"There is no device {device_id!r}.{hint} "
            "Run 'teachapp devices' to see them all.")


def save_routines(s: Session, routines: list[Routine], *, replace: bool, machine: str,
                  progress: Progress | None = None) -> None:
    """Save new routines (or replace same-named ones when ``replace``) in ``s``.

    The rules of a single save hold: a name and a phrase each, no name taken unless
    replacing, every device step on a device of the home, no phrase another routine
    keeps, and a replaced routine keeps its created time and its phrases' uses.
    Raises ConflictError or UnknownDeviceError naming the routine; the caller's
    transaction then writes nothing.
    """
    total = len(routines)
    with s.no_autoflush:
        devices = set(s.exec(select(DeviceRow.id)).all())
        existing = _existing_rows(s, [r.name.strip().casefold() for r in routines])
        replaced = {row.id for row in existing.values()}
        owners = {key: name for key, name, routine_id in s.exec(
            select(PhraseRow.normalized, RoutineRow.name, PhraseRow.routine_id)
            .join(RoutineRow, col(PhraseRow.routine_id) == col(RoutineRow.id))).all()
            if routine_id not in replaced}
        usage = _usage(s, sorted(i for i in replaced if i is not None))
    triggers_of = {r.name.strip().casefold(): r.triggers for r in routines}
    claimed: dict[str, str] = {}  # phrase key -> routine name, in this import
    names: set[str] = set()
    for routine in routines:
        _check(routine, existing, devices, owners, claimed, names, replace, s)
    without_triggers = sorted(row.id or 0 for key, row in existing.items()
                              if not triggers_of.get(key))
    for chunk in _chunks(sorted(i for i in replaced if i is not None)):
        s.execute(delete(StepRow).where(col(StepRow.routine_id).in_(chunk)))
        s.execute(delete(PhraseRow).where(col(PhraseRow.routine_id).in_(chunk)))
    for chunk in _chunks(without_triggers):
        s.execute(delete(TriggerRow).where(col(TriggerRow.routine_id).in_(chunk)))
    done = 0
    for batch in _chunks(routines):
        ids = _routine_ids(s, batch, existing, machine)
        phrases: list[dict[str, Any]] = []
        steps: list[dict[str, Any]] = []
        for routine in batch:
            key = routine.name.strip().casefold()
            routine_id = ids[key]
            seen: set[str] = set()
            for phrase in routine.phrases:
                pkey = phrase_key(phrase.text)
                if pkey in seen:
                    continue
                seen.add(pkey)
                uses, last_used = merged_usage(phrase, usage.get((routine_id, pkey)))
                phrases.append({"routine_id": routine_id, "position": len(seen) - 1,
                                "text": phrase.text.strip(), "normalized": pkey,
                                "origin": phrase.origin, "uses": uses,
                                "last_used": last_used, "created_at": utcnow()})
            for position, step in enumerate(routine.steps):
                steps.append({"routine_id": routine_id, "position": position,
                              "kind": "", "device_id": None, "values_json": None,
                              "seconds": None, "text": None, **step_fields(step)})
            if routine.triggers:  # (an unchanged trigger keeps its cursor)
                _aware.save_triggers(s, routine_id, routine.triggers)
        if phrases:
            s.execute(insert(_table(PhraseRow)), phrases)
        if steps:
            s.execute(insert(_table(StepRow)), steps)
        done += len(batch)
        if progress is not None:
            progress("saving", done, total)


def _existing_rows(s: Session, keys: list[str]) -> dict[str, RoutineRow]:
    found: dict[str, RoutineRow] = {}
    for chunk in _chunks(sorted(set(keys))):
        for row in s.exec(select(RoutineRow).where(col(RoutineRow.name_key).in_(chunk))).all():
            found[row.name_key] = row
    return found


def _usage(s: Session, routine_ids: list[int]) -> dict[tuple[int, str], tuple[int, Any]]:
    """Uses of the phrases of routines about to be replaced (counted elsewhere too)."""
    usage: dict[tuple[int, str], tuple[int, Any]] = {}
    for chunk in _chunks(routine_ids):
        for routine_id, key, uses, last_used in s.exec(
                select(PhraseRow.routine_id, PhraseRow.normalized, PhraseRow.uses,
                       PhraseRow.last_used).where(col(PhraseRow.routine_id).in_(chunk))).all():
            usage[(routine_id, key)] = (uses, last_used)
    return usage


def checked_name(routine: Routine) -> str:
    """``routine``'s name without spaces around it; ConflictError when it has none or no
    phrase. One check for a routine saved alone (``Store``) and in bulk (:func:`save_routines`)."""
    name = routine.name.strip()
    if not name:
        raise ConflictError("A routine needs a name.")
    if not routine.phrases:
        raise ConflictError(f"Routine {name!r} needs at least one phrase.")
    return name


def _check(routine: Routine, existing: dict[str, RoutineRow], devices: set[str],
           owners: dict[str, str], claimed: dict[str, str], names: set[str],
           replace: bool, s: Session) -> None:
    name = checked_name(routine)
    key = name.casefold()
    row = existing.get(key)
    if row is not None and not replace:
        raise ConflictError(
            f"There is already a routine called {row.name!r}; use --replace to "
            "replace it, or choose another name.")
    if key in names:
        raise ConflictError(f"Routine {name!r} is given twice; give each routine once.")
    names.add(key)
    for step in routine.steps:
        if isinstance(step, SetStep) and step.device not in devices:
            raise UnknownDeviceError(
                f"Routine {name!r}: " + mid_sentence(unknown_device_said(step.device, s)))
    for phrase in routine.phrases:
        pkey = phrase_key(phrase.text)
        if not pkey:
            raise ConflictError(f"Routine {name!r} has an empty phrase.")
        owner = owners.get(pkey) or claimed.get(pkey)
        if owner is not None and owner.casefold() != key:
            raise ConflictError(  # (which of a file's routines: said first, as above)
                f"Routine {name!r}: the phrase {phrase.text!r} already starts routine "
                f"{owner!r}; choose another phrase or remove it from that routine first.")
        claimed[pkey] = name


def _routine_ids(s: Session, batch: Iterable[Routine], existing: dict[str, RoutineRow],
                 machine: str) -> dict[str, int]:
    """Write the routine rows of ``batch`` (new ones in one insert); their ids by name key."""
    ids: dict[str, int] = {}
    new: list[dict[str, Any]] = []
    changed: list[dict[str, Any]] = []
    for routine in batch:
        name = routine.name.strip()
        key = name.casefold()
        now = utcnow()
        row = existing.get(key)
        if row is None:
            new.append({"name": name, "name_key": key, "enabled": routine.enabled,
                        "source": routine.source, "created_at": routine.created_at or now,
                        "updated_at": now, "version": 1, "updated_by": machine})
            continue
        ids[key] = row.id or 0
        changed.append({"_id": row.id, "name": name, "name_key": key,
                        "enabled": routine.enabled, "source": routine.source,
                        "created_at": routine.created_at or row.created_at,
                        "updated_at": now, "version": (row.version or 0) + 1,
                        "updated_by": machine})
    if changed:  # what ``sharing.touch`` does to one row: a new version, who, when
        table = _table(RoutineRow)
        s.execute(update(table).where(table.c.id == bindparam("_id")), changed)
    if new:
        s.execute(insert(_table(RoutineRow)), new)
        s.flush()
        keys = [item["name_key"] for item in new]
        for chunk in _chunks(keys):
            ids.update((k, i or 0) for i, k in s.exec(
                select(RoutineRow.id, RoutineRow.name_key)
                .where(col(RoutineRow.name_key).in_(chunk))).all())
    else:
        s.flush()
    return ids
