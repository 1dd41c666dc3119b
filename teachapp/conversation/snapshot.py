"""The routines and devices as stored, for what only shows them (``list``,
``resolve``, the window's first paint): read without SQLAlchemy when the database
needs nothing done, else opened the full way. The picture is the same either way
(``tests/test_store_snapshot.py`` holds the two readers to it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..paths import default_database
from ..settings import Settings
from ..store import Snapshot, read_snapshot

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["read_home"]


def read_home(args: Any, *, settings: Settings | None = None, check: bool = True,
              fallback: bool = True,
              opened: Callable[[Store], None] | None = None) -> Snapshot | None:
    """The snapshot of the database of ``args.db`` / ``TEACHAPP_DB`` / the user data dir.

    When the quick read does not apply (a new, old or damaged database, a server, or
    an empty one that ``open_store`` would give the simulated home), the database is
    opened as every command opens it (``open_store``; ``opened`` is told, e.g. to
    say that a new file was made) and read through the Store; with ``fallback``
    False, None instead (the window's first paint: the engine opens it on a worker).
    """
    settings = settings or Settings()
    snapshot = read_snapshot(getattr(args, "db", None) or default_database(), check=check)
    simulated = settings.get("backend", "type", "simulated") == "simulated"
    if snapshot is not None and (snapshot.devices or not simulated):
        return snapshot
    if not fallback:
        return None
    from .runtime import open_store

    store = open_store(args, settings=settings, reading=True)
    try:
        if opened is not None:
            opened(store)
        return Snapshot.of_store(store)
    finally:
        store.close()
