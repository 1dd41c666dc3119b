"""Cutting streamed audio into the endpointer's frames, shared by the engines that
stream through PocketSphinx's endpointer (PocketSphinx itself and Whisper)."""

from __future__ import annotations

from abc import ABC, abstractmethod

from .transcript import Transcript

__all__ = ["FramedStream"]


class FramedStream(ABC):
    """``accept(pcm)`` for an engine with ``_feed_frame(frame)``: audio arrives in
    blocks of any size; the engine sees whole frames, and the first final transcript
    a block produces is returned."""

    _frame_bytes: int
    _pending: bytes

    @abstractmethod
    def _feed_frame(self, frame: bytes, *, last: bool = False) -> Transcript | None:
        """One endpointer frame in; a final transcript when the utterance ended."""

    def accept(self, pcm: bytes) -> Transcript | None:
        """Feed audio; the final transcript when the endpointer hears the end."""
        self._pending += pcm
        result = None
        while len(self._pending) >= self._frame_bytes:
            frame, self._pending = (self._pending[:self._frame_bytes],
                                    self._pending[self._frame_bytes:])
            final = self._feed_frame(frame)
            result = result or final
        return result
