"""Which words of a taught phrase carry its meaning.

Function words ("the", "my", "here") are noise around what a person asks, so the
reading does not need them heard. One kind is not noise inside a taught phrase:
"here" or "there" ending it as what is said of the subject ("grandpa's *here*",
"we're *there*", "come *here*") is the phrase's predicate, and a phrase heard
without it ("grandpa") is a fragment. After a preposition ("lights on in here",
"over there") it is only a place, and stays a function word.

Nor is "too" before a word it grades: "too hot" is a complaint that asks for a change,
"hot" alone only says how something is (or asks, "hot?"). A phrase heard without it is a
fragment.
"""

from __future__ import annotations

from collections.abc import Sequence

from teachapp.understanding.copula import FINITE

__all__ = ["EXCESS", "PREDICATE_LOCATIVES", "meaningful_positions"]

PREDICATE_LOCATIVES = frozenset({"here", "there"})
"""Locative adverbs that can be all a clause says of its subject."""
EXCESS = frozenset({"too"})
"""Degree words that make a word a complaint of excess ("too hot", "too loud")."""
_COPULAS = FINITE | {"be", "been"}
"""(function words after which a phrase-final locative is still the predicate)"""


def meaningful_positions(words: Sequence[str], function: Sequence[bool]) -> tuple[int, ...]:
    """Positions of ``words`` (a taught phrase's tokens) that carry its meaning: those
    that are not function words (``function``), a final predicate locative, and "too"
    before a word it grades."""
    out = [j for j, f in enumerate(function)
           if not f or (words[j] in EXCESS and j + 1 < len(words) and not function[j + 1])]
    last = len(words) - 1
    if (out and last >= 1 and function[last] and words[last] in PREDICATE_LOCATIVES
            and (not function[last - 1] or words[last - 1] in _COPULAS)):
        out.append(last)
    return tuple(out)
