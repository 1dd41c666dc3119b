"""One window per database: a second ``teachapp gui`` on the same database brings the
first window to the front and ends, saying so.

Two windows on one database both listened to the microphone (each spoken command ran
twice, and both spoke the reply) and each showed its own conversation, so which one had
done what was anyone's guess. The first window listens on a local socket named after
the user and the database; a later start that reaches it asks it to come forward.
Windows on other databases (``--db``) are independent.
"""

from __future__ import annotations

import atexit
import errno
import hashlib
import logging
import os
import socket
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier

__all__ = ["already_open", "listen_for_others", "server_name"]

_UNIX = hasattr(socket, "AF_UNIX")
"""Where the socket is a Unix one, the standard library makes it and QtCore watches it;
QtNetwork (QLocalServer: a named pipe on Windows) is imported only where there is none.
QtNetwork, loaded for this alone, was 4-5 MB of the idle window (benchmarks/gui.py)."""

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


def _path(name: str) -> str:
    """The socket file of ``name``: where QLocalServer puts it (the temporary folder), so
    a window of an earlier version and a start of this one still find each other."""
    return os.path.join(tempfile.gettempdir(), name)


def already_open(name: str) -> bool:
    """Whether a window listens on ``name``; if so it was asked to come forward."""
    if not _UNIX:
        return _qt_already_open(name)
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.settimeout(_CONNECT_MS / 1000)
    try:
        client.connect(_path(name))
        client.sendall(b"show\n")
    except OSError:  # (none there, or a crashed window's socket: refused at once)
        return False
    finally:
        client.close()
    return True


class _Listening(QObject):
    """The first window's socket, watched by the event loop; ``close`` removes it."""

    def __init__(self, server: socket.socket, path: str, show: Callable[[], None],
                 parent: Any) -> None:
        super().__init__(parent)
        self._server, self._path, self._show = server, path, show
        self._inode = os.stat(path).st_ino
        self._notifier = QSocketNotifier(server.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._reached)
        atexit.register(self.close)

    def _reached(self) -> None:
        while True:
            try:
                connection, _address = self._server.accept()
            except OSError:  # (BlockingIOError: no more waiting)
                return
            connection.close()
            log.info("a second start on this database: this window comes forward")
            self._show()

    def close(self) -> None:
        """Stop listening and remove the socket file, unless another window's is there."""
        if self._server.fileno() < 0:
            return
        try:
            self._notifier.setEnabled(False)
        except RuntimeError:  # (at exit, after the application deleted it)
            pass
        self._server.close()
        try:
            if os.stat(self._path).st_ino == self._inode:
                os.unlink(self._path)
        except OSError:
            pass


def listen_for_others(name: str, show: Callable[[], None], parent: Any) -> Any:
    """Listen on ``name`` and call ``show`` when a later start reaches it; None when the
    socket cannot be made (then a second window is not prevented, and that is logged).
    What is returned has ``close()``."""
    if not _UNIX:
        return _qt_listen(name, show, parent)
    path = _path(name)
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        try:
            server.bind(path)
        except OSError as exc:
            if exc.errno != errno.EADDRINUSE:
                raise
            os.unlink(path)  # (a crashed window's socket: nobody answered already_open)
            server.bind(path)
        os.chmod(path, 0o600)  # (the user's own, as QLocalServer's UserAccessOption)
        server.listen(8)
        server.setblocking(False)
        return _Listening(server, path, show, parent)
    except OSError as exc:
        server.close()
        log.info("cannot listen for other windows on %s: %s", name, exc)
        return None


def _qt_already_open(name: str) -> bool:
    """:func:`already_open` with QtNetwork (a named pipe), where there are no Unix sockets."""
    from PySide6.QtNetwork import QLocalSocket

    client = QLocalSocket()
    client.connectToServer(name)
    if not client.waitForConnected(_CONNECT_MS):
        return False
    client.write(b"show\n")
    client.flush()
    client.waitForBytesWritten(_CONNECT_MS)
    client.disconnectFromServer()
    return True


def _qt_listen(name: str, show: Callable[[], None], parent: Any) -> Any:
    """:func:`listen_for_others` with QtNetwork, where there are no Unix sockets."""
    from PySide6.QtNetwork import QLocalServer

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
