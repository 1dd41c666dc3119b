"""Which devices a real home last listed, and when: one place for every backend.

Zigbee2MQTT's ``bridge/devices`` and Home Assistant's entities are kept the same way,
in the database's ``device_list`` table (``store.device_lists``, revision 0034), one
row per home: every process and computer sharing the database then knows the home's
devices while it is out of reach, and says the list is the last one seen, and when.
Home Assistant's list was not kept at all: a removed entity stayed in ``devices`` and
``list`` for good, and with Home Assistant down nothing said the list was old.

A database that cannot be read or written stops nothing here: the backend goes on
with what it hears, and the failure is logged.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from ..store import DeviceList, Store

__all__ = ["Listed", "keep_listed", "last_listed", "note_reported"]

log = logging.getLogger(__name__)


Listed = DeviceList
"""A home's last device list, as the backend gave it (``listed_at``: when it came)."""


def last_listed(store: Store, home: str) -> Listed | None:
    """``home``'s last list, or None when it never gave one (or the database cannot
    be read: logged)."""
    from ..store import read_device_list

    try:
        kept = read_device_list(store, home)
    except Exception as exc:  # the backend's own answer, when it comes, still serves
        log.warning("cannot read the device list of %s from the database: %s", home, exc)
        return None
    return kept


def keep_listed(store: Store, home: str, devices: list[Any], *,
                reported: dict[str, set[str]] | None = None,
                at: datetime | None = None) -> bool:
    """Keep ``devices`` as ``home``'s list, received ``at`` (now); whether it was kept."""
    from ..store import keep_device_list

    try:
        keep_device_list(store, home, devices, reported=reported, at=at)
    except Exception as exc:  # kept next time the home lists them
        log.warning("cannot keep the device list of %s in the database: %s", home, exc)
        return False
    return True


def note_reported(store: Store, home: str, reported: dict[str, set[str]]) -> None:
    """Note attributes devices reported (a state seen is theirs, not a default)."""
    from ..store import note_reported_attributes

    try:
        note_reported_attributes(store, home, reported)
    except Exception as exc:  # noted again when the device next reports
        log.warning("cannot note the states the devices of %s reported: %s", home, exc)
