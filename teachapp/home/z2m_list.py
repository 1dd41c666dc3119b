"""Zigbee2MQTT's last device list, kept in the database as every home's (``listed``).

Every process and every computer sharing the database finds the devices there while
the broker is down: ``teachapp devices``, teaching, the window's tiles. A list an
older teachapp kept only in its file in the user data folder is read once and copied
into the database. ``listed_at`` says when the list came, so a list shown while the
broker is out of reach is said to be the last one seen, and when.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime
from pathlib import Path
from typing import Any

from ..store import Store
from . import listed
from .mqtt_config import MqttConfig, read_device_cache, read_reported

__all__ = ["home_key", "keep_listed", "last_list", "note_heard"]

log = logging.getLogger(__name__)


def home_key(config: MqttConfig) -> str:
    """The database's name for this broker's home: address and base topic."""
    return f"mqtt {config.address}/{config.base_topic}"


def last_list(store: Store, config: MqttConfig, cache_file: Path | None = None
              ) -> tuple[list[Any], dict[str, set[str]], datetime | None]:
    """(the ``bridge/devices`` list, device id -> attributes it ever reported, when the
    list came) as last seen; ([], {}, None) when this broker never listed any. From
    the database (``listed``); else from ``cache_file``, which is then copied into the
    database."""
    kept = listed.last_listed(store, home_key(config))
    if kept is not None:
        return kept.devices, kept.reported, kept.listed_at
    if cache_file is None:
        return [], {}, None
    devices = read_device_cache(cache_file, config)
    reported = read_reported(cache_file, config)
    if not devices:
        return [], reported, None
    at = _file_time(cache_file)
    listed.keep_listed(store, home_key(config), devices, reported=reported, at=at)
    return devices, reported, at


def keep_listed(store: Store, config: MqttConfig, payload: bytes) -> None:
    """Keep a ``bridge/devices`` payload as this broker's list, received now."""
    try:
        devices = json.loads(payload)
    except ValueError as exc:
        log.warning("Zigbee2MQTT's device list is not JSON: %s", exc)
        return
    if isinstance(devices, list):
        listed.keep_listed(store, home_key(config), devices)


def note_heard(store: Store, config: MqttConfig, reported: dict[str, set[str]]) -> None:
    """Note attributes devices reported (a state seen is theirs, not a default)."""
    listed.note_reported(store, home_key(config), reported)


def _file_time(path: Path) -> datetime | None:
    from datetime import UTC

    try:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC)
    except OSError:
        return None
