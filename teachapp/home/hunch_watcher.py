"""Hunches over the stored history, with the person's answers remembered.

- Offered once: an offer is recorded for its episode (the moment the device became
  active); the same episode is never offered again, in this process or another.
- "yes" and "no" weigh on the next offers about that device (``hunch_answers``: a
  "no" at this time of week, or two at others, keep it quiet until a "yes" or time
  speaks for it again); "don't ask about this again" (``never``) for good.
- ``auto``: the person opted in to automatic action for that device; such hunches
  come back with ``auto=True`` and the engine acts, announces it, and allows undo.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from ..clock import wall_time
from ..domain import Device
from ..store import DeviceChange, HunchAnswer, Store
from .hunch_answers import Belief, belief
from .hunch_stats import HistoryLearner
from .hunches import Hunch, HunchModel, HunchSettings, is_active

__all__ = ["ANSWERS", "HunchWatcher", "Offer"]

ANSWERS = ("yes", "no", "never", "auto", "manual")
RELEARN_SECONDS = 24 * 3600
ANSWERED_SECONDS = 12 * 3600
"""How long an answer declining a hunch keeps its device named by "is anything
unusual?" while the device stays as it was left (the night it was asked about)."""
SNAPSHOT_SECONDS = 3600


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
        self.clock = clock or wall_time
        self.model: HunchModel | None = None
        self.learner: HistoryLearner | None = None
        self._learned_at = self._snapshot_at = 0.0
        self._seen_until = 0.0
        self._last_id = 0
        self._answers: list[HunchAnswer] = []

    # ---------------------------------------------------------------- learn

    def relearn(self, now: float | None = None) -> HunchModel:
        """Learn again from the whole kept history (at start, then once a day: history
        past the retention time is forgotten, and rows imported meanwhile are seen)."""
        now = self.clock() if now is None else now
        since = now - self.store.history_retention_days * 86400
        self.learner = HistoryLearner(self.zone, self.settings.half_life_days)
        self._last_id = 0
        self._feed(self.store.iter_history(since=since))
        self._learned_at = now
        return self._snapshot(now)

    def _feed(self, changes: Iterable[DeviceChange]) -> None:
        assert self.learner is not None
        for c in changes:
            if c.id is not None and c.id <= self._last_id:
                continue  # already fed (rows at the same second as the last one)
            self.learner.feed(c.at, c.device_id, c.changes, c.cause)
            self._seen_until = max(self._seen_until, c.at)
            self._last_id = max(self._last_id, c.id or 0)

    def _snapshot(self, now: float) -> HunchModel:
        assert self.learner is not None
        self.model = HunchModel.snapshot(self.learner, self.settings, now)
        self._snapshot_at = now
        self._answers = self.store.hunch_answers()
        return self.model

    def _follow(self, now: float) -> HunchModel:
        """Feed the changes recorded since the last pass (the new rows only: cheap)."""
        if self.model is None or now - self._learned_at > RELEARN_SECONDS:
            return self.relearn(now)
        self._feed(self.store.history(since=self._seen_until))
        return self.model

    def _fresh(self, now: float) -> HunchModel:
        """The model, what is usual taken again from the statistics when older than
        ``SNAPSHOT_SECONDS``."""
        model = self._follow(now)
        if now - self._snapshot_at > SNAPSHOT_SECONDS:
            model = self._snapshot(now)
        model.until = max(model.until, now)
        return model

    @property
    def days_of_history(self) -> float:
        return 0.0 if self.model is None else self.model.days

    # ---------------------------------------------------------------- check

    def pending(self, devices: Iterable[Device] | None = None,
                now: float | None = None) -> list[Offer]:
        """Hunches to offer now, those answered before left out."""
        now = self.clock() if now is None else now
        if not self._follow(now).waiting(now):
            return []  # nothing can be unusual now: no statistics, no device states
        model = self._fresh(now)
        if devices is None and not model.candidates(now):
            return []
        current = list(devices) if devices is not None else self.store.devices()
        out: list[Offer] = []
        for hunch in model.check(current, now, self._belief(now)):
            verdict = self._verdict(hunch, now)
            if verdict is not None:
                out.append(Offer(hunch, auto=verdict == "auto"))
        return out

    def current(self, now: float | None = None) -> list[Hunch]:
        """Every hunch that holds now, answered or not (``teachapp hunches``)."""
        now = self.clock() if now is None else now
        model = self._fresh(now)
        return [h for h in model.check(self.store.devices(), now, self._belief(now))
                if self._lasting(h.key) != "never"]

    def left_as_asked(self, now: float | None = None) -> list[Device]:
        """The devices unusual for the time of week now that are no hunch because the
        person said to leave them ("no", "don't ask about this again"): "is anything
        unusual?" says so instead of "everything is as usual"."""
        now = self.clock() if now is None else now
        model = self._fresh(now)
        held = {h.device_id for h in self.current(now)}
        unusual = set(model.candidates(now))
        return [d for d in self.store.devices() if d.id not in held and (
            (d.id in unusual and model.check([d], now) != [])
            or (d.id in self._declined_lately(now) and is_active(d.kind, d.state)
                and model.unusual_hour(d.id, now)))]

    def _declined_lately(self, now: float) -> set[str]:
        """Devices whose hunch the person declined ("no", an undone fix, "don't ask")
        in the last ``ANSWERED_SECONDS``: still unusual while the home is busy or the
        device just came back on (an undo turns it back on), so "is anything unusual?"
        right after says so (it said "everything is as usual")."""
        return {a.key.rsplit(".", 1)[0] for a in self._answers
                if a.answer in ("no", "never") and 0 <= now - a.at <= ANSWERED_SECONDS}

    def undone_lately(self, device_id: str, now: float | None = None) -> bool:
        """Whether the person's "no" about the device lately was an undone fix (a "yes"
        then "undo" for the same episode), for the words that say so."""
        now = self.clock() if now is None else now
        mine = [a for a in self._answers if a.key.rsplit(".", 1)[0] == device_id
                and 0 <= now - a.at <= ANSWERED_SECONDS]
        noes = {a.episode for a in mine if a.answer == "no"}
        return any(a.answer == "yes" and a.episode in noes for a in mine)

    def _belief(self, now: float) -> Callable[[str, int], Belief]:
        answers = self._answers
        settings = self.settings.answers
        deliberate = self.model.deliberate if self.model is not None else {}
        return lambda key, how: belief(answers, key, how, now, settings,
                                       deliberate.get(key.rsplit(".", 1)[0], ()))

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
