"""The household's alias-evidence ledger: one row per (utterance, routine) pair.

Everything the learner knows about a pair lives here, so evidence gathered in one
session counts in the next (a restart, another day): how often the pair was seen,
its weighted evidence, how strong the pair is and why, whether the question was
asked (once) and how it was answered, and whether it is blocked. Times are
wall-clock seconds handed in by the caller (the benchmark moves its own clock).
"""

from __future__ import annotations

from sqlmodel import Session, select

from .records import AliasEvidence, phrase_key
from .store import Store, evidence_record
from .tables import AliasEvidenceRow, utcnow

__all__ = ["EvidenceLedger"]


class EvidenceLedger:
    """Reads and updates alias evidence in one store (one household)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def pair(self, utterance: str, routine: str) -> AliasEvidence | None:
        with self._store._read() as s:
            row = _row(s, phrase_key(utterance), routine)
            return evidence_record(row) if row is not None else None

    def pairs(self, utterance: str | None = None) -> list[AliasEvidence]:
        return self._store.evidence(utterance)

    def blocked(self, utterance: str) -> set[str]:
        """The routines ``utterance`` must never be learned for."""
        return {e.routine for e in self.pairs(utterance) if e.blocked}

    def last_question(self) -> float | None:
        """When the household was last asked "Should U also mean R?"."""
        asked = [e.asked_at for e in self.pairs() if e.asked_at is not None]
        return max(asked) if asked else None

    def sighting(self, utterance: str, routine: str, *, weight: float, strength: str,
                 reason: str, now: float) -> AliasEvidence:
        """One more time a miss of ``utterance`` was followed by ``routine``."""
        return self._update(utterance, routine, now, positive=1, sightings=1,
                            weight=weight, strength=strength, reason=reason)

    def confirmation(self, utterance: str, routine: str, *, weight: float, how: str,
                     now: float, strength: str = "", reason: str = "") -> AliasEvidence:
        """An explicit sign (a yes, a choice, an assignment) that the pair is right."""
        return self._update(utterance, routine, now, positive=1, weight=weight, how=how,
                            strength=strength, reason=reason)

    def asked(self, utterance: str, routine: str, now: float) -> None:
        self._update(utterance, routine, now, asked_at=now)

    def offered(self, utterance: str, routine: str, now: float) -> AliasEvidence:
        """"Did you mean R?" was offered for a miss of ``utterance`` from this pair."""
        return self._update(utterance, routine, now, offered=1)

    def answered(self, utterance: str, routine: str, answer: str, now: float) -> None:
        self._update(utterance, routine, now, answer=answer)

    def block(self, utterance: str, routine: str, now: float, *, why: str) -> AliasEvidence:
        """Negative evidence: the pair is refused for good (and no longer promoted)."""
        return self._update(utterance, routine, now, negative=1, blocked=True,
                            promoted=False, how=why)

    def unblock(self, utterance: str, routine: str, now: float) -> None:
        """The person's own assignment overrides an earlier refusal."""
        self._update(utterance, routine, now, blocked=False)

    def promoted(self, utterance: str, routine: str, *, how: str, now: float) -> None:
        self._update(utterance, routine, now, promoted=True, promoted_at=now, how=how)

    def _update(self, utterance: str, routine: str, now: float, *, positive: int = 0,
                negative: int = 0, sightings: int = 0, weight: float = 0.0,
                offered: int = 0, **fields: object) -> AliasEvidence:
        key = phrase_key(utterance)
        with self._store.transaction() as s:
            row = _row(s, key, routine)
            if row is None:
                row = AliasEvidenceRow(utterance=key, routine=routine, first_seen=now)
            row.positive += positive
            row.negative += negative
            row.sightings += sightings
            row.weight += weight
            row.offered += offered
            if positive:
                row.last_seen = now
            row.updated_at = utcnow()
            for name, value in fields.items():
                if value not in ("", None) or name in ("promoted",):
                    setattr(row, name, value)
            s.add(row)
            return evidence_record(row)


def _row(s: Session, key: str, routine: str) -> AliasEvidenceRow | None:
    return s.exec(select(AliasEvidenceRow).where(
        AliasEvidenceRow.utterance == key, AliasEvidenceRow.routine == routine)).first()
