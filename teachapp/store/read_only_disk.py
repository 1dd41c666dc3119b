"""Reading a database on a disk mounted read-only (a backup drive, a live USB stick).

Commands that only read (``list``, ``export``, ``devices``) need not write: there the
file is opened as SQLite's "immutable" read-only file, which takes no lock and needs no
``-wal``/``-shm`` files beside it (a closed database on such a disk has none, and
SQLite's plain read-only mode cannot open a WAL database without them). Immutable is
right only because nothing can change the file while the disk stays read-only. Nothing
is migrated, backed up or made private; a database that would need an upgrade says so.
"""

from __future__ import annotations

import os
import sqlite3
import weakref
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlmodel import create_engine

from ..errors import DatabaseError
from .revision import HEAD_REVISION

__all__ = ["on_read_only_disk", "opened_read_only", "read_only_engine", "read_only_note"]

_OPENED: weakref.WeakSet[Engine] = weakref.WeakSet()
"""The engines ``read_only_engine`` made."""


def on_read_only_disk(path: Path) -> bool:
    """Whether ``path`` (a file or folder) is on a file system mounted read-only."""
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # (no statvfs on Windows)
        return False


def opened_read_only(engine: Engine) -> bool:
    """Whether ``engine`` only reads a file on a read-only disk (``read_only_engine``)."""
    return engine in _OPENED


def read_only_note(path: Path) -> str:
    """What a command that reads says of a database it opened read-only."""
    return (f"The database {path} is on a disk mounted read-only: it was opened for "
            "reading only. To change anything, mount that disk read-write, or copy the "
            "file to a folder you can write to and point --db at the copy.")


def _unmerged(path: Path) -> bool:
    """Whether a ``-wal`` file beside ``path`` holds changes not yet in the file (the
    program that wrote them stopped before it closed): read as immutable, they would be
    missed, so SQLite's plain read-only mode reads them (with the ``-shm`` beside it)."""
    try:
        return Path(f"{path}-wal").stat().st_size > 0
    except OSError:
        return False


def _uri(path: Path) -> str:
    return f"{path.as_uri()}?mode=ro" + ("" if _unmerged(path) else "&immutable=1")


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.isolation_level = None  # (SQLAlchemy begins, as for the writer)


def _on_begin(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN")  # a reader: never the write lock


def read_only_engine(path: Path, *, check: bool = True) -> Engine:
    """An engine that only reads the SQLite file ``path`` on a read-only disk.

    ``check``: first make sure the file is a sound teachapp database at the schema this
    version writes (else a DatabaseError says what is wrong and how to go on).
    """
    from . import database as _db  # (database imports this module when it needs it)

    if check:
        problem = _problem(path)
        if problem is not None:
            raise _db.damaged(path, problem)
    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(
        _uri(path), uri=True, check_same_thread=False))
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    try:
        revision = _db.current_revision(engine)
        if revision != HEAD_REVISION:
            _db.check_known(engine, path, revision)
            raise DatabaseError(
                f"The database {path} was written by an older teachapp and needs an "
                "upgrade, which cannot be saved: it is on a disk mounted read-only. It was "
                "left untouched.", fix="Mount that disk read-write, or copy the file to a "
                "folder you can write to and point --db at the copy.")
    except BaseException:
        engine.dispose()
        raise
    _OPENED.add(engine)
    return engine


def _problem(path: Path) -> str | None:
    """What is wrong with the file as a database, or None."""
    from . import database as _db

    if path.is_dir():
        return f"{path} is a folder, not a database file"
    return _db.file_problem(path, path.stat().st_size, immutable=not _unmerged(path))
