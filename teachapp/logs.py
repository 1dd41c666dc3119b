"""Logging: details go to a private log file in the user log dir, not to the screen."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path

from .paths import log_dir

__all__ = ["log_file", "setup_logging"]

_configured = False


def log_file() -> Path:
    return log_dir() / "teachapp.log"


def setup_logging(*, verbose: bool = False) -> None:
    """Log INFO and up to a rotating file readable only by the user."""
    global _configured
    root = logging.getLogger("teachapp")
    if _configured:
        return
    _configured = True
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    root.propagate = False
    try:
        path = log_file()
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        os.chmod(path, 0o600)
        handler.setFormatter(logging.Formatter(
            "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    except OSError:
        pass  # no writable log dir: the app still works
    if verbose:
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(stream)
