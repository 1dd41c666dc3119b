"""Frames as the voice-activity detector should hear them: a loud background brought
down to a level it can tell from a voice.

WebRTC's detector (inside PocketSphinx's endpointer) judges loudness in absolute terms:
with the background above about -30 dBFS (a fan, a hot microphone gain; pink or brown
noise 10-15 dB under a voice) it called every frame voice, so an utterance from the
microphone never ended and nothing was heard, where the same recording given as a file
was ("stop", "yes", "good night": benchmarks/speech_nonspeech.py --live). Scaled so its
background sits at :data:`BACKGROUND`, the same audio has its voice found again. A quiet
room is left as it is (nothing is made louder), and what is decoded is the audio as
heard, not the scaled copy. Both engines that stream through that endpointer
(PocketSphinx and Whisper) use :class:`LevelledEndpointer`: in loud noise PocketSphinx's
utterance never ended either.
"""

from __future__ import annotations

from collections import deque

import numpy as np

__all__ = ["BACKGROUND", "LevelledEndpointer", "Leveller"]

BACKGROUND = 300.0
"""RMS (of 32,768) the background is brought down to. The detector told voice from
pink or brown noise whose quietest frames were up to about 600; above 800 it heard
voice throughout. Within 3 s of noise alone at 200-300 it heard none."""
SPAN_FRAMES = 100
"""The background is the quietest frame of the last 3 s (100 frames of 30 ms)."""
AS_SAID_FRAMES = 32
"""Levelled frames remembered to give the speech back as said: more than the
endpointer's longest window (0.3 s, 10 frames) holds back."""


class Leveller:
    """``level(frame)``: the frame scaled so the background of the last 3 s sits at
    :data:`BACKGROUND`, or the frame itself when the background is quieter."""

    def __init__(self) -> None:
        self._levels: deque[float] = deque(maxlen=SPAN_FRAMES)

    def level(self, frame: bytes) -> bytes:
        samples = np.frombuffer(frame, dtype="<i2").astype(np.float64)
        self._levels.append(float(np.sqrt(np.mean(samples * samples))) if samples.size
                            else 0.0)
        background = min(self._levels)
        if background <= BACKGROUND:
            return frame
        return np.round(samples * (BACKGROUND / background)).astype("<i2").tobytes()


class LevelledEndpointer:
    """PocketSphinx's ``Endpointer`` (same ``process``, ``end_stream``, ``in_speech``,
    ``speech_start``, ``frame_bytes``) whose voice detector hears each frame levelled
    (:class:`Leveller`), and whose speech comes back as it was said."""

    def __init__(self, window: float = 0.3, ratio: float = 0.9) -> None:
        import pocketsphinx

        self._endpointer = pocketsphinx.Endpointer(window=window, ratio=ratio)
        self.frame_bytes: int = self._endpointer.frame_bytes
        self._leveller = Leveller()
        self._as_said: dict[bytes, bytes] = {}

    @property
    def in_speech(self) -> bool:
        return bool(self._endpointer.in_speech)

    @property
    def speech_start(self) -> float:
        return float(self._endpointer.speech_start)

    def process(self, frame: bytes) -> bytes | None:
        """One frame in; the speech frames (as said) the endpointer lets out, if any."""
        return self._said(self._endpointer.process(self._heard(frame)))

    def end_stream(self, frame: bytes) -> bytes | None:
        """The last frame in; the rest of the speech (as said), if any."""
        return self._said(self._endpointer.end_stream(self._heard(frame)))

    def _heard(self, frame: bytes) -> bytes:
        heard = self._leveller.level(frame)
        if heard is not frame:
            self._as_said[heard] = frame
            while len(self._as_said) > AS_SAID_FRAMES:
                del self._as_said[next(iter(self._as_said))]
        return heard

    def _said(self, speech: bytes | None) -> bytes | None:
        if not speech or not self._as_said:
            return speech
        size = self.frame_bytes
        return b"".join(self._as_said.get(speech[i:i + size], speech[i:i + size])
                        for i in range(0, len(speech), size))
