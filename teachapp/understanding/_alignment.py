"""The scorer's one-to-one alignment of heard and taught words, in plain Python.

Each candidate phrase takes its best remaining pair of a heard and a taught word
until none is left (ties to the later heard word, then the later taught word; a
heard carrier that is the very taught word comes last, :mod:`_carriers`). Only a
few pairs meet at all (a dozen or two over ten candidates), so sorting and taking
them in Python costs less than the numpy calls that did it before; the coverages
are then summed in float32 by :meth:`PhraseIndex._aligned_scores` exactly as
before, so the scores are the same to the bit.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence

import numpy as np

from teachapp.understanding._carriers import CARRIER_RANK

__all__ = ["greedy_pairs"]

_F32 = struct.Struct("f")
_RANK = float(np.float32(CARRIER_RANK))


def _f32(x: float) -> float:
    """``x`` rounded to float32 (the product of two float32 numbers is exact in a
    Python float, so this rounds it once, as float32 arithmetic does)."""
    return _F32.unpack(_F32.pack(x))[0]


def greedy_pairs(grid: np.ndarray, free: Sequence[bool] | None, taught_free: np.ndarray,
                 cand: np.ndarray) -> tuple[list[int], list[int], list[int], list[float]]:
    """The pairs each candidate takes, candidate after candidate, in the order taken:
    candidate positions, heard words, taught places and similarities.

    ``grid``: candidates x heard x taught similarities (float32); ``free``: which heard
    words are carriers, wake words or fillers; ``taught_free[phrase, place]``: which
    taught words are; ``cand``: the candidates' phrase numbers.
    """
    cs, hs, ts = grid.nonzero()
    vals: list[float] = grid[cs, hs, ts].tolist()
    cl: list[int] = cs.tolist()
    hl: list[int] = hs.tolist()
    tl: list[int] = ts.tolist()
    keys = vals
    if free and any(free):
        keys = list(vals)
        for k, v in enumerate(vals):
            # (as carriers_last: a heard carrier that is the very taught word, unless the
            # phrase has that carrier too, sorts as a faint pair, rounded as float32)
            if v >= 1.0 and free[hl[k]] and not taught_free[int(cand[cl[k]]), tl[k]]:
                keys[k] = _f32(v * _RANK)
    # Best first within a candidate; equal keys to the later heard, then taught word.
    pairs = sorted(zip([-c for c in cl], keys, hl, tl, vals, strict=True), reverse=True)
    out_c: list[int] = []
    out_h: list[int] = []
    out_t: list[int] = []
    out_v: list[float] = []
    current = 1
    rows: set[int] = set()
    cols: set[int] = set()
    for c, _, h, t, v in pairs:
        if c != current:
            current, rows, cols = c, set(), set()
        if h in rows or t in cols:
            continue
        rows.add(h)
        cols.add(t)
        out_c.append(-c)
        out_h.append(h)
        out_t.append(t)
        out_v.append(v)
    return out_c, out_h, out_t, out_v
