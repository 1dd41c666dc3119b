"""Hunches: a device in a state that is unusual for the time of week.

Plain statistics, no model file: for every device, the share of time its "active"
state (light on, lock unlocked, cover open, player on) held in each of the 168
hours of the week, from the recorded history (``hunch_stats``). Each hour is
smoothed with its neighbours and pulled towards the same hour on days of the same
type (weekday or weekend), so three weeks of history already say something.

A hunch is offered when a device has been active for ``min_active`` minutes, it is
active at most ``max_usual`` of the time at this hour, the home has been quiet
(nobody changed anything) for ``quiet`` minutes, there are ``min_days`` days of
history, and the person probably wants it fixed: a Beta posterior over their earlier
"yes" and "no" answers about the device (``hunch_answers``), in which each recent
episode the device was left on on purpose (kept on an hour or more past its usual
length, then switched off by the person in a quiet home) counts as a quarter "no".
Only the active -> inactive direction is offered ("turn it off?"): nobody wants to
be asked to switch on a light they left off.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from ..domain import Device, counted, names_singular
from .hunch_answers import AnswerSettings, Belief
from .hunch_stats import (
    ACTIVE,
    HOURS_OF_WEEK,
    DeviceStats,
    Episode,
    HistoryLearner,
    hour_of_week,
    is_active,
)

__all__ = ["ACTIVE", "Hunch", "HunchModel", "HunchSettings", "is_active", "learn"]

_DAY_NAMES = ("Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays",
              "Sundays")


@dataclass(frozen=True)
class HunchSettings:
    """Defaults chosen from benchmarks/hunches.py (simulated households)."""

    min_days: int = 14
    """Days of history before any hunch: two of each weekday."""
    max_usual: float = 0.12
    """The device is active at most this share of the time at this hour of the week."""
    min_active: float = 30.0
    """Minutes the unusual state has lasted (a trip to the kitchen is not a hunch)."""
    quiet: float = 30.0
    """Minutes with no change anywhere in the home: nobody is busy with it."""
    neighbour_weight: float = 0.5
    prior_hours: float = 2.0
    """How many hours of the day-type average the per-hour figure starts from."""
    half_life_days: float | None = None
    """Recent history counts more: a week this many days old counts half."""
    extended_hours: float = 1.0
    deliberate_hours: float = 4.0
    """An episode kept on ``extended_hours`` to ``deliberate_hours`` longer than the
    device's usual ones, then ended by the person in a quiet home, was left on on
    purpose: it counts against the next hunches about that device."""
    answers: AnswerSettings = field(default_factory=AnswerSettings)
    """How earlier "yes" and "no" answers weigh (``hunch_answers``)."""


_WORDS = {
    "on": ("on", "off", "Turn it off?"),
    "locked": ("unlocked", "locked", "Lock it?"),
    "position": ("open", "closed", "Close it?"),
}


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
    belief: float = 1.0
    """How likely the person wants it fixed, from their earlier answers."""

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "device": self.device_id, "name": self.device_name,
                "fix": self.fix, "since": self.since, "usual_share": round(self.usual_share, 3),
                "message": self.message, "why": self.why}


@dataclass
class HunchModel:
    """What is usual as of ``until``; ``check`` finds hunches in current states."""

    zone: ZoneInfo
    settings: HunchSettings
    learner: HistoryLearner
    until: float
    shares: dict[str, list[float]] = field(default_factory=dict)
    """device -> share of time active per hour of the week (smoothed)."""
    deliberate: dict[str, list[Episode]] = field(default_factory=dict)
    """device -> its episodes left on on purpose (see ``deliberate_hours``)."""

    @classmethod
    def snapshot(cls, learner: HistoryLearner, settings: HunchSettings,
                 until: float) -> HunchModel:
        model = cls(learner.zone, settings, learner, until)
        for device_id in learner.devices:
            active, seen = learner.usage_until(device_id, until)
            if any(seen):
                model.shares[device_id] = _smooth(active, seen, settings)
                model.deliberate[device_id] = model._judge(learner.devices[device_id])
        return model

    def _judge(self, stats: DeviceStats) -> list[Episode]:
        """The device's episodes left on on purpose, each judged once: kept active
        between ``extended_hours`` and ``deliberate_hours`` longer than its usual
        episodes begun at that time of day, then ended by the person (not a hunch) in
        a quiet home. Forgotten things stay on far longer (until someone notices)."""
        s = self.settings
        fresh = [e for e in stats.episodes if e.start not in stats.judged]
        if not fresh:
            return [e for e in stats.episodes if stats.judged.get(e.start)]
        by_hour: list[list[float]] = [[] for _ in range(24)]
        for e in stats.episodes:
            by_hour[datetime.fromtimestamp(e.start, self.zone).hour].append(e.end - e.start)
        for episode in fresh:
            stats.judged[episode.start] = False
            if episode.cause == "hunch" or episode.quiet_before < s.quiet * 60:
                continue  # fixed by a hunch, or ended amid activity (someone was busy)
            hour = datetime.fromtimestamp(episode.start, self.zone).hour
            usual = sorted(d for h in range(hour - 2, hour + 3) for d in by_hour[h % 24])
            typical = usual[len(usual) // 2]
            longer = (episode.end - episode.start - typical) / 3600
            stats.judged[episode.start] = s.extended_hours <= longer <= s.deliberate_hours
        if len(stats.judged) > 2 * len(stats.episodes) + 10:
            kept = {e.start for e in stats.episodes}
            stats.judged = {k: v for k, v in stats.judged.items() if k in kept}
        return [e for e in stats.episodes if stats.judged.get(e.start)]

    @property
    def first(self) -> float | None:
        return self.learner.first

    @property
    def last(self) -> float:
        return max(self.until, self.learner.last or self.until)

    @property
    def days(self) -> float:
        first = self.learner.first
        return 0.0 if first is None else (self.last - first) / 86400

    def active_since(self, device_id: str) -> float | None:
        """When the device's current active episode began (None: not active)."""
        stats = self.learner.devices.get(device_id)
        if stats is None or not stats.current:
            return None
        return stats.since

    def usual_share(self, device_id: str, how: int) -> float | None:
        shares = self.shares.get(device_id)
        return None if shares is None else shares[how]

    def waiting(self, now: float) -> list[str]:
        """Devices the history alone allows to be judged at ``now``: enough days of
        history, a quiet home, active for ``min_active`` (no statistics needed)."""
        s = self.settings
        learner = self.learner
        if learner.first is None or (max(now, learner.last or now) - learner.first) / 86400 \
                < s.min_days:
            return []
        if learner.last_change is not None and now - learner.last_change < s.quiet * 60:
            return []
        return [d for d, stats in learner.devices.items()
                if stats.current and stats.since is not None
                and now - stats.since >= s.min_active * 60]

    def candidates(self, now: float) -> dict[str, tuple[float, float, int]]:
        """device -> (active since, usual share, hour of week) for the devices whose
        state the history says is unusual now; the caller checks the current state."""
        s = self.settings
        how = hour_of_week(now, self.zone)
        before = hour_of_week(now - 1800, self.zone)
        out: dict[str, tuple[float, float, int]] = {}
        for device_id in self.waiting(now):
            since = self.active_since(device_id)
            share = self.usual_share(device_id, how)
            earlier = self.usual_share(device_id, before)
            if since is None or share is None or earlier is None or \
                    max(share, earlier) > s.max_usual:
                continue  # usual for half an hour now, not just since the hour began
            out[device_id] = (since, share, how)
        return out

    def unusual_hour(self, device_id: str, now: float) -> bool:
        """Whether being active is unusual for the device at ``now``'s time of week and
        the half hour before, whoever is busy and however long it has been active (the
        rule of ``candidates`` without the waits that keep a question back)."""
        shares = [self.usual_share(device_id, hour_of_week(at, self.zone))
                  for at in (now, now - 1800)]
        return all(share is not None and share <= self.settings.max_usual
                   for share in shares)

    def check(self, devices: Iterable[Device], now: float,
              belief: Callable[[str, int], Belief] | None = None) -> list[Hunch]:
        """The hunches for these device states at ``now`` (UTC seconds); ``belief``
        gives the posterior from earlier answers for a hunch key at an hour of week."""
        candidates = self.candidates(now)
        out: list[Hunch] = []
        for device in devices:
            found = candidates.get(device.id)
            if found is None or not is_active(device.kind, device.state):
                continue
            since, share, how = found
            trust = belief(_key(device), how) if belief is not None else None
            if trust is not None and trust.p <= self.settings.answers.min_belief:
                continue  # the person's answers say they mean it
            out.append(self._hunch(device, since, how, share, now, trust))
        return out

    def _hunch(self, device: Device, since: float, how: int, share: float,
               now: float, trust: Belief | None = None) -> Hunch:
        attribute, _, fix = ACTIVE[device.kind]
        active_word, usual_word, question = _WORDS[attribute]
        name = device.name
        local = datetime.fromtimestamp(now, self.zone)
        began = datetime.fromtimestamp(since, self.zone)
        weeks = self.days / 7
        one = names_singular([name])
        is_, it = ("is", "it") if one else ("are", "they")
        if not one:
            question = question.replace(" it", " them")
        message = f"The {name.lower()} {is_} usually {usual_word} by now. {question}"
        why = (f"On {_DAY_NAMES[how // 24]} around {local:%H}:00 the {name.lower()} {is_} "
               f"{usual_word} {100 * (1 - share):.0f} % of the time (over {weeks:.0f} weeks "
               f"of history); now {it} {is_} {active_word}, since {_since(began, local)}, and "
               "nothing in the home has changed for a while.")
        if trust is not None:
            why += trust.explain(name.lower(), self.zone, active_word)
        return Hunch(key=_key(device), device_id=device.id, device_name=name,
                     attribute=attribute, fix={attribute: fix}, since=since,
                     hour_of_week=how, usual_share=share, weeks=weeks, message=message,
                     why=why, belief=1.0 if trust is None else trust.p)


def _since(began: datetime, now: datetime) -> str:
    """When an episode began, as "why?" says it: "Mon 01:00" within a day; the date and
    how long ago further back ("Mon 22 Feb at 10:00, 7 days ago"), so a light left on
    over a week away is not said "since Mon 10:00" on the Monday of the return."""
    if now - began < timedelta(days=1):
        return f"{began:%a %H:%M}"
    return f"{began:%a} {began.day} {began:%b} at {began:%H:%M}, " \
           f"{counted((now - began).days, 'day')} ago"


def _key(device: Device) -> str:
    return f"{device.id}.{ACTIVE[device.kind][0]}"


def learn(changes: Iterable[tuple[float, str, dict[str, Any]]], *, zone: ZoneInfo,
          settings: HunchSettings | None = None, until: float | None = None) -> HunchModel:
    """Build the model from (UTC seconds, device id, changed values[, cause]), oldest
    first. A device's state is known from its first recorded change on."""
    settings = settings or HunchSettings()
    learner = HistoryLearner(zone, settings.half_life_days)
    for row in changes:
        learner.feed(*row)
    end = until if until is not None else (learner.last or 0.0)
    return HunchModel.snapshot(learner, settings, end)


def _smooth(active: list[float], seen: list[float], s: HunchSettings) -> list[float]:
    """Share of active time per hour of week: neighbours, then a day-type prior."""
    w = s.neighbour_weight
    daytype_active = [[0.0] * 24, [0.0] * 24]
    daytype_seen = [[0.0] * 24, [0.0] * 24]
    for how in range(HOURS_OF_WEEK):
        group = 1 if how // 24 >= 5 else 0
        daytype_active[group][how % 24] += active[how]
        daytype_seen[group][how % 24] += seen[how]
    prior = s.prior_hours * 3600
    share = [0.0] * HOURS_OF_WEEK
    for how in range(HOURS_OF_WEEK):
        before, after = (how - 1) % HOURS_OF_WEEK, (how + 1) % HOURS_OF_WEEK
        act = active[how] + w * (active[before] + active[after])
        sn = seen[how] + w * (seen[before] + seen[after])
        group, hour = (1 if how // 24 >= 5 else 0), how % 24
        dt_seen = daytype_seen[group][hour]
        base = daytype_active[group][hour] / dt_seen if dt_seen else 0.5
        share[how] = (act + prior * base) / (sn + prior)
    return share
