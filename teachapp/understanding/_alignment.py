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

__all__ = ["greedy_pairs"]


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
