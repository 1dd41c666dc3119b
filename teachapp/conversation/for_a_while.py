"""A change for a while: "turn the tv on for an hour", "heating to 24 for 30 minutes",
"unlock the front door for 10 minutes".

The change is a device command like any other, done now; putting it back is a timer
like any other ("what timers are set?", "cancel the telly timer", "cancel that"), so
nothing here runs or stores anything. What is put back when the time is up:

- a switch said one way is switched the other way (on -> off, unlocked -> locked);
  one that was already so is put back only to rest, off or locked: "the tv on for an
  hour" means off after the hour even when it was on already, but "the tv off for an
  hour" with the TV off means it stays off, not that it comes on by itself after the
  hour (and "lock the door for an hour" when locked does not unlock it later);
- a level goes back to what it was before ("heating to 24 for 30 minutes" goes back to
  21); a level that was already so has nothing to put back.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ..domain import Device, SetStep
from .time_words import delay_said

__all__ = ["ForAWhile", "for_a_while", "put_back"]

_AT_REST = {"on": False, "locked": True}
"""The value a switch is left at by itself: a timer never turns on or unlocks what was
not on or unlocked before."""

_FOR = re.compile(r"\s*,?\s+for\s+(?:the\s+next\s+|another\s+)?")
"""Where the length of time begins: "... for an hour", "..., for the next 20 minutes"."""


@dataclass(frozen=True)
class ForAWhile:
    """A device command said with how long it should last."""

    words: str
    """The command's own words ("turn the tv on")."""
    command: Any
    """The parsed ``DeviceCommand``."""
    seconds: int
    """How long ("for an hour": 3600)."""
    back: list[SetStep]
    """What the timer sets when the time is up (empty: nothing to put back)."""
    length: str = ""
    """The words of how long ("for an hour"), to say back in a question."""


def for_a_while(text: str, parse: Callable[[str], Any],
                devices: Iterable[Device]) -> ForAWhile | None:
    """The change for a while that ``text`` asks for, or None when it is not a device
    command followed by "for" and a length of time. ``parse`` is the device-command
    parser (words -> ``DeviceCommand`` or None); ``devices`` are the states now."""
    cleaned = " ".join(text.lower().strip().rstrip("?.!").split())
    for split in reversed(list(_FOR.finditer(cleaned))):
        seconds = delay_said(cleaned[split.end():])
        if not seconds:
            continue
        words = cleaned[: split.start()].rstrip(",")
        command = parse(words) if words else None
        if command is None or not command.steps:
            return None
        return ForAWhile(words, command, seconds, put_back(command.steps, devices),
                         cleaned[split.start():].strip(" ,"))
    return None


def put_back(steps: Iterable[Any], devices: Iterable[Device]) -> list[SetStep]:
    """The steps that undo ``steps`` when the while is over, from the states now (the
    module docstring says what is put back)."""
    states = {device.id: device.state for device in devices}
    back = []
    for step in steps:
        if not isinstance(step, SetStep):
            continue
        before = states.get(step.device, {})
        undo = {key: (not value) if isinstance(value, bool) else before[key]
                for key, value in step.set.items()
                if _changed(key, value, before)}
        if undo:
            back.append(SetStep(step.device, undo))
    return back


def _changed(key: str, value: Any, before: dict[str, Any]) -> bool:
    """Whether ``key`` said as ``value`` has something to put back: a level or switch
    that was not so already, or a switch said away from rest (on, unlocked) even when
    it was so."""
    if key in before and before[key] == value:
        return isinstance(value, bool) and _AT_REST.get(key) == (not value)
    return isinstance(value, bool) or key in before
