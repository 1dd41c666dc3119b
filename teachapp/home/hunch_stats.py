"""What is usual for each device, learned from the history one change at a time.

For every device that has an "active" state (light on, lock unlocked, cover open,
player on): the time it spent active and the time it was watched, per hour of the
week, and its finished active episodes (when they began and ended, and what ended
them). Recent weeks count more than old ones (``half_life_days``): habits change.

The learner is incremental, so a watcher that follows the history pays only for the
new rows; ``hunches.HunchModel`` is a snapshot of it at a moment.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from ..domain import kind_of

__all__ = ["ACTIVE", "HOURS_OF_WEEK", "DeviceStats", "Episode", "HistoryLearner",
           "hour_of_week", "is_active"]

HOURS_OF_WEEK = 168
EPISODES_KEPT = 400
"""Finished active episodes remembered per device (about a year of daily use)."""

ACTIVE: dict[str, tuple[str, Any, Any]] = {
    # kind: (attribute, active value test, value that ends it)
    "light": ("on", True, False),
    "switch": ("on", True, False),
    "fan": ("on", True, False),
    "media_player": ("on", True, False),
    "lock": ("locked", False, True),
    "cover": ("position", "open", 0),
}


def is_active(kind: str, state: dict[str, Any]) -> bool | None:
    """Whether a state is the "active" one (None: this kind has no such state)."""
    spec = ACTIVE.get(kind)
    if spec is None or spec[0] not in state:
        return None
    attribute, active, _ = spec
    value = state[attribute]
    if active == "open":
        return bool(value) and value > 0
    return value == active


def hour_of_week(seconds: float, zone: ZoneInfo) -> int:
    local = datetime.fromtimestamp(seconds, zone)
    return local.weekday() * 24 + local.hour


@dataclass(frozen=True)
class Episode:
    """A finished active episode: from ``start`` to ``end``, ended by ``cause``."""

    start: float
    end: float
    cause: str
    quiet_before: float = 0.0
    """Seconds nothing in the home had changed when it ended (unattended till then)."""


@dataclass
class DeviceStats:
    active: list[float] = field(default_factory=lambda: [0.0] * HOURS_OF_WEEK)
    """Recency-weighted seconds active, per hour of the week (local time)."""
    seen: list[float] = field(default_factory=lambda: [0.0] * HOURS_OF_WEEK)
    """Recency-weighted seconds the state was known, per hour of the week."""
    state: dict[str, Any] = field(default_factory=dict)
    current: bool | None = None
    since: float | None = None
    """When the current (active or not) state began."""
    last_touch: float | None = None
    """The last change of any attribute of this device (brightness, volume...)."""
    episodes: deque[Episode] = field(default_factory=lambda: deque(maxlen=EPISODES_KEPT))
    judged: dict[float, bool] = field(default_factory=dict)
    """episode start -> left on deliberately (judged once, by ``hunches.HunchModel``)."""


@dataclass
class HistoryLearner:
    """Statistics of the history fed so far, oldest change first."""

    zone: ZoneInfo
    half_life_days: float | None = None
    first: float | None = None
    last: float | None = None
    last_change: float | None = None
    devices: dict[str, DeviceStats] = field(default_factory=dict)

    def weight(self, at: float) -> float:
        """Recency weight of a moment, relative to the first change (grows with time)."""
        if not self.half_life_days or self.first is None:
            return 1.0
        return 2.0 ** ((at - self.first) / (self.half_life_days * 86400))

    def feed(self, at: float, device_id: str, changes: dict[str, Any],
             cause: str = "outside") -> None:
        """Follow one recorded change (UTC seconds, changed values, its cause)."""
        if self.first is None:
            self.first = at
        quiet_before = 0.0 if self.last is None else at - self.last
        self.last = at if self.last is None else max(self.last, at)
        self.last_change = self.last
        stats = self.devices.get(device_id)
        if stats is None:
            stats = self.devices[device_id] = DeviceStats()
        stats.state.update(changes)
        stats.last_touch = at
        active = is_active(kind_of(device_id), stats.state)
        if active is None or active == stats.current:
            return
        if stats.current is None and active and at > self.first:
            # Its first recorded change makes it active: it was not before (a change
            # is recorded only when the value differs), since the history began.
            self.add_interval(stats, False, self.first, at)
        if stats.current is not None and stats.since is not None:
            self.add_interval(stats, stats.current, stats.since, at)
            if stats.current:
                stats.episodes.append(Episode(stats.since, at, cause, quiet_before))
        stats.current, stats.since = active, at

    def add_interval(self, stats: DeviceStats, active: bool, start: float, end: float,
                     scale: float = 1.0) -> None:
        """Spread an interval over the hours of the week it covers (local time; the UTC
        offset of its start is used throughout, an hour off at most across a DST change)."""
        if end <= start:
            return
        offset = datetime.fromtimestamp(start, self.zone).utcoffset()
        shift = offset.total_seconds() if offset is not None else 0.0
        seen, act = stats.seen, stats.active
        half_life = (self.half_life_days or 0.0) * 86400
        first = self.first or start
        at = start
        while at < end:
            local_hour = int((at + shift) // 3600)
            stop = min(end, (local_hour + 1) * 3600 - shift)
            how = (local_hour + 72) % HOURS_OF_WEEK  # 1970-01-01 was a Thursday
            amount = (stop - at) * scale
            if half_life:
                amount *= 2.0 ** ((at - first) / half_life)
            seen[how] += amount
            if active:
                act[how] += amount
            at = stop

    def usage_until(self, device_id: str, until: float) -> tuple[list[float], list[float]]:
        """(active, seen) per hour of week, in seconds as of ``until``: recency weights
        scaled so the present counts 1, and an ongoing inactive stretch counted up to
        ``until`` (an ongoing active episode is what is judged, not evidence)."""
        stats = self.devices[device_id]
        scale = 1.0 / self.weight(until)
        active = [a * scale for a in stats.active]
        seen = [s * scale for s in stats.seen]
        if stats.current is False and stats.since is not None and until > stats.since:
            extra = DeviceStats(active=active, seen=seen)
            self.add_interval(extra, False, stats.since, until, scale)
        return active, seen
