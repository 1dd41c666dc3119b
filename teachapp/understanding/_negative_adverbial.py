"""A negative adverbial said right before a taught phrase with no pause written: "under no
circumstances drop jazzi a line", "on no account lock up", "at no time movie night".

A prepositional phrase whose noun is negated by "no" is a negative adverbial; said first,
its scope is the clause that follows, which it negates (Quirk et al. 1985, 10.60 on
negative phrases that open a clause, 18.24 on their fronting with inversion). Read
without a pause, the words before it may be a clause of the speaker's own ("mixture rich,
magnetos checked"), but the edge between the adverbial and the phrase is none: the
phrase is what is forbidden, not a request said after a remark. So
:func:`_unmarked.boundary_before` marks no edge there.
"""

from __future__ import annotations

from collections.abc import Sequence

from teachapp.understanding._clause_shape import PREPOSITIONS

__all__ = ["negative_adverbial"]


def negative_adverbial(toks: Sequence[str], at: int) -> bool:
    """Whether the three words before ``toks[at]`` are a preposition, "no" and a noun
    ("under no circumstances", "on no account", "by no means")."""
    return (at >= 3 and toks[at - 3] in PREPOSITIONS and toks[at - 2] == "no"
            and toks[at - 1].isalpha())
