"""Whose change a device's report is: the cause of the ``apply`` waiting for it.

A live backend (MQTT, Home Assistant) learns a device's new state on its network
thread, where no cause is set, and saves it there before the waiting ``apply`` wakes.
Without this, a lamp a routine turned on was stored as changed "outside the app", so
"why is the lamp on?" and "what did you do today?" blamed the person's hand. While an
``apply`` waits, its caller's cause (``store.change_cause``) is lent to the reports of
that device.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext

from ..store import change_cause, current_cause

__all__ = ["AwaitedCauses"]


class AwaitedCauses:
    """Device id -> the cause of the ``apply`` calls now waiting on it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._waiting: dict[str, list[tuple[str, str | None]]] = {}

    @contextmanager
    def awaiting(self, device_id: str) -> Iterator[None]:
        """Around an ``apply``: reports of ``device_id`` meanwhile are its caller's."""
        cause = current_cause()
        with self._lock:
            self._waiting.setdefault(device_id, []).append(cause)
        try:
            yield
        finally:
            with self._lock:
                causes = self._waiting[device_id]
                causes.remove(cause)
                if not causes:
                    del self._waiting[device_id]

    def of(self, device_id: str) -> AbstractContextManager[None]:
        """Around saving a report of ``device_id``: the newest waiting cause, if any."""
        with self._lock:
            causes = self._waiting.get(device_id)
            cause = causes[-1] if causes else None
        if cause is None or cause[0] == "outside":
            return nullcontext()
        return change_cause(*cause)
