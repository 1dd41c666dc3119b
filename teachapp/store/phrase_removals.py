"""Phrases taken off a routine, kept so "undo" in any later process puts them back.

"forget breeding road", "stop calling it film night", History's Remove, a phrase left
out in the routine editor: the conversation's one path for these
(``TalkTurns.phrases_taken_off``) writes a ``removed_phrase`` row (revision 0030)
with the routine's name and the phrases and their origins. "undo" (chat, the window,
``teachapp undo``) in this session or a later one puts them back when it is the
newest undoable change (``undo_order``), as step edits (0029), renames and deletions
are. It was kept in the session's memory alone: after a restart "undo" took back the
newest run instead, and the phrase stayed gone. A phrase another routine has taken
since is left out, and said so.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from ..clock import wall_time
from ..domain import PhraseOrigin, spoken_list
from ..errors import NotFoundError, TeachappError
from .records import aware
from .tables import utcnow
from .undo_records import UndoableRow, newest_kept, take_back

if TYPE_CHECKING:
    from .store import Store

__all__ = ["PhraseRemoval", "PhrasesPutBack", "last_phrase_removal", "save_phrase_removal",
           "undo_phrase_removal"]


class RemovedPhraseRow(UndoableRow, table=True):
    __tablename__ = "removed_phrase"

    name: str
    """The routine's name when its phrases were taken off."""
    phrases_json: str = "[]"
    """[[text, origin], …] of the phrases taken off, in the order they were said."""


@dataclass(frozen=True)
class PhraseRemoval:
    """Phrases taken off a routine that "undo" can put back."""

    id: int
    at: datetime
    name: str
    phrases: tuple[tuple[str, str], ...]
    """(text, origin) of each."""


@dataclass(frozen=True)
class PhrasesPutBack:
    """What undoing a phrase removal did."""

    routine: str
    """The routine's name now (followed through a rename since)."""
    phrases: tuple[tuple[str, str], ...]
    """(text, origin) of each phrase put back."""
    left_out: tuple[str, ...] = ()
    """Phrases another routine has taken since: not put back."""


def save_phrase_removal(store: Store, routine: str, taken: list[tuple[str, str]], *,
                        at: datetime | None = None) -> None:
    """Keep that ``taken`` ((text, origin) each) were just taken off ``routine``;
    ``at``: when, by the clock the runs are logged by (``Store.record_run``), so the two
    agree when said; which "undo" takes first is the order written (``undo_sequence``)."""
    if not taken:
        return
    with store.transaction() as s:
        s.add(RemovedPhraseRow(name=routine, phrases_json=json.dumps(
            [[text, str(origin)] for text, origin in taken]), at=at or utcnow()))


def last_phrase_removal(store: Store) -> PhraseRemoval | None:
    """The newest phrase removal not yet undone."""
    row = newest_kept(store, RemovedPhraseRow)
    return None if row is None else PhraseRemoval(
        row.id or 0, row.at, row.name,
        tuple((str(t), str(o)) for t, o in json.loads(row.phrases_json)))


def undo_phrase_removal(store: Store) -> PhrasesPutBack:
    """Put back the phrases of the newest removal on their routine (followed through a
    rename since), each with its origin. The removal is marked undone first, so one
    that cannot be put back (its routine is gone) is dropped and the next "undo" goes
    on to older changes; NotFoundError says so."""
    from .evidence import EvidenceLedger
    from .renames import name_now

    newest = last_phrase_removal(store)
    if newest is None:
        raise NotFoundError("There is no phrase removal to take back.")
    with store.transaction() as s:
        take_back(s, RemovedPhraseRow, newest.id, "There is no phrase removal to take back.")
    name = name_now(store, newest.name, aware(newest.at).timestamp()) or newest.name
    try:
        name = store.routine(name).name
    except NotFoundError:
        raise NotFoundError(f"I couldn't put back {_quoted(newest.phrases)}: {newest.name} "
                            "is gone. \"undo\" goes on to older changes now.") from None
    put: list[tuple[str, str]] = []
    left: list[str] = []
    for text, origin in newest.phrases:
        owner = store.phrase_owner(text)
        if owner is not None and owner.casefold() != name.casefold():
            left.append(text)
            continue
        try:
            store.add_phrase(name, text, origin=origin)
        except TeachappError:
            left.append(text)
            continue
        put.append((text, origin))
        if origin == PhraseOrigin.LEARNED:  # (its evidence was blocked when taken off:
            # listed as learned again, and never blocked from being learned)
            ledger = EvidenceLedger(store)
            ledger.unblock(text, name, wall_time())
            ledger.promoted(text, name, how="put back by undo", now=wall_time())
    return PhrasesPutBack(name, tuple(put), tuple(left))


def _quoted(phrases: tuple[tuple[str, str], ...]) -> str:
    return spoken_list([f'"{text}"' for text, _origin in phrases])
