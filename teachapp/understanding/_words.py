"""How alike two words are, and the scorer's knobs.

A heard word meets a taught word with a similarity in 0..1 that blends spelling
(rapidfuzz's Indel ratio) and sound (:func:`phonetic_key`), rescaled above a floor
so that unrelated words meet with 0. Words are compared by a light stem, so shared
endings ("-ing", "-s") do not make unrelated words look alike.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache
from typing import Any

import numpy as np
from rapidfuzz import fuzz

from teachapp.understanding.phonetic import phonetic_key

__all__ = ["ScoringParams", "blend", "rescale", "stem", "token_similarity"]


@dataclass(frozen=True)
class ScoringParams:
    """Knobs of the scorer; defaults chosen on benchmarks/resolver.py (tuning seeds)."""

    token_floor: float = 0.55
    """Spelling/sound similarity at or below this counts as no match at all."""
    phonetic_weight: float = 0.65
    """How much an equal sound key lifts a word pair above its spelling ratio."""
    function_weight: float = 0.25
    """Weight of a function word ("the", "my") relative to a content word."""
    phrase_free_weight: float = 0.5
    """Weight of a carrier word inside a taught phrase ("start the sprinkler")."""
    utterance_free_weight: float = 0.05
    """Weight of an unexplained wake word, filler or carrier in the utterance."""
    phrase_exponent: float = 0.6
    """Exponent a of phrase coverage."""
    utterance_exponent: float = 0.4
    """Exponent b of utterance coverage."""
    idf_share: float = 0.6
    """Share of a word's weight that depends on how few routines use it."""
    prefilter: float = 0.3
    """Word similarity above which a phrase sharing the word is scored at all."""
    merge_ratio: float = 0.85
    """Spelling ratio needed to join two heard words ("read in" -> "reading")."""
    loose_similarity: float = 0.3
    """Similarity of two words whose :func:`loose_key` is equal ("likes" / "lights")
    when spelling and sound say less."""
    concept_similarity: float = 0.8
    """Similarity of two different words of one lexicon concept ("dim" / "lower")."""
    free_similarity: float = 0.75
    """Similarity at which a wake word, filler or carrier may still be a misheard taught
    word ("launch break" for "lunch break"); weaker likeness of such words is ignored,
    so "can you" never passes for "game"."""
    word_cache: float = 2e6
    """Similarity values (4 bytes each) kept for words heard before; 0 turns it off."""
    routine_evidence: float = 0.7
    """How far words taught in a routine's *other* phrases explain heard words: a
    routine taught ten ways is a class, not ten unrelated phrases."""
    routine_prior: float = 3.0
    """Damps that evidence for routines with few phrases: a routine of n phrases
    gets ``routine_evidence * (n - 1) / (n + routine_prior)`` of it."""

    @classmethod
    def from_extra(cls, extra: dict[str, Any] | None) -> ScoringParams:
        """Read overrides from ``ResolverSettings.extra``; unknown keys are ignored."""
        known = {f.name for f in fields(cls)}
        values = {k: float(v) for k, v in (extra or {}).items() if k in known}
        return cls(**values)




@lru_cache(maxsize=65536)
def stem(token: str) -> str:
    """A light suffix strip used for comparing words ("lights" -> "light",
    "cooking" -> "cook"), so shared endings do not make unrelated words look alike."""
    if len(token) > 3 and token.endswith("s") and not token.endswith("ss"):
        token = token[:-1]
    if len(token) > 5 and token.endswith("ing"):
        token = token[:-3]
    return token


def blend(ratio: np.ndarray, key_ratio: np.ndarray, params: ScoringParams) -> np.ndarray:
    """Spelling ratio lifted towards the sound-key ratio, rescaled above the floor
    (in place on fresh arrays: this runs on every utterance)."""
    raw = np.subtract(key_ratio, ratio)
    np.maximum(raw, 0.0, out=raw)
    raw *= params.phonetic_weight
    raw += ratio
    return rescale(raw, params)


def rescale(raw: np.ndarray, params: ScoringParams) -> np.ndarray:
    raw -= params.token_floor
    raw /= 1.0 - params.token_floor
    np.maximum(raw, 0.0, out=raw)
    return np.minimum(raw, 1.0, out=raw)


def token_similarity(a: str, b: str, params: ScoringParams | None = None) -> float:
    """Similarity of two words in 0..1 by spelling and sound (1.0 when equal), as the
    scorer sees them without concepts: stems compared by spelling and sound, whole
    words by spelling ("readeng" / "reading")."""
    params = params or ScoringParams()
    sa, sb = stem(a), stem(b)
    if sa == sb:
        return 1.0
    ka, kb = phonetic_key(sa), phonetic_key(sb)
    r = fuzz.ratio(sa, sb) / 100.0
    k = fuzz.ratio(ka, kb) / 100.0 if ka and kb else r
    whole = np.array([fuzz.ratio(a, b) / 100.0])
    return float(max(blend(np.array([r]), np.array([k]), params)[0],
                     blend(whole, whole, params)[0]))

