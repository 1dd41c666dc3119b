"""The device listeners a backend tells about every confirmed change."""

from __future__ import annotations

import logging

from ..domain import Device
from .backend import DeviceListener

__all__ = ["Listeners"]

log = logging.getLogger(__name__)


class Listeners:
    """A backend's listeners. ``notify`` runs on whatever thread saw the change
    (paho's, the Home Assistant reader, the caller's), so a failing listener is
    logged and never stops that thread or the other listeners."""

    def __init__(self) -> None:
        self._items: list[DeviceListener] = []

    def add(self, listener: DeviceListener) -> None:
        self._items.append(listener)

    def remove(self, listener: DeviceListener) -> None:
        if listener in self._items:
            self._items.remove(listener)

    def notify(self, device: Device) -> None:
        for listener in list(self._items):
            try:
                listener(device)
            except Exception:
                log.exception("device listener failed")

    def clear(self) -> None:
        self._items.clear()
