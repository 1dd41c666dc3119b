"""Requests of their own said while teaching waits for an answer: done, then asked again.

A person teaching "study mode" who says "set a timer for 5 minutes", "run good night
at 10 pm" or, at "Shall I save it?", a taught phrase ("reading mode") wants that done,
as at any other time. It was taken as an answer or a step (the timer became the new
phrase; "reading mode" at "Shall I save it?" was copied into the routine) or refused
("We're still teaching …"). The teacher asks here only about words no step took, and
about a taught phrase at "Shall I save it?" (``Teacher._requested``): device commands
while steps are collected stay steps, and "and then run reading mode" or "everything
reading mode does" copy its steps, as before. The teacher then asks its question again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..understanding.resolution import Decision
from . import intents as dialogue
from .command_turns import CommandTurns
from .models import Action
from .timer_reading import timer_sentence
from .turns import TurnReplies

__all__ = ["TeachingRequests", "copies_steps"]

_COPIES = re.compile(r"^(?:and|then|also)\b|\b(?:does|same as|like|everything|routine)\b")
"""Words that ask for a routine's steps, not its run ("and then reading mode", "the same
as movie mode", "everything reading mode does"): ``TeacherSteps._routine_steps``' leads."""


def copies_steps(text: str) -> bool:
    """Whether ``text`` names a routine to copy its steps into the one being taught."""
    return _COPIES.search(" ".join(text.casefold().split())) is not None


@dataclass(frozen=True)
class _RequestDone:
    """A request done while teaching: "cancel that" next takes it back, as outside
    teaching, and an answer next goes to it."""

    turn: int
    """The turn it was done on."""
    kind: str
    """What it was: "timer", "schedule" or "routine"."""
    asked: bool
    """Whether it asked back ("When should I remind you?")."""


class TeachingRequests(CommandTurns):
    """``_teaching_request``: the teacher's way to what the agent does outside teaching."""

    _request_done: _RequestDone | None = None
    """The request last done while teaching, if any."""

    def _teaching_request(self, replies: TurnReplies, text: str, stage: str) -> bool:
        """Do ``text`` as it would be done outside teaching when it is a request of its
        own at ``stage`` ("phrase", "actions", "confirm"); False, doing nothing, when
        it is none: a timer or reminder, schedule talk that asks for something ("run
        good night at 10 pm"), or at "confirm" a taught phrase the resolver runs."""
        source, confidence = self._input.source, self._input.confidence
        if dialogue.intent(text) in ("cancel", "undo"):
            return self._request_taken_back(replies, text)
        done = self._request_done
        answered = done is not None and done.asked and done.turn == self._turn - 1 \
            and dialogue.intent(text) is None
        what = done.kind if answered and done is not None else self._request_kind(text, stage)
        if what == "routine":
            choice = self._choose(text, replace(self._input, text=text))
            if choice.action != Action.RUN_ROUTINE or choice.resolution.decision != Decision.RUN:
                return False
            self._run_turn(replies, text, choice.resolution, source, confidence)
        elif what is None or not (self._timer_talk if what == "timer"
                                  else self._schedule_talk).turn(replies, text):
            return False
        else:
            replies.detail.setdefault("talk", what)
            self._log(text, source, confidence, "dialogue", 0.0, None, "awareness")
        replies.detail["request_while_teaching"] = True
        asked = replies.talk_asked is not None or any(
            r.kind == "question" for r in replies.replies)
        replies.detail["request_asked"] = asked  # (its question waits: no reminder yet)
        self._request_done = _RequestDone(self._turn, what, asked)
        return True

    def _request_kind(self, text: str, stage: str) -> str | None:
        """"timer", "schedule" or "routine" (at "confirm" only: steps are collected
        before it), as the turn order outside teaching would read ``text``; None."""
        now = self.now().astimezone(self.place().zone)
        if timer_sentence(text, self.store, self._command_parser(), now) is not None:
            return "timer"
        if self._schedule_talk.asks_for(text):
            return "schedule"
        return "routine" if stage == "confirm" and not copies_steps(text) else None

    def _request_taken_back(self, replies: TurnReplies, text: str) -> bool:
        """"cancel that" or an undo ("undo", "put it back") right after a request done
        while teaching: the timer or schedule just set is cancelled, the routine just run
        put back, as outside teaching; the teaching itself stays (it ended, or lost its
        last step). False for any other "cancel" ("cancel", "cancel teaching" leave the
        teaching) and any other undo (the teaching's last step goes)."""
        done, self._request_done = self._request_done, None
        undo = dialogue.intent(text) == "undo"
        if done is None or done.turn != self._turn - 1 or not (undo or dialogue.cancels_last(text)):
            return False
        source, confidence = self._input.source, self._input.confidence
        if done.kind == "routine":
            self._log(text, source, confidence, "dialogue", 0.0, None, "undo")
            self._undo_turn(replies, feedback=False)
        elif (self._timer_talk if done.kind == "timer" else self._schedule_talk).turn(
                replies, text):
            self._log(text, source, confidence, "dialogue", 0.0, None, "awareness")
        else:
            return False
        replies.detail["request_while_teaching"] = True
        return True
