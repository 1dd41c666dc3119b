"""What a recogniser heard: the value every engine returns and the CLI prints."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from ._boundaries import words_only

__all__ = ["Mode", "Transcript", "utterance_timings"]

Mode = Literal["command", "teach"]
_BYTES_PER_MS = 32.0
"""16 kHz mono int16: 32 bytes of PCM per millisecond of audio."""


def utterance_timings(audio_bytes: int, decode_ms: float, closing_ms: float) -> dict[str, float]:
    """The timings of a final result, the same keys for every engine: ``decode`` is
    the time spent streaming plus ``closing_ms`` (the chunk that ended the utterance)."""
    return {"audio": audio_bytes / _BYTES_PER_MS, "decode": decode_ms + closing_ms,
            "end_of_speech_to_final": closing_ms}


@dataclass
class Transcript:
    """One utterance as a recogniser wrote it: ``text`` lower case without punctuation
    (the CLI prints it), ``punctuated`` with the pauses and clause punctuation kept."""

    text: str
    """The best hypothesis; empty when nothing was recognised."""
    confidence: float | None
    """The engine's own confidence in 0..1, or ``None`` when it gives none."""
    alternatives: list[str] = field(default_factory=list)
    """Other hypotheses, best first (teach mode; command mode may add n-best)."""
    engine: str = ""
    """``"vosk"``, ``"pocketsphinx"`` or ``"whisper"``, plus the model, e.g.
    ``"vosk:ko"``."""
    final: bool = True
    """False for a partial result while the person is still speaking."""
    timings: dict[str, float] = field(default_factory=dict)
    """Milliseconds: ``audio`` (length of the utterance), ``decode`` (time spent in the
    engine), ``end_of_speech_to_final`` (from the chunk that ended the utterance to
    this result), later ``resolve`` and ``end_of_speech_to_decision``."""
    closed_set: bool = False
    """True when the engine could only choose among the grammar's phrases (no model of
    out-of-vocabulary speech): anything said comes out as some taught phrase, so a
    match is weak evidence and the assistant asks before running it unless
    ``verified`` is True."""
    verified: bool | None = None
    """Whether a check confirmed what was heard (PocketSphinx: a likelihood ratio
    against a phone loop, that the phrase was said rather than forced onto other
    speech; Whisper: the decoder's confidence reached its threshold); ``None`` when
    nothing was checked (Vosk, or no text)."""
    verification: float | None = None
    """The check's score in 0..1 (higher: more surely the phrase), or ``None``."""
    open_vocabulary: bool = False
    """True when the engine writes any words it hears (Whisper): the transcript is
    what was said, so a routine runs from it only when it is the taught phrase
    itself (wake words and fillers aside), never from a fuzzy match."""
    punctuated: str = ""
    """``text`` with the boundaries between clauses the speech had, written as typed
    text has them: Whisper's own clause punctuation (", ", ". ", "? ", "! ", "; "), or
    ", " where the speaker paused (Vosk's word times) or the endpointer cut the
    speech. Lower case, the same words as ``text``, nothing at the start or end;
    empty when the engine marks no boundary (PocketSphinx's grammar writes one
    taught phrase, and has none to mark). The resolver reads a phrase said beside a
    clause of the speaker's own from these ("movie night, we're off to bed"); read
    it through :attr:`clause_text`."""

    @property
    def clause_text(self) -> str:
        """What the conversation reads: :attr:`punctuated` when it has the same words as
        ``text`` (it may not, after ``text`` was changed), else ``text``."""
        if self.punctuated and words_only(self.punctuated) == self.text:
            return self.punctuated
        return self.text

    @property
    def needs_confirmation(self) -> bool:
        """A closed-set match the acoustic check did not confirm, or a transcript its
        check found doubtful: ask before running anything on it."""
        return self.verified is False or (self.closed_set and not self.verified)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "confidence": None if self.confidence is None else round(self.confidence, 4),
            "alternatives": list(self.alternatives),
            "engine": self.engine,
            "final": self.final,
            "closed_set": self.closed_set,
            "verified": self.verified,
            "verification": None if self.verification is None
            else round(self.verification, 4),
            "open_vocabulary": self.open_vocabulary,
            "punctuated": self.clause_text,
        }
