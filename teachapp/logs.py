"""Logging: details go to a private log file in the user log dir, not to the screen.

No log file (``TEACHAPP_LOG_DIR`` naming a file, a read-only disk) stops nothing: the
log is where details go, never what a command needs. It is said, though (each command's
one line on stderr, the window's reply strip, ``doctor``'s ``log`` row), because an
error that says "details are in the log" must not point at a log that is not kept.
"""

from __future__ import annotations

import errno
import logging
import logging.handlers
import os
import sys
from pathlib import Path

from .errors import TeachappError
from .paths import log_dir

__all__ = ["details_where", "log_file", "logging_problem", "setup_logging"]

_configured = False
_problem: str | None = None


def log_file() -> Path:
    """The log file; ``FolderError`` (an OSError) when its folder cannot be made."""
    return log_dir() / "teachapp.log"


def logging_problem() -> str | None:
    """Why no log file is kept, with the fix, after ``setup_logging``; None when one is."""
    return _problem


def details_where() -> str:
    """Where the details of an unexpected error are, as the end of a sentence to show:
    "Details are in FILE." or, with no log kept, how to see them."""
    if _problem is None:
        try:
            return f"Details are in {log_file()}."
        except OSError:
            pass
    return "No log is kept (see 'teachapp doctor'); run teachapp with -v to see the details."


def setup_logging(*, verbose: bool = False) -> None:
    """Log INFO and up to a rotating file readable only by the user."""
    global _configured, _problem
    root = logging.getLogger("teachapp")
    if _configured:
        return
    _configured = True
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    root.propagate = False
    path: Path | None = None
    try:
        path = log_file()
        if path.is_symlink():  # (the lines and the mode would go to the file it names)
            _problem = _linked(path)
        else:
            handler: logging.Handler = _LogFile(
                path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
            os.chmod(path, 0o600)
            handler.setFormatter(logging.Formatter(
                "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"))
            root.addHandler(handler)
    except OSError as exc:  # no writable log: the app still works, and says so
        _problem = _no_log(exc, path)
    if verbose:
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(stream)


class _LogFile(logging.handlers.RotatingFileHandler):
    """The log file, which stops when a write to it fails (its disk filled up since it was
    opened) and says so once, as a log that cannot be opened is said: Python's handler
    printed "--- Logging error ---" and a traceback on stderr for every line logged."""

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        global _problem
        exc = sys.exc_info()[1]
        if not isinstance(exc, OSError):
            super().handleError(record)
            return
        logging.getLogger("teachapp").removeHandler(self)
        try:
            self.close()
        except OSError:  # (the close flushes what could not be written)
            pass
        if _problem is None:
            _problem = _no_log(exc, Path(self.baseFilename))
            print(f"teachapp: {_problem}", file=sys.stderr)


def _linked(path: Path) -> str:
    """Why a log file that is a symbolic link is not written: teachapp would append to,
    and make private, the file it names, outside the log folder."""
    return (f"The log file {path} is a link to {os.readlink(path)}, and teachapp writes "
            "its log only inside its own folder. Everything else works, but no log is "
            "kept. Remove the link, or set TEACHAPP_LOG_DIR to another folder.")


def _no_log(exc: OSError, path: Path | None) -> str:
    if isinstance(exc, TeachappError):  # the folder (paths.FolderError): names its variable
        problem, fix = exc.problem, exc.fix
    else:
        where = path or "the log file"
        problem = f"Cannot write the log file {where}: {(exc.strerror or str(exc)).lower()}."
        fix = ("Free some space on that disk, or set TEACHAPP_LOG_DIR to a folder on another "
               "disk." if exc.errno == errno.ENOSPC else "Make it writable for you, or set "
               "TEACHAPP_LOG_DIR to a folder you can write to.")
    return f"{problem} Everything else works, but no log is kept. {fix}".strip()
