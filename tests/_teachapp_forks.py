"""``python -m teachapp`` for the tests, as a fresh process that skips the imports.

Most of the suite's time went to starting ``teachapp`` in a child process about a
thousand times (``conftest.run_teachapp``: chat scripts, ``run``, ``devices --json``),
and most of each start (about 0.9 s of CPU of 1.5) was importing the same modules
(SQLAlchemy, SQLModel, alembic, numpy, teachapp's ~400). This module, run as a script,
is a fork server: it imports those modules once, then for each request forks a child
that is the ``python -m teachapp`` the test asked for — its own process, its own
arguments, environment, working folder, standard input, output and error files, exit
code — only with the modules already in memory. Nothing is run in the server itself
(no database opened, no cache filled), so each child starts from a freshly imported
teachapp as a new interpreter would.

What a child cannot take from the server makes ``run_teachapp`` start a plain child
instead (:func:`served`): an interpreter setting (a ``PYTHON*``, ``LANG`` or ``LC_*``
variable other than the server's), or a server that did not start (teachapp failed to
import: the plain child then shows the error as before). ``TEACHAPP_TEST_FORKS=0`` turns
the server off for a whole run, to compare.

A request is a line of JSON (arguments, environment, folder) on a Unix socket, with the
child's standard input, output and error passed along as file descriptors; the answer
is the child's process id, then its exit code (a negative signal number when a signal
ended it, as :mod:`subprocess` says it). Each request is served by a fork of the server
that forks the child and waits for it, so requests never wait for each other.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent

PRELOAD = ("teachapp.cli", "teachapp.cli.chat", "teachapp.conversation.runtime",
           "teachapp.conversation.agent", "teachapp.home", "alembic.command",
           "alembic.config", "alembic.script", "alembic.runtime.migration")
"""What the server imports: ``teachapp``'s command line and what ``chat``, ``run`` and
opening a database import when they run. A module not here is imported by the child
that needs it, as before: the list only saves time, never changes what is run."""

INTERPRETER = ("PYTHON", "LANG", "LC_")
"""Variables read when an interpreter starts (its paths, flags, hash seed, encodings):
a child whose values differ from the server's is started plainly."""


def _interpreter_env(env: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in env.items() if k.startswith(INTERPRETER)}


# ------------------------------------------------------------------ the server


def _child(request: dict[str, Any], fds: list[int]) -> None:
    """Become ``python -m teachapp <args>`` (in a fork of the server)."""
    import runpy
    import time

    for target, fd in enumerate(fds):
        os.dup2(fd, target)
        os.close(fd)
    os.chdir(request["cwd"])
    sys.path[0] = request["cwd"]  # (where `python -m` looks first: the working folder)
    os.environ.clear()
    os.environ.update(request["env"])
    time.tzset()  # (TZ: read at start by a new interpreter)
    sys.argv = [str(REPO / "teachapp" / "__main__.py"), *request["args"]]
    # What teachapp's __main__ raises (SystemExit, an error) ends this process as it
    # would end `python -m teachapp`: at-exit handlers, threads joined, streams flushed.
    runpy.run_module("teachapp", run_name="__main__", alter_sys=True)


def _serve(listener: socket.socket) -> tuple[dict[str, Any], list[int]]:
    """Answer requests until this process is a child to run (returns its request); end
    when the test process that started the server ends (its pipe, standard input,
    closes)."""
    import select

    while True:
        try:
            while os.waitpid(-1, os.WNOHANG)[0]:  # (the servers of answered requests)
                pass
        except ChildProcessError:
            pass
        ready, _, _ = select.select([listener, 0], [], [])
        if 0 in ready:
            os._exit(0)
        conn, _ = listener.accept()
        try:
            data, fds, _flags, _addr = socket.recv_fds(conn, 1 << 20, 3)
            while not data.endswith(b"\n"):
                more = conn.recv(1 << 20)
                if not more:
                    break
                data += more
            request = json.loads(data)
        except (OSError, ValueError):
            conn.close()
            continue
        if os.fork() == 0:  # the request's server
            listener.close()
            pid = os.fork()
            if pid == 0:
                conn.close()
                return request, fds
            try:
                for fd in fds:
                    os.close(fd)
                conn.sendall(f"{pid}\n".encode())
                code = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
                conn.sendall(f"{code}\n".encode())
            finally:
                os._exit(0)
        conn.close()
        for fd in fds:
            os.close(fd)


def main(path: str) -> None:
    import importlib

    sys.path[0] = str(REPO)  # (this file's folder, tests/, is no child's)
    for name in PRELOAD:
        importlib.import_module(name)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path)
    listener.listen(8)
    print("ready", flush=True)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)  # (the pipe that said "ready" is not a child's)
    os.close(devnull)
    request, fds = _serve(listener)
    listener.close()
    _child(request, fds)


# ------------------------------------------------------------------ the client


class Unreached(Exception):
    """The server is gone; nothing was run (start the child plainly)."""


def _received(conn: socket.socket) -> bytes:
    data = conn.recv(64)
    if not data:
        raise ConnectionError("the teachapp fork server went away")
    return data


class Forks:
    """A fork server for this test process, started at its first request."""

    def __init__(self) -> None:
        self._proc: subprocess.Popen | None = None
        self._path = ""
        self._env: dict[str, str] = {}
        self._failed = os.environ.get("TEACHAPP_TEST_FORKS", "1") == "0"
        self._lock = threading.Lock()

    def _start(self) -> bool:
        import tempfile

        folder = tempfile.mkdtemp(prefix="teachapp-forks-")
        self._path = os.path.join(folder, "socket")
        self._env = _interpreter_env(dict(os.environ))
        proc = subprocess.Popen([sys.executable, __file__, self._path], cwd=REPO,
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        if proc.stdout is None or proc.stdout.readline() != b"ready\n":
            proc.kill()
            proc.wait()
            return False
        self._proc = proc
        return True

    def served(self, env: dict[str, str]) -> bool:
        """Whether a child with ``env`` can be forked from the server (starting it)."""
        with self._lock:
            if self._failed:
                return False
            if self._proc is None and not self._start():
                self._failed = True
                return False
        return _interpreter_env(env) == self._env

    def run(self, args: list[str], env: dict[str, str], cwd: Path, stdin: int,
            stdout: int, stderr: int, timeout: float) -> int:
        """Run ``python -m teachapp *args`` forked from the server, with those files as
        its standard input, output and error; its exit code. On ``timeout`` the child is
        killed and :class:`subprocess.TimeoutExpired` raised (the caller adds what it
        printed)."""
        request = json.dumps({"args": args, "env": env, "cwd": str(cwd)}).encode() + b"\n"
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
            try:
                conn.connect(self._path)
            except OSError as gone:  # (the server ended: nothing was run)
                self._failed = True
                raise Unreached(str(gone)) from gone
            socket.send_fds(conn, [request], [stdin, stdout, stderr])
            said = b""
            while said.count(b"\n") < 1:
                said += _received(conn)
            pid = int(said.split(b"\n")[0])
            conn.settimeout(timeout)
            try:
                while said.count(b"\n") < 2:
                    said += _received(conn)
            except TimeoutError:
                os.kill(pid, signal.SIGKILL)
                raise subprocess.TimeoutExpired(
                    [sys.executable, "-m", "teachapp", *args], timeout) from None
            except BaseException:  # (pytest-timeout, Ctrl-C: as subprocess.run, kill it)
                os.kill(pid, signal.SIGKILL)
                raise
            return int(said.split(b"\n")[1])

    def close(self) -> None:
        if self._proc is not None:
            self._proc.kill()  # (its children are the tests' and end by themselves)
            self._proc.wait()
            self._proc = None
            try:
                os.unlink(self._path)
                os.rmdir(os.path.dirname(self._path))
            except OSError:
                pass


if __name__ == "__main__":
    main(sys.argv[1])
