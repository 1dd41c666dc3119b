"""Small rules for a database shared by several computers, used by the Store.

- Each computer has a name (``TEACHAPP_MACHINE``, else the host name): runs carry it,
  so undo never undoes another computer's run; routines record who changed them last.
- Every change of a routine raises its version (``conflicts.py`` refuses stale saves).
- Usage counted elsewhere survives an edit: the larger count wins.
- A lost connection is told apart from a refused change, and rolling back on a dead
  connection is quiet (the server has rolled back already).
"""

from __future__ import annotations

import os
import socket
from typing import Any

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError, SQLAlchemyError
from sqlmodel import Session

from ..domain import Phrase
from .tables import RoutineRow, utcnow

__all__ = ["MACHINE_ENV", "lost_connection", "machine_name", "merged_usage",
           "quiet_rollback", "touch"]

MACHINE_ENV = "TEACHAPP_MACHINE"


def machine_name() -> str:
    """This computer's name in a shared database (undo is per computer)."""
    return os.environ.get(MACHINE_ENV) or socket.gethostname() or "this computer"


def lost_connection(exc: SQLAlchemyError) -> bool:
    return isinstance(exc, OperationalError | InterfaceError) or (
        isinstance(exc, DBAPIError) and exc.connection_invalidated)


def quiet_rollback(session: Session) -> None:
    try:
        session.rollback()
    except SQLAlchemyError:  # a lost connection: the server rolls back by itself
        pass


def touch(row: RoutineRow, machine: str) -> None:
    """A routine changed: new version, who, when."""
    row.version = (row.version or 0) + 1
    row.updated_by = machine
    row.updated_at = utcnow()


def merged_usage(phrase: Phrase, stored: tuple[int, Any] | None) -> tuple[int, Any]:
    """(uses, last used) of a phrase being saved, keeping counts made meanwhile."""
    if stored is None:
        return phrase.uses, phrase.last_used
    uses, last_used = stored
    if phrase.uses > uses:
        return phrase.uses, phrase.last_used or last_used
    return uses, last_used or phrase.last_used
