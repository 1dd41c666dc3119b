""""undo" of what ``TalkTurns`` changed, when it is the newest thing to undo (any
session): a step edit, a rename, phrases taken off, a routine forgotten.
"""

from __future__ import annotations

from ..domain import name_in_sentence as in_text
from ..domain import name_opening, phrase_quoted, spoken_list
from ..errors import TeachappError
from ..store import Store, last_deletion
from . import knowledge, library
from .events import RoutinesChanged
from .talk_base import TalkBase
from .turns import TurnReplies

__all__ = ["UndoTalk"]


class UndoTalk(TalkBase):
    """Takes back the newest change to a routine, and says what came back."""

    def undo_step_edit(self, replies: TurnReplies) -> bool:
        """"undo" when a step added to or taken out of a routine by voice is the newest
        change (any session): its steps are put back as they were, and said. One the
        routine has changed since (the window) is said so and dropped."""
        try:
            back = library.undo_step_edit_if_newest(self.store)
        except TeachappError as exc:
            replies.error(str(exc))
            return True
        if back is None:
            return False
        name = back.before.name
        replies.detail["undone"] = {"routine": name}
        replies.info(f"Undone: {in_text(name)} will "
                     f"{knowledge.steps_words(back.before, self._names())} again.")
        self.subject = name
        self.a._emit(RoutinesChanged())
        return True

    def undo_rename(self, replies: TurnReplies) -> bool:
        """Rename back when a rename (by voice or ``teachapp rename``, in this session or
        an earlier one) is the newest thing to undo; a routine deleted to free the name
        comes back too."""
        try:
            back = library.undo_rename_if_newest(self.store)
        except TeachappError as exc:
            replies.error(str(exc))
            return True
        if back is None:
            return False
        self.subject = back.name
        replies.detail["undone"] = {"renamed": back.name, "was": back.was,
                                    "restored": back.restored}
        if back.restored is not None:  # both had the one name: say it by the old names
            replies.info(f"Undone: {in_text(back.name)} has its name back, and "
                         f"{in_text(back.restored)} is "
                         f"back{_kept(self.store, back.restored)}. Say "
                         f"\"{phrase_quoted(back.name)}\" to start it." + _left_out(back.left_out))
        else:
            replies.info(f"Undone: {in_text(back.was)} is called {in_text(back.name)} again. "
                         "Say "
                         f"\"{phrase_quoted(back.name)}\" to start it.")
        self.a._emit(RoutinesChanged())
        return True

    def undo_phrase_removal(self, replies: TurnReplies) -> bool:
        """"undo" when phrases taken off a routine ("forget breeding road", "stop calling
        it film night", History's Remove, the editor) are the newest change, in this
        session or a later one: put back, a learned one listed as learned again ("put
        back by undo"). After a restart it took back the newest run instead, and the
        phrase stayed gone."""
        try:
            back = library.undo_phrase_removal_if_newest(self.store)
        except TeachappError as exc:
            replies.error(str(exc))
            return True
        if back is None:
            return False
        phrases = [phrase for phrase, _origin in back.phrases]
        routine = back.routine
        replies.detail["undone"] = {"phrase": spoken_list(phrases), "routine": routine}
        quoted = spoken_list([f'"{phrase}"' for phrase in phrases])
        verb = "start" if len(phrases) > 1 else "starts"
        said = f"Undone: {quoted} {verb} {in_text(routine)} again." if phrases else ""
        if back.left_out:
            taken = spoken_list([f'"{phrase}"' for phrase in back.left_out])
            said = (said + " " if said else "") + (
                f"{taken} now {'start' if len(back.left_out) > 1 else 'starts'} another "
                f"routine, so I left {'them' if len(back.left_out) > 1 else 'it'} there.")
        replies.info(said)
        self.subject = routine
        self.a._emit(RoutinesChanged())
        return True

    def undo_deletion(self, replies: TurnReplies) -> bool:
        """Undo a deletion when it is the newest thing to undo (any session)."""
        try:
            deletion = last_deletion(self.store)
            restored = library.undo_deletion_if_newest(self.store)
        except TeachappError as exc:
            replies.error(str(exc))
            return True
        if restored is None or deletion is None:
            return False
        name, skipped = restored
        # what "why did you undo that?" tells later (``explain``), as of an undone run
        replies.detail["undone"] = {"restored": name,
                                    "by": library.forgotten_by(self.store, deletion)}
        elsewhere = library.deleted_elsewhere(self.store, deletion)
        replies.info(f"{name_opening(name)} is back{_kept(self.store, name)}."
                     f"{_left_out(skipped)}"
                     + (f" {elsewhere}" if elsewhere else ""))
        self.subject = name
        self.a._emit(RoutinesChanged())
        return True


_NAMED_BACK = 3
"""A routine brought back with up to this many phrases names them; more are counted."""


def _kept(store: Store, name: str) -> str:
    """What came back with a routine, as the end of "X is back…": ", with its phrase
    "x"", ", with its phrases "a" and "b" and its schedule" (it said "with its phrases"
    of a routine with one)."""
    routine = store.routine(name)
    texts = [f"\"{phrase_quoted(p.text)}\"" for p in routine.phrases]
    kept = ([] if not texts else [f"its phrase {texts[0]}"] if len(texts) == 1 else
            ["its phrases " + spoken_list(texts)] if len(texts) <= _NAMED_BACK else
            [f"its {len(texts)} phrases"])
    if routine.triggers:
        kept.append("its schedule")
    return ", with " + " and ".join(kept) if kept else ""


def _left_out(phrases: list[str]) -> str:
    """The sentence naming a restored routine's phrases that other routines took."""
    if not phrases:
        return ""
    if len(phrases) == 1:
        return f" \"{phrase_quoted(phrases[0])}\" now starts another routine, so I left it out."
    return (" These phrases now belong to other routines and were left out: "
            + spoken_list(f"\"{phrase_quoted(p)}\"" for p in phrases) + ".")
