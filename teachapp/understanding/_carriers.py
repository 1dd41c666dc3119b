"""Carriers that are also taught words: "it's *time* for nap thyme".

The scorer and the reading align heard and taught words one to one, best pairs
first. A carrier ("it's time for") that is the very word of a phrase ("nap time")
would take that word first, and leave the word heard for it ("thyme") over: an
extra word, or another word order. Such a carrier's pairs come last instead.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

__all__ = ["CARRIER_RANK", "carrier_key", "carriers_last"]


CARRIER_RANK = 0.05
"""Where a carrier's pair comes when heard and taught words are aligned best first."""


def carriers_last(values: np.ndarray, at: np.ndarray, free: Sequence[bool] | None,
                  cand: np.ndarray, free_at: np.ndarray) -> np.ndarray:
    """Alignment order keys of word pairs: ``values`` (float32) of the pairs ``at``
    (rows: candidate, heard word, taught word), ``free`` marks the heard carriers,
    ``free_at[phrase, place]`` the taught ones. A heard carrier, wake word or filler
    that is the very taught word ("it's *time* for nap thyme") comes last, so it
    explains that word only when no other heard word does (a carrier of the phrase
    itself, "*start* the movie", keeps its place, and so does a carrier that means a
    taught word: "activate" for "on")."""
    if not free or not any(free):
        return values
    late = values >= 1.0
    late &= np.asarray(free, dtype=bool)[at[1]]
    if not late.any():
        return values
    late &= ~free_at[cand[at[0]], at[2]]
    return np.where(late, values * np.float32(CARRIER_RANK), values).astype(np.float32)


def carrier_key(value: float, heard_free: bool, taught_free: bool) -> float:
    """:func:`carriers_last` of one pair, for sorts in plain Python."""
    late = heard_free and not taught_free and value >= 1.0
    return value * CARRIER_RANK if late else value
