"""Which change "undo" takes back first: the newest of a run, a deletion, a rename, a
step edit, phrases taken off a routine and a run no device confirmed.

Each is kept in its own table (``run``, ``deleted_routine``, ``renamed_routine``,
``edited_routine``, ``removed_phrase``, ``unconfirmed_run``) with the time it was
made; any process reads
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
from .unconfirmed_runs import last_unconfirmed_run

if TYPE_CHECKING:
    from .store import Store

__all__ = ["Undoable", "newest_undoable"]

Undoable = Literal["run", "deletion", "rename", "step edit", "phrase removal",
                   "unconfirmed run"]


_KEPT: tuple[tuple[Undoable, Callable[[Store], Any]], ...] = (
    ("deletion", last_deletion), ("rename", last_rename), ("step edit", last_step_edit),
    ("phrase removal", last_phrase_removal))
"""The changes kept for "undo" besides runs, each with its newest not yet undone."""


def newest_undoable(store: Store) -> Undoable | None:
    """Which one "undo" should take back, newest first; None when there is nothing.
    Runs count only from this computer (undo never undoes another computer's run);
    deletions, renames, step edits and phrases taken off change the routines everyone
    shares. A run no device confirmed counts per computer, as runs do."""
    with store._read() as s:
        newest_run = s.exec(select(RunRow.at, RunRow.id).where(
            col(RunRow.undone) == False,  # noqa: E712
            (col(RunRow.machine) == store.machine) | (col(RunRow.machine) == None))  # noqa: E711
            .order_by(col(RunRow.id).desc()).limit(1)).first()
    candidates: list[tuple[datetime, int, Undoable]] = []
    if newest_run is not None:
        candidates.append((_naive(newest_run[0]), 0, "run"))
    # On a tie, the later kind is newer: a rename than the deletion that freed its name.
    for order, (kind, last) in enumerate(_KEPT, 1):
        found = last(store)
        if found is not None:
            candidates.append((_naive(found.at), order, kind))
    unconfirmed = last_unconfirmed_run(store)
    if unconfirmed is not None:
        # against a run, the order the two were written in decides, whatever the clocks
        # (a test's clock, or another computer's, may stand still or go back)
        at, order = _naive(unconfirmed.at), len(_KEPT) + 1
        if newest_run is None:
            candidates.append((at, order, "unconfirmed run"))
        elif (newest_run[1] or 0) <= unconfirmed.after_run:  # written after the run
            candidates.append((max(at, _naive(newest_run[0])), order, "unconfirmed run"))
        else:
            candidates.append((min(at, _naive(newest_run[0])), -1, "unconfirmed run"))
    return max(candidates)[2] if candidates else None


def _naive(at: datetime) -> datetime:
    return at.replace(tzinfo=None)
