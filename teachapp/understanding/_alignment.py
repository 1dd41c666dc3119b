"""The scorer's one-to-one alignment of heard and taught words, in plain Python.

Each candidate phrase takes its best remaining pair of a heard and a taught word
until none is left (ties to the later heard word, then the later taught word; a
heard carrier that is the very taught word comes last: the order keys of
:func:`~teachapp.understanding._carriers.carriers_last`). Only a few pairs meet at
all (a dozen or two over ten candidates), so sorting and taking them in Python costs
less than the numpy calls that did it before; the coverages are then summed in
float32 by :meth:`PhraseIndex._aligned_scores` in the order taken, as before, so the
scores are the same to the bit.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from teachapp.understanding._carriers import CARRIER_RANK

__all__ = ["carrier_keys", "greedy_pairs"]

_RANK = np.float32(CARRIER_RANK)


def greedy_pairs(cands: list[int], heard: list[int], taught: list[int], values: list[float],
                 keys: list[float]) -> tuple[list[int], list[int], list[int], list[float]]:
    """The pairs each candidate takes, candidate after candidate, in the order taken:
    candidate positions, heard words, taught places and similarities.

    The arguments describe the pairs that meet at all, one entry per pair: its
    candidate position, heard word, taught place, similarity and order key (the
    similarity, or less for a carrier that comes last).
    """
    # Best first within a candidate; equal keys to the later heard, then taught word.
    pairs = sorted(zip([-c for c in cands], keys, heard, taught, values, strict=True),
                   reverse=True)
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


def carrier_keys(values: list[float], cands: list[int], heard: list[int], taught: list[int],
                 free: Sequence[bool] | None, phrases: np.ndarray,
                 phrase_free: list[list[bool]]) -> list[float]:
    """The order keys of :func:`~teachapp.understanding._carriers.carriers_last` of the
    pairs (candidate positions ``cands`` of ``phrases``, heard words, taught places), in
    Python: ``values`` itself unless a heard carrier (``free``) meets a taught word that
    is not one of its phrase's carriers (``phrase_free``) with similarity 1 or more;
    such a pair's key is its similarity times ``CARRIER_RANK`` in float32, as there. Only
    similarities of 1 can be such pairs, so the rest is never looked at twice."""
    if not free or not any(free):
        return values
    late = [k for k, v in enumerate(values) if v >= 1.0 and free[heard[k]]]
    if not late:
        return values
    keys = list(values)
    ids = phrases.tolist()
    for k in late:
        if not phrase_free[ids[cands[k]]][taught[k]]:
            keys[k] = float(np.float32(values[k]) * _RANK)
    return keys
