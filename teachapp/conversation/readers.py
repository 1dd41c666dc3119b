"""Which of chat's readers takes a text said with nothing open, read without acting.

Chat's turn order (``turn_order``) tries its readers in ``READERS``' order: a timer, then
schedule talk (both on the text with a delay said first moved last: ``delay_reading``),
then, after the readers that need a turn before or a dialogue word ("yes", "undo",
"teach"), talk about routines, then the device answer to a question the resolver only
asks about. ``listen`` labels what it heard by ``first_reader``, which walks the same
list with the same rules, so the two cannot drift apart; what none claims, it labels
by chat's own decision (``Assistant.preview``: the resolver and the device commands).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from ..clock import wall_now
from ..errors import NotFoundError
from ..schedule import place_from_settings
from ..settings import Settings
from ..store import Store
from ..understanding.resolution import Decision, Resolution
from .cues import cue_answer
from .manage import answered_talk
from .schedule_talk import ScheduleTalk
from .time_words import delay_reading
from .timer_talk import timer_sentence
from .turns import TurnReplies

__all__ = ["READERS", "SAID_LATER", "Reader", "claim", "first_reader"]

SAID_LATER: tuple[str, ...] = ("timer", "schedule")
"""The readers that read a delay said first as said last ("in ten minutes, turn off the
tv"), in the order the turn order tries them (a hunch's answer, read as said, and a
delay with no length, asked about as a timer, go first)."""

READERS: tuple[str, ...] = (*SAID_LATER, "talk", "device_question")
"""Every reader a text said with nothing open may go to, first to last; the first
that claims it answers it, and the resolver and the device commands get what none
claims."""


class Reader(Protocol):
    """A reader of the turn order: answers ``text`` and says True, or leaves it."""

    def turn(self, replies: TurnReplies, text: str) -> bool: ...


def first_reader(text: str, store: Store, resolve: Callable[[str], Resolution],
                 resolution: Resolution) -> str | None:
    """What chat does with ``text`` said with nothing open, before the resolver: "timer"
    (or "cancel_timer"), "schedule", a kind of talk ("forget", "describe", ...),
    "device_question" (answered from the devices, where ``resolution`` only asks), or
    None when the resolver and the device commands decide it. Nothing is changed."""
    claims = _Claims(store, resolve)
    later, unsaid = delay_reading(text, store.phrase_owner(text) is not None)
    if unsaid is not None:
        return "timer"  # ("wait a bit then movie night": chat asks how long)
    for reader in READERS:
        label = getattr(claims, reader)(later or text if reader in SAID_LATER else text,
                                        resolution)
        if label is not None:
            return label
    return None


def claim(reader: str, text: str, store: Store,
          resolve: Callable[[str], Resolution] | None = None,
          resolution: Resolution | None = None) -> str | None:
    """One reader's claim on ``text`` as ``first_reader`` asks it (``reader`` one of
    ``READERS``; "talk" needs ``resolve``, "device_question" ``resolution``): its label,
    or None."""
    label: str | None = getattr(_Claims(store, resolve), reader)(text, resolution)
    return label


class _Claims:
    """Each reader's claim on a text, over the devices and the home's place read once."""

    def __init__(self, store: Store, resolve: Callable[[str], Resolution] | None) -> None:
        from ..understanding.commands import CommandParser

        self.store = store
        self.resolve = resolve
        self.parser: Any = CommandParser(store.devices())
        self.place = place_from_settings(Settings().section("location"))

    def timer(self, text: str, _resolution: Resolution | None) -> str | None:
        """"turn off the telly in 30 minutes": by the rule ``TimerTalk.turn`` follows."""
        return timer_sentence(text, self.store, self.parser,
                              wall_now().astimezone(self.place.zone))

    def schedule(self, text: str, _resolution: Resolution | None) -> str | None:
        """"run wind down every day at 10", "what's scheduled?", "what time is it?":
        ``ScheduleTalk.claims``, the rule its turns follow."""
        talk = ScheduleTalk(self.store, lambda: self.place, is_command=self.parser.is_command,
                            resolve=self.resolve)
        return "schedule" if talk.claims(text) else None

    def talk(self, text: str, _resolution: Resolution | None) -> str | None:
        """"forget movie night", "what does bedtime do?": ``answered_talk``."""
        assert self.resolve is not None
        talk = answered_talk(text, self.store, self.resolve, self.parser)
        return None if talk is None else talk.kind

    def device_question(self, text: str, resolution: Resolution | None) -> str | None:
        """"is the kettle on?" beside "put the kettle on": answered from the devices,
        not asked about (``cues.cue_answer``)."""
        if resolution is None or resolution.decision != Decision.CLARIFY \
                or resolution.routine is None:
            return None
        try:
            routine = self.store.routine(resolution.routine)
        except NotFoundError:
            return None
        answered = cue_answer(text, resolution, routine, self.parser, last_run=None)
        return None if answered is None else "device_question"
