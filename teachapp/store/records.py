"""Plain records the Store hands out besides the domain values."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

__all__ = ["AliasEvidence", "Interaction", "RunRecord", "Timer", "aware", "phrase_key"]

_NON_WORD = re.compile(r"[^\w']+")


def phrase_key(text: str) -> str:
    """The folded form used to tell whether two phrases are the same phrase."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_NON_WORD.sub(" ", text).split())


def aware(at: datetime) -> datetime:
    """A stored time made aware: SQLite gives times back naive, in UTC."""
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


@dataclass
class Interaction:
    """One turn: what was heard, what was decided and how it ended."""

    heard: str
    decision: str
    score: float = 0.0
    routine: str | None = None
    outcome: str = ""
    source: str = "text"
    confidence: float | None = None
    feedback: str | None = None
    at: datetime | None = None
    id: int | None = None


@dataclass
class RunRecord:
    """A routine run: the states it replaced, so it can be undone."""

    id: int
    at: datetime
    routine: str | None
    utterance: str | None
    before: dict[str, dict[str, Any]] = field(default_factory=dict)
    after: dict[str, dict[str, Any]] = field(default_factory=dict)
    undone: bool = False


@dataclass
class AliasEvidence:
    """How often an utterance turned out to mean a routine (or not)."""

    utterance: str
    routine: str
    positive: int = 0
    negative: int = 0
    promoted: bool = False
    sightings: int = 0
    """Times a miss of ``utterance`` was followed by a success of ``routine``."""
    weight: float = 0.0
    """Evidence so far, weighed by the pair's strength (promotion at 2)."""
    strength: str = ""
    """strong, plausible or unrelated (``understanding/rephrase.py``)."""
    reason: str = ""
    """Why the pair has that strength, in a few words."""
    asked_at: float | None = None
    """When "Should U also mean R?" was asked (wall-clock seconds); asked once."""
    answer: str | None = None
    """yes or no, when the person answered the question."""
    blocked: bool = False
    """Refused ("no", undo, a removed alias): never learned again."""
    how: str = ""
    """What made it an alias: "heard twice", "confirmed", "chosen", "assigned"."""
    first_seen: float | None = None
    last_seen: float | None = None
    promoted_at: float | None = None
    offered: int = 0
    """Times "did you mean R?" was offered for a miss of ``utterance`` from this
    evidence (it is offered a few times at most)."""


@dataclass(frozen=True)
class Timer:
    """One device command to run once, later: "turn off the telly in 30 minutes"; or
    words to say then (a reminder, a plain timer: one ``SayStep``).

    Stored in the ``timer`` table (revision 0024) until it runs, is reported missed or
    is cancelled; the scheduler removes it by compare-and-delete, so two processes
    never run it twice."""

    at: float
    """When it is due, UTC seconds since the epoch."""
    steps: list[Any]
    """The ``SetStep``s the command parser made when it was set (values as then), or
    the one ``SayStep`` of a reminder."""
    text: str
    """What it does, in the parser's words: "turn off TV"."""
    said: str = ""
    """The words the person said to set it."""
    created: float = 0.0
    """When it was set, UTC seconds."""
    id: int | None = None
    paused_left: float | None = None
    """Seconds left while paused ("pause the timer", revision 0027); None while it runs.
    A paused timer is never due; resuming sets ``at`` to now plus this."""

    @property
    def paused(self) -> bool:
        """Whether it waits paused (its ``at`` then means nothing)."""
        return self.paused_left is not None

