"""The values of the resolver contract (DESIGN.md, "The resolver contract")."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from ..settings import parse_section

__all__ = ["Alternative", "Confusion", "Decision", "PhraseEntry", "Resolution", "ResolverSettings",
           "phrase_entries"]

class Decision(StrEnum):
    """What the resolver says of an utterance (the ``decision`` of ``resolve --json``)."""

    RUN = "run"
    """Confident: run the routine."""
    CLARIFY = "clarify"
    """Plausible: ask "did you mean X?"."""
    REJECT = "reject"
    """Not a taught phrase."""


@dataclass(frozen=True)
class PhraseEntry:
    """One phrase the resolver knows, and the routine it starts."""

    text: str
    routine: str
    origin: str = "taught"


def phrase_entries(index: Iterable[tuple[str, str, str]]) -> list[PhraseEntry]:
    """Entries from ``Store.phrase_index()`` rows (text, routine, origin)."""
    return [PhraseEntry(text, routine, origin) for text, routine, origin in index]


@dataclass(frozen=True)
class Alternative:
    """Another routine the utterance could have meant."""

    routine: str
    score: float


@dataclass(frozen=True)
class Resolution:
    """What an utterance means: run a routine, ask, or say it is not known."""

    utterance: str
    decision: Decision | str
    """Coerced to Decision."""
    routine: str | None
    score: float
    """Calibrated confidence in 0..1 that ``routine`` is what was meant."""
    alternatives: tuple[Alternative, ...] = ()
    phrase: str | None = None
    """The taught phrase that matched best, when there is one."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "decision", Decision(self.decision))

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of ``teachapp resolve --json``."""
        return {
            "utterance": self.utterance,
            "decision": str(self.decision),
            "routine": self.routine,
            "score": round(float(self.score), 4),
            "alternatives": [
                {"routine": a.routine, "score": round(float(a.score), 4)}
                for a in self.alternatives
            ],
        }


@dataclass(frozen=True)
class Confusion:
    """An existing phrase that a new phrase could be mistaken for."""

    phrase: str
    routine: str
    similarity: float


@dataclass
class ResolverSettings:
    """Decision thresholds; defaults chosen on benchmarks/resolver.py."""

    run_threshold: float = 0.84
    """At or above this score (and clear of the runner-up) the routine runs."""
    clarify_threshold: float = 0.63
    """Between this and ``run_threshold`` the app asks "did you mean ...?"."""
    margin: float = 0.05
    """The best routine must beat the second best by this much to run."""
    extra: dict[str, Any] = field(default_factory=dict)
    """Room for tuning knobs of the scorer, kept with the settings."""

    @classmethod
    def from_section(cls, section: dict[str, Any]) -> ResolverSettings:
        """The ``resolver`` section of settings.json (bad values ignored, logged)."""
        return parse_section(cls, section, name="resolver")
