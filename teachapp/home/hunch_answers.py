"""What the person's answers say: does this person want this device fixed now?

A Beta posterior per device and time of week over "the person wants it fixed": it
starts at ``prior_yes`` : ``prior_no`` (a state unusual for the hour is more often
forgotten than meant), and every earlier "yes" or "no" to a hunch about the device
adds to one side. An answer at the same time of week (within an hour) counts in
full, one at another time ``other_slot_weight``; an answer ``half_life_days`` old
counts half (people change their habits). Each recent episode the device was left
on on purpose (``hunches.HunchModel._judge``) counts as ``deliberate_weight`` of a
"no" at every time of week. A hunch is offered only while the posterior mean is
above ``min_belief``: one "no" at this time of week, or two at other times (or four
episodes left on on purpose), keep the device quiet for about 18 days, less when a
"yes" speaks for it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from ..schedule import run_said
from ..store import HunchAnswer
from .hunch_stats import Episode

__all__ = ["AnswerSettings", "Belief", "belief"]


@dataclass(frozen=True)
class AnswerSettings:
    """The belief that the person wants a hunch's device fixed; defaults chosen on
    benchmarks/hunches.py's development seeds (1-10)."""

    prior_yes: float = 2.0
    """Pseudo-answers "yes" before any answer: a first hunch is offered."""
    prior_no: float = 1.0
    other_slot_weight: float = 0.5
    """An answer given at another time of week counts this much."""
    half_life_days: float = 28.0
    """An answer loses half its weight in this many days: habits change."""
    min_belief: float = 0.55
    """A hunch is offered only while the belief is above this."""
    deliberate_weight: float = 0.25
    """A period left on on purpose counts as this share of a "no"."""
    """A device left on on purpose (and ended by the person, unasked) counts as this
    much of a "no", at every time of week."""


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
    deliberate: int = 0
    """Episodes left on on purpose that count."""

    def explain(self, name: str, zone: ZoneInfo, active_word: str = "on") -> str:
        """One sentence for "why?" when earlier answers are part of the reason."""
        if not self.answers_no and not self.answers_yes and not self.deliberate:
            return ""
        parts = []
        if self.answers_yes:
            parts.append(f"yes {self.answers_yes} time{'s' if self.answers_yes > 1 else ''}")
        if self.answers_no:
            last = datetime.fromtimestamp(self.last_no or 0.0, zone)
            parts.append(f"no {self.answers_no} time{'s' if self.answers_no > 1 else ''} "
                         f"(last on {run_said(last)})")
        said = (f" You said {' and '.join(parts)} when I asked about the {name} before."
                if parts else "")
        if self.deliberate:
            said += (f" Lately you left it {active_word} on purpose and changed it yourself "
                     f"{self.deliberate} time{'s' if self.deliberate > 1 else ''}.")
        return (f"{said} Weighing that, I think you want it changed "
                f"({100 * self.p:.0f} % sure).")


def _distance(a: int, b: int) -> int:
    return min((a - b) % 168, (b - a) % 168)


def belief(answers: Iterable[HunchAnswer], key: str, how: int, now: float,
           s: AnswerSettings, deliberate: Iterable[Episode] = ()) -> Belief:
    """The posterior for hunch ``key`` at hour of week ``how`` from earlier answers and
    the device's episodes left on on purpose."""
    yes = no = 0.0
    n_yes = n_no = n_deliberate = 0
    last_no: float | None = None
    answers = list(answers)
    answered = {a.episode for a in answers if a.key == key and a.episode is not None}
    for episode in deliberate:
        weight = s.deliberate_weight * 0.5 ** ((now - episode.end) / (s.half_life_days * 86400))
        if episode.end > now or weight < 0.05 or \
                any(abs(episode.start - e) < 1 for e in answered):
            continue  # answered: the answer counts instead
        no += weight
        n_deliberate += 1
    changed = {a.episode for a in answers if a.key == key and a.answer == "no"
               and a.episode is not None}
    for a in answers:
        if a.key != key or a.answer not in ("yes", "no") or a.at > now:
            continue
        if a.answer == "yes" and a.episode in changed:
            continue  # a "yes" undone: the "no" after it is the answer
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
    return Belief(yes, no, p, n_yes, n_no, last_no, n_deliberate)
