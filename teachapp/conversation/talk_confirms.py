"""The answer to a change ``TalkTurns`` asked about ("Shall I forget it?", a name
taken, "What should movie night do with it?"): made, kept, or asked again.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..domain import Phrase, Routine, phrase_quoted, spoken_list
from ..domain import name_in_sentence as in_text
from ..errors import TeachappError
from ..store import phrase_key
from . import knowledge, library, step_edits
from .events import RoutinesChanged
from .library import OnClash
from .new_name_said import new_name_said
from .talk import Talk
from .talk_names import NameChanges
from .talk_steps import StepChanges
from .turns import Pending, TurnReplies

__all__ = ["ConfirmAnswers"]

_REPLACE = {"replace", "replace it", "overwrite", "yes replace", "move it", "move", "take it",
            "yes", "yes move it", "replace the other", "replace the other one"}
_RENAME = {"rename", "rename it", "another name", "a different name", "different name",
           "choose another name", "another phrase", "rename this one", "something else"}
_KEEP = {"keep both", "keep", "both", "keep them both", "keep it", "leave it", "no", "nope",
         "cancel", "never mind", "nevermind", "keep the other", "leave it there"}

_FORGETTING = frozenset({"forget", "delete", "remove", "erase"})
"""The verbs of "which_routine" that forget the routine named next."""

_PRONOUN_RE = re.compile(r"\b(?:them|it|they|those|these|that|this|one)\b", re.IGNORECASE)
_VERB_FIRST = re.compile(r"^(?:turn|switch|lock|unlock|open|close|shut|dim|brighten|start|"
                         r"stop|play|mute)\b(?:\s+(?:on|off|up|down))?$", re.IGNORECASE)


def _said_of(answer: str, names: list[str]) -> str:
    """The answer to "what should X do with the kitchen lights?" as an edit's words: the
    devices put in for "them" ("turn them on"), after a verb said alone ("switch on"),
    or before the rest ("on", "to 50 percent")."""
    answer = answer.strip(" .!?")
    devices = "the " + spoken_list(names).lower()
    if _PRONOUN_RE.search(answer):
        return _PRONOUN_RE.sub(devices, answer, count=1)
    if _VERB_FIRST.match(answer):
        return f"{answer} {devices}"
    return f"{devices} {answer}"


class ConfirmAnswers(NameChanges, StepChanges):
    """Answers to the "confirm" questions of the changes."""

    def answer(self, replies: TurnReplies, pending: Pending, text: str, kind: str | None,
               source: str, confidence: float | None) -> bool:
        """The answer to a "confirm" question; False when the turn is not one."""
        data = pending.data or {}
        op = data.get("op")
        if op == "multipart":
            return self.a._multi.answer(replies, pending, text, kind, source, confidence)
        norm = " ".join(phrase_key(text).split())
        name = pending.routine or ""
        outcome = None
        try:
            if op == "forget":
                if kind == "yes":
                    deleted = library.delete_routine(self.store, name, at=self.a.now())
                    replies.info(f"Forgot {in_text(deleted.name)}. Say \"undo\" to bring it back.")
                    self.a._emit(RoutinesChanged())
                    outcome = "forgotten"
                elif kind in ("no", "cancel"):
                    replies.info(f"OK, I'll keep {in_text(name)}.")
                    outcome = "kept"
            elif op in ("add_step", "remove_step"):
                if kind == "yes":
                    routine = self.store.routine(name)
                    outcome = self._edited(replies, name, (
                        step_edits.with_targets(routine, data["edit"]) if op == "add_step"
                        else replace(routine, steps=routine.steps[:data["last"]])
                        if "last" in data
                        else replace(routine, steps=[s for i, s in enumerate(routine.steps)
                                                     if i not in data["drop"]])
                        if "drop" in data
                        else step_edits.without_devices(routine, data["devices"])))
                elif kind in ("no", "cancel"):
                    replies.info(f"OK, {in_text(name)} stays as it is.")
                    outcome = "kept"
            elif op == "copy_like":  # "make bedtime like movie night …"
                if kind == "yes" and data.get("new"):
                    self.store.save_routine(Routine(name, [Phrase(name)], list(data["steps"]),
                                                    source="voice"))
                    self.a._emit(RoutinesChanged())
                    self.a._saved_at = (self.a._turn, name)  # ("undo" next asks to forget)
                    self.subject = name
                    replies.info(f"Saved {in_text(name)}. "
                                 f"Say \"{phrase_quoted(name)}\" to start it.")
                    outcome = "saved"
                elif kind == "yes":
                    outcome = self._edited(replies, name, replace(
                        self.store.routine(name), steps=list(data["steps"])))
                elif kind in ("no", "cancel"):
                    replies.info(f"OK, {in_text(name)} stays as it is." if not data.get("new")
                                 else f"OK, I won't make {in_text(name)}.")
                    outcome = "kept"
            elif op == "schedule":  # "Shall I run movie night every day at sunset?"
                if kind == "yes":
                    self.a._schedule_talk.add(replies, name, data["trigger"])
                    outcome = "scheduled"
                elif kind in ("no", "cancel"):
                    replies.info(f"OK, I won't schedule {self.a._spoken_name(name)}.")
                    outcome = "kept"
            elif op == "which_routine":  # "delete", "Which routine …?", "reading mode"
                named = knowledge.find_routine(self.store, text.strip(" .!?\"'"))
                if kind in ("no", "cancel"):
                    replies.info("OK, nothing changed.")
                    outcome = "kept"
                elif named is not None:
                    verb = data["verb"]
                    outcome, _routine = self._reply(replies, Talk(
                        "forget" if verb in _FORGETTING else "rename_ask" if verb == "rename"
                        else "edit_ask", named))
                    name = named
            elif op == "add_step_what":
                if kind in ("no", "cancel"):
                    replies.info(f"OK, {in_text(name)} stays as it is.")
                    outcome = "kept"
                elif kind is None:  # (no devices named: the answer is the whole step)
                    said = _said_of(text, data["devices"]) if data["devices"] else text
                    said = said.strip(" .!?")
                    outcome, _routine = self._add_step(replies, Talk("add_step", name, said))
            elif data.get("stage") == "new name":
                if kind in ("no", "cancel"):
                    replies.info("OK, nothing changed.")
                    outcome = "kept"
                elif op == "rename":  # ("call it cinema": the name, not the sentence)
                    outcome = self._rename_to(replies, name,
                                              new_name_said(text, self._called(name)))
                else:
                    outcome = self._add_to(replies, name, text.strip(" .!?\"'"))
            elif op in ("rename", "add_phrase"):
                outcome = self._clash_choice(replies, name, norm, data)
        except TeachappError as exc:
            replies.error(str(exc))
            outcome = "failed"
        if outcome is None:
            return False
        replies.detail["talk"] = op
        self.a._log(text, source, confidence, "dialogue", 0.0, name or None, outcome)
        return True

    def _clash_choice(self, replies: TurnReplies, name: str, norm: str,
                      data: dict[str, Any]) -> str | None:
        op, new = data["op"], data["new"]
        if norm in _REPLACE:
            if op == "rename":
                return self._rename_to(replies, name, new, OnClash.REPLACE)
            return self._add_to(replies, name, new, OnClash.REPLACE)
        if norm in _RENAME or norm.startswith(("rename", "call it", "another")):
            what = "name" if op == "rename" else "phrase"
            self._ask(replies, name, f"What {what} should {in_text(name)} have instead?", op=op,
                      new=new, stage="new name")
            return "asked"
        if norm in _KEEP:
            if op == "rename" and norm.startswith(("keep", "both")):
                return self._rename_to(replies, name, new, OnClash.KEEP_BOTH)
            replies.info("OK, nothing changed.")
            return "kept"
        return None
