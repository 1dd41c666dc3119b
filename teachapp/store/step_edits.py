"""Step edits made by voice, kept so "undo" in any later process puts the steps back.

"take the fan out of reading mode", yes: ``save_step_edit`` saves the routine and
writes an ``edited_routine`` row (revision 0029) with its steps before and after, in
one transaction, as deletions (``deleted_routine``) and renames (``renamed_routine``)
are kept. "undo" (chat, the window, ``teachapp undo``) in this session or a later one
takes it back when it is the newest undoable change (``undo_order``); the undo was
kept in the session's memory alone, so after a restart "undo" said "There is nothing to
undo." An edit whose routine was changed since (the window's editor, another edit
taken back meanwhile) is not put back over that change: it is dropped, and said so.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from sqlmodel import select

from ..domain import Routine, Step
from ..errors import ConflictError, NotFoundError
from .changes import note_change
from .records import aware
from .routine_file import step_from_dict, step_to_dict
from .tables import RoutineRow, utcnow
from .undo_records import UndoableRow, newest_kept, take_back

if TYPE_CHECKING:
    from .store import Store

__all__ = ["StepEdit", "StepsUndone", "last_step_edit", "save_step_edit", "undo_step_edit"]


class EditedRoutineRow(UndoableRow, table=True):
    __tablename__ = "edited_routine"

    name: str
    """The routine's name when it was edited."""
    before_json: str = "[]"
    """Its steps before the edit (``_steps_json``)."""
    after_json: str = "[]"
    """Its steps as the edit saved them: an undo puts ``before`` back only over these."""


@dataclass(frozen=True)
class StepEdit:
    """A step edit "undo" can take back."""

    id: int
    at: datetime
    name: str


@dataclass(frozen=True)
class StepsUndone:
    """What undoing a step edit did."""

    before: Routine
    """The routine with its steps as they were before the edit (as saved again)."""


def save_step_edit(store: Store, routine: Routine, *, at: datetime | None = None
                   ) -> tuple[Routine, Routine]:
    """Save ``routine`` over the one of its name, keeping its steps before, so "undo"
    puts them back (``undo_step_edit``); one transaction. ``at``: when, by the clock
    the runs are logged by (what is said of it; the undo order is ``undo_sequence``'s).
    Returns (the routine before, as saved)."""
    from .store import _routine, _routine_row, _save_routine, validate_routine

    routine = validate_routine(routine)
    with store.transaction() as s:
        before = _routine(s, _routine_row(s, routine.name))
        note_change(s, "routines")
        _save_routine(s, routine, replace=True, machine=store.machine)
        s.add(EditedRoutineRow(name=before.name, before_json=_steps_json(before.steps),
                               after_json=_steps_json(routine.steps), at=at or utcnow()))
    return before, store.routine(routine.name)


def last_step_edit(store: Store) -> StepEdit | None:
    """The newest step edit not yet undone."""
    row = newest_kept(store, EditedRoutineRow)
    return None if row is None else StepEdit(row.id or 0, row.at, row.name)


def undo_step_edit(store: Store) -> StepsUndone:
    """Put back the steps the newest step edit replaced (its routine followed through
    a rename since). When the routine is gone, or its steps were changed since, nothing
    is changed: an error says so, and the edit is dropped, so the next "undo" goes on
    to older changes."""
    from .renames import name_now
    from .store import _routine, _save_routine

    newest = last_step_edit(store)
    if newest is None:
        raise NotFoundError("There is no step edit to take back.")
    name = name_now(store, newest.name, aware(newest.at).timestamp()) or newest.name
    with store.transaction() as s:
        row = take_back(s, EditedRoutineRow, newest.id, "There is no step edit to take back.")
        found = s.exec(select(RoutineRow).where(
            RoutineRow.name_key == name.casefold())).first()
        now = _routine(s, found) if found is not None else None
        if now is None or now.steps != _steps_of(row.after_json):
            failure = (f"{row.name} is gone" if now is None
                       else f"{now.name}'s steps were changed since")
        else:
            before = replace(now, steps=_steps_of(row.before_json), version=None)
            note_change(s, "routines")
            _save_routine(s, before, replace=True, machine=store.machine)
            return StepsUndone(before)
    raise ConflictError(f"I couldn't put back the steps of {row.name} as they were: "
                        f"{failure}. \"undo\" goes on to older changes now.")


def _steps_json(steps: list[Step]) -> str:
    return json.dumps([step_to_dict(step) for step in steps], sort_keys=True)


def _steps_of(text: str) -> list[Step]:
    return [step_from_dict(item, name="the edited_routine table", routine="", index=i)
            for i, item in enumerate(json.loads(text))]
