"""What the home knows of a device's state: only what the device itself reported.

A stored state starts as the kind's default (off, brightness 100 %, colour temperature
3000 K) and a real home's device may never have said any of it, or may not even have
the attribute (a lamp with no colour temperature). Every front end (``devices``, chat's
"is the lamp on?", the window's tiles) reads a device through this rule, so none of
them says a default as if it had been heard.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from typing import Any

from ..domain import Device

__all__ = ["NOT_REPORTED", "as_heard", "heard_state"]

NOT_REPORTED = "not reporting its state"
"""Said after a device's name ("Desk lamp is not reporting its state.") when it has
reported nothing teachapp heard."""


def heard_state(stored: Mapping[str, Any], attributes: Sequence[str],
                heard: Collection[str]) -> dict[str, Any]:
    """The part of a stored state the device reported: its own ``attributes`` that it
    was ``heard`` to report, in their order."""
    return {a: stored[a] for a in attributes if a in heard and a in stored}


def as_heard(device: Device, attributes: Sequence[str], heard: Collection[str]) -> Device:
    """A stored device as the home knows it, without reaching the home: what it has
    (``attributes``), the state it reported, and ``NOT_REPORTED`` when it reported
    none."""
    state = heard_state(device.state, attributes, heard)
    return replace(device, state=state, unreported=device.unreported or (
        "" if state else NOT_REPORTED), attributes=tuple(attributes))
