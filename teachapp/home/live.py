"""What the two live backends (Home Assistant, MQTT) share around a change: the caller's
cause lent to the device's reports while ``apply`` waits (:mod:`awaited`), and the
listeners told of every confirmed change. One place, so a third live backend cannot
forget to lend the cause and blame the person's hand for a routine's change."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any

from ..domain import Device
from .awaited import AwaitedCauses
from .backend import DeviceListener
from .listeners import Listeners

__all__ = ["LiveBackend"]


class LiveBackend(ABC):
    """A backend whose devices answer over the network; subclasses write ``_apply``."""

    def __init__(self, *, keeps_trying: bool = True) -> None:
        self._causes = AwaitedCauses()
        self._listeners = Listeners()
        self.keeps_trying = keeps_trying
        """The process goes on (chat, the window, the service), so the backend retries a
        home out of reach and says so; False for a one-shot command (``teachapp run``,
        ``undo``, ``backend … --test``), which exits first: it said "…; retrying" and
        "teachapp reconnects by itself" to a person back at the prompt."""

    def _retry_word(self, word: str = "retrying") -> str:
        """The word a run's reason ends with ("…; retrying") for a problem the backend
        goes on trying past; "" for a one-shot command."""
        return word if self.keeps_trying else ""

    @staticmethod
    def _with_retry(problem: str, word: str) -> str:
        """``problem`` as a step's reason says it: "…; retrying" when ``word`` says so
        (the status keeps the two apart: ``BackendStatus.retrying``)."""
        return f"{problem}; {word}" if problem and word else problem

    def _reconnects(self) -> str:
        """" teachapp reconnects by itself." after a sentence, when it does."""
        return " teachapp reconnects by itself." if self.keeps_trying else ""

    def apply(self, device_id: str, changes: dict[str, Any], *,
              timeout: float = 5.0) -> Device:
        """Ask the device for ``changes``; return once its reported state shows them."""
        with self._causes.awaiting(device_id):  # its report is the caller's change
            return self._apply(device_id, changes, timeout)

    @abstractmethod
    def _apply(self, device_id: str, changes: dict[str, Any], timeout: float) -> Device:
        """Send ``changes`` and wait up to ``timeout`` s for the device's report of them."""

    def add_listener(self, listener: DeviceListener) -> None:
        self._listeners.add(listener)

    def remove_listener(self, listener: DeviceListener) -> None:
        self._listeners.remove(listener)
