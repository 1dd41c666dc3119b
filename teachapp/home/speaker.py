"""What a routine's ``say`` step talks to; speech/ provides the real voices."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

__all__ = ["CollectingSpeaker", "Speaker"]


@runtime_checkable
class Speaker(Protocol):
    """Speaks a reply without blocking the caller for long."""

    def say(self, text: str) -> None:
        ...


class CollectingSpeaker:
    """Keeps what it was asked to say: the voice of --no-speech and of tests."""

    def __init__(self) -> None:
        self.said: list[str] = []

    def say(self, text: str) -> None:
        self.said.append(text)
