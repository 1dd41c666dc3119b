"""What the engine tells whoever listens (the window's bridge, the chat printer).

Plain dataclasses, delivered to callbacks registered with ``Assistant.subscribe``.
Callbacks may be called from any thread; the GUI bridge re-sends them as queued Qt
signals. Values inside events are copies, so a listener may keep them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from ..domain import Device
from ..understanding.resolution import Resolution
from .teaching import TeachingSession

if TYPE_CHECKING:
    from ..home.executor import RunResult

__all__ = [
    "AliasLearned",
    "DevicesChanged",
    "Event",
    "Heard",
    "LaterReplies",
    "Reply",
    "ReplyKind",
    "RoutinesChanged",
    "RunFinished",
    "TeachingChanged",
    "TurnResolved",
    "Undone",
    "WaitingChanged",
]

ReplyKind = Literal["info", "question", "error", "say"]


@dataclass(frozen=True)
class Reply:
    """A line the assistant says (and the chat prints)."""

    text: str
    kind: ReplyKind = "info"
    """question: the assistant waits for an answer; error: something went wrong;
    say: a routine's ``say`` step (already spoken by the executor; shown as words)."""


@dataclass(frozen=True)
class Heard:
    """What a turn's input was: typed text or a recogniser's transcript."""

    text: str
    source: str
    """"text" (typed), "audio" (recognised) or another caller-chosen label."""
    confidence: float | None = None
    """The recogniser's confidence in 0..1; None for typed text."""


@dataclass(frozen=True)
class TurnResolved:
    """A turn was resolved against the taught phrases and logged."""

    interaction_id: int
    resolution: Resolution


@dataclass(frozen=True)
class RunFinished:
    """A routine, a device command or an undo finished (perhaps with failed steps)."""

    result: RunResult


@dataclass(frozen=True)
class Undone:
    """A run, a deletion or a rename was taken back, however undo was asked (the
    window's button, "undo" typed or said, "no" right after a run)."""

    said: str
    """One line saying what was taken back, for a status bar: "Undid “Good night”.",
    "Movie night is back, with its phrases.", or the failure."""
    routine: str | None = None
    """The routine brought back or renamed back, by its name now; None for a run."""


@dataclass(frozen=True)
class DevicesChanged:
    """These devices have new states."""

    devices: list[Device]


@dataclass(frozen=True)
class RoutinesChanged:
    """Routines or their phrases changed: the routine list should be re-read."""


@dataclass(frozen=True)
class TeachingChanged:
    """The teaching dialogue moved on; ``None`` when it ended (saved or left)."""

    session: TeachingSession | None


@dataclass(frozen=True)
class AliasLearned:
    """An utterance became a phrase of a routine (learned from use)."""

    utterance: str
    routine: str


@dataclass(frozen=True)
class AliasOffered:
    """A miss was answered "did you mean ``routine``?" from what was learned of its
    words (the ledger), not from the resolver."""

    utterance: str
    routine: str


@dataclass(frozen=True)
class WaitingChanged:
    """A routine paused at a ``wait`` step, or its rest ended (ran, failed, stopped):
    what waits (``Assistant.waiting_runs``) should be read again."""


@dataclass(frozen=True)
class LaterReplies:
    """Lines said outside any turn: how the rest of a routine went after its pause.

    Each line was also sent as a ``Reply`` (the window shows those); a front end that
    prints only a turn's own lines (``teachapp chat``) prints these."""

    lines: list[str]


Event = (Reply | Heard | TurnResolved | RunFinished | DevicesChanged | RoutinesChanged
         | TeachingChanged | AliasLearned | AliasOffered | WaitingChanged | LaterReplies
         | Undone)
