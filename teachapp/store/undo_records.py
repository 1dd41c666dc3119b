"""What the kept changes "undo" takes back in a later process have in common.

A rename (``renamed_routine``), a step edit (``edited_routine``) and phrases taken off a
routine (``removed_phrase``) are each a row with its number in the undo order
(``undo_sequence``), its time and an ``undone`` flag. The newest not yet undone is the
one "undo" takes back (``undo_order`` weighs it against runs and deletions by that
number); taking it back marks it undone first, in the same transaction, so
one that can no longer be put back is dropped and the next "undo" goes on to older
changes. Each module keeps only what its change needs (the names, the steps, the
phrases); one table per kind, as revisions 0026, 0029 and 0030 made them.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, TypeVar

from sqlmodel import Field, Session, col, select

from ..errors import NotFoundError
from .tables import utcnow
from .undo_sequence import Sequenced

if TYPE_CHECKING:
    from .store import Store

__all__ = ["UndoableRow", "newest_kept", "newest_kept_in", "take_back"]


class UndoableRow(Sequenced):
    """The columns every kept change has (no table of its own)."""

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    """When, by the clock the runs are logged by (the assistant's, or ``wall_time``):
    what the person is told, and which runs a rename follows; the undo order is
    ``seq``'s."""
    undone: bool = False
    """Taken back, or dropped when it could not be."""


Row = TypeVar("Row", bound=UndoableRow)


def newest_kept_in(s: Session, table: type[Row], row_id: int | None = None) -> Row | None:
    """The newest row of ``table`` not yet undone (that one, with ``row_id``)."""
    query = select(table).where(col(table.undone) == False)  # noqa: E712
    if row_id is not None:
        query = query.where(col(table.id) == row_id)
    return s.exec(query.order_by(col(table.seq).desc(), col(table.id).desc()).limit(1)).first()


def newest_kept(store: Store, table: type[Row]) -> Row | None:
    """``newest_kept_in``, read in a session of its own (the row comes out of it)."""
    with store._read() as s:
        row = newest_kept_in(s, table)
        if row is not None:
            s.expunge(row)  # (its values stay readable once the session is closed)
        return row


def take_back(s: Session, table: type[Row], row_id: int | None, missing: str) -> Row:
    """The row to take back (the newest when ``row_id`` is None), marked undone; one
    already taken back (by another process meanwhile) is NotFoundError(``missing``)."""
    row = newest_kept_in(s, table, row_id)
    if row is None:
        raise NotFoundError(missing)
    row.undone = True
    s.add(row)
    return row
