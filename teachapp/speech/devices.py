"""Microphones PortAudio can open, listed without loading numpy or a recogniser
(the status bar asks at start-up)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

__all__ = ["InputDevice", "list_input_devices", "sounddevice_module"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class InputDevice:
    """A microphone PortAudio can open."""

    index: int
    name: str
    channels: int
    default_rate: float
    is_default: bool


def sounddevice_module() -> Any:
    """The sounddevice module, or None when PortAudio itself is missing.
    Public: :mod:`audio` opens its streams with it."""
    try:
        import sounddevice
    except (ImportError, OSError) as exc:
        log.info("sounddevice unavailable: %s", exc)
        return None
    return sounddevice


def list_input_devices() -> list[InputDevice]:
    """Input devices; an empty list when there are none (not an error)."""
    sd = sounddevice_module()
    if sd is None:
        return []
    try:
        devices = sd.query_devices()
        default_in = sd.default.device[0] if sd.default.device else -1
    except Exception as exc:  # PortAudioError and friends: no audio system at all
        log.info("cannot list audio devices: %s", exc)
        return []
    return [InputDevice(i, str(d["name"]), int(d["max_input_channels"]),
                        float(d["default_samplerate"]), i == default_in)
            for i, d in enumerate(devices) if int(d.get("max_input_channels", 0)) > 0]
