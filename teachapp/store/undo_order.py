"""Which change "undo" takes back first: the newest of a run, a deletion, a rename, a
step edit and phrases taken off a routine.

Each is kept in its own table (``run``, ``deleted_routine``, ``renamed_routine``,
``edited_routine``, ``removed_phrase``) with the time it was made; any process reads
them, so "undo" in a later chat or ``teachapp undo`` takes back what the person did
last, whoever did it how.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from sqlmodel import col, select

from .phrase_removals import last_phrase_removal
from .renames import last_rename
from .step_edits import last_step_edit
from .tables import RunRow
from .turn_records import last_deletion

if TYPE_CHECKING:
    from .store import Store

__all__ = ["Undoable", "newest_undoable"]

Undoable = Literal["run", "deletion", "rename", "step edit", "phrase removal"]


_KEPT: tuple[tuple[Undoable, Callable[[Store], Any]], ...] = (
    ("deletion", last_deletion), ("rename", last_rename), ("step edit", last_step_edit),
    ("phrase removal", last_phrase_removal))
"""The changes kept for "undo" besides runs, each with its newest not yet undone."""


def newest_undoable(store: Store) -> Undoable | None:
    """Which one "undo" should take back, newest first; None when there is nothing.
    Runs count only from this computer (undo never undoes another computer's run);
    deletions, renames, step edits and phrases taken off change the routines everyone
    shares."""
    with store._read() as s:
        run_at = s.exec(select(RunRow.at).where(
            col(RunRow.undone) == False,  # noqa: E712
            (col(RunRow.machine) == store.machine) | (col(RunRow.machine) == None))  # noqa: E711
            .order_by(col(RunRow.id).desc()).limit(1)).first()
    candidates: list[tuple[datetime, int, Undoable]] = []
    if run_at is not None:
        candidates.append((_naive(run_at), 0, "run"))
    # On a tie, the later kind is newer: a rename than the deletion that freed its name.
    for order, (kind, last) in enumerate(_KEPT, 1):
        found = last(store)
        if found is not None:
            candidates.append((_naive(found.at), order, kind))
    return max(candidates)[2] if candidates else None


def _naive(at: datetime) -> datetime:
    return at.replace(tzinfo=None)
