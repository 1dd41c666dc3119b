"""``teachapp backup list | now | restore [FILE]``: the automatic backups, by hand.

``restore`` never deletes: the current database (and its -wal/-shm) is renamed to
``<name>.damaged-<time>`` and the backup is copied in its place. It works on a
database that does not open at all, which is when a person needs it most.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import DatabaseError
from ..paths import default_database
from .support import emit_json, say_line

__all__ = ["register"]


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="list, make or restore backups of the database")
    actions = p.add_subparsers(dest="backup_action", metavar="ACTION")
    p.set_defaults(func=cmd_list, json=False)

    q = actions.add_parser("list", help="the backups, newest first")
    q.add_argument("--json", action="store_true", help="one JSON object per backup")
    q.set_defaults(func=cmd_list)

    q = actions.add_parser("now", help="make a backup now")
    q.set_defaults(func=cmd_now)

    q = actions.add_parser(
        "restore", help="put a backup in place of the database (the newest by default); "
        "the current file is moved aside, never deleted")
    q.add_argument("file", nargs="?", help="the backup to restore (see 'backup list')")
    q.set_defaults(func=cmd_restore)


def _database_file(args: argparse.Namespace) -> Path:
    from ..store import (
        database_url,
        describe_server,
        display_url,
        is_postgres,
        libpq_url,
        sqlite_path,
    )

    url = database_url(getattr(args, "db", None) or default_database())
    path = sqlite_path(url)
    if path is None and is_postgres(url):
        target = libpq_url(url)
        raise DatabaseError(
            f"Nothing was backed up: {describe_server(url)} is a PostgreSQL server, and "
            "teachapp's own backups copy SQLite files only. Back it up with the server's "
            f"tool: pg_dump --format=custom --file=teachapp.dump '{target}' (put it back "
            "with pg_restore --clean), or save the routines and devices with "
            "'teachapp export FILE'.")
    if path is None:
        raise DatabaseError(f"{display_url(url)} is not an SQLite file; back up a server "
                            "database with its own tools.")
    return path


def cmd_list(args: argparse.Namespace) -> int:
    from ..store import backup_info, backups_of

    path = _database_file(args)
    found = [backup_info(path, b) for b in backups_of(path)]
    if args.json:
        for item in found:
            emit_json({"file": str(item.path), "made": item.made.isoformat(),
                       "reason": item.reason, "bytes": item.size})
        return 0
    if not found:
        say_line(f"There are no backups of {path} yet. teachapp makes one each day it is "
                 "used and before every upgrade; 'teachapp backup now' makes one now.")
        return 0
    say_line(f"Backups of {path}, newest first:")
    for item in found:
        local = item.made.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        say_line(f"  {local}  {item.reason:<22} {item.size // 1024:>6} KiB  {item.path}")
    return 0


def cmd_now(args: argparse.Namespace) -> int:
    from ..store import Store, backup_database, database_url

    path = _database_file(args)
    if not path.exists() or path.stat().st_size == 0:
        raise DatabaseError(f"There is no database at {path} yet, so there is nothing to "
                            "back up.")
    # Opening checks the file first: a damaged database is reported, not copied.
    Store(database_url(path)).close()
    target = backup_database(path, reason="manual")
    say_line(f"Backed up {path} to {target}.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from ..store import Store, database_url, restore_backup

    path = _database_file(args)
    chosen = Path(args.file) if args.file else None
    restored = restore_backup(path, chosen)
    # The restored copy must open (and is upgraded if it is older) before we say so.
    Store(database_url(path)).close()
    say_line(f"Restored {path} from {restored.backup}.")
    if restored.moved_aside:
        say_line(f"The previous database was kept as {restored.moved_aside[0]}.")
    return 0
