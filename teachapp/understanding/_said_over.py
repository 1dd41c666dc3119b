"""A word said over: the same word said again straight after itself, with no word between.

Several readers judge a word said twice in a row, each by its own rule: a call of a
caller's patter (:mod:`_called_again`: "rollup rollup"), a stammer of the phrase's own word
(:mod:`_said_twice`: "lights off off"), a copy that is a phrase's one extra word
(:func:`_carriers.doubled`: "spa spa evening"), a call said twice before the phrase
(:func:`_carriers.called_twice`: "jeeves jeeves, kettle on"; :func:`_edge_before.called_twice`:
"percy percy lights on") or after it (:mod:`_twice_after`: "... nimbly nimbly"). What a
repeat is they read alike, here: the same word (token) again at the next place, a run of
two sayings or more. Which words count as said between (a filler, a word set free) is the
caller's: it passes the words it reads. Repeats in the written text, where a pause between
the copies matters (:mod:`_stammered`, :mod:`_call_apart`, :mod:`_cried_twice`), are read
from the text instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

__all__ = ["Run", "said_over"]


class Run(NamedTuple):
    """A word said over in a row."""

    at: int
    """The place of its first saying."""
    times: int
    """How many times it is said in a row (2 or more)."""


def said_over(words: Sequence[str]) -> list[Run]:
    """Each word of ``words`` said two or more times in a row, in order ("kettle kettle
    kettle on": one run of three at 0; "bath bath time time": two runs of two)."""
    out: list[Run] = []
    start = 0
    for k in range(1, len(words)):
        if words[k] != words[start]:
            if k - start > 1:
                out.append(Run(start, k - start))
            start = k
    if len(words) - start > 1:
        out.append(Run(start, len(words) - start))
    return out
