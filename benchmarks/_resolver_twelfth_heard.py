"""Real recogniser output for the twelfth resolver set: the twelfth homes' phrases
(some in its wrappers) and some of their out-of-scope requests spoken by synthetic
voices (hibari-tts, and espeak-ng as a second voice) and decoded by the app's Whisper
engine (benchmarks/data/twelfth_heard.json, made by ``benchmarks/_make_fifth_heard.py
--split twelfth``). Reported apart, under the fifth set's "heard" kinds, never in the
in-scope or out-of-scope aggregates; judged by the shared rules of
benchmarks/_resolver_blind.py. Its author never ran the resolver on them.
"""

from __future__ import annotations

import _resolver_blind as blind
from _resolver_blind import became_phrase
from _resolver_data import Case
from _resolver_twelfth import HEARD, SET


def lost(said: str, heard: str, phrases: list[tuple[str, str]], routine: str) -> bool:
    """Whether a transcript of the taught phrase ``said`` lost it (``_resolver_blind.lost``)."""
    return blind.lost(SET, said, heard, phrases, routine)


def heard_cases(seed: int, phrases: list[tuple[str, str]]) -> list[Case]:
    """The transcripts of one twelfth home as cases of the heard kinds."""
    return blind.heard_cases(SET, seed, phrases)


__all__ = ["HEARD", "became_phrase", "heard_cases", "lost"]
