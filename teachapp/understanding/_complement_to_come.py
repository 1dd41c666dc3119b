"""Whether "be" said last before a taught phrase still waits for its complement.

"the retiring postmaster's farewell speech was mostly ring comfi back" says what the
speech was: after "be" and an adverb of emphasis, focus or stance, or one the lexicon lists
as an adverb and never an adjective ("simply", "mostly", "largely"), the complement is
still to come (Quirk et al. 1985, 8.99 on emphasizers, 8.116 on focusing adverbs, 8.127
on content disjuncts; 16.43 on the subject complement), so the phrase after them is that
complement, never a request beside a clause of the speaker's own. How long the subject is
has no bearing on it: "the speech was mostly ..." and "the old postmaster's farewell
speech was mostly ..." wait alike. A clause that ends in "be" and an adjective ("the kids
are filthy") is whole, and a phrase after it may be a request.

Read by every reader of a clause before a phrase with no pause between them:
:mod:`_unmarked` (an edge of the phrase in text with no punctuation), :mod:`_clause_shape`
(a statement joined to the phrase by nothing).
"""

from __future__ import annotations

from collections.abc import Sequence

from teachapp.understanding._word_classes import adverb_only
from teachapp.understanding.copula import FINITE

__all__ = ["STANCE", "complement_to_come"]

STANCE = frozenset({"simply", "merely", "purely", "really", "actually", "literally",
                    "basically", "essentially", "truly", "honestly", "genuinely",
                    "definitely", "certainly", "clearly", "obviously", "surely", "plainly",
                    "always", "apparently", "supposedly", "officially", "technically"})
"""Adverbs of emphasis, focus and stance said between "be" and its complement ("his toast
was *simply* ...", "the plan was *always* ...")."""


def complement_to_come(said: Sequence[str]) -> bool:
    """Whether the words ``said`` end in a finite "be" and an adverb that leaves its
    complement to come ("... was mostly", "... is simply"; see the module docstring)."""
    if len(said) < 2 or said[-2] not in FINITE:
        return False
    last = said[-1]
    return last in STANCE or adverb_only(last)
