"""The simulated home: devices that live in the database and answer at once."""

from __future__ import annotations

import logging
import threading
from typing import Any

from ..domain import Device, validate_changes
from ..store import Store
from .backend import BackendStatus, DeviceListener
from .listeners import Listeners

__all__ = ["SimulatedBackend"]

log = logging.getLogger(__name__)


class SimulatedBackend:
    """Device states persisted in the Store, so every process sees the same home."""

    name = "simulated"

    def __init__(self, store: Store) -> None:
        self._store = store
        self._listeners = Listeners()
        self._lock = threading.Lock()

    def devices(self) -> list[Device]:
        return self._store.devices()

    def device(self, device_id: str) -> Device:
        return self._store.device(device_id)

    def apply(self, device_id: str, changes: dict[str, Any], *,
              timeout: float = 5.0) -> Device:
        values = validate_changes(device_id, changes)
        with self._lock:
            device = self._store.update_states({device_id: values})[device_id]
        self._listeners.notify(device)
        return device

    def add_listener(self, listener: DeviceListener) -> None:
        self._listeners.add(listener)

    def status(self) -> BackendStatus:
        return BackendStatus(self.name, True, "simulated home")

    def close(self) -> None:
        self._listeners.clear()
