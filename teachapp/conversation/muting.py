"""The volume a muted TV or speaker had before it was muted: what "unmute" puts back.

Read from what the engine already keeps, newest first: the undo record of the run that
muted it (its ``before`` holds the volume the run replaced, also a volume the app never
changed before, such as the simulated TV's first 30 %); when the newest run that set the
volume did not mute it (muted with its own remote since), the device history's newest
volume above 0. None when neither says; the parser then uses its ``unmuted_volume``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["volume_before_mute"]

_RUNS = 50
"""How many of the newest runs are looked through."""
_CHANGES = 200
"""How many of the device's newest recorded changes are looked through."""


def volume_before_mute(store: Store, device_id: str) -> float | None:
    """The volume ``device_id`` had before its newest mute; None when nothing says."""
    for run in store.recent_runs(limit=_RUNS):
        after = run.after.get(device_id, {}).get("volume")
        if after is None:
            continue
        before = run.before.get(device_id, {}).get("volume")
        if after == 0 and before:
            return float(before)
        break  # (the newest volume this app set was no mute)
    for change in store.history(device_id=device_id, newest_first=True, limit=_CHANGES):
        volume = change.changes.get("volume")
        if volume:
            return float(volume)
    return None
