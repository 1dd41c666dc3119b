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

__all__ = ["aligned_sums", "carrier_keys", "pair_order"]

_RANK = np.float32(CARRIER_RANK)


def aligned_sums(order: list[int], cands: list[int], heard: list[int], taught: list[int],
                 values: list[float], phrase_weights: list[list[float]],
                 heard_weights: list[float], n: int
                 ) -> tuple[memoryview[float], memoryview[float]]:
    """The pairs each candidate takes and what they cover: per candidate (``n`` of them),
    the sum of similarity times taught word weight (``phrase_weights``: each candidate's
    weights by taught place) and of similarity times heard word weight, in float32.

    The arguments describe the pairs that meet at all, one entry per pair (candidate
    position, heard word, taught place, similarity); ``order`` lists them candidate after
    candidate, best first within a candidate (:func:`pair_order`). A candidate takes a
    pair unless its heard word or taught place is taken already.

    The sums are those of ``np.add.at`` over float32 products, to the bit: each product
    and each partial sum is rounded to float32 as it is formed (storing a Python float
    into a memoryview of format ``f`` rounds it to the nearest float32, as a C cast does;
    a product of two float32 numbers, and a sum of two, are exact in a double or within
    a rounding that cannot move the float32 result). (A memoryview, not an
    ``array('f')``: the array parses each number it stores with ``PyArg_Parse``.)
    """
    phrase = memoryview(bytearray(4 * n)).cast("f")
    said = memoryview(bytearray(4 * n)).cast("f")
    product = memoryview(bytearray(4)).cast("f")
    current = -1
    rows = cols = 0  # (the heard words and taught places taken, as bits)
    for k in order:
        c = cands[k]
        if c != current:
            current, rows, cols = c, 0, 0
        h, t = heard[k], taught[k]
        if rows >> h & 1 or cols >> t & 1:
            continue
        rows |= 1 << h
        cols |= 1 << t
        v = values[k]
        product[0] = v * phrase_weights[c][t]
        phrase[c] += product[0]
        product[0] = v * heard_weights[h]
        said[c] += product[0]
    return phrase, said


def pair_order(cands: np.ndarray, heard: np.ndarray, taught: np.ndarray,
               keys: np.ndarray) -> list[int]:
    """Positions of the pairs candidate after candidate (in the order of ``cands``'
    values), best key first within a candidate; equal keys to the later heard word, then
    the later taught place (one numpy sort: the pairs are all distinct)."""
    return np.lexsort((taught, heard, keys, -cands))[::-1].tolist()


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
