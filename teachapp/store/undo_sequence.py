"""One number for the order "undo" takes things back in, drawn by every undoable record.

A run, a run no device confirmed, a deletion, a rename, a step edit and phrases taken
off a routine are each kept in a table of their own. Which of them is newest was
decided by their times: by the clock of whoever wrote them (another computer's on a
shared database, a test's standing still), with a special case for unconfirmed runs
against runs, and a tie broken by kind. Now each row takes the next number of one
counter (``undo_sequence``, revision 0032) as it is written, in the transaction that
writes it: the highest number not yet undone is the newest, whatever the clocks say.
Writers take the write lock first (SQLite ``BEGIN IMMEDIATE``, PostgreSQL an advisory
lock), so two processes never draw the same number.

Records brought in from elsewhere (the runs of a ``teachapp import`` with a history)
happened before anything the person does here next, and mostly before what they did
here already: ``number_as_older`` numbers them below every record written here (at 0
and under, which the counter never draws), so "undo" takes back the person's own newest
change first and an imported run only once nothing newer is left.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, event, func, inspect, select, update
from sqlalchemy.orm import Session
from sqlmodel import Field, SQLModel

__all__ = ["Sequenced", "UndoSequenceRow", "number_as_older"]


class UndoSequenceRow(SQLModel, table=True):
    """The counter: one row, the last number drawn."""

    __tablename__ = "undo_sequence"

    id: int = Field(default=1, primary_key=True)
    last: int = 0


class Sequenced(SQLModel):
    """The column every undoable record has (no table of its own)."""

    seq: int = Field(default=0, index=True)
    """Its place in the order "undo" takes things back in (higher: newer), drawn from
    ``undo_sequence`` when it is written; 0 only before it is; below 0: brought in by an
    import (``number_as_older``)."""


@event.listens_for(Session, "before_flush")
def _draw_numbers(session: Session, _context: Any, _instances: Any) -> None:
    """Number the undoable records about to be written, in the order they were added."""
    new = [row for row in session.new if isinstance(row, Sequenced) and not row.seq]
    if not new:
        return
    new.sort(key=lambda row: inspect(row).insert_order)
    table = UndoSequenceRow.__table__  # type: ignore[attr-defined]
    connection = session.connection()
    raised = connection.execute(update(table).values(last=table.c.last + len(new)))
    if raised.rowcount == 0:  # (no counter row: a database put together by hand)
        connection.execute(table.insert().values(
            id=1, last=_highest_written(connection) + len(new)))
    last = connection.execute(select(table.c.last)).scalar_one()
    for number, row in enumerate(new, start=last - len(new) + 1):
        row.seq = number


def number_as_older(session: Session, rows: Sequence[Sequenced]) -> None:
    """Number ``rows`` (brought in by an import, oldest first) below every undoable
    record the database holds, before they are added to ``session``: "undo" takes them
    back after everything written here, the newest of them first."""
    tables = [c.__table__ for c in _tables(Sequenced)]  # type: ignore[attr-defined]
    connection = session.connection()
    lowest = min((connection.execute(select(func.min(t.c.seq))).scalar() or 0
                  for t in tables), default=0)
    for number, row in enumerate(rows, start=min(lowest, 0) - len(rows)):
        row.seq = number


def _highest_written(connection: Connection) -> int:
    """The highest number any undoable record has."""
    tables = [c.__table__ for c in _tables(Sequenced)]  # type: ignore[attr-defined]
    return max((connection.execute(select(func.max(t.c.seq))).scalar() or 0
                for t in tables), default=0)


def _tables(base: type) -> list[type]:
    found: list[type] = []
    sub: type
    for sub in base.__subclasses__():
        if hasattr(sub, "__table__"):
            found.append(sub)
        found.extend(_tables(sub))
    return found
