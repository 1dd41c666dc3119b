"""Simulated households for the hunch and cost benchmarks (deterministic per seed).

A household has devices with daily habits (times jittered by tens of minutes, a
habit skipped on some days, weekends differ), short night trips that the person
ends themselves (noise), evenings when someone stays up and keeps using things,
nights when the porch light is left on on purpose for a late guest (a hunch here
is unwanted: the person says "no"), and injected anomalies: a habit's "off" that
never comes (a light, the TV or the front door lock left as it was until the next
morning). Anomalies are the ground truth a useful hunch must find.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

ZONE = ZoneInfo("Europe/Berlin")

DEVICES = {
    "light.living_room": "Living room light",
    "light.kitchen": "Kitchen light",
    "light.bedroom": "Bedroom light",
    "light.porch": "Porch light",
    "light.hallway": "Hallway light",
    "lock.front_door": "Front door",
    "media_player.tv": "TV",
    "cover.living_room_blinds": "Living room blinds",
}
ACTIVE_VALUE = {"light": ({"on": True}, {"on": False}),
                "media_player": ({"on": True}, {"on": False}),
                "lock": ({"locked": False}, {"locked": True}),
                "cover": ({"position": 100}, {"position": 0})}

# device: [(weekday start, weekday end, weekend start, weekend end, jitter minutes)]
HABITS: dict[str, list[tuple[float, float, float, float, float]]] = {
    "light.living_room": [(18.0, 23.0, 17.0, 23.75, 30)],
    "light.kitchen": [(6.75, 7.5, 8.5, 9.5, 15), (18.25, 20.0, 18.0, 20.5, 20)],
    "light.bedroom": [(22.5, 23.25, 23.25, 24.0, 20)],
    "light.porch": [(19.0, 22.75, 19.0, 23.5, 20)],
    "media_player.tv": [(20.0, 22.5, 19.5, 23.5, 25)],
    "lock.front_door": [(7.75, 7.85, 10.0, 10.15, 10), (18.0, 18.1, 16.0, 16.1, 30)],
    "cover.living_room_blinds": [(7.5, 21.0, 9.0, 21.5, 20)],
}
LEFT_ON_CANDIDATES = ["light.living_room", "light.kitchen", "light.porch",
                      "media_player.tv", "lock.front_door", "light.bedroom"]


@dataclass(frozen=True)
class Event:
    at: float
    device: str
    values: dict[str, Any]
    kind: str = "habit"
    """habit, noise, awake, purpose, anomaly, fix (the person noticing next morning)."""


@dataclass
class Episode:
    device: str
    start: float
    end: float
    kind: str
    """anomaly (a hunch is wanted) or purpose (left on deliberately: unwanted)."""


@dataclass
class Household:
    seed: int
    start: date
    days: int
    events: list[Event] = field(default_factory=list)
    episodes: list[Episode] = field(default_factory=list)


def _at(day: date, hours: float, jitter: float, rng: random.Random) -> float:
    hours = hours + rng.gauss(0, jitter / 60 / 2)
    hours = min(max(hours, 0.0), 47.9)
    moment = datetime.combine(day, time(0), ZONE) + timedelta(hours=hours)
    return moment.timestamp()


def simulate(seed: int, *, days: int = 91, start: date = date(2027, 2, 1),
             anomaly_rate: float = 0.12, purpose_rate: float = 0.02,
             late_rate: float = 0.1) -> Household:
    rng = random.Random(seed)
    home = Household(seed, start, days)
    porch_night = rng.randrange(7)  # the night the porch light waits for someone
    late_until = 0.0
    on = lambda dev: ACTIVE_VALUE[dev.split(".")[0]][0]  # noqa: E731
    off = lambda dev: ACTIVE_VALUE[dev.split(".")[0]][1]  # noqa: E731
    for offset in range(days):
        day = start + timedelta(days=offset)
        weekend = day.weekday() >= 5
        anomaly = rng.random() < anomaly_rate and offset > 0
        left = rng.choice(LEFT_ON_CANDIDATES) if anomaly else None
        late = rng.random() < late_rate
        purpose = rng.random() < purpose_rate
        waiting = day.weekday() == porch_night and rng.random() < 0.75
        next_morning = datetime.combine(day + timedelta(days=1), time(7, 0), ZONE).timestamp()
        for device, habits in HABITS.items():
            for index, (ws, we, es, ee, jitter) in enumerate(habits):
                if rng.random() < 0.07:  # habit skipped today
                    continue
                s, e = (es, ee) if weekend else (ws, we)
                if late and device in ("light.living_room", "media_player.tv"):
                    e += rng.uniform(1.5, 3.0)
                    late_until = max(late_until, _at(day, e, 0, rng))
                t_on = _at(day, s, jitter, rng)
                if e - s < 0.5:  # a short habit (unlock, come in, lock): keeps its length
                    t_off = t_on + (e - s) * 3600 + rng.uniform(-60, 120)
                else:
                    t_off = max(_at(day, e, jitter, rng), t_on + 300)
                home.events.append(Event(t_on, device, on(device)))
                last_habit = index == len(habits) - 1
                if device == left and last_habit:
                    fix = next_morning + rng.uniform(0, 5400)
                    home.events.append(Event(fix, device, off(device), "fix"))
                    home.episodes.append(Episode(device, t_off, fix, "anomaly"))
                elif device == "light.porch" and waiting and not purpose:
                    back = _at(day, 25.0 + rng.uniform(0, 1.5), 0, rng)
                    home.events.append(Event(back, device, off(device), "purpose"))
                    home.episodes.append(Episode(device, t_off, back, "purpose"))
                elif device == "light.porch" and purpose:
                    fix = next_morning + rng.uniform(0, 3600)
                    home.events.append(Event(fix, device, off(device), "fix"))
                    home.episodes.append(Episode(device, t_off, fix, "purpose"))
                else:
                    home.events.append(Event(t_off, device, off(device)))
        if late:  # someone is up: touches the TV volume or a dimmer every 5-25 minutes
            end = late_until
            t = _at(day, 22.5, 10, rng)
            while t < end:
                if rng.random() < 0.5:
                    home.events.append(Event(t, "light.living_room",
                                             {"brightness": rng.randint(20, 90)}, "awake"))
                else:
                    home.events.append(Event(t, "media_player.tv",
                                             {"volume": rng.randint(10, 60)}, "awake"))
                t += rng.uniform(300, 1500)
        if rng.random() < 0.3:  # a night trip: hallway light for a few minutes
            t = _at(day, 26.0 + rng.uniform(0, 3), 0, rng)
            home.events.append(Event(t, "light.hallway", {"on": True}, "noise"))
            home.events.append(Event(t + rng.uniform(120, 600), "light.hallway",
                                     {"on": False}, "noise"))
    home.events.sort(key=lambda e: e.at)
    return home
