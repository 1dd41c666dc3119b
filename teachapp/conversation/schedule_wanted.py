"""A routine to schedule named with no time: "schedule good morning", "can you put movie
night on a schedule", "set up a schedule for bedtime"; and a time said with no routine:
"run at 7", "schedule every day at 8".

When it should run is asked ("When should Good morning run? …"), and the time the next
turn gives ("every day at 7", "weekdays at 6:30", "at sunset") is read as "run good
morning every day at 7" is (``schedule_talk``). "schedule good morning" ran Good morning
at once: the resolver took "schedule" for a word around the phrase. Which routine is
asked the other way round ("Which routine should run at 7? …"), and the name the next
turn gives is read with the time ("run good morning at 7"); "run at 7" was offered for
teaching as "at 7".

Pure: the words in, the routine's words out; which routine they name is the caller's
(``find``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["routine_answered", "schedule_answered", "schedule_named", "when_alone"]

_SCHEDULE_ALONE = re.compile(
    r"^(?:(?:hey|ok|okay|so|please|can you|could you|would you|i want to|i'd like to|"
    r"i would like to|let's)\s+)*(?:schedule|set (?:up )?a schedule for|make a schedule for|"
    r"put|add a schedule to|add a schedule for)\s+(?P<words>.+?)"
    r"(?P<on>\s+on a (?:schedule|timer))?(?:\s+(?:please|for me))*$", re.IGNORECASE)


_WHEN_ALONE = re.compile(
    r"^(?:(?:hey|ok|okay|so|please|can you|could you|would you|i want to|i'd like to|"
    r"i would like to|let's)\s+)*(?:run|schedule|start)\s+(?P<when>(?:at|every|each|daily|"
    r"nightly|tomorrow|tonight|weekdays|weekends|on\s+(?:weekdays|weekends|(?:mon|tues|wednes|"
    r"thurs|fri|satur|sun)days?))\b.*?)(?:\s+(?:please|for me))*$", re.IGNORECASE)
"""'run at 7', 'schedule every day at 8', 'run on fridays at 20:00': a time, no routine."""


def when_alone(text: str) -> str | None:
    """The time said in "run at 7" with no routine named ("at 7"), or None."""
    found = _WHEN_ALONE.match(" ".join(text.strip().rstrip("?.!").replace(",", " ").split()))
    return found.group("when") if found else None


def routine_answered(when: str, answer: str, find: Callable[[str], str | None]
                     ) -> str | None:
    """The schedule sentence an answer to "Which routine should run at 7?" makes: "good
    morning" -> "run good morning at 7"; None when ``answer`` names no routine."""
    said = re.sub(r"^(?:(?:ok|okay|so|um|uh|please|run|the|my)\s+)+|\s+(?:routine|please)$",
                  "", " ".join(answer.strip().rstrip("?.!").split()), flags=re.IGNORECASE)
    name = find(said) if said else None
    return None if name is None else f"run {name} {when}"


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
