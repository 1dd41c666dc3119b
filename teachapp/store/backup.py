"""Rotating backup copies of an SQLite database, made with SQLite's backup API.

The backup API copies a consistent snapshot even while another process writes, so
a copy is always a database that opens. Copies live beside the database in a
``backups`` folder and only the newest few are kept.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

__all__ = ["KEEP_BACKUPS", "backup_database", "backups_of", "latest_backup"]

log = logging.getLogger(__name__)
KEEP_BACKUPS = 5


def _backup_dir(path: Path) -> Path:
    return path.parent / "backups"


def backups_of(path: Path) -> list[Path]:
    """Backups of the database at ``path``, newest first."""
    folder = _backup_dir(path)
    if not folder.is_dir():
        return []
    found = folder.glob(f"{path.stem}-*.sqlite3")
    return sorted(found, key=lambda p: p.name, reverse=True)


def latest_backup(path: Path) -> Path | None:
    found = backups_of(path)
    return found[0] if found else None


def backup_database(path: Path, *, reason: str = "daily") -> Path | None:
    """Copy the database into its backups folder; keep the newest ``KEEP_BACKUPS``."""
    if not path.exists():
        return None
    folder = _backup_dir(path)
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{path.stem}-{stamp}-{reason}.sqlite3"
    partial = target.with_suffix(".partial")
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
    try:
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    os.chmod(partial, 0o600)
    os.replace(partial, target)
    for old in backups_of(path)[KEEP_BACKUPS:]:
        old.unlink(missing_ok=True)
    log.info("backed up %s to %s", path, target)
    return target


def needs_daily_backup(path: Path) -> bool:
    """True when the newest backup is older than a day (or there is none)."""
    newest = latest_backup(path)
    if newest is None:
        return True
    age = datetime.now().timestamp() - newest.stat().st_mtime
    return age > 24 * 3600
