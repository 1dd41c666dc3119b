"""Shared pieces of the command-line handlers: printing lines and JSON (and
``open_store`` from the composition root, for the handlers)."""

from __future__ import annotations

import json
import logging
import sys
from typing import TYPE_CHECKING, Any

from ..domain import Device, Step

if TYPE_CHECKING:
    from ..settings import Settings
    from ..store import Snapshot, Store

__all__ = ["describe_steps", "device_json", "emit_json", "open_store", "read_home",
           "say_line", "tell_created"]


def open_store(args: Any, *, default_home: bool = True, reading: bool = False) -> Store:
    """``conversation.open_store``, imported when a command first needs the database
    (so ``teachapp --help`` and argument errors never load it). ``reading``: the
    command only reads (it then works on a disk mounted read-only, and says so)."""
    from ..conversation.runtime import open_store as _open

    store = _open(args, default_home=default_home, reading=reading)
    tell_created(store)
    return store


def read_home(args: Any, *, settings: Settings | None = None) -> Snapshot:
    """Routines and devices as stored, for commands that only read them: without
    SQLAlchemy when the database needs nothing done (``conversation.read_home``),
    else opened as ``open_store`` opens it."""
    from ..conversation.snapshot import read_home as _read

    home = _read(args, settings=settings, opened=tell_created)
    assert home is not None  # with fallback, always a snapshot
    return home


def tell_created(store: Store) -> None:
    """One line on stderr when the database was just made in a new folder."""
    from ..conversation.runtime import created_note

    note = created_note(store)
    if note:
        sys.stderr.write(f"teachapp: {note}\n")
        sys.stderr.flush()

log = logging.getLogger(__name__)


def emit_json(obj: Any) -> None:
    """Print one JSON object on one line and flush (for pipes)."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def say_line(text: str) -> None:
    """Print a line of the assistant's words and flush."""
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def device_json(device: Device) -> dict[str, Any]:
    """The object of ``devices --json`` (and ``run --json``)."""
    out: dict[str, Any] = {"id": device.id, "name": device.name, "room": device.room,
                           "kind": device.kind, "state": device.state}
    if device.unreported:  # (then "state" holds only what it reported: maybe nothing)
        out["unreported"] = device.unreported
    if device.attributes:  # what a real home says it has (Zigbee2MQTT's exposes)
        out["attributes"] = list(device.attributes)
    return out


def describe_steps(names: dict[str, str], steps: list[Step]) -> str:
    """Steps in one line, told as chat and the window tell them ("turn off TV and Desk
    lamp and then wait 5 seconds"); ``names`` maps device ids to names (read once per
    command)."""
    from ..conversation.steps_told import steps_sentence  # (domain only: no parser)

    return steps_sentence(steps, names)
