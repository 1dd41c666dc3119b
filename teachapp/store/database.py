"""Opening a database: URL handling, health checks, SQLite pragmas, schema upgrades.

A plain path means SQLite; anything with ``://`` is an SQLAlchemy URL (PostgreSQL
for a household sharing one database). Before SQLite opens a file for writing it
is checked without changing it: not SQLite, truncated, damaged or locked by another
program each end in a ``DatabaseError`` that says where the file is, that it was
left untouched, and which backup ``teachapp backup restore`` would put back.

An existing database is upgraded in place by Alembic, after a backup copy; it is
never dropped. Once a day of use a rotating backup is made too (``backup.py``).
Files are created readable by the user only; SQLite gives its ``-wal`` and
``-shm`` files the mode of the database file.
"""

from __future__ import annotations

import logging
import os
import shlex
import sqlite3
import threading
import weakref
from collections import Counter
from datetime import datetime
from pathlib import Path

from sqlalchemy import event, inspect
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import NoSuchModuleError, SQLAlchemyError
from sqlmodel import create_engine

from ..errors import DatabaseError
from ..paths import file_in_the_way
from . import backup as _backup
from . import server as _server
from .read_only_disk import on_read_only_disk, read_only_engine
from .revision import HEAD_REVISION

__all__ = ["BUSY_TIMEOUT_SECONDS", "HEAD_REVISION", "DamagedDatabaseError", "check_known",
           "close_engine", "damaged", "database_url", "describe_failure", "file_problem",
           "open_engine",
           "restore_command", "sqlite_path"]

log = logging.getLogger(__name__)

BUSY_TIMEOUT_SECONDS = 10.0
"""How long a write waits for another process's transaction before giving up."""
_MIGRATIONS = Path(__file__).with_name("migrations")
_MAGIC = b"SQLite format 3\x00"

_HELD: Counter[Path] = Counter()
"""SQLite files this process has engines open on. POSIX locks belong to the
process, and closing ANY descriptor of a file drops all of them: reading the
header of a file this process already uses would drop the SHARED lock of its live
connections, and another process, believing itself the last user, would then
checkpoint and delete the WAL under them (a "malformed" database). So the file
checks run only while the process holds no engine on the file."""
_HELD_LOCK = threading.Lock()
_HELD_BY: weakref.WeakKeyDictionary[Engine, Path] = weakref.WeakKeyDictionary()


class DamagedDatabaseError(DatabaseError):
    """An SQLite file that cannot be used as it is; it was left untouched.

    ``backup`` is the newest backup that ``teachapp backup restore`` would put in
    its place (None when there is none), so a window can offer it.
    """

    def __init__(self, message: str, *, path: Path, backup: Path | None,
                 fix: str = "") -> None:
        super().__init__(message, fix=fix)
        self.path = path
        self.backup = backup


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
                f"{_server.display_url(text)!r} is not a database URL; use a file path "
                "or a URL like postgresql://user@host/teachapp."
            ) from exc
        return _server.driver_url(text)
    path = Path(text).expanduser().resolve()
    return f"sqlite:///{path}"


def sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL, or None for other databases and :memory:.

    Absolute, as SQLite finds it from the working folder: ``sqlite:///tmp/x.db`` is
    ``./tmp/x.db`` (four slashes make it /tmp), and the messages that name the file
    said "tmp/x.db", which reads as /tmp."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database).absolute()


# ------------------------------------------------------------------ messages


def restore_command(path: Path) -> str:
    """The command that restores the newest backup of the database at ``path``."""
    try:
        from ..paths import default_database

        if Path(default_database()).expanduser().resolve() == path.resolve():
            return "teachapp backup restore"
    except Exception:  # no user data dir: spell the path out
        pass
    return f"teachapp --db {shlex.quote(str(path))} backup restore"


def _damaged_file(path: Path, what: str) -> DamagedDatabaseError:
    """A file that cannot be used, ``what`` it is ("The database X is damaged (…)"):
    the problem says it was left untouched and which backup there is; the fix, apart,
    is the command line's way out (a window offers its own buttons instead)."""
    newest = _backup.latest_backup(path)
    if newest is None:
        return DamagedDatabaseError(
            f"{what}. It was left untouched, and there is no backup of it yet.",
            fix="Point --db at another file, or move it aside to start afresh.",
            path=path, backup=None)
    made = datetime.fromtimestamp(newest.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    return DamagedDatabaseError(
        f"{what}. It was left untouched. The newest backup is {newest} (made {made}).",
        fix=f"To go back to it, run '{restore_command(path)}' (the current file is kept "
            f"as {path.name}.{_backup.aside_label(path)}-<time>).", path=path,
        backup=newest)


def damaged(path: Path, why: str) -> DamagedDatabaseError:
    """The error for the damaged database ``path``, ``why`` in SQLite's words."""
    return _damaged_file(path, f"The database {path} is damaged ({why})")


_FULL_BELOW = 1 << 20
"""Free bytes under which a failed read or write of a database is put down to its
full disk: SQLite says only "disk I/O error" when it cannot grow its ``-shm`` file,
and "damaged ... move it aside" would send the person after a sound file."""


def _disk_full(path: Path, why: str) -> DatabaseError | None:
    """The error for a database whose disk is full, else None."""
    said_full = "disk is full" in why
    if not said_full and "disk I/O" not in why:
        return None
    try:
        info = os.statvfs(path.parent)
    except (OSError, AttributeError):  # (no statvfs on Windows)
        free = None
    else:
        free = info.f_bavail * info.f_frsize
    if not said_full and (free is None or free >= _FULL_BELOW):
        return None
    left = f" ({free // 1024} KiB free)" if free is not None else ""
    return DatabaseError(f"The disk that holds the database {path} is full{left}, so "
                         "teachapp cannot use it. It was left untouched.",
                         fix="Free some space on that disk, then try again.")


def _wal_ready(path: Path) -> bool:
    """Whether SQLite's -wal and -shm files are there and writable already (then a
    folder the person cannot write to still works)."""
    return all(os.access(f"{path}{side}", os.R_OK | os.W_OK) for side in ("-wal", "-shm"))


def _locked(path: Path) -> DatabaseError:
    return DatabaseError(
        f"The database {path} is locked by another program, which kept it busy for "
        f"more than {BUSY_TIMEOUT_SECONDS:g} seconds. It was left untouched; close the "
        "other program (another teachapp, or a database tool) and try again.")


def describe_failure(url: str, exc: BaseException) -> DatabaseError:
    """A DatabaseError for a low-level error met while using the database."""
    text = str(getattr(exc, "orig", None) or exc)
    if _server.is_postgres(url):
        return _server.server_failure(url, exc)
    path = sqlite_path(url)
    if path is not None:
        if "locked" in text or "busy" in text:
            return _locked(path)
        full = _disk_full(path, text)
        if full is not None:
            return full
        if "not a database" in text or "malformed" in text or "disk I/O" in text:
            return damaged(path, text)
    return DatabaseError(f"Cannot use the database {_server.display_url(url)}: {text}")


# -------------------------------------------------------------- file checks


def _truncation(path: Path, size: int) -> str | None:
    """What the SQLite header says is missing from the file, if anything."""
    with open(path, "rb") as handle:
        header = handle.read(100)
    if len(header) < 100:
        return f"it is {size} bytes long, shorter than an SQLite header"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return f"its header gives an impossible page size, {page_size}"
    if size % page_size:
        return f"it ends part-way through a page: {size} bytes in pages of {page_size}"
    pages = int.from_bytes(header[28:32], "big")
    header_valid = pages > 0 and header[24:28] == header[92:96]
    wal = Path(f"{path}-wal")
    wal_has_pages = wal.exists() and wal.stat().st_size > 32
    if header_valid and not wal_has_pages and size < pages * page_size:
        return f"it is truncated: {size} of {pages * page_size} bytes are there"
    return None


def _make_private(path: Path) -> None:
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            info = candidate.stat()
            if info.st_uid == os.getuid() and info.st_mode & 0o077:
                os.chmod(candidate, 0o600)
        except (OSError, AttributeError):
            pass


def _prepare_sqlite_file(path: Path) -> bool:
    """Check the file before SQLite opens it; True when it already held a database."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        blocker = file_in_the_way(path)
        why = (f"{blocker} is a file, not a folder" if blocker is not None
               else exc.strerror or str(exc))
        raise DatabaseError(
            f"Cannot create the folder for the database {path}: {why}. "
            "Choose another place with --db PATH."
        ) from exc
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a database file; add a file name.")
    _backup.finish_interrupted_restore(path)
    if not path.exists():
        if not os.access(path.parent, os.W_OK):
            why = ("it is on a disk mounted read-only" if on_read_only_disk(path.parent)
                   else "the folder is not writable")
            raise DatabaseError(f"Cannot create {path}: {why}. Choose another place with "
                                "--db PATH.")
        try:  # created private; SQLite gives -wal and -shm the same mode
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        except FileExistsError:
            pass  # another process created it a moment ago
        except OSError as exc:
            raise DatabaseError(f"Cannot create {path}: {exc.strerror or exc}.") from exc
        return False
    if not os.access(path, os.R_OK | os.W_OK):
        if on_read_only_disk(path):
            raise DatabaseError(
                f"The database {path} is on a disk mounted read-only, so teachapp cannot "
                "save to it. It was left untouched.", fix="Mount that disk read-write, or "
                "copy the file to a folder you can write to and point --db at the copy.")
        raise DatabaseError(f"Cannot read and write {path}; check its permissions. "
                            "It was left untouched.")
    if not os.access(path.parent, os.W_OK | os.X_OK) and not _wal_ready(path):
        # SQLite writes its journal beside the file: it failed as "attempt to write a
        # readonly database", which was reported as damage, with "move it aside".
        raise DatabaseError(
            f"The database {path} is in a folder you cannot write to ({path.parent}), so "
            "teachapp cannot save to it (SQLite keeps its journal beside the file). It was "
            "left untouched.", fix="Make that folder writable for you, or copy the file to "
            "a folder you can write to and point --db at the copy.")
    size = path.stat().st_size
    if size == 0:
        if _backup.latest_backup(path) is not None:
            raise damaged(path, "the file is empty, yet backups of it exist")
        return False
    problem = file_problem(path, size)
    if problem is not None:
        if "locked" in problem or "busy" in problem:
            raise _locked(path)
        raise _disk_full(path, problem) or damaged(path, problem)
    _make_private(path)
    return True


def file_problem(path: Path, size: int, *, immutable: bool = False) -> str | None:
    """What is wrong with the SQLite file ``path`` of ``size`` bytes, read without
    changing it, or None; a file that is not SQLite at all is a DamagedDatabaseError.
    ``immutable``: on a disk mounted read-only (``read_only_disk``)."""
    with open(path, "rb") as handle:
        magic = handle.read(16)
    if not _MAGIC.startswith(magic):  # a short prefix of it is a truncated file
        raise _damaged_file(path, f"{path} is not a teachapp database (it is not an "
                                  "SQLite file)")
    return _truncation(path, size) or _backup.check_sqlite_file(
        path, timeout=BUSY_TIMEOUT_SECONDS, immutable=immutable)


# ------------------------------------------------------------------ engine


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy, not pysqlite, decide where transactions begin, so that
    # ``BEGIN IMMEDIATE`` below really starts the write lock.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


READ_ONLY = "teachapp_read_only"
"""Execution option marking a connection whose transactions only read."""


def _on_sqlite_begin(connection: Connection) -> None:
    # A writer takes the write lock at the start: it never has to upgrade a read
    # lock (SQLITE_BUSY_SNAPSHOT), so concurrent writers wait instead of failing.
    # A reader takes no lock at all: in WAL mode it reads a snapshot and never
    # blocks a writer.
    if connection.get_execution_options().get(READ_ONLY):
        connection.exec_driver_sql("BEGIN")
    else:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def _on_server_begin(connection: Connection) -> None:
    # Writers queue on one advisory lock, as SQLite writers do on BEGIN IMMEDIATE.
    if not connection.get_execution_options().get(READ_ONLY):
        _server.take_write_lock(connection)


def open_engine(url: str, *, migrate: bool = True, reading: bool = False) -> Engine:
    """Check the file, create the engine, upgrade the schema, make the daily backup.

    ``reading``: the caller only reads, so an SQLite file on a disk mounted read-only
    is opened for reading only (``read_only_disk``) instead of refused."""
    path = sqlite_path(url)
    existed = False
    if path is not None:
        path = path.resolve()
        if reading and path.is_file() and on_read_only_disk(path):
            return read_only_engine(path)
        with _HELD_LOCK:
            held = _HELD[path] > 0
            _HELD[path] += 1  # counted before SQLite opens it: no check can race it
        try:
            existed = True if held else _prepare_sqlite_file(path)
        except BaseException:
            _release(path)
            raise
    try:
        engine = _open_checked(url, path, existed, migrate=migrate)
    except BaseException:
        if path is not None:
            _release(path)
        raise
    if path is not None:
        with _HELD_LOCK:
            _HELD_BY[engine] = path
    return engine


def close_engine(engine: Engine) -> None:
    """Close every connection of an engine from ``open_engine``, once."""
    engine.dispose()
    with _HELD_LOCK:
        path = _HELD_BY.pop(engine, None)
    if path is not None:
        _release(path)


def _release(path: Path) -> None:
    with _HELD_LOCK:
        _HELD[path] -= 1
        if _HELD[path] <= 0:
            del _HELD[path]


def _open_checked(url: str, path: Path | None, existed: bool, *, migrate: bool) -> Engine:
    server = _server.is_postgres(url)
    try:
        engine = create_engine(url, connect_args=_connect_args(url), pool_pre_ping=server)
    except NoSuchModuleError as exc:  # a scheme SQLAlchemy has no dialect for
        raise DatabaseError(
            f"{_server.display_url(url)!r} is not a kind of database teachapp can use; give "
            "a file path, or a URL like postgresql://user@host/teachapp.") from exc
    except ImportError as exc:
        fix = ("install teachapp with the postgres extra: pip install 'teachapp[postgres]'"
               if _server.is_postgres(url) else "install that Python driver into "
               "teachapp's environment, or use a file path (SQLite)")
        raise DatabaseError(
            f"The database {_server.display_url(url)} needs a driver that is not "
            f"installed ({exc}); {fix}.") from exc
    except Exception as exc:
        raise DatabaseError(
            f"Cannot open the database {_server.display_url(url)}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
    elif engine.dialect.name == "postgresql":
        event.listen(engine, "begin", _on_server_begin)
    if migrate:
        try:
            _upgrade(engine, path)
        except DatabaseError:
            engine.dispose()
            raise
        except (SQLAlchemyError, sqlite3.Error) as exc:
            engine.dispose()
            raise describe_failure(url, exc) from exc
    if path is not None:
        _make_private(path)
        if existed:
            _daily_backup(path)
    return engine


def _daily_backup(path: Path) -> None:
    try:
        if _backup.needs_daily_backup(path):
            _backup.backup_database(path, reason="daily")
    except (DatabaseError, OSError) as exc:
        # A missed backup must not stop the person's work; it is tried again next time.
        log.warning("daily backup of %s failed: %s", path, exc)


def _connect_args(url: str) -> dict[str, object]:
    if url.startswith("sqlite"):
        return {"check_same_thread": False, "timeout": BUSY_TIMEOUT_SECONDS}
    if _server.is_postgres(url):
        return _server.server_connect_args(url)
    return {}


def _revision(connection: Connection, url: object) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        if inspect(connection).get_table_names():
            raise DatabaseError(
                f"{_server.display_url(str(url))} holds tables but none of teachapp's schema "
                "information; it is "
                "not a teachapp database. It was left untouched; use another --db.")
        return None
    row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    return row[0] if row else None


def current_revision(engine: Engine) -> str | None:
    """The schema revision stored in the database, None for an empty one."""
    with engine.connect() as connection:
        return _revision(connection, engine.url)


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory(str(_MIGRATIONS)).walk_revisions()}


def check_known(engine: Engine, path: Path | None, revision: str | None) -> None:
    """A DatabaseError when ``revision`` is one this teachapp does not know (newer)."""
    if revision is None or revision in _known_revisions():
        return
    where = path or _server.display_url(engine.url)
    if path is None:  # (it named the server by its URL: "postgresql+psycopg://me:***@/…
        # ?host=%2Ftmp%2F…", where every other message names the household database)
        server = _server.describe_server(engine.url)
        raise DatabaseError(
            f"{server[:1].upper()}{server[1:]} was written by a newer teachapp (schema "
            f"{revision}): another computer of the household has a newer version. It was "
            "left untouched; update teachapp on this computer to open it.")
    found = _damaged_file(path, f"{where} was written by a newer teachapp (schema "
                                f"{revision}), which this version cannot open")
    back = (f"; or, losing what was saved since, {found.fix[0].lower()}{found.fix[1:]}"
            if found.backup is not None else ".")
    raise DamagedDatabaseError(found.problem, fix=f"Update teachapp to open it{back}",
                               path=path, backup=found.backup)


def _upgrade(engine: Engine, path: Path | None) -> None:
    revision = current_revision(engine)
    if revision == HEAD_REVISION:
        return
    check_known(engine, path, revision)
    from alembic import command
    from alembic.config import Config

    # BEGIN IMMEDIATE (SQLite) or the writers' advisory lock (PostgreSQL): when two
    # processes open a new or old database at once, one upgrades and the other, once
    # it has the lock, finds the work done.
    with engine.begin() as connection:
        revision = _revision(connection, engine.url)
        if revision == HEAD_REVISION:
            return
        check_known(engine, path, revision)
        if revision is not None and path is not None:
            _backup.backup_database(path, reason=f"before-upgrade-{revision}")
        config = Config()
        config.set_main_option("script_location", str(_MIGRATIONS))
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    log.info("database %s upgraded from %s to %s", _server.display_url(engine.url),
             revision, HEAD_REVISION)
