"""The device backend interface: the simulated home, MQTT and Home Assistant obey it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol, runtime_checkable

from ..domain import Device

__all__ = ["BackendStatus", "DeviceBackend", "DeviceListener", "aside", "listed_said",
           "noted"]

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


def listed_said(at: datetime) -> str:
    """When a device list came, as a person reads it: "Mon 7 Dec at 06:40", in the
    computer's own zone (the day said, so a list of last week does not pass for today's)."""
    from ..schedule import run_said

    return run_said(at.astimezone())


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
    retrying: bool = False
    """Not connected, and the backend goes on trying by itself (chat, the window, the
    service): the front end says so in its own words. ``message`` and ``problem`` say only
    what is wrong: they ended "; retrying", which the window and chat cut off by string
    ("…; reconnecting" slipped through). False when connected, for a one-shot command
    (it exits first) and for a refused password or token, which waiting will not fix."""
    refused: bool = False
    """The home answered and refused the login (a password or token): only a right one
    fixes it, not waiting."""
    listed_at: datetime | None = None
    """Not connected, and the devices shown are the list the home last gave, received
    then (aware); None when connected or when no list was ever received."""

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
