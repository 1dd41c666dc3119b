""""Why is the TV on?", "who turned the heating off?": a device's state and what last
changed it, from the device history (every change is recorded with its cause: a
routine, a schedule, a device command, the window, a hunch, an undo, or outside the
app). Pure functions over values; ``manage`` reads the store and says the lines.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, tzinfo

from ..domain import Device, describe_state, names_singular
from ..store import DeviceChange
from .recap import spoken_when
from .teaching import spoken_state

__all__ = ["STATE_WORDS", "why_lines"]

STATE_WORDS: Mapping[str, tuple[str, object]] = {
    "on": ("on", True), "off": ("on", False), "playing": ("on", True),
    "running": ("on", True), "locked": ("locked", True), "unlocked": ("locked", False),
    "open": ("position", 100), "closed": ("position", 0), "shut": ("position", 0)}
"""A state said in the question and the attribute value it names: "why are the lights
on?" asks about the lights that are on."""


def _cause_words(change: DeviceChange, renamed: Mapping[str, str]) -> str:
    detail = change.detail or ""
    if detail in renamed and change.cause in ("routine", "schedule"):
        detail = f"{detail} (now called {renamed[detail]})"  # (the name it ran under)
    return {
        "routine": f"by {detail}" if detail else "by a routine",
        "schedule": f"by {detail} on its schedule" if detail else "on a schedule",
        "command": f"when you said \"{detail}\"" if detail else "by a device command",
        "window": "in the window",
        "hunch": "by a hunch you agreed to",
        "undo": f"when you undid {detail}" if detail else "by an undo",
        "redo": f"when you redid {detail}" if detail else "by a redo",
        "outside": "outside the app (by hand, by another app or by the device itself)",
    }.get(change.cause, f"by {change.cause}")


def why_lines(devices: Sequence[Device], newest: Mapping[str, DeviceChange | None],
              now: datetime, zone: tzinfo, renamed: Mapping[str, str] | None = None
              ) -> list[str]:
    """One sentence per device: its state now and its newest recorded change ("The TV is
    on. It was last changed by Cinema time today at 21:03: on, volume 20 %."). A routine
    renamed since is said by the name it ran under and the one it has now (``renamed``:
    old name to new)."""
    lines = []
    for device in devices:
        be = "is" if names_singular([device.name]) else "are"
        state = f"{device.name} {be} {spoken_state(device)}."
        change = newest.get(device.id)
        if change is None:
            lines.append(f"{state} I have no record of what changed "
                         f"{'it' if be == 'is' else 'them'}.")
            continue
        at = datetime.fromtimestamp(change.at, zone)
        what = describe_state(device.kind, change.changes)
        lines.append(f"{state} {'It was' if be == 'is' else 'They were'} last changed "
                     f"{_cause_words(change, renamed or {})}, "
                     f"{spoken_when(at, now, zone)}" + (f": {what}." if what else "."))
    return lines
