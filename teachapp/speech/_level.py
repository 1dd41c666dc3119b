"""Frames as the voice-activity detector should hear them: a loud background brought
down to a level it can tell from a voice.

WebRTC's detector (inside PocketSphinx's endpointer) judges loudness in absolute terms:
with the background above about -30 dBFS (a fan, a hot microphone gain; pink or brown
noise 10-15 dB under a voice) it called every frame voice, so an utterance from the
microphone never ended and nothing was heard, where the same recording given as a file
was ("stop", "yes", "good night": benchmarks/speech_nonspeech.py --live). Scaled so its
background sits at :data:`BACKGROUND`, the same audio has its voice found again. A quiet
room is left as it is (nothing is made louder), and what is decoded is the audio as
heard, not the scaled copy.
"""

from __future__ import annotations

from collections import deque

import numpy as np

__all__ = ["BACKGROUND", "Leveller"]

BACKGROUND = 300.0
"""RMS (of 32,768) the background is brought down to. The detector told voice from
pink or brown noise whose quietest frames were up to about 600; above 800 it heard
voice throughout. Within 3 s of noise alone at 200-300 it heard none."""
SPAN_FRAMES = 100
"""The background is the quietest frame of the last 3 s (100 frames of 30 ms)."""


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
