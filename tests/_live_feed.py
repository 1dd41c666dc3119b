"""What a recogniser's microphone path hears of a recording, for the speech tests and
benchmarks: the file fed in 0.1 s blocks as the microphone feeds them, each decode ahead
done before the next block (as live, where the next block waits for the clock), and
never told the audio has ended, as a microphone never is."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from teachapp.speech.audio import chunks, read_wav

__all__ = ["heard_live"]


def heard_live(recognizer: Any, wav: Path) -> list[str]:
    """Each utterance's words the recogniser finished, in order (its state reset before
    and after)."""
    recognizer.reset()
    heard = []
    for block in chunks(read_wav(wav).pcm, 100):
        said = recognizer.accept(block)
        recognizer.settle()
        if said is not None and said.text:
            heard.append(said.text)
    recognizer.reset()
    return heard
