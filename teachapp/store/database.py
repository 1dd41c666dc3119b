"""Opening a database: URL handling, SQLite pragmas, schema upgrades.

A plain path means SQLite; anything with ``://`` is an SQLAlchemy URL (PostgreSQL
for a household sharing one database). An existing database is upgraded in place
by Alembic, after a backup copy; it is never dropped.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from sqlalchemy import event, inspect
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import create_engine

from ..errors import DatabaseError

__all__ = ["HEAD_REVISION", "database_url", "open_engine", "sqlite_path"]

log = logging.getLogger(__name__)

HEAD_REVISION = "0001"
_MIGRATIONS = Path(__file__).with_name("migrations")


def database_url(spec: str | os.PathLike[str]) -> str:
    """Turn ``--db`` / ``TEACHAPP_DB`` into an SQLAlchemy URL."""
    text = os.fspath(spec).strip()
    if not text:
        raise DatabaseError("The database path is empty; give a file path or a URL.")
    if "://" in text:
        try:
            make_url(text)
        except Exception as exc:
            raise DatabaseError(
                f"{text!r} is not a database URL; use a file path or a URL like "
                "postgresql://user@host/teachapp."
            ) from exc
        return text
    path = Path(text).expanduser().resolve()
    return f"sqlite:///{path}"


def sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL, or None for other databases and :memory:."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _prepare_sqlite_file(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(
            f"Cannot create the folder for the database {path}: {exc.strerror or exc}. "
            "Choose another place with --db PATH."
        ) from exc
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a database file; add a file name.")
    if path.exists():
        with open(path, "rb") as handle:
            header = handle.read(16)
        if header and header != b"SQLite format 3\x00":
            raise DatabaseError(
                f"{path} is not a teachapp database (it is not an SQLite file). "
                "It was left untouched; point --db at another file or move it aside."
            )
        if not os.access(path, os.R_OK | os.W_OK):
            raise DatabaseError(f"Cannot read and write {path}; check its permissions.")
    elif not os.access(path.parent, os.W_OK):
        raise DatabaseError(
            f"Cannot create {path}: the folder is not writable. Choose another place "
            "with --db PATH."
        )


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy, not pysqlite, decide where transactions begin, so that
    # ``BEGIN IMMEDIATE`` below really starts the write lock.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout = 10000")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _on_sqlite_begin(connection) -> None:  # type: ignore[no-untyped-def]
    # Take the write lock at the start: two processes never deadlock on upgrade.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def open_engine(url: str, *, migrate: bool = True) -> Engine:
    """Create the engine, check the file, and bring the schema up to date."""
    path = sqlite_path(url)
    if path is not None:
        _prepare_sqlite_file(path)
    try:
        engine = create_engine(url, connect_args=_connect_args(url))
    except Exception as exc:
        raise DatabaseError(f"Cannot open the database {url}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
    if migrate:
        try:
            _upgrade(engine, path)
        except DatabaseError:
            engine.dispose()
            raise
        except (SQLAlchemyError, sqlite3.Error) as exc:
            engine.dispose()
            raise DatabaseError(_explain(url, exc)) from exc
    return engine


def _connect_args(url: str) -> dict[str, object]:
    if url.startswith("sqlite"):
        return {"check_same_thread": False, "timeout": 10}
    return {}


def _explain(url: str, exc: Exception) -> str:
    text = str(getattr(exc, "orig", exc))
    if "file is not a database" in text or "malformed" in text:
        return (f"The database {url} is damaged ({text}). It was left untouched; "
                "move it aside or restore a backup (teachapp doctor lists them).")
    if "locked" in text:
        return (f"The database {url} is locked by another program; close it and "
                "try again.")
    return f"Cannot use the database {url}: {text}"


def current_revision(engine: Engine) -> str | None:
    """The schema revision stored in the database, None for an empty one."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            tables = inspect(connection).get_table_names()
            if tables:
                raise DatabaseError(
                    f"{engine.url} holds tables but none of teachapp's schema "
                    "information; it is not a teachapp database. Use another --db."
                )
            return None
        row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        return row[0] if row else None


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory(str(_MIGRATIONS)).walk_revisions()}


def _upgrade(engine: Engine, path: Path | None) -> None:
    revision = current_revision(engine)
    if revision == HEAD_REVISION:
        return
    if revision is not None and revision not in _known_revisions():
        raise DatabaseError(
            f"{engine.url} was written by a newer teachapp (schema {revision}). "
            "It was left untouched; update teachapp to open it."
        )
    if revision is not None and path is not None:
        from .backup import backup_database

        backup_database(path, reason=f"before-upgrade-{revision}")
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    log.info("database %s upgraded from %s to %s", engine.url, revision, HEAD_REVISION)
