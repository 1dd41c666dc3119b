"""Hunches: a device in a state that is unusual for the time of week.

Plain statistics, no model file: for every device, the share of time its "active"
state (light on, lock unlocked, cover open, player on) held in each of the 168
hours of the week, from the recorded history. Each hour is smoothed with its
neighbours and pulled towards the same hour on days of the same type (weekday or
weekend), so three weeks of history already say something.

A hunch is offered when a device has been active for ``min_active`` minutes, it is
active at most ``max_usual`` of the time at this hour, the home has been quiet
(nobody changed anything) for ``quiet`` minutes, and there are ``min_days`` days of
history. Only the active -> inactive direction is offered ("turn it off?"): nobody
wants to be asked to switch on a light they left off.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from ..domain import Device, kind_of

__all__ = ["ACTIVE", "Hunch", "HunchModel", "HunchSettings", "is_active", "learn"]

HOURS_OF_WEEK = 168
_DAY_NAMES = ("Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays",
              "Sundays")


@dataclass(frozen=True)
class HunchSettings:
    """Defaults chosen from benchmarks/hunches.py (simulated households)."""

    min_days: int = 14
    """Days of history before any hunch: two of each weekday."""
    max_usual: float = 0.08
    """The device is active at most this share of the time at this hour of the week."""
    min_active: float = 30.0
    """Minutes the unusual state has lasted (a trip to the kitchen is not a hunch)."""
    quiet: float = 30.0
    """Minutes with no change anywhere in the home: nobody is busy with it."""
    neighbour_weight: float = 0.5
    prior_hours: float = 2.0
    """How many hours of the day-type average the per-hour figure starts from."""


ACTIVE: dict[str, tuple[str, Any, Any]] = {
    # kind: (attribute, active value test, value that ends it)
    "light": ("on", True, False),
    "switch": ("on", True, False),
    "fan": ("on", True, False),
    "media_player": ("on", True, False),
    "lock": ("locked", False, True),
    "cover": ("position", "open", 0),
}
_WORDS = {
    "on": ("on", "off", "Turn it off?"),
    "locked": ("unlocked", "locked", "Lock it?"),
    "position": ("open", "closed", "Close it?"),
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


@dataclass
class _Usage:
    active: list[float] = field(default_factory=lambda: [0.0] * HOURS_OF_WEEK)
    seen: list[float] = field(default_factory=lambda: [0.0] * HOURS_OF_WEEK)
    share: list[float] = field(default_factory=lambda: [0.0] * HOURS_OF_WEEK)


@dataclass(frozen=True)
class Hunch:
    """An offer: a device in a state that is unusual now."""

    key: str
    device_id: str
    device_name: str
    attribute: str
    fix: dict[str, Any]
    since: float
    hour_of_week: int
    usual_share: float
    weeks: float
    message: str
    why: str

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "device": self.device_id, "name": self.device_name,
                "fix": self.fix, "since": self.since, "usual_share": round(self.usual_share, 3),
                "message": self.message, "why": self.why}


@dataclass
class HunchModel:
    """What is usual, learned from history; ``check`` finds hunches in current states."""

    zone: ZoneInfo
    settings: HunchSettings
    first: float | None = None
    last: float | None = None
    usage: dict[str, _Usage] = field(default_factory=dict)
    active_since: dict[str, float] = field(default_factory=dict)
    """device -> when its current active episode began (from the history)."""
    last_change: float | None = None

    @property
    def days(self) -> float:
        if self.first is None or self.last is None:
            return 0.0
        return (self.last - self.first) / 86400

    def observe(self, device_id: str, at: float, changes: dict[str, Any],
                state: dict[str, Any]) -> None:
        """Follow one change (the current state must already include it)."""
        self.last_change = at if self.last_change is None else max(self.last_change, at)
        active = is_active(kind_of(device_id), state)
        if active is None or ACTIVE[kind_of(device_id)][0] not in changes:
            return
        if active:
            self.active_since.setdefault(device_id, at)
        else:
            self.active_since.pop(device_id, None)

    def usual_share(self, device_id: str, how: int) -> float | None:
        usage = self.usage.get(device_id)
        return None if usage is None else usage.share[how]

    def check(self, devices: Iterable[Device], now: float) -> list[Hunch]:
        """The hunches for these device states at ``now`` (UTC seconds)."""
        s = self.settings
        if self.days < s.min_days:
            return []
        if self.last_change is not None and now - self.last_change < s.quiet * 60:
            return []
        how = hour_of_week(now, self.zone)
        out: list[Hunch] = []
        for device in devices:
            since = self.active_since.get(device.id)
            if since is None or now - since < s.min_active * 60:
                continue
            if not is_active(device.kind, device.state):
                continue
            share = self.usual_share(device.id, how)
            earlier = self.usual_share(device.id, hour_of_week(now - 1800, self.zone))
            if share is None or earlier is None or max(share, earlier) > s.max_usual:
                continue  # usual for half an hour now, not just since the hour began
            out.append(self._hunch(device, since, how, share, now))
        return out

    def _hunch(self, device: Device, since: float, how: int, share: float,
               now: float) -> Hunch:
        attribute, _, fix = ACTIVE[device.kind]
        active_word, usual_word, question = _WORDS[attribute]
        name = device.name
        local = datetime.fromtimestamp(now, self.zone)
        began = datetime.fromtimestamp(since, self.zone)
        weeks = self.days / 7
        message = f"The {name.lower()} is usually {usual_word} by now. {question}"
        why = (f"On {_DAY_NAMES[how // 24]} around {local:%H}:00 the {name.lower()} is "
               f"{usual_word} {100 * (1 - share):.0f} % of the time (over {weeks:.0f} weeks "
               f"of history); now it is {active_word}, since {began:%a %H:%M}, and nothing "
               "in the home has changed for a while.")
        return Hunch(key=f"{device.id}.{attribute}", device_id=device.id, device_name=name,
                     attribute=attribute, fix={attribute: fix}, since=since,
                     hour_of_week=how, usual_share=share, weeks=weeks, message=message,
                     why=why)


def learn(changes: Iterable[tuple[float, str, dict[str, Any]]],
          initial: dict[str, dict[str, Any]] | None = None, *, zone: ZoneInfo,
          settings: HunchSettings | None = None, until: float | None = None) -> HunchModel:
    """Build the model from (UTC seconds, device id, changed values), oldest first.

    A device's state is known from its first recorded change (or ``initial``) on; the
    time before that is not counted.
    """
    model = HunchModel(zone=zone, settings=settings or HunchSettings())
    states: dict[str, dict[str, Any]] = {k: dict(v) for k, v in (initial or {}).items()}
    state_since: dict[str, tuple[bool, float]] = {}
    for at, device_id, values in changes:
        if model.first is None:
            model.first = at
        model.last = at
        kind = kind_of(device_id)
        state = states.setdefault(device_id, {})
        state.update(values)
        model.observe(device_id, at, values, state)
        active = is_active(kind, state)
        if active is None:
            continue
        previous = state_since.get(device_id)
        if previous is not None:
            _add_interval(model, device_id, previous[0], previous[1], at)
        if previous is None or previous[0] != active:
            state_since[device_id] = (active, at)
        else:
            state_since[device_id] = (active, at)
    end = until if until is not None else model.last
    if end is not None:
        model.last = max(model.last or end, end)
        for device_id, (active, start) in state_since.items():
            if not active:  # an ongoing active episode is what is judged, not evidence
                _add_interval(model, device_id, active, start, end)
    for usage in model.usage.values():
        _smooth(usage, model.settings)
    return model


def _add_interval(model: HunchModel, device_id: str, active: bool, start: float,
                  end: float) -> None:
    """Spread an interval over the hours of the week it covers (local time; the UTC
    offset of its start is used throughout, an hour off at most across a DST change)."""
    if end <= start:
        return
    usage = model.usage.setdefault(device_id, _Usage())
    offset = datetime.fromtimestamp(start, model.zone).utcoffset()
    shift = offset.total_seconds() if offset is not None else 0.0
    at = start
    while at < end:
        local_hour = int((at + shift) // 3600)
        stop = min(end, (local_hour + 1) * 3600 - shift)
        how = (local_hour + 72) % HOURS_OF_WEEK  # 1970-01-01 was a Thursday
        usage.seen[how] += stop - at
        if active:
            usage.active[how] += stop - at
        at = stop


def _smooth(usage: _Usage, s: HunchSettings) -> None:
    """Share of active time per hour of week: neighbours, then a day-type prior."""
    w = s.neighbour_weight
    daytype_active = [[0.0] * 24, [0.0] * 24]
    daytype_seen = [[0.0] * 24, [0.0] * 24]
    for how in range(HOURS_OF_WEEK):
        group = 1 if how // 24 >= 5 else 0
        daytype_active[group][how % 24] += usage.active[how]
        daytype_seen[group][how % 24] += usage.seen[how]
    prior = s.prior_hours * 3600
    for how in range(HOURS_OF_WEEK):
        before, after = (how - 1) % HOURS_OF_WEEK, (how + 1) % HOURS_OF_WEEK
        act = usage.active[how] + w * (usage.active[before] + usage.active[after])
        seen = usage.seen[how] + w * (usage.seen[before] + usage.seen[after])
        group, hour = (1 if how // 24 >= 5 else 0), how % 24
        dt_seen = daytype_seen[group][hour]
        base = daytype_active[group][hour] / dt_seen if dt_seen else 0.5
        usage.share[how] = (act + prior * base) / (seen + prior)
