"""The replies of one turn: collected for the caller and emitted as they are made."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .events import Event, Reply, ReplyKind

__all__ = ["TurnReplies"]


class TurnReplies:
    """Reply lines of one turn, plus what the turn did (for the interaction log)."""

    def __init__(self, emit: Callable[[Event], None]) -> None:
        self._emit = emit
        self.lines: list[str] = []
        self.outcome = ""
        """A word or two for the interaction log: "phrase", "target", "saved", ..."""
        self.saved: Any = None
        """The routine a teaching turn saved, if it did."""

    def add(self, text: str, kind: ReplyKind = "info") -> None:
        self.lines.append(text)
        self._emit(Reply(text, kind))

    def info(self, text: str) -> None:
        self.add(text, "info")

    def question(self, text: str) -> None:
        self.add(text, "question")

    def error(self, text: str) -> None:
        self.add(text, "error")
