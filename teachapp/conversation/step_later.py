"""A step said with a delay while teaching: "dim the lights in 5", "in 10 minutes turn
off the tv".

Said while a routine's steps are collected, the delay is part of the routine: a pause,
then the change, as "wait 5 minutes, then dim the lights" is taught. "in 5" was read as
a level ("5 of 10": 50 %, and which lights was asked) and "in 5 minutes" set a timer
for the home now, the routine being taught left without it. A number without a unit is
minutes, as outside teaching (``time_words.minutes_unsaid``).
"""

from __future__ import annotations

import re

from .time_words import delay_first, delay_said, minutes_unsaid

__all__ = ["step_later"]

_LAST = re.compile(r"^(?P<rest>.+)\s+in\s+(?P<delay>[^,]+)$")
"""Words, then "in" and a delay said last (the last "in": "the lights in the kitchen in
5")."""


def step_later(text: str) -> tuple[str, int] | None:
    """(the step's words, the seconds to wait before it) of ``text`` that says a delay
    first or last; None when it says none."""
    said = " ".join(text.casefold().strip().rstrip("?.!").split())
    match = _LAST.match(delay_first(said) or said)
    if match is None:
        return None
    delay = match.group("delay")
    seconds = delay_said(delay) or minutes_unsaid(f"in {delay}")
    rest = match.group("rest").strip(" ,")
    return (rest, seconds) if seconds is not None and rest else None
