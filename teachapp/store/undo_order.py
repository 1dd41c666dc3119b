"""Which change "undo" takes back first: the newest of a run, a deletion, a rename, a
step edit, phrases taken off a routine and a run no device confirmed.

Each is kept in its own table (``run``, ``deleted_routine``, ``renamed_routine``,
``edited_routine``, ``removed_phrase``, ``unconfirmed_run``), and each row takes the
next number of one counter as it is written (``undo_sequence``): the highest number
not yet undone is the newest, in the order the database was written, whatever the
clocks of the computers (or a test's clock standing still) said. Any process reads
them, so "undo" in a later chat or ``teachapp undo`` takes back what the person did
last, whoever did it how.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from sqlmodel import col, select

from .phrase_removals import RemovedPhraseRow
from .renames import RenamedRoutineRow
from .step_edits import EditedRoutineRow
from .tables import RunRow
from .turn_records import DeletedRoutineRow
from .unconfirmed_runs import UnconfirmedRunRow

if TYPE_CHECKING:
    from .store import Store

__all__ = ["Undoable", "newest_undoable"]

Undoable = Literal["run", "deletion", "rename", "step edit", "phrase removal",
                   "unconfirmed run"]


def newest_undoable(store: Store) -> Undoable | None:
    """Which one "undo" should take back, newest first; None when there is nothing.
    Runs count only from this computer (undo never undoes another computer's run), and
    so do runs no device confirmed; deletions, renames, step edits and phrases taken off
    change the routines everyone shares."""
    newest: tuple[int, Undoable] | None = None
    with store._read() as s:
        for kind, table, kept in _KINDS:
            query = select(col(table.seq)).where(kept(table))
            if table in _PER_COMPUTER:
                query = query.where((col(table.machine) == store.machine)
                                    | (col(table.machine) == None))  # noqa: E711
            seq = s.exec(query.order_by(col(table.seq).desc()).limit(1)).first()
            if seq is not None and (newest is None or seq > newest[0]):
                newest = (seq, kind)
    return None if newest is None else newest[1]


def _not_undone(table: Any) -> Any:
    return col(table.undone) == False  # noqa: E712


def _not_restored(table: Any) -> Any:
    return col(table.restored) == False  # noqa: E712


_KINDS: tuple[tuple[Undoable, Any, Any], ...] = (
    ("run", RunRow, _not_undone), ("unconfirmed run", UnconfirmedRunRow, _not_undone),
    ("deletion", DeletedRoutineRow, _not_restored), ("rename", RenamedRoutineRow, _not_undone),
    ("step edit", EditedRoutineRow, _not_undone),
    ("phrase removal", RemovedPhraseRow, _not_undone))
"""Each kind, its table, and which of its rows are still to take back."""

_PER_COMPUTER = (RunRow, UnconfirmedRunRow)
