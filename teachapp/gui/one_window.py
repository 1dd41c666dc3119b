"""One window per database: a second ``teachapp gui`` on the same database brings the
first window to the front and ends, saying so.

Two windows on one database both listened to the microphone (each spoken command ran
twice, and both spoke the reply) and each showed its own conversation, so which one had
done what was anyone's guess. The first window listens on a local socket named after
the user and the database; a later start that reaches it asks it to come forward.
Windows on other databases (``--db``) are independent.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtNetwork import QLocalServer, QLocalSocket

__all__ = ["already_open", "listen_for_others", "server_name"]

log = logging.getLogger(__name__)

_CONNECT_MS = 250
"""How long a start waits to reach the first window. The system accepts the connection
for a live window without its event loop (well under a millisecond) and a crashed
window's stale socket refuses at once; only a window hung so long that its queue of
unanswered starts is full keeps Qt retrying, and that start should not wait long to
open its own (it was 1 s, before anything was on screen)."""


def server_name(database: str) -> str:
    """The socket name of the window on ``database`` (a path or a URL), per user."""
    text = database.strip()
    if "://" not in text:
        text = str(Path(text).expanduser().resolve())
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = hashlib.sha256(f"{user}\0{text}".encode()).hexdigest()[:16]
    return f"teachapp-{digest}"


def already_open(name: str) -> bool:
    """Whether a window listens on ``name``; if so it was asked to come forward."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(_CONNECT_MS):
        return False
    socket.write(b"show\n")
    socket.flush()
    socket.waitForBytesWritten(_CONNECT_MS)
    socket.disconnectFromServer()
    return True


def listen_for_others(name: str, show: Callable[[], None], parent: Any) -> QLocalServer | None:
    """Listen on ``name`` and call ``show`` when a later start reaches it; None when the
    socket cannot be made (then a second window is not prevented, and that is logged)."""
    server = QLocalServer(parent)
    server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
    if not server.listen(name):
        QLocalServer.removeServer(name)  # (a crashed window's socket: nobody answered)
        if not server.listen(name):
            log.info("cannot listen for other windows on %s: %s", name, server.errorString())
            return None

    def reached() -> None:
        while server.hasPendingConnections():
            connection = server.nextPendingConnection()
            connection.disconnected.connect(connection.deleteLater)
            log.info("a second start on this database: this window comes forward")
            show()

    server.newConnection.connect(reached)
    return server
