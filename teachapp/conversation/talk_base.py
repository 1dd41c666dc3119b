"""The shared part of ``TalkTurns`` (``manage``): the routine "it" means, finding
the routine a turn names (or saying none is), and asking before a change.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz

from ..domain import Device, spoken_list
from ..domain import name_in_sentence as in_text
from ..store import aware, phrase_key
from . import knowledge
from .events import Event, Heard, Reply, RunFinished
from .talk import Talk
from .talk_answered import PRONOUNS, edited_routine
from .turns import Pending, TurnReplies

if TYPE_CHECKING:
    from .agent import Assistant

__all__ = ["TalkBase"]

_SUBJECT_TURNS = 3
"""How many turns back "it" reaches for the routine talked about."""
_SUBJECT_AGE = timedelta(minutes=10)
"""After a restart, how old the newest turn about a routine may be for "it"."""
_NAMED_UNKNOWN = 8
"""At most this many routines named after "I don't know a routine called …"."""


class TalkBase:
    """What every part of ``TalkTurns`` shares: the assistant, the routine "it"
    means, the lines said last, finding a routine by the words said, and asking."""

    def __init__(self, assistant: Assistant) -> None:
        self.a = assistant
        self.store = assistant.store
        self._subject_name: str | None = None
        self._subject_turn = 0
        self._said: tuple[list[str], list[str]] = ([], [])
        """(the lines of the turn before, of this turn): what "say that again" repeats."""
        assistant.subscribe(self._observe)

    @property
    def subject(self) -> str | None:
        """The routine "it" means: the last one run, described or changed, a turn or
        two ago. Further back, "also call it X" would name a routine the person has
        stopped talking about."""
        if self.a._turn - self._subject_turn > _SUBJECT_TURNS:
            return None
        return self._subject_name

    @subject.setter
    def subject(self, name: str | None) -> None:
        self._subject_name, self._subject_turn = name, self.a._turn

    def _observe(self, event: Event) -> None:
        if isinstance(event, Heard):
            self._said = (self._said[1], [])
        elif isinstance(event, Reply):
            self._said[1].append(event.text)
        if isinstance(event, RunFinished) and event.result.routine:
            self.subject = event.result.routine

    def _reply(self, replies: TurnReplies, talk: Talk) -> tuple[str, str | None]:
        replies.detail["talk"] = talk.kind
        outcome: str
        routine: str | None
        outcome, routine = getattr(self, "_" + talk.kind)(replies, talk)
        return outcome, routine

    def _it_means(self) -> list[Device]:
        """The devices "it" means in a question about the past: those the last run acted
        on (``MultiTurns.last_devices``)."""
        return self.a._multi._devices(self.a._multi.last_devices)

    def _names(self) -> dict[str, str]:
        return {d.id: d.name for d in self.a.backend.devices()}

    def _called(self, name: str) -> list[str]:
        """Routine ``name``'s name and phrases: what "call X cinema" may name it by."""
        return [name, *(phrase.text for phrase in self.store.routine(name).phrases)]

    def _find(self, words: str) -> str | None:
        if phrase_key(words) in PRONOUNS:
            return self._subject()
        return knowledge.find_routine(self.store, words, self.a.resolve)

    def _subject(self) -> str | None:
        known = {n.casefold(): n for n in self.store.routine_names()}
        if self.subject and self.subject.casefold() in known:
            return known[self.subject.casefold()]
        # After a restart: the newest turns of the history, if recent
        now = self.a.now()
        for turn in self.store.interactions(limit=_SUBJECT_TURNS):
            if turn.at is not None and now - aware(turn.at) > _SUBJECT_AGE:
                return None
            if turn.routine and turn.routine.casefold() in known:
                return known[turn.routine.casefold()]
        return None

    def _unknown(self, replies: TurnReplies, words: str) -> tuple[str, None]:
        names = self.store.routine_names()
        if len(names) > _NAMED_UNKNOWN:  # (the nearest in spelling first: "moovie" → Movie night)
            names = sorted(names, key=lambda n: -fuzz.ratio(phrase_key(words), phrase_key(n)))
        known = (" I know " + spoken_list([in_text(n) for n in names],
                                          most=_NAMED_UNKNOWN) + ".") if names else ""
        if not names:
            known = " You haven't taught me anything yet. Say \"teach\" to start."
        if phrase_key(words) in PRONOUNS:
            replies.info("I'm not sure which routine you mean; say its name." + known)
        else:
            replies.info(f"I don't know a routine called \"{words}\".{known}")
        return "not known", None

    def _ask(self, replies: TurnReplies, routine: str | None, question: str,
             **data: Any) -> None:
        self.a._pending = Pending("confirm", "", self.a._clock(), routine, data=data)
        replies.question(question)

    def _edit_asked(self, replies: TurnReplies, name: str, question: str,
                    **data: Any) -> tuple[str, str]:
        """A change to routine ``name`` asked before it is made (``data``, for the yes),
        the routine then the one "it" means."""
        self._ask(replies, name, question, **data)
        self.subject = name
        return "edit asked", name

    def _edited_routine(self, words: str) -> str | None:
        if phrase_key(words) in PRONOUNS:
            return self._subject()
        return edited_routine(self.store, words, self.a.resolve)
