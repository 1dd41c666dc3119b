"""Routines that pause: what a turn says while one waits, and the words about it.

A routine with a ``wait`` step runs up to its first pause in the turn; the rest goes
on by itself (``home.executor.Waiting``), so the person can go on talking. Here:
the turn's line ("Bedtime: the rest runs in 10 minutes. Say "stop" to cancel it."),
"stop" / "cancel that" (the dialogue's cancel words, ``intents``) and "cancel
bedtime" (the resolver's cancellation cue) stopping a rest, and "what's running?".
Undo needs nothing here: the executor stops a rest before undoing its run.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta, tzinfo

from ..domain import counted, name_in_sentence, name_opening, sentence_start, spoken_list
from ..home.executor import Executor, Waiting
from .schedule_talk import duration_words
from .steps_told import steps_sentence
from .turns import TurnReplies

__all__ = ["WaitTalk", "after", "paused_line"]

_RUNNING_RE = re.compile(
    r"^(?:(?:so|and|ok|okay)\s+)?(?:what(?:'s|s|\s+is|\s+are)|is\s+(?:there\s+)?anything|"
    r"are\s+any\s+routines?|anything)\s+(?:still\s+)?(?:running|waiting|going\s+on|"
    r"in\s+progress|pending)(?:\s+(?:now|right\s+now|at\s+the\s+moment))?$")
"""'what's running?', 'is anything still waiting?', 'what is going on right now?'."""


def after(seconds: float) -> str:
    """'10 minutes', '1 minute', '45 seconds': the time left of a pause, in the words of
    the schedule list's time left (one wording: ``schedule_talk.duration_words``)."""
    return duration_words(timedelta(seconds=max(0.0, seconds)))


_REST_TOLD = 4
"""Up to this many steps still to come are told; more are counted."""


def paused_line(title: str, waiting: Waiting, now: float | None = None, *, ran: str = "",
                names: Mapping[str, str] | None = None) -> str:
    """The turn's reply when ``title`` paused: what ran (``ran``, a sentence: "turned on
    Coffee maker."), what is still to come and when, and how to stop it: "Coffee: turned
    on Coffee maker. In 2 minutes it will turn off Coffee maker and then turn on Kitchen
    lights. Say "stop" to cancel it." (it was "Coffee: the rest runs in 2 minutes.",
    nothing of what it did or would do). ``names``: device names by id."""
    left = waiting.left() if now is None else waiting.resumes_at - now
    rest = list(waiting.steps[1:])  # (the wait itself is "in 2 minutes")
    told = steps_sentence(rest[:_REST_TOLD], dict(names or {}))
    if len(rest) > _REST_TOLD:
        told += f", and {counted(len(rest) - _REST_TOLD, 'more step')}"
    coming = f"in {after(left)} it will {told}" if told else f"the rest runs in {after(left)}"
    said = f"{title}: {ran} {sentence_start(coming)}" if ran else f"{title}: {coming}"
    return f"{said}. Say \"stop\" to cancel it."


class WaitTalk:
    """"stop", "cancel bedtime" and "what's running?" while a routine waits."""

    def __init__(self, executor: Executor, zone: Callable[[], tzinfo | None]) -> None:
        self.executor = executor
        self._zone = zone

    def status(self) -> list[tuple[str, str]]:
        """(routine, line) per waiting rest: "Bedtime is waiting: the rest runs at
        22:10 (in 9 minutes)." (the window's card and "what's running?")."""
        lines = []
        for waiting in self.executor.waiting():
            if waiting.stopped:
                continue
            at = datetime.fromtimestamp(waiting.resumes_at, self._zone())
            name = name_opening(waiting.routine or "A routine")
            lines.append((waiting.routine or "", f"{name} is waiting: the rest runs at "
                          f"{at:%H:%M} (in {after(waiting.left())})."))
        return lines

    def turn(self, replies: TurnReplies, text: str, kind: str | None) -> bool:
        """Answer "what's running?", or stop every rest on "stop" / "cancel that"
        (only while one waits: else the words mean what they always did)."""
        norm = " ".join(text.lower().replace("’", "'").strip().rstrip("?.!").split())
        if _RUNNING_RE.match(norm):
            lines = self.status()
            if not lines:
                replies.info("Nothing is running or waiting right now.")
                return True
            for _routine, line in lines:
                replies.info(line)
            replies.info("Say \"stop\" to cancel what is waiting.")
            return True
        if kind == "cancel" and any(not w.stopped for w in self.executor.waiting()):
            self.stop(replies, None)
            return True
        return False

    def stop(self, replies: TurnReplies, routine: str | None) -> bool:
        """Stop the rest of ``routine`` (every waiting one when None), and say so;
        False when none of them waits."""
        stopped = [w for w in self.executor.stop_waiting(routine, reported=True)]
        if not stopped:
            return False
        names = spoken_list(sorted({name_in_sentence(w.routine) if w.routine else "the routine"
                                    for w in stopped}))
        replies.info(f"Stopped: the rest of {names} will not run. Say \"undo\" to put "
                     "back what it already changed.")
        return True
