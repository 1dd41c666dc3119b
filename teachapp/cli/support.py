"""Shared pieces of the command-line handlers: printing lines and JSON (and
``open_store`` from the composition root, for the handlers)."""

from __future__ import annotations

import json
import logging
import sys
from typing import Any

from ..conversation import open_store

__all__ = ["emit_json", "open_store", "say_line"]

log = logging.getLogger(__name__)


def emit_json(obj: Any) -> None:
    """Print one JSON object on one line and flush (for pipes)."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def say_line(text: str) -> None:
    """Print a line of the assistant's words and flush."""
    sys.stdout.write(text + "\n")
    sys.stdout.flush()
