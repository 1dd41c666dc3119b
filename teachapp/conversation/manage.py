"""Conversation commands, answered before the resolver: explanations, what is known,
and managing routines by voice (forget, rename, add or remove a phrase, a name
already taken).

``TalkTurns`` is a helper of the ``Assistant`` (it uses the engine's turn helpers,
as ``answers.AnswersMixin`` does). Nothing here runs a routine or moves a device;
no conversation command is a miss or a success for learning. The rules on what was
taught are ``library``'s, shared with the CLI and the window.

Its parts, one job each: ``talk_answered`` (which talk chat answers), ``talk_base``
("it", finding a routine, asking), ``talk_history`` and ``talk_known`` (questions),
``talk_names`` and ``talk_steps`` (changes), ``talk_confirms`` (their yes or no) and
``talk_undo``.
"""

from __future__ import annotations

from dataclasses import replace

from .talk import Talk
from .talk_answered import answered_talk
from .talk_confirms import ConfirmAnswers
from .talk_history import HistoryAnswers
from .talk_known import KnownAnswers
from .talk_undo import UndoTalk
from .turns import TurnReplies

__all__ = ["TalkTurns", "answered_talk"]

_CHANGING = frozenset({"add_step", "remove_step", "copy_like", "rename", "add_phrase",
                       "remove_phrase", "forget", "switch_routine"})
"""The kinds of talk that change a routine."""
_ASKING = frozenset({"explain", "explain_done", "explain_miss", "explain_run", "explain_undo",
                    "recap", "unusual", "last_run", "why_state", "past_state", "taught",
                    "devices", "how_long", "describe", "howto", "about_me", "repeat", "usage",
                    "uses_device", "how_command"})
"""The kinds of talk that only ask (answered from the history, the routines and the
devices); the others greet, thank or change routines."""


class TalkTurns(ConfirmAnswers, HistoryAnswers, KnownAnswers, UndoTalk):
    """Answers the conversation commands of ``talk.parse_talk``."""

    def handle(self, replies: TurnReplies, text: str, source: str,
               confidence: float | None) -> bool:
        """Answer ``text`` when it is a conversation command; False otherwise."""
        talk = answered_talk(text, self.store, self.a.resolve, self.a._command_parser(),
                             self._it_means(), self._subject)
        if talk is None:
            return False
        outcome, routine = self._reply(replies, talk)
        self.a._log(text, source, confidence, "dialogue", 0.0, routine, outcome)
        return True

    def asked(self, replies: TurnReplies, text: str) -> bool:
        """Answer ``text`` when it is a question about the home, the routines or the
        last turns ("why is the tv on?", "what does bedtime do?"), which changes nothing;
        False otherwise. What may be answered in the middle of teaching (the teaching
        turn is the one logged) or while a question waits (``replies.outcome`` says what
        ``handle`` would log)."""
        talk = answered_talk(text, self.store, self.a.resolve, self.a._command_parser(),
                             self._it_means(), self._subject)
        if talk is None or talk.kind not in _ASKING:
            return False
        replies.outcome = self._reply(replies, talk)[0]
        return True

    def changes(self, text: str) -> bool:
        """Whether ``text`` asks to change a routine ("have movie night dim the lamp
        too"): no question asked in passing, though it opens as one ("have …?")."""
        talk = answered_talk(text, self.store, self.a.resolve, self.a._command_parser(),
                             self._it_means(), self._subject)
        return talk is not None and talk.kind in _CHANGING

    def forget_asked(self, replies: TurnReplies, name: str, text: str, source: str,
                     confidence: float | None) -> None:
        """"undo" right after ``name`` was saved by teaching: whether to forget it, asked
        as "forget {name}" asks (a saved routine is no run to put back). The question
        asks whether to undo the save, so "undo" said again is its yes (it was read as
        the "no" any question takes it for: "OK, I'll keep {name}.")."""
        outcome, routine = self._reply(replies, Talk("forget", name))
        pending = self.a._pending
        if pending is not None and isinstance(pending.data, dict) \
                and pending.data.get("op") == "forget":
            self.a._pending = replace(pending, data={**pending.data, "undoes": True})
        self.a._log(text, source, confidence, "dialogue", 0.0, routine, outcome)
