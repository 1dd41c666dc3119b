"""What is taught and the home as stored, read with the standard library alone.

``list``, ``resolve`` and the window's first paint need the routines and devices,
not the Store: importing SQLAlchemy alone costs more than their whole budget. For
a SQLite file that is already at the schema this teachapp writes (and needs nothing
done to it: no restore to finish, no daily backup due, no default home to add),
``read_snapshot`` reads them through ``sqlite3`` on a read-only connection, in one
read transaction, and builds the same records as the Store through the same
conversion (``_convert.py``). Anything else (no file yet, an older or newer schema,
a server database, a damaged or busy file, a value it does not expect) returns None,
and the caller opens the Store, which migrates, repairs or explains.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace as _Row
from typing import TYPE_CHECKING, Any

from ..domain import Device, Routine
from ..errors import TeachappError
from . import backup as _backup
from ._convert import device_record, routine_record, timer_record
from .records import Timer
from .revision import HEAD_REVISION

if TYPE_CHECKING:
    from .store import Store

__all__ = ["Snapshot", "read_snapshot"]

log = logging.getLogger(__name__)

_DATETIMES = frozenset({"created_at", "updated_at", "last_used"})
"""Columns the Store reads as datetimes: ISO text, UTC when it carries no offset, as
SQLModel's ``UTCDateTime`` reads them."""
_BOOLEANS = frozenset({"enabled"})


@dataclass(frozen=True)
class Snapshot:
    """Routines (with phrases, steps and triggers) and devices at one moment.

    It also answers what ``PhraseResolver`` asks of a store (``phrase_index`` and
    ``phrases_signature``), so ``resolve`` builds the same resolver from it.
    """

    routines: list[Routine] = field(default_factory=list)
    """In the Store's order (by name, case folded)."""
    devices: list[Device] = field(default_factory=list)
    """In the Store's order (by room, then name)."""
    timers: list[Timer] = field(default_factory=list)
    """The timers not yet run, soonest first (``Store.timers``)."""
    skips: dict[str, list[float]] = field(default_factory=dict)
    """Routine name -> its skipped runs, UTC seconds (``Store.skipped_runs``)."""

    @classmethod
    def of_store(cls, store: Store) -> Snapshot:
        """The same picture read through the Store (the fallback, and the tests' yardstick)."""
        return cls(routines=store.routines(), devices=store.devices(), timers=store.timers(),
                   skips=store.skipped_runs(since=0))

    def phrase_index(self) -> list[tuple[str, str, str]]:
        """(phrase text, routine name, origin) for every enabled routine, as
        ``Store.phrase_index`` gives them."""
        return [(p.text, r.name, str(p.origin)) for r in self.routines if r.enabled
                for p in r.phrases]

    def phrases_signature(self) -> tuple[int, ...]:
        """A snapshot never changes, so neither does its signature."""
        return (id(self),)


def read_snapshot(spec: str | os.PathLike[str], *, check: bool = True,
                  timeout: float = 1.0) -> Snapshot | None:
    """The snapshot of the SQLite database ``spec`` (a path), or None when only the
    Store can open it as it is.

    ``check`` runs the same ``quick_check`` the Store runs before it opens a file (a
    damaged file then falls back to the Store, which says what is wrong and which
    backup would help). ``timeout``: how long to wait for another process's lock.
    """
    try:
        path = _plain_path(spec)
        if path is None or not _ready(path):
            return None
        if check and _backup.check_sqlite_file(path, timeout=timeout) is not None:
            return None
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True,
                                     timeout=timeout, isolation_level=None)) as con:
            con.row_factory = _row
            con.execute("BEGIN")  # one read transaction: every query sees one moment
            try:
                if _revision(con) != HEAD_REVISION:
                    return None
                return Snapshot(routines=_routines(con), devices=_devices(con),
                                timers=_timers(con), skips=_skips(con))
            finally:
                con.execute("ROLLBACK")
    except (sqlite3.Error, OSError, ValueError, TypeError, KeyError, AttributeError,
            TeachappError) as exc:
        log.info("no quick snapshot of %s (the Store opens it): %s", spec, exc)
        return None


def _plain_path(spec: str | os.PathLike[str]) -> Path | None:
    """The file of a plain ``--db`` path (as ``database_url`` resolves it); None for
    a URL, which only the Store handles."""
    text = os.fspath(spec).strip()
    if not text or "://" in text:
        return None
    return Path(text).expanduser().resolve()


def _ready(path: Path) -> bool:
    """True when opening with the Store would do nothing but read: the file exists,
    no restore is half done and no daily backup is due. The file itself is only ever
    opened by SQLite (a file that is not a database fails its first query): closing a
    descriptor of our own would drop this process's POSIX locks on it, which a Store
    open in the same process relies on (``database._HELD``)."""
    if not path.is_file() or not os.access(path, os.R_OK | os.W_OK):
        return False
    return not (_backup.restore_pending(path) or _backup.needs_daily_backup(path))


def _row(cursor: sqlite3.Cursor, values: tuple[Any, ...]) -> _Row:
    """A row read by attribute, as the Store's rows are (for ``_convert``)."""
    names = [column[0] for column in cursor.description]
    return _Row(**{name: _value(name, value) for name, value in zip(names, values, strict=True)})


def _value(name: str, value: Any) -> Any:
    """A column's value as the Store's tables type it."""
    if value is None:
        return None
    if name in _DATETIMES:
        if not isinstance(value, str):
            raise TypeError(f"{name} holds {type(value).__name__}, not ISO text")
        when = datetime.fromisoformat(value)
        return when.replace(tzinfo=UTC) if when.utcoffset() is None else when.astimezone(UTC)
    if name in _BOOLEANS:
        return bool(value)
    return value


def _revision(con: sqlite3.Connection) -> str | None:
    row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else row.version_num


def _by_routine(rows: Iterable[_Row]) -> dict[int, list[_Row]]:
    grouped: dict[int, list[_Row]] = defaultdict(list)
    for row in rows:
        grouped[row.routine_id].append(row)
    return grouped


def _routines(con: sqlite3.Connection) -> list[Routine]:
    # The orders are the Store's: routines by name_key; phrases by position, id;
    # steps and triggers by position.
    phrases = _by_routine(con.execute(
        "SELECT routine_id, text, origin, uses, last_used FROM phrase "
        "ORDER BY routine_id, position, id"))
    steps = _by_routine(con.execute(
        "SELECT routine_id, kind, device_id, values_json, seconds, text FROM step "
        "ORDER BY routine_id, position"))
    triggers = _by_routine(con.execute(
        'SELECT routine_id, spec_json FROM "trigger" ORDER BY routine_id, position'))
    rows = con.execute(
        "SELECT id, name, enabled, source, created_at, updated_at, version, updated_by "
        "FROM routine ORDER BY name_key").fetchall()
    return [routine_record(r, phrases.get(r.id, []), steps.get(r.id, []),
                           triggers.get(r.id, [])) for r in rows]


def _devices(con: sqlite3.Connection) -> list[Device]:
    rows = con.execute("SELECT id, name, room, state_json FROM device ORDER BY room, name")
    return [device_record(r) for r in rows]


def _timers(con: sqlite3.Connection) -> list[Timer]:
    rows = con.execute("SELECT id, at, steps_json, text, said, created, paused_left FROM timer "
                       "ORDER BY at, id")
    return [timer_record(r) for r in rows]


def _skips(con: sqlite3.Connection) -> dict[str, list[float]]:
    rows = con.execute("SELECT routine.name, skip.at FROM skip JOIN routine "
                       "ON routine.id = skip.routine_id ORDER BY skip.at")
    out: dict[str, list[float]] = {}
    for name, at in rows:
        out.setdefault(name, []).append(float(at))
    return out
