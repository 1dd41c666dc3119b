"""The speaker's voice as Whisper should be given it: a television or radio talking
before the speaker began left out, and a far, quiet voice brought up to a level
Whisper hears well.

Whisper writes every voice it hears. With a television 5-15 dB under the speaker it
wrote the TV's words with the command, and a TV line just before it ("deep focus!")
ran that routine: "deep focus, start morning routine" (benchmarks/
speech_home_noise.py). The speaker is the loudest voice at the microphone, so when
the audio before the speaker's first loud moment holds sound of its own (well above
the room's floor, within 30 dB of the speaker: a voice, not a quiet room, a hum or an
echo) the decode starts just before the speaker, a soft first word ("set", "alexa")
kept. Only the start: a speaker's own last words can be 15-20 dB under the first
("set a timer for five minutes" in the shared recordings), as far under as a TV, and a
rule that cut the end also cut them. Every recording with no such sound before its
speaker is decoded as it is.

A microphone across the room gives a voice 20 dB or more under a near one: Whisper
(whose features are absolute log levels) heard "add apples to my shopping list" as
nothing and "turn on standing light" as "turn off standing light". Audio whose
loudest moment is under :data:`TARGET_RMS` is scaled up to it (never down, at most
:data:`MAX_GAIN_DB`), after the voice gate has passed it (a quiet sound is not made
louder to get past the gate).
"""

from __future__ import annotations

import numpy as np

from .audio import SAMPLE_RATE, pcm_samples

__all__ = ["FOREGROUND_DB", "MAX_GAIN_DB", "TARGET_RMS", "foreground", "louder"]

FRAME = 480
"""30 ms frames."""
WINDOW_FRAMES = 3
"""The level is the RMS over 90 ms (three frames): a syllable, not a click."""
FOREGROUND_DB = 12.0
"""A moment within this of the loudest is the speaker's (a voice behind, 5-15 dB
under, reaches about 8-10 dB under the speaker's loudest syllables)."""
BACKGROUND_DB = 15.0
"""Sound before the speaker's stretch this far above the room's floor is a voice or a
sound of its own, and is left out..."""
BEHIND_DB = 30.0
"""...and no more than this under the speaker's loudest (a voice behind is 5-15 dB
under it; an echo, or a far room's murmur, falls below)."""
BACKGROUND_SECONDS = 0.3
"""...when there is this much of it (a breath or a click is kept)."""
NEAR_DB = 20.0
REACH = 0.4
"""Before its first moment within :data:`FOREGROUND_DB` of the loudest, the speaker's
stretch reaches back up to this many seconds while the sound stays within
:data:`NEAR_DB` of it (a soft first word)."""
MARGIN = 0.25
"""Seconds kept before the speaker's stretch (a first word's soft start). Chosen with
REACH on the choosing half of the TV clips over 0.2/0.15 s and a 9 dB
:data:`FOREGROUND_DB` (15, 14 and 14 right of 39; the clean and echo clips alike)."""
TARGET_RMS = 2000.0
"""The loudest 90 ms of a command is brought up to this (about -24 dBFS) when quieter."""
MAX_GAIN_DB = 30.0


def _levels(samples: np.ndarray) -> np.ndarray:
    """RMS of each frame, averaged over :data:`WINDOW_FRAMES` (as power)."""
    count = samples.size // FRAME
    if count == 0:
        return np.zeros(0)
    power = np.mean(samples[:count * FRAME].reshape(count, FRAME) ** 2, axis=1)
    kernel = np.ones(WINDOW_FRAMES) / WINDOW_FRAMES
    return np.sqrt(np.convolve(power, kernel, mode="same"))


def foreground(pcm: bytes) -> bytes:
    """``pcm`` (16 kHz mono int16) from just before the loudest voice's first moment,
    when what comes before holds sound of its own (a voice behind); else ``pcm``."""
    samples = pcm_samples(pcm).astype(np.float64)
    levels = _levels(samples)
    if levels.size < 10:
        return pcm
    loudest = float(levels.max())
    floor = max(float(np.percentile(levels, 5)), 1.0)
    first = int(np.nonzero(levels >= loudest * 10 ** (-FOREGROUND_DB / 20))[0][0])
    near = levels >= loudest * 10 ** (-NEAR_DB / 20)
    reach = first - int(REACH * SAMPLE_RATE / FRAME)
    while first > max(0, reach) and near[first - 1]:
        first -= 1  # a soft first word ("set", "alexa") before the loudest ones
    start = max(0, first - int(MARGIN * SAMPLE_RATE / FRAME))
    loud = levels[:start] >= max(floor * 10 ** (BACKGROUND_DB / 20),
                                 loudest * 10 ** (-BEHIND_DB / 20))
    if int(np.count_nonzero(loud)) * FRAME < BACKGROUND_SECONDS * SAMPLE_RATE:
        return pcm
    return pcm[start * FRAME * 2:]


def louder(pcm: bytes) -> bytes:
    """``pcm`` scaled up so its loudest 90 ms reaches :data:`TARGET_RMS`, when under it
    (by at most :data:`MAX_GAIN_DB`); else ``pcm`` itself."""
    samples = pcm_samples(pcm).astype(np.float64)
    levels = _levels(samples)
    if not levels.size:
        return pcm
    loudest = float(levels.max())
    if loudest >= TARGET_RMS or loudest <= 0.0:
        return pcm
    gain = min(TARGET_RMS / loudest, 10 ** (MAX_GAIN_DB / 20))
    return np.clip(np.round(samples * gain), -32768, 32767).astype("<i2").tobytes()
