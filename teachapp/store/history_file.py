"""A household's history in a routine file, so a move loses nothing.

``teachapp export --history`` adds a ``history`` section to the routine file: device
states, phrase usage, every turn, the learning evidence and the runs (with the
computer that made them). ``teachapp import`` applies it in the same transaction as
the devices and routines, so a household moves between SQLite and PostgreSQL (or to
a new computer) whole. Turns and runs are appended and evidence is added up: import
it into an empty database for an exact copy. The runs come in as older than every
change made here ("undo" takes the person's own newest change first). Files without
the section are read as before.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from ..domain import validate_changes
from ..errors import RoutineFileError, TeachappError
from .records import aware, phrase_key
from .tables import (
    AliasEvidenceRow,
    DeviceRow,
    InteractionRow,
    PhraseRow,
    RoutineRow,
    RunRow,
)
from .undo_sequence import number_as_older

__all__ = ["HISTORY_KEY", "History", "apply_history", "collect_history", "history_from_doc",
           "read_history"]

HISTORY_KEY = "history"
_TURN_FIELDS = ("at", "heard", "source", "confidence", "decision", "score", "routine",
                "outcome", "feedback")
_EVIDENCE_FIELDS = ("utterance", "routine", "positive", "negative", "promoted")
_RUN_FIELDS = ("at", "routine", "utterance", "before", "after", "undone", "machine")


@dataclass
class History:
    states: dict[str, dict[str, Any]] = field(default_factory=dict)
    usage: list[dict[str, Any]] = field(default_factory=list)
    turns: list[dict[str, Any]] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)
    runs: list[dict[str, Any]] = field(default_factory=list)


def _iso(at: datetime | None) -> str | None:
    if at is None:
        return None
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return at.isoformat()


def _when(text: Any, name: str, where: str) -> datetime | None:
    if text is None:
        return None
    try:
        at = datetime.fromisoformat(str(text))
    except ValueError as exc:
        raise RoutineFileError(name, f"{text!r} is not a time like 2026-11-30T12:00:00.",
                               field=where) from exc
    return aware(at)


def collect_history(s: Session) -> dict[str, Any]:
    """The history section, in the order things happened."""
    states = {row.id: json.loads(row.state_json)
              for row in s.exec(select(DeviceRow).order_by(DeviceRow.id)).all()}
    usage = [{"routine": name, "phrase": text, "uses": uses, "last_used": _iso(last)}
             for name, text, uses, last in s.exec(
                 select(RoutineRow.name, PhraseRow.text, PhraseRow.uses, PhraseRow.last_used)
                 .join(RoutineRow, col(PhraseRow.routine_id) == col(RoutineRow.id))
                 .where(col(PhraseRow.uses) > 0)
                 .order_by(col(RoutineRow.name_key), col(PhraseRow.position))).all()]
    turns = [{"at": _iso(r.at), "heard": r.heard, "source": r.source,
              "confidence": r.confidence, "decision": r.decision, "score": r.score,
              "routine": r.routine, "outcome": r.outcome, "feedback": r.feedback}
             for r in s.exec(select(InteractionRow).order_by(col(InteractionRow.id))).all()]
    evidence = [{"utterance": r.utterance, "routine": r.routine, "positive": r.positive,
                 "negative": r.negative, "promoted": r.promoted}
                for r in s.exec(select(AliasEvidenceRow).order_by(col(AliasEvidenceRow.id))).all()]
    runs = [{"at": _iso(r.at), "routine": r.routine, "utterance": r.utterance,
             "before": json.loads(r.before_json), "after": json.loads(r.after_json),
             "undone": r.undone, "machine": r.machine}
            for r in s.exec(select(RunRow).order_by(col(RunRow.seq), col(RunRow.id))).all()]
    return {"states": states, "usage": usage, "turns": turns, "evidence": evidence,
            "runs": runs}


def read_history(path: str | Path) -> History | None:
    """The history section of a routine file (already checked by read_routine_file)."""
    from .routine_file import load_yaml

    return history_from_doc(load_yaml(Path(path).read_bytes().decode("utf-8", errors="replace")),
                            str(path))


def history_from_doc(doc: Any, name: str) -> History | None:
    """The history section of a parsed routine file, checked; None when it has none."""
    raw = doc.get(HISTORY_KEY) if isinstance(doc, dict) else None
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise RoutineFileError(name, "'history' must be a mapping.", field=HISTORY_KEY)
    history = History()
    states = raw.get("states") or {}
    if not isinstance(states, dict):
        raise RoutineFileError(name, "must map device ids to states.", field="history.states")
    history.states = {str(k): dict(v or {}) for k, v in states.items()}
    for key, fields in (("usage", ("routine", "phrase", "uses", "last_used")),
                        ("turns", _TURN_FIELDS), ("evidence", _EVIDENCE_FIELDS),
                        ("runs", _RUN_FIELDS)):
        items = raw.get(key) or []
        if not isinstance(items, list):
            raise RoutineFileError(name, "must be a list.", field=f"history.{key}")
        for index, item in enumerate(items):
            if not isinstance(item, dict) or set(item) - set(fields):
                raise RoutineFileError(
                    name, f"each entry has only these keys: {', '.join(fields)}.",
                    field=f"history.{key}[{index}]")
        setattr(history, key, items)
    return history


def apply_history(s: Session, history: History, *, name: str) -> None:
    """Write a file's history into the session (the import's transaction)."""
    for device_id, values in history.states.items():
        row = s.get(DeviceRow, device_id)
        if row is None:
            continue
        try:
            state = json.loads(row.state_json)
            state.update(validate_changes(device_id, values))
        except TeachappError as exc:
            raise RoutineFileError(name, str(exc), field=f"history.states.{device_id}") \
                from exc
        row.state_json = json.dumps(state, sort_keys=True)
        s.add(row)
    for index, item in enumerate(history.usage):
        found = s.exec(select(PhraseRow)
                       .join(RoutineRow, col(PhraseRow.routine_id) == col(RoutineRow.id))
                       .where(RoutineRow.name_key == str(item.get("routine", "")).casefold(),
                              PhraseRow.normalized == phrase_key(str(item.get("phrase", ""))))
                       ).first()
        if found is not None:
            found.uses = max(found.uses, int(item.get("uses") or 0))
            found.last_used = _when(item.get("last_used"), name, f"history.usage[{index}]")
            s.add(found)
    for index, item in enumerate(history.turns):
        s.add(InteractionRow(
            at=_when(item.get("at"), name, f"history.turns[{index}].at") or datetime.now(UTC),
            heard=str(item.get("heard", "")), source=str(item.get("source") or "text"),
            confidence=item.get("confidence"), decision=str(item.get("decision", "")),
            score=float(item.get("score") or 0.0), routine=item.get("routine"),
            outcome=str(item.get("outcome") or ""), feedback=item.get("feedback")))
    for item in history.evidence:
        evidence = s.exec(select(AliasEvidenceRow).where(
            AliasEvidenceRow.utterance == str(item.get("utterance", "")),
            AliasEvidenceRow.routine == str(item.get("routine", "")))).first()
        if evidence is None:
            evidence = AliasEvidenceRow(utterance=str(item.get("utterance", "")),
                                        routine=str(item.get("routine", "")))
        evidence.positive += int(item.get("positive") or 0)
        evidence.negative += int(item.get("negative") or 0)
        evidence.promoted = bool(evidence.promoted or item.get("promoted"))
        s.add(evidence)
    runs = [RunRow(
        at=_when(item.get("at"), name, f"history.runs[{index}].at") or datetime.now(UTC),
        routine=item.get("routine"), utterance=item.get("utterance"),
        before_json=json.dumps(item.get("before") or {}, sort_keys=True),
        after_json=json.dumps(item.get("after") or {}, sort_keys=True),
        undone=bool(item.get("undone")), machine=item.get("machine"))
        for index, item in enumerate(history.runs)]
    number_as_older(s, runs)  # (older than this database's own: undone after them)
    s.add_all(runs)
