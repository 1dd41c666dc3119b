"""A recording given as one command (``listen --wav``, chat's ``@file.wav``): what of it
the recogniser hears, or why nothing can be.

A recogniser hears a recording as one utterance, and Whisper sees at most 30 s of it:
a 2-minute file with the command said after the first 30 s was "(nothing recognised)"
in ``listen`` and "I didn't catch that." in chat, the command lost without a word of why.
Here the stretch from the first voice to the last is what is heard, so a command late in
a long file is found; speech spread over more than one command can be is refused with
the ``sox`` line that cuts it. A file with no sound at all (a muted microphone, a
recording of nothing) is said to be silent rather than heard as nothing said.
"""

from __future__ import annotations

import math
from pathlib import Path

from ..errors import AudioError

__all__ = ["LONGEST_COMMAND", "SILENT_DBFS", "command_audio"]

SAMPLE_RATE = 16_000
LONGEST_COMMAND = 28.0
"""Seconds of speech one recording may hold: Whisper's 30 s window, less the margins
either side (:data:`_BEFORE`, :data:`_AFTER`)."""
SILENT_DBFS = -60.0
"""A recording whose loudest sample is under this is silent (a muted microphone gives
digital zero; the quietest speech in the shared recordings peaks near -30 dBFS)."""
_DIGITAL = -80.0
"""Under this (a sample or two of dither) a file is digital silence: nothing recorded."""
_QUIETER = 30
"""A stretch whose loudest sample is this many times under the recording's (30 dB) is no
voice of the command."""
_BEFORE, _AFTER = 0.5, 1.0
"""Seconds kept before the first voice and after the last (Whisper needs a little of the
room either side)."""


def command_audio(pcm: bytes, path: str | Path) -> bytes:
    """The part of a recording (16 kHz mono int16) a recogniser is given: all of it when
    it fits one command, else from just before its first voice to just after its last.
    AudioError when it is silent, or when its speech is too long to be one command."""
    import numpy as np

    from .audio import pcm_samples

    samples = pcm_samples(pcm)
    seconds = samples.size / SAMPLE_RATE
    peak = int(np.abs(samples.astype(np.int32)).max()) if samples.size else 0
    loudest = 20 * math.log10(peak / 32768) if peak else -math.inf
    if loudest < SILENT_DBFS:
        said = ("digital silence" if loudest < _DIGITAL else
                f"its loudest moment is {loudest:.0f} dBFS")
        raise AudioError(f"{path} is silent ({_duration(seconds)}, {said}), so there is "
                         "nothing to hear. Check that the microphone is not muted and its "
                         "input level is up, then record the command again.")
    if seconds <= LONGEST_COMMAND + _BEFORE + _AFTER:
        return pcm
    span = _voiced(pcm)
    if span is None:
        return pcm  # no voice at all: the recogniser hears nothing in it, as in a short one
    start, end = span
    if end - start > LONGEST_COMMAND:
        raise AudioError(
            f"{path} is {_duration(seconds)} long and has sound from {_clock(start)} to "
            f"{_clock(end)}; teachapp hears one command of up to {LONGEST_COMMAND:.0f} s. "
            f"Cut the recording to the command, e.g. `sox {path} command.wav trim "
            f"{max(0.0, start - _BEFORE):.1f} {min(LONGEST_COMMAND, end - start) + 1:.0f}`.")
    first = max(0, int((start - _BEFORE) * SAMPLE_RATE)) * 2
    last = min(len(pcm), int((end + _AFTER) * SAMPLE_RATE) * 2)
    return pcm[first:last]


def _voiced(pcm: bytes) -> tuple[float, float] | None:
    """(start, end) in seconds of the first and last voice the endpointer finds, levelled
    against a loud background as the streaming one is (``_level``); None for none. A
    stretch far quieter than the recording's loudest is left out: the endpointer calls
    the first 0.3 s of digital silence voice."""
    import numpy as np

    from ._level import LevelledEndpointer
    from .audio import pcm_samples

    endpointer = LevelledEndpointer(window=0.21, ratio=0.85)
    size = endpointer.frame_bytes
    stretches: list[tuple[float, float]] = []
    frames = len(pcm) // size
    for n in range(frames + 1):
        final = n == frames
        frame = pcm[n * size:(n + 1) * size].ljust(size, b"\0")
        was = endpointer.in_speech
        out = endpointer.end_stream(frame) if final else endpointer.process(frame)
        if out is not None:
            now = (n + 1) * size / 2 / SAMPLE_RATE
            if was and stretches:
                stretches[-1] = (stretches[-1][0], now)
            else:
                stretches.append((endpointer.speech_start, now))
    samples = np.abs(pcm_samples(pcm).astype(np.int32))
    loudest = int(samples.max()) if samples.size else 0
    kept = [(a, b) for a, b in stretches
            if (part := samples[int(a * SAMPLE_RATE):int(b * SAMPLE_RATE) + 1]).size
            and int(part.max()) * _QUIETER >= loudest]
    return (kept[0][0], kept[-1][1]) if kept else None


def _duration(seconds: float) -> str:
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} min {rest} s" if minutes else f"{seconds:.1f} s"


def _clock(seconds: float) -> str:
    minutes, rest = divmod(int(seconds), 60)
    return f"{minutes}:{rest:02d}"
