"""Where speech broke between clauses, written as a person would type it.

Recognisers write words only ("movie night we're off to bed"), but people pause
between clauses, and the resolver reads a clause boundary from punctuation ("movie
night, we're off to bed": a phrase said beside an aside of the speaker's own). These
pure helpers write a boundary as a comma: where the words' times show a pause (Vosk),
where an engine's endpointer cut the speech in two, and (``_whisper_text``) where
Whisper punctuated. Only between words: a boundary at the very start or end says
nothing, and none is written there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .text import words_of

__all__ = ["PAUSE_SECONDS", "join_clauses", "mark_pauses", "words_only"]

PAUSE_SECONDS = 0.25
"""Silence between two words (end of one to start of the next, in seconds) that is a
pause between clauses. 250 ms is the usual cut-off in the study of speech pauses
(Goldman-Eisler, *Psycholinguistics*, 1968: shorter silences are the closures of
stops and the like, not pauses), and it fits what was measured here (PocketSphinx
forced alignment, 10 ms frames): inside fluent speech every gap between words was
0.00 s in the 30 real recordings (101 gaps) and in hibari-tts, at most 0.18 s in
espeak-ng; a silence put between two clauses with sox was measured at 0.12-0.29 s
(0.15 s put in), 0.22-0.39 s (0.25 s), 0.34-0.54 s (0.4 s; with pink noise too),
0.52 s and more (0.6 s). Vosk's own word times (Korean model, espeak-ng Korean)
gave 0.15, 0.24 and 0.39 s for 0.15, 0.25 and 0.4 s put in, and at 0.6 s its
endpointer cut the utterance in two (also a boundary: :func:`join_clauses`).
espeak-ng's Korean voice leaves 0.18-0.42 s between the words of one phrase; a
boundary inside a taught phrase ("movie, night") still runs it, so a false one is
cheap and a missed one is what costs."""

UNKNOWN = "[unk]"
"""Vosk's word for speech outside its grammar: dropped from the text, but a pause
before or after it still separates the words around it."""
_MARK = re.compile(r"\s*([,.;!?])\s*")


def mark_pauses(words: Sequence[tuple[str, float, float]],
                pause: float = PAUSE_SECONDS) -> str:
    """The words, lower case and joined by spaces, with ", " wherever the next word
    starts at least ``pause`` seconds after the last one ended. ``words`` are (word,
    start, end) in order; :data:`UNKNOWN` words are left out, and a pause on either
    side of one still counts between the words kept around it."""
    out: list[str] = []
    broke = False
    last_end: float | None = None
    for word, start, end in words:
        if last_end is not None and start - last_end >= pause:
            broke = True
        last_end = end
        if word == UNKNOWN or not word.strip():
            continue
        if out:
            out.append(", " if broke else " ")
        out.append(word.lower())
        broke = False
    return "".join(out)


def join_clauses(parts: Iterable[str]) -> str:
    """Utterances an endpointer cut apart (it cuts at a pause), as one text with a
    comma between them; empty parts are left out."""
    return ", ".join(p for p in (strip_marks(q) for q in parts) if p)


def strip_marks(text: str) -> str:
    """``text`` without a boundary at the very start or end, spaced as typed text is
    ("movie night , bed ." -> "movie night, bed")."""
    text = _MARK.sub(lambda m: m.group(1) + " ", " ".join(text.split()))
    return text.strip(" ,.;!?")


def words_only(text: str) -> str:
    """The words of a text with boundaries, as a recogniser writes them."""
    return " ".join(words_of(text))
