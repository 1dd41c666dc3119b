"""Renames, kept so "undo" in any later process (chat, ``teachapp undo``) renames back.

``rename_routine`` renames in place and writes a ``renamed_routine`` row (revision
0026) in the same transaction; ``undo_rename`` renames back and brings back the
routine that was deleted to free the name, in one transaction, so a crash leaves
both renamed or both as they were. A rename made by undoing is not itself recorded:
"undo" twice goes further back instead of renaming to and fro.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from sqlmodel import Session, col, select

from ..domain import PhraseOrigin
from ..errors import ConflictError, NotFoundError
from .changes import note_change
from .records import aware, phrase_key
from .sharing import touch
from .tables import AliasEvidenceRow, PhraseRow, RoutineRow, RunRow, utcnow
from .turn_records import restore_deletion_in
from .undo_records import UndoableRow, newest_kept, take_back

if TYPE_CHECKING:
    from .store import Store

__all__ = ["RenameRecord", "RenameUndone", "last_rename", "name_now", "names_now",
           "rename_routine", "undo_rename"]


class RenamedRoutineRow(UndoableRow, table=True):
    __tablename__ = "renamed_routine"

    old: str
    new: str
    replaced_id: int | None = None
    """The ``deleted_routine`` row of the routine deleted to free the name, if any."""


@dataclass(frozen=True)
class RenameRecord:
    """A rename "undo" can take back."""

    id: int
    at: datetime
    old: str
    new: str
    replaced_id: int | None = None


@dataclass(frozen=True)
class RenameUndone:
    """What undoing a rename did."""

    name: str
    """The routine's name again (the one it had before the rename)."""
    was: str
    """The name it had until the undo."""
    restored: str | None = None
    """The routine the rename had replaced, back under its name."""
    left_out: list[str] = field(default_factory=list)
    """That routine's phrases another routine took since, left out."""


def rename_routine(store: Store, old: str, new: str, *, replaced_id: int | None = None,
                   at: datetime | None = None) -> tuple[str, str]:
    """Rename a routine in place, keeping its phrases' origins, uses and dates: the
    phrase that was its old name becomes the new name (added when there was none).
    Returns (old name, new name). Alias evidence and past runs follow the routine.
    The rename is recorded for "undo"; ``replaced_id`` is the deletion that freed
    the name, which undoing it brings back; ``at``: when, by the runs' clock."""
    new = " ".join(new.split())
    with store.transaction() as s:
        previous, now = _rename_in(s, old, new, store.machine)
        if previous != now:
            s.add(RenamedRoutineRow(old=previous, new=now, replaced_id=replaced_id,
                                    at=at or utcnow()))
        return previous, now


def name_now(store: Store, name: str, since: float) -> str | None:
    """The name the routine called ``name`` at ``since`` (a Unix time) has now, followed
    through the renames made after it ("movie night" -> "film night"); None when it was
    not renamed since (or every rename was undone)."""
    return names_now(store, [(name, since)]).get((name, since))


def names_now(store: Store, named: Iterable[tuple[str, float]]
              ) -> dict[tuple[str, float], str]:
    """``name_now`` of many (name, since) pairs, the renames read once: a list of 300
    turns or device changes costs one query, not one a row. Pairs not renamed since
    are left out."""
    with store._read() as s:  # (a household's renames are few)
        rows = [(aware(r.at), r.old, r.new)
                for r in s.exec(select(RenamedRoutineRow).where(
                    col(RenamedRoutineRow.undone) == False)  # noqa: E712
                    .order_by(col(RenamedRoutineRow.id))).all()]
    found: dict[tuple[str, float], str] = {}
    for name, since in named:
        now = name
        for at, old, new in rows:
            if at.timestamp() >= since and old.casefold() == now.casefold():
                now = new
        if now.casefold() != name.casefold():
            found[(name, since)] = now
    return found


def last_rename(store: Store) -> RenameRecord | None:
    """The newest rename not yet undone."""
    row = newest_kept(store, RenamedRoutineRow)
    return None if row is None else RenameRecord(row.id or 0, row.at, row.old, row.new,
                                                 row.replaced_id)


def undo_rename(store: Store, rename_id: int | None = None) -> RenameUndone:
    """Rename back (the newest rename when no id is given) and bring back the routine
    deleted to free the name. A rename that can no longer be taken back (the routine
    was deleted or renamed since, or its old name is taken) is an error saying so,
    and is dropped, so the next "undo" goes on to older changes."""
    failure: NotFoundError | ConflictError
    with store.transaction() as s:
        row = take_back(s, RenamedRoutineRow, rename_id, "There is no rename to take back.")
        try:  # (every refusal comes before any change)
            was, name = _rename_in(s, row.new, row.old, store.machine, undoing=True)
        except (NotFoundError, ConflictError) as exc:
            failure, old, new = exc, row.old, row.new
        else:
            restored: str | None = None
            left_out: list[str] = []
            if row.replaced_id is not None:
                try:
                    restored, left_out = restore_deletion_in(s, row.replaced_id)
                except NotFoundError:
                    pass  # brought back already, by an "undo" of the deletion itself
            return RenameUndone(name, was, restored, left_out)
    raise type(failure)(f"I couldn't rename {new} back to {old}: {failure} "
                        "\"undo\" goes on to older changes now.") from failure


def _written_as(phrase: str, name: str, new: str, *, undoing: bool) -> str:
    """The phrase that was the routine's name ``name``, renamed to ``new``. Written as
    the name was, it is written as the new one is ("Film Night" as typed); written in
    lower case ("movie night" of "Movie Night"), it stays so ("cinema"). Renamed back
    by an undo, a phrase in lower case comes back in lower case: it came back with the
    name's capitals ("Movie Night"), though only the name had them."""
    if phrase == phrase.lower() and (undoing or phrase != name):
        return new.lower()
    return new


def _rename_in(s: Session, old: str, new: str, machine: str, *, undoing: bool = False
               ) -> tuple[str, str]:
    key = phrase_key(new)
    if not key:
        raise ConflictError("A routine's name needs at least one word.")
    row = s.exec(select(RoutineRow).where(
        RoutineRow.name_key == old.strip().casefold())).first()
    if row is None:
        raise NotFoundError(
            f"There is no routine called {old!r}; 'teachapp list' shows the routines.")
    other = s.exec(select(RoutineRow).where(RoutineRow.name_key == new.casefold(),
                                            RoutineRow.id != row.id)).first()
    if other is not None:
        raise ConflictError(f"There is already a routine called {other.name!r}; "
                            "choose another name or delete that one first.")
    owner = s.exec(select(RoutineRow.name).join(
        PhraseRow, col(PhraseRow.routine_id) == col(RoutineRow.id)).where(
        PhraseRow.normalized == key, RoutineRow.id != row.id)).first()
    if owner is not None:
        raise ConflictError(f"The phrase {new!r} already starts routine {owner!r}; "
                            "choose another name or remove that phrase first.")
    phrases = s.exec(select(PhraseRow).where(PhraseRow.routine_id == row.id)
                     .order_by(col(PhraseRow.position))).all()
    previous = row.name
    if previous == new:
        return previous, new
    note_change(s, "routines")
    mine = {p.normalized: p for p in phrases}
    if key not in mine:
        renamed = mine.get(phrase_key(previous))
        if renamed is not None:
            renamed.text = _written_as(renamed.text, previous, new, undoing=undoing)
            renamed.normalized = key
            s.add(renamed)
        else:
            s.add(PhraseRow(routine_id=row.id or 0, position=len(phrases), text=new,
                            normalized=key, origin=PhraseOrigin.ALIAS))
    row.name, row.name_key = new, new.casefold()
    touch(row, machine)  # (a window editing it elsewhere is told, not overwritten)
    s.add(row)
    for evidence in s.exec(select(AliasEvidenceRow).where(
            AliasEvidenceRow.routine == previous)).all():
        clash = s.exec(select(AliasEvidenceRow).where(
            AliasEvidenceRow.routine == new,
            AliasEvidenceRow.utterance == evidence.utterance)).first()
        if clash is None:
            evidence.routine = new
            s.add(evidence)
    for run in s.exec(select(RunRow).where(RunRow.routine == previous)).all():
        run.routine = new  # ("when did book time last run?" after a rename)
        s.add(run)
    return previous, new
