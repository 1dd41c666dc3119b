"""SQLModel tables. Rows stay inside store/; other layers see domain dataclasses.

Schema changes need a new Alembic revision in ``migrations/versions``.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Column, ForeignKey, Integer, UniqueConstraint
from sqlmodel import Field, SQLModel

from ..clock import wall_time
from ..domain import PhraseOrigin
from .undo_sequence import Sequenced

__all__ = [
    "AliasEvidenceRow",
    "ChangeCounterRow",
    "DeviceRow",
    "InteractionRow",
    "PhraseRow",
    "RoutineRow",
    "RunRow",
    "StepRow",
]


def utcnow() -> datetime:
    return datetime.fromtimestamp(wall_time(), UTC)  # (TEACHAPP_NOW: teachapp.clock)


class DeviceRow(SQLModel, table=True):
    __tablename__ = "device"

    id: str = Field(primary_key=True)
    name: str
    room: str = ""
    kind: str
    state_json: str = "{}"
    updated_at: datetime = Field(default_factory=utcnow)


class RoutineRow(SQLModel, table=True):
    __tablename__ = "routine"

    id: int | None = Field(default=None, primary_key=True)
    name: str
    name_key: str = Field(index=True, unique=True)
    """The name folded to lower case: names are unique without regard to case."""
    enabled: bool = True
    source: str = "cli"
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    version: int = 1
    """Raised by every change; a save based on an older version is refused."""
    updated_by: str | None = None
    """The computer (machine name) that changed it last."""
    last_handled: float | None = None
    """Its newest scheduled run a scheduler handled (Unix seconds; ran, skipped or
    missed), by any process: a trigger first seen starts after it (migration 0028)."""


class StepRow(SQLModel, table=True):
    __tablename__ = "step"

    id: int | None = Field(default=None, primary_key=True)
    routine_id: int = Field(
        sa_column=Column(Integer, ForeignKey("routine.id", ondelete="CASCADE"),
                         nullable=False, index=True)
    )
    position: int
    kind: str
    """device, wait or say."""
    device_id: str | None = None
    values_json: str | None = None
    seconds: float | None = None
    text: str | None = None


class PhraseRow(SQLModel, table=True):
    __tablename__ = "phrase"
    __table_args__ = (UniqueConstraint("routine_id", "normalized"),)

    id: int | None = Field(default=None, primary_key=True)
    routine_id: int = Field(
        sa_column=Column(Integer, ForeignKey("routine.id", ondelete="CASCADE"),
                         nullable=False, index=True)
    )
    position: int = 0
    text: str
    normalized: str = Field(index=True)
    origin: str = PhraseOrigin.TAUGHT.value
    uses: int = 0
    last_used: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow)


class InteractionRow(SQLModel, table=True):
    __tablename__ = "interaction"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    heard: str
    source: str = "text"
    """text, audio or gui."""
    confidence: float | None = None
    decision: str
    score: float = 0.0
    routine: str | None = None
    outcome: str = ""
    feedback: str | None = None


class RunRow(Sequenced, table=True):
    __tablename__ = "run"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    routine: str | None = None
    utterance: str | None = None
    before_json: str = "{}"
    """device id -> the attribute values the run replaced."""
    after_json: str = "{}"
    undone: bool = False
    machine: str | None = Field(default=None, index=True)
    """The computer that ran it: undo is per computer. None: from before sharing."""


class AliasEvidenceRow(SQLModel, table=True):
    __tablename__ = "alias_evidence"
    __table_args__ = (UniqueConstraint("utterance", "routine"),)

    id: int | None = Field(default=None, primary_key=True)
    utterance: str
    routine: str
    positive: int = 0
    negative: int = 0
    promoted: bool = False
    updated_at: datetime = Field(default_factory=utcnow)
    # The ledger (revision 0022): see store/evidence.py.
    sightings: int = 0
    weight: float = 0.0
    strength: str = ""
    reason: str = ""
    asked_at: float | None = None
    answer: str | None = None
    blocked: bool = False
    how: str = ""
    first_seen: float | None = None
    last_seen: float | None = None
    promoted_at: float | None = None
    # Revision 0015: "did you mean R?" offered from the ledger (store/evidence.py).
    offered: int = 0


class ChangeCounterRow(SQLModel, table=True):
    """One counter per topic, raised in the same transaction as the change it marks.

    Other processes poll it (SQLite) or hear a NOTIFY (PostgreSQL) to refresh.
    """

    __tablename__ = "change_counter"

    topic: str = Field(primary_key=True)
    counter: int = 0
