"""What the person's answers say: does this person want this device fixed now?

A Beta posterior per device and time of week over "the person wants it fixed": it
starts at ``prior_yes`` : ``prior_no`` (a state unusual for the hour is more often
forgotten than meant), and every earlier "yes" or "no" to a hunch about the device
adds to one side. An answer at the same time of week (within an hour) counts in
full, one at another time ``other_slot_weight``; an answer ``half_life_days`` old
counts half (people change their habits). A hunch is offered only while the
posterior mean is above ``min_belief``: one "no" at this time of week, or two at
other times, keep the device quiet until a "yes" or time speaks for it again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from ..store import HunchAnswer

__all__ = ["AnswerSettings", "Belief", "belief"]


@dataclass(frozen=True)
class AnswerSettings:
    prior_yes: float = 2.0
    prior_no: float = 1.0
    other_slot_weight: float = 0.5
    half_life_days: float = 28.0
    min_belief: float = 0.5


@dataclass(frozen=True)
class Belief:
    """The posterior for one device at one time of week."""

    yes: float
    """Weighted "yes" answers (recency and time of week)."""
    no: float
    p: float
    """Posterior mean: how likely the person wants it fixed."""
    answers_yes: int
    answers_no: int
    last_no: float | None

    def explain(self, name: str, zone: ZoneInfo) -> str:
        """One sentence for "why?" when earlier answers are part of the reason."""
        if not self.answers_no and not self.answers_yes:
            return ""
        parts = []
        if self.answers_yes:
            parts.append(f"yes {self.answers_yes} time{'s' if self.answers_yes > 1 else ''}")
        if self.answers_no:
            last = datetime.fromtimestamp(self.last_no or 0.0, zone)
            parts.append(f"no {self.answers_no} time{'s' if self.answers_no > 1 else ''} "
                         f"(last on {last:%a %d %b at %H:%M})")
        return (f" You said {' and '.join(parts)} when I asked about the {name} before; "
                f"weighing those answers, I think you want it changed "
                f"({100 * self.p:.0f} % sure).")


def _distance(a: int, b: int) -> int:
    return min((a - b) % 168, (b - a) % 168)


def belief(answers: Iterable[HunchAnswer], key: str, how: int, now: float,
           s: AnswerSettings) -> Belief:
    """The posterior for hunch ``key`` at hour of week ``how`` from earlier answers."""
    yes = no = 0.0
    n_yes = n_no = 0
    last_no: float | None = None
    for a in answers:
        if a.key != key or a.answer not in ("yes", "no") or a.at > now:
            continue
        weight = 0.5 ** ((now - a.at) / (s.half_life_days * 86400))
        if a.hour_of_week is None or _distance(a.hour_of_week, how) > 1:
            weight *= s.other_slot_weight
        if weight < 0.05:
            continue  # forgotten
        if a.answer == "yes":
            yes += weight
            n_yes += 1
        else:
            no += weight
            n_no += 1
            last_no = a.at if last_no is None else max(last_no, a.at)
    p = (s.prior_yes + yes) / (s.prior_yes + s.prior_no + yes + no)
    return Belief(yes, no, p, n_yes, n_no, last_no)
