"""When a routine ran, told from the run log: "when did bedtime last run?", "have you
run bedtime today?", "how many times have I used bedtime?".

One reader for every way of asking (``manage`` calls it): the newest run, how it was
asked for ("when you said "bedtime"", "on its schedule", "from the window") and how often
it ran this week. Before, "how many times have I used bedtime" was "I can't answer …"
and a last run was only its time ("Bedtime last ran today at 21:04.").
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta, tzinfo

from ..domain import name_in_sentence, name_opening
from ..store import RunRecord, aware
from .recap import spoken_when

__all__ = ["COUNT_ASKED", "TODAY_ASKED", "runs_told"]

COUNT_ASKED = ("how many times", "how often")
"""The words that ask how often (``talk``'s ``last_run`` value): the count comes first."""
TODAY_ASKED = ("today", "this morning", "this afternoon", "this evening", "tonight")
"""The words that ask about today only: a run before today is "Not today: …"."""


def runs_told(name: str, runs: Sequence[RunRecord], now: datetime, zone: tzinfo, *,
              asked: str = "") -> str:
    """The answer about ``name``'s ``runs`` (newest first), as ``asked`` asks it ("how
    many times", "today", or "" for when it last ran): 'Bedtime last ran today at 21:04,
    when you said "bedtime" (3 runs this week).', 'Not today: bedtime last ran yesterday
    at 22:10, on its schedule.', 'Bedtime hasn't run yet.'"""
    if not runs:
        return f"{name_opening(name)} hasn't run yet."
    last = runs[0]
    at = aware(last.at)
    when = f"{spoken_when(at, now, zone)}{_how(last.utterance)}"
    undone = " You undid it afterwards." if last.undone else ""
    week_start = _week_start(now, zone)
    this_week = sum(1 for run in runs if aware(run.at) >= week_start)
    asked = asked.casefold()
    if asked in COUNT_ASKED:
        if len(runs) == 1:
            return f"{name_opening(name)} has run once: {when}.{undone}"
        week = ("all this week" if this_week == len(runs)
                else f"{this_week} this week" if this_week else "none this week")
        return (f"{name_opening(name)} has run {len(runs)} times, {week}; the last "
                f"{when}.{undone}")
    count = f" ({this_week} runs this week)" if this_week > 1 else ""
    if asked in TODAY_ASKED:  # ("have you run bedtime today?": yes or no first)
        today = at.astimezone(zone).date() == now.astimezone(zone).date()
        return (f"{'Yes' if today else 'Not today'}: {name_in_sentence(name)} last ran "
                f"{when}{count}.{undone}")
    return f"{name_opening(name)} last ran {when}{count}.{undone}"


def _how(utterance: str | None) -> str:
    """How a run was asked for, as a clause after its time."""
    if utterance is None:
        return ", from the window"
    if utterance.startswith("(schedule"):
        return ", on its schedule"
    if utterance.startswith("("):  # ("(hunch …)": the app's own)
        return ""
    return f", when you said \"{utterance}\""


def _week_start(now: datetime, zone: tzinfo) -> datetime:
    """Monday 00:00 of this week, in the home's time."""
    local = now.astimezone(zone)
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    return midnight - timedelta(days=local.weekday())
