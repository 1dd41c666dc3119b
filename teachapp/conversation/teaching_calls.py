"""The teaching dialogue as the agent offers it: by turns and by the window's calls.

``Teacher`` holds the dialogue; these calls take the turn lock, publish a copy of
the session for the window (read without the lock) and say when a routine was saved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..domain import Routine
from .events import RoutinesChanged, TeachingChanged
from .learning_calls import LearningCalls
from .teaching import TeachingSession
from .turns import TurnReplies

__all__ = ["TeachingCalls"]


class TeachingCalls(LearningCalls):
    """Teaching a new routine, step by step."""

    _saved_at: tuple[int, str] | None = None
    """The turn that saved a routine by teaching, and its name: "undo" said next asks
    to forget it (``turn_order``)."""

    def _after_teaching(self, replies: TurnReplies) -> None:
        """Report a teaching step: the session (or its end) and a saved routine."""
        self._published = self._teacher.snapshot()
        self._emit(TeachingChanged(self._teacher.snapshot()))
        if replies.saved is not None:
            self._saved_at = (self._turn, replies.saved.name)
            self._talk.subject = replies.saved.name  # "it" next ("call it evening instead":
            # it was "I'm not sure which routine you mean; say its name.")
            self._emit(RoutinesChanged())

    @property
    def teaching(self) -> TeachingSession | None:
        """A copy of the teaching dialogue in progress, or None.

        Read without the turn lock (the window's thread must not wait for a running
        routine): it is the copy made when the dialogue last changed.
        """
        published = self._published
        return published.snapshot() if published is not None else None

    def _teach_call(self, action: Callable[[TurnReplies], Any]) -> Any:
        with self._lock:
            replies = TurnReplies(self._emit)
            value = action(replies)
            self._after_teaching(replies)
            return value if value is not None else replies.lines

    def start_teaching(self) -> list[str]:
        """Begin teaching a new routine: asks for the phrase."""
        return self._teach_call(lambda r: self._teacher.start(r, None))

    def teach_set_phrase(self, text: str) -> list[str]:
        """Set (or correct) the phrase being taught, as typed."""
        return self._teach_call(lambda r: self._teacher.set_phrase(r, text, heard=None))

    def teach_set_target(self, device_id: str, changes: dict[str, Any]) -> list[str]:
        """Add or change what the routine does to one device (validated)."""
        return self._teach_call(lambda r: self._teacher.set_target(r, device_id, changes))

    def teach_remove_target(self, device_id: str) -> list[str]:
        return self._teach_call(lambda r: self._teacher.remove_target(r, device_id))

    def teach_capture_current(self, device_ids: list[str]) -> list[str]:
        """Use the devices' current states as the routine's targets."""
        return self._teach_call(lambda r: self._teacher.capture(r, device_ids))

    def teach_save(self, name: str | None = None) -> Routine:
        """Save the routine being taught; its name defaults to the phrase."""
        return self._teach_call(lambda r: self._teacher.save(r, name))

    def cancel_teaching(self) -> None:
        self._teach_call(self._teacher.cancel)

    def teach_from_history(self, interaction_id: int) -> list[str]:
        """Start teaching with a turn's heard text as the phrase."""
        turn = self._interaction(interaction_id)
        return self._teach_call(lambda r: self._teacher.start(
            r, turn.heard or None, heard=turn.source == "audio"))
