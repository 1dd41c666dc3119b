"""The text every match of a pattern must hold, to pass over a word without it before the
pattern is run: a sound reading rewrites each word met by some sixty patterns in turn, and
most find nothing in a given word (a substring test costs a fraction of a regex scan)."""

from __future__ import annotations

import re
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser as _sre_parse  # type: ignore[attr-defined]

__all__ = ["required"]


def required(pattern: re.Pattern[str]) -> str:
    """The longest run of plain letters the pattern matches in sequence at its top level
    (outside alternatives, repeats and look-arounds), which every match contains; "" when
    there is none (no test then). Patterns with flags are given none."""
    if pattern.flags & ~re.UNICODE:
        return ""
    best, run = "", ""
    for op, arg in _sre_parse.parse(pattern.pattern).data:
        if op is _sre.LITERAL:
            run += chr(arg)
            best = max(best, run, key=len)
        else:
            run = ""
    return best
