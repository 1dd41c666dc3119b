"""Runs that no device confirmed, kept so "undo" in any later process knows of them.

A run whose every device step failed (a Zigbee2MQTT lamp that never answers, a home
out of reach) changed nothing teachapp could confirm, so it has no ``run`` record to
put back. "undo" right after it must say so ("Nothing was put back: …") rather than
take back the run before it unasked. That was known in the session's memory alone:
after a restart, ``teachapp undo`` or a later chat's "undo" took back the older run.
The executor writes an ``unconfirmed_run`` row (revision 0031) for such a run; "undo"
(chat, the window, ``teachapp undo``) takes it as the newest undoable change
(``undo_order``) and marks it taken, so the next "undo" goes on to the run before it.
Per computer, as runs are.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlmodel import Field, col, select

from .tables import utcnow
from .undo_sequence import Sequenced

if TYPE_CHECKING:
    from .store import Store

__all__ = ["UnconfirmedRun", "drop_unconfirmed_run", "last_unconfirmed_run",
           "save_unconfirmed_run", "take_unconfirmed_run"]


class UnconfirmedRunRow(Sequenced, table=True):
    __tablename__ = "unconfirmed_run"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    routine: str | None = None
    utterance: str | None = None
    devices_json: str = "[]"
    """[[device id, name], …] of the devices that never confirmed their step."""
    machine: str | None = Field(default=None, index=True)
    undone: bool = False


@dataclass(frozen=True)
class UnconfirmedRun:
    """A run that changed nothing teachapp could confirm."""

    id: int
    at: datetime
    routine: str | None
    utterance: str | None
    devices: tuple[tuple[str, str], ...]
    """(id, name) of each device that never confirmed its step."""

    @property
    def names(self) -> list[str]:
        return [name for _id, name in self.devices]


def save_unconfirmed_run(store: Store, routine: str | None, utterance: str | None,
                         devices: list[tuple[str, str]], *, at: datetime | None = None,
                         adding_to: int | None = None) -> int | None:
    """Keep that a run of ``routine`` (or steps said as ``utterance``) changed nothing
    that ``devices`` ((id, name) each) confirmed; ``at``: by the runs' clock. Returns the
    row's id (None: no devices, nothing kept). ``adding_to``: the row the same run wrote
    before a pause ("lamp on, wait 5 s, lamp off" on a lamp that never answers): its
    devices are added to that row, so one "undo" answers the one run (two rows took two
    "undo"s, the second saying the same run changed nothing again)."""
    if not devices:
        return adding_to
    with store.transaction() as s:
        row = s.get(UnconfirmedRunRow, adding_to) if adding_to is not None else None
        if row is not None:
            known = [(str(i), str(n)) for i, n in json.loads(row.devices_json)]
            row.devices_json = json.dumps([list(d) for d in dict.fromkeys(known + devices)])
        else:
            row = UnconfirmedRunRow(routine=routine, utterance=utterance,
                                    devices_json=json.dumps([list(d) for d in devices]),
                                    machine=store.machine)
            if at is not None:
                row.at = at
        s.add(row)
        s.flush()
        return row.id


def drop_unconfirmed_run(store: Store, row_id: int) -> None:
    """The run kept as unconfirmed before its pause confirmed a change after it: it is
    recorded as a run now (whose "undo" puts that change back), so this row goes."""
    with store.transaction() as s:
        row = s.get(UnconfirmedRunRow, row_id)
        if row is not None:
            s.delete(row)


def last_unconfirmed_run(store: Store) -> UnconfirmedRun | None:
    """This computer's newest unconfirmed run not yet taken by an undo."""
    with store._read() as s:
        row = s.exec(select(UnconfirmedRunRow).where(
            col(UnconfirmedRunRow.undone) == False,  # noqa: E712
            (col(UnconfirmedRunRow.machine) == store.machine)
            | (col(UnconfirmedRunRow.machine) == None))  # noqa: E711
            .order_by(col(UnconfirmedRunRow.seq).desc(), col(UnconfirmedRunRow.id).desc())
            .limit(1)).first()
        return None if row is None else UnconfirmedRun(
            row.id or 0, row.at, row.routine, row.utterance,
            tuple((str(i), str(n)) for i, n in json.loads(row.devices_json)))


def take_unconfirmed_run(store: Store) -> UnconfirmedRun | None:
    """The newest unconfirmed run, marked taken (an "undo" answered it: nothing to put
    back); None when there is none."""
    newest = last_unconfirmed_run(store)
    if newest is None:
        return None
    with store.transaction() as s:
        row = s.get(UnconfirmedRunRow, newest.id)
        if row is None or row.undone:
            return None
        row.undone = True
        s.add(row)
    return newest
