"""``round(x, 6)`` for the resolver's scores, for a fraction of its cost.

Python rounds a float to ``n`` decimals by writing it out as a correctly rounded
decimal string and reading that back (``dtoa`` and ``strtod``): a few microseconds,
and a resolve rounds a score a dozen times. For a score ``x`` in (0, 16), ``x * 1e6``
is within 2**-30 of the exact product, so its distance to the next half integer tells
the rounding direction unless it is within 1e-6 of one; then ``k / 1e6`` is the double
nearest to ``k`` millionths, which is what ``round`` returns. Anything else (0, negative,
large, NaN, or too near a half) goes to ``round`` itself.
"""

from __future__ import annotations

import math

__all__ = ["round6"]


def round6(x: float) -> float:
    """``round(x, 6)``, the same to the bit."""
    if 0.0 < x < 16.0:
        p = x * 1e6
        k = math.floor(p)
        frac = p - k
        if abs(frac - 0.5) > 1e-6:
            return (k + 1 if frac > 0.5 else k) / 1e6
    return round(x, 6)
