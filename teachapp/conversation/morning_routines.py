"""Routines named for the morning ("wake up", "good morning", "rise and shine"): a bare
hour said for one of them is the morning's, as "wake me up at 7" is, and a wake-up
asked for again and again ("wake me up at 7 on weekdays") is offered as its schedule,
since an alarm is set for one day only."""

from __future__ import annotations

import re

from ..domain import Routine

__all__ = ["WAKING", "morning_routine"]

WAKING = re.compile(r"\b(?:wak(?:e|es|ing)|morning|breakfast|sunrise|rise|alarm|"
                    r"get(?:ting)?\s+up)\b")
"""Words of a routine's name or phrase that say it is for the morning."""


def morning_routine(routines: list[Routine]) -> Routine | None:
    """The one routine named for the morning (by its name, else by a phrase); None when
    there is none, or several and the words do not say which."""
    for found in ([r for r in routines if WAKING.search(r.name.casefold())],
                  [r for r in routines if any(WAKING.search(p.text.casefold())
                                              for p in r.phrases)]):
        if found:
            return found[0] if len(found) == 1 else None
    return None
