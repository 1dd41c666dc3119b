"""The device backend interface: the simulated home, MQTT and Home Assistant obey it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from ..domain import Device

__all__ = ["BackendStatus", "DeviceBackend", "DeviceListener", "aside", "noted"]

DeviceListener = Callable[[Device], None]


def aside(note: str) -> str:
    """A note put after a sentence in brackets, without its own full stop: the
    password note in the broker's status read "...file-based one).)." before."""
    return f" ({note.rstrip().rstrip('.')})"


def noted(sentence: str, note: str) -> str:
    """A sentence, then a note of its own sentences after it (a keyring's trouble):
    a bracket after the full stop read "...('teachapp backend show'). (Cannot read
    ... one))", the note's own brackets closing it without a stop."""
    sentence, note = sentence.rstrip(), note.strip()
    if not note:
        return sentence
    stop = "" if sentence.endswith((".", "!", "?")) else "."
    note = note[:1].upper() + note[1:]
    return f"{sentence}{stop} {note}{'' if note.endswith(('.', '!', '?')) else '.'}"


@dataclass(frozen=True)
class BackendStatus:
    """What the status bar and ``doctor`` say about a backend."""

    name: str
    connected: bool
    message: str = ""
    problem: str = ""
    """What is wrong without the command line's way to fix it ("… check that it is
    running and the host and port", where ``message`` adds "('teachapp backend
    show')"): for the window, whose Settings → Devices is the way out. "" when
    ``message`` has no such advice."""

    @property
    def reason(self) -> str:
        """``problem``, or ``message`` when it holds no command-line advice."""
        return self.problem or self.message


@runtime_checkable
class DeviceBackend(Protocol):
    """Reads and changes devices. ``apply`` returns only once the device confirmed.

    Implementations must never block forever: ``apply`` gives up after ``timeout``
    seconds with ``DeviceUnavailableError`` naming the device.
    """

    name: str

    def devices(self) -> list[Device]:
        """Every device with its last known state."""
        ...

    def device(self, device_id: str) -> Device:
        """One device; ``UnknownDeviceError`` when there is no such device."""
        ...

    def apply(self, device_id: str, changes: dict[str, Any], *,
              timeout: float = 5.0) -> Device:
        """Set attributes and wait for the device to confirm; the confirmed device."""
        ...

    def add_listener(self, listener: DeviceListener) -> None:
        """Call ``listener`` (from any thread) whenever a device's state changes."""
        ...

    def status(self) -> BackendStatus:
        ...

    def close(self) -> None:
        ...
