"""A routine to schedule named with no time: "schedule good morning", "can you put movie
night on a schedule", "set up a schedule for bedtime".

When it should run is asked ("When should Good morning run? …"), and the time the next
turn gives ("every day at 7", "weekdays at 6:30", "at sunset") is read as "run good
morning every day at 7" is (``schedule_talk``). "schedule good morning" ran Good morning
at once: the resolver took "schedule" for a word around the phrase.

Pure: the words in, the routine's words out; which routine they name is the caller's
(``find``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["schedule_answered", "schedule_named"]

_SCHEDULE_ALONE = re.compile(
    r"^(?:(?:hey|ok|okay|so|please|can you|could you|would you|i want to|i'd like to|"
    r"i would like to|let's)\s+)*(?:schedule|set (?:up )?a schedule for|make a schedule for|"
    r"put|add a schedule to|add a schedule for)\s+(?P<words>.+?)"
    r"(?P<on>\s+on a (?:schedule|timer))?(?:\s+(?:please|for me))*$", re.IGNORECASE)


def schedule_named(text: str, find: Callable[[str], str | None]) -> str | None:
    """The routine "schedule <routine>" names with no time said, or None. "put" counts
    only with "on a schedule" ("put the kettle on" is no schedule)."""
    norm = " ".join(text.strip().rstrip("?.!").replace(",", " ").split())
    found = _SCHEDULE_ALONE.match(norm)
    if found is None or (norm.lower().split()[0] == "put" and not found.group("on")):
        return None
    return find(re.sub(r"^(?:the|my)\s+|\s+routine$", "", found.group("words"),
                       flags=re.IGNORECASE))


def schedule_answered(routine: str, answer: str) -> str:
    """The schedule sentence an answer to "When should X run?" makes: "every day at 7"
    -> "run X every day at 7" (read by ``schedule_talk`` as if said whole)."""
    said = " ".join(answer.strip().rstrip("?.!").split())
    said = re.sub(r"^(?:(?:ok|okay|so|um|uh|please|run it|do it|make it)\s+)+", "", said,
                  flags=re.IGNORECASE)
    return f"run {routine} {said}"
