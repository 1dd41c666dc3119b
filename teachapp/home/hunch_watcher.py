"""Hunches over the stored history, with the person's answers remembered.

- Offered once: an offer is recorded for its episode (the moment the device became
  active); the same episode is never offered again, in this process or another.
- "no" is remembered for that device around that hour of the week for
  ``NO_MEMORY_DAYS``; "don't ask about this again" (``never``) for good.
- ``auto``: the person opted in to automatic action for that device; such hunches
  come back with ``auto=True`` and the engine acts, announces it, and allows undo.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from ..domain import Device
from ..store import HunchAnswer, Store
from .hunches import Hunch, HunchModel, HunchSettings, learn

__all__ = ["ANSWERS", "HunchWatcher", "Offer"]

ANSWERS = ("yes", "no", "never", "auto", "manual")
NO_MEMORY_DAYS = 28
RELEARN_SECONDS = 6 * 3600


@dataclass(frozen=True)
class Offer:
    hunch: Hunch
    auto: bool = False


class HunchWatcher:
    """Learns from the store's history and says which hunches to offer now."""

    def __init__(self, store: Store, zone: ZoneInfo, *,
                 settings: HunchSettings | None = None,
                 clock: Callable[[], float] | None = None) -> None:
        self.store = store
        self.zone = zone
        self.settings = settings or HunchSettings()
        self.clock = clock or time.time
        self.model: HunchModel | None = None
        self._learned_at = 0.0
        self._seen_until = 0.0
        self._answers: list[HunchAnswer] = []

    # ---------------------------------------------------------------- learn

    def relearn(self, now: float | None = None) -> HunchModel:
        now = self.clock() if now is None else now
        since = now - self.store.history_retention_days * 86400
        rows = ((c.at, c.device_id, c.changes) for c in self.store.iter_history(since=since))
        self.model = learn(rows, zone=self.zone, settings=self.settings, until=now)
        self._learned_at = self._seen_until = now
        self._answers = self.store.hunch_answers()
        return self.model

    def _follow(self, now: float) -> HunchModel:
        if self.model is None or now - self._learned_at > RELEARN_SECONDS:
            return self.relearn(now)
        fresh = self.store.history(since=self._seen_until)
        for change in fresh:  # the changed values decide the active state
            self.model.observe(change.device_id, change.at, change.changes, change.changes)
        if fresh:
            self._seen_until = max(c.at for c in fresh) + 1e-6
            self.model.last = max(self.model.last or now, now)
        return self.model

    @property
    def days_of_history(self) -> float:
        return 0.0 if self.model is None else self.model.days

    # ---------------------------------------------------------------- check

    def pending(self, devices: Iterable[Device] | None = None,
                now: float | None = None) -> list[Offer]:
        """Hunches to offer now, those answered before left out."""
        now = self.clock() if now is None else now
        model = self._follow(now)
        model.last = max(model.last or now, now)
        current = list(devices) if devices is not None else self.store.devices()
        out: list[Offer] = []
        for hunch in model.check(current, now):
            verdict = self._verdict(hunch, now)
            if verdict is not None:
                out.append(Offer(hunch, auto=verdict == "auto"))
        return out

    def current(self, now: float | None = None) -> list[Hunch]:
        """Every hunch that holds now, answered or not (``teachapp hunches``)."""
        now = self.clock() if now is None else now
        model = self._follow(now)
        return [h for h in model.check(self.store.devices(), now)
                if self._lasting(h.key) != "never"]

    def _lasting(self, key: str) -> str | None:
        lasting = [a.answer for a in self._answers
                   if a.key == key and a.answer in ("never", "auto", "manual")]
        return lasting[-1] if lasting else None

    def _verdict(self, hunch: Hunch, now: float) -> str | None:
        lasting = self._lasting(hunch.key)
        if lasting == "never":
            return None
        for a in self._answers:
            if a.key != hunch.key:
                continue
            if a.episode is not None and abs(a.episode - hunch.since) < 1 and \
                    a.answer in ("offered", "yes", "no"):
                return None  # offered once per episode
            if a.answer == "no" and a.hour_of_week is not None and \
                    now - a.at < NO_MEMORY_DAYS * 86400 and \
                    min((a.hour_of_week - hunch.hour_of_week) % 168,
                        (hunch.hour_of_week - a.hour_of_week) % 168) <= 1:
                return None
        return "auto" if lasting == "auto" else "offer"

    # -------------------------------------------------------------- answers

    def record(self, hunch: Hunch, answer: str, now: float | None = None) -> None:
        """Remember an offer ("offered") or the person's answer (one of ANSWERS)."""
        if answer not in (*ANSWERS, "offered"):
            raise ValueError(f"unknown hunch answer {answer!r}")
        now = self.clock() if now is None else now
        lasting = answer in ("never", "auto", "manual")
        entry = HunchAnswer(key=hunch.key, answer=answer, at=now,
                            episode=None if lasting else hunch.since,
                            hour_of_week=hunch.hour_of_week)
        self.store.answer_hunch(entry)
        self._answers.append(entry)
