"""The recogniser interface and the choice of engine.

Choice: the Vosk model set in settings, else an installed Vosk model for the
phrases' language, else (English) Whisper tiny.en, which comes with the app, for
commands and teaching, else (English command mode only) PocketSphinx's built-in
model. Anything else is a ModelError that says how to get a model.

Why Whisper alone for English, not PocketSphinx's grammar pass with Whisper as the
judge (benchmarks/speech.py, real recordings held out, halves swapped): the judge ran
25/30 taught recordings and asked about 23 of 60, at 728 ms median; Whisper with the
taught phrases in its prompt ran 26/30 and asked about 11, at 471 ms (a loaded 2-core
machine). Whisper writes untaught speech as what was said, so it cannot be forced
onto a taught phrase; the grammar pass adds a second decoder and nothing the prompt
does not already give.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol, runtime_checkable

from ..settings import Settings
from .engine_choice import EngineChoice, choose_engine, phrase_language
from .sphinx_engine import PocketSphinxRecognizer
from .transcript import Mode, Transcript
from .vosk_engine import VoskRecognizer
from .whisper_engine import WhisperRecognizer

__all__ = ["EngineChoice", "Recognizer", "choose_engine", "make_recognizer", "phrase_language",
           "recognize_wav"]

log = logging.getLogger(__name__)


@runtime_checkable
class Recognizer(Protocol):
    """A streaming recogniser of 16 kHz mono int16 PCM."""

    engine: str
    mode: Mode
    sample_rate: int
    description: str
    missing_words: list[str]
    """Words of the phrases this engine cannot recognise (reported, left out)."""
    load_ms: float

    def set_phrases(self, phrases: Sequence[str]) -> None:
        """Rebuild the command grammar when the taught phrases change."""

    def accept(self, pcm: bytes) -> Transcript | None:
        """Feed audio; a final Transcript when the engine hears the utterance end."""

    def partial(self) -> str:
        """The words heard so far in the current utterance."""

    def finish(self) -> Transcript:
        """End of the audio: the final Transcript of what is left."""

    def transcribe(self, pcm: bytes) -> Transcript:
        """A whole recording as one utterance."""

    def reset(self) -> None:
        """Forget the current utterance."""


def make_recognizer(mode: Mode, phrases: Sequence[str] = (),
                    settings: Settings | None = None) -> Recognizer:
    """A ready recogniser for ``mode``. Loading a Vosk model takes seconds: call this
    on a worker thread (Listener does), never the GUI thread."""
    if mode not in ("command", "teach"):
        raise ValueError(f"mode must be 'command' or 'teach', not {mode!r}")
    settings = settings or Settings()
    choice = choose_engine(mode, phrases, settings)
    if choice.engine == "vosk":
        assert choice.model_path is not None
        return VoskRecognizer(choice.model_path, phrases, mode=mode, lang=choice.lang)
    if choice.engine == "whisper":
        return WhisperRecognizer(phrases, mode=mode, model_path=choice.model_path,
                                 settings=settings)
    return PocketSphinxRecognizer(phrases, mode=mode, settings=settings)


def recognize_wav(path: str | Path, *, mode: Mode = "command", phrases: Sequence[str] = (),
                  settings: Settings | None = None,
                  recognizer: Recognizer | None = None) -> Transcript:
    """Recognise a WAV file (any rate or channel count) as one utterance: the stretch of
    it that holds speech (:func:`_recording.command_audio`; AudioError for a silent file
    or one whose speech is longer than a command)."""
    from ._recording import command_audio
    from .audio import read_wav  # numpy: loaded when there is audio to read

    audio = read_wav(path)
    pcm = command_audio(audio.pcm, path)
    rec = recognizer or make_recognizer(mode, list(phrases), settings)
    transcript = rec.transcribe(pcm)
    transcript.timings.setdefault("load", getattr(rec, "load_ms", 0.0))
    return transcript
