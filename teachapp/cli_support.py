"""Shared pieces of the command-line handlers: opening the store, printing JSON."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from typing import Any

from .home import ensure_default_home
from .paths import default_database
from .settings import Settings
from .store import Store

__all__ = ["emit_json", "open_store", "say_line"]

log = logging.getLogger(__name__)


def open_store(args: argparse.Namespace, *, default_home: bool = True) -> Store:
    """The database of ``--db`` / ``TEACHAPP_DB`` / the user data dir, ready to use."""
    store = Store.open(getattr(args, "db", None) or default_database())
    # The simulated home fills an empty database; a real home brings its own devices.
    if default_home and Settings().get("backend", "type", "simulated") == "simulated":
        ensure_default_home(store)
    return store


def emit_json(obj: Any) -> None:
    """Print one JSON object on one line and flush (for pipes)."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def say_line(text: str) -> None:
    """Print a line of the assistant's words and flush."""
    sys.stdout.write(text + "\n")
    sys.stdout.flush()
