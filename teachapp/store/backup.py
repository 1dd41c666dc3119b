"""Rotating backup copies of an SQLite database, and restoring one of them.

The copies are made with SQLite's backup API, which takes a consistent snapshot
even while another process writes, and each copy is checked (``quick_check``)
before it joins the rotation, so a damaged database never pushes out a good
backup. Copies live beside the database in a private ``backups`` folder; only the
newest ``KEEP_BACKUPS`` are kept.

Restoring never deletes anything: the current file (with its ``-wal`` and
``-shm``) is renamed to ``<name>.damaged-<time>`` when it is damaged, else to
``<name>.replaced-<time>`` (a sound database a person chose to go back from is not
called damaged), and the backup is copied in.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..errors import DatabaseError

__all__ = ["KEEP_BACKUPS", "Backup", "Restored", "aside_label", "backup_database",
           "backup_info", "backups_of", "check_sqlite_file", "finish_interrupted_restore",
           "in_use_elsewhere", "latest_backup", "move_aside", "needs_daily_backup",
           "restore_backup", "restore_pending"]

log = logging.getLogger(__name__)
KEEP_BACKUPS = 5
DAILY_SECONDS = 24 * 3600
_SIDE_FILES = ("-wal", "-shm", "-journal")
_STAMP = r"(?P<stamp>\d{8}T\d{6}\d*Z)"
_STALE_PARTIAL_SECONDS = 3600


@dataclass(frozen=True)
class Backup:
    """One backup copy: where it is, when it was made and why."""

    path: Path
    made: datetime
    """When the copy was made (UTC)."""
    reason: str
    """``daily``, ``manual``, ``before-upgrade-<rev>`` or ``before-restore``."""
    size: int


@dataclass(frozen=True)
class Restored:
    """The outcome of ``restore_backup``."""

    database: Path
    backup: Path
    moved_aside: tuple[Path, ...]
    """The previous database file (and its -wal/-shm), renamed, never deleted."""


def _backup_dir(path: Path) -> Path:
    return path.parent / "backups"


def _pattern(path: Path) -> re.Pattern[str]:
    return re.compile(re.escape(path.stem) + "-" + _STAMP + r"-(?P<reason>[\w.-]+)\.sqlite3")


def backups_of(path: Path) -> list[Path]:
    """Backups of the database at ``path``, newest first."""
    folder = _backup_dir(path)
    if not folder.is_dir():
        return []
    pattern = _pattern(path)
    found = [(m["stamp"], p) for p in folder.iterdir()
             if (m := pattern.fullmatch(p.name)) is not None and p.is_file()]
    return [p for _, p in sorted(found, reverse=True)]


def backup_info(path: Path, backup: Path) -> Backup:
    """When and why ``backup`` (a copy of ``path``) was made."""
    match = _pattern(path).fullmatch(backup.name)
    if match is None:
        made = datetime.fromtimestamp(backup.stat().st_mtime, UTC)
        return Backup(backup, made, "copy", backup.stat().st_size)
    made = datetime.strptime(match["stamp"][:15], "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
    return Backup(backup, made, match["reason"], backup.stat().st_size)


def latest_backup(path: Path) -> Path | None:
    found = backups_of(path)
    return found[0] if found else None


def needs_daily_backup(path: Path) -> bool:
    """True when the newest backup is older than a day (or there is none)."""
    newest = latest_backup(path)
    if newest is None:
        return True
    try:
        age = time.time() - newest.stat().st_mtime
    except OSError:
        return True
    return age > DAILY_SECONDS


def check_sqlite_file(path: Path, *, timeout: float = 10.0,
                      immutable: bool = False) -> str | None:
    """None when ``path`` is a sound SQLite database, else what is wrong with it.

    Opens read-only, so the file is never changed (no checkpoint, no recovery
    written back), whatever state it is in. ``immutable``: the file is on a disk
    mounted read-only, where a WAL database has no ``-shm`` file to read it by.
    """
    flags = "mode=ro&immutable=1" if immutable else "mode=ro"
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?{flags}", uri=True,
                              timeout=timeout)
    except sqlite3.Error as exc:
        return str(exc)
    # A damaged page can put any bytes into the report or into SQLite's own error
    # message: read them as text whatever they are, or the check fails on the very
    # file it is checking (UnicodeDecodeError instead of "malformed").
    con.text_factory = lambda raw: raw.decode("utf-8", "replace")
    try:
        rows = con.execute("PRAGMA quick_check(5)").fetchall()
    except sqlite3.Error as exc:
        return str(exc)
    except UnicodeDecodeError as exc:
        return bytes(exc.object[:60]).decode("utf-8", "replace")  # "malformed ... (\ufffd)"
    finally:
        con.close()
    problems = [str(row[0]) for row in rows if row[0] != "ok"]
    return "; ".join(problems) or None


def _private_dir(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    try:
        os.chmod(folder, 0o700)
    except OSError:
        pass


def _copy_with_backup_api(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` (which must not exist) page by page."""
    fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            # A standalone copy: no -wal to carry around, readable by any tool.
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())


def _remove_stale_partials(folder: Path) -> None:
    now = time.time()
    for partial in folder.glob("*.partial"):
        try:
            if now - partial.stat().st_mtime > _STALE_PARTIAL_SECONDS:
                partial.unlink()
        except OSError:
            pass


def backup_database(path: Path, *, reason: str = "daily") -> Path | None:
    """Copy the database into its backups folder; keep the newest ``KEEP_BACKUPS``.

    Returns the new copy, or None when there is no database file yet. Raises
    DatabaseError when the copy fails its check (the database itself is damaged);
    the failed copy is discarded so it never replaces a good one.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    folder = _backup_dir(path)
    _private_dir(folder)
    _remove_stale_partials(folder)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{path.stem}-{stamp}-{reason}.sqlite3"
    partial = folder / f".{target.name}.{os.getpid()}.partial"
    try:
        _copy_with_backup_api(path, partial)
        problem = check_sqlite_file(partial)
    except UnicodeDecodeError as exc:
        # A damaged page can put any bytes into SQLite's own error message, as in
        # check_sqlite_file: the copy failed on the damage.
        partial.unlink(missing_ok=True)
        problem = bytes(exc.object[:60]).decode("utf-8", "replace")
    except sqlite3.DatabaseError as exc:
        partial.unlink(missing_ok=True)
        if isinstance(exc, sqlite3.OperationalError):  # locked, no space: not damage
            raise DatabaseError(f"Cannot back up the database {path} to {folder}: {exc}. "
                                "Nothing was changed.") from exc
        problem = str(exc)  # "database disk image is malformed": the copy met the damage
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseError(f"Cannot back up the database {path} to {folder}: {exc}. "
                            "Nothing was changed.") from exc
    if problem is not None:
        partial.unlink(missing_ok=True)
        raise DatabaseError(f"The database {path} is damaged ({problem}); no backup was "
                            "made and the older backups were kept.")
    os.replace(partial, target)
    _fsync_dir(folder)
    for old in backups_of(path)[KEEP_BACKUPS:]:
        old.unlink(missing_ok=True)
    log.info("backed up %s to %s", path, target)
    return target


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def aside_name(path: Path, when: datetime | None = None, *,
               label: str = "damaged") -> Path:
    """Where a database is moved: ``<name>.<label>-<time>`` (never taken); the label is
    "damaged" for a file that does not open, "replaced" for a sound one restored over."""
    stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.name}.{label}-{stamp}")
    number = 1
    while any(Path(f"{candidate}{side}").exists() for side in ("", *_SIDE_FILES)):
        number += 1
        candidate = path.with_name(f"{path.name}.{label}-{stamp}-{number}")
    return candidate


def aside_label(path: Path) -> str:
    """How a restore names the file it moves aside: "replaced" for a sound SQLite
    database (one a person chose to go back from, or one a newer teachapp wrote),
    "damaged" for anything else; so nobody is told a good database was damaged."""
    try:
        sound = path.stat().st_size > 0 and check_sqlite_file(path) is None
    except OSError:
        sound = False
    return "replaced" if sound else "damaged"


def move_aside(path: Path) -> tuple[Path, ...]:
    """Rename the database and its -wal/-shm/-journal to ``<name>.damaged-<time>``.

    The side files keep SQLite's naming, so the moved-aside database still opens
    with its own write-ahead log in any SQLite tool.
    """
    return _move_to(path, aside_name(path))


def _move_to(path: Path, target: Path) -> tuple[Path, ...]:
    moved: list[Path] = []
    for side in ("", *_SIDE_FILES):
        source = Path(f"{path}{side}")
        if source.exists():
            destination = Path(f"{target}{side}")
            os.rename(source, destination)
            moved.append(destination)
    _fsync_dir(path.parent)
    return tuple(moved)


def _marker(path: Path) -> Path:
    return path.with_name(f".{path.name}.restore.json")


def restore_pending(path: Path) -> bool:
    """Whether a restore of ``path`` was cut short (``finish_interrupted_restore``)."""
    return _marker(path).exists()


def finish_interrupted_restore(path: Path) -> bool:
    """Complete a restore that was cut short (power loss, a kill); True if one was.

    A restore writes a marker naming the aside name and the prepared copy before
    it moves anything; redoing its steps is safe at any point, so the database
    never ends up missing, or next to another database's -wal file.
    """
    marker = _marker(path)
    try:
        plan = json.loads(marker.read_text(encoding="utf-8"))
        aside, prepared = Path(plan["aside"]), Path(plan["prepared"])
    except FileNotFoundError:
        return False
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DatabaseError(f"The note of an unfinished restore, {marker}, cannot be "
                            f"read ({exc}); move it away and run 'teachapp backup restore' "
                            "again.") from exc
    if prepared.exists():  # the copy is not in place yet: move the old files first
        _move_to(path, aside)
        os.replace(prepared, path)
        _fsync_dir(path.parent)
    marker.unlink(missing_ok=True)
    log.warning("finished restoring %s; the previous file is %s", path, aside)
    return True


_SHM_DMS_BYTE = 128
"""Every SQLite connection to a WAL database holds a shared lock on this byte of the
-shm file for as long as it is open (SQLite's unix VFS, ``UNIX_SHM_DMS``)."""


def in_use_elsewhere(path: Path) -> bool:
    """Whether another process has the database open right now (POSIX systems).

    Call it while this process has no connection to the database: POSIX locks are
    per process, and closing any descriptor of the file would drop this process's
    own SQLite locks.
    """
    try:
        import fcntl
    except ImportError:  # Windows: the file cannot be renamed while open anyway
        return False
    shm = Path(f"{path}-shm")
    try:
        fd = os.open(shm, os.O_RDWR)
    except OSError:
        return False
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, _SHM_DMS_BYTE)
    except OSError:
        return True
    else:
        fcntl.lockf(fd, fcntl.LOCK_UN, 1, _SHM_DMS_BYTE)
        return False
    finally:
        os.close(fd)


def restore_backup(path: Path, backup: Path | None = None) -> Restored:
    """Put a backup in place of the database at ``path``; nothing is deleted.

    ``backup`` defaults to the newest sound backup. The current database, when
    there is one, is moved aside (see ``move_aside``). A sound current database is
    backed up first too, so a restore can itself be undone from the backups.
    """
    finish_interrupted_restore(path)
    if in_use_elsewhere(path):
        raise DatabaseError(f"The database {path} is open in another program (the "
                            "teachapp window, or another teachapp command); close it and "
                            "run the restore again. Nothing was changed.")
    chosen = backup if backup is not None else _newest_sound_backup(path)
    if chosen is None:
        raise DatabaseError(f"There is no backup of {path} in {_backup_dir(path)}; "
                            "nothing was changed.")
    chosen = chosen.expanduser().resolve()
    if not chosen.is_file():
        raise DatabaseError(f"The backup {chosen} does not exist; 'teachapp backup list' "
                            "shows the backups. Nothing was changed.")
    problem = check_sqlite_file(chosen)
    if problem is not None:
        raise DatabaseError(f"The backup {chosen} cannot be restored: it is not a sound "
                            f"database ({problem}); choose another one from 'teachapp "
                            "backup list'. Nothing was changed.")
    label = aside_label(path)
    if label == "replaced":
        try:
            backup_database(path, reason="before-restore")
        except DatabaseError as exc:
            log.warning("no backup before restoring: %s", exc)
    folder = path.parent
    prepared = folder / f".{path.name}.{os.getpid()}.restoring"
    prepared.unlink(missing_ok=True)
    aside = aside_name(path, label=label)
    try:
        _copy_with_backup_api(chosen, prepared)
        _write_durably(_marker(path), json.dumps({"aside": str(aside),
                                                  "prepared": str(prepared)}))
    except (sqlite3.Error, OSError) as exc:
        prepared.unlink(missing_ok=True)
        raise DatabaseError(f"Cannot copy the backup {chosen} to {folder}: {exc}. "
                            "Nothing was changed.") from exc
    moved = tuple(Path(f"{aside}{side}") for side in ("", *_SIDE_FILES)
                  if Path(f"{path}{side}").exists())
    try:
        finish_interrupted_restore(path)
    except OSError as exc:
        raise DatabaseError(f"Cannot put the backup in place of {path}: "
                            f"{exc.strerror or exc}; run 'teachapp backup restore' again "
                            "to finish.") from exc
    log.warning("restored %s from %s; the previous file was moved to %s", path, chosen,
                ", ".join(map(str, moved)) or "nowhere (there was none)")
    return Restored(database=path, backup=chosen, moved_aside=moved)


def _write_durably(target: Path, text: str) -> None:
    fd = os.open(target, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    try:
        os.write(fd, text.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    _fsync_dir(target.parent)


def _newest_sound_backup(path: Path) -> Path | None:
    for candidate in backups_of(path):
        if check_sqlite_file(candidate) is None:
            return candidate
        log.warning("skipping damaged backup %s", candidate)
    return None
